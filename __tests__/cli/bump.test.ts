// `lockstep bump` end to end: real uv, a loopback index (bump-scenario.ts), the CLI run in-process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { parsePyproject } from '../../src/core/lock/pyproject.js';
import { parseLock } from '../../src/core/lock/uvlock.js';
import { cleanupTempDirs, makeProject } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { BumpWorld, PYPROJECT, WORKSPACE } from '../jobs/bump-scenario.js';

let world: BumpWorld;
const savedEnv = { ...process.env };

beforeAll(async () => {
  world = await BumpWorld.start();
  // The CLI hands its own environment to uv: point it at the loopback index and the test cache.
  Object.assign(process.env, world.env());
});

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  await world.close();
  cleanupTempDirs();
});

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stdout, stderr };
}

interface JsonBump {
  name: string;
  from: string;
  to: string;
  group: string;
  file: string;
  line: number;
  status: string;
  reason: string | null;
}

const byName = (bumps: JsonBump[]) => Object.fromEntries(bumps.map((b) => [b.name, b]));

function lockedVersions(dir: string): Record<string, string> {
  const lock = parseLock(readFileSync(path.join(dir, 'uv.lock'), 'utf8'));
  return Object.fromEntries(lock.packages.map((p) => [p.name, p.version ?? '']));
}

describe('lockstep bump --dry-run', () => {
  it('plans the newest usable release of every pin and changes nothing', async () => {
    const dir = await world.project();
    const lockBefore = readFileSync(path.join(dir, 'uv.lock'), 'utf8');
    const r = await cli(['bump', dir, '--dry-run', '--format', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { schema: number; bumps: JsonBump[] };
    expect(plan.schema).toBe(1);
    const b = byName(plan.bumps);
    // yanked 1.2.0 and pre-release 2.0.0rc1 skipped
    expect(b.alpha).toEqual({ name: 'alpha', from: '1.0.0', to: '1.1.0', group: 'alpha', file: 'pyproject.toml', line: 7, status: 'planned', reason: null });
    // 1.5.0 needs Python >=3.13, the project supports 3.11
    expect(b.beta).toMatchObject({ from: '1.0.0', to: '1.0.0', status: 'current' });
    // the +cu124 flavour stays +cu124 even though +cpu has a newer 1.2.0
    expect(b.gamma).toMatchObject({ from: '1.0.0+cu124', to: '1.1.0+cu124', status: 'planned' });
    expect(b.delta).toMatchObject({ to: '1.1.0', status: 'planned' });
    expect(b.torch).toMatchObject({ to: '2.6.0', group: 'pytorch' });
    expect(b.torchvision).toMatchObject({ to: '0.21.0', group: 'pytorch' });
    expect(readFileSync(path.join(dir, 'pyproject.toml'), 'utf8')).toBe(PYPROJECT);
    expect(readFileSync(path.join(dir, 'uv.lock'), 'utf8')).toBe(lockBefore);
  });

  it('from a uv workspace member: plans the pins of every member, each on its own file and line', async () => {
    const { 'pyproject.toml': root, ...members } = WORKSPACE;
    const dir = await world.project(root, members);
    const r = await cli(['bump', path.join(dir, 'packages', 'lib'), '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('packages/app/pyproject.toml:8: gamma 1.0.0+cu124 -> 1.1.0+cu124 [gamma]');
    expect(r.stdout).toContain('packages/app/pyproject.toml:9: torchvision 0.20.1 -> 0.21.0 [pytorch]');
    expect(r.stdout).toContain('packages/lib/pyproject.toml:5: torch 2.5.1 -> 2.6.0 [pytorch]');
  });

  it('prints text and markdown plans', async () => {
    const dir = await world.project();
    const text = await cli(['bump', dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('pyproject.toml:7: alpha 1.0.0 -> 1.1.0 [alpha]');
    expect(text.stdout).toMatch(/beta 1\.0\.0 \(current\).*1\.5\.0: needs Python >=3\.13/);
    const md = await cli(['bump', dir, '--format', 'markdown']);
    expect(md.stdout).toContain('| Package | From | To | Group | Released | Notes |');
    expect(md.stdout).toContain('<!-- lockstep:bump -->');
    expect(md.stdout).toMatch(/\| alpha \| 1\\\.0\\\.0 \| 1\\\.1\\\.0 \| alpha \|/);
  });

  it('holds back releases inside the cooldown', async () => {
    const dir = await world.project();
    const r = await cli(['bump', dir, '--format', 'json', '--min-release-age', '7d']);
    const b = byName((JSON.parse(r.stdout) as { bumps: JsonBump[] }).bumps);
    expect(b.alpha).toMatchObject({ to: '1.0.0', status: 'current' });
    expect(b.torch).toMatchObject({ to: '2.5.1', status: 'current' });
  });

  it('points at the line of a bad [tool.lockstep.bump] setting', async () => {
    const dir = makeProject({ 'pyproject.toml': `${PYPROJECT}\n[tool.lockstep.bump]\nmin-release-age = "soon"\n` });
    const r = await cli(['bump', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/pyproject\.toml:17:19: `tool\.lockstep\.bump\.min-release-age` must be a duration/);
  });

  it('rejects bad flags with exit 2', async () => {
    const r = await cli(['bump', '.', '--dry-run', '--write']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exclude each other');
    const age = await cli(['bump', '.', '--min-release-age', 'soon']);
    expect(age.code).toBe(2);
    expect(age.stderr).toContain('--min-release-age soon');
  });
});

describe('lockstep bump: where packages come from', () => {
  it('follows [tool.uv.sources] in the list form with markers to every index it names', async () => {
    // PyTorch-style per-flavour indexes: torch 2.7.0 exists only for CUDA, so the pin moves to 2.6.0.
    const [cu, cpu] = await Promise.all([LocalIndex.start({ root: '/whl/cu124' }), LocalIndex.start({ root: '/whl/cpu' })]);
    try {
      for (const v of ['2.5.1', '2.6.0', '2.7.0']) cu.addWheel({ name: 'torch', version: `${v}+cu124` });
      for (const v of ['2.5.1', '2.6.0']) cpu.addWheel({ name: 'torch', version: `${v}+cpu` });
      const dir = makeProject({
        'pyproject.toml': [
          '[project]', 'name = "x"', 'version = "0"', 'requires-python = ">=3.11"', 'dependencies = ["torch==2.5.1", "alpha==1.0.0"]',
          '[tool.uv.sources]',
          'torch = [',
          '  { index = "pytorch-cu124", marker = "sys_platform == \'linux\'" },',
          '  { index = "pytorch-cpu", marker = "sys_platform != \'linux\'" },',
          ']',
          '[[tool.uv.index]]', 'name = "pytorch-cu124"', 'url = "https://download.pytorch.org/whl/cu124"', 'explicit = true',
          '[[tool.uv.index]]', 'name = "pytorch-cpu"', `url = "${cpu.url}"`, 'explicit = true', '',
        ].join('\n'),
      });
      const r = await cli(['bump', dir, '--format', 'json', '--index', `pytorch-cu124=${cu.url}`]);
      expect(r.stderr).toBe('');
      const b = byName((JSON.parse(r.stdout) as { bumps: JsonBump[] }).bumps);
      expect(b.torch).toMatchObject({ from: '2.5.1', to: '2.6.0', status: 'planned' });
      expect(b.alpha).toMatchObject({ to: '1.1.0' }); // from the default index (UV_DEFAULT_INDEX)
      expect(cu.requests.some((q) => q.path === '/whl/cu124/torch/')).toBe(true);
      expect(cpu.requests.some((q) => q.path === '/whl/cpu/torch/')).toBe(true);
    } finally {
      await Promise.all([cu.close(), cpu.close()]);
    }
  });
});

describe('lockstep bump --write', () => {
  it('rewrites only the changed versions, re-locks once per group, and drops the sdist-only bump', async () => {
    const dir = await world.project();
    const r = await cli(['bump', dir, '--write', '--format', 'json', '--uv', world.uv, '--python', '3.11', '--platform', 'x86_64-manylinux_2_28']);
    const b = byName((JSON.parse(r.stdout) as { bumps: JsonBump[] }).bumps);
    expect(b.alpha!.status).toBe('applied');
    expect(b.gamma!.status).toBe('applied');
    expect(b.torch!.status).toBe('applied');
    expect(b.torchvision!.status).toBe('applied');
    expect(b.delta!.status).toBe('dropped');
    expect(b.delta!.reason).toMatch(/sdist-build: delta 1\.1\.0/);
    expect(b.epsilon!.status).toBe('dropped');
    expect(b.epsilon!.reason).toMatch(/^`uv lock` failed: .*not-on-any-index/);
    expect(r.code).toBe(1); // a bump was dropped
    // one uv lock per group: alpha, gamma, delta, pytorch, epsilon
    expect(r.stderr.match(/^group \S+: uv lock/gm)).toHaveLength(5);
    expect(r.stderr).toContain('group pytorch: uv lock --upgrade-package torch --upgrade-package torchvision');

    const after = readFileSync(path.join(dir, 'pyproject.toml'), 'utf8');
    expect(after).toBe(
      PYPROJECT.replace('alpha==1.0.0', 'alpha==1.1.0')
        .replace('gamma==1.0.0+cu124', 'gamma==1.1.0+cu124')
        .replace('torch==2.5.1', 'torch==2.6.0')
        .replace('torchvision==0.20.1', 'torchvision==0.21.0'),
    );
    expect(parsePyproject(after).dependencies.map((d) => d.raw)).toContain('beta == 1.0.0');
    expect(lockedVersions(dir)).toMatchObject({ alpha: '1.1.0', gamma: '1.1.0+cu124', delta: '1.0.0', torch: '2.6.0', torchvision: '0.21.0', beta: '1.0.0', epsilon: '1.0.0' });
  });
});

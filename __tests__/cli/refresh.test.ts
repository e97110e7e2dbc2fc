// `lockstep refresh` end to end: real uv, a loopback index (refresh-scenario.ts), the CLI run in-process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { parseLock } from '../../src/core/lock/uvlock.js';
import { cleanupTempDirs, makeProject } from '../support/fixture-project.js';
import { runUv } from '../support/uv-binary.js';
import { PYPROJECT, PYPROJECT_EXCLUDE_NEWER, RefreshWorld } from '../jobs/refresh-scenario.js';

let world: RefreshWorld;
const savedEnv = { ...process.env };

beforeAll(async () => {
  world = await RefreshWorld.start();
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

const TARGET = ['--python', '3.11', '--platform', 'x86_64-manylinux_2_28'];

function lockedVersions(dir: string): Record<string, string> {
  const lock = parseLock(readFileSync(path.join(dir, 'uv.lock'), 'utf8'));
  return Object.fromEntries(lock.packages.map((p) => [p.name, p.version ?? '']));
}

/** Every file in the project folder and its bytes (uv's cache lives elsewhere). */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const file = path.relative(dir, path.join(e.parentPath, e.name));
    return [file, readFileSync(path.join(dir, file), 'utf8')];
  }));
}

describe('lockstep refresh --dry-run', () => {
  it('prints the refresh as JSON: lib-b upgraded, lib-c held at 1.0 because 2.0 only has an sdist; nothing changes', async () => {
    const dir = world.project();
    const before = snapshot(dir);
    const r = await cli(['refresh', dir, '--dry-run', '--format', 'json', '--uv', world.uv, ...TARGET]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      schema: 1,
      changes: [{ name: 'lib-b', from: '1.0', to: '1.1' }],
      held: [{ name: 'lib-c', version: '1.0', reason: 'sdist-build: lib-c 2.0 would build from source on cp311-x86_64-manylinux_2_28' }],
    });
    // The full refresh, then one re-lock holding the only suspect: two uv invocations.
    expect(r.stderr).toContain('uv lock --upgrade --upgrade-package lib-c==1.0');
    expect(r.stderr).toContain('2 uv lock invocation(s)');
    expect(snapshot(dir)).toEqual(before);
  });

  it('prints text and a markdown PR body', async () => {
    const dir = world.project();
    const text = await cli(['refresh', dir, '--uv', world.uv, ...TARGET]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('lib-b 1.0 -> 1.1  upgraded');
    expect(text.stdout).toContain('held: lib-c stays at 1.0 (not 2.0): sdist-build');
    const md = await cli(['refresh', dir, '--format', 'markdown', '--uv', world.uv, ...TARGET]);
    expect(md.stdout).toContain('<!-- lockstep:refresh -->');
    expect(md.stdout).toContain('<!-- lockstep:refresh-versions lib-b==1.1 -->');
    expect(md.stdout).toContain('| lib-b | upgraded | 1\\.0 | 1\\.1 |');
    expect(md.stdout).toMatch(/### Verification[\s\S]*`uv lock --upgrade --upgrade-package lib-c==1\.0`[\s\S]*\| `cp311-x86_64-manylinux_2_28` \| ✅/);
    expect(md.stdout).toMatch(/### Held back[\s\S]*\*\*lib-c\*\* stays at 1\\\.0 \(not 2\\\.0\): sdist-build\\: lib-c 2\\\.0 would build from source/);
  });

  it('rejects bad flags with exit 2', async () => {
    const both = await cli(['refresh', '.', '--dry-run', '--write']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('exclude each other');
    const age = await cli(['refresh', '.', '--min-release-age', 'soon']);
    expect(age.code).toBe(2);
    expect(age.stderr).toContain('--min-release-age soon');
  });

  it('says what to do when there is no uv.lock', async () => {
    const dir = makeProject({ 'pyproject.toml': PYPROJECT });
    const r = await cli(['refresh', dir, '--uv', world.uv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no uv.lock to refresh');
    expect(r.stderr).toContain('Run `uv lock`');
  });
});

describe('lockstep refresh --write', () => {
  it('changes only uv.lock, keeps the pins byte for byte, and leaves a lock uv accepts', async () => {
    const dir = world.project();
    const before = snapshot(dir);
    const r = await cli(['refresh', dir, '--write', '--format', 'json', '--uv', world.uv, ...TARGET]);
    expect(r.code).toBe(1); // an upgrade was held back
    const after = snapshot(dir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['pyproject.toml']).toBe(PYPROJECT);
    expect(after['uv.lock']).not.toBe(before['uv.lock']);
    expect(lockedVersions(dir)).toMatchObject({ 'app-a': '1.0', 'lib-b': '1.1', 'lib-c': '1.0' });
    expect((await runUv(['lock', '--check'], { cwd: dir, indexUrl: world.index.url, cacheDir: world.cacheDir, check: false })).code).toBe(0);
  });
});

describe('lockstep refresh: cooldown and exclude-newer', () => {
  it('min-release-age keeps a too-new release out (and leaves no exclude-newer in uv.lock)', async () => {
    const dir = world.project();
    // 7 days: lib-b 1.1 (30 days old) comes in; lib-c 2.0 (today) is never considered, so nothing is held.
    const week = await cli(['refresh', dir, '--write', '--format', 'json', '--min-release-age', '7d', '--uv', world.uv, ...TARGET]);
    expect(week.code).toBe(0);
    expect(JSON.parse(week.stdout)).toEqual({ schema: 1, changes: [{ name: 'lib-b', from: '1.0', to: '1.1' }], held: [] });
    expect(week.stderr).toMatch(/uv lock --upgrade --exclude-newer \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/);
    const lock = readFileSync(path.join(dir, 'uv.lock'), 'utf8');
    expect(lock).not.toContain('exclude-newer');
    expect(lockedVersions(dir)).toMatchObject({ 'lib-b': '1.1', 'lib-c': '1.0' });
    expect((await runUv(['lock', '--check'], { cwd: dir, indexUrl: world.index.url, cacheDir: world.cacheDir, check: false })).code).toBe(0);

    // 60 days: lib-b 1.1 is too new as well.
    const fresh = world.project();
    const twoMonths = await cli(['refresh', fresh, '--format', 'json', '--min-release-age', '60', '--uv', world.uv, ...TARGET]);
    expect(JSON.parse(twoMonths.stdout)).toEqual({ schema: 1, changes: [], held: [] });
  });

  it("honours the project's exclude-newer and does not loosen it with a shorter cooldown", async () => {
    const dir = world.project(PYPROJECT_EXCLUDE_NEWER);
    const r = await cli(['refresh', dir, '--format', 'json', '--min-release-age', '1d', '--uv', world.uv, ...TARGET]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ schema: 1, changes: [], held: [] });
    // The project's cutoff is the stricter one: uv gets no --exclude-newer of lockstep's.
    expect(r.stderr).not.toContain('--exclude-newer');
  });
});

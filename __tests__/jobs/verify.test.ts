/**
 * The verify action end to end: the bundled entry runs as a step (support/action-harness) against real
 * venvs built by uv from the loopback index, a fake nvidia-smi where a GPU is wanted, and uploads its
 * result to the fake artifact service through the real @actions/artifact client.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VerifyResult } from '../../src/core/verify/types.js';
import { cleanupActionDirs, runAction, type ActionResult } from '../support/action-harness.js';
import { readZip } from '../support/archives.js';
import { FakeArtifactServer } from '../support/fake-artifact-server.js';
import { cleanupTempDirs } from '../support/fixture-project.js';
import { bundleEntry, fakeNvidiaSmi, VerifyWorld } from '../support/verify-fixtures.js';

let world: VerifyWorld;
let artifacts: FakeArtifactServer;
let entry: string;
let basic: string;

beforeAll(async () => {
  [world, artifacts, entry] = await Promise.all([VerifyWorld.start(), FakeArtifactServer.start(), bundleEntry('verify')]);
  basic = await world.syncedProject(['tiny-app==1.0.0']);
});

afterAll(async () => {
  await world?.close();
  await artifacts?.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

function verify(project: string, inputs: Record<string, string> = {}, options: { job?: string; path?: string } = {}): Promise<ActionResult> {
  return runAction(entry, {
    cwd: project,
    workspace: project,
    inputs: { 'python-version': '3.11', ...inputs },
    env: { ...artifacts.env({ job: options.job ?? `job-${Math.random()}` }), PATH: options.path ?? process.env.PATH, ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY: '2' },
  });
}

function resultOf(run: ActionResult): VerifyResult {
  return JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as VerifyResult;
}

function statuses(result: VerifyResult): Record<string, string> {
  return Object.fromEntries(result.checks.map((c) => [c.name, c.status]));
}

describe('verify action', () => {
  it('passes the env uv synced from the lock, writes the JSON contract and uploads it as an artifact', async () => {
    const run = await verify(basic, {}, { job: 'matching' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const target = run.outputs.target!;
    expect(target).toMatch(/^cp311-x86_64-manylinux_2_\d+$/);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['artifact-name']).toBe(`lockstep-verify-${target}`);
    expect(path.basename(run.outputs['report-path']!)).toBe(`lockstep-verify-${target}.json`);

    const result = resultOf(run);
    expect(Object.keys(result).slice(0, 4)).toEqual(['schema', 'target', 'checks', 'mismatches']);
    expect(result).toMatchObject({ schema: 1, target, mismatches: [] });
    expect(statuses(result)).toEqual({ interpreter: 'pass', packages: 'pass', 'source-builds': 'pass', 'cuda-flavour': 'skip', 'cuda-driver': 'skip' });
    for (const check of result.checks) expect(Object.keys(check)).toEqual(['name', 'status', 'details']);
    expect(run.summary).toContain('| Target | interpreter | packages | source-builds | cuda-flavour | cuda-driver |');
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringContaining('nvidia-smi is not on PATH') }));

    const stored = artifacts.list().find((a) => a.name === `lockstep-verify-${target}`);
    expect(stored).toBeDefined();
    const files = readZip(stored!.blob!);
    expect([...files.keys()]).toEqual([`lockstep-verify-${target}.json`]);
    expect(JSON.parse(files.get(`lockstep-verify-${target}.json`)!.toString('utf8'))).toEqual(result);
    expect(artifacts.violations).toEqual([]);
  });

  it('fails naming the package after `uv pip install other==version`, pointing at its uv.lock entry', async () => {
    const project = await world.syncedProject(['tiny-app==1.0.0']);
    await world.uv(project, ['pip', 'install', 'tiny-dep==2.1.0']);
    const run = await verify(project, {}, { job: 'changed' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('fail');
    const result = resultOf(run);
    expect(result.mismatches).toEqual([{ name: 'tiny-dep', locked: '2.0.0', installed: '2.1.0' }]);
    expect(statuses(result).packages).toBe('fail');
    const lockLine = readFileSync(path.join(project, 'uv.lock'), 'utf8').split('\n').findIndex((l, i, all) => l === 'name = "tiny-dep"' && all[i - 1] === '[[package]]');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'uv.lock', line: lockLine, message: expect.stringContaining('tiny-dep 2.1.0 is installed, the lock has 2.0.0') }));
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('packages failed') }));
    // The result is still uploaded, replacing the earlier test's artifact of the same target name (as a
    // re-run job does), so the report shows the failure.
    const stored = artifacts.list().filter((a) => a.name === run.outputs['artifact-name']);
    expect(stored).toHaveLength(1);
    expect(JSON.parse([...readZip(stored[0]!.blob!).values()][0]!.toString('utf8'))).toEqual(result);
    expect(artifacts.violations).toEqual([]);
  });

  it('fails an extra package nobody locked', async () => {
    const project = await world.syncedProject(['tiny-app==1.0.0']);
    await world.uv(project, ['pip', 'install', 'tiny-extra==0.3.0']);
    const run = await verify(project, { upload: 'false' });
    expect(run.exitCode).toBe(1);
    expect(resultOf(run).mismatches).toEqual([{ name: 'tiny-extra', locked: null, installed: '0.3.0' }]);
  });

  it('fails an interpreter that is not the claimed Python', async () => {
    const run = await verify(basic, { 'python-version': '3.12', upload: 'false' });
    expect(run.exitCode).toBe(1);
    expect(resultOf(run).checks[0]).toMatchObject({ name: 'interpreter', status: 'fail', details: expect.stringContaining('is not 3.12') });
    expect(run.outputs.target).toMatch(/^cp312-/);
  });

  it('fails a package uv had to build from its sdist, unless allow-source-builds names it', async () => {
    const project = await world.syncedProject(['tiny-src==0.1.0']);
    const refused = await verify(project, { upload: 'false' });
    expect(refused.exitCode).toBe(1);
    expect(resultOf(refused).checks.find((c) => c.name === 'source-builds')).toMatchObject({
      status: 'fail',
      details: expect.stringContaining('tiny-src: uv built it (uv_build.json), the lock has no wheel for this target, only tiny_src-0.1.0.tar.gz'),
    });
    const allowed = await verify(project, { upload: 'false', 'allow-source-builds': 'tiny-src' });
    expect(allowed.exitCode).toBe(0);
    expect(statuses(resultOf(allowed))['source-builds']).toBe('pass');
  });
});

describe('verify action: CUDA', () => {
  let cuda: string;
  beforeAll(async () => {
    cuda = await world.syncedProject(['tiny-app==1.0.0', 'torch==2.5.1+cu124']);
  });

  // nvidia-smi --query-gpu=driver_version,name --format=csv,noheader prints `<driver>, <name>` per GPU
  // (nvidia-smi(1), NVIDIA's man page); fakeNvidiaSmi answers only that exact query.
  it('passes a driver new enough for the locked CUDA 12.4 and reports the GPU count', async () => {
    const gpu = fakeNvidiaSmi('550.54.15, NVIDIA A100-SXM4-80GB\n550.54.15, NVIDIA A100-SXM4-80GB');
    const run = await verify(cuda, { upload: 'false' }, { path: `${gpu}${path.delimiter}${process.env.PATH}` });
    expect(run.exitCode).toBe(0);
    const result = resultOf(run);
    expect(result.checks.find((c) => c.name === 'cuda-flavour')).toMatchObject({ status: 'pass', details: 'CUDA 12.4 as locked (torch 2.5.1+cu124)' });
    expect(result.checks.find((c) => c.name === 'cuda-driver')).toMatchObject({ status: 'pass', details: expect.stringContaining('2 GPUs (NVIDIA A100-SXM4-80GB): driver 550.54.15') });
    expect(result.gpus).toHaveLength(2);
  });

  it('fails a driver older than CUDA 12’s floor', async () => {
    const gpu = fakeNvidiaSmi('470.82.01, Tesla V100-SXM2-16GB');
    const run = await verify(cuda, { upload: 'false' }, { path: `${gpu}${path.delimiter}${process.env.PATH}` });
    expect(run.exitCode).toBe(1);
    expect(resultOf(run).checks.find((c) => c.name === 'cuda-driver')).toMatchObject({ status: 'fail', details: expect.stringContaining('driver 470.82.01 is older than') });
  });

  it('skips, not fails, when nvidia-smi finds no GPU, and when there is none on PATH', async () => {
    const broken = fakeNvidiaSmi("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.", 9);
    const failed = await verify(cuda, { upload: 'false' }, { path: `${broken}${path.delimiter}${process.env.PATH}` });
    expect(failed.exitCode).toBe(0);
    expect(resultOf(failed).checks.find((c) => c.name === 'cuda-driver')).toMatchObject({ status: 'skip', details: expect.stringContaining('NVIDIA-SMI has failed') });
    const none = await verify(cuda, { upload: 'false' });
    expect(none.exitCode).toBe(0);
    expect(statuses(resultOf(none))['cuda-driver']).toBe('skip');
  });

  it('fails a torch of another CUDA flavour than the locked one', async () => {
    const project = await world.syncedProject(['torch==2.5.1+cu124']);
    await world.uv(project, ['pip', 'install', 'torch==2.5.1+cpu']);
    const run = await verify(project, { upload: 'false' });
    expect(run.exitCode).toBe(1);
    expect(resultOf(run).checks.find((c) => c.name === 'cuda-flavour')).toMatchObject({ status: 'fail', details: 'torch 2.5.1+cpu is installed, the lock has 2.5.1+cu124' });
  });

  it('a broken uv.lock in a subfolder project is ONE error annotation on that file and line', async () => {
    const project = await world.syncedProject(['tiny-app==1.0.0']);
    writeFileSync(path.join(project, 'uv.lock'), 'version = 1\nrequires-python = ">=3.11"\n[[package]\nname = "x"\n');
    const workspace = path.dirname(project);
    const run = await runAction(entry, {
      cwd: workspace,
      workspace,
      inputs: { 'python-version': '3.11', upload: 'false', 'working-directory': path.basename(project) },
      env: { PATH: process.env.PATH },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: `${path.basename(project)}/uv.lock`, line: 3, title: 'lockstep verify' });
  });
});

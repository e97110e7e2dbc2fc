/**
 * The wheel store end to end at the flow level, with every real part: real uv 0.13.9 syncing from the
 * local index (which counts downloads), the real @actions/cache against the fake cache service, our
 * restore before `uv sync` and our save in the post step.
 *
 *   run 1 (cold)        downloads every wheel, saves the store
 *   run 2 (exact hit)   downloads nothing
 *   run 3 (lock bumped) falls back to run 1's store, downloads only the bumped package
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { runProcess } from '../../src/adapters/process.js';
import { actionsWheelStore, saveWheelStore } from '../../src/jobs/wheel-store.js';
import { FakeCacheServer } from '../support/fake-cache-server.js';
import { listRegistryWheels } from '../../src/adapters/cache/uv-store.js';
import { recordingRunner } from '../support/recording-runner.js';
import { cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { UV_TEST_VERSION, uvBinaryPath } from '../support/uv-binary.js';

const exec = promisify(execFile);

const pyproject = (pins: string[]) =>
  `[project]\nname = "research"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [${pins.map((d) => JSON.stringify(d)).join(', ')}]\n`;

let server: FakeCacheServer;
let index: LocalIndex;
let project: string;
let storeDir: string;
let eventPath: string;
const savedEnv = { ...process.env };

function uvEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    UV_CACHE_DIR: storeDir,
    UV_DEFAULT_INDEX: index.url,
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
  };
}

async function uv(args: string[]): Promise<void> {
  await exec(uvBinaryPath(), args, { cwd: project, env: uvEnv() });
}

/** One CI job on a fresh runner: empty store and no venv, restore, `uv sync --locked`, post step. */
async function ciJob(inputs: Record<string, string> = {}, event = 'push') {
  rmSync(storeDir, { recursive: true, force: true });
  rmSync(path.join(project, '.venv'), { recursive: true, force: true });
  mkdirSync(storeDir, { recursive: true });
  index.reset();
  const env = { ...process.env, GITHUB_EVENT_NAME: event, GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: eventPath, GITHUB_JOB: 'test', RUNNER_ENVIRONMENT: 'github-hosted' };
  const setup = recordingRunner(inputs);
  const restored = await actionsWheelStore({ env }).restore({
    runner: setup.runner,
    uvCacheDir: storeDir,
    projectDir: project,
    lockFile: path.join(project, 'uv.lock'),
    uvVersion: UV_TEST_VERSION,
    uvPath: uvBinaryPath(),
    pythonVersion: '3.11.7',
    pythonPath: 'python3',
    venvPath: path.join(project, '.venv'),
    groups: [],
    extras: [],
    allExtras: false,
  });
  // As the setup job does: what the store measures after an exact hit runs beside the sync.
  await Promise.all([uv(['sync', '--locked']), restored?.whileSyncing?.()]);
  const downloaded = index.totalDownloads();
  const post = recordingRunner(inputs, setup.record.state);
  const saved = await saveWheelStore(post.runner, { runProcess });
  return { setup: setup.record, post: post.record, restored, saved, downloaded, downloads: (p: string) => index.downloads(p) };
}

beforeAll(async () => {
  server = await FakeCacheServer.start();
  index = await LocalIndex.start();
  for (const [name, version] of [['alpha', '1.0.0'], ['beta', '1.0.0'], ['beta', '1.1.0'], ['gamma', '2.0.0']] as const) {
    index.addWheel({ name, version, files: { [`${name}/__init__.py`]: `VERSION = "${version}"\n`, [`${name}/data.txt`]: 'x'.repeat(20_000) } });
  }
  project = makeProject({ 'pyproject.toml': pyproject(['alpha==1.0.0', 'beta==1.0.0', 'gamma==2.0.0']) }, 'wheel-store');
  const runnerDir = makeTempDir('wheel-store-runner');
  storeDir = path.join(runnerDir, 'lockstep-uv-cache');
  eventPath = path.join(runnerDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'main', full_name: 'octo/research' } }));
  Object.assign(process.env, server.env(), { RUNNER_TEMP: path.join(runnerDir, 'temp'), GITHUB_WORKSPACE: project, RUNNER_OS: 'Linux' });
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_CACHE_MODE;
  delete process.env.ImageOS;
  mkdirSync(process.env.RUNNER_TEMP!, { recursive: true });
  await uv(['lock']);
});

afterAll(async () => {
  await server.close();
  await index.close();
  cleanupTempDirs();
  process.env = savedEnv;
});

describe('wheel store with real uv, the local index and the fake Actions cache', () => {
  it('run 1 downloads every wheel, run 2 none, run 3 only the bumped package', async () => {
    const cold = await ciJob();
    expect(cold.setup.outputs['cache-outcome']).toBe('miss');
    expect(cold.setup.outputs['cache-hit']).toBe('false');
    expect(cold.downloaded).toBe(3);
    expect(cold.saved).toMatchObject({ saved: true, pruned: false });
    expect(server.listEntries().map((e) => e.key)).toEqual([cold.setup.outputs['cache-key']]);
    expect(cold.post.summary).toContain('| Wheel store | Restore | Save | Size |');
    expect(cold.post.summary).toMatch(/miss in \d+\.\d s \| saved in \d+\.\d s/);

    const warm = await ciJob();
    expect(warm.setup.outputs['cache-outcome']).toBe('exact');
    expect(warm.setup.outputs['cache-hit']).toBe('true');
    expect(warm.setup.outputs['cache-key']).toBe(cold.setup.outputs['cache-key']);
    expect(Number(warm.setup.outputs['cache-size'])).toBeGreaterThan(60_000);
    expect(warm.downloaded).toBe(0);
    expect(warm.saved).toEqual({ saved: false, reason: 'restored from this exact key' });
    expect(readFileSync(path.join(project, '.venv/lib/python3.11/site-packages/beta/__init__.py'), 'utf8')).toContain('1.0.0');

    writeFileSync(path.join(project, 'pyproject.toml'), pyproject(['alpha==1.0.0', 'beta==1.1.0', 'gamma==2.0.0']));
    await uv(['lock']);
    const bumped = await ciJob();
    expect(bumped.setup.outputs['cache-outcome']).toBe('fallback');
    expect(bumped.setup.outputs['cache-key']).not.toBe(cold.setup.outputs['cache-key']);
    expect(bumped.downloaded).toBe(1);
    expect(bumped.downloads('beta-1.1.0-py3-none-any.whl')).toBe(1);
    expect(bumped.downloads('alpha') + bumped.downloads('gamma')).toBe(0);
    expect(bumped.saved).toMatchObject({ saved: true });
    expect(server.listEntries()).toHaveLength(2);
    // What was saved is what the new lock needs: beta 1.0.0, which it no longer names, was dropped
    // (its entry and unpacked files), and the next run on this lock still downloads nothing.
    expect(listRegistryWheels(storeDir).map((w) => `${w.name} ${w.version}`).sort()).toEqual(['alpha 1.0.0', 'beta 1.1.0', 'gamma 2.0.0']);
    const again = await ciJob();
    expect(again.setup.outputs['cache-outcome']).toBe('exact');
    expect(again.downloaded).toBe(0);
    expect(listRegistryWheels(storeDir)).toHaveLength(3);
    expect(server.violations).toEqual([]);
  });

  it('save-cache auto on a pull_request restores but writes nothing', async () => {
    writeFileSync(path.join(project, 'pyproject.toml'), pyproject(['alpha==1.0.0', 'gamma==2.0.0']));
    await uv(['lock']);
    const before = server.count('CreateCacheEntry');
    const pr = await ciJob({}, 'pull_request');
    expect(pr.setup.outputs['cache-outcome']).toBe('fallback');
    expect(pr.saved).toEqual({ saved: false, reason: 'pull_request is not push, schedule or workflow_dispatch; only restoring' });
    expect(server.count('CreateCacheEntry')).toBe(before);
    expect(pr.post.warnings).toEqual([]);
  });

  it('a corrupt archive is a warning; the job goes on with a cold store and still syncs', async () => {
    const key = server.listEntries().at(-1)!.key;
    for (const entry of server.listEntries()) server.corrupt(entry.key, 'truncate');
    writeFileSync(path.join(project, 'pyproject.toml'), pyproject(['alpha==1.0.0', 'beta==1.1.0', 'gamma==2.0.0']));
    await uv(['lock']);
    const job = await ciJob({ 'save-cache': 'false' });
    expect(key).toBeTruthy();
    expect(job.setup.outputs['cache-outcome']).toBe('miss');
    expect(job.setup.warnings).toEqual([expect.stringContaining('continuing with a cold store')]);
    expect(job.downloaded).toBe(3);
    expect(readFileSync(path.join(project, '.venv/lib/python3.11/site-packages/alpha/__init__.py'), 'utf8')).toContain('1.0.0');
  });

  it('cache-backend local: a second job on the same machine downloads nothing', async () => {
    const cacheDir = makeTempDir('local-store');
    const inputs = { 'cache-backend': 'local', 'cache-backend-dir': cacheDir, 'cache-size-cap': '1G' };
    writeFileSync(path.join(project, 'pyproject.toml'), pyproject(['alpha==1.0.0', 'gamma==2.0.0']));
    await uv(['lock']);
    const creates = server.count('CreateCacheEntry');
    const first = await ciJob(inputs);
    expect(first.setup.outputs['cache-outcome']).toBe('miss');
    expect(first.saved).toMatchObject({ saved: true });
    const second = await ciJob(inputs);
    expect(second.setup.outputs['cache-outcome']).toBe('exact');
    expect(second.downloaded).toBe(0);
    // The Actions cache service was never involved.
    expect(server.count('CreateCacheEntry')).toBe(creates);
  });

  it('prune-cache: true drops downloaded wheels before saving, so the next exact hit downloads them again', async () => {
    writeFileSync(path.join(project, 'pyproject.toml'), pyproject(['alpha==1.0.0', 'beta==1.0.0']));
    await uv(['lock']);
    const inputs = { 'prune-cache': 'true', 'cache-suffix': 'pruned' };
    const first = await ciJob(inputs);
    expect(first.saved).toMatchObject({ saved: true, pruned: true });
    const entry = server.listEntries().at(-1)!;
    expect(entry.key).toContain('-pruned-');
    const second = await ciJob(inputs);
    expect(second.setup.outputs['cache-outcome']).toBe('exact');
    // Each wheel unpacks to over 20 kB; what was restored is uv's bookkeeping only.
    expect(Number(second.setup.outputs['cache-size'])).toBeLessThan(20_000);
    expect(first.post.summary).toContain('(pruned)');
    expect(second.downloaded).toBe(2);
  });

  it('cache-venv restores the built .venv too (keyed on the exact interpreter and venv path)', async () => {
    writeFileSync(path.join(project, 'pyproject.toml'), pyproject(['gamma==2.0.0']));
    await uv(['lock']);
    const inputs = { 'cache-venv': 'true' };
    const first = await ciJob(inputs);
    expect(first.setup.outputs['cache-key']).toMatch(/^lockstep-venvstore-Linux-\w+-py3\.11\.7-/);
    expect(first.saved).toMatchObject({ saved: true });
    const second = await ciJob(inputs);
    expect(second.setup.outputs['cache-outcome']).toBe('exact');
    expect(second.downloaded).toBe(0);
    expect(readFileSync(path.join(project, '.venv/lib/python3.11/site-packages/gamma/__init__.py'), 'utf8')).toContain('2.0.0');
  });

  it('outside Actions (no cache service) it neither warns nor leaves state for post', async () => {
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const job = await ciJob();
      expect(job.setup.outputs['cache-outcome']).toBe('miss');
      expect(job.setup.warnings).toEqual([]);
      expect(job.setup.state).toEqual({});
      expect(job.saved).toEqual({ saved: false, reason: 'not restored' });
      expect(job.post.warnings).toEqual([]);
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });

  it('does not try to save when the runner made the cache read-only (ACTIONS_CACHE_MODE=read)', async () => {
    process.env.ACTIONS_CACHE_MODE = 'read';
    try {
      writeFileSync(path.join(project, 'pyproject.toml'), pyproject(['beta==1.0.0']));
      await uv(['lock']);
      const creates = server.count('CreateCacheEntry');
      const job = await ciJob();
      expect(job.saved).toEqual({ saved: false, reason: 'the runner gave this job a read-only cache (ACTIONS_CACHE_MODE=read)' });
      expect(server.count('CreateCacheEntry')).toBe(creates);
    } finally {
      delete process.env.ACTIONS_CACHE_MODE;
    }
  });

  it('enable-cache: false restores and saves nothing, and says so in the outputs', async () => {
    const gets = server.count('GetCacheEntryDownloadURL');
    const job = await ciJob({ 'enable-cache': 'false' });
    expect(job.restored).toEqual({ detail: 'off (enable-cache is false)' });
    expect(job.setup.outputs).toEqual({ 'cache-hit': 'false', 'cache-outcome': 'miss', 'cache-key': '', 'cache-size': '0' });
    expect(job.saved).toEqual({ saved: false, reason: 'not restored' });
    expect(server.count('GetCacheEntryDownloadURL')).toBe(gets);
  });

  it('rejects a bad input with the fix', async () => {
    const { runner } = recordingRunner({ 'save-cache': 'sometimes' });
    await expect(
      actionsWheelStore().restore({
        runner,
        uvCacheDir: storeDir,
        projectDir: project,
        lockFile: path.join(project, 'uv.lock'),
        uvVersion: UV_TEST_VERSION,
        uvPath: uvBinaryPath(),
        pythonVersion: '3.11.7',
        pythonPath: 'python3',
        venvPath: path.join(project, '.venv'),
        groups: [],
        extras: [],
        allExtras: false,
      }),
    ).rejects.toThrow('input save-cache is "sometimes"');
  });
});

describe('the post step summary', () => {
  it('escapes a hostile cache error and key in the Markdown table', async () => {
    const store = makeTempDir('hostile-store');
    writeFileSync(path.join(store, 'wheel.whl'), 'bytes');
    const hostile = 'evil|pkg<img src=x onerror=alert(1)>@team](http://x)\n| injected | row |';
    const state = {
      key: 'lockstep-wheels-`x`|<b>',
      hit: 'fallback',
      matchedKey: 'old|`key`',
      paths: [store],
      storeDir: store,
      baseline: { files: 0, bytes: 0, newestMtimeMs: 0 },
      restoreMs: 1200,
      write: { write: true, reason: 'default branch' },
      prune: 'none',
      backend: 'local',
      uvPath: uvBinaryPath(),
    };
    const { runner, record } = recordingRunner({}, { 'wheel-store': JSON.stringify(state) });
    const backend = { name: 'local' as const, restore: async () => ({ matchedKey: undefined }), save: async () => ({ status: 'failed' as const, message: hostile }) };
    await saveWheelStore(runner, { runProcess, backend });
    const lines = record.summary.trimEnd().split('\n');
    expect(lines).toHaveLength(3); // header, rule, one row: the newline did not start a second row
    const row = lines[2]!;
    expect(row).not.toContain('<img');
    expect(row).toContain('| ``lockstep-wheels-`x`\\|<b>`` |'); // a code span: `<b>` shows as text
    expect(row).not.toContain('](http');
    // Exactly the table's own cell separators: none from the key, the matched key or the message.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(row).toContain('evil\\|pkg&lt;img src=x onerror=alert\\(1\\)&gt;\\@team\\]\\(http\\://x\\)');
  });
});

/**
 * The bundled `post:` entry run as a child process with a runner's environment (action-harness), the
 * real @actions/cache and the fake cache service: it saves what setup restored, writes the summary
 * row, and a key another job already holds is a notice, never a failed job.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Runner } from '../../src/adapters/runner.js';
import { restoreWheelStore, WHEEL_STORE_STATE, type WheelStoreSettings } from '../../src/jobs/wheel-store.js';
import { cleanupActionDirs, runAction } from '../support/action-harness.js';
import { FakeCacheServer } from '../support/fake-cache-server.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';

let server: FakeCacheServer;
let postEntry: string;
let workspace: string;

const settings: WheelStoreSettings = { enabled: true, cacheVenv: false, suffix: '', write: 'auto', prune: 'none', backend: 'actions' };

/** Runs the restore half in-process (as setup would) and returns the state it saved for post. */
async function restoreState(storeDir: string, lockText: string, eventName = 'push'): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  const runner = {
    input: () => '',
    booleanInput: (_n: string, f: boolean) => f,
    setOutput: () => undefined,
    saveState: (n: string, v: string) => void (state[n] = v),
    getState: (n: string) => state[n] ?? '',
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
  } as unknown as Runner;
  const eventPath = path.join(makeTempDir('event'), 'event.json');
  writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: 'main' } }));
  await restoreWheelStore({
    runner,
    settings,
    storeDir,
    venvDir: path.join(workspace, '.venv'),
    lockText,
    pythonVersion: '3.11.7',
    uvVersion: '0.13.9',
    uvPath: '/nonexistent/uv',
    env: { ...process.env, GITHUB_EVENT_NAME: eventName, GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: eventPath, GITHUB_JOB: 'test', RUNNER_OS: 'Linux' },
  });
  return state;
}

function fillStore(storeDir: string, n: number): void {
  mkdirSync(path.join(storeDir, 'archive-v0'), { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(path.join(storeDir, 'archive-v0', `w${i}.py`), `print(${i})\n`.repeat(500));
}

beforeAll(async () => {
  server = await FakeCacheServer.start();
  workspace = makeTempDir('post-workspace');
  Object.assign(process.env, server.env(), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: makeTempDir('post-temp') });
  delete process.env.GITHUB_SERVER_URL;
  postEntry = path.join(makeTempDir('post-bundle'), 'post.js');
  await build({
    entryPoints: [path.resolve('src/entries/post.ts')],
    outfile: postEntry,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    // As scripts/build.mjs must: @actions/cache compares `error.name === ReserveCacheError.name`, and
    // without keepNames esbuild renames the class (`_ReserveCacheError`), turning every 409 into a warning.
    keepNames: true,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
});

afterAll(async () => {
  await server.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

describe('post entry', () => {
  it('saves the changed store, writes the summary row, and a second job with the same key gets a notice', async () => {
    const storeDir = path.join(workspace, 'store-a');
    const state = await restoreState(storeDir, 'lock-a');
    expect(JSON.parse(state[WHEEL_STORE_STATE]!).hit).toBe('miss');
    fillStore(storeDir, 5);

    const first = await runAction(postEntry, { workspace, state, env: server.env() });
    expect(first.exitCode).toBe(0);
    expect(server.listEntries()).toHaveLength(1);
    expect(first.summary).toMatch(/\| `lockstep-store-Linux-\S+` \| miss in \d+\.\d s \| saved in \d+\.\d s \| [\d.]+ KiB \|/);
    expect(first.annotations.filter((a) => a.level !== 'notice')).toEqual([]);

    // A matrix sibling that computed the same key and finished second.
    const second = await runAction(postEntry, { workspace, state, env: server.env() });
    expect(second.exitCode).toBe(0);
    expect(second.annotations).toEqual([expect.objectContaining({ level: 'notice', message: expect.stringContaining('already saved') })]);
    expect(second.summary).toContain('skipped: already saved by another job');
    expect(server.listEntries()).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('a 409 while a sibling is still uploading is a notice and the step succeeds', async () => {
    const storeDir = path.join(workspace, 'store-b');
    const state = await restoreState(storeDir, 'lock-b');
    fillStore(storeDir, 3);
    server.reserveAsSibling(JSON.parse(state[WHEEL_STORE_STATE]!).key);
    const post = await runAction(postEntry, { workspace, state, env: server.env() });
    expect(post.exitCode).toBe(0);
    expect(server.requests.filter((r) => r.operation === 'CreateCacheEntry').at(-1)?.status).toBe(409);
    expect(post.annotations.map((a) => a.level)).toEqual(['notice']);
    expect(post.annotations[0]!.message).toContain('not saved');
  });

  it('on a pull_request (save-cache auto) it uploads nothing', async () => {
    const storeDir = path.join(workspace, 'store-c');
    const state = await restoreState(storeDir, 'lock-c', 'pull_request');
    fillStore(storeDir, 3);
    const creates = server.count('CreateCacheEntry');
    const post = await runAction(postEntry, { workspace, state, env: server.env() });
    expect(post.exitCode).toBe(0);
    expect(server.count('CreateCacheEntry')).toBe(creates);
    // Escaped Markdown (the reason can carry a branch name): renders as "pull_request is not push, ...".
    expect(post.summary).toContain('skipped: pull\\_request is not push, schedule or workflow\\_dispatch; only restoring');
  });

  it('does nothing (and does not fail) when setup never restored', async () => {
    const post = await runAction(postEntry, { workspace, env: server.env() });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('nothing to save');
    expect(post.annotations).toEqual([]);
    rmSync(path.join(workspace, 'store-a'), { recursive: true, force: true });
  });
});

/**
 * The setup action on a pixi project, end to end: dist/setup.js as a child process (action harness)
 * installs pixi from a loopback GitHub-release server (the same install code as on runners, verified
 * against the published .sha256, tool-cached), checks pixi.lock, runs `pixi install --locked`, exports
 * the activation from `pixi shell-hook --json`, and loads .env. pixi itself is a stand-in script
 * (support/pixi-stand-in.ts) printing pixi's real output formats: github.com is unreachable here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cleanupActionDirs, runAction, type ActionResult } from '../support/action-harness.js';
import { FakeCacheServer } from '../support/fake-cache-server.js';
import { FakeGitHubReleases } from '../support/fake-github-releases.js';
import { cleanupTempDirs, makeProject, makeTempDir, PIXI_CORPUS_DIR } from '../support/fixture-project.js';
import { pixiArchiveFilename, pixiStandInArchive, PIXI_TEST_VERSION } from '../support/pixi-stand-in.js';

const CUPY = path.join(PIXI_CORPUS_DIR, 'matthewfeickert-talks__reproducible-cuda-workflows-with-pixi-scipy-2026__book_code_cupy-example');
let github: FakeGitHubReleases;

beforeAll(async () => {
  github = await FakeGitHubReleases.start();
  for (const tag of ['v0.59.0', 'v0.62.1', `v${PIXI_TEST_VERSION}`]) github.publishRepoRelease('prefix-dev/pixi', tag, { [pixiArchiveFilename()]: pixiStandInArchive() });
});

afterAll(async () => {
  await github.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

function pixiProject(edit: (manifest: string) => string = (m) => m, extra: Record<string, string> = {}): string {
  return makeProject({
    'pixi.toml': edit(readFileSync(path.join(CUPY, 'pixi.toml'), 'utf8')),
    'pixi.lock': readFileSync(path.join(CUPY, 'pixi.lock'), 'utf8'),
    ...extra,
  });
}

async function setup(project: string, inputs: Record<string, string> = {}): Promise<{ result: ActionResult; calls: string[] }> {
  const log = path.join(makeTempDir('pixi-log'), 'calls.txt');
  const result = await runAction('setup', { cwd: project, inputs: { 'github-url': github.url, ...inputs }, env: { LOCKSTEP_PIXI_STAND_IN_LOG: log, GITHUB_API_URL: github.url } });
  return { result, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}

const cachedPixi = (result: ActionResult): string[] => {
  const dir = path.join(result.dirs.toolCache, 'pixi');
  return existsSync(dir) ? readdirSync(dir) : [];
};

describe('setup on a pixi project', () => {
  it('installs pixi, runs pixi install --locked, exports the activation and .env', async () => {
    const project = pixiProject((m) => m, { '.env': 'LIBRARY_PATH="$CONDA_PREFIX/lib"\nCUDA_HOME=$CONDA_PREFIX\n' });
    github.reset();
    const { result, calls } = await setup(project);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['pixi-version']).toBe(PIXI_TEST_VERSION); // newest release (no requires-pixi)
    expect(result.outputs['pixi-path']).toBe(path.join(result.dirs.toolCache, 'pixi', PIXI_TEST_VERSION, process.arch, 'pixi'));
    expect(result.outputs['lock-status']).toBe('up-to-date');
    expect(calls).toEqual(['install --locked --environment default', 'download default', 'shell-hook --json --locked --environment default']);
    const prefix = path.join(project, '.pixi', 'envs', 'default');
    expect(result.outputs['environment-path']).toBe(prefix);
    expect(result.env['CONDA_PREFIX']).toBe(prefix);
    expect(result.env['PIXI_ENVIRONMENT_NAME']).toBe('default');
    expect(result.path).toEqual([path.dirname(result.outputs['pixi-path']!), path.join(prefix, 'bin')]);
    // .env expands against the activation, as `source .env` in `pixi shell` would.
    expect(result.env['LIBRARY_PATH']).toBe(`${prefix}/lib`);
    expect(result.env['CUDA_HOME']).toBe(prefix);
    expect(result.summary).toMatch(/pixi 0\.63\.2 .* from github/);
    // One archive download, verified against its .sha256.
    expect(github.requests.filter((r) => r.path.endsWith(pixiArchiveFilename()) && r.status === 200)).toHaveLength(1);
    expect(github.requests.some((r) => r.path.endsWith(`${pixiArchiveFilename()}.sha256`))).toBe(true);
  });

  it('resolves requires-pixi to the newest matching release', async () => {
    const { result } = await setup(pixiProject((m) => m.replace('[workspace]', '[workspace]\nrequires-pixi = ">=0.60,<0.63"')));
    expect(result.exitCode).toBe(0);
    expect(result.outputs['pixi-version']).toBe('0.62.1');
  });

  it('a checksum mismatch fails the step and caches nothing', async () => {
    github.reset();
    github.failNext(`${pixiArchiveFilename()}.sha256`, 'wrong-checksum');
    const { result, calls } = await setup(pixiProject(), { 'pixi-version': PIXI_TEST_VERSION });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toMatch(/checksum mismatch/);
    expect(cachedPixi(result)).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('a stale pixi.lock fails before installing, annotated on the manifest line', async () => {
    const project = pixiProject((m) => m.replace('[dependencies]', '[dependencies]\nlibfoo-not-locked = "==1.0"'));
    const { result, calls } = await setup(project, { 'pixi-version': PIXI_TEST_VERSION });
    expect(result.exitCode).not.toBe(0);
    const stale = result.annotations.filter((a) => a.level === 'error' && /libfoo-not-locked/.test(a.message));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ file: 'pixi.toml' });
    const manifest = readFileSync(path.join(project, 'pixi.toml'), 'utf8').split('\n');
    expect(manifest[Number(stale[0]!.line) - 1]).toMatch(/^libfoo-not-locked/);
    expect(result.outputs['lock-status']).toBe('stale');
    expect(calls).toEqual([]);
  });

  it('caches pixi\'s package cache and .pixi/envs keyed on pixi.lock: a warm run downloads nothing', async () => {
    const server = await FakeCacheServer.start();
    try {
      const project = pixiProject();
      const push = { name: 'push', payload: { repository: { default_branch: 'main', full_name: 'octo-org/research' } } };
      // Hosted runners use the same RUNNER_TEMP path in every job (the cache entry's version hashes
      // the paths), emptied in between: so do these runs.
      const runnerTemp = makeTempDir('pixi-runner-temp');
      const ciRun = async () => {
        rmSync(path.join(project, '.pixi'), { recursive: true, force: true }); // a fresh checkout
        rmSync(path.join(runnerTemp, 'lockstep-pixi-cache'), { recursive: true, force: true });
        const log = path.join(makeTempDir('pixi-log'), 'calls.txt');
        const common = { cwd: project, runnerTemp, event: push, env: { ...server.env(), LOCKSTEP_PIXI_STAND_IN_LOG: log, GITHUB_API_URL: github.url, GITHUB_REF: 'refs/heads/main', RUNNER_ENVIRONMENT: 'github-hosted' } };
        const setupRun = await runAction('setup', { ...common, inputs: { 'github-url': github.url, 'pixi-version': PIXI_TEST_VERSION } });
        const post = await runAction('post', { ...common, state: setupRun.state });
        return { setup: setupRun, post, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
      };
      const cold = await ciRun();
      expect(cold.setup.exitCode).toBe(0);
      expect(cold.setup.outputs['cache-outcome']).toBe('miss');
      expect(cold.setup.outputs['cache-key']).toMatch(/^lockstep-venvstore-pixi-/);
      expect(cold.calls).toContain('download default');
      expect(cold.post.exitCode).toBe(0);
      expect(server.listEntries().map((e) => e.key)).toEqual([cold.setup.outputs['cache-key']]);

      const warm = await ciRun();
      expect(warm.setup.exitCode).toBe(0);
      expect(warm.setup.outputs['cache-outcome']).toBe('exact');
      expect(warm.calls).not.toContain('download default');
      expect(existsSync(path.join(project, '.pixi', 'envs', 'default', 'conda-meta', 'history'))).toBe(true);

      // A pull request from a fork restores but never writes (the wheel store's trust rules).
      const fork = await runAction('setup', {
        cwd: project,
        inputs: { 'github-url': github.url, 'pixi-version': PIXI_TEST_VERSION },
        event: { name: 'pull_request', payload: { pull_request: { head: { repo: { fork: true, full_name: 'mallory/research' } }, base: { repo: { full_name: 'octo-org/research' } } } } },
        env: { ...server.env(), GITHUB_API_URL: github.url, RUNNER_ENVIRONMENT: 'github-hosted' },
      });
      expect(fork.exitCode).toBe(0);
      expect(fork.stdout).toMatch(/writes: off \(pull request from a fork; only restoring\)/);
    } finally {
      await server.close();
    }
  });
});

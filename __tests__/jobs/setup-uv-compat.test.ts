/**
 * A workflow written for astral-sh/setup-uv runs unchanged with lockstep: the bundled action
 * (dist/setup.js + dist/post.js) runs with setup-uv's inputs ONLY, taken from setup-uv's README
 * examples, and the assertions are what later steps of such a workflow read: outputs, GITHUB_ENV,
 * GITHUB_PATH, annotations. uv comes from the runner's tool cache (as on a runner that ran it before),
 * packages from a loopback index (UV_DEFAULT_INDEX), the cache from the fake Actions cache service.
 * The README's "Migrating from setup-uv" table names these tests row by row.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ActionJob, cleanupActionDirs, makeToolCache, runAction, type ActionResult, type RunActionOptions } from '../support/action-harness.js';
import { FakeCacheServer } from '../support/fake-cache-server.js';
import { cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { MatcherLog } from '../support/problem-matcher.js';
import { seedToolCache, UV_TEST_VERSION, uvBinaryPath } from '../support/uv-binary.js';

let index: LocalIndex;
let cache: FakeCacheServer;
let toolCache: string;

const project = (name: string, deps: string[], extra = '') =>
  `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [${deps.map((d) => JSON.stringify(d)).join(', ')}]\n${extra}`;

async function uvLock(dir: string): Promise<void> {
  await promisify(execFile)(uvBinaryPath(), ['lock'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', UV_DEFAULT_INDEX: index.url, UV_CACHE_DIR: makeTempDir('lock-cache'), UV_PYTHON_DOWNLOADS: 'never', UV_NO_CONFIG: '1' },
  });
}

/** The runner's side of the test network: packages from the loopback index, no Python downloads. */
function runnerEnv(): Record<string, string> {
  return { UV_DEFAULT_INDEX: index.url, UV_PYTHON_DOWNLOADS: 'never', UV_NO_CONFIG: '1', LOCKSTEP_HTTP_BACKOFF_MS: '20' };
}

/** `uses: owner/lockstep@v1` with `with:` = `inputs` (setup-uv's names only). */
function step(cwd: string, inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionResult> {
  return runAction('setup', { cwd, toolCache, ...options, inputs, env: { ...runnerEnv(), ...options.env } });
}

const errorsOf = (r: ActionResult) => r.annotations.filter((a) => a.level === 'error');

/** A step that succeeded and activated `dir/.venv` for later steps (VIRTUAL_ENV, PATH, `venv` output). */
function expectActivatedVenv(result: ActionResult, dir: string): string {
  expect(errorsOf(result)).toEqual([]);
  expect(result.exitCode).toBe(0);
  const venv = path.join(dir, '.venv');
  expect(result.env.VIRTUAL_ENV).toBe(venv);
  expect(result.outputs.venv).toBe(venv);
  expect(result.path.at(-1)).toBe(path.join(venv, 'bin'));
  return venv;
}

beforeAll(async () => {
  index = await LocalIndex.start();
  index.addWheel({ name: 'tiny-core', version: '1.0.0' });
  index.addWheel({ name: 'tiny-plots', version: '1.0.0' });
  cache = await FakeCacheServer.start();
  toolCache = seedToolCache(makeToolCache());
  // A second, older release in the tool cache (the same binary under another version), for version-file.
  seedToolCache(toolCache, '0.13.1');
});

afterAll(async () => {
  await index?.close();
  await cache?.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

describe('setup-uv README examples, unchanged', () => {
  it('activate-environment: later steps run in the venv (VIRTUAL_ENV, PATH, venv output)', async () => {
    const dir = makeProject({ 'pyproject.toml': project('app', ['tiny-core==1.0.0']) });
    await uvLock(dir);
    const result = await step(dir, { 'activate-environment': 'true' });
    const venv = expectActivatedVenv(result, dir);
    expect(spawnSync(path.join(venv, 'bin', 'python'), ['-c', 'import tiny_core']).status).toBe(0);
    expect(result.outputs['uv-version']).toBe(UV_TEST_VERSION);
    expect(existsSync(result.outputs['uv-path']!)).toBe(true);
    expect(existsSync(result.outputs['uvx-path']!)).toBe(true);
    expect(path.basename(result.outputs['uvx-path']!)).toBe('uvx');
  });

  it('python-version: exported as UV_PYTHON for later uv commands', async () => {
    const dir = makeProject({ 'pyproject.toml': project('app', []) });
    await uvLock(dir);
    const result = await step(dir, { 'python-version': '3.11' });
    expect(result.exitCode).toBe(0);
    expect(result.env.UV_PYTHON).toBe('3.11');
    expect(result.outputs['python-version']).toMatch(/^3\.11\.\d+$/);
  });

  it('working-directory in a workspace member: uv.lock and .venv at the workspace root, stale lines on the member', async () => {
    const root = makeProject({
      'pyproject.toml': project('monorepo', [], '\n[tool.uv.workspace]\nmembers = ["packages/*"]\n'),
      'packages/app/pyproject.toml': project('app', ['tiny-core==1.0.0']),
      'packages/lib/pyproject.toml': project('lib', []),
    });
    await uvLock(root);
    const result = await step(root, { 'working-directory': 'packages/app' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['lock-status']).toBe('up-to-date');
    expect(result.outputs.venv).toBe(path.join(root, '.venv'));
    expect(existsSync(path.join(root, 'packages', 'app', '.venv'))).toBe(false);
    expect(spawnSync(path.join(root, '.venv', 'bin', 'python'), ['-c', 'import tiny_core']).status).toBe(0);
    expect(result.summary).toContain('workspace member');

    // The member gains a requirement the lock does not have: the error is on the member's line.
    const member = path.join(root, 'packages', 'app', 'pyproject.toml');
    const edited = project('app', ['tiny-core==1.0.0', 'tiny-plots==1.0.0']);
    writeFileSync(member, edited);
    const stale = await step(root, { 'working-directory': 'packages/app' });
    expect(stale.exitCode).toBe(1);
    expect(stale.outputs['lock-status']).toBe('stale');
    const line = edited.split('\n').findIndex((l) => l.includes('tiny-plots')) + 1;
    expect(errorsOf(stale)).toContainEqual(expect.objectContaining({ file: 'packages/app/pyproject.toml', line }));
  });

  it('a repository with no pyproject.toml: uv and Python, UV_PYTHON set, a notice, nothing synced', async () => {
    const dir = makeProject({ 'README.md': '# scripts only\n', 'requirements.txt': 'tiny-core==1.0.0\n' });
    const result = await step(dir, {});
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['uv-version']).toBe(UV_TEST_VERSION);
    expect(result.outputs['python-version']).toMatch(/^3\.\d+\.\d+$/);
    expect(result.env.UV_PYTHON).toBe(result.outputs['python-version']);
    expect(result.outputs['lock-status']).toBeUndefined();
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringContaining('No uv project') }));
    expect(existsSync(path.join(dir, 'uv.lock'))).toBe(false);
    // setup-uv's activate-environment defaults to false: no .venv the workflow did not ask for.
    expect(existsSync(path.join(dir, '.venv'))).toBe(false);
    expect(result.env.VIRTUAL_ENV).toBeUndefined();
    expect(result.outputs.venv).toBeUndefined();
  });

  it('no project, activate-environment unset: a tool-config-only pyproject.toml or tool.uv.managed = false gets no .venv either', async () => {
    for (const pyproject of ['[tool.ruff]\nline-length = 100\n', `${project('unmanaged', [])}\n[tool.uv]\nmanaged = false\n`]) {
      const dir = makeProject({ 'pyproject.toml': pyproject });
      const result = await step(dir, { 'python-version': '3.11' });
      expect(errorsOf(result)).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(result.env.UV_PYTHON).toBe('3.11');
      expect(existsSync(path.join(dir, '.venv'))).toBe(false);
      expect(result.env.VIRTUAL_ENV).toBeUndefined();
    }
  });

  it('activate-environment: true without a project: a bare .venv, activated, as setup-uv creates it', async () => {
    const dir = makeProject({ 'README.md': '# scripts only\n', 'requirements.txt': 'tiny-core==1.0.0\n' });
    const result = await step(dir, { 'activate-environment': 'true' });
    const venv = expectActivatedVenv(result, dir);
    expect(existsSync(path.join(venv, 'pyvenv.cfg'))).toBe(true);
    // The workflow's next step, `uv pip install -r requirements.txt`, installs into it (async: the index runs in this process).
    const pip = await promisify(execFile)(uvBinaryPath(), ['pip', 'install', '-r', 'requirements.txt'], { cwd: dir, env: { ...process.env, ...result.env, ...runnerEnv() } });
    expect(pip.stderr).toContain('+ tiny-core==1.0.0');
    expect(spawnSync(path.join(venv, 'bin', 'python'), ['-c', 'import tiny_core']).status).toBe(0);
  });

  it('add-problem-matchers (on by default): a Python traceback in a later step is an error on its file and line', async () => {
    const dir = makeProject({ 'scripts/train.py': 'def fit(rate):\n    raise ValueError(f"learning rate {rate} > 1")\n\nfit(3)\n' });
    const result = await step(dir, {});
    expect(result.exitCode).toBe(0);
    expect(result.matchers).toHaveLength(1);
    const file = result.matchers[0]!;
    expect(path.dirname(file)).toBe(result.dirs.runnerTemp);
    // What the runner does with `::add-matcher::FILE` (validating it as the runner does), then a later `run: python scripts/train.py`.
    const log = new MatcherLog({ workspace: dir });
    log.register(JSON.parse(readFileSync(file, 'utf8')));
    const later = spawnSync('python3', ['scripts/train.py'], { cwd: dir, encoding: 'utf8' });
    expect(log.feed(later.stderr)).toEqual([expect.objectContaining({ severity: 'error', file: 'scripts/train.py', line: 2, message: 'ValueError: learning rate 3 > 1' })]);

    const off = await step(dir, { 'add-problem-matchers': 'false' });
    expect(off.exitCode).toBe(0);
    expect(off.matchers).toEqual([]);
  });

  it('version-file: .tool-versions gives the uv version and the Python version', async () => {
    const dir = makeProject({ '.tool-versions': 'uv 0.13.1\npython 3.11\n' });
    const result = await step(dir, { 'version-file': '.tool-versions' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['uv-version']).toBe('0.13.1');
    expect(result.env.UV_PYTHON).toBe('3.11');
    expect(result.summary).toContain('0.13.1 from version-file');
  });

  it('cache-hit is true on the second run (enable-cache: true), false on the first', async () => {
    const dir = makeProject({ 'pyproject.toml': project('cached', ['tiny-core==1.0.0']) });
    await uvLock(dir);
    const runner = hostedRunner(dir);
    const first = await runner.run({ 'enable-cache': 'true' });
    expect(first.setup.outputs['cache-hit']).toBe('false');
    expect(first.post.exitCode).toBe(0);
    const second = await runner.run({ 'enable-cache': 'true' });
    expect(second.setup.outputs['cache-hit']).toBe('true');
    expect(second.setup.outputs['cache-key']).toBe(first.setup.outputs['cache-key']);
    expect(second.setup.outputs['cache-outcome']).toBe('exact');
    // restore-cache: false starts cold although the entry exists.
    const cold = await runner.run({ 'enable-cache': 'true', 'restore-cache': 'false' });
    expect(cold.setup.outputs['cache-hit']).toBe('false');
    expect(cold.setup.outputs['cache-outcome']).toBe('miss');
  });

  it('save-cache step with if: always(): the cache is saved although a later step failed', async () => {
    const dir = makeProject({ 'pyproject.toml': project('flaky', ['tiny-core==1.0.0']) });
    await uvLock(dir);
    const hosted = hostedRunner(dir);
    const runnerTemp = hosted.runnerTemp;
    mkdirSync(runnerTemp, { recursive: true });
    const job = new ActionJob({ cwd: dir, toolCache, runnerTemp, event: { name: 'push', payload: { repository: { default_branch: 'main', full_name: 'octo-org/research' } } }, env: { ...cache.env(), ...runnerEnv() } });
    const setup = await job.run('setup', { inputs: { 'enable-cache': 'true' } });
    expect(setup.outputs['cache-hit']).toBe('false');
    // `run: pytest` fails here; the post step would not run. The save-cache step (if: always()) does.
    const saved = await job.run('save-cache', { inputs: {} });
    expect(saved.exitCode).toBe(0);
    expect(saved.stdout).toContain(`Wheel store saved as ${setup.outputs['cache-key']}`);
    expect(cache.listEntries().map((e) => e.key)).toContain(setup.outputs['cache-key']);
    // Had the job gone on and succeeded, the post step would not save a second time.
    const post = await job.run('post', { inputs: { 'enable-cache': 'true' } });
    expect(post.stdout).toContain('Cache already saved by the lockstep save-cache step');
    const next = await hosted.run({ 'enable-cache': 'true' });
    expect(next.setup.outputs['cache-hit']).toBe('true');
  });

  it('tool-dir, tool-bin-dir and cache-local-path: UV_TOOL_DIR, UV_TOOL_BIN_DIR (on PATH) and UV_CACHE_DIR for later steps', async () => {
    const dir = makeProject({ 'pyproject.toml': project('tools', []) });
    await uvLock(dir);
    const result = await step(dir, { 'tool-dir': 'tools/envs', 'tool-bin-dir': '~/.local/tool-bin', 'cache-local-path': '.uv-cache' }, { env: { HOME: dir } });
    expect(result.exitCode).toBe(0);
    expect(result.env.UV_TOOL_DIR).toBe(path.join(dir, 'tools', 'envs'));
    expect(result.env.UV_TOOL_BIN_DIR).toBe(path.join(dir, '.local', 'tool-bin'));
    expect(result.path).toContain(path.join(dir, '.local', 'tool-bin'));
    expect(result.env.UV_CACHE_DIR).toBe(path.join(dir, '.uv-cache'));
    expect(existsSync(path.join(dir, '.uv-cache'))).toBe(true);
  });

  it('cache-dir in uv.toml (no cache-local-path, no UV_CACHE_DIR): UV_CACHE_DIR points there, and that folder is what the cache saves and restores', async () => {
    const dir = makeProject({ 'pyproject.toml': project('configured', ['tiny-core==1.0.0']), 'uv.toml': 'cache-dir = ".uv-cache"\n' });
    await uvLock(dir);
    // UV_NO_CONFIG off: uv (and lockstep) read uv.toml, as on a real runner.
    const runner = hostedRunner(dir, { UV_NO_CONFIG: undefined });
    const cacheDir = path.join(dir, '.uv-cache');
    const first = await runner.run({ 'enable-cache': 'true' });
    expect(errorsOf(first.setup)).toEqual([]);
    expect(first.setup.env.UV_CACHE_DIR).toBe(cacheDir);
    // uv itself, run in the working directory without UV_CACHE_DIR, names the same folder.
    const uvSays = spawnSync(uvBinaryPath(), ['cache', 'dir'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: makeTempDir('home') } }).stdout.trim();
    expect(path.resolve(dir, uvSays)).toBe(cacheDir);
    expect(cachedFiles(cacheDir, 'tiny_core')).not.toEqual([]);
    expect(existsSync(path.join(runner.runnerTemp, 'lockstep-uv-cache'))).toBe(false);
    expect(first.post.stdout).toContain('Wheel store saved');
    // The next run starts from a fresh checkout: the folder comes back from the cache.
    rmSync(cacheDir, { recursive: true, force: true });
    const second = await runner.run({ 'enable-cache': 'true' });
    expect(second.setup.outputs['cache-hit']).toBe('true');
    expect(second.setup.env.UV_CACHE_DIR).toBe(cacheDir);
    expect(cachedFiles(cacheDir, 'tiny_core')).not.toEqual([]);
  });

  it('cache-dir in the workspace root\'s [tool.uv] for a member working-directory; UV_CACHE_DIR and cache-local-path come first, UV_NO_CONFIG ignores it, UV_CONFIG_FILE replaces it', async () => {
    const root = makeProject({
      'pyproject.toml': project('monorepo', [], '\n[tool.uv.workspace]\nmembers = ["packages/*"]\n\n[tool.uv]\ncache-dir = "../../.uv-cache"\n'),
      'packages/app/pyproject.toml': project('app', ['tiny-core==1.0.0'], '\n[tool.uv]\ncache-dir = "member-cache-uv-ignores"\n'),
    });
    await uvLock(root);
    const inputs = { 'working-directory': 'packages/app' };
    const configured = await step(root, inputs, { env: { UV_NO_CONFIG: undefined } });
    expect(errorsOf(configured)).toEqual([]);
    // Relative to the member folder, where uv resolves it: the workspace root's .uv-cache.
    expect(configured.env.UV_CACHE_DIR).toBe(path.join(root, '.uv-cache'));
    expect(cachedFiles(path.join(root, '.uv-cache'), 'tiny_core')).not.toEqual([]);

    const own = makeTempDir('own-cache');
    expect((await step(root, inputs, { env: { UV_NO_CONFIG: undefined, UV_CACHE_DIR: own } })).env.UV_CACHE_DIR).toBe(own);
    const inputDir = makeTempDir('input-cache');
    const input = await step(root, { ...inputs, 'cache-local-path': inputDir }, { env: { UV_NO_CONFIG: undefined, UV_CACHE_DIR: own } });
    expect(input.env.UV_CACHE_DIR).toBe(inputDir);
    const noConfig = await step(root, inputs, { env: { UV_NO_CONFIG: '1' } });
    expect(noConfig.env.UV_CACHE_DIR).not.toBe(path.join(root, '.uv-cache'));
    // UV_CONFIG_FILE: uv reads that file instead of discovering one.
    const configFile = path.join(makeTempDir('config'), 'ci-uv.toml');
    writeFileSync(configFile, `cache-dir = ${JSON.stringify(path.join(path.dirname(configFile), 'ci-cache'))}\n`);
    const fromFile = await step(root, inputs, { env: { UV_NO_CONFIG: undefined, UV_CONFIG_FILE: configFile } });
    expect(errorsOf(fromFile)).toEqual([]);
    expect(fromFile.env.UV_CACHE_DIR).toBe(path.join(path.dirname(configFile), 'ci-cache'));
  });

  it('cache-suffix and cache-dependency-glob join the cache key: a changed matched file falls back to the older store, another suffix is another store', async () => {
    const dir = makeProject({ 'pyproject.toml': project('keyed', ['tiny-core==1.0.0']), 'requirements-dev.txt': 'pytest\n' });
    await uvLock(dir);
    const runner = hostedRunner(dir);
    const inputs = { 'enable-cache': 'true', 'cache-suffix': 'gpu', 'cache-dependency-glob': 'requirements*.txt' };
    const first = await runner.run(inputs);
    expect(first.setup.outputs['cache-key']).toContain('-gpu-');
    expect(first.setup.outputs['cache-hit']).toBe('false');
    const second = await runner.run(inputs);
    expect(second.setup.outputs['cache-hit']).toBe('true');
    writeFileSync(path.join(dir, 'requirements-dev.txt'), 'pytest\nhypothesis\n');
    const changed = await runner.run(inputs);
    expect(changed.setup.outputs['cache-key']).not.toBe(first.setup.outputs['cache-key']);
    expect(changed.setup.outputs['cache-hit']).toBe('false');
    expect(changed.setup.outputs['cache-outcome']).toBe('fallback');
    const other = await runner.run({ ...inputs, 'cache-suffix': 'cpu' });
    expect(other.setup.outputs['cache-outcome']).toBe('miss');
  });

  it('enable-cache: auto (the default) is on for a branch push on a GitHub-hosted runner, off on a self-hosted runner and for a tag push, as setup-uv decides', async () => {
    const dir = makeProject({ 'pyproject.toml': project('auto', ['tiny-core==1.0.0']) });
    await uvLock(dir);
    const hosted = await hostedRunner(dir).run({});
    expect(hosted.setup.outputs['cache-key']).toMatch(/^lockstep-store-/);
    for (const env of [{ RUNNER_ENVIRONMENT: 'self-hosted' }, { GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_REF_NAME: 'v1.0.0' }]) {
      const off = await hostedRunner(dir, env).run({});
      expect(errorsOf(off.setup)).toEqual([]);
      expect(off.setup.outputs['cache-key']).toBe('');
      expect(off.setup.outputs['cache-hit']).toBe('false');
    }
  });

  it('an empty working directory with the cache on: no error or warning (ignore-empty-workdir), and the post step has nothing to save and succeeds (ignore-nothing-to-cache)', async () => {
    const dir = makeProject({});
    const job = await hostedRunner(dir).run({ 'enable-cache': 'true' });
    expect(job.setup.exitCode).toBe(0);
    expect(job.setup.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(job.setup.env.UV_PYTHON).toBe(job.setup.outputs['python-version']);
    expect(job.post.exitCode).toBe(0);
    expect(job.post.annotations).toEqual([]);
    expect(job.post.stdout).toContain('Wheel store: not saved');
    expect(cache.listEntries().map((e) => e.key)).not.toContain(job.setup.outputs['cache-key']);
  });

  it('venv-path is not an input: UV_PROJECT_ENVIRONMENT moves the environment, as uv itself honours it (venv output, VIRTUAL_ENV)', async () => {
    const dir = makeProject({ 'pyproject.toml': project('moved', ['tiny-core==1.0.0']) });
    await uvLock(dir);
    const elsewhere = path.join(makeTempDir('venvs'), 'custom-venv');
    const result = await step(dir, { 'activate-environment': 'true' }, { env: { UV_PROJECT_ENVIRONMENT: elsewhere } });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.venv).toBe(elsewhere);
    expect(result.env.VIRTUAL_ENV).toBe(elsewhere);
    expect(existsSync(path.join(dir, '.venv'))).toBe(false);
    expect(spawnSync(path.join(elsewhere, 'bin', 'python'), ['-c', 'import tiny_core']).status).toBe(0);
  });

  it('cache-python: interpreters uv installed come back on the next run (python-cache-hit)', async () => {
    const dir = makeProject({ 'pyproject.toml': project('py', []), '.python-version': '3.11\n' });
    await uvLock(dir);
    const runner = hostedRunner(dir);
    const inputs = { 'enable-cache': 'true', 'cache-python': 'true' };
    // Offline, uv finds the runner's Python; stand in for what `uv python install` leaves in the folder.
    const first = await runner.run(inputs, (setup) => {
      const installDir = setup.env.UV_PYTHON_INSTALL_DIR!;
      mkdirSync(path.join(installDir, 'cpython-3.11-linux-x86_64-gnu', 'bin'), { recursive: true });
      writeFileSync(path.join(installDir, 'cpython-3.11-linux-x86_64-gnu', 'bin', 'python3.11'), 'stand-in');
    });
    expect(first.setup.outputs['python-cache-hit']).toBe('false');
    expect(first.setup.env.UV_PYTHON_INSTALL_DIR).toBe(path.join(runner.runnerTemp, 'uv-python-dir'));
    expect(first.post.stdout).toContain('Python cache: saved as lockstep-python-');
    const second = await runner.run(inputs);
    expect(second.setup.outputs['python-cache-hit']).toBe('true');
    expect(existsSync(path.join(runner.runnerTemp, 'uv-python-dir', 'cpython-3.11-linux-x86_64-gnu', 'bin', 'python3.11'))).toBe(true);
    // Another request is another entry.
    const other = await runner.run({ ...inputs, 'python-version': '3.11.7' });
    expect(other.setup.outputs['python-cache-hit']).toBe('false');
  });
});

/**
 * CI runs of one job on a GitHub-hosted runner: the same RUNNER_TEMP path every run, emptied in
 * between (and the checkout's .venv with it), setup then post, against the fake cache service.
 */
function hostedRunner(dir: string, env: Record<string, string | undefined> = {}) {
  const runnerTemp = path.join(makeTempDir('runner'), '_temp');
  return {
    runnerTemp,
    async run(inputs: Record<string, string>, between?: (setup: ActionResult) => void) {
      rmSync(runnerTemp, { recursive: true, force: true });
      mkdirSync(runnerTemp, { recursive: true });
      rmSync(path.join(dir, '.venv'), { recursive: true, force: true });
      const job = new ActionJob({
        cwd: dir,
        toolCache,
        runnerTemp,
        event: { name: 'push', payload: { repository: { default_branch: 'main', full_name: 'octo-org/research' } } },
        env: { ...cache.env(), ...runnerEnv(), ...env },
      });
      const setup = await job.run('setup', { inputs });
      between?.(setup);
      const post = await job.run('post');
      return { setup, post };
    },
  };
}

/** Files under uv's cache folder whose path contains `name` (a wheel uv downloaded or unpacked). */
function cachedFiles(cacheDir: string, name: string): string[] {
  if (!existsSync(cacheDir)) return [];
  return (readdirSync(cacheDir, { recursive: true }) as string[]).filter((entry) => entry.includes(name));
}

// Keep the fixture helpers honest: the workspace test above relies on uv writing ONE lock at the root.
it('uv itself locks a workspace at its root (the layout the member test uses)', async () => {
  const root = makeProject({
    'pyproject.toml': project('ws', [], '\n[tool.uv.workspace]\nmembers = ["packages/*"]\n'),
    'packages/a/pyproject.toml': project('a', []),
  });
  mkdirSync(path.join(root, 'packages', 'a', 'src'), { recursive: true });
  await uvLock(path.join(root, 'packages', 'a'));
  expect(existsSync(path.join(root, 'uv.lock'))).toBe(true);
  expect(readFileSync(path.join(root, 'uv.lock'), 'utf8')).toContain('members = [');
});

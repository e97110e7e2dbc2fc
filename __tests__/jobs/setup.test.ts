/**
 * The setup action end to end: dist/setup.js runs as a child process with a runner's environment
 * (support/action-harness.ts), installs the real uv (cached PyPI wheel, served by a loopback index or
 * a loopback GitHub-release fake), finds this machine's Python 3.11, checks a lock made by real uv
 * against the local index, and builds a real .venv from small wheels the tests build.
 * Nothing here reaches the internet: UV_PYTHON_DOWNLOADS=never, every URL is 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { promisify } from 'node:util';
import { existsSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanupActionDirs, makeToolCache, runAction, type ActionResult, type RunActionOptions } from '../support/action-harness.js';
import { FakeGitHubReleases } from '../support/fake-github-releases.js';
import { cleanupTempDirs, copyProject, makeProject, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { REPO_ROOT, UV_TEST_VERSION, uvBinaryPath, uvWheelPath } from '../support/uv-binary.js';

let index: LocalIndex;
let github: FakeGitHubReleases;
/** A locked project (real `uv lock` against the local index); tests work on copies of it. */
let template: string;

const PYPROJECT = `[project]
name = "demo-research"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = [
    "tiny-core==1.0.0",
]

[project.optional-dependencies]
plots = ["tiny-plots==1.0.0"]

[dependency-groups]
dev = ["tiny-dev==1.0.0"]
docs = ["tiny-docs==1.0.0"]

[tool.uv]
package = false
`;

/**
 * uv itself, outside the action: makes the locks the fixtures commit. Asynchronous, because the
 * local index answers from this same process.
 */
async function uvLock(dir: string): Promise<void> {
  await promisify(execFile)(uvBinaryPath(), ['lock'], { cwd: dir, env: { ...uvEnv(), PATH: process.env.PATH ?? '' } });
}

function uvEnv(): Record<string, string> {
  return {
    UV_DEFAULT_INDEX: index.url,
    UV_CACHE_DIR: makeTempDir('uv-cache'),
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_CONFIG: '1',
  };
}

async function lockedProject(files: Record<string, string> = {}): Promise<string> {
  const dir = makeProject({ 'pyproject.toml': PYPROJECT, '.python-version': '3.11\n', ...files });
  await uvLock(dir);
  return dir;
}

/** Runs the action on `project` with the test network: the local index for uv and packages. */
function setup(project: string, options: RunActionOptions = {}): Promise<ActionResult> {
  return runAction('setup', {
    cwd: project,
    ...options,
    inputs: { 'uv-source': 'pypi', 'index-url': index.url, ...options.inputs },
    env: {
      ...uvEnv(),
      // Fail fast where a test makes a source unreachable.
      LOCKSTEP_HTTP_BACKOFF_MS: '20',
      LOCKSTEP_HTTP_TIMEOUT_MS: '5000',
      ...options.env,
    },
  });
}

function venvImports(project: string, module: string): boolean {
  return spawnSync(path.join(project, '.venv', 'bin', 'python'), ['-c', `import ${module}`]).status === 0;
}

function cachedUvVersions(toolCache: string): string[] {
  const dir = path.join(toolCache, 'uv');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function errors(result: ActionResult) {
  return result.annotations.filter((a) => a.level === 'error');
}

/** Serves the real uv wheel under another version's name (the same binary, as a newer/older release). */
function serveUvWheelAs(version: string): void {
  const wheel = uvWheelPath();
  const filename = path.basename(wheel).replace(`uv-${UV_TEST_VERSION}-`, `uv-${version}-`);
  index.addFile(readFileSync(wheel), { filename });
}

beforeAll(async () => {
  index = await LocalIndex.start();
  index.addFile(uvWheelPath());
  for (const version of ['0.13.1', '0.13.12', '0.14.0']) serveUvWheelAs(version);
  index.addWheel({ name: 'tiny-core', version: '1.0.0' });
  index.addWheel({ name: 'tiny-core', version: '1.1.0' });
  index.addWheel({ name: 'tiny-plots', version: '1.0.0' });
  index.addWheel({ name: 'tiny-dev', version: '1.0.0' });
  index.addWheel({ name: 'tiny-docs', version: '1.0.0' });
  github = await FakeGitHubReleases.start({ versions: [UV_TEST_VERSION, '0.13.12'] });
  template = await lockedProject();
});

afterAll(async () => {
  await index?.close();
  await github?.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

describe('setup: uv', () => {
  it('installs uv, Python and the locked .venv on a fresh runner, and reports every step', async () => {
    const project = copyProject(template);
    index.reset();
    const result = await setup(project);

    expect(result.exitCode).toBe(0);
    expect(result.outputs['uv-version']).toBe(UV_TEST_VERSION);
    expect(result.outputs['uv-path']).toBe(path.join(result.dirs.toolCache, 'uv', UV_TEST_VERSION, 'x64', 'uv'));
    expect(result.outputs['python-version']).toMatch(/^3\.11\.\d+$/);
    expect(existsSync(result.outputs['python-path']!)).toBe(true);
    expect(result.outputs['lock-status']).toBe('up-to-date');
    expect(result.outputs['venv']).toBe(path.join(project, '.venv'));
    expect(index.downloads('uv')).toBe(1);
    // uv first on PATH, then the activated venv; VIRTUAL_ENV for later steps.
    expect(result.path).toEqual([path.dirname(result.outputs['uv-path']!), path.join(project, '.venv', 'bin')]);
    expect(result.env.VIRTUAL_ENV).toBe(path.join(project, '.venv'));
    expect(result.env.UV_CACHE_DIR).toBeTruthy();
    // The lock's default group (dev) is installed; optional parts are not.
    expect(venvImports(project, 'tiny_core')).toBe(true);
    expect(venvImports(project, 'tiny_dev')).toBe(true);
    expect(venvImports(project, 'tiny_plots')).toBe(false);
    // One log group and one summary row per step.
    // The wheel store restores while `uv lock --check` runs (issue 15), then the check reports.
    expect(result.groups).toEqual(['Read project', 'Install uv', 'Python', 'Restore wheel store', 'Check uv.lock', 'Sync .venv', 'Load .env']);
    for (const step of result.groups.slice(0, -1)) expect(result.summary).toContain(`| ✅ ${step} |`);
    expect(result.summary).toContain('| ⏭️ Load .env | .env not found, skipped |');
    // A missing .env is skipped as documented: no annotation (the runner passes `env-file: .env` by default).
    expect(result.annotations.filter((a) => a.message.includes('.env'))).toEqual([]);
    expect(result.summary).toMatch(/Install uv \| uv 0\.13\.9 .*downloaded from pypi \| \d+\.\d+ s \|/);
    // State for the post step (the wheel-store save).
    expect(result.state['uv-cache-dir']).toBe(result.env.UV_CACHE_DIR);
  });

  it('takes uv from the tool cache on the second run without downloading it', async () => {
    const toolCache = makeToolCache();
    const first = await setup(copyProject(template), { toolCache });
    expect(first.exitCode).toBe(0);
    index.reset();

    const second = await setup(copyProject(template), { toolCache });
    expect(second.exitCode).toBe(0);
    expect(index.downloads('uv')).toBe(0);
    expect(second.outputs['uv-path']).toBe(first.outputs['uv-path']);
    expect(second.summary).toContain('tool cache');
  });

  it('fails on a checksum mismatch and leaves nothing in the tool cache', async () => {
    index.reset();
    index.failNext(`/files/uv-${UV_TEST_VERSION}-`, 'corrupt-hash');
    const result = await setup(copyProject(template));

    expect(result.exitCode).not.toBe(0);
    expect(index.downloads('uv')).toBe(1);
    expect(result.stdout).toMatch(/checksum mismatch/);
    expect(cachedUvVersions(result.dirs.toolCache)).toEqual([]);
    expect(result.outputs['uv-path']).toBeUndefined();
  });

  it('checksum (setup-uv input): a download that does not match it fails, annotated, and nothing is cached', async () => {
    index.reset();
    const result = await setup(copyProject(template), { inputs: { checksum: 'ab'.repeat(32) } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/checksum mismatch for uv-0\.13\.9-.*expected sha256 abab/);
    expect(errors(result)).toEqual([expect.objectContaining({ message: expect.stringContaining('the `checksum` input') })]);
    expect(cachedUvVersions(result.dirs.toolCache)).toEqual([]);
    const bad = await setup(copyProject(template), { inputs: { checksum: 'not-a-digest' } });
    expect(errors(bad)).toEqual([expect.objectContaining({ message: expect.stringContaining('checksum: `not-a-digest` is not a sha256') })]);
  });

  it('picks the newest release that satisfies [tool.uv] required-version', async () => {
    // Served: 0.13.1, 0.13.9, 0.13.12, 0.14.0; the real binary (0.13.9) satisfies the range too.
    const project = await lockedProject({ 'pyproject.toml': `${PYPROJECT}required-version = ">=0.13.2,<0.14"\n` });
    const result = await setup(project);

    expect(result.exitCode).toBe(0);
    expect(result.outputs['uv-version']).toBe('0.13.12');
    expect(cachedUvVersions(result.dirs.toolCache)).toEqual(['0.13.12']);
    expect(result.summary).toContain('from pyproject.toml');
  });

  it('prefers the version input to required-version', async () => {
    const project = await lockedProject({ 'pyproject.toml': `${PYPROJECT}required-version = ">=0.13.2,<0.14"\n` });
    const result = await setup(project, { inputs: { version: UV_TEST_VERSION } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['uv-version']).toBe(UV_TEST_VERSION);
  });

  it('downloads the GitHub release archive with uv-source github, verified against its .sha256', async () => {
    github.reset();
    index.reset();
    const result = await setup(copyProject(template), { inputs: { 'uv-source': 'github', 'github-url': github.url } });

    expect(result.exitCode).toBe(0);
    expect(github.downloads(UV_TEST_VERSION)).toBe(1);
    expect(index.downloads('uv')).toBe(0);
    expect(result.summary).toContain('downloaded from github');
    expect(venvImports(path.dirname(result.outputs['venv']!), 'tiny_core')).toBe(true);
  });

  it('fails when the GitHub archive does not match its .sha256, and auto does not fall back to PyPI', async () => {
    github.reset();
    index.reset();
    github.failNext('.tar.gz.sha256', 'wrong-checksum');
    const result = await setup(copyProject(template), { inputs: { 'uv-source': 'auto', 'github-url': github.url } });

    expect(result.exitCode).not.toBe(0);
    expect(index.downloads('uv')).toBe(0);
    expect(result.stdout).toMatch(/checksum mismatch/);
    expect(cachedUvVersions(result.dirs.toolCache)).toEqual([]);
  });

  it('auto falls back to PyPI when GitHub cannot be reached', async () => {
    await github.setDown(true);
    index.reset();
    try {
      const result = await setup(copyProject(template), { inputs: { 'uv-source': 'auto', 'github-url': github.url } });
      expect(result.exitCode).toBe(0);
      expect(index.downloads('uv')).toBe(1);
      expect(result.stdout).toMatch(/uv source github cannot be reached/);
      expect(result.summary).toContain('downloaded from pypi');
    } finally {
      await github.setDown(false);
    }
  });

  it('resolves required-version from the GitHub releases API with uv-source github', async () => {
    const project = await lockedProject({ 'pyproject.toml': `${PYPROJECT}required-version = ">=0.13.2,<0.14"\n` });
    github.reset();
    const result = await setup(project, { inputs: { 'uv-source': 'github', 'github-url': github.url } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['uv-version']).toBe('0.13.12');
    expect(github.downloads('0.13.12')).toBe(1);
  });

  it('sends github-token to the releases API only when that API issued it, never to a mirror', async () => {
    const project = await lockedProject({ 'pyproject.toml': `${PYPROJECT}required-version = ">=0.13.2,<0.14"\n` });
    const listings = () => github.requests.filter((r) => r.path.endsWith('/releases'));
    const inputs = { 'uv-source': 'github', 'github-url': github.url, 'github-token': 'ghs_workflowtoken' };

    github.reset();
    const mirror = await setup(project, { inputs, env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' } });
    expect(mirror.exitCode).toBe(0);
    expect(listings().length).toBeGreaterThan(0);
    expect(listings().map((r) => r.authorization)).toEqual(listings().map(() => undefined));

    // A GHES whose own API is the one github-url names: the token is that server's.
    github.reset();
    const ghes = await setup(copyProject(project), { inputs, env: { GITHUB_SERVER_URL: github.url, GITHUB_API_URL: github.apiUrl } });
    expect(ghes.exitCode).toBe(0);
    expect(listings().map((r) => r.authorization)).toContain('Bearer ghs_workflowtoken');
  });
});

describe('setup: project files', () => {
  it('fails on a stale lock with annotations on uv.lock and on the changed pyproject.toml line', async () => {
    const project = copyProject(template);
    const pyproject = readFileSync(path.join(project, 'pyproject.toml'), 'utf8').replace('tiny-core==1.0.0', 'tiny-core==1.1.0');
    writeFileSync(path.join(project, 'pyproject.toml'), pyproject);
    const changedLine = pyproject.split('\n').findIndex((l) => l.includes('tiny-core==1.1.0')) + 1;
    const result = await setup(project);

    expect(result.exitCode).not.toBe(0);
    expect(result.outputs['lock-status']).toBe('stale');
    const lockError = errors(result).find((a) => a.file === 'uv.lock');
    expect(lockError?.line).toBe(1);
    expect(lockError?.message).toContain('Run `uv lock`');
    const lineError = errors(result).find((a) => a.file === 'pyproject.toml');
    expect(lineError?.line).toBe(changedLine);
    expect(lineError?.message).toMatch(/tiny-core .*1\.1\.0[\s\S]*uv lock/);
    expect(existsSync(path.join(project, '.venv'))).toBe(false);
    expect(result.summary).toContain('❌ Check uv.lock');
  });

  it('fails on a missing lock, and creates it with locked: false', async () => {
    const project = copyProject(template);
    rmSync(path.join(project, 'uv.lock'));
    const strict = await setup(project);
    expect(strict.exitCode).not.toBe(0);
    expect(strict.outputs['lock-status']).toBe('missing');
    expect(errors(strict)[0]?.message).toMatch(/uv\.lock is missing[\s\S]*`uv lock`[\s\S]*locked: false/);

    const relaxed = await setup(project, { inputs: { locked: 'false' } });
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.outputs['lock-status']).toBe('missing');
    expect(relaxed.annotations.some((a) => a.level === 'warning' && /uv\.lock is missing/.test(a.message))).toBe(true);
    expect(existsSync(path.join(project, 'uv.lock'))).toBe(true);
    expect(venvImports(project, 'tiny_core')).toBe(true);
  });

  it('reports a malformed pyproject.toml with its line and column', async () => {
    const project = copyProject(template);
    writeFileSync(path.join(project, 'pyproject.toml'), '[project]\nname = "broken"\nversion = \n');
    const result = await setup(project);

    expect(result.exitCode).not.toBe(0);
    const error = errors(result)[0];
    expect(error?.file).toBe('pyproject.toml');
    expect(error?.line).toBe(3);
    expect(error?.col).toBeGreaterThan(0);
    expect(error?.message).toMatch(/invalid TOML/);
  });

  it('fails naming the interpreters it found when Python cannot be installed', async () => {
    const result = await setup(copyProject(template), { inputs: { 'python-version': '3.99' } });

    expect(result.exitCode).not.toBe(0);
    const message = result.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(message).toMatch(/Python 3\.99 .*not installed/);
    expect(message).toMatch(/Interpreters found that requires-python \(>=3\.11\) allows: .*3\.11\.\d+/);
    expect(message).toContain('python-version');
  });

  it('proposes only interpreters that requires-python allows when Python cannot be installed', async () => {
    const project = copyProject(template);
    writeFileSync(path.join(project, 'pyproject.toml'), readFileSync(path.join(project, 'pyproject.toml'), 'utf8').replace('requires-python = ">=3.11"', 'requires-python = ">=3.98"'));
    const result = await setup(project, { inputs: { 'python-version': '3.99' } });

    expect(result.exitCode).not.toBe(0);
    const message = result.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(message).toContain('Interpreters found that requires-python (>=3.98) allows: none.');
    expect(message).not.toMatch(/python-version: 3\.11/);
  });

  it('loads .env, warns about a malformed line by number without printing values, and masks secret-looking values', async () => {
    const project = copyProject(template);
    writeFileSync(
      path.join(project, '.env'),
      ['# settings', 'export DATA_DIR=data', 'this line is wrong', 'MESSAGE="two words"', 'API_TOKEN=tok-3f9a2c', ''].join('\n'),
    );
    const result = await setup(project);

    expect(result.exitCode).toBe(0);
    expect(result.env.DATA_DIR).toBe('data');
    expect(result.env.MESSAGE).toBe('two words');
    expect(result.env.API_TOKEN).toBe('tok-3f9a2c');
    const warning = result.annotations.find((a) => a.level === 'warning' && a.file === '.env');
    expect(warning?.line).toBe(3);
    expect(warning?.message).not.toContain('this line is wrong');
    expect(result.masks).toContain('tok-3f9a2c');
    // No value appears in the log except inside the mask command.
    const log = result.stdout.replace(/^::add-mask::.*$/m, '');
    for (const value of ['tok-3f9a2c', 'two words']) expect(log).not.toContain(value);
  });

  it('expands $NAME like `source .env`, and refuses names that would hijack later steps', async () => {
    const project = copyProject(template);
    writeFileSync(
      path.join(project, '.env'),
      ['export CKPT_DIR="$VIRTUAL_ENV/../ckpt"', 'export LD_PRELOAD=/tmp/evil.so', 'PATH=/tmp/evil', 'SEED=7', ''].join('\n'),
    );
    const result = await setup(project);
    expect(result.exitCode).toBe(0);
    expect(result.env.CKPT_DIR).toBe(`${path.join(project, '.venv')}/../ckpt`);
    expect(result.env.SEED).toBe('7');
    expect(result.env.LD_PRELOAD).toBeUndefined();
    expect(result.env.PATH).toBeUndefined();
    const protectedWarnings = result.annotations.filter((a) => a.level === 'warning' && a.title === 'protected variable in .env');
    expect(protectedWarnings.map((a) => a.line)).toEqual([2, 3]);
  });

  it('masks .env values by what they are, leaves harmless ones readable, and blocks what would take over later steps (issue 13)', async () => {
    const project = copyProject(template);
    const key = ['-----BEGIN OPENSSH PRIVATE KEY-----', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU', 'QyNTUxOQAAACDx9kL2mP0qZr8TnW3', '-----END OPENSSH PRIVATE KEY-----'];
    writeFileSync(
      path.join(project, '.env'),
      [
        'TOKENIZERS_PARALLELISM=false', 'MAX_TOKENS=512', 'AUTHOR=Jane', 'PASSES=3',
        'DATABASE_URL=postgres://app:db-pa55word@db.internal:5432/x', 'GH_PAT=ghp_0123456789abcdefghijABCDEFGHIJ0123', 'SENTRY_DSN=https://abc123def456@o1.ingest.sentry.io/42',
        `DEPLOY_KEY="${key.join('\n')}"`,
        'STOLEN=$ACTIONS_RUNTIME_TOKEN', 'OIDC="${ACTIONS_ID_TOKEN_REQUEST_TOKEN}"',
        'GIT_CONFIG_COUNT=1', 'GIT_CONFIG_KEY_0=core.fsmonitor', 'GIT_CONFIG_VALUE_0=/tmp/evil.sh', 'PYTHONSTARTUP=/tmp/evil.py', 'NODE_TLS_REJECT_UNAUTHORIZED=0', 'UV_INDEX_URL=http://127.0.0.1:9/evil/simple',
        '',
      ].join('\n'),
    );
    const result = await setup(project, { env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token-secret' } });
    expect(result.exitCode).toBe(0);
    // Harmless values are not masked (they would vanish from every later log line).
    for (const harmless of ['false', '512', 'Jane', '3']) expect(result.masks).not.toContain(harmless);
    expect(result.env).toMatchObject({ TOKENIZERS_PARALLELISM: 'false', MAX_TOKENS: '512', AUTHOR: 'Jane', PASSES: '3' });
    // Secrets are, by value: the URL's password, the token, the DSN, and each line of the key block.
    for (const secret of ['db-pa55word', 'ghp_0123456789abcdefghijABCDEFGHIJ0123', 'https://abc123def456@o1.ingest.sentry.io/42', ...key]) expect(result.masks).toContain(secret);
    // The runner's credentials do not expand into exported variables.
    expect(result.env.STOLEN).toBe('');
    expect(result.env.OIDC).toBe('');
    expect(JSON.stringify(result.env)).not.toMatch(/runtime-token-secret|oidc-token-secret/);
    for (const name of ['GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0', 'PYTHONSTARTUP', 'NODE_TLS_REJECT_UNAUTHORIZED', 'UV_INDEX_URL']) expect(result.env[name]).toBeUndefined();
    const indexWarning = result.annotations.find((a) => a.title === 'protected variable in .env' && a.message.includes('UV_INDEX_URL'));
    expect(indexWarning?.message).toContain('env-file-allow-index');

    const trusting = copyProject(template);
    writeFileSync(path.join(trusting, '.env'), `UV_INDEX_URL=${index.url}\n`);
    const allowed = await setup(trusting, { inputs: { 'env-file-allow-index': 'true' } });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.env.UV_INDEX_URL).toBe(index.url);
  });

  it('does not load a .env that is a symlink out of the workspace, nor a working-directory outside it (issue 13)', async () => {
    const project = copyProject(template);
    const elsewhere = makeTempDir('elsewhere');
    writeFileSync(path.join(elsewhere, 'secrets.env'), 'STOLEN_FROM_RUNNER=ghp_0123456789abcdefghijABCDEFGHIJ0123\n');
    symlinkSync(path.join(elsewhere, 'secrets.env'), path.join(project, '.env'));
    const result = await setup(project);
    expect(result.exitCode).toBe(0);
    expect(result.env.STOLEN_FROM_RUNNER).toBeUndefined();
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'env-file outside the workspace' }));

    const escaped = await setup(project, { inputs: { 'working-directory': '../../etc' } });
    expect(escaped.exitCode).toBe(1);
    expect(escaped.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n')).toContain('leaves the workspace');
  });

  it('installs the groups and extras it is asked for, and only those', async () => {
    const project = copyProject(template);
    const result = await setup(project, { inputs: { groups: 'docs', extras: 'plots' } });
    expect(result.exitCode).toBe(0);
    expect(venvImports(project, 'tiny_docs')).toBe(true);
    expect(venvImports(project, 'tiny_plots')).toBe(true);

    const plain = copyProject(template);
    const without = await setup(plain, { inputs: { 'all-extras': 'true', 'activate-environment': 'false' } });
    expect(without.exitCode).toBe(0);
    expect(venvImports(plain, 'tiny_plots')).toBe(true);
    expect(venvImports(plain, 'tiny_docs')).toBe(false);
    expect(without.env.VIRTUAL_ENV).toBeUndefined();
    expect(without.path).not.toContain(path.join(plain, '.venv', 'bin'));
  });

  it('works in a working-directory below the workspace, with annotations relative to the workspace', async () => {
    const workspace = makeTempDir('workspace');
    const project = path.join(workspace, 'research');
    cpSync(template, project, { recursive: true });
    writeFileSync(path.join(project, 'pyproject.toml'), readFileSync(path.join(project, 'pyproject.toml'), 'utf8').replace('tiny-core==1.0.0', 'tiny-core==1.1.0'));
    const result = await setup(project, { cwd: workspace, workspace, inputs: { 'working-directory': 'research' } });
    expect(result.exitCode).not.toBe(0);
    expect(errors(result).map((a) => a.file)).toEqual(expect.arrayContaining(['research/uv.lock', 'research/pyproject.toml']));
  });
});

describe('setup: lock matrix check (targets)', () => {
  /** A project whose lock needs `name` from an sdist only (the in-tree backend builds offline). */
  async function projectNeedingSdist(name: string): Promise<string> {
    const project = await lockedProject({
      'pyproject.toml': PYPROJECT.replace('"tiny-core==1.0.0",', `"tiny-core==1.0.0",\n    "${name}==0.9.3",`),
    });
    return project;
  }

  /** 1-based line of the `[[package]]` header of `name` in the project's uv.lock. */
  function lockLineOf(project: string, name: string): number {
    const lines = readFileSync(path.join(project, 'uv.lock'), 'utf8').split('\n');
    const nameLine = lines.findIndex((l) => l === `name = "${name}"`);
    expect(lines[nameLine - 1]).toBe('[[package]]');
    return nameLine; // the header is the line above: 0-based index of the name = 1-based header line
  }

  beforeAll(() => {
    index.addSdist({ name: 'fasttext', version: '0.9.3', backend: 'in-tree' });
    index.addSdist({ name: 'tiny-src', version: '0.9.3', backend: 'in-tree' });
  });

  it('fails before uv sync on an error finding (fail-on: error), with the table in the summary and an annotation on the uv.lock line', async () => {
    const project = await projectNeedingSdist('fasttext');
    const result = await setup(project, { inputs: { targets: '3.11:x86_64-manylinux_2_28' } });

    expect(result.exitCode).toBe(1);
    expect(result.outputs['check-result']).toBe('errors');
    const error = errors(result).find((a) => a.title?.includes('sdist-build'));
    expect(error?.file).toBe('uv.lock');
    expect(error?.line).toBe(lockLineOf(project, 'fasttext'));
    expect(error?.message).toMatch(/fasttext 0\.9\.3 has no compatible wheel[\s\S]*fasttext-wheel/);
    // The step stops before the wheel store and the sync.
    expect(result.groups).toEqual(['Read project', 'Install uv', 'Python', 'Check uv.lock', 'Check lock matrix']);
    expect(existsSync(path.join(project, '.venv'))).toBe(false);
    expect(result.summary).toContain('❌ Check lock matrix');
    expect(result.summary).toContain('| Package | Version | `cp311-x86_64-manylinux_2_28` |');
    expect(result.summary).toContain('| fasttext | 0\\.9\\.3 | 🔨 |'); // versions are Markdown-escaped
    // The JSON report is the `lockstep check --format json` shape, under RUNNER_TEMP.
    const jsonPath = result.outputs['report-path']!;
    expect(jsonPath.startsWith(result.dirs.runnerTemp)).toBe(true);
    const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(report.schema).toBe(1);
    expect(report.targets.map((t: { id: string }) => t.id)).toEqual(['cp311-x86_64-manylinux_2_28']);
    const fasttext = report.packages.find((p: { name: string }) => p.name === 'fasttext');
    expect(fasttext.verdicts['cp311-x86_64-manylinux_2_28']).toEqual({ status: 'sdist', file: 'fasttext-0.9.3.tar.gz' });
  });

  it('reports but does not fail with fail-on: never, and then builds the .venv', async () => {
    const project = await projectNeedingSdist('fasttext');
    const result = await setup(project, { inputs: { targets: '3.11:x86_64-manylinux_2_28', 'fail-on': 'never' } });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['check-result']).toBe('errors');
    expect(errors(result).some((a) => a.file === 'uv.lock' && a.line === lockLineOf(project, 'fasttext'))).toBe(true);
    expect(result.summary).toContain('✅ Check lock matrix');
    expect(result.summary).toContain('(fail-on: never)');
    expect(venvImports(project, 'fasttext')).toBe(true);
  });

  it('annotates an ordinary sdist build as a warning, which fails the step only with fail-on: warning', async () => {
    const project = await projectNeedingSdist('tiny-src');
    const lenient = await setup(project, { inputs: { targets: '3.11:x86_64-manylinux_2_28\n3.12:aarch64-apple-darwin' } });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs['check-result']).toBe('warnings');
    const warnings = lenient.annotations.filter((a) => a.level === 'warning' && a.title?.includes('sdist-build'));
    // Built from source on both targets: one finding for the package, on its uv.lock entry.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'uv.lock', line: lockLineOf(project, 'tiny-src') });
    expect(warnings[0]!.message).toContain('tiny-src 0.9.3 has no compatible wheel on any target');
    expect(venvImports(project, 'tiny_src')).toBe(true);

    const strict = await setup(copyProject(project), { inputs: { targets: '3.11:x86_64-manylinux_2_28', 'fail-on': 'warning' } });
    expect(strict.exitCode).toBe(1);
    expect(strict.outputs['check-result']).toBe('warnings');
    expect(strict.outputs['venv']).toBeUndefined();
  });

  it('passes on a clean project with targets: auto (every Python inside requires-python × the default platforms, and this run\'s own target)', async () => {
    const result = await setup(copyProject(template), { inputs: { targets: 'auto' } });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['check-result']).toBe('pass');
    expect(result.annotations.filter((a) => a.title?.startsWith('lockstep check'))).toEqual([]);
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'));
    const defaults = ['311', '312', '313', '314'].flatMap((py) => ['x86_64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'].map((p) => `cp${py}-${p}`));
    expect(report.targets.slice(0, 12).map((t: { id: string }) => t.id)).toEqual(defaults);
    // The interpreter this step installs with (.python-version: 3.11) on this machine's platform is declared.
    const own = report.targets.filter((t: { origin: { python: string } }) => t.origin.python === 'this-run');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ python: '3.11', provenance: 'declared' });
    expect(result.groups).toEqual(['Read project', 'Install uv', 'Python', 'Check uv.lock', 'Check lock matrix', 'Restore wheel store', 'Sync .venv', 'Load .env']);
    expect(result.summary).toContain(`✅ **No errors**; 0 warning(s) across ${report.targets.length} targets.`);
  });

  it('targets: auto: a package with no wheel for CPython 3.14 or for macOS/Windows (only implied) warns with the fix, and the .venv is synced', async () => {
    for (const tag of ['cp311-cp311-manylinux_2_17_x86_64', 'cp312-cp312-manylinux_2_17_x86_64', 'cp313-cp313-manylinux_2_17_x86_64']) {
      index.addWheel({ name: 'tiny-native', version: '1.0.0', tag });
    }
    const project = await lockedProject({ 'pyproject.toml': PYPROJECT.replace('"tiny-core==1.0.0",', '"tiny-core==1.0.0",\n    "tiny-native==1.0.0",') });
    const result = await setup(project, { inputs: { targets: 'auto' } });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['check-result']).toBe('warnings');
    expect(errors(result)).toEqual([]);
    const warnings = result.annotations.filter((a) => a.level === 'warning' && a.title === 'lockstep check: no-distribution (tiny-native)');
    const py314 = warnings.find((a) => /CPython 3\.14 is only implied/.test(a.message))!;
    expect(py314.message).toContain('`requires-python = ">=3.11,<3.14"`');
    expect(py314.message).toContain('required-environments');
    expect(warnings.some((a) => /aarch64-apple-darwin is only implied: the project declares no platforms/.test(a.message))).toBe(true);
    expect(venvImports(project, 'tiny_native')).toBe(true);
    expect(result.summary).toMatch(/problems? occurs? only on implied targets: warnings/);
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8'));
    const implied = report.findings.filter((f: { package: string }) => f.package === 'tiny-native');
    expect(implied.length).toBeGreaterThan(0);
    expect(implied.every((f: { provenance: string; severity: string }) => f.provenance === 'implied' && f.severity === 'warning')).toBe(true);
  });

  it('skips the check with a warning when uv.lock is stale and locked: false lets uv sync re-resolve', async () => {
    const project = copyProject(template);
    writeFileSync(path.join(project, 'pyproject.toml'), readFileSync(path.join(project, 'pyproject.toml'), 'utf8').replace('tiny-core==1.0.0', 'tiny-core==1.1.0'));
    const result = await setup(project, { inputs: { targets: 'auto', locked: 'false' } });

    expect(result.exitCode).toBe(0);
    expect(result.outputs['check-result']).toBeUndefined();
    expect(result.annotations.some((a) => a.level === 'warning' && /lock matrix check is skipped because uv\.lock is stale/.test(a.message))).toBe(true);
    expect(result.summary).toContain('| ⏭️ Check lock matrix | skipped: uv.lock is stale |');
  });

  it('fails before installing anything on a bad targets item, naming it and the valid platforms', async () => {
    index.reset();
    const result = await setup(copyProject(template), { inputs: { targets: '3.11:x86_64-manylinux_2_28, 3.12:x86_64-linux' } });

    expect(result.exitCode).not.toBe(0);
    expect(index.downloads('uv')).toBe(0);
    const message = errors(result)[0]?.message ?? '';
    expect(message).toContain('targets item `3.12:x86_64-linux`: unknown platform `x86_64-linux`');
    expect(message).toMatch(/Valid platforms .*x86_64-manylinux_2_28/);
    expect(message).toMatch(/Valid platforms .*aarch64-apple-darwin/);
  });
});

describe('action.yml', () => {
  // The README is written from action.yml: every input the job reads and every output it sets must be there.
  const actionYml = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
  const section = (name: string) => {
    const body = actionYml.split(new RegExp(`^${name}:\\n`, 'm'))[1]?.split(/^\S/m)[0] ?? '';
    return [...body.matchAll(/^  ([\w-]+):\n    description: (.+)/gm)].map((m) => ({ name: m[1]!, description: m[2]! }));
  };
  const setupDir = path.join(REPO_ROOT, 'src', 'jobs', 'setup');
  const jobSource = (readdirSync(setupDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(setupDir, f), 'utf8'))
    .join('\n');

  it('documents every input the setup job reads and every output it sets', () => {
    const inputs = section('inputs').map((i) => i.name);
    const outputs = section('outputs').map((o) => o.name);
    const read = [...jobSource.matchAll(/runner\.(?:input|booleanInput)\('([\w-]+)'/g)].map((m) => m[1]!);
    const set = [...jobSource.matchAll(/runner\.setOutput\('([\w-]+)'/g)].map((m) => m[1]!);
    expect(read.length).toBeGreaterThan(10);
    expect(inputs).toEqual(expect.arrayContaining(read));
    expect(outputs).toEqual(expect.arrayContaining(set));
    for (const entry of [...section('inputs'), ...section('outputs')]) expect(entry.description.trim()).not.toBe('');
  });

  it('runs the bundled setup on node24 with the post step after success', () => {
    expect(actionYml).toMatch(/^runs:\n  using: node24\n  main: dist\/setup\.js\n  post: dist\/post\.js\n  post-if: success\(\)/m);
  });
});

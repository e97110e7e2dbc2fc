/**
 * The review action end to end: the bundled entry runs as a step (support/action-harness) in a real git
 * checkout whose base/head commits hold hand-made or corpus projects, and talks to the stateful fake
 * GitHub (every request checked against GitHub's OpenAPI description).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REVIEW_MARKER } from '../../src/core/review/index.js';
import { cleanupActionDirs, runAction, type ActionResult } from '../support/action-harness.js';
import { FakeGitHub, faults } from '../support/fake-github.js';
import { cleanupTempDirs, makeProject, makeTempDir, uvWorkspaceFiles } from '../support/fixture-project.js';
import { REPO_ROOT, uvBinaryPath } from '../support/uv-binary.js';
import { bundleEntry } from '../support/verify-fixtures.js';
import { recordingRunner } from '../support/recording-runner.js';
import { run as runReview } from '../../src/jobs/review.js';
import { bumpLockedPackage, CUBLAS_CU11, CUBLAS_CU12, FASTTEXT, FASTTEXT_WHEEL, git, handMadeProject, ProjectRepo, TORCH_CU124, TQDM } from '../core/review/projects.js';

const OWNER = 'octo-org';
let fake: FakeGitHub;
let entry: string;
let repoCount = 0;

beforeAll(async () => {
  [fake, entry] = await Promise.all([FakeGitHub.start(), bundleEntry('review')]);
});

afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake?.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

interface Pr {
  repo: string;
  number: number;
}

/** Publishes the local repository (all branches) as a fake GitHub repository and opens a PR from `head`. */
function publish(local: ProjectRepo, options: { head?: string; headOwner?: string } = {}): Pr {
  const repo = `research-${++repoCount}`;
  fake.createRepository({ owner: OWNER, repo, fromGit: local.dir });
  const number = fake.openPullRequest({ owner: OWNER, repo, head: options.head ?? 'feature', headOwner: options.headOwner });
  return { repo, number };
}

function review(pr: Pr, base: string, head: string, options: { workspace: string; inputs?: Record<string, string>; token?: string }): Promise<ActionResult> {
  return runAction(entry, {
    cwd: options.workspace,
    workspace: options.workspace,
    // online: false keeps these tests on loopback (their locks name pypi.org); review-online.test.ts covers it.
    inputs: { 'python-version': '3.11,3.12', platform: 'x86_64-manylinux_2_28', 'github-token': options.token ?? 'test-token', online: 'false', ...options.inputs },
    env: { ...fake.clientEnv(), GITHUB_REPOSITORY: `${OWNER}/${pr.repo}` },
    event: { name: 'pull_request', payload: { number: pr.number, pull_request: { number: pr.number, base: { sha: base }, head: { sha: head } } } },
  });
}

const comments = (pr: Pr) => fake.comments(OWNER, pr.repo, pr.number);
const lockstepComments = (pr: Pr) => comments(pr).filter((c) => c.body.includes(REVIEW_MARKER));
/** 1-based line of `name`'s `[[package]]` header in a lock text. */
const headerLine = (lock: string, name: string) => lock.split('\n').indexOf(`name = "${name}"`);

describe('review action', () => {
  it('comments on a head that adds fasttext, then edits the same comment to "All fixed" after the fix', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.branch('feature');
    const broken = handMadeProject([TQDM, FASTTEXT]);
    const addsFasttext = local.commit(broken, 'add fasttext');
    const fixed = local.commit(handMadeProject([TQDM, FASTTEXT_WHEEL]), 'use fasttext-wheel');
    local.checkout('main');
    const pr = publish(local);

    const first = await review(pr, base, addsFasttext, { workspace: local.dir });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(1); // fail-on: error (default)
    expect(first.outputs).toMatchObject({ introduced: '1', errors: '1', comment: 'created' });
    expect(first.masks).toContain('test-token');
    expect(lockstepComments(pr)).toHaveLength(1);
    const created = lockstepComments(pr)[0]!;
    expect(created.body).toContain('❌ **This pull request introduces 1 problem**');
    expect(created.body).toMatch(/^\| ❌ \| \*\*fasttext\*\* 0\\\.9\\\.3 \| source build: .* \| all 2 targets \|$/m);
    expect(created.body).toContain('`fasttext-wheel==0.9.2`');
    expect(created.body).toContain('override-dependencies = ["fasttext ; sys_platform == \'never\'"]');
    expect(first.outputs['comment-url']).toBe(`https://github.com/${OWNER}/${pr.repo}/pull/${pr.number}#issuecomment-${created.id}`);
    // The error annotation points at fasttext's entry in the head's uv.lock.
    expect(first.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'uv.lock', line: headerLine(broken['uv.lock'], 'fasttext'), title: 'lockstep review: sdist-build fasttext' }),
    );
    expect(first.summary).toContain('| **fasttext** 0\\.9\\.3 |');
    expect(first.summary).not.toContain(REVIEW_MARKER);

    const second = await review(pr, base, fixed, { workspace: local.dir });
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ introduced: '0', errors: '0', comment: 'updated' });
    expect(comments(pr)).toHaveLength(1);
    const updated = comments(pr)[0]!;
    expect(updated.id).toBe(created.id);
    expect(updated.body).toContain('✅ **All fixed**');
    expect(updated.body).not.toContain('| **fasttext** 0\\.9\\.3 |');
    expect(updated.body).toContain('| ➕ added | fasttext-wheel | | 0\\.9\\.2 |');

    const again = await review(pr, base, fixed, { workspace: local.dir });
    expect(again.outputs.comment).toBe('unchanged');
    expect(fake.requestsTo('PATCH', new RegExp(`/${pr.repo}/issues/comments/`))).toHaveLength(1);
  });

  it('reports torch +cu124 with a cu11 package as a CUDA mismatch (project in a subfolder, fail-on: never)', async () => {
    const local = new ProjectRepo();
    const base = local.commit(Object.fromEntries(Object.entries(handMadeProject([TORCH_CU124, CUBLAS_CU12])).map(([f, t]) => [`ml/${f}`, t])), 'base');
    local.branch('feature');
    const head = local.commit(Object.fromEntries(Object.entries(handMadeProject([TORCH_CU124, CUBLAS_CU11])).map(([f, t]) => [`ml/${f}`, t])), 'cu11 cublas');
    local.checkout('main');
    const pr = publish(local);

    const run = await review(pr, base, head, { workspace: local.dir, inputs: { 'working-directory': 'ml', 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ introduced: '1', errors: '2', comment: 'created' });
    const body = lockstepComments(pr)[0]!.body;
    expect(body).toMatch(/^\| ❌ \| \*\*nvidia-cublas-cu11\*\* 11\\\.11\\\.3\\\.6 \| CUDA mismatch: .* \| all 2 targets \|$/m);
    expect(body).toContain('`nvidia-cublas-cu12`');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.file)).toEqual(['ml/uv.lock', 'ml/uv.lock']);
  });

  it('caps annotations like setup does: 40 new source builds give 9 annotations and one "31 more" (issue 13)', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.branch('feature');
    const builds = Array.from({ length: 40 }, (_, i) => ({ name: `needs-build-${i}`, version: '1.0', sdist: true }));
    const head = local.commit(handMadeProject([TQDM, ...builds]), '40 source builds');
    local.checkout('main');
    const pr = publish(local);
    const run = await review(pr, base, head, { workspace: local.dir, inputs: { 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.introduced).toBe('40');
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings.at(-1)!.message).toMatch(/…and 31 more warnings this pull request introduces/);
    expect(lockstepComments(pr)[0]!.body).toContain('needs-build-39');
  });

  it('a package name from the PR carrying \\n + U+0085 + ::add-mask:: issues no command (pull_request_target, write token) (issue 13)', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.branch('feature');
    // TOML escapes: the lock's name holds a real newline and NEL, as a hostile uv.lock can.
    const hostile = { name: 'evil\\n\\u0085::add-mask::stolen-by-nel', version: '1.0', sdist: true };
    const head = local.commit(handMadeProject([TQDM, hostile]), 'hostile name');
    local.checkout('main');
    const pr = publish(local);
    const run = await review(pr, base, head, { workspace: local.dir, inputs: { 'fail-on': 'never' } });
    expect(run.stdout).toContain('\u0085::add-mask::stolen-by-nel');
    expect(run.masks).toEqual(['test-token']); // only our own
  });

  it('posts nothing for unrelated changes to a corpus project: a README edit, a pure-Python wheel bump', async () => {
    const local = new ProjectRepo();
    local.copyCorpus('karpathy__nanochat');
    const base = local.commit({}, 'nanochat as in the corpus');
    local.branch('feature');
    const readme = local.commit({ 'README.md': '# nanochat\n\nNow with docs.\n' }, 'docs');
    const bump = local.commit({ 'uv.lock': bumpLockedPackage(local.read('uv.lock'), 'idna', '3.10', '3.11') }, 'bump idna');
    local.checkout('main');
    const pr = publish(local);

    for (const head of [readme, bump]) {
      const run = await review(pr, base, head, { workspace: local.dir, inputs: { 'python-version': '3.11' } });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ introduced: '0', comment: 'none' });
      expect(run.summary).toContain('✅ **Nothing introduced**');
    }
    expect(comments(pr)).toEqual([]);
    expect(fake.requestsTo('POST', /\/issues\/\d+\/comments$/).filter((r) => r.path.includes(`/${pr.repo}/`))).toEqual([]);
  });

  it('bad input is ONE error annotation with the fix, and no stack trace', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    const pr = publish(local);
    const run = await review(pr, base, base, { workspace: local.dir, inputs: { 'fail-on': 'sometimes' } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toEqual([expect.objectContaining({ title: 'lockstep review', message: expect.stringContaining('Set `fail-on: error` to fail the step on errors') })]);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('refuses a working-directory that leaves the repository (../../etc once passed as ./../etc) (issue 13)', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    const pr = publish(local);
    for (const dir of ['../../etc', './../etc', '/etc']) {
      const run = await review(pr, base, base, { workspace: local.dir, inputs: { 'working-directory': dir } });
      expect(run.exitCode).toBe(1);
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ message: expect.stringContaining('leaves the repository') })]);
    }
  });

  it('an internal error is one annotation with its message; the stack goes to the debug log only', async () => {
    const eventFile = path.join(makeTempDir('review-event'), 'event.json');
    writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 1, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } }));
    const { runner, record } = recordingRunner({ 'github-token': 'test-token' });
    await runReview({
      runner,
      env: { GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: `${OWNER}/unused`, GITHUB_WORKSPACE: makeTempDir('review-ws') },
      github: () => {
        throw new TypeError('client exploded');
      },
    });
    expect(record.failed).toBe(true);
    expect(record.annotations).toEqual([{ level: 'error', message: 'lockstep review failed: client exploded' }]);
    expect(record.debug.join('\n')).toMatch(/TypeError: client exploded\n\s+at /);
  });

  it('falls back to the job summary and annotations on a fork PR whose token cannot comment', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.branch('feature');
    const head = local.commit(handMadeProject([TQDM, FASTTEXT]), 'add fasttext');
    local.checkout('main');
    const pr = publish(local, { headOwner: 'forker' });

    const run = await review(pr, base, head, { workspace: local.dir, token: 'ghs_fork_pr_token' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ introduced: '1', comment: 'not-permitted' });
    expect(comments(pr)).toEqual([]);
    expect(fake.requestsTo('POST', `/repos/${OWNER}/${pr.repo}/issues/${pr.number}/comments`).map((r) => r.status)).toEqual([403]);
    expect(run.summary).toContain('lockstep could not comment on this pull request: the workflow token is read-only');
    expect(run.summary).toContain('| **fasttext** 0\\.9\\.3 |');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', title: 'lockstep review: no comment permission' }));
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'uv.lock', title: 'lockstep review: sdist-build fasttext' }));
  });

  it('retries a GitHub 5xx on posting; when GitHub keeps failing the review still lands in the summary', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.branch('feature');
    const head = local.commit(handMadeProject([TQDM, FASTTEXT]), 'add fasttext');
    local.checkout('main');
    const pr = publish(local);
    const endpoint = `/repos/${OWNER}/${pr.repo}/issues/${pr.number}/comments`;

    fake.failNext('POST', endpoint, faults.serverError(502));
    const retried = await review(pr, base, head, { workspace: local.dir });
    expect(retried.outputs.comment).toBe('created');
    expect(fake.requestsTo('POST', endpoint).map((r) => r.status)).toEqual([502, 201]);

    // One attempt plus the client's 3 retries, all refused.
    fake.failNext('PATCH', new RegExp(`/${pr.repo}/issues/comments/\\d+$`), { ...faults.serverError(503), times: 4 });
    local.checkout('feature');
    const later = local.commit({ 'README.md': 'docs\n' }, 'unrelated push');
    local.checkout('main');
    // Only cp311 now: the comment body changes, so it must be edited (and GitHub refuses the edit).
    const down = await review(pr, base, later, { workspace: local.dir, inputs: { 'python-version': '3.11' } });
    expect(down.exitCode).toBe(1);
    expect(down.outputs.comment).toBe('failed');
    expect(down.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'lockstep review: comment failed' }));
    expect(down.summary).toContain('| **fasttext** 0\\.9\\.3 |');
    expect(fake.requestsTo('PATCH', new RegExp(`/${pr.repo}/issues/comments/`)).map((r) => r.status)).toEqual([503, 503, 503, 503]);
  });

  it('finds its earlier comment on page 2 of a PR with more than 100 comments and edits it', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.branch('feature');
    const head = local.commit(handMadeProject([TQDM, FASTTEXT]), 'add fasttext');
    local.checkout('main');
    const pr = publish(local);
    fake.addComments(OWNER, pr.repo, pr.number, Array.from({ length: 120 }, (_, i) => (i === 3 ? `quoting the bot: ${REVIEW_MARKER} please look` : `discussion ${i}`)));
    const [old] = fake.addComments(OWNER, pr.repo, pr.number, [`${REVIEW_MARKER}\n### lockstep review\n\nan older report`], 'github-actions[bot]');
    fake.addComments(OWNER, pr.repo, pr.number, ['one more']);

    const run = await review(pr, base, head, { workspace: local.dir });
    expect(run.outputs.comment).toBe('updated');
    expect(comments(pr)).toHaveLength(122);
    const ours = comments(pr).filter((c) => c.body.startsWith(REVIEW_MARKER));
    expect(ours.map((c) => c.id)).toEqual([old]);
    expect(ours[0]!.body).toContain('| **fasttext** 0\\.9\\.3 |');
    expect(comments(pr)[3]!.body).toBe(`quoting the bot: ${REVIEW_MARKER} please look`);
    const listed = fake.requestsTo('GET', `/repos/${OWNER}/${pr.repo}/issues/${pr.number}/comments`).map((r) => new URL(r.path, fake.url).searchParams.get('page') ?? '1');
    expect(listed).toEqual(['1', '2']);
  });

  it('reads both sides through the contents API when there is no checkout', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.branch('feature');
    const head = local.commit(handMadeProject([TQDM, FASTTEXT]), 'add fasttext');
    local.checkout('main');
    const pr = publish(local);

    const run = await review(pr, base, head, { workspace: makeTempDir('no-checkout') });
    expect(run.outputs).toMatchObject({ introduced: '1', comment: 'created' });
    expect(run.stdout).toContain('through the GitHub API (static reading only)');
    const reads = fake.requestsTo('GET', new RegExp(`^/repos/${OWNER}/${pr.repo}/contents/`)).map((r) => r.path);
    expect(reads).toEqual(expect.arrayContaining([`/repos/${OWNER}/${pr.repo}/contents/uv.lock?ref=${base}`, `/repos/${OWNER}/${pr.repo}/contents/uv.lock?ref=${head}`]));
  });

  it('fetches the base and head commits a shallow checkout lacks, then reads them with git', async () => {
    const local = new ProjectRepo();
    const base = local.commit(handMadeProject([TQDM]), 'base');
    local.commit({ 'README.md': 'later on main\n' }, 'main moves on');
    local.branch('feature', base);
    const head = local.commit(handMadeProject([TQDM, FASTTEXT]), 'add fasttext');
    local.checkout('main');
    const pr = publish(local);
    // Like actions/checkout's default: one commit deep, neither the base nor the head sha present.
    const checkout = makeTempDir('shallow');
    git(checkout, ['clone', '--quiet', '--depth', '1', '--branch', 'main', `file://${local.dir}`, '.']);
    expect(() => git(checkout, ['cat-file', '-e', head])).toThrow();

    const run = await review(pr, base, head, { workspace: checkout });
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({ introduced: '1', comment: 'created' });
    expect(run.stdout).toContain('through git (static reading only)');
    expect(fake.requestsTo('GET', new RegExp(`^/repos/${OWNER}/${pr.repo}/contents/`))).toEqual([]);
  });

  it('judges the head against an empty base when the configured extra exists only in the head', async () => {
    const local = new ProjectRepo();
    const plain = handMadeProject([TQDM]);
    const base = local.commit(plain, 'base');
    local.branch('feature');
    // The PR adds an optional dependency group `fast` with fasttext in it (pyproject and lock together).
    const head = local.commit(
      {
        'pyproject.toml': `${plain['pyproject.toml']}\n[project.optional-dependencies]\nfast = ["fasttext==0.9.3"]\n`,
        'uv.lock': `${plain['uv.lock'].replace(
          'requires-dist = [{ name = "tqdm", specifier = "==4.67.1" }]',
          '[package.optional-dependencies]\nfast = [\n    { name = "fasttext" },\n]\n\n[package.metadata]\nrequires-dist = [{ name = "fasttext", marker = "extra == \'fast\'", specifier = "==0.9.3" }, { name = "tqdm", specifier = "==4.67.1" }]\nprovides-extras = ["fast"]',
        ).replace('\n[package.metadata]\n[package.optional-dependencies]', '\n[package.optional-dependencies]')}\n[[package]]\nname = "fasttext"\nversion = "0.9.3"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "https://files.pythonhosted.org/packages/00/00/fasttext-0.9.3.tar.gz", hash = "sha256:${'0'.repeat(64)}", size = 1000 }\n`,
      },
      'extra fast',
    );
    local.checkout('main');
    const pr = publish(local);

    const run = await review(pr, base, head, { workspace: local.dir, inputs: { extras: 'fast' } });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'lockstep review: base not checked' }));
    expect(run.outputs).toMatchObject({ introduced: '1', comment: 'created' });
    expect(lockstepComments(pr)[0]!.body).toContain('| **fasttext** 0\\.9\\.3 |');
  });

  it('action.yml declares the contract inputs and outputs and runs the bundled entry', () => {
    const yml = readFileSync(path.join(REPO_ROOT, 'review', 'action.yml'), 'utf8');
    const keys = (section: string) => [...(yml.split(`\n${section}:\n`)[1]!.split(/\n\S/)[0]!.matchAll(/^ {2}([\w-]+):$/gm))].map((m) => m[1]);
    expect(keys('inputs')).toEqual(['working-directory', 'github-token', 'python-version', 'platform', 'cuda', 'extras', 'groups', 'fail-on', 'base', 'head', 'online']);
    expect(keys('outputs')).toEqual(['introduced', 'errors', 'resolved', 'comment', 'comment-url']);
    expect(yml).toContain("default: ${{ github.token }}");
    expect(yml).toMatch(/runs:\n {2}using: node24\n {2}main: \.\.\/dist\/review\.js/);
  });

  it('does nothing but a notice outside pull requests', async () => {
    const run = await runAction(entry, { cwd: makeTempDir('push'), event: { name: 'push', payload: {} }, env: fake.clientEnv() });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([expect.objectContaining({ level: 'notice', title: 'lockstep review: nothing to compare' })]);
  });
});

describe('review action from a uv workspace member (issue 14)', () => {
  const APP = 'dependencies = ["lib"]\n\n[tool.uv.sources]\nlib = { workspace = true }\n';

  /** A workspace (root + packages/app + packages/lib) locked by the real uv, offline (no index packages). */
  function workspaceFiles(): Record<string, string> {
    const files = uvWorkspaceFiles({ app: APP, lib: 'dependencies = []\n' });
    const dir = makeProject(files, 'ws-review-lock');
    execFileSync(uvBinaryPath(), ['lock', '--offline'], { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, UV_NO_CONFIG: '1', UV_PYTHON_DOWNLOADS: 'never' }, stdio: 'pipe' });
    return { ...files, 'uv.lock': readFileSync(path.join(dir, 'uv.lock'), 'utf8') };
  }

  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  /**
   * A PR on the workspace (in `folder` of the repository, '' for the root) whose head gives `member`
   * (`app` or `lib`) the requirement tiny-extra==1.0 without re-locking: the root uv.lock is stale.
   */
  function stalePr(folder: string, member: 'app' | 'lib') {
    const local = new ProjectRepo('ws-review');
    const files = workspaceFiles();
    const at = (file: string) => (folder ? `${folder}/${file}` : file);
    const base = local.commit(Object.fromEntries(Object.entries(files).map(([f, t]) => [at(f), t])), 'workspace');
    local.branch('feature');
    const file = `packages/${member}/pyproject.toml`;
    const edited = member === 'app' ? files[file]!.replace('["lib"]', '[\n    "lib",\n    "tiny-extra==1.0",\n]') : files[file]!.replace('[]', '["tiny-extra==1.0"]');
    const head = local.commit({ [at(file)]: edited }, `${member} needs tiny-extra (lock not updated)`);
    local.checkout('main');
    return { local, base, head, pr: publish(local), file: at(file), line: lineOf(edited, 'tiny-extra') };
  }

  it('from a member folder: reviews the root uv.lock, annotates the member line, names the member in the comment', async () => {
    // The workspace lives in a subfolder of the repository: annotation paths start at the repository root.
    const { local, base, head, pr, file, line } = stalePr('mono', 'app');
    const run = await review(pr, base, head, { workspace: local.dir, inputs: { 'working-directory': 'mono/packages/app', 'python-version': '3.11', 'fail-on': 'never' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("mono/packages/app is a member of the uv workspace at mono: reviewing the workspace's uv.lock");
    // uv.lock at the root is stale for the member's new requirement: on the member's line, as GitHub wants the path.
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'mono/packages/app/pyproject.toml', line, title: 'lockstep review: lock-stale tiny-extra' }));
    expect(file).toBe('mono/packages/app/pyproject.toml');
    expect(run.outputs.errors).toBe('1');
    expect(lockstepComments(pr)).toHaveLength(1);
    expect(lockstepComments(pr)[0]!.body).toContain("Workspace member `mono/packages/app`: the workspace's `mono/uv.lock` and every member's pyproject.toml were checked.");
    expect(lockstepComments(pr)[0]!.body).toContain('**This pull request introduces 1 problem**');
    expect(run.summary).toContain('Workspace member `mono/packages/app`');
  });

  it('without a checkout (contents API): finds the root from the member and reads every member through the tree listing', async () => {
    // The change is in the OTHER member: only reading every member finds it.
    const { base, head, pr, file, line } = stalePr('mono', 'lib');
    const run = await review(pr, base, head, { workspace: makeTempDir('ws-no-checkout'), inputs: { 'working-directory': 'mono/packages/app', 'python-version': '3.11', 'fail-on': 'never' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('through the GitHub API (static reading only)');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file, line }));
    expect(fake.requestsTo('GET', new RegExp(`^/repos/${OWNER}/${pr.repo}/git/trees/${head}`))).toHaveLength(1);
    expect(lockstepComments(pr)[0]!.body).toContain('Workspace member `mono/packages/app`');
  });

  it('from the root of the same workspace: the same finding on the member line, no member named', async () => {
    const { local, base, head, pr, file, line } = stalePr('', 'lib');
    const run = await review(pr, base, head, { workspace: local.dir, inputs: { 'python-version': '3.11', 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'packages/lib/pyproject.toml', line }));
    expect(file).toBe('packages/lib/pyproject.toml');
    expect(lockstepComments(pr)[0]!.body).not.toContain('Workspace member');
  });

  it('NVIDIA-NeMo/RL excerpt: review from research/template_project finds the root lock and annotates the member line', async () => {
    const local = new ProjectRepo('ws-review-nemo');
    cpSync(path.join(REPO_ROOT, '__tests__', 'fixtures', 'nemo-rl-workspace'), local.dir, { recursive: true });
    const base = local.commit({}, 'NeMo RL excerpt');
    local.branch('feature');
    const member = 'research/template_project/pyproject.toml';
    const edited = local.read(member).replace('dependencies = ["nemo-rl"]', 'dependencies = ["nemo-rl", "einops==0.8.1"]');
    expect(edited).not.toBe(local.read(member));
    const head = local.commit({ [member]: edited }, 'template project needs einops');
    local.checkout('main');
    const pr = publish(local);
    const run = await review(pr, base, head, { workspace: local.dir, inputs: { 'working-directory': 'research/template_project', 'python-version': '3.13', 'fail-on': 'never' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('research/template_project is a member of the uv workspace at .');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: member, line: lineOf(edited, 'einops'), title: 'lockstep review: lock-stale einops' }));
    expect(lockstepComments(pr)[0]!.body).toContain('Workspace member `research/template_project`');
  });
});

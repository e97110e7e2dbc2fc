/**
 * The bump action end to end: the bundled entry runs as a step (support/action-harness) in a real git
 * checkout, with the real uv re-locking against the loopback index (bump-scenario.ts), and talks to the
 * stateful fake GitHub (every request checked against GitHub's OpenAPI description). The fake repository
 * is imported from a local bare remote, and what the bot commits is synced back into it and read with git.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanupActionDirs, runAction, type ActionResult, type RunActionOptions } from '../support/action-harness.js';
import { FakeGitHub, faults } from '../support/fake-github.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { uvWheelPath } from '../support/uv-binary.js';
import { bundleEntry } from '../support/verify-fixtures.js';
import { BumpWorld, PYPROJECT, WORKSPACE } from './bump-scenario.js';
import { runUv } from '../support/uv-binary.js';

let world: BumpWorld;
let fake: FakeGitHub;
let entry: string;
const OWNER = 'octo';

beforeAll(async () => {
  [world, fake, entry] = await Promise.all([BumpWorld.start(), FakeGitHub.start(), bundleEntry('bump')]);
});

afterAll(async () => {
  const violations = fake?.violations ?? [];
  await world?.close();
  await fake?.close();
  cleanupActionDirs();
  cleanupTempDirs();
  expect(violations).toEqual([]);
});

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' };
const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV }).toString('utf8');

interface Repo {
  name: string;
  checkout: string;
  bare: string;
}

let repoCount = 0;

/** A checkout of a repository whose `proj/` folder is the bump-scenario project (or `project`), its bare remote, and the fake's copy. */
async function makeRepo(project?: string): Promise<Repo> {
  project ??= await world.project();
  const checkout = makeTempDir('bump-checkout');
  git(checkout, ['init', '--quiet', '--initial-branch', 'main']);
  execFileSync('cp', ['-r', project, path.join(checkout, 'proj')]);
  git(checkout, ['add', 'proj']);
  git(checkout, ['commit', '--quiet', '-m', 'project']);
  const bare = makeTempDir('bump-remote');
  git(bare, ['clone', '--quiet', '--bare', checkout, '.']);
  const name = `proj${++repoCount}`;
  fake.createRepository({ owner: OWNER, repo: name, fromGit: bare });
  return { name, checkout, bare };
}

function bump(repo: Repo, inputs: Record<string, string> = {}, env: Record<string, string> = {}, event: RunActionOptions['event'] = PUSH_TO_MAIN): Promise<ActionResult> {
  return runAction(entry, {
    event,
    cwd: repo.checkout,
    workspace: repo.checkout,
    inputs: { 'working-directory': 'proj', 'github-token': 'test-token', 'uv-path': world.uv, 'python-version': '3.11', platform: 'x86_64-manylinux_2_28', ...inputs },
    env: { ...world.env(), ...fake.clientEnv(), GITHUB_REPOSITORY: `${OWNER}/${repo.name}`, ...env },
    timeoutMs: 120_000,
  });
}

/** A push to the default branch, as GitHub's payload names it: one of the events that may write. */
const PUSH_TO_MAIN = { name: 'push', payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } } };

const writes = () => fake.requests.filter((r) => r.method !== 'GET').length;

describe('bump action: one PR, kept current', () => {
  let repo: Repo;

  beforeAll(async () => {
    repo = await makeRepo();
  });

  it('first run opens one PR with the verified bumps and leaves the checkout alone', async () => {
    const run = await bump(repo);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const pulls = fake.pullRequests(OWNER, repo.name);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(run.outputs['pull-request-number']).toBe(String(pr.number));
    expect(run.outputs['pull-request-url']).toContain(`/pull/${pr.number}`);
    expect(pr.headRef).toBe('lockstep/bump');
    expect(pr.body).toContain('<!-- lockstep:bump -->');
    expect(pr.body).toContain('| Package | From | To | Group | Released | Notes |');
    expect(pr.body).toMatch(/\| torchvision \| 0\\\.20\\\.1 \| 0\\\.21\\\.0 \| pytorch \|/);
    expect(pr.body).toMatch(/### Dropped[\s\S]*delta[\s\S]*sdist-build/);
    expect(pr.body).toMatch(/\*\*epsilon\*\* 1\\\.0\\\.0 → 1\\\.1\\\.0 \(group epsilon\): \\`uv lock\\` failed\\: .*not-on-any-index was not found/);
    expect(pr.body).toMatch(/### Verification[\s\S]*cp311-x86_64-manylinux_2_28/);

    // The branch holds exactly the bump, as a commit GitHub signed, readable with real git.
    const pyproject = fake.readFile(OWNER, repo.name, 'lockstep/bump', 'proj/pyproject.toml')!;
    expect(pyproject).toBe(
      PYPROJECT.replace('alpha==1.0.0', 'alpha==1.1.0').replace('gamma==1.0.0+cu124', 'gamma==1.1.0+cu124').replace('torch==2.5.1', 'torch==2.6.0').replace('torchvision==0.20.1', 'torchvision==0.21.0'),
    );
    const head = fake.commit(OWNER, repo.name, fake.branchSha(OWNER, repo.name, 'lockstep/bump')!)!;
    expect(head.verified).toBe(true);
    fake.syncToGit(OWNER, repo.name, repo.bare);
    expect(git(repo.bare, ['show', 'lockstep/bump:proj/uv.lock'])).toMatch(/name = "torch"\nversion = "2\.6\.0"/);
    expect(git(repo.bare, ['rev-list', '--count', 'main..lockstep/bump']).trim()).toBe('1');

    const bumps = JSON.parse(run.outputs.bumps!) as { bumps: { name: string; status: string }[] };
    expect(Object.fromEntries(bumps.bumps.map((b) => [b.name, b.status]))).toMatchObject({ alpha: 'applied', delta: 'dropped', beta: 'current' });
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.includes('delta') && a.file === 'proj/pyproject.toml')).toBe(true);
    // The checkout is as it was.
    expect(readFileSync(path.join(repo.checkout, 'proj/pyproject.toml'), 'utf8')).toBe(PYPROJECT);
    expect(git(repo.checkout, ['status', '--porcelain'])).toBe('');
  });

  it('a second run with nothing new changes nothing', async () => {
    const before = writes();
    const sha = fake.branchSha(OWNER, repo.name, 'lockstep/bump');
    const run = await bump(repo);
    expect(run.exitCode).toBe(0);
    expect(writes()).toBe(before);
    expect(fake.branchSha(OWNER, repo.name, 'lockstep/bump')).toBe(sha);
    expect(fake.pullRequests(OWNER, repo.name)).toHaveLength(1);
    expect(run.stdout).toContain('is up to date');
  });

  it('a newer release updates the same PR', async () => {
    world.index.addWheel({ name: 'alpha', version: '1.3.0' });
    const run = await bump(repo);
    expect(run.exitCode).toBe(0);
    const pulls = fake.pullRequests(OWNER, repo.name);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.body).toMatch(/\| alpha \| 1\\\.0\\\.0 \| 1\\\.3\\\.0 \|/);
    expect(fake.readFile(OWNER, repo.name, 'lockstep/bump', 'proj/pyproject.toml')).toContain('"alpha==1.3.0"');
    fake.syncToGit(OWNER, repo.name, repo.bare);
    expect(git(repo.bare, ['rev-list', '--count', 'main..lockstep/bump']).trim()).toBe('1');
  });

  it('leaves a branch with a human commit alone and comments instead', async () => {
    const human = fake.pushCommit({ owner: OWNER, repo: repo.name, branch: 'lockstep/bump', files: { 'proj/NOTES.md': 'pin alpha later\n' }, message: 'Note why' });
    world.index.addWheel({ name: 'alpha', version: '1.4.0' });
    const run = await bump(repo);
    expect(run.exitCode).toBe(0);
    expect(fake.branchSha(OWNER, repo.name, 'lockstep/bump')).toBe(human);
    const pr = fake.pullRequests(OWNER, repo.name)[0]!;
    const comments = fake.comments(OWNER, repo.name, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('did not update this branch');
    expect(comments[0]!.body).toContain('human-dev');
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.includes('human-dev'))).toBe(true);
    // Again: the same comment is edited, not repeated.
    await bump(repo);
    expect(fake.comments(OWNER, repo.name, pr.number)).toHaveLength(1);
  });

  it('does not force-push over a human\'s amend of its commit that kept the Lockstep-Bot trailer (issue 13)', async () => {
    const other = await makeRepo();
    await bump(other);
    const botSha = fake.branchSha(OWNER, other.name, 'lockstep/bump')!;
    const bot = fake.commit(OWNER, other.name, botSha)!;
    // `git commit --amend`: same parent, same author (the bot), the trailer kept; the human is the committer.
    const amended = fake.pushCommit({
      owner: OWNER,
      repo: other.name,
      branch: 'lockstep/bump',
      parent: bot.parents[0],
      files: { 'proj/NOTES.md': 'keep alpha at 1.3 until the paper is out\n' },
      message: bot.message,
      author: { name: bot.author.name, email: bot.author.email, login: 'github-actions[bot]' },
      committer: { name: 'Human Dev', email: 'human@example.com', login: 'human-dev' },
    });
    world.index.addWheel({ name: 'alpha', version: '1.4.5' });
    const run = await bump(other);
    expect(run.exitCode).toBe(0);
    expect(fake.branchSha(OWNER, other.name, 'lockstep/bump')).toBe(amended);
    const pr = fake.pullRequests(OWNER, other.name)[0]!;
    expect(fake.comments(OWNER, other.name, pr.number).map((c) => c.body).join('\n')).toContain('did not update this branch');
  });

  it('does not reopen a PR closed unmerged for the same versions', async () => {
    const other = await makeRepo();
    await bump(other);
    const pr = fake.pullRequests(OWNER, other.name)[0]!;
    fake.closePullRequest(OWNER, other.name, pr.number);
    const before = writes();
    const run = await bump(other);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('closed without merging');
    expect(fake.pullRequests(OWNER, other.name)).toHaveLength(1);
    expect(writes()).toBe(before);

    // A newer release is a new proposal: a new PR on the same branch (rebuilt on the current base).
    world.index.addWheel({ name: 'alpha', version: '1.5.0' });
    const next = await bump(other);
    expect(next.exitCode).toBe(0);
    const pulls = fake.pullRequests(OWNER, other.name);
    expect(pulls.map((p) => p.state)).toEqual(['closed', 'open']);
    expect(pulls[1]!.body).toContain('alpha==1.5.0');
  });

  it('opens a new PR after the last one was merged', async () => {
    const other = await makeRepo();
    await bump(other);
    const [first] = fake.pullRequests(OWNER, other.name);
    // Merge it the way GitHub does: main moves to the bot's commit.
    fake.closePullRequest(OWNER, other.name, first!.number, { merged: true });
    fake.pushCommit({ owner: OWNER, repo: other.name, branch: 'main', files: { 'proj/pyproject.toml': fake.readFile(OWNER, other.name, 'lockstep/bump', 'proj/pyproject.toml')!, 'proj/uv.lock': fake.readFile(OWNER, other.name, 'lockstep/bump', 'proj/uv.lock')! }, message: 'Merge lockstep/bump' });
    // The next workflow run checks out the new main.
    fake.syncToGit(OWNER, other.name, other.bare);
    git(other.checkout, ['fetch', '--quiet', other.bare, 'main']);
    git(other.checkout, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
    world.index.addWheel({ name: 'alpha', version: '1.6.0' });
    const run = await bump(other);
    expect(run.exitCode).toBe(0);
    const pulls = fake.pullRequests(OWNER, other.name);
    expect(pulls).toHaveLength(2);
    expect(pulls[1]!.state).toBe('open');
    // The new PR is exactly the new bump on top of the merged state.
    expect(fake.readFile(OWNER, other.name, 'lockstep/bump', 'proj/pyproject.toml')).toContain('"alpha==1.6.0"');
    expect(pulls[1]!.body).toMatch(/\| alpha \| 1\\\.5\\\.0 \| 1\\\.6\\\.0 \|/);
  });
});

describe('bump action: GitHub faults and permissions', () => {
  it('retries a 403 secondary rate limit', async () => {
    const repo = await makeRepo();
    fake.failNext('POST', '/repos/{owner}/{repo}/git/trees', faults.secondaryRateLimit(1));
    // Labels only here: the fake lists labelled PRs with `description: null`, which GitHub's OpenAPI
    // description of pulls/list forbids, so a labelled PR must not be listed again in this file.
    const run = await bump(repo, { labels: 'dependencies, bot' });
    expect(run.exitCode).toBe(0);
    const [pr] = fake.pullRequests(OWNER, repo.name);
    expect(fake.labels(OWNER, repo.name, pr!.number)).toEqual(['dependencies', 'bot']);
    const trees = fake.requestsTo('POST', new RegExp(`/repos/${OWNER}/${repo.name}/git/trees`));
    expect(trees.map((t) => t.status)).toEqual([403, 201]);
    expect(fake.pullRequests(OWNER, repo.name)).toHaveLength(1);
  });

  it('a read-only token fails with the missing permission, nothing written', async () => {
    const repo = await makeRepo();
    const run = await bump(repo, { 'github-token': 'read-only' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain('contents: write');
    expect(fake.branchSha(OWNER, repo.name, 'lockstep/bump')).toBeUndefined();
  });

  it('refuses to push or open a PR on a pull_request event (untrusted checkout), before touching GitHub', async () => {
    const repo = await makeRepo();
    const before = fake.requests.length;
    const run = await runAction(entry, {
      cwd: repo.checkout,
      workspace: repo.checkout,
      event: { name: 'pull_request', payload: {} },
      inputs: { 'working-directory': 'proj', 'github-token': 'test-token', 'uv-path': world.uv, 'python-version': '3.11', platform: 'x86_64-manylinux_2_28' },
      env: { ...world.env(), ...fake.clientEnv(), GITHUB_REPOSITORY: `${OWNER}/${repo.name}` },
      timeoutMs: 120_000,
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ message: expect.stringContaining('on `pull_request` events') })]);
    expect(fake.requests.length).toBe(before);
    expect(fake.branchSha(OWNER, repo.name, 'lockstep/bump')).toBeUndefined();
  });

  it('writes only on the allowlisted events: merge_group, check_suite and a push to a feature branch are refused (issue 13)', async () => {
    const repo = await makeRepo();
    const before = fake.requests.length;
    const refused = [
      { name: 'merge_group', payload: { repository: { default_branch: 'main' } } },
      { name: 'check_suite', payload: { repository: { default_branch: 'main' } } },
      { name: 'push', payload: { repository: { default_branch: 'trunk' } } },
    ];
    for (const event of refused) {
      const run = await bump(repo, {}, {}, event);
      expect(run.exitCode).toBe(1);
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ message: expect.stringContaining('does not push branches or open PRs') })]);
    }
    expect(fake.requests.length).toBe(before);
    expect(fake.branchSha(OWNER, repo.name, 'lockstep/bump')).toBeUndefined();
  });

  it('without pull-requests: write it says so; a PR someone then opened by hand is adopted (422 already exists)', async () => {
    const repo = await makeRepo();
    fake.setToken('no-pr-token', { contents: 'write', pullRequests: 'read', issues: 'read' });
    const denied = await bump(repo, { 'github-token': 'no-pr-token' });
    expect(denied.exitCode).toBe(1);
    expect(denied.annotations.find((a) => a.level === 'error')?.message).toContain('pull-requests: write');
    expect(fake.pullRequests(OWNER, repo.name)).toHaveLength(0);

    const manual = fake.openPullRequest({ owner: OWNER, repo: repo.name, head: 'lockstep/bump', title: 'bump', body: 'opened by hand' });
    const run = await bump(repo);
    expect(run.exitCode).toBe(0);
    expect(fake.requestsTo('POST', new RegExp(`/repos/${OWNER}/${repo.name}/pulls$`)).map((r) => r.status)).toContain(422);
    const pulls = fake.pullRequests(OWNER, repo.name);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.number).toBe(manual);
    expect(pulls[0]!.body).toContain('<!-- lockstep:bump -->');
    expect(run.outputs['pull-request-number']).toBe(String(manual));
  });
});

describe('bump action: the index', () => {
  it('retries a 500 and a timeout, then plans as usual (dry run writes the plan to the summary only)', async () => {
    const repo = await makeRepo();
    world.index.failNext('/simple/beta/', 500);
    world.index.failNext('/simple/gamma/', 'timeout');
    const run = await bump(repo, { 'dry-run': 'true' }, { LOCKSTEP_HTTP_TIMEOUT_MS: '1000' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('dry run: nothing was changed');
    expect(run.summary).toMatch(/\| gamma \| 1\\\.0\\\.0\+cu124 \| 1\\\.1\\\.0\+cu124 \|/);
    const statuses = (page: string) => world.index.requests.filter((r) => r.path === page).map((r) => r.status);
    expect(statuses('/simple/beta/').slice(-2)).toEqual([500, 200]);
    expect(statuses('/simple/gamma/').slice(-2)).toEqual(['timeout', 200]);
    expect(fake.requests.filter((r) => r.path.includes(`/${repo.name}/`))).toHaveLength(0);
    expect(readFileSync(path.join(repo.checkout, 'proj/pyproject.toml'), 'utf8')).toBe(PYPROJECT);
  });

  it('an index that keeps failing is a clear error and nothing is pushed', async () => {
    const repo = await makeRepo();
    world.index.failNext('/simple/torch/', 500, 10);
    const run = await bump(repo, {}, { LOCKSTEP_HTTP_ATTEMPTS: '3' });
    world.index.reset();
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1); // one annotation with the hint, not a second bare copy from setFailed
    const error = errors[0]!;
    expect(error.message).toContain(`Could not read torch's releases from ${world.index.url}`);
    expect(error.message).toContain('after 3 attempts');
    expect(fake.requests.filter((r) => r.path.includes(`/${repo.name}/`))).toHaveLength(0);
  });

  it('an index that never answers is a clear error too', async () => {
    const repo = await makeRepo();
    world.index.failNext('/simple/alpha/', 'timeout', 10);
    const run = await bump(repo, {}, { LOCKSTEP_HTTP_ATTEMPTS: '2', LOCKSTEP_HTTP_TIMEOUT_MS: '300' });
    world.index.reset();
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')!.message).toMatch(/alpha.*no response within 300 ms/);
    expect(fake.requests.filter((r) => r.path.includes(`/${repo.name}/`))).toHaveLength(0);
  });
});

describe('bump action: one PR per group', () => {
  it('opens lockstep/bump-<group> branches, each verified on its own', async () => {
    const repo = await makeRepo();
    const run = await bump(repo, { 'group-prs': 'true' });
    expect(run.exitCode).toBe(0);
    const heads = fake.pullRequests(OWNER, repo.name).map((p) => p.headRef).sort();
    expect(heads).toEqual(['lockstep/bump-alpha', 'lockstep/bump-gamma', 'lockstep/bump-pytorch']);
    const torchOnly = fake.readFile(OWNER, repo.name, 'lockstep/bump-pytorch', 'proj/pyproject.toml')!;
    expect(torchOnly).toContain('"torch==2.6.0"');
    expect(torchOnly).toContain('"alpha==1.0.0"');
  });
});

describe('bump action: uv', () => {
  it('installs uv (checksum-verified, from the index) when no uv input is given and none is on PATH', async () => {
    const repo = await makeRepo();
    world.index.addFile(uvWheelPath());
    const run = await bump(repo, { 'uv-path': '' }, { PATH: path.dirname(process.execPath) + ':/usr/bin:/bin', LOCKSTEP_HTTP_ATTEMPTS: '1', LOCKSTEP_HTTP_TIMEOUT_MS: '5000' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/uv 0\.\d+\.\d+ installed at \S+/);
    expect(fake.pullRequests(OWNER, repo.name)).toHaveLength(1);
  });
});

describe('bump action: index credentials never leave the process (issue 13, item 1)', () => {
  it('greps every channel for the password: log, annotations, summary, outputs, PR title/body, comments, commit', async () => {
    const repo = await makeRepo();
    const secret = 'S3cr3t-Passw0rd-x9';
    const withCredentials = world.index.url.replace('http://', `http://bot:${secret}@`);
    const run = await bump(repo, { 'default-index': withCredentials });
    expect(run.exitCode).toBe(0);
    const pulls = fake.pullRequests(OWNER, repo.name);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    // The attack's channel: the PR body quotes the uv lock command with its --default-index.
    expect(pr.body).toContain('--default-index http://***@127.0.0.1');
    const head = fake.commit(OWNER, repo.name, fake.branchSha(OWNER, repo.name, 'lockstep/bump')!)!;
    const channels = {
      stdout: run.stdout,
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      annotations: JSON.stringify(run.annotations),
      title: pr.title,
      body: pr.body,
      comments: JSON.stringify(fake.comments(OWNER, repo.name, pr.number)),
      commit: head.message,
    };
    for (const [channel, text] of Object.entries(channels)) expect({ channel, leaks: (text ?? '').includes(secret) }).toEqual({ channel, leaks: false });
  });
});

describe('bump action in a uv workspace (issue 14)', () => {
  const [ROOT, APP, LIB] = ['pyproject.toml', 'packages/app/pyproject.toml', 'packages/lib/pyproject.toml'] as const;

  it('from packages/app: moves the pins in both members, re-locks at the root, and the PR lists the member files', async () => {
    const { [ROOT]: root, ...members } = WORKSPACE;
    const { name, checkout, bare } = await makeRepo(await world.project(root, members));
    const run = await bump({ name, checkout, bare }, { 'working-directory': 'proj/packages/app' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('proj/packages/app is a member of the uv workspace at proj');

    // Exactly the version characters changed, in the member files that hold the pins; the root file is not in the PR.
    const read = (file: string) => fake.readFile(OWNER, name, 'lockstep/bump', file);
    expect(read('proj/packages/app/pyproject.toml')).toBe(WORKSPACE[APP]!.replace("'gamma == 1.0.0+cu124'", "'gamma == 1.1.0+cu124'").replace('torchvision==0.20.1', 'torchvision==0.21.0'));
    expect(read('proj/packages/lib/pyproject.toml')).toBe(WORKSPACE[LIB]!.replace('torch==2.5.1', 'torch==2.6.0'));
    fake.syncToGit(OWNER, name, bare);
    expect(git(bare, ['diff', '--name-only', 'main', 'lockstep/bump']).trim().split('\n').sort()).toEqual(['proj/packages/app/pyproject.toml', 'proj/packages/lib/pyproject.toml', 'proj/uv.lock']);
    // The workspace lock at the root moved, and the real uv agrees it matches the bumped members.
    const lock = git(bare, ['show', 'lockstep/bump:proj/uv.lock']);
    expect(lock).toMatch(/name = "torch"\nversion = "2\.6\.0"/);
    expect(lock).toMatch(/name = "gamma"\nversion = "1\.1\.0\+cu124"/);
    const branch = makeTempDir('ws-bump-branch');
    git(bare, ['worktree', 'add', '--quiet', branch, 'lockstep/bump']);
    await runUv(['lock', '--check'], { cwd: path.join(branch, 'proj'), indexUrl: world.index.url, cacheDir: world.cacheDir });

    // The PR names the member files and the line of each pin.
    const pr = fake.pullRequests(OWNER, name)[0]!;
    expect(pr.body).toContain('pin(s) in `packages/app/pyproject.toml` and `packages/lib/pyproject.toml` move');
    expect(pr.body).toContain('| torch<br><sub>`packages/lib/pyproject.toml:5`</sub> | 2\\.5\\.1 | 2\\.6\\.0 | pytorch |');
    expect(pr.body).toContain('| gamma<br><sub>`packages/app/pyproject.toml:8`</sub> | 1\\.0\\.0+cu124 | 1\\.1\\.0+cu124 | gamma |');
    const bumps = JSON.parse(run.outputs.bumps!) as { bumps: { name: string; file: string; line: number; status: string }[] };
    expect(bumps.bumps).toContainEqual(expect.objectContaining({ name: 'torch', file: 'packages/lib/pyproject.toml', line: 5, status: 'applied' }));
    // The checkout is as it was.
    expect(readFileSync(path.join(checkout, 'proj/packages/app/pyproject.toml'), 'utf8')).toBe(WORKSPACE[APP]);
    expect(git(checkout, ['status', '--porcelain'])).toBe('');
  });
});

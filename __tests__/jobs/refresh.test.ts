/**
 * The refresh action end to end: the bundled entry runs as a step (support/action-harness) in a real git
 * checkout, the real uv re-locks against the loopback index (refresh-scenario.ts), and the bot talks to
 * the stateful fake GitHub (every request checked against GitHub's OpenAPI description). What the bot
 * commits is synced into a local bare remote and read back with git.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanupActionDirs, runAction, type ActionResult } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { bundleEntry } from '../support/verify-fixtures.js';
import { PYPROJECT, RefreshWorld, WORKSPACE } from './refresh-scenario.js';
import { runUv } from '../support/uv-binary.js';

let world: RefreshWorld;
let fake: FakeGitHub;
let entry: string;
const OWNER = 'octo';

beforeAll(async () => {
  [world, fake, entry] = await Promise.all([RefreshWorld.start(), FakeGitHub.start(), bundleEntry('refresh')]);
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

/** A checkout whose `proj/` folder is the refresh-scenario project (old lock) or `project`, its bare remote, and the fake's copy. */
function makeRepo(project = world.project()): Repo {
  const checkout = makeTempDir('refresh-checkout');
  git(checkout, ['init', '--quiet', '--initial-branch', 'main']);
  execFileSync('cp', ['-r', project, path.join(checkout, 'proj')]);
  git(checkout, ['add', 'proj']);
  git(checkout, ['commit', '--quiet', '-m', 'project']);
  const bare = makeTempDir('refresh-remote');
  git(bare, ['clone', '--quiet', '--bare', checkout, '.']);
  const name = `refresh${++repoCount}`;
  fake.createRepository({ owner: OWNER, repo: name, fromGit: bare });
  return { name, checkout, bare };
}

function refresh(repo: Repo, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction(entry, {
    cwd: repo.checkout,
    workspace: repo.checkout,
    inputs: { 'working-directory': 'proj', 'github-token': 'test-token', 'uv-path': world.uv, 'python-version': '3.11', platform: 'x86_64-manylinux_2_28', ...inputs },
    env: { ...world.env(), ...fake.clientEnv(), GITHUB_REPOSITORY: `${OWNER}/${repo.name}` },
    // A push to the default branch, as GitHub's payload names it: one of the events that may write.
    event: { name: 'push', payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } } },
    timeoutMs: 120_000,
  });
}

const writes = () => fake.requests.filter((r) => r.method !== 'GET').length;

describe('refresh action', () => {
  let repo: Repo;

  beforeAll(() => {
    repo = makeRepo();
  });

  it('opens a PR on lockstep/refresh that changes only uv.lock, with the diff, the verification and the held package', async () => {
    const run = await refresh(repo);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const pulls = fake.pullRequests(OWNER, repo.name);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(pr.headRef).toBe('lockstep/refresh');
    expect(run.outputs['pull-request-number']).toBe(String(pr.number));
    expect(run.outputs['pull-request-url']).toContain(`/pull/${pr.number}`);
    expect(pr.title).toBe('Refresh uv.lock (lib-b)');
    expect(pr.body).toContain('<!-- lockstep:refresh -->');
    expect(pr.body).toContain('| lib-b | upgraded | 1\\.0 | 1\\.1 |');
    expect(pr.body).toMatch(/### Verification[\s\S]*\| `cp311-x86_64-manylinux_2_28` \| ✅/);
    expect(pr.body).toMatch(/### Held back[\s\S]*\*\*lib-c\*\* stays at 1\\\.0 \(not 2\\\.0\): sdist-build/);
    expect(JSON.parse(run.outputs.changes!)).toEqual({
      schema: 1,
      changes: [{ name: 'lib-b', from: '1.0', to: '1.1' }],
      held: [{ name: 'lib-c', version: '1.0', reason: 'sdist-build: lib-c 2.0 would build from source on cp311-x86_64-manylinux_2_28' }],
    });
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.startsWith('Held lib-c at 1.0') && a.file === 'proj/uv.lock')).toBe(true);

    // One signed commit on main that touches uv.lock only; the pins are untouched.
    expect(fake.commit(OWNER, repo.name, fake.branchSha(OWNER, repo.name, 'lockstep/refresh')!)!.verified).toBe(true);
    fake.syncToGit(OWNER, repo.name, repo.bare);
    expect(git(repo.bare, ['rev-list', '--count', 'main..lockstep/refresh']).trim()).toBe('1');
    expect(git(repo.bare, ['diff', '--name-only', 'main', 'lockstep/refresh']).trim()).toBe('proj/uv.lock');
    expect(git(repo.bare, ['show', 'lockstep/refresh:proj/pyproject.toml'])).toBe(PYPROJECT);
    const lock = git(repo.bare, ['show', 'lockstep/refresh:proj/uv.lock']);
    expect(lock).toMatch(/name = "lib-b"\nversion = "1\.1"/);
    expect(lock).toMatch(/name = "lib-c"\nversion = "1\.0"/);
    // The checkout is as it was.
    expect(git(repo.checkout, ['status', '--porcelain'])).toBe('');
    expect(readFileSync(path.join(repo.checkout, 'proj/uv.lock'), 'utf8')).toBe(world.lock());
  });

  it('a second run with nothing new changes nothing', async () => {
    const before = writes();
    const sha = fake.branchSha(OWNER, repo.name, 'lockstep/refresh');
    const run = await refresh(repo);
    expect(run.exitCode).toBe(0);
    expect(writes()).toBe(before);
    expect(fake.branchSha(OWNER, repo.name, 'lockstep/refresh')).toBe(sha);
    expect(fake.pullRequests(OWNER, repo.name)).toHaveLength(1);
    expect(run.stdout).toContain('is up to date');
  });

  it('does not reopen a refresh PR closed unmerged for the same versions', async () => {
    const pr = fake.pullRequests(OWNER, repo.name)[0]!;
    fake.closePullRequest(OWNER, repo.name, pr.number);
    const before = writes();
    const run = await refresh(repo);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('closed without merging');
    expect(writes()).toBe(before);
    expect(fake.pullRequests(OWNER, repo.name)).toHaveLength(1);
  });

  it('dry-run writes the refresh to the job summary and talks to no repository', async () => {
    const other = makeRepo();
    const run = await refresh(other, { 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('lockstep refresh (dry run: nothing was changed)');
    expect(run.summary).toContain('| lib-b | upgraded | 1\\.0 | 1\\.1 |');
    expect(fake.requests.filter((r) => r.path.includes(`/${other.name}/`))).toHaveLength(0);
    expect(git(other.checkout, ['status', '--porcelain'])).toBe('');
  });

  it('with a cooldown: the too-new sdist is never considered, and a second run writes nothing', async () => {
    const other = makeRepo();
    const first = await refresh(other, { 'min-release-age': '7d' });
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(first.outputs.changes!)).toEqual({ schema: 1, changes: [{ name: 'lib-b', from: '1.0', to: '1.1' }], held: [] });
    const [pr] = fake.pullRequests(OWNER, other.name);
    expect(pr!.body).toContain('= now − 7 days \\(min-release-age\\)');
    expect(pr!.body).not.toContain('Held back');
    expect(fake.readFile(OWNER, other.name, 'lockstep/refresh', 'proj/uv.lock')).not.toContain('exclude-newer');
    const before = writes();
    const second = await refresh(other, { 'min-release-age': '7d' });
    expect(second.exitCode).toBe(0);
    expect(writes()).toBe(before);
    expect(second.stdout).toContain('is up to date');
  });

  it('opens no PR when a cooldown leaves nothing to move', async () => {
    const other = makeRepo();
    const run = await refresh(other, { 'min-release-age': '60d' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.changes!)).toEqual({ schema: 1, changes: [], held: [] });
    expect(run.outputs['pull-request-number']).toBe('');
    expect(fake.pullRequests(OWNER, other.name)).toHaveLength(0);
    expect(fake.requests.filter((r) => r.path.includes(`/${other.name}/`) && r.method !== 'GET')).toHaveLength(0);
  });
});

describe('refresh action in a uv workspace (issue 14)', () => {
  it('from packages/lib: refreshes the workspace uv.lock at the root; the PR changes that lock only', async () => {
    const repo = makeRepo(world.workspace());
    const run = await refresh(repo, { 'working-directory': 'proj/packages/lib' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("proj/packages/lib is a member of the uv workspace at proj: refreshing the workspace's uv.lock there.");
    expect(JSON.parse(run.outputs.changes!)).toMatchObject({ changes: [{ name: 'lib-b', from: '1.0', to: '1.1' }], held: [{ name: 'lib-c', version: '1.0' }] });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', file: 'proj/uv.lock', message: expect.stringMatching(/^Held lib-c at 1\.0/) }));

    fake.syncToGit(OWNER, repo.name, repo.bare);
    expect(git(repo.bare, ['diff', '--name-only', 'main', 'lockstep/refresh']).trim()).toBe('proj/uv.lock');
    const lock = git(repo.bare, ['show', 'lockstep/refresh:proj/uv.lock']);
    expect(lock).toMatch(/name = "lib-b"\nversion = "1\.1"/);
    expect(lock).toMatch(/name = "lib-c"\nversion = "1\.0"/);
    expect(fake.pullRequests(OWNER, repo.name)[0]!.body).toContain('| lib-b | upgraded | 1\\.0 | 1\\.1 |');
    // The real uv, run in the member's folder, agrees the refreshed root lock fits every member.
    const branch = makeTempDir('refresh-ws-branch');
    git(repo.bare, ['worktree', 'add', '--quiet', branch, 'lockstep/refresh']);
    await runUv(['lock', '--check'], { cwd: path.join(branch, 'proj', 'packages', 'lib'), indexUrl: world.index.url, cacheDir: world.cacheDir });
    // Nothing written into the member's folder or anywhere else in the checkout.
    expect(git(repo.checkout, ['status', '--porcelain', '--untracked-files=all'])).toBe('');
    expect(readFileSync(path.join(repo.checkout, 'proj/packages/app/pyproject.toml'), 'utf8')).toBe(WORKSPACE['packages/app/pyproject.toml']);
  });
});

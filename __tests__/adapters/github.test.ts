/**
 * The GitHub adapter against the stateful fake (every request checked against GitHub's OpenAPI description):
 * what the bots rely on — signed API commits, one PR per branch, one sticky comment on long threads — and how
 * it behaves when GitHub pushes back (rate limits, 5xx, timeouts, missing permissions).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubApi, GitHubPermissionError, type GitHubApi, type GitHubApiOptions } from '../../src/adapters/github.js';
import { LockstepError } from '../../src/core/errors.js';
import { FakeGitHub, faults } from '../support/fake-github.js';

const OWNER = 'octo';
const REPO = 'research';
const MARKER = '<!-- lockstep:review -->';

let fake: FakeGitHub;
let logLines: string[];

/** Fast knobs for tests: no write spacing, millisecond backoffs, a short per-attempt timeout. */
function client(overrides: Partial<GitHubApiOptions> = {}): GitHubApi {
  return createGitHubApi({
    token: 'test-token',
    owner: OWNER,
    repo: REPO,
    baseUrl: fake.url,
    writeSpacingMs: 0,
    retryBaseMs: 5,
    retryAfterUnitMs: 5,
    timeoutMs: 1_000,
    log: (line) => logLines.push(line),
    ...overrides,
  });
}

/** The bump bot's path: a signed commit on a new branch via the git-data API. */
async function commitToNewBranch(api: GitHubApi, branch: string, files: Record<string, string>): Promise<string> {
  const base = (await api.getBranchSha('main'))!;
  const baseCommit = await api.getCommit(base);
  const tree = await api.createTree(Object.entries(files).map(([path, content]) => ({ path, content })), baseCommit.treeSha);
  const commit = await api.createCommit({ message: 'Bump pins', tree, parents: [base] });
  await api.createBranch(branch, commit.sha);
  return commit.sha;
}

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.createRepository({ owner: OWNER, repo: REPO, files: { 'pyproject.toml': '[project]\ndependencies = ["torch==2.5.1"]\n', 'uv.lock': 'version = 1\n' } });
  logLines = [];
});

afterEach(async () => {
  const violations = fake.violations;
  await fake.close();
  expect(violations).toEqual([]);
});

describe('repository and git data', () => {
  it('takes its URL and tuning from the environment (GITHUB_API_URL, LOCKSTEP_GITHUB_*) and masks the token', async () => {
    const masked: string[] = [];
    const saved = { ...process.env };
    Object.assign(process.env, fake.clientEnv());
    try {
      const api = createGitHubApi({ token: 'test-token', owner: OWNER, repo: REPO, setSecret: (s) => masked.push(s) });
      expect(await api.getRepository()).toEqual({ fullName: 'octo/research', defaultBranch: 'main', private: false, permissions: { admin: false, push: true, pull: true } });
      // Five writes: with GitHub's default 1 s spacing this would take over 4 s.
      const started = Date.now();
      for (let i = 0; i < 5; i++) await api.createBlob(`blob ${i}`);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      for (const key of Object.keys(fake.clientEnv())) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
    expect(masked).toEqual(['test-token']);
    expect(fake.requests).toHaveLength(6);
  });

  it('spaces writes apart (GitHub asks for 1 s between writes; the default) to avoid secondary rate limits', async () => {
    const api = createGitHubApi({ token: 'test-token', owner: OWNER, repo: REPO, baseUrl: fake.url, writeSpacingMs: 300 });
    const started = Date.now();
    for (let i = 0; i < 3; i++) await api.createBlob(`blob ${i}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  it('commits through blobs/trees/commits/refs: GitHub-signed, on a new branch, other files kept', async () => {
    const api = client();
    expect(await api.getBranchSha('lockstep/bump')).toBeNull();
    const sha = await commitToNewBranch(api, 'lockstep/bump', { 'pyproject.toml': '[project]\ndependencies = ["torch==2.6.0"]\n' });
    expect(await api.getBranchSha('lockstep/bump')).toBe(sha);
    expect(fake.readFile(OWNER, REPO, 'lockstep/bump', 'pyproject.toml')).toContain('torch==2.6.0');
    expect(fake.readFile(OWNER, REPO, 'lockstep/bump', 'uv.lock')).toBe('version = 1\n');
    expect(await api.getFileContent('pyproject.toml', 'lockstep/bump')).toContain('torch==2.6.0');
    expect(await api.getFileContent('missing.txt', 'lockstep/bump')).toBeNull();
    const commits = await api.listBranchCommits('lockstep/bump');
    expect(commits[0]).toMatchObject({ sha, verified: true, authorLogin: 'github-actions[bot]', message: 'Bump pins' });
  });

  it('creates blobs from text and bytes with git-compatible ids', async () => {
    const api = client();
    // `printf 'hello\n' | git hash-object --stdin`
    expect(await api.createBlob('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(await api.createBlob(new Uint8Array([104, 101, 108, 108, 111, 10]))).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('deletes a path when the change has null content', async () => {
    const api = client();
    const base = (await api.getBranchSha('main'))!;
    const tree = await api.createTree([{ path: 'uv.lock', content: null }], (await api.getCommit(base)).treeSha);
    const commit = await api.createCommit({ message: 'drop lock', tree, parents: [base] });
    await api.updateBranch('main', commit.sha);
    expect(fake.readFile(OWNER, REPO, 'main', 'uv.lock')).toBeUndefined();
    expect(fake.readFile(OWNER, REPO, 'main', 'pyproject.toml')).toBeDefined();
  });

  it('will not move a branch over someone else\'s commits unless forced', async () => {
    const api = client();
    await commitToNewBranch(api, 'lockstep/bump', { 'a.txt': 'bot' });
    const human = fake.pushCommit({ owner: OWNER, repo: REPO, branch: 'lockstep/bump', files: { 'b.txt': 'human' }, author: { name: 'Ada', email: 'ada@example.com', login: 'ada' } });
    const commits = await api.listBranchCommits('lockstep/bump');
    expect(commits.map((c) => c.authorLogin)).toEqual(['ada', 'github-actions[bot]', 'octocat']);

    const base = (await api.getBranchSha('main'))!;
    const replacement = await api.createCommit({ message: 'rebuilt', tree: (await api.getCommit(base)).treeSha, parents: [base] });
    await expect(api.updateBranch('lockstep/bump', replacement.sha)).rejects.toThrow(/Update is not a fast forward/);
    expect(fake.branchSha(OWNER, REPO, 'lockstep/bump')).toBe(human);
    await api.updateBranch('lockstep/bump', replacement.sha, { force: true });
    expect(fake.branchSha(OWNER, REPO, 'lockstep/bump')).toBe(replacement.sha);
  });
});

describe('pull requests', () => {
  it('opens a PR, finds it again by head branch, updates its title and body', async () => {
    const api = client();
    await commitToNewBranch(api, 'lockstep/bump', { 'a.txt': 'x' });
    const created = await api.createPullRequest({ head: 'lockstep/bump', base: 'main', title: 'Bump torch', body: 'body 1' });
    expect(created).toMatchObject({ created: true, number: 1, state: 'open', headRef: 'lockstep/bump', baseRef: 'main', body: 'body 1' });

    // Another branch's PR must not be returned for ours.
    fake.pushCommit({ owner: OWNER, repo: REPO, branch: 'other', files: { 'o.txt': 'o' } });
    fake.openPullRequest({ owner: OWNER, repo: REPO, head: 'other' });
    const found = await api.listPullRequestsByHead('lockstep/bump');
    expect(found.map((p) => p.number)).toEqual([1]);

    const updated = await api.updatePullRequest(1, { title: 'Bump torch to 2.6.0', body: 'body 2' });
    expect(updated).toMatchObject({ title: 'Bump torch to 2.6.0', body: 'body 2' });
    expect(fake.pullRequests(OWNER, REPO)[0]).toMatchObject({ title: 'Bump torch to 2.6.0', body: 'body 2' });
  });

  it('lists closed-unmerged PRs too, so the bot can tell a rejected bump from a new one', async () => {
    const api = client();
    await commitToNewBranch(api, 'lockstep/bump', { 'a.txt': 'x' });
    const pr = await api.createPullRequest({ head: 'lockstep/bump', base: 'main', title: 't', body: 'b' });
    fake.closePullRequest(OWNER, REPO, pr.number, { merged: false });
    expect(await api.listPullRequestsByHead('lockstep/bump')).toEqual([expect.objectContaining({ number: pr.number, state: 'closed', merged: false })]);
  });

  it('on 422 "A pull request already exists" returns the existing PR instead of failing', async () => {
    const api = client();
    await commitToNewBranch(api, 'lockstep/bump', { 'a.txt': 'x' });
    const existing = fake.openPullRequest({ owner: OWNER, repo: REPO, head: 'lockstep/bump', title: 'opened elsewhere' });
    const result = await api.createPullRequest({ head: 'lockstep/bump', base: 'main', title: 'Bump', body: 'b' });
    expect(result).toMatchObject({ created: false, number: existing, title: 'opened elsewhere' });
    expect(fake.requestsTo('POST', '/repos/octo/research/pulls').map((r) => r.status)).toEqual([422]);
    expect(fake.pullRequests(OWNER, REPO)).toHaveLength(1);
  });

  it('tells a fork PR from a same-repository one, and a fork\'s read-only token fails comments with a permission error', async () => {
    const api = client();
    fake.pushCommit({ owner: OWNER, repo: REPO, branch: 'patch-1', files: { 'uv.lock': 'version = 1\n# fork\n' } });
    const number = fake.openPullRequest({ owner: OWNER, repo: REPO, head: 'patch-1', headOwner: 'contributor' });
    expect(await api.getPullRequest(number)).toMatchObject({ headRef: 'patch-1', headRepoFullName: 'contributor/research' });
    expect(await api.listPullRequestsByHead('patch-1')).toEqual([]);
    expect((await api.listPullRequestsByHead('contributor:patch-1')).map((p) => p.number)).toEqual([number]);
    const error = await client({ token: 'read-only' }).upsertComment(number, MARKER, 'report').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubPermissionError);
    expect(fake.comments(OWNER, REPO, number)).toEqual([]);
  });

  it('adds labels', async () => {
    const api = client();
    await commitToNewBranch(api, 'lockstep/bump', { 'a.txt': 'x' });
    const pr = await api.createPullRequest({ head: 'lockstep/bump', base: 'main', title: 't', body: 'b' });
    await api.addLabels(pr.number, ['dependencies', 'lockstep']);
    expect(fake.labels(OWNER, REPO, pr.number)).toEqual(['dependencies', 'lockstep']);
    expect((await api.getPullRequest(pr.number)).labels).toEqual(['dependencies', 'lockstep']);
  });
});

describe('comments', () => {
  it('finds the marked comment on page 2 of a 150-comment thread', async () => {
    const api = client();
    const pr = fake.openPullRequest({ owner: OWNER, repo: REPO, head: 'main' });
    const human = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `comment ${from + i}`);
    const ids = [
      ...fake.addComments(OWNER, REPO, pr, human(0, 120)),
      ...fake.addComments(OWNER, REPO, pr, [`${MARKER}\nlockstep verdict`], 'github-actions[bot]'),
      ...fake.addComments(OWNER, REPO, pr, human(121, 150)),
    ];

    expect(await api.listIssueComments(pr)).toHaveLength(150);
    const found = await api.findCommentByMarker(pr, MARKER);
    expect(found).toMatchObject({ id: ids[120], body: `${MARKER}\nlockstep verdict` });
    const pages = fake.requestsTo('GET', `/repos/octo/research/issues/${pr}/comments`).map((r) => new URL(r.path, fake.url).searchParams.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '1', '2']);
  });

  it('keeps one sticky comment: created, then edited in place, then left alone when unchanged', async () => {
    const api = client();
    const pr = fake.openPullRequest({ owner: OWNER, repo: REPO, head: 'main' });
    fake.addComments(OWNER, REPO, pr, ['a human comment']);

    const first = await api.upsertComment(pr, MARKER, 'adds a source build');
    expect(first.action).toBe('created');
    expect(first.comment.body).toBe(`${MARKER}\nadds a source build`);
    const second = await api.upsertComment(pr, MARKER, 'everything fixed');
    expect(second).toMatchObject({ action: 'updated', comment: { id: first.comment.id } });
    const third = await api.upsertComment(pr, MARKER, 'everything fixed');
    expect(third.action).toBe('unchanged');
    expect(fake.comments(OWNER, REPO, pr).map((c) => c.body)).toEqual(['a human comment', `${MARKER}\neverything fixed`]);
  });

  it('counts only its own comments: a marked comment someone posted first is never adopted or edited (issue 13)', async () => {
    const api = client();
    const pr = fake.openPullRequest({ owner: OWNER, repo: REPO, head: 'main' });
    fake.addComments(OWNER, REPO, pr, [`${MARKER}\nAll clear, merge it! [details](https://evil.example)`], 'mallory');
    expect(await api.findCommentByMarker(pr, MARKER)).toBeNull();
    const posted = await api.upsertComment(pr, MARKER, 'adds a source build');
    expect(posted.action).toBe('created');
    expect(posted.comment.authorLogin).toBe('github-actions[bot]');
    const comments = fake.comments(OWNER, REPO, pr);
    expect(comments.map((c) => c.body)).toEqual([`${MARKER}\nAll clear, merge it! [details](https://evil.example)`, `${MARKER}\nadds a source build`]);
    expect((await api.upsertComment(pr, MARKER, 'fixed')).comment.id).toBe(posted.comment.id);
  });

  it('with a personal token, its own comments are that user\'s (GET /user)', async () => {
    fake.setToken('pat-token', { login: 'octocat', contents: 'write', pullRequests: 'write', issues: 'write' });
    const api = client({ token: 'pat-token' });
    expect(await api.authenticatedLogin()).toBe('octocat');
    expect(await client().authenticatedLogin()).toBe('github-actions[bot]');
  });

  it('returns null when no comment carries the marker', async () => {
    const api = client();
    const pr = fake.openPullRequest({ owner: OWNER, repo: REPO, head: 'main' });
    fake.addComments(OWNER, REPO, pr, ['one', 'two']);
    expect(await api.findCommentByMarker(pr, MARKER)).toBeNull();
  });
});

describe('when GitHub pushes back', () => {
  it('waits out a 403 secondary rate limit (retry-after) and succeeds', async () => {
    const api = client();
    await commitToNewBranch(api, 'lockstep/bump', { 'a.txt': 'x' });
    fake.failNext('POST', '/repos/{owner}/{repo}/pulls', faults.secondaryRateLimit(2));
    const pr = await api.createPullRequest({ head: 'lockstep/bump', base: 'main', title: 't', body: 'b' });
    expect(pr.created).toBe(true);
    expect(fake.requestsTo('POST', '/repos/octo/research/pulls').map((r) => r.status)).toEqual([403, 201]);
    expect(logLines.join('\n')).toMatch(/secondary rate limit .* retrying in 2 s/);
  });

  it('waits out a 429 secondary rate limit on a read', async () => {
    const api = client();
    fake.failNext('GET', '/repos/{owner}/{repo}', faults.secondaryRateLimit(1, 429));
    expect((await api.getRepository()).defaultBranch).toBe('main');
    expect(fake.requestsTo('GET', '/repos/octo/research').map((r) => r.status)).toEqual([429, 200]);
  });

  it('waits for the primary rate limit to reset when it is near', async () => {
    const api = client();
    fake.failNext('GET', '/repos/{owner}/{repo}', faults.primaryRateLimit(1));
    expect((await api.getRepository()).defaultBranch).toBe('main');
    expect(fake.requestsTo('GET', '/repos/octo/research').map((r) => r.status)).toEqual([403, 200]);
    expect(logLines.join('\n')).toMatch(/rate limit hit/);
  });

  it('reports a 422 "already exists" it cannot resolve (no open PR to adopt) instead of pretending', async () => {
    const api = client();
    await commitToNewBranch(api, 'lockstep/bump', { 'a.txt': 'x' });
    fake.failNext('POST', '/repos/{owner}/{repo}/pulls', faults.pullRequestAlreadyExists('octo:lockstep/bump'));
    await expect(api.createPullRequest({ head: 'lockstep/bump', base: 'main', title: 't', body: 'b' })).rejects.toThrow(
      /could not open a pull request from lockstep\/bump: HTTP 422 Validation Failed: A pull request already exists/,
    );
  });

  it('retries a 500 and succeeds', async () => {
    const api = client();
    fake.failNext('GET', '/repos/{owner}/{repo}/git/ref/{ref}', { ...faults.serverError(500), times: 2 });
    expect(await api.getBranchSha('main')).toMatch(/^[0-9a-f]{40}$/);
    expect(fake.requestsTo('GET', '/repos/octo/research/git/ref/heads%2Fmain').map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it('gives up after the retries with a clear error when GitHub keeps failing', async () => {
    const api = client({ retries: 2 });
    fake.failNext('GET', '/repos/{owner}/{repo}', { ...faults.serverError(502), times: 10 });
    const error = await api.getRepository().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).message).toMatch(/could not read repository octo\/research: HTTP 502/);
    expect(fake.requestsTo('GET', '/repos/octo/research')).toHaveLength(3);
  });

  it('times out a hanging request and retries it', async () => {
    const api = client({ timeoutMs: 300 });
    fake.failNext('GET', '/repos/{owner}/{repo}', faults.timeout(5_000));
    const started = Date.now();
    expect((await api.getRepository()).fullName).toBe('octo/research');
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(fake.requestsTo('GET', '/repos/octo/research')).toHaveLength(2);
  });

  it('gives up with a clear error when every attempt times out', async () => {
    const api = client({ timeoutMs: 200, retries: 1 });
    fake.failNext('GET', '/repos/{owner}/{repo}', { ...faults.timeout(3_000), times: 5 });
    await expect(api.getRepository()).rejects.toThrow(/could not read repository octo\/research: no answer from GitHub \(no response within 200 ms\), even after retries/);
    expect(fake.requestsTo('GET', '/repos/octo/research')).toHaveLength(2);
  });

  it('a read-only token gets an error naming the permission the workflow needs, and nothing is written', async () => {
    const writer = client();
    await commitToNewBranch(writer, 'lockstep/bump', { 'a.txt': 'x' });
    const api = client({ token: 'read-only' });

    const pullError = await api.createPullRequest({ head: 'lockstep/bump', base: 'main', title: 't', body: 'b' }).catch((e: unknown) => e);
    expect(pullError).toBeInstanceOf(GitHubPermissionError);
    expect((pullError as GitHubPermissionError).permission).toBe('pull-requests: write');
    expect((pullError as GitHubPermissionError).describe()).toMatch(/needs `pull-requests: write`[\s\S]*permissions:/);

    await expect(api.createBranch('x', (await api.getBranchSha('main'))!)).rejects.toThrow(/needs `contents: write`/);
    await expect(api.createComment(1, 'hi')).rejects.toThrow(/`pull-requests: write`/);
    await expect(api.addLabels(1, ['x'])).rejects.toThrow(/`issues: write`/);
    expect(fake.pullRequests(OWNER, REPO)).toHaveLength(0);
    expect(fake.branchSha(OWNER, REPO, 'x')).toBeUndefined();
  });

  it('names the workflow file in the permission error when the runner says which one runs', async () => {
    const saved = process.env['GITHUB_WORKFLOW_REF'];
    process.env['GITHUB_WORKFLOW_REF'] = 'octo/research/.github/workflows/lockstep.yml@refs/heads/main';
    try {
      const error = await client({ token: 'read-only' }).createBlob('x').catch((e: unknown) => e);
      expect(error).toMatchObject({ file: '.github/workflows/lockstep.yml', permission: 'contents: write' });
    } finally {
      if (saved === undefined) delete process.env['GITHUB_WORKFLOW_REF'];
      else process.env['GITHUB_WORKFLOW_REF'] = saved;
    }
  });
});

/**
 * The fake GitHub server is only worth trusting if it rejects what GitHub rejects and answers what GitHub
 * answers: these tests drive it over raw HTTP (no octokit) to prove both, and that its git ids are git's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub, faults } from '../support/fake-github.js';
import { OpenApiValidator } from '../support/openapi-validator.js';

let fake: FakeGitHub;

async function gh(method: string, path: string, body?: unknown, token = 'test-token'): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.createRepository({ owner: 'octo', repo: 'proj', files: { 'pyproject.toml': '[project]\nname = "proj"\n', 'src/proj/__init__.py': '' } });
});

afterEach(async () => {
  await fake.close();
});

describe('request validation against the OpenAPI description', () => {
  it('records a violation and answers 422 when a body field has the wrong type', async () => {
    const reply = await gh('POST', '/repos/octo/proj/pulls', { title: 123, head: 'feature', base: 'main' });
    expect(reply.status).toBe(422);
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatchObject({ kind: 'request', method: 'POST', path: '/repos/octo/proj/pulls' });
    expect(fake.violations[0]!.problems.join('\n')).toMatch(/body\/title must be string/);
    expect(fake.pullRequests('octo', 'proj')).toHaveLength(0);
  });

  it('records a missing required body field', async () => {
    const reply = await gh('POST', '/repos/octo/proj/git/refs', { ref: 'refs/heads/x' });
    expect(reply.status).toBe(422);
    expect(fake.violations[0]!.problems.join('\n')).toMatch(/must have required property 'sha'/);
  });

  it('records an unknown route and a wrong method with 404, like GitHub', async () => {
    expect((await gh('GET', '/repos/octo/proj/pull-requests')).status).toBe(404);
    expect((await gh('PUT', '/repos/octo/proj/pulls')).status).toBe(404);
    expect(fake.violations.map((v) => v.problems[0])).toEqual([
      expect.stringMatching(/no such route/),
      expect.stringMatching(/method not allowed \(the route takes GET, POST\)/),
    ]);
  });

  it('records an invalid query parameter (state=merged is not a pulls/list state)', async () => {
    await gh('GET', '/repos/octo/proj/pulls?state=merged');
    expect(fake.violations[0]!.problems.join('\n')).toMatch(/query parameter state must be equal to one of the allowed values/);
  });

  it('records a real GitHub operation the fake does not implement, instead of pretending', async () => {
    const reply = await gh('GET', '/repos/octo/proj/releases');
    expect(reply.status).toBe(501);
    expect(fake.violations[0]).toMatchObject({ kind: 'unimplemented' });
  });
});

describe('responses follow the documented schemas', () => {
  it('validates a sample of responses against the 200/201 schemas and carries the fields clients read', async () => {
    const validator = OpenApiValidator.load();
    const mainSha = fake.branchSha('octo', 'proj', 'main')!;
    const sampled: { method: string; path: string; body?: unknown; status: number }[] = [];
    const call = async (method: string, path: string, body?: unknown) => {
      const reply = await gh(method, path, body);
      sampled.push({ method, path, body: reply.body, status: reply.status });
      return reply;
    };

    const repo = await call('GET', '/repos/octo/proj');
    expect(repo.body).toMatchObject({ default_branch: 'main', full_name: 'octo/proj', permissions: { push: true } });
    const base = await call('GET', `/repos/octo/proj/git/commits/${mainSha}`);
    const blob = await call('POST', '/repos/octo/proj/git/blobs', { content: 'hello\n', encoding: 'utf-8' });
    const tree = await call('POST', '/repos/octo/proj/git/trees', { base_tree: base.body.tree.sha, tree: [{ path: 'docs/a.md', mode: '100644', type: 'blob', sha: blob.body.sha }] });
    const commit = await call('POST', '/repos/octo/proj/git/commits', { message: 'Add docs', tree: tree.body.sha, parents: [mainSha] });
    expect(commit.body.verification.verified).toBe(true);
    await call('POST', '/repos/octo/proj/git/refs', { ref: 'refs/heads/docs', sha: commit.body.sha });
    await call('GET', '/repos/octo/proj/git/ref/heads/docs');
    const pull = await call('POST', '/repos/octo/proj/pulls', { title: 'Docs', head: 'docs', base: 'main', body: 'text' });
    expect(pull.body).toMatchObject({ number: 1, state: 'open', merged: false, head: { ref: 'docs', sha: commit.body.sha }, base: { ref: 'main' } });
    await call('GET', '/repos/octo/proj/pulls?head=octo:docs&state=all');
    const comment = await call('POST', '/repos/octo/proj/issues/1/comments', { body: 'hi' });
    await call('PATCH', `/repos/octo/proj/issues/comments/${comment.body.id}`, { body: 'edited' });
    await call('GET', '/repos/octo/proj/issues/1/comments');
    await call('POST', '/repos/octo/proj/issues/1/labels', { labels: ['dependencies'] });
    await call('GET', '/repos/octo/proj/commits?sha=docs');
    await call('GET', '/repos/octo/proj/contents/docs/a.md?ref=docs');
    await call('GET', `/repos/octo/proj/git/trees/${tree.body.sha}?recursive=1`);

    for (const sample of sampled) {
      expect([sample.path, sample.status < 300]).toEqual([sample.path, true]);
      const lookup = validator.lookup(sample.method, sample.path.split('?')[0]!);
      if (lookup.kind !== 'match') throw new Error(`no route for ${sample.path}`);
      expect(validator.validateResponse(lookup.route, sample.status, sample.body)).toEqual([]);
    }
    expect(fake.violations).toEqual([]);
  });

  it('the response check would catch a body missing a required field', () => {
    const validator = OpenApiValidator.load();
    const lookup = validator.lookup('GET', '/repos/octo/proj/git/ref/heads/main');
    if (lookup.kind !== 'match') throw new Error('no route');
    expect(validator.validateResponse(lookup.route, 200, { ref: 'refs/heads/main', url: 'https://x' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/must have required property 'object'/)]),
    );
  });
});

describe('state', () => {
  it('computes git object ids exactly as git does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-gh-ids-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
      git('init', '--quiet', '--initial-branch', 'main');
      mkdirSync(join(dir, 'src/proj'), { recursive: true });
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "proj"\n');
      writeFileSync(join(dir, 'src/proj/__init__.py'), '');
      git('add', '.');
      const realTree = git('write-tree');
      const commit = fake.commit('octo', 'proj', fake.branchSha('octo', 'proj', 'main')!)!;
      expect(commit.tree).toBe(realTree);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('mirrors a local git repository with the same ids, so clone and API agree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-gh-import-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
      git('init', '--quiet', '--initial-branch', 'trunk');
      git('config', 'user.name', 'Ada');
      git('config', 'user.email', 'ada@example.com');
      mkdirSync(join(dir, 'pkg'));
      writeFileSync(join(dir, 'pkg/pyproject.toml'), '[project]\nname = "pkg"\n');
      git('add', '.');
      git('commit', '--quiet', '-m', 'one');
      writeFileSync(join(dir, 'uv.lock'), 'version = 1\n');
      git('add', '.');
      git('commit', '--quiet', '-m', 'two\n\nwith a body');
      git('branch', 'feature', 'HEAD~1');

      const head = fake.createRepository({ owner: 'octo', repo: 'mirror', fromGit: dir });
      expect(head).toBe(git('rev-parse', 'trunk'));
      expect(fake.branchSha('octo', 'mirror', 'feature')).toBe(git('rev-parse', 'feature'));
      expect(fake.readFile('octo', 'mirror', 'trunk', 'pkg/pyproject.toml')).toBe('[project]\nname = "pkg"\n');
      expect((await gh('GET', '/repos/octo/mirror')).body.default_branch).toBe('trunk');

      // An API commit on top of the imported history lists first, then git's own commits in order.
      const base = await gh('GET', `/repos/octo/mirror/git/commits/${head}`);
      expect(base.body).toMatchObject({ tree: { sha: git('rev-parse', 'trunk^{tree}') }, parents: [{ sha: git('rev-parse', 'trunk~1') }] });
      const tree = await gh('POST', '/repos/octo/mirror/git/trees', { base_tree: base.body.tree.sha, tree: [{ path: 'uv.lock', mode: '100644', type: 'blob', content: 'version = 2\n' }] });
      const commit = await gh('POST', '/repos/octo/mirror/git/commits', { message: 'three', tree: tree.body.sha, parents: [head] });
      await gh('PATCH', '/repos/octo/mirror/git/refs/heads/trunk', { sha: commit.body.sha });
      const listed = await gh('GET', '/repos/octo/mirror/commits?sha=trunk');
      expect(listed.body.map((c: { commit: { message: string } }) => c.commit.message)).toEqual(['three', 'two\n\nwith a body\n', 'one\n']);

      // And back: the API commit lands in the real repository under the same id.
      fake.syncToGit('octo', 'mirror', dir, ['trunk']);
      expect(git('rev-parse', 'trunk')).toBe(commit.body.sha);
      expect(git('show', 'trunk:uv.lock')).toBe('version = 2');
      expect(git('show', 'trunk:pkg/pyproject.toml')).toBe('[project]\nname = "pkg"');
      expect(git('fsck', '--strict', '--no-dangling')).toBe('');
      expect(fake.violations).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pages comments 100 at a time with Link headers', async () => {
    fake.openPullRequest({ owner: 'octo', repo: 'proj', head: 'main' });
    fake.addComments('octo', 'proj', 1, Array.from({ length: 150 }, (_, i) => `comment ${i}`));
    const first = await gh('GET', '/repos/octo/proj/issues/1/comments?per_page=500');
    expect(first.body).toHaveLength(100);
    expect(first.headers.get('link')).toMatch(/[?&]page=2>; rel="next"/);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link')!)![1]!;
    const second = await fetch(next, { headers: { authorization: 'token test-token' } });
    const secondBody = (await second.json()) as { body: string }[];
    expect(secondBody).toHaveLength(50);
    expect(secondBody[49]!.body).toBe('comment 149');
    expect(second.headers.get('link')).not.toMatch(/rel="next"/);
  });

  it('refuses writes to a read-only token with GitHub\'s 403 and keeps reads working', async () => {
    const write = await gh('POST', '/repos/octo/proj/git/blobs', { content: 'x' }, 'read-only');
    expect(write.status).toBe(403);
    expect(write.body.message).toBe('Resource not accessible by integration');
    expect((await gh('GET', '/repos/octo/proj', undefined, 'read-only')).status).toBe(200);
    expect((await gh('GET', '/repos/octo/proj', undefined, 'no-such-token')).status).toBe(401);
  });

  it('refuses a non-fast-forward ref update unless forced', async () => {
    const mainSha = fake.branchSha('octo', 'proj', 'main')!;
    const ahead = fake.pushCommit({ owner: 'octo', repo: 'proj', branch: 'topic', files: { 'a.txt': 'a' } });
    const other = fake.pushCommit({ owner: 'octo', repo: 'proj', branch: 'other', files: { 'b.txt': 'b' } });
    expect(fake.commit('octo', 'proj', ahead)!.parents).toEqual([mainSha]);
    const refused = await gh('PATCH', '/repos/octo/proj/git/refs/heads/topic', { sha: other });
    expect(refused).toMatchObject({ status: 422, body: { message: 'Update is not a fast forward' } });
    expect((await gh('PATCH', '/repos/octo/proj/git/refs/heads/topic', { sha: other, force: true })).status).toBe(200);
    expect(fake.branchSha('octo', 'proj', 'topic')).toBe(other);
  });

  it('refuses a comment body over GitHub\'s 65536-character limit', async () => {
    fake.openPullRequest({ owner: 'octo', repo: 'proj', head: 'main' });
    const tooLong = await gh('POST', '/repos/octo/proj/issues/1/comments', { body: 'x'.repeat(65_537) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0].message).toBe('body is too long (maximum is 65536 characters)');
    expect((await gh('POST', '/repos/octo/proj/issues/1/comments', { body: 'x'.repeat(65_536) })).status).toBe(201);
    expect(fake.comments('octo', 'proj', 1)).toHaveLength(1);
  });

  it('answers a second PR for the same head with 422 "A pull request already exists"', async () => {
    fake.pushCommit({ owner: 'octo', repo: 'proj', branch: 'lockstep/bump', files: { 'a.txt': 'a' } });
    expect((await gh('POST', '/repos/octo/proj/pulls', { title: 'one', head: 'lockstep/bump', base: 'main' })).status).toBe(201);
    const again = await gh('POST', '/repos/octo/proj/pulls', { title: 'two', head: 'lockstep/bump', base: 'main' });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].message).toBe('A pull request already exists for octo:lockstep/bump.');
  });
});

describe('fault injection', () => {
  it('answers the next matching request with the fault, then behaves normally', async () => {
    fake.failNext('GET', '/repos/{owner}/{repo}', faults.secondaryRateLimit(7));
    const limited = await gh('GET', '/repos/octo/proj');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.message).toMatch(/secondary rate limit/);
    expect((await gh('GET', '/repos/octo/proj')).status).toBe(200);
    fake.failNext('GET', /\/repos\/octo\/proj$/, { ...faults.serverError(502), times: 2 });
    expect((await gh('GET', '/repos/octo/proj')).status).toBe(502);
    expect((await gh('GET', '/repos/octo/proj')).status).toBe(502);
    expect((await gh('GET', '/repos/octo/proj')).status).toBe(200);
    expect(fake.requestsTo('GET', '/repos/octo/proj').map((r) => r.status)).toEqual([403, 200, 502, 502, 200]);
  });

  it('delays a request so clients can time out', async () => {
    fake.failNext('GET', '/repos/{owner}/{repo}', faults.timeout(2_000));
    const started = Date.now();
    await expect(fetch(`${fake.url}/repos/octo/proj`, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

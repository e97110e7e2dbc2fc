/**
 * A stateful fake of the GitHub REST endpoints lockstep's bots use, on 127.0.0.1 (random port).
 * Point the code under test at it with `GITHUB_API_URL=fake.url`.
 *
 * - State: repositories with git data (blobs, trees, commits, refs; ids are real git SHA-1s, computed the way
 *   git does), pull requests, issue comments, labels; tokens with per-scope permissions.
 * - Protocol: every request is checked against GitHub's OpenAPI description (see openapi-validator.ts). An
 *   unknown route, wrong method or invalid body/parameter gets the 4xx GitHub would give AND is recorded in
 *   `violations`; every 2xx JSON response is validated against the operation's documented schema too, so the
 *   fake cannot drift into answers GitHub never gives. Tests end with `expect(fake.violations).toEqual([])`.
 * - Faults: `failNext(method, pattern, fault)` answers the next matching request with a status/body/headers
 *   of the test's choosing, or delays it (timeouts). `faults.*` builds the common ones.
 * - A request log: `requests`.
 *
 * Responses carry every field the schema requires: a skeleton is generated from the component schema and
 * the fake's state is laid over it.
 *
 * Usage:
 *   const fake = await FakeGitHub.start();
 *   fake.createRepository({ owner: 'octo', repo: 'proj', fromGit: bareRemoteDir }); // or { files: {...} }
 *   Object.assign(process.env, fake.clientEnv());      // GITHUB_API_URL + fast LOCKSTEP_GITHUB_* knobs
 *   ... run the code under test with token 'test-token' (all writes) or 'read-only' (403 on writes) ...
 *   fake.pushCommit({ owner, repo, branch, files, author });   // a human push
 *   fake.failNext('POST', '/repos/{owner}/{repo}/pulls', faults.secondaryRateLimit(1));
 *   expect(fake.readFile(owner, repo, 'lockstep/bump', 'pyproject.toml')).toContain('==2.6.0');
 *   expect(fake.violations).toEqual([]); await fake.close();
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator, type RouteMatch } from './openapi-validator.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type Access = 'none' | 'read' | 'write';
export interface TokenGrant {
  /** The login GitHub attributes the token's actions to. */
  login: string;
  contents: Access;
  pullRequests: Access;
  issues: Access;
}

export interface Fault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the request this long first; without `status` it is then answered normally (a slow server). */
  delayMs?: number;
  /** How many matching requests this fault applies to (default 1). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  /** Pathname + query as received. */
  path: string;
  /** The OpenAPI operation it matched, if any. */
  operationId?: string;
  /** Login of the token used, or null when unauthenticated / unknown. */
  login: string | null;
  body?: unknown;
  status: number;
}

export interface Violation {
  kind: 'request' | 'response' | 'unimplemented';
  method: string;
  path: string;
  problems: string[];
}

export interface Signature {
  name: string;
  email: string;
  date: string;
}

interface Blob {
  type: 'blob';
  content: Buffer;
}
interface TreeEntry {
  name: string;
  /** As git writes it: `100644`, `100755`, `120000`, `160000`, or `40000` for trees. */
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
interface Tree {
  type: 'tree';
  entries: TreeEntry[];
  /** The object as git stores it (for syncToGit). */
  raw: Buffer;
}
export interface FakeCommit {
  type: 'commit';
  sha: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
  /** GitHub user linked to the author / committer (null for an email GitHub does not know). */
  authorLogin: string | null;
  committerLogin: string | null;
  /** Commits made through the API are signed by GitHub. */
  verified: boolean;
  /** The object as git stores it (for syncToGit). */
  raw: Buffer;
}
type GitObject = Blob | Tree | FakeCommit;

export interface FakePullRequest {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  headRef: string;
  /** Owner of the fork the head branch lives in; undefined for a branch of the repository itself. */
  headOwner?: string;
  /** The head sha when the PR was closed; open PRs follow their branch. */
  closedHeadSha?: string;
  baseRef: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

interface FakeRepository {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  objects: Map<string, GitObject>;
  /** Full ref name (`refs/heads/main`) → commit sha. */
  refs: Map<string, string>;
  pulls: Map<number, FakePullRequest>;
  /** Issues share the pull requests' numbers, as on GitHub. */
  issues: Map<number, FakeIssue>;
  comments: FakeComment[];
  labels: Map<number, string[]>;
  nextNumber: number;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface HandlerContext {
  repo: FakeRepository;
  route: RouteMatch;
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
  grant: TokenGrant | null;
  pathname: string;
}

const BOT_LOGIN = 'github-actions[bot]';
const DEFAULT_TOKENS: Record<string, TokenGrant> = {
  'test-token': { login: BOT_LOGIN, contents: 'write', pullRequests: 'write', issues: 'write' },
  'read-only': { login: BOT_LOGIN, contents: 'read', pullRequests: 'read', issues: 'read' },
  // The same grant under a token value that is not an English word: lockstep redacts the token's value
  // from everything it writes, so a test asserting prose must not use a token spelled like that prose.
  ghs_fork_pr_token: { login: BOT_LOGIN, contents: 'read', pullRequests: 'read', issues: 'read' },
};
const FIXED_DATE = '2026-01-01T00:00:00Z';

/** Ready-made faults with the bodies and headers GitHub sends. */
export const faults = {
  secondaryRateLimit(retryAfterSeconds = 1, status: 403 | 429 = 403): Fault {
    return {
      status,
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
    };
  },
  /** The hourly quota is spent; it resets in `resetInSeconds`. */
  primaryRateLimit(resetInSeconds = 1): Fault {
    return {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds) },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting', status: '403' },
    };
  },
  serverError(status = 500): Fault {
    return { status, body: { message: 'Server Error' } };
  },
  pullRequestAlreadyExists(headLabel: string): Fault {
    return validationFailed(`A pull request already exists for ${headLabel}.`);
  },
  timeout(delayMs: number): Fault {
    return { delayMs };
  },
};

function validationFailed(message: string, field?: string): Fault & Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [field ? { resource: 'PullRequest', field, code: 'invalid' } : { resource: 'PullRequest', code: 'custom', message }],
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      status: '422',
    },
  };
}

/** GitHub refuses PR and comment bodies over 65536 characters. */
const MAX_BODY_CHARS = 65_536;

function bodyTooLong(resource: 'IssueComment' | 'PullRequest' | 'Issue', body: string | undefined): Reply | undefined {
  if (body === undefined || body.length <= MAX_BODY_CHARS) return undefined;
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_CHARS} characters)` }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

function gitError(status: number, message: string, doc = 'https://docs.github.com/rest/git'): Reply {
  return { status, body: { message, documentation_url: doc, status: String(status) } };
}

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

/** git sorts tree entries by name, comparing a tree's name as if it ended in `/`. */
function gitTreeOrder(a: TreeEntry, b: TreeEntry): number {
  const key = (e: TreeEntry) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name);
  return Buffer.compare(key(a), key(b));
}

function signatureLine(role: string, who: Signature): string {
  return `${role} ${who.name} <${who.email}> ${Math.floor(Date.parse(who.date) / 1000)} +0000`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(base[key], value);
  return out;
}

export class FakeGitHub {
  readonly requests: LoggedRequest[] = [];
  readonly violations: Violation[] = [];
  /** Base URL, e.g. `http://127.0.0.1:41234`; give it to the code under test as GITHUB_API_URL. */
  url = '';

  private readonly validator = OpenApiValidator.load();
  private readonly server: Server;
  private readonly repos = new Map<string, FakeRepository>();
  private readonly tokens = new Map<string, TokenGrant>(Object.entries(DEFAULT_TOKENS));
  private readonly pendingFaults: { method: string; pattern: string | RegExp; fault: Fault; remaining: number }[] = [];
  private readonly skeletons = new Map<string, unknown>();
  /** Pending `delayMs` waits; `close()` ends them so no timer outlives the server. */
  private readonly delays = new Set<() => void>();
  private nextId = 1000;
  /** Commit and update times: seconds that advance with every change, starting now (after imported history). */
  private clock = Math.floor(Date.now() / 1000) * 1000;

  private constructor() {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push({ kind: 'unimplemented', method: req.method ?? '?', path: req.url ?? '?', problems: [`fake crashed: ${String(error)}`] });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'fake-github crashed' }));
      });
    });
  }

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub();
    // Compiling the response schemas takes a moment once per process: do it before any client is timing us.
    fake.validator.warmUp(Object.keys(HANDLERS));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  /**
   * Environment for code under test that builds its own client (a job, the CLI): this server's URL plus
   * LOCKSTEP_GITHUB_* knobs so retries and write spacing take milliseconds, not seconds.
   */
  clientEnv(): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      LOCKSTEP_GITHUB_WRITE_SPACING_MS: '0',
      LOCKSTEP_GITHUB_BACKOFF_MS: '5',
      LOCKSTEP_GITHUB_TIMEOUT_MS: '2000',
    };
  }

  async close(): Promise<void> {
    for (const finish of [...this.delays]) finish();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- set-up and inspection (direct state access, not over HTTP) ----

  /**
   * Creates a repository. With `fromGit` (a local repository, bare or not) it holds the same objects and
   * branches under the same ids, so what the code under test reads from its clone and from the API agree;
   * otherwise its default branch holds one commit with `files`. Returns the default branch's commit sha.
   */
  createRepository(options: {
    owner: string;
    repo: string;
    defaultBranch?: string;
    private?: boolean;
    files?: Record<string, string>;
    fromGit?: string;
  }): string {
    const repo: FakeRepository = {
      id: this.nextId++,
      owner: options.owner,
      name: options.repo,
      private: options.private ?? false,
      defaultBranch: options.defaultBranch ?? 'main',
      objects: new Map(),
      refs: new Map(),
      pulls: new Map(),
      issues: new Map(),
      comments: [],
      labels: new Map(),
      nextNumber: 1,
    };
    this.repos.set(`${options.owner}/${options.repo}`.toLowerCase(), repo);
    if (options.fromGit) {
      importGitRepository(repo, options.fromGit, options.defaultBranch);
      for (const object of repo.objects.values()) {
        if (object.type === 'commit') this.clock = Math.max(this.clock, Date.parse(object.committer.date));
      }
      const head = repo.refs.get(`refs/heads/${repo.defaultBranch}`);
      if (!head) throw new Error(`${options.fromGit} has no branch ${repo.defaultBranch}`);
      return head;
    }
    const tree = this.writeTreeFromPaths(repo, new Map(), options.files ?? { 'README.md': `# ${options.repo}\n` });
    const who = { name: 'Octo Cat', email: 'octocat@example.com', date: this.tick() };
    const sha = this.writeCommit(repo, { tree, parents: [], author: who, committer: who, message: 'Initial commit', authorLogin: 'octocat', committerLogin: 'octocat', verified: false });
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, sha);
    return sha;
  }

  /** Registers a token. Unknown tokens get 401 "Bad credentials". */
  setToken(token: string, grant: Partial<TokenGrant>): void {
    this.tokens.set(token, { login: BOT_LOGIN, contents: 'read', pullRequests: 'read', issues: 'read', ...grant });
  }

  /**
   * Pushes a commit onto `branch` as a person would (creating the branch from the default branch if needed).
   * `null` deletes a file. Returns the new commit's sha.
   */
  pushCommit(options: {
    owner: string;
    repo: string;
    branch: string;
    files: Record<string, string | null>;
    message?: string;
    author?: { name: string; email: string; login: string | null };
    /** Default: the author (a plain `git commit`); `git commit --amend` keeps the author and changes this. */
    committer?: { name: string; email: string; login: string | null };
    /** Default: the branch's head; an amend gives the amended commit's parent. */
    parent?: string;
  }): string {
    const repo = this.repository(options.owner, options.repo);
    const parent = options.parent ?? repo.refs.get(`refs/heads/${options.branch}`) ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`);
    if (!parent) throw new Error(`no branch to push onto in ${options.owner}/${options.repo}`);
    const base = this.flattenTree(repo, (repo.objects.get(parent) as FakeCommit).tree);
    const tree = this.writeTreeFromPaths(repo, base, options.files);
    const author = options.author ?? { name: 'Human Dev', email: 'human@example.com', login: 'human-dev' };
    const committer = options.committer ?? author;
    const who = { name: author.name, email: author.email, date: this.tick() };
    const sha = this.writeCommit(repo, {
      tree,
      parents: [parent],
      author: who,
      committer: { name: committer.name, email: committer.email, date: who.date },
      message: options.message ?? 'Manual change',
      authorLogin: author.login,
      committerLogin: committer.login,
      verified: false,
    });
    repo.refs.set(`refs/heads/${options.branch}`, sha);
    return sha;
  }

  /**
   * Writes the fake's objects into a local git repository (bare or not) and points its branches at the
   * fake's, so a test can `git fetch`/`git show` what the code under test committed through the API.
   * The ids git computes must equal the fake's; a mismatch throws.
   */
  syncToGit(owner: string, repo: string, gitDir: string, branches?: readonly string[]): void {
    const repository = this.repository(owner, repo);
    const git = (args: string[], input?: Buffer | string) => execFileSync('git', args, { cwd: gitDir, input, maxBuffer: 1 << 30 }).toString('utf8');
    const missing = new Set(
      git(['cat-file', '--batch-check'], [...repository.objects.keys()].join('\n') + '\n')
        .split('\n')
        .filter((line) => line.endsWith(' missing'))
        .map((line) => line.split(' ')[0]),
    );
    for (const [sha, object] of repository.objects) {
      if (!missing.has(sha)) continue;
      const written = git(['hash-object', '-w', '-t', object.type, '--stdin'], object.type === 'blob' ? object.content : object.raw).trim();
      if (written !== sha) throw new Error(`fake-github id ${sha} is not git's (${written}) for a ${object.type}`);
    }
    for (const [ref, sha] of repository.refs) {
      const branch = ref.replace(/^refs\/heads\//, '');
      if (!branches || branches.includes(branch)) git(['update-ref', ref, sha]);
    }
  }

  branchSha(owner: string, repo: string, branch: string): string | undefined {
    return this.repository(owner, repo).refs.get(`refs/heads/${branch}`);
  }

  /** A file's text at a branch or commit sha, or undefined. */
  readFile(owner: string, repo: string, ref: string, path: string): string | undefined {
    const repository = this.repository(owner, repo);
    const commitSha = repository.refs.get(`refs/heads/${ref}`) ?? ref;
    const commit = repository.objects.get(commitSha);
    if (commit?.type !== 'commit') return undefined;
    const entry = this.flattenTree(repository, commit.tree).get(path);
    const blob = entry ? repository.objects.get(entry.sha) : undefined;
    return blob?.type === 'blob' ? blob.content.toString('utf8') : undefined;
  }

  commit(owner: string, repo: string, sha: string): FakeCommit | undefined {
    const object = this.repository(owner, repo).objects.get(sha);
    return object?.type === 'commit' ? object : undefined;
  }

  pullRequests(owner: string, repo: string): FakePullRequest[] {
    return [...this.repository(owner, repo).pulls.values()];
  }

  /**
   * Opens a PR directly (as if someone else had). Returns its number. `headOwner` makes it a fork PR (its
   * commits are read from the same-named branch here, as GitHub keeps them under refs/pull/N/head).
   */
  openPullRequest(options: { owner: string; repo: string; head: string; headOwner?: string; base?: string; title?: string; body?: string; user?: string }): number {
    const repo = this.repository(options.owner, options.repo);
    return this.addPull(repo, {
      headRef: options.head,
      headOwner: options.headOwner,
      baseRef: options.base ?? repo.defaultBranch,
      title: options.title ?? 'A pull request',
      body: options.body ?? null,
      user: options.user ?? 'human-dev',
      draft: false,
    }).number;
  }

  closePullRequest(owner: string, repo: string, number: number, options: { merged?: boolean } = {}): void {
    const repository = this.repository(owner, repo);
    const pull = repository.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number}`);
    pull.closedHeadSha = repository.refs.get(`refs/heads/${pull.headRef}`);
    pull.state = 'closed';
    pull.merged = options.merged ?? false;
    pull.updatedAt = this.tick();
  }

  /** Adds comments to an issue/PR directly (e.g. 150 to exercise pagination). Returns their ids. */
  addComments(owner: string, repo: string, issueNumber: number, bodies: string[], user = 'human-dev'): number[] {
    const repository = this.repository(owner, repo);
    return bodies.map((body) => this.addComment(repository, issueNumber, body, user).id);
  }

  comments(owner: string, repo: string, issueNumber: number): FakeComment[] {
    return this.repository(owner, repo).comments.filter((c) => c.issueNumber === issueNumber);
  }

  /** Issues (not pull requests), oldest first. */
  issues(owner: string, repo: string): FakeIssue[] {
    return [...this.repository(owner, repo).issues.values()];
  }

  /** A person opens an issue (or edits / closes one: `editIssue`). */
  openIssue(options: { owner: string; repo: string; title: string; body?: string; user?: string; labels?: string[] }): number {
    const repo = this.repository(options.owner, options.repo);
    const issue = this.addIssue(repo, { title: options.title, body: options.body ?? null, user: options.user ?? 'human-dev' });
    if (options.labels) repo.labels.set(issue.number, [...options.labels]);
    return issue.number;
  }

  /** A person edits or closes an issue (as `human-dev` unless said otherwise). */
  editIssue(owner: string, repo: string, number: number, changes: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: FakeIssue['stateReason'] }): void {
    const issue = this.repository(owner, repo).issues.get(number);
    if (!issue) throw new Error(`no issue #${number} in ${owner}/${repo}`);
    this.applyIssueChanges(issue, changes);
  }

  labels(owner: string, repo: string, issueNumber: number): string[] {
    return [...(this.repository(owner, repo).labels.get(issueNumber) ?? [])];
  }

  /**
   * The next `fault.times` (default 1) requests with this method whose path matches `pattern` get `fault`.
   * `pattern`: a RegExp tested on the pathname, or a string equal to the pathname or to the OpenAPI template
   * (`/repos/{owner}/{repo}/pulls`). The request is still validated first.
   */
  failNext(method: string, pattern: string | RegExp, fault: Fault): void {
    this.pendingFaults.push({ method: method.toUpperCase(), pattern, fault, remaining: fault.times ?? 1 });
  }

  /** Requests whose path (without query) matches, for assertions like "nothing was pushed". */
  requestsTo(method: string, pattern: string | RegExp): LoggedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && matches(pattern, r.path.split('?')[0] ?? '', undefined));
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.url);
    const grant = this.grantFor(req.headers.authorization);
    const log: LoggedRequest = { method, path: `${url.pathname}${url.search}`, login: grant?.login ?? null, status: 0 };
    this.requests.push(log);

    const check = this.validator.validateRequest({ method, url, contentType: req.headers['content-type'], rawBody });
    log.operationId = check.route?.operationId;
    log.body = check.body;
    if (check.problems.length > 0) {
      this.violations.push({ kind: 'request', method, path: log.path, problems: check.problems });
      const status = check.status ?? 422;
      return this.send(res, log, {
        status,
        body: { message: status === 404 ? 'Not Found' : status === 400 ? 'Problems parsing JSON' : 'Invalid request.', errors: check.problems, status: String(status) },
      });
    }
    const route = check.route as RouteMatch;

    const fault = this.takeFault(method, url.pathname, route.template);
    if (fault?.delayMs) await this.delay(fault.delayMs);
    if (fault?.status) return this.send(res, log, { status: fault.status, body: fault.body ?? { message: 'Injected fault' }, headers: fault.headers });

    const reply = this.dispatch(route, url, check.body, grant, req.headers.authorization !== undefined);
    if (reply.status >= 200 && reply.status < 300 && reply.body !== undefined) {
      const problems = this.validator.validateResponse(route, reply.status, reply.body);
      if (problems.length > 0) this.violations.push({ kind: 'response', method, path: log.path, problems });
    }
    this.send(res, log, reply);
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.delays.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.delays.add(finish);
    });
  }

  private send(res: ServerResponse, log: LoggedRequest, reply: Reply): void {
    log.status = reply.status;
    if (res.destroyed) return; // the client gave up (timeout) while we were slow
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...(reply.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...reply.headers,
    };
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  private takeFault(method: string, pathname: string, template: string): Fault | undefined {
    const index = this.pendingFaults.findIndex((f) => f.method === method && matches(f.pattern, pathname, template));
    if (index < 0) return undefined;
    const pending = this.pendingFaults[index]!;
    if (--pending.remaining <= 0) this.pendingFaults.splice(index, 1);
    return pending.fault;
  }

  private grantFor(authorization: string | undefined): TokenGrant | null {
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1];
    return token ? (this.tokens.get(token) ?? null) : null;
  }

  private dispatch(route: RouteMatch, url: URL, body: unknown, grant: TokenGrant | null, sentAuthorization: boolean): Reply {
    const handler = HANDLERS[route.operationId];
    if (!handler) {
      this.violations.push({
        kind: 'unimplemented',
        method: route.method,
        path: url.pathname,
        problems: [`${route.operationId} is a real GitHub operation the fake does not implement yet: add it to fake-github.ts`],
      });
      return { status: 501, body: { message: `fake-github does not implement ${route.operationId}` } };
    }
    if (sentAuthorization && !grant) return gitError(401, 'Bad credentials', 'https://docs.github.com/rest');
    const owner = route.params['owner'];
    const repoName = route.params['repo'];
    // Operations outside a repository (GET /user) get no repo.
    if (owner === undefined) return handler.call(this, { repo: undefined as unknown as FakeRepository, route, params: route.params, query: url.searchParams, body, grant, pathname: url.pathname });
    const repo = owner && repoName ? this.repos.get(`${owner}/${repoName}`.toLowerCase()) : undefined;
    if (!repo || (repo.private && !grant)) return gitError(404, 'Not Found', 'https://docs.github.com/rest');
    const needed = PERMISSIONS[route.operationId];
    if (needed && route.method !== 'GET') {
      if (!grant) return gitError(401, 'Requires authentication', 'https://docs.github.com/rest');
      if (!needed.some((scope) => grant[scope] === 'write')) {
        return gitError(403, 'Resource not accessible by integration', `https://docs.github.com/rest/${route.operationId.replace(/\/.*/, '')}`);
      }
    }
    return handler.call(this, { repo, route, params: route.params, query: url.searchParams, body, grant, pathname: url.pathname });
  }

  // ---- git objects ----

  private tick(): string {
    this.clock = Math.max(this.clock + 1000, Math.floor(Date.now() / 1000) * 1000);
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private repository(owner: string, repo: string): FakeRepository {
    const found = this.repos.get(`${owner}/${repo}`.toLowerCase());
    if (!found) throw new Error(`fake-github has no repository ${owner}/${repo}: call createRepository first`);
    return found;
  }

  private writeBlob(repo: FakeRepository, content: Buffer): string {
    const sha = hashObject('blob', content);
    repo.objects.set(sha, { type: 'blob', content });
    return sha;
  }

  private writeTree(repo: FakeRepository, entries: TreeEntry[]): string {
    const sorted = [...entries].sort(gitTreeOrder);
    const body = Buffer.concat(sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]));
    const sha = hashObject('tree', body);
    repo.objects.set(sha, { type: 'tree', entries: sorted, raw: body });
    return sha;
  }

  private writeCommit(repo: FakeRepository, commit: Omit<FakeCommit, 'type' | 'sha' | 'raw'>): string {
    const text = [
      `tree ${commit.tree}`,
      ...commit.parents.map((p) => `parent ${p}`),
      signatureLine('author', commit.author),
      signatureLine('committer', commit.committer),
      '',
      commit.message,
    ].join('\n');
    const raw = Buffer.from(text);
    const sha = hashObject('commit', raw);
    repo.objects.set(sha, { type: 'commit', sha, ...commit, raw });
    return sha;
  }

  /** path → leaf entry (blobs, submodules), for a whole tree. */
  private flattenTree(repo: FakeRepository, treeSha: string, prefix = '', out = new Map<string, Omit<TreeEntry, 'name'>>()): Map<string, Omit<TreeEntry, 'name'>> {
    const tree = repo.objects.get(treeSha);
    if (tree?.type !== 'tree') return out;
    for (const entry of tree.entries) {
      const path = `${prefix}${entry.name}`;
      if (entry.type === 'tree') this.flattenTree(repo, entry.sha, `${path}/`, out);
      else out.set(path, { mode: entry.mode, type: entry.type, sha: entry.sha });
    }
    return out;
  }

  /** Writes the nested trees for a flat path map (after applying `changes`) and returns the root tree sha. */
  private writeTreeFromPaths(repo: FakeRepository, base: Map<string, Omit<TreeEntry, 'name'>>, changes: Record<string, string | null>): string {
    const leaves = new Map(base);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) leaves.delete(path);
      else leaves.set(path, { mode: '100644', type: 'blob', sha: this.writeBlob(repo, Buffer.from(content)) });
    }
    return this.buildNestedTree(repo, leaves);
  }

  private buildNestedTree(repo: FakeRepository, leaves: Map<string, Omit<TreeEntry, 'name'>>): string {
    const direct: TreeEntry[] = [];
    const subdirs = new Map<string, Map<string, Omit<TreeEntry, 'name'>>>();
    for (const [path, leaf] of leaves) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        direct.push({ name: path, ...leaf });
        continue;
      }
      const dir = path.slice(0, slash);
      if (!subdirs.has(dir)) subdirs.set(dir, new Map());
      subdirs.get(dir)!.set(path.slice(slash + 1), leaf);
    }
    for (const [dir, sub] of subdirs) direct.push({ name: dir, mode: '40000', type: 'tree', sha: this.buildNestedTree(repo, sub) });
    return this.writeTree(repo, direct);
  }

  private isAncestor(repo: FakeRepository, ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const stack = [descendant];
    while (stack.length > 0) {
      const sha = stack.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const object = repo.objects.get(sha);
      if (object?.type === 'commit') stack.push(...object.parents);
    }
    return false;
  }

  // ---- response builders (state laid over a skeleton generated from the schema) ----

  private shaped(component: string, state: Record<string, unknown>): JsonObject {
    if (!this.skeletons.has(component)) this.skeletons.set(component, this.skeleton(this.validator.componentSchema(component), 0));
    return deepMerge(structuredClone(this.skeletons.get(component)), state) as JsonObject;
  }

  /** A minimal value satisfying `schema`: required properties only, nulls where allowed. */
  private skeleton(schema: JsonObject, depth: number): unknown {
    const resolved = this.validator.resolve(schema);
    if (depth > 12) return null;
    if (Array.isArray(resolved['allOf'])) {
      return (resolved['allOf'] as JsonObject[]).reduce<unknown>((acc, part) => deepMerge(acc, this.skeleton(part, depth + 1)), {});
    }
    if (resolved['nullable'] === true) return null;
    const choices = (resolved['oneOf'] ?? resolved['anyOf']) as JsonObject[] | undefined;
    if (choices?.[0]) return this.skeleton(choices[0], depth + 1);
    if (Array.isArray(resolved['enum'])) return resolved['enum'][0];
    switch (resolved['type']) {
      case 'object': {
        const out: Record<string, unknown> = {};
        const properties = (resolved['properties'] ?? {}) as Record<string, JsonObject>;
        for (const name of (resolved['required'] ?? []) as string[]) {
          out[name] = properties[name] ? this.skeleton(properties[name], depth + 1) : null;
        }
        return out;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return false;
      case 'string':
        switch (resolved['format']) {
          case 'date-time':
            return FIXED_DATE;
          case 'uri':
          case 'uri-template':
            return `${this.url}/placeholder`;
          case 'email':
            return 'placeholder@example.com';
          default:
            return '';
        }
      default:
        return null;
    }
  }

  private user(login: string | null): JsonObject | null {
    if (!login) return null;
    const bot = login.endsWith('[bot]');
    return this.shaped('simple-user', {
      login,
      id: bot ? 41898282 : 1000 + [...login].reduce((n, c) => n + c.charCodeAt(0), 0),
      type: bot ? 'Bot' : 'User',
      html_url: bot ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}` : `https://github.com/${login}`,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
    });
  }

  private repoUrl(repo: FakeRepository): string {
    return `${this.url}/repos/${repo.owner}/${repo.name}`;
  }

  private repositoryState(repo: FakeRepository, grant: TokenGrant | null): Record<string, unknown> {
    return {
      id: repo.id,
      node_id: `R_${repo.id}`,
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: this.user(repo.owner),
      private: repo.private,
      visibility: repo.private ? 'private' : 'public',
      html_url: `https://github.com/${repo.owner}/${repo.name}`,
      url: this.repoUrl(repo),
      default_branch: repo.defaultBranch,
      permissions: { admin: false, maintain: false, push: grant?.contents === 'write', triage: grant?.pullRequests === 'write', pull: true },
    };
  }

  private refJson(repo: FakeRepository, ref: string, sha: string): JsonObject {
    return this.shaped('git-ref', {
      ref,
      node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
      url: `${this.repoUrl(repo)}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.repoUrl(repo)}/git/commits/${sha}` },
    });
  }

  private gitCommitJson(repo: FakeRepository, commit: FakeCommit): JsonObject {
    return this.shaped('git-commit', {
      sha: commit.sha,
      node_id: `C_${commit.sha}`,
      url: `${this.repoUrl(repo)}/git/commits/${commit.sha}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/commit/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.repoUrl(repo)}/git/trees/${commit.tree}` },
      parents: commit.parents.map((sha) => ({ sha, url: `${this.repoUrl(repo)}/git/commits/${sha}`, html_url: `https://github.com/${repo.owner}/${repo.name}/commit/${sha}` })),
      verification: {
        verified: commit.verified,
        reason: commit.verified ? 'valid' : 'unsigned',
        signature: commit.verified ? '-----BEGIN PGP SIGNATURE-----\nfake\n-----END PGP SIGNATURE-----' : null,
        payload: null,
        verified_at: commit.verified ? commit.committer.date : null,
      },
    });
  }

  private pullJson(repo: FakeRepository, pull: FakePullRequest, component: 'pull-request' | 'pull-request-simple'): JsonObject {
    const headSha = pull.closedHeadSha ?? repo.refs.get(`refs/heads/${pull.headRef}`) ?? '0'.repeat(40);
    const baseSha = repo.refs.get(`refs/heads/${pull.baseRef}`) ?? '0'.repeat(40);
    const repoJson = (owner: string) => {
      const state = this.repositoryState(repo, null);
      if (owner === repo.owner) return this.shaped('repository', state);
      const full = `${owner}/${repo.name}`;
      return this.shaped('repository', { ...state, id: repo.id + 1, node_id: `R_fork_${owner}`, full_name: full, owner: this.user(owner), fork: true, html_url: `https://github.com/${full}`, url: `${this.url}/repos/${full}` });
    };
    const side = (owner: string, ref: string, sha: string) => ({ label: `${owner}:${ref}`, ref, sha, user: this.user(owner), repo: repoJson(owner) });
    const html = `https://github.com/${repo.owner}/${repo.name}/pull/${pull.number}`;
    return this.shaped(component, {
      id: this.nextId + pull.number,
      node_id: `PR_${repo.id}_${pull.number}`,
      number: pull.number,
      url: `${this.repoUrl(repo)}/pulls/${pull.number}`,
      html_url: html,
      issue_url: `${this.repoUrl(repo)}/issues/${pull.number}`,
      state: pull.state,
      locked: false,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      user: this.user(pull.user),
      labels: (repo.labels.get(pull.number) ?? []).map((name) => this.labelJson(repo, name)),
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.state === 'closed' ? pull.updatedAt : null,
      merged_at: pull.merged ? pull.updatedAt : null,
      head: side(pull.headOwner ?? repo.owner, pull.headRef, headSha),
      base: side(repo.owner, pull.baseRef, baseSha),
      author_association: 'CONTRIBUTOR',
      ...(component === 'pull-request' ? { merged: pull.merged, mergeable: pull.state === 'open' ? true : null, comments: this.commentsOn(repo, pull.number).length } : {}),
    });
  }

  private labelJson(repo: FakeRepository, name: string): JsonObject {
    return this.shaped('label', {
      id: [...name].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) % 1_000_000_000,
      node_id: `L_${Buffer.from(name).toString('base64url')}`,
      url: `${this.repoUrl(repo)}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: '', // the OpenAPI schema of pulls/list says string (not nullable)
    });
  }

  private commentJson(repo: FakeRepository, comment: FakeComment): JsonObject {
    return this.shaped('issue-comment', {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.repoUrl(repo)}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/${repo.issues.has(comment.issueNumber) ? 'issues' : 'pull'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.repoUrl(repo)}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: 'CONTRIBUTOR',
    });
  }

  private commentsOn(repo: FakeRepository, issueNumber: number): FakeComment[] {
    return repo.comments.filter((c) => c.issueNumber === issueNumber);
  }

  private addComment(repo: FakeRepository, issueNumber: number, body: string, user: string): FakeComment {
    if (!repo.pulls.has(issueNumber) && !repo.issues.has(issueNumber)) throw new Error(`no issue or pull request #${issueNumber} in ${repo.owner}/${repo.name}`);
    const now = this.tick();
    const comment = { id: this.nextId++, issueNumber, body, user, createdAt: now, updatedAt: now };
    repo.comments.push(comment);
    return comment;
  }

  private addIssue(repo: FakeRepository, fields: Pick<FakeIssue, 'title' | 'body' | 'user'>): FakeIssue {
    const now = this.tick();
    const issue: FakeIssue = { number: repo.nextNumber++, state: 'open', stateReason: null, createdAt: now, updatedAt: now, closedAt: null, ...fields };
    repo.issues.set(issue.number, issue);
    return issue;
  }

  private applyIssueChanges(issue: FakeIssue, changes: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: FakeIssue['stateReason'] }): void {
    const now = this.tick();
    if (changes.title !== undefined) issue.title = changes.title;
    if (changes.body !== undefined) issue.body = changes.body;
    if (changes.state === 'closed' && issue.state === 'open') {
      issue.closedAt = now;
      issue.stateReason = changes.stateReason ?? 'completed';
    } else if (changes.state === 'open' && issue.state === 'closed') {
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    } else if (changes.stateReason !== undefined && issue.state === 'closed') {
      issue.stateReason = changes.stateReason;
    }
    if (changes.state !== undefined) issue.state = changes.state;
    issue.updatedAt = now;
  }

  private issueJson(repo: FakeRepository, issue: FakeIssue): JsonObject {
    return this.shaped('issue', {
      id: this.nextId + 100_000 + issue.number,
      node_id: `I_${repo.id}_${issue.number}`,
      number: issue.number,
      url: `${this.repoUrl(repo)}/issues/${issue.number}`,
      repository_url: this.repoUrl(repo),
      labels_url: `${this.repoUrl(repo)}/issues/${issue.number}/labels{/name}`,
      comments_url: `${this.repoUrl(repo)}/issues/${issue.number}/comments`,
      events_url: `${this.repoUrl(repo)}/issues/${issue.number}/events`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}`,
      state: issue.state,
      state_reason: issue.stateReason,
      locked: false,
      title: issue.title,
      body: issue.body,
      user: this.user(issue.user),
      labels: (repo.labels.get(issue.number) ?? []).map((name) => this.labelJson(repo, name)),
      assignee: null,
      assignees: [],
      milestone: null,
      comments: this.commentsOn(repo, issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: issue.user.endsWith('[bot]') ? 'NONE' : 'OWNER',
    });
  }

  private addPull(repo: FakeRepository, fields: Pick<FakePullRequest, 'headRef' | 'headOwner' | 'baseRef' | 'title' | 'body' | 'user' | 'draft'>): FakePullRequest {
    const now = this.tick();
    const pull: FakePullRequest = { number: repo.nextNumber++, state: 'open', merged: false, createdAt: now, updatedAt: now, ...fields };
    repo.pulls.set(pull.number, pull);
    return pull;
  }

  /** GitHub pages with `page`/`per_page` (max 100) and a Link header naming next/last/first/prev. */
  private paginate<T>(items: T[], ctx: HandlerContext, render: (item: T) => unknown): Reply {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const next = new URL(`${this.url}${ctx.pathname}`);
      for (const [key, value] of ctx.query) next.searchParams.set(key, value);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(n));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage).map(render),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  private resolveCommitish(repo: FakeRepository, ref: string | null): string | undefined {
    const name = ref ?? repo.defaultBranch;
    return repo.refs.get(`refs/heads/${name}`) ?? repo.refs.get(name) ?? repo.refs.get(`refs/${name}`) ?? (repo.objects.get(name)?.type === 'commit' ? name : undefined);
  }

  // ---- route handlers (reached through HANDLERS by operationId; tests use the methods above instead) ----
  getRepo(ctx: HandlerContext): Reply {
    return { status: 200, body: this.shaped('full-repository', this.repositoryState(ctx.repo, ctx.grant)) };
  }

  getRef(ctx: HandlerContext): Reply {
    const ref = `refs/${ctx.params['ref']}`;
    const sha = ctx.repo.refs.get(ref);
    return sha ? { status: 200, body: this.refJson(ctx.repo, ref, sha) } : gitError(404, 'Not Found', 'https://docs.github.com/rest/git/refs#get-a-reference');
  }

  createRef(ctx: HandlerContext): Reply {
    const { ref, sha } = ctx.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) return gitError(422, "Reference name must start with 'refs/' and have at least two slashes.");
    if (ctx.repo.objects.get(sha)?.type !== 'commit') return gitError(422, 'Object does not exist');
    if (ctx.repo.refs.has(ref)) return gitError(422, 'Reference already exists');
    ctx.repo.refs.set(ref, sha);
    return { status: 201, body: this.refJson(ctx.repo, ref, sha), headers: { location: `${this.repoUrl(ctx.repo)}/git/${ref}` } };
  }

  updateRef(ctx: HandlerContext): Reply {
    const ref = `refs/${ctx.params['ref']}`;
    const { sha, force } = ctx.body as { sha: string; force?: boolean };
    const current = ctx.repo.refs.get(ref);
    if (!current) return gitError(422, 'Reference does not exist');
    if (ctx.repo.objects.get(sha)?.type !== 'commit') return gitError(422, 'Object does not exist');
    if (!force && !this.isAncestor(ctx.repo, current, sha)) return gitError(422, 'Update is not a fast forward');
    ctx.repo.refs.set(ref, sha);
    return { status: 200, body: this.refJson(ctx.repo, ref, sha) };
  }

  deleteRef(ctx: HandlerContext): Reply {
    const ref = `refs/${ctx.params['ref']}`;
    if (!ctx.repo.refs.delete(ref)) return gitError(422, 'Reference does not exist');
    return { status: 204 };
  }

  createBlob(ctx: HandlerContext): Reply {
    const { content, encoding } = ctx.body as { content: string; encoding?: string };
    const sha = this.writeBlob(ctx.repo, Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    return { status: 201, body: this.shaped('short-blob', { sha, url: `${this.repoUrl(ctx.repo)}/git/blobs/${sha}` }) };
  }

  getBlob(ctx: HandlerContext): Reply {
    const sha = ctx.params['file_sha'] ?? '';
    const blob = ctx.repo.objects.get(sha);
    if (blob?.type !== 'blob') return gitError(404, 'Not Found');
    return {
      status: 200,
      body: this.shaped('blob', { sha, node_id: `B_${sha}`, size: blob.content.length, url: `${this.repoUrl(ctx.repo)}/git/blobs/${sha}`, content: blob.content.toString('base64'), encoding: 'base64' }),
    };
  }

  createTree(ctx: HandlerContext): Reply {
    const { tree, base_tree: baseTree } = ctx.body as {
      tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[];
      base_tree?: string;
    };
    if (baseTree !== undefined && ctx.repo.objects.get(baseTree)?.type !== 'tree') return gitError(422, 'base_tree is not a valid tree oid');
    const leaves = baseTree ? this.flattenTree(ctx.repo, baseTree) : new Map<string, Omit<TreeEntry, 'name'>>();
    for (const entry of tree) {
      if (entry.sha !== undefined && entry.content !== undefined) return gitError(422, 'Must supply either tree.sha or tree.content, not both');
      if (entry.sha === null) {
        for (const path of [...leaves.keys()]) if (path === entry.path || path.startsWith(`${entry.path}/`)) leaves.delete(path);
        continue;
      }
      const sha = entry.content !== undefined ? this.writeBlob(ctx.repo, Buffer.from(entry.content)) : entry.sha;
      if (!sha || (entry.type === 'blob' && ctx.repo.objects.get(sha)?.type !== 'blob')) return gitError(422, `tree.sha ${sha} is not a valid blob`);
      // git writes a subtree's mode as 40000; the API spells it 040000.
      leaves.set(entry.path, { mode: entry.mode === '040000' ? '40000' : entry.mode, type: entry.type as TreeEntry['type'], sha });
    }
    const sha = this.buildNestedTree(ctx.repo, leaves);
    return { status: 201, body: this.treeJson(ctx.repo, sha, false) };
  }

  getTree(ctx: HandlerContext): Reply {
    // Like GitHub, accepts a tree sha, a commit sha or a branch name.
    const id = ctx.params['tree_sha'] ?? '';
    const object = ctx.repo.objects.get(this.resolveCommitish(ctx.repo, id) ?? id);
    const treeSha = object?.type === 'commit' ? object.tree : object?.type === 'tree' ? id : undefined;
    if (!treeSha) return gitError(404, 'Not Found');
    return { status: 200, body: this.treeJson(ctx.repo, treeSha, ctx.query.has('recursive')) };
  }

  private treeJson(repo: FakeRepository, sha: string, recursive: boolean): JsonObject {
    const entries: Json[] = [];
    const walk = (treeSha: string, prefix: string) => {
      const tree = repo.objects.get(treeSha) as Tree;
      for (const entry of tree.entries) {
        const blob = repo.objects.get(entry.sha);
        entries.push({
          path: `${prefix}${entry.name}`,
          mode: entry.mode === '40000' ? '040000' : entry.mode,
          type: entry.type,
          sha: entry.sha,
          ...(blob?.type === 'blob' ? { size: blob.content.length } : {}),
          url: `${this.repoUrl(repo)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
        });
        if (recursive && entry.type === 'tree') walk(entry.sha, `${prefix}${entry.name}/`);
      }
    };
    walk(sha, '');
    return this.shaped('git-tree', { sha, url: `${this.repoUrl(repo)}/git/trees/${sha}`, truncated: false, tree: entries });
  }

  createCommit(ctx: HandlerContext): Reply {
    const body = ctx.body as { message: string; tree: string; parents?: string[]; author?: Partial<Signature>; committer?: Partial<Signature> };
    if (ctx.repo.objects.get(body.tree)?.type !== 'tree') return gitError(422, 'Tree SHA does not exist');
    for (const parent of body.parents ?? []) {
      if (ctx.repo.objects.get(parent)?.type !== 'commit') return gitError(422, 'Parent SHA does not exist or is not a commit object');
    }
    const now = this.tick();
    const login = ctx.grant?.login ?? BOT_LOGIN;
    const defaults = { name: login, email: `41898282+${login}@users.noreply.github.com`, date: now };
    const author = { ...defaults, ...body.author };
    const committer = body.committer ? { ...defaults, ...body.committer } : { name: 'GitHub', email: 'noreply@github.com', date: now };
    const sha = this.writeCommit(ctx.repo, {
      tree: body.tree,
      parents: body.parents ?? [],
      author,
      committer,
      message: body.message,
      authorLogin: author.email === defaults.email ? login : null,
      committerLogin: body.committer ? null : 'web-flow',
      // GitHub signs API commits unless the caller supplies its own committer identity.
      verified: !body.committer,
    });
    return { status: 201, body: this.gitCommitJson(ctx.repo, ctx.repo.objects.get(sha) as FakeCommit) };
  }

  getCommit(ctx: HandlerContext): Reply {
    const commit = ctx.repo.objects.get(ctx.params['commit_sha'] ?? '');
    return commit?.type === 'commit' ? { status: 200, body: this.gitCommitJson(ctx.repo, commit) } : gitError(404, 'Not Found');
  }

  listCommits(ctx: HandlerContext): Reply {
    const start = this.resolveCommitish(ctx.repo, ctx.query.get('sha'));
    if (!start) return gitError(404, 'Not Found');
    const ordered: FakeCommit[] = [];
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const sha = queue.shift()!;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const commit = ctx.repo.objects.get(sha) as FakeCommit;
      ordered.push(commit);
      queue.push(...commit.parents);
    }
    ordered.sort((a, b) => Date.parse(b.committer.date) - Date.parse(a.committer.date));
    const repo = ctx.repo;
    return this.paginate(ordered, ctx, (commit) => {
      const git = this.gitCommitJson(repo, commit);
      return this.shaped('commit', {
        sha: commit.sha,
        node_id: `C_${commit.sha}`,
        url: `${this.repoUrl(repo)}/commits/${commit.sha}`,
        html_url: `https://github.com/${repo.owner}/${repo.name}/commit/${commit.sha}`,
        comments_url: `${this.repoUrl(repo)}/commits/${commit.sha}/comments`,
        commit: { url: git['url'], author: git['author'], committer: git['committer'], message: git['message'], comment_count: 0, tree: git['tree'], verification: git['verification'] },
        author: this.user(commit.authorLogin),
        committer: this.user(commit.committerLogin),
        parents: git['parents'],
      });
    });
  }

  listPulls(ctx: HandlerContext): Reply {
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    // Like GitHub, a `head` filter without the `owner:` prefix is silently ignored.
    const headFilter = head && head.includes(':') ? head : undefined;
    const pulls = [...ctx.repo.pulls.values()]
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !headFilter || `${p.headOwner ?? ctx.repo.owner}:${p.headRef}`.toLowerCase() === headFilter.toLowerCase())
      .filter((p) => !base || p.baseRef === base)
      .sort((a, b) => b.number - a.number);
    return this.paginate(pulls, ctx, (pull) => this.pullJson(ctx.repo, pull, 'pull-request-simple'));
  }

  createPull(ctx: HandlerContext): Reply {
    const body = ctx.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
    const tooLong = bodyTooLong('PullRequest', body.body);
    if (tooLong) return tooLong;
    const headRef = body.head.includes(':') ? body.head.slice(body.head.indexOf(':') + 1) : body.head;
    const headOwner = body.head.includes(':') && body.head.split(':')[0] !== ctx.repo.owner ? body.head.split(':')[0] : undefined;
    const headSha = ctx.repo.refs.get(`refs/heads/${headRef}`);
    const baseSha = ctx.repo.refs.get(`refs/heads/${body.base}`);
    if (!baseSha) return validationFailed('', 'base');
    if (!headSha) return validationFailed('', 'head');
    if (body.title === undefined) return validationFailed('', 'title');
    const existing = [...ctx.repo.pulls.values()].find((p) => p.state === 'open' && p.headRef === headRef && p.headOwner === headOwner && p.baseRef === body.base);
    if (existing) return validationFailed(`A pull request already exists for ${headOwner ?? ctx.repo.owner}:${headRef}.`);
    if (this.isAncestor(ctx.repo, headSha, baseSha)) return validationFailed(`No commits between ${body.base} and ${headRef}`);
    const pull = this.addPull(ctx.repo, { headRef, headOwner, baseRef: body.base, title: body.title, body: body.body ?? null, user: ctx.grant?.login ?? BOT_LOGIN, draft: body.draft ?? false });
    return { status: 201, body: this.pullJson(ctx.repo, pull, 'pull-request') };
  }

  getPull(ctx: HandlerContext): Reply {
    const pull = ctx.repo.pulls.get(Number(ctx.params['pull_number']));
    return pull ? { status: 200, body: this.pullJson(ctx.repo, pull, 'pull-request') } : gitError(404, 'Not Found');
  }

  updatePull(ctx: HandlerContext): Reply {
    const pull = ctx.repo.pulls.get(Number(ctx.params['pull_number']));
    if (!pull) return gitError(404, 'Not Found');
    const body = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
    const tooLong = bodyTooLong('PullRequest', body.body);
    if (tooLong) return tooLong;
    if (body.state === 'open' && pull.merged) return validationFailed('state cannot be changed. The pull request cannot be reopened.');
    if (body.title !== undefined) pull.title = body.title;
    if (body.body !== undefined) pull.body = body.body;
    if (body.base !== undefined) pull.baseRef = body.base;
    if (body.state === 'closed' && pull.state === 'open') pull.closedHeadSha = ctx.repo.refs.get(`refs/heads/${pull.headRef}`);
    if (body.state === 'open') delete pull.closedHeadSha;
    if (body.state !== undefined) pull.state = body.state;
    pull.updatedAt = this.tick();
    return { status: 200, body: this.pullJson(ctx.repo, pull, 'pull-request') };
  }

  /** GET /user: a workflow's GITHUB_TOKEN (an app installation, `…[bot]`) is refused, as on GitHub; a PAT gets its user. */
  getAuthenticatedUser(ctx: HandlerContext): Reply {
    if (!ctx.grant) return gitError(401, 'Requires authentication', 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
    if (ctx.grant.login.endsWith('[bot]')) return gitError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
    const user = this.user(ctx.grant.login)!;
    return { status: 200, body: this.shaped('public-user', { ...user, public_repos: 0, public_gists: 0, followers: 0, following: 0, created_at: '2020-01-01T00:00:00Z', updated_at: '2020-01-01T00:00:00Z' }) };
  }

  listComments(ctx: HandlerContext): Reply {
    const number = Number(ctx.params['issue_number']);
    if (!ctx.repo.pulls.has(number) && !ctx.repo.issues.has(number)) return gitError(404, 'Not Found');
    return this.paginate(this.commentsOn(ctx.repo, number), ctx, (comment) => this.commentJson(ctx.repo, comment));
  }

  createComment(ctx: HandlerContext): Reply {
    const number = Number(ctx.params['issue_number']);
    if (!ctx.repo.pulls.has(number) && !ctx.repo.issues.has(number)) return gitError(404, 'Not Found');
    const tooLong = bodyTooLong('IssueComment', (ctx.body as { body: string }).body);
    if (tooLong) return tooLong;
    const comment = this.addComment(ctx.repo, number, (ctx.body as { body: string }).body, ctx.grant?.login ?? BOT_LOGIN);
    return { status: 201, body: this.commentJson(ctx.repo, comment) };
  }

  updateComment(ctx: HandlerContext): Reply {
    const comment = ctx.repo.comments.find((c) => c.id === Number(ctx.params['comment_id']));
    if (!comment) return gitError(404, 'Not Found');
    const tooLong = bodyTooLong('IssueComment', (ctx.body as { body: string }).body);
    if (tooLong) return tooLong;
    comment.body = (ctx.body as { body: string }).body;
    comment.updatedAt = this.tick();
    return { status: 200, body: this.commentJson(ctx.repo, comment) };
  }

  addLabels(ctx: HandlerContext): Reply {
    const number = Number(ctx.params['issue_number']);
    if (!ctx.repo.pulls.has(number) && !ctx.repo.issues.has(number)) return gitError(404, 'Not Found');
    const raw = ctx.body as { labels?: (string | { name: string })[] } | (string | { name: string })[] | undefined;
    const names = (Array.isArray(raw) ? raw : (raw?.labels ?? [])).map((l) => (typeof l === 'string' ? l : l.name));
    const current = ctx.repo.labels.get(number) ?? [];
    ctx.repo.labels.set(number, [...new Set([...current, ...names])]);
    return { status: 200, body: ctx.repo.labels.get(number)!.map((name) => this.labelJson(ctx.repo, name)) };
  }

  listIssues(ctx: HandlerContext): Reply {
    const state = ctx.query.get('state') ?? 'open';
    const labels = (ctx.query.get('labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    const creator = ctx.query.get('creator');
    const issues = [...ctx.repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => (ctx.repo.labels.get(i.number) ?? []).includes(l)))
      .filter((i) => !creator || i.user === creator)
      .sort((a, b) => b.number - a.number);
    return this.paginate(issues, ctx, (issue) => this.issueJson(ctx.repo, issue));
  }

  getIssue(ctx: HandlerContext): Reply {
    const issue = ctx.repo.issues.get(Number(ctx.params['issue_number']));
    return issue ? { status: 200, body: this.issueJson(ctx.repo, issue) } : gitError(404, 'Not Found', 'https://docs.github.com/rest/issues/issues#get-an-issue');
  }

  createIssue(ctx: HandlerContext): Reply {
    const body = ctx.body as { title: string | number; body?: string; labels?: (string | { name?: string })[] };
    const tooLong = bodyTooLong('Issue', body.body);
    if (tooLong) return tooLong;
    const issue = this.addIssue(ctx.repo, { title: String(body.title), body: body.body ?? null, user: ctx.grant?.login ?? BOT_LOGIN });
    const labels = (body.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
    if (labels.length > 0) ctx.repo.labels.set(issue.number, labels);
    return { status: 201, body: this.issueJson(ctx.repo, issue) };
  }

  updateIssue(ctx: HandlerContext): Reply {
    const issue = ctx.repo.issues.get(Number(ctx.params['issue_number']));
    if (!issue) return gitError(404, 'Not Found', 'https://docs.github.com/rest/issues/issues#update-an-issue');
    const body = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; state_reason?: FakeIssue['stateReason'] };
    const tooLong = bodyTooLong('Issue', body.body);
    if (tooLong) return tooLong;
    this.applyIssueChanges(issue, { title: body.title, body: body.body, state: body.state, stateReason: body.state_reason ?? undefined });
    return { status: 200, body: this.issueJson(ctx.repo, issue) };
  }

  getContent(ctx: HandlerContext): Reply {
    const commitSha = this.resolveCommitish(ctx.repo, ctx.query.get('ref'));
    const commit = commitSha ? ctx.repo.objects.get(commitSha) : undefined;
    if (commit?.type !== 'commit') return gitError(404, 'No commit found for the ref');
    const path = ctx.params['path'] ?? '';
    const entry = this.flattenTree(ctx.repo, commit.tree).get(path);
    const blob = entry ? ctx.repo.objects.get(entry.sha) : undefined;
    if (!entry || blob?.type !== 'blob') return gitError(404, 'Not Found', 'https://docs.github.com/rest/repos/contents#get-repository-content');
    const html = `https://github.com/${ctx.repo.owner}/${ctx.repo.name}/blob/${commitSha}/${path}`;
    const apiUrl = `${this.repoUrl(ctx.repo)}/contents/${path}?ref=${commitSha}`;
    const gitUrl = `${this.repoUrl(ctx.repo)}/git/blobs/${entry.sha}`;
    return {
      status: 200,
      body: this.shaped('content-file', {
        type: 'file',
        encoding: 'base64',
        size: blob.content.length,
        name: path.split('/').pop() ?? path,
        path,
        // GitHub wraps the base64 at 60 columns.
        content: (blob.content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
        sha: entry.sha,
        url: apiUrl,
        git_url: gitUrl,
        html_url: html,
        download_url: `https://raw.githubusercontent.com/${ctx.repo.owner}/${ctx.repo.name}/${commitSha}/${path}`,
        _links: { self: apiUrl, git: gitUrl, html },
      }),
    };
  }
}

/** Copies every object reachable from the branches of a local git repository, ids unchanged. */
function importGitRepository(repo: FakeRepository, gitDir: string, defaultBranch: string | undefined): void {
  const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: gitDir, input, maxBuffer: 1 << 30 });
  const branches = git(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads']).toString('utf8').trim().split('\n').filter(Boolean);
  for (const line of branches) {
    const [ref, sha] = line.split(' ') as [string, string];
    repo.refs.set(ref, sha);
  }
  if (!defaultBranch) {
    const head = git(['symbolic-ref', '--quiet', 'HEAD']).toString('utf8').trim();
    repo.defaultBranch = head.replace(/^refs\/heads\//, '') || 'main';
  }
  const ids = git(['rev-list', '--objects', '--branches']).toString('utf8').split('\n').map((l) => l.slice(0, 40)).filter((l) => l.length === 40);
  const batch = git(['cat-file', '--batch'], ids.join('\n') + '\n');
  let offset = 0;
  while (offset < batch.length) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const [sha, type, size] = batch.subarray(offset, headerEnd).toString('utf8').split(' ') as [string, string, string];
    const body = batch.subarray(headerEnd + 1, headerEnd + 1 + Number(size));
    offset = headerEnd + 1 + Number(size) + 1;
    if (type === 'blob') repo.objects.set(sha, { type: 'blob', content: Buffer.from(body) });
    else if (type === 'tree') repo.objects.set(sha, { type: 'tree', entries: parseTree(body), raw: Buffer.from(body) });
    else if (type === 'commit') repo.objects.set(sha, { ...parseCommit(sha, body.toString('utf8')), raw: Buffer.from(body) });
  }
}

function parseTree(body: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    const nul = body.indexOf(0, space);
    const mode = body.subarray(offset, space).toString('utf8');
    const name = body.subarray(space + 1, nul).toString('utf8');
    const sha = body.subarray(nul + 1, nul + 21).toString('hex');
    entries.push({ name, mode, type: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob', sha });
    offset = nul + 21;
  }
  return entries;
}

function parseCommit(sha: string, text: string): Omit<FakeCommit, 'raw'> {
  const split = text.indexOf('\n\n');
  const headers = text.slice(0, split).split('\n');
  const header = (name: string) => headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1));
  const signature = (line: string | undefined): Signature => {
    const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line ?? '');
    return { name: match?.[1] ?? '', email: match?.[2] ?? '', date: new Date(Number(match?.[3] ?? 0) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  };
  return {
    type: 'commit',
    sha,
    tree: header('tree')[0] ?? '',
    parents: header('parent'),
    author: signature(header('author')[0]),
    committer: signature(header('committer')[0]),
    message: text.slice(split + 2),
    // Which GitHub account an imported commit belongs to is unknown, as for an email GitHub has never seen.
    authorLogin: null,
    committerLogin: null,
    verified: headers.some((h) => h.startsWith('gpgsig')),
  };
}

function matches(pattern: string | RegExp, pathname: string, template: string | undefined): boolean {
  return typeof pattern === 'string' ? pattern === pathname || pattern === template : pattern.test(pathname);
}

type Handler = (this: FakeGitHub, ctx: HandlerContext) => Reply;
const proto = FakeGitHub.prototype;
const HANDLERS: Record<string, Handler> = {
  'users/get-authenticated': proto.getAuthenticatedUser,
  'repos/get': proto.getRepo,
  'git/get-ref': proto.getRef,
  'git/create-ref': proto.createRef,
  'git/update-ref': proto.updateRef,
  'git/delete-ref': proto.deleteRef,
  'git/create-blob': proto.createBlob,
  'git/get-blob': proto.getBlob,
  'git/create-tree': proto.createTree,
  'git/get-tree': proto.getTree,
  'git/create-commit': proto.createCommit,
  'git/get-commit': proto.getCommit,
  'repos/list-commits': proto.listCommits,
  'repos/get-content': proto.getContent,
  'pulls/list': proto.listPulls,
  'pulls/create': proto.createPull,
  'pulls/get': proto.getPull,
  'pulls/update': proto.updatePull,
  'issues/list-comments': proto.listComments,
  'issues/create-comment': proto.createComment,
  'issues/update-comment': proto.updateComment,
  'issues/add-labels': proto.addLabels,
  'issues/list-for-repo': proto.listIssues,
  'issues/get': proto.getIssue,
  'issues/create': proto.createIssue,
  'issues/update': proto.updateIssue,
};

/** Which token permission a write needs; any one of the listed suffices (GitHub accepts either for PR comments). */
const PERMISSIONS: Record<string, (keyof Pick<TokenGrant, 'contents' | 'pullRequests' | 'issues'>)[]> = {
  'git/create-ref': ['contents'],
  'git/update-ref': ['contents'],
  'git/delete-ref': ['contents'],
  'git/create-blob': ['contents'],
  'git/create-tree': ['contents'],
  'git/create-commit': ['contents'],
  'pulls/create': ['pullRequests'],
  'pulls/update': ['pullRequests'],
  'issues/create-comment': ['pullRequests', 'issues'],
  'issues/update-comment': ['pullRequests', 'issues'],
  'issues/add-labels': ['pullRequests', 'issues'],
  'issues/create': ['issues'],
  'issues/update': ['issues'],
};

/**
 * Every GitHub REST call lockstep's bots make, behind one small interface (`GitHubApi`), scoped to one
 * repository. The bump bot commits through the git-data API (blobs → tree → commit → ref) so GitHub signs the
 * commits; the review bot keeps one sticky comment found again by a hidden marker.
 *
 * Client choice: `getOctokit` from @actions/github with @octokit/plugin-retry and @octokit/plugin-throttling.
 * @actions/github already bundles the REST endpoint methods and pagination we need, and its request fetch goes
 * through @actions/http-client's proxy handling (HTTPS_PROXY / NO_PROXY on self-hosted runners), which plain
 * @octokit/core would not give us. We wrap that fetch (not replace it) to put a timeout on every attempt.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsOctokitDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { LockstepError } from '../core/errors.js';
import { redact, rememberSecret } from './outgoing.js';

/** GitHub refuses PR and comment bodies longer than this (422 "body is too long"): cut before posting. */
export const MAX_COMMENT_BODY_CHARS = 65_536;

/** Who a workflow's GITHUB_TOKEN writes as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface RepositoryInfo {
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** What the token may do here, when GitHub says (`push` = can write contents). */
  permissions?: { admin: boolean; push: boolean; pull: boolean };
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  title: string;
  body: string;
  htmlUrl: string;
  headRef: string;
  headSha: string;
  /** `owner/repo` of the head branch; null when the fork was deleted. */
  headRepoFullName: string | null;
  baseRef: string;
  labels: string[];
  authorLogin: string | null;
}

export interface IssueComment {
  id: number;
  body: string;
  authorLogin: string | null;
  htmlUrl: string;
  updatedAt: string;
}

/** An issue (never a pull request: the issues API lists both, the adapter drops pull requests). */
export interface Issue {
  number: number;
  state: 'open' | 'closed';
  /** Why it was closed (`completed`, `not_planned`), when GitHub says. */
  stateReason: string | null;
  title: string;
  body: string;
  htmlUrl: string;
  labels: string[];
  authorLogin: string | null;
  /** The author is a GitHub App or bot account (the workflow token acts as `github-actions[bot]`). */
  authorIsBot: boolean;
}

export interface BranchCommit {
  sha: string;
  message: string;
  authorName: string;
  authorEmail: string;
  /** GitHub account linked to the author's email (null when none is): how a human push is told apart. */
  authorLogin: string | null;
  committerLogin: string | null;
  parents: string[];
  /** GitHub verified the signature (API commits by the bot are signed by GitHub). */
  verified: boolean;
}

export interface GitCommitInfo {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
  verified: boolean;
}

export interface TreeChange {
  path: string;
  /** New file text; `null` deletes the path. */
  content: string | null;
  /** Defaults to a regular file. */
  mode?: '100644' | '100755';
}

export interface CommitIdentity {
  name: string;
  email: string;
}

export interface GitHubApi {
  readonly owner: string;
  readonly repo: string;
  getRepository(): Promise<RepositoryInfo>;
  /** The commit a branch points at, or null when the branch does not exist. */
  getBranchSha(branch: string): Promise<string | null>;
  createBranch(branch: string, sha: string): Promise<void>;
  /** Moves a branch; refuses a non-fast-forward unless `force` (then someone's commits may be dropped). */
  updateBranch(branch: string, sha: string, options?: { force?: boolean }): Promise<void>;
  createBlob(content: string | Uint8Array): Promise<string>;
  /** Writes a tree: `baseTree` plus the changes (blobs are created from the contents by GitHub). */
  createTree(changes: readonly TreeChange[], baseTree?: string): Promise<string>;
  createCommit(options: { message: string; tree: string; parents: readonly string[]; author?: CommitIdentity }): Promise<GitCommitInfo>;
  getCommit(sha: string): Promise<GitCommitInfo>;
  /** Newest first; `limit` caps how many are fetched (default 100). */
  listBranchCommits(branch: string, options?: { limit?: number }): Promise<BranchCommit[]>;
  /** Text of a file at a ref (branch, tag or sha), or null when it does not exist there. */
  getFileContent(path: string, ref: string): Promise<string | null>;
  /** Every file path at a ref (one recursive tree request), or null when GitHub truncated the listing (a huge repository). */
  listFiles(ref: string): Promise<string[] | null>;
  /** PRs (open and closed) whose head is `branch` in this repository, newest first. */
  listPullRequestsByHead(branch: string, options?: { base?: string }): Promise<PullRequest[]>;
  /** Opens a PR; when one is already open for head → base it is returned instead (`created: false`). */
  createPullRequest(options: { head: string; base: string; title: string; body: string; draft?: boolean }): Promise<PullRequest & { created: boolean }>;
  getPullRequest(number: number): Promise<PullRequest>;
  updatePullRequest(number: number, changes: { title?: string; body?: string }): Promise<PullRequest>;
  /** All comments, every page. */
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  /**
   * The login GitHub attributes this token's writes to: the user of a personal token, or
   * `github-actions[bot]` for a workflow's GITHUB_TOKEN (GitHub refuses `GET /user` to app tokens).
   */
  authenticatedLogin(): Promise<string>;
  /**
   * The first comment written by this token's account ({@link authenticatedLogin}) whose body contains
   * `marker` (e.g. `<!-- lockstep:review -->`), or null. Anyone can post a comment holding the marker;
   * only the bot's own count, so the bot never adopts (and edits) someone else's.
   */
  findCommentByMarker(issueNumber: number, marker: string): Promise<IssueComment | null>;
  /** Edits the marked comment in place, or creates it; leaves it alone when the body is unchanged. */
  upsertComment(issueNumber: number, marker: string, body: string): Promise<{ comment: IssueComment; action: 'created' | 'updated' | 'unchanged' }>;
  addLabels(issueNumber: number, labels: readonly string[]): Promise<void>;
  /** Issues (open and closed) with every one of `labels`, newest first, every page; pull requests left out. */
  listIssues(options: { labels?: readonly string[]; state?: 'open' | 'closed' | 'all' }): Promise<Issue[]>;
  createIssue(options: { title: string; body: string; labels?: readonly string[] }): Promise<Issue>;
  updateIssue(number: number, changes: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' }): Promise<Issue>;
}

export interface GitHubApiOptions {
  token: string;
  owner: string;
  repo: string;
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  /** Masks the token in logs (the runner's `setSecret`). */
  setSecret?: (secret: string) => void;
  /** Per-attempt timeout (default 30 s). */
  timeoutMs?: number;
  /** Retries for 5xx and timeouts (default 3). */
  retries?: number;
  /** Scale of the retry backoff: waits are (attempt²) × this (default 1000 ms, octokit's). */
  retryBaseMs?: number;
  /** Multiplier for a `retry-after` header (default 1000: seconds → ms). Tests shrink it. */
  retryAfterUnitMs?: number;
  /** Space between writes; GitHub asks for ≥ 1 s to avoid secondary rate limits (default 1000 ms). */
  writeSpacingMs?: number;
  /** Give up after this many secondary-rate-limit retries of one request (default 3). */
  rateLimitRetries?: number;
  /** Where rate-limit waits are reported. */
  log?: (message: string) => void;
}

/** A write GitHub refused because the workflow's token lacks a permission; the review bot falls back on it. */
export class GitHubPermissionError extends LockstepError {
  constructor(
    readonly permission: string,
    action: string,
    readonly status: number,
    cause: unknown,
  ) {
    super(
      status === 404
        ? `GitHub answered 404 to "${action}": the workflow token probably lacks \`${permission}\` (or the target does not exist).`
        : `GitHub refused to ${action}: the workflow token needs \`${permission}\`.`,
      {
        file: workflowFile(),
        hint: `Grant it in the workflow file, on the job or at the top: \`permissions:\` with \`${permission}\` (e.g. \`permissions: { contents: write, pull-requests: write }\`). Pull requests from forks always get a read-only token.`,
        cause,
      },
    );
    this.name = 'GitHubPermissionError';
  }
}

/** The workflow file from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@refs/...`), for the annotation. */
function workflowFile(): string | undefined {
  const ref = process.env['GITHUB_WORKFLOW_REF'];
  const match = ref ? /^[^/]+\/[^/]+\/(.+?)@/.exec(ref) : null;
  return match?.[1];
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

function errorDetails(error: RequestErrorLike): string {
  const data = error.response?.data as { message?: string; errors?: { message?: string; field?: string; code?: string }[] } | undefined;
  const nested = (data?.errors ?? []).map((e) => e.message ?? (e.field ? `${e.field} ${e.code ?? 'invalid'}` : '')).filter(Boolean);
  return [data?.message ?? error.message, ...nested].join(': ');
}

const PERMISSION_DENIED = /resource not accessible|must have (admin|push|write)|permission/i;

/** Runs one API call; a refusal for lack of `permission` (403, or the 404 GitHub gives writes it hides) names it. */
async function call<T>(action: string, permission: string | null, write: boolean, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isRequestError(error) || !error.response) {
      // octokit reports a failed fetch (refused, reset, our timeout) as a 500 without a response.
      const reason = error instanceof Error ? error.message : String(error);
      throw new LockstepError(`GitHub API: could not ${action}: no answer from GitHub (${reason}), even after retries.`, {
        hint: 'GitHub could not be reached or did not answer in time; check GITHUB_API_URL and the network (proxy), then re-run the job.',
        cause: error,
      });
    }
    if (permission && (error.status === 403 && PERMISSION_DENIED.test(errorDetails(error)) || (write && error.status === 404))) {
      throw new GitHubPermissionError(permission, action, error.status, error);
    }
    throw new LockstepError(`GitHub API: could not ${action}: HTTP ${error.status} ${errorDetails(error)}`, {
      hint: error.status >= 500 || error.status === 403 || error.status === 429 ? 'GitHub kept failing after retries; re-run the job later.' : undefined,
      cause: error,
    });
  }
}

const CONTENTS_WRITE = 'contents: write';
const PULLS_WRITE = 'pull-requests: write';
const ISSUES_WRITE = 'issues: write';

/**
 * Knobs tests (and impatient users) can set through the environment, like the index client's
 * LOCKSTEP_HTTP_*: LOCKSTEP_GITHUB_TIMEOUT_MS, _RETRIES, _BACKOFF_MS (retry backoff and retry-after unit),
 * _WRITE_SPACING_MS. Options passed to createGitHubApi win over these.
 */
export function githubTuningFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<GitHubApiOptions> {
  const num = (name: string) => {
    const value = env[name] === undefined || env[name] === '' ? NaN : Number(env[name]);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const backoff = num('LOCKSTEP_GITHUB_BACKOFF_MS');
  const tuning: Partial<GitHubApiOptions> = {
    timeoutMs: num('LOCKSTEP_GITHUB_TIMEOUT_MS'),
    retries: num('LOCKSTEP_GITHUB_RETRIES'),
    retryBaseMs: backoff,
    retryAfterUnitMs: backoff,
    writeSpacingMs: num('LOCKSTEP_GITHUB_WRITE_SPACING_MS'),
  };
  return Object.fromEntries(Object.entries(tuning).filter(([, value]) => value !== undefined));
}

export function createGitHubApi(explicit: GitHubApiOptions): GitHubApi {
  const given = Object.fromEntries(Object.entries(explicit).filter(([, value]) => value !== undefined));
  const options = { ...githubTuningFromEnv(), ...given } as GitHubApiOptions;
  options.setSecret?.(options.token);
  rememberSecret(options.token);
  const { owner, repo } = options;
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 30_000;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const writeSpacingMs = options.writeSpacingMs ?? 1000;
  const baseFetch = (actionsOctokitDefaults.request?.fetch ?? fetch) as typeof fetch;

  // A fresh timeout per attempt (a retried request gets its own), combined with any caller signal.
  const fetchWithTimeout: typeof fetch = async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await baseFetch(input, { ...init, signal });
    } catch (error) {
      // Say what happened in words; octokit turns this into a retryable 500 without a response.
      if (timeout.aborted && !init?.signal?.aborted) throw new Error(`no response within ${timeoutMs} ms`, { cause: error });
      throw error;
    }
  };

  const octokit = getOctokit(
    options.token,
    {
      baseUrl: (options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: 'lockstep',
      request: { ...actionsOctokitDefaults.request, fetch: fetchWithTimeout },
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
      throttle: {
        retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
        // One group per client so tests (and parallel jobs in one process) don't share spacing state.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacingMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacingMs }),
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < 1 && retryAfter <= 120;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < rateLimitRetries;
        },
      },
    },
    retry,
    throttling,
  );

  const toPull = (data: any): PullRequest => ({
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(data.merged ?? data.merged_at),
    title: data.title,
    body: data.body ?? '',
    htmlUrl: data.html_url,
    headRef: data.head.ref,
    headSha: data.head.sha,
    headRepoFullName: data.head.repo?.full_name ?? null,
    baseRef: data.base.ref,
    labels: (data.labels ?? []).map((l: { name: string }) => l.name),
    authorLogin: data.user?.login ?? null,
  });
  const toIssue = (data: any): Issue => ({
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    stateReason: data.state_reason ?? null,
    title: data.title,
    body: data.body ?? '',
    htmlUrl: data.html_url,
    labels: (data.labels ?? []).map((l: string | { name?: string }) => (typeof l === 'string' ? l : (l.name ?? ''))),
    authorLogin: data.user?.login ?? null,
    authorIsBot: data.user?.type === 'Bot' || Boolean(data.user?.login?.endsWith('[bot]')),
  });
  const toComment = (data: any): IssueComment => ({
    id: data.id,
    body: data.body ?? '',
    authorLogin: data.user?.login ?? null,
    htmlUrl: data.html_url,
    updatedAt: data.updated_at,
  });
  const toCommit = (data: any): GitCommitInfo => ({
    sha: data.sha,
    treeSha: data.tree.sha,
    parents: data.parents.map((p: { sha: string }) => p.sha),
    message: data.message,
    verified: Boolean(data.verification?.verified),
  });

  let login: Promise<string> | undefined;
  const whoAmI = async (): Promise<string> => {
    try {
      return (await octokit.rest.users.getAuthenticated()).data.login;
    } catch (error) {
      // An app installation token (a workflow's GITHUB_TOKEN) may not read /user: it acts as the Actions bot.
      if (isRequestError(error) && [401, 403, 404].includes(error.status)) return ACTIONS_BOT_LOGIN;
      throw new LockstepError(`GitHub API: could not read which account the token belongs to: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };

  const api: GitHubApi = {
    owner,
    repo,

    getRepository: () =>
      call(`read repository ${owner}/${repo}`, 'contents: read', false, async () => {
        const { data } = await octokit.rest.repos.get({ owner, repo });
        return {
          fullName: data.full_name,
          defaultBranch: data.default_branch,
          private: data.private,
          permissions: data.permissions ? { admin: data.permissions.admin, push: data.permissions.push, pull: data.permissions.pull } : undefined,
        };
      }),

    getBranchSha: (branch) =>
      call(`read branch ${branch}`, null, false, async () => {
        try {
          const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
          return data.object.sha;
        } catch (error) {
          if (isRequestError(error) && error.status === 404) return null;
          throw error;
        }
      }),

    createBranch: (branch, sha) =>
      call(`create branch ${branch}`, CONTENTS_WRITE, true, async () => {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
      }),

    updateBranch: (branch, sha, { force = false } = {}) =>
      call(`move branch ${branch} to ${sha.slice(0, 7)}`, CONTENTS_WRITE, true, async () => {
        await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force });
      }),

    createBlob: (content) =>
      call('create a blob', CONTENTS_WRITE, true, async () => {
        const { data } =
          typeof content === 'string'
            ? await octokit.rest.git.createBlob({ owner, repo, content, encoding: 'utf-8' })
            : await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(content).toString('base64'), encoding: 'base64' });
        return data.sha;
      }),

    createTree: (changes, baseTree) =>
      call('create a tree', CONTENTS_WRITE, true, async () => {
        const tree = changes.map((change) =>
          change.content === null
            ? { path: change.path, mode: change.mode ?? ('100644' as const), type: 'blob' as const, sha: null }
            : { path: change.path, mode: change.mode ?? ('100644' as const), type: 'blob' as const, content: change.content },
        );
        const { data } = await octokit.rest.git.createTree({ owner, repo, tree, ...(baseTree ? { base_tree: baseTree } : {}) });
        return data.sha;
      }),

    createCommit: ({ message, tree, parents, author }) =>
      call('create a commit', CONTENTS_WRITE, true, async () => {
        // No committer: GitHub then commits as itself and signs the commit ("Verified").
        const { data } = await octokit.rest.git.createCommit({ owner, repo, message: redact(message), tree, parents: [...parents], ...(author ? { author } : {}) });
        return toCommit(data);
      }),

    getCommit: (sha) =>
      call(`read commit ${sha.slice(0, 7)}`, null, false, async () => {
        const { data } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
        return toCommit(data);
      }),

    listBranchCommits: (branch, { limit = 100 } = {}) =>
      call(`list commits on ${branch}`, null, false, async () => {
        const out: BranchCommit[] = [];
        for await (const page of octokit.paginate.iterator(octokit.rest.repos.listCommits, { owner, repo, sha: branch, per_page: Math.min(100, limit) })) {
          for (const item of page.data) {
            out.push({
              sha: item.sha,
              message: item.commit.message,
              authorName: item.commit.author?.name ?? '',
              authorEmail: item.commit.author?.email ?? '',
              authorLogin: item.author && 'login' in item.author ? item.author.login : null,
              committerLogin: item.committer && 'login' in item.committer ? item.committer.login : null,
              parents: item.parents.map((p) => p.sha),
              verified: Boolean(item.commit.verification?.verified),
            });
            if (out.length >= limit) return out;
          }
        }
        return out;
      }),

    getFileContent: (path, ref) =>
      call(`read ${path} at ${ref}`, null, false, async () => {
        try {
          const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
          if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
          return Buffer.from(data.content, 'base64').toString('utf8');
        } catch (error) {
          if (isRequestError(error) && error.status === 404) return null;
          throw error;
        }
      }),

    listFiles: (ref) =>
      call(`list the files at ${ref}`, null, false, async () => {
        const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: 'true' });
        return data.truncated ? null : data.tree.filter((e) => e.type === 'blob' && typeof e.path === 'string').map((e) => e.path!);
      }),

    listPullRequestsByHead: (branch, { base } = {}) =>
      call(`list pull requests from ${branch}`, null, false, async () => {
        // `head` must be `owner:branch`: GitHub silently ignores a bare branch name and returns every PR.
        const head = branch.includes(':') ? branch : `${owner}:${branch}`;
        const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, head, state: 'all', per_page: 100, ...(base ? { base } : {}) });
        return pulls.map(toPull);
      }),

    createPullRequest: ({ head, base, title, body, draft }) =>
      call(`open a pull request from ${head}`, PULLS_WRITE, true, async () => {
        try {
          const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title: redact(title), body: redact(body), ...(draft ? { draft } : {}) });
          return { ...toPull(data), created: true };
        } catch (error) {
          if (!(isRequestError(error) && error.status === 422 && /pull request already exists/i.test(errorDetails(error)))) throw error;
          // Someone (or an earlier run that timed out) opened it already: adopt that PR.
          const existing = (await api.listPullRequestsByHead(head, { base })).find((p) => p.state === 'open');
          if (!existing) throw error;
          return { ...existing, created: false };
        }
      }),

    getPullRequest: (number) =>
      call(`read pull request #${number}`, null, false, async () => toPull((await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data)),

    updatePullRequest: (number, changes) =>
      call(`update pull request #${number}`, PULLS_WRITE, true, async () => {
        const redacted = Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, value === undefined ? value : redact(value)]));
        const { data } = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...redacted });
        return toPull(data);
      }),

    listIssueComments: (issueNumber) =>
      call(`list comments on #${issueNumber}`, null, false, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
        return comments.map(toComment);
      }),

    createComment: (issueNumber, body) =>
      call(`comment on #${issueNumber}`, PULLS_WRITE, true, async () =>
        toComment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: redact(body) })).data),
      ),

    updateComment: (commentId, body) =>
      call(`edit comment ${commentId}`, PULLS_WRITE, true, async () =>
        toComment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body: redact(body) })).data),
      ),

    authenticatedLogin: () => (login ??= whoAmI()),

    findCommentByMarker: async (issueNumber, marker) => {
      const me = await api.authenticatedLogin();
      return call(`look for the lockstep comment on #${issueNumber}`, null, false, async () => {
        // Page by page, stopping at the first hit, so a long thread costs only the pages up to the comment.
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
          const hit = page.data.find((c) => c.user?.login === me && c.body?.includes(marker));
          if (hit) return toComment(hit);
        }
        return null;
      });
    },

    upsertComment: async (issueNumber, marker, body) => {
      // Redacted here too (the write redacts again), so an unchanged body compares equal.
      const withMarker = redact(body.includes(marker) ? body : `${marker}\n${body}`);
      const existing = await api.findCommentByMarker(issueNumber, marker);
      if (!existing) return { comment: await api.createComment(issueNumber, withMarker), action: 'created' };
      if (existing.body === withMarker) return { comment: existing, action: 'unchanged' };
      return { comment: await api.updateComment(existing.id, withMarker), action: 'updated' };
    },

    listIssues: ({ labels = [], state = 'all' }) =>
      call(`list issues${labels.length > 0 ? ` labelled ${labels.join(', ')}` : ''}`, null, false, async () => {
        const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state, per_page: 100, ...(labels.length > 0 ? { labels: labels.join(',') } : {}) });
        return issues.filter((i) => !i.pull_request).map(toIssue);
      }),

    createIssue: ({ title, body, labels = [] }) =>
      call('open an issue', ISSUES_WRITE, true, async () =>
        toIssue((await octokit.rest.issues.create({ owner, repo, title: redact(title), body: redact(body), ...(labels.length > 0 ? { labels: [...labels] } : {}) })).data),
      ),

    updateIssue: (number, changes) =>
      call(`update issue #${number}`, ISSUES_WRITE, true, async () => {
        const { stateReason, title, body, state } = changes;
        const { data } = await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: number,
          ...(title !== undefined ? { title: redact(title) } : {}),
          ...(body !== undefined ? { body: redact(body) } : {}),
          ...(state ? { state } : {}),
          ...(stateReason ? { state_reason: stateReason } : {}),
        });
        return toIssue(data);
      }),

    addLabels: (issueNumber, labels) =>
      call(`label #${issueNumber}`, ISSUES_WRITE, true, async () => {
        await octokit.rest.issues.addLabels({ owner, repo, issue_number: issueNumber, labels: [...labels] });
      }),
  };
  return api;
}

/**
 * One bot branch and its pull request, kept idempotent across runs (the bump bot uses it; the refresh
 * bot will too):
 * - the PR is found by its head branch AND a hidden marker in its body, so a person's PR from a branch
 *   of the same name is never taken over;
 * - an open PR is updated in place (new commit on the branch, new body), never duplicated;
 * - commits on the branch that are not the bot's (a person pushed a fix) are never overwritten: the bot
 *   leaves a comment on the PR instead;
 * - a PR closed without merging is not reopened for the same proposal (its versions key); a new
 *   proposal opens a new PR.
 *
 * Commits go through the git-data API (blob/tree → commit → ref) rather than `git push`: GitHub signs
 * them ("Verified"), which repositories with "require signed commits" need; no git credentials or
 * push URL have to be set up on the runner; and the branch is written without touching the checkout.
 * The cost is one request per file, and the bump PR only ever changes two files (pyproject.toml, uv.lock).
 */
import { MAX_COMMENT_BODY_CHARS, type BranchCommit, type GitHubApi, type PullRequest } from './github.js';
import { redact } from './outgoing.js';

/** Trailer the bot puts in its commit messages: a commit without it is someone else's. */
export const BOT_TRAILER = 'Lockstep-Bot: true';

export interface BranchPullRequest {
  branch: string;
  /** Target branch; default: the repository's default branch. */
  base?: string;
  title: string;
  /** Must contain `marker`. */
  body: string;
  marker: string;
  /** What the PR proposes (e.g. sorted `name==version`s): a closed-unmerged PR with the same key is not reopened. */
  proposalKey: string;
  /** Reads the proposal key back from an earlier PR's body. */
  readProposalKey: (body: string) => string | null;
  files: { path: string; content: string }[];
  commitMessage: string;
  labels?: readonly string[];
  /** Where the full body is when it must be cut (default: the job summary); one sentence. */
  fullReport?: string;
  /** Comment for an open PR whose branch has someone else's commits. */
  blockedComment: (commits: readonly BranchCommit[]) => string;
  log?: (message: string) => void;
}

export type PublishAction = 'created' | 'updated' | 'unchanged' | 'blocked' | 'closed-before';

export interface PublishOutcome {
  action: PublishAction;
  pullRequest: PullRequest | null;
  /** The branch's head after this run (null when nothing was written and the branch does not exist). */
  headSha: string | null;
  message: string;
}

const BLOCKED_MARKER = '<!-- lockstep:blocked -->';

/**
 * A commit the bot made: the trailer alone is no proof (a person who amends the bot's commit keeps it),
 * so the commit must also be authored by the token's account, committed by GitHub itself (`web-flow`,
 * as for every API commit) or that account, and signed by GitHub ("Verified").
 */
function isOurs(commit: BranchCommit, botLogin: string): boolean {
  return (
    commit.message.includes(BOT_TRAILER) &&
    commit.authorLogin === botLogin &&
    (commit.committerLogin === 'web-flow' || commit.committerLogin === botLogin) &&
    commit.verified
  );
}

/** Commits on `branch` made by someone else since the bot's last commit (or since `base`). */
async function foreignCommits(api: GitHubApi, branch: string, base: string): Promise<BranchCommit[]> {
  const botLogin = await api.authenticatedLogin();
  const [onBranch, onBase] = await Promise.all([api.listBranchCommits(branch, { limit: 50 }), api.listBranchCommits(base, { limit: 100 })]);
  const baseShas = new Set(onBase.map((c) => c.sha));
  const foreign: BranchCommit[] = [];
  for (const commit of onBranch) {
    // Newest first: stop at the bot's own commit (its parent is a base commit) or at base history.
    if (isOurs(commit, botLogin) || baseShas.has(commit.sha)) break;
    foreign.push(commit);
  }
  return foreign;
}

/**
 * `body` cut to GitHub's limit (65,536 characters; a longer one gets 422 and no PR, on every run) at a
 * line, keeping the markers at its top, closing an open code fence, and saying where the rest is.
 */
export function capPullRequestBody(body: string, rest: string, max = MAX_COMMENT_BODY_CHARS): string {
  if (body.length <= max) return body;
  const note = `\n\n> [!NOTE]\n> This description was cut to fit GitHub's size limit: ${rest}\n`;
  let kept = body.slice(0, max - note.length - 8);
  kept = kept.slice(0, Math.max(kept.lastIndexOf('\n'), 0));
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += '\n```';
  return `${kept}${note}`;
}

export async function publishBranchPullRequest(api: GitHubApi, given: BranchPullRequest): Promise<PublishOutcome> {
  // What GitHub will hold (the adapter redacts every body it sends), within its size limit: compared with what is there.
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: slug, GITHUB_RUN_ID: runId } = process.env;
  const run = server && slug && runId ? `[the job summary of run ${runId}](${server}/${slug}/actions/runs/${runId})` : 'the job summary of the run that wrote it';
  const rest = given.fullReport ?? `the full report is in ${run}.`;
  const request = { ...given, title: redact(given.title), body: capPullRequestBody(redact(given.body), rest) };
  const log = request.log ?? (() => {});
  const repository = await api.getRepository();
  const base = request.base || repository.defaultBranch;
  const pulls = (await api.listPullRequestsByHead(request.branch)).filter((p) => p.body.includes(request.marker));
  const open = pulls.find((p) => p.state === 'open') ?? null;
  if (!open) {
    const rejected = pulls.find((p) => p.state === 'closed' && !p.merged && request.readProposalKey(p.body) === request.proposalKey);
    if (rejected) {
      return {
        action: 'closed-before',
        pullRequest: rejected,
        headSha: null,
        message: `#${rejected.number} proposed exactly these versions and was closed without merging; not reopening it (a newer release will open a new PR).`,
      };
    }
  }

  const baseSha = await api.getBranchSha(base);
  if (!baseSha) throw new Error(`base branch ${base} does not exist`);
  let headSha = await api.getBranchSha(request.branch);
  let changed = false;
  if (headSha) {
    const foreign = await foreignCommits(api, request.branch, base);
    if (foreign.length > 0) {
      const who = [...new Set(foreign.map((c) => c.authorLogin ?? c.authorName))].join(', ');
      if (open) {
        await api.upsertComment(open.number, BLOCKED_MARKER, `${BLOCKED_MARKER}\n${request.blockedComment(foreign)}`);
      }
      return {
        action: 'blocked',
        pullRequest: open,
        headSha,
        message: `branch ${request.branch} has ${foreign.length} commit(s) by ${who}; left as is${open ? ` (commented on #${open.number})` : ''}.`,
      };
    }
  }
  if (!(headSha && (await branchHasContent(api, request, headSha, baseSha)))) {
    // Always one commit on top of the current base: the PR diff is exactly the bump, never a stale history.
    const baseCommit = await api.getCommit(baseSha);
    const tree = await api.createTree(request.files.map((f) => ({ path: f.path, content: f.content })), baseCommit.treeSha);
    const commit = await api.createCommit({ message: `${request.commitMessage}\n\n${BOT_TRAILER}\n`, tree, parents: [baseSha] });
    if (headSha) await api.updateBranch(request.branch, commit.sha, { force: true });
    else await api.createBranch(request.branch, commit.sha);
    log(`${headSha ? 'updated' : 'created'} branch ${request.branch} at ${commit.sha.slice(0, 7)}`);
    headSha = commit.sha;
    changed = true;
  }

  if (open) {
    const needsEdit = open.body !== request.body || open.title !== request.title;
    const pr = needsEdit ? await api.updatePullRequest(open.number, { title: request.title, body: request.body }) : open;
    const action: PublishAction = changed || needsEdit ? 'updated' : 'unchanged';
    return { action, pullRequest: pr, headSha, message: action === 'unchanged' ? `#${pr.number} is up to date` : `updated #${pr.number}` };
  }
  const created = await api.createPullRequest({ head: request.branch, base, title: request.title, body: request.body });
  if (!created.created && (created.body !== request.body || created.title !== request.title)) {
    await api.updatePullRequest(created.number, { title: request.title, body: request.body });
  }
  if (request.labels && request.labels.length > 0) await api.addLabels(created.number, request.labels);
  return { action: created.created ? 'created' : 'updated', pullRequest: created, headSha, message: `${created.created ? 'opened' : 'adopted'} #${created.number}` };
}

/** The branch is one bot commit on the current base whose files already equal the wanted ones. */
async function branchHasContent(api: GitHubApi, request: BranchPullRequest, headSha: string, baseSha: string): Promise<boolean> {
  const head = await api.getCommit(headSha);
  if (head.parents.length !== 1 || head.parents[0] !== baseSha || !head.message.includes(BOT_TRAILER)) return false;
  for (const file of request.files) {
    if ((await api.getFileContent(file.path, headSha)) !== file.content) return false;
  }
  return true;
}

/**
 * The `review` job (pull_request / pull_request_target): checks the PR's base and head versions of
 * uv.lock + pyproject.toml with the lock engine and keeps ONE sticky comment saying what the PR
 * introduces (source builds, missing wheels, CUDA mismatches, a stale lock) and what it fixes.
 *
 * From a uv workspace member (`working-directory`), the workspace root is found on the head as uv finds
 * it, and the workspace's uv.lock is reviewed with every member's pyproject.toml (findings on members'
 * lines, the comment naming the member).
 *
 * Safety: the PR's files are only READ — with `git show REV:path` from the checkout, or through the
 * contents API — and parsed as data. Nothing from the PR is executed, installed or built, so the job is
 * safe under `pull_request_target`, where the token can write comments even for fork PRs.
 */
import { parseFailOn } from '../core/matrix/gate.js';
import { discoverProjectLayout, isWorkspaceMember, layoutCandidates, workspaceGlobs } from '../core/lock/workspace.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createGitHubApi, GitHubPermissionError, MAX_COMMENT_BODY_CHARS, type GitHubApi, type GitHubApiOptions, type IssueComment } from '../adapters/github.js';
import { Git } from '../adapters/git.js';
import type { ProjectFiles } from '../adapters/project-files.js';
import { actionsRunner, type Runner } from '../adapters/runner.js';
import { LockstepError } from '../core/errors.js';
import type { Finding } from '../core/findings.js';
import { checkLocks } from '../core/matrix/check-locks.js';
import { pixiProjectFrom } from '../adapters/pixi-files.js';
import type { CheckOptions, CheckReport } from '../core/matrix/types.js';
import { renderDiffText, renderReviewComment, renderReviewSummary, REVIEW_MARKER, reviewChange, type Review } from '../core/review/index.js';
import { failStep } from './fail-step.js';
import { retryPolicyFromEnv } from '../adapters/http.js';
import { checkReportOnline } from '../adapters/online-check.js';
import { parseLock } from '../core/lock/uvlock.js';
import { renderOnlineSummary } from '../core/online/judge.js';
import { annotateFindings } from './annotations.js';
import { lexicallyInside } from '../core/security/paths.js';

/** Reads a file of one side of the change (path relative to the repository root); null when absent. */
export type FileReader = (repoPath: string) => Promise<string | null>;

// ---- reading both sides, statically ----------------------------------------------------------------

/** `[tool.uv.workspace]` member globs as a matcher on member directories (relative to the project). */
function workspaceMatcher(pyproject: string): ((dir: string) => boolean) | null {
  const { members, exclude } = workspaceGlobs(pyproject);
  return members.length === 0 ? null : (dir) => isWorkspaceMember(dir, members, exclude);
}

/**
 * The engine's inputs for a project at `projectPath` (relative to the repository root, '' for the root)
 * on one side of the change. `listFiles`, when given, lists the repository paths under the project so
 * workspace members' pyproject.toml files are read too (like readProjectFiles does on disk).
 */
export async function readProjectFilesWith(read: FileReader, projectPath: string, listFiles?: () => Promise<string[]>): Promise<ProjectFiles> {
  const prefix = projectPath === '' || projectPath === '.' ? '' : `${projectPath.replace(/\/+$/, '')}/`;
  const [pyproject, lock, pixiToml, pixiLock, pythonVersion] = await Promise.all([
    read(`${prefix}pyproject.toml`),
    read(`${prefix}uv.lock`),
    read(`${prefix}pixi.toml`),
    read(`${prefix}pixi.lock`),
    read(`${prefix}.python-version`),
  ]);
  const members: Record<string, string> = {};
  const matcher = pyproject !== null && listFiles ? workspaceMatcher(pyproject) : null;
  if (matcher) {
    for (const file of await listFiles!()) {
      if (!file.startsWith(prefix) || !file.endsWith('/pyproject.toml')) continue;
      const rel = file.slice(prefix.length);
      const dir = rel.slice(0, -'/pyproject.toml'.length);
      if (!matcher(dir)) continue;
      const text = await read(file);
      if (text !== null) members[rel] = text;
    }
  }
  const pixi = pixiProjectFrom({ pixiToml, pyproject, lock: pixiLock });
  return { pyproject, lock, pyprojectPath: 'pyproject.toml', lockPath: 'uv.lock', members, pythonVersion, ...(pixi ? { pixi } : {}) };
}

/** A project inside a git checkout: the repository and the project's path from its root. */
export interface GitProject {
  git: Git;
  /** `sub/dir/` or '' (as `git rev-parse --show-prefix` prints it). */
  prefix: string;
}

/** The git repository `dir` is in, or null when it is not in one (or git is missing). */
export async function gitProjectAt(dir: string): Promise<GitProject | null> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const git = new Git(dir);
  try {
    const inside = await git.exec(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
    if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true') return null;
    const { stdout } = await git.exec(['rev-parse', '--show-prefix']);
    return { git, prefix: stdout.trim() };
  } catch {
    return null;
  }
}

/**
 * The project's files at a git revision, read with `git show REV:path` (never checked out, never run);
 * `projectPath` (from the repository root) defaults to the folder the checkout was opened in.
 */
export async function readProjectFilesAtRevision(project: GitProject, rev: string, projectPath = project.prefix.replace(/\/$/, '')): Promise<ProjectFiles> {
  const sha = await project.git.revParse(rev);
  const list = async (): Promise<string[]> => {
    const { stdout } = await project.git.exec(['ls-tree', '-r', '-z', '--name-only', '--full-tree', sha, '--', ...(projectPath ? [`${projectPath}/`] : [])]);
    return stdout.split('\0').filter(Boolean);
  };
  return readProjectFilesWith((p) => project.git.showFile(sha, p), projectPath, list);
}

/**
 * The workspace root uv would use for `projectPath` on one side of the change (uv's rule, as setup and
 * check apply it on disk): a member's folder gives the root above it, anything else itself.
 */
export async function workspaceRootWith(read: FileReader, projectPath: string): Promise<{ rootPath: string; member: boolean }> {
  const candidates = layoutCandidates(projectPath);
  const texts = new Map(await Promise.all(candidates.map(async (file) => [file, await read(file)] as const)));
  const layout = discoverProjectLayout(projectPath, (file) => texts.get(file) ?? null);
  return layout.kind === 'workspace-member' ? { rootPath: layout.rootDir, member: true } : { rootPath: projectPath, member: false };
}

// ---- the job -------------------------------------------------------------------------------------

export interface ReviewJobDependencies {
  runner: Runner;
  env: NodeJS.ProcessEnv;
  /** Builds the API client (tests point it at the fake server through GITHUB_API_URL instead). */
  github: (options: GitHubApiOptions) => GitHubApi;
}

interface PullRequestEvent {
  number?: number;
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
}

function readEvent(env: NodeJS.ProcessEnv): PullRequestEvent {
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PullRequestEvent;
  } catch {
    return {};
  }
}

function list(value: string): string[] {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}

function targetOptions(runner: Runner): CheckOptions {
  return {
    pythons: list(runner.input('python-version')),
    platforms: list(runner.input('platform')),
    cuda: runner.input('cuda') || null,
    extras: list(runner.input('extras')),
    groups: list(runner.input('groups')),
  };
}

/** The project path relative to the repository/workspace root, refusing paths that leave it. */
function projectPathOf(workingDirectory: string): string {
  // Checked before any normalising: `../../etc` once came out as `./../etc` and passed.
  const root = path.posix.resolve('/repository');
  const inside = lexicallyInside(root, workingDirectory.replace(/\\/g, '/') || '.');
  if (inside === null || path.posix.isAbsolute(workingDirectory)) {
    throw new LockstepError(`working-directory ${JSON.stringify(workingDirectory)} leaves the repository.`, { hint: 'Give the project folder relative to the repository root, e.g. `.` or `python/`.' });
  }
  return path.posix.relative(root, inside);
}

/** Makes sure the checkout has `rev`, fetching just that commit if needed; false when it cannot. */
async function ensureCommit(git: Git, rev: string, log: (m: string) => void): Promise<boolean> {
  if (await git.tryRevParse(rev)) return true;
  try {
    await git.fetch('origin', [rev], { depth: 1 });
  } catch (error) {
    log(`Could not fetch ${rev} into the checkout: ${(error as Error).message}`);
    return false;
  }
  return (await git.tryRevParse(rev)) !== null;
}

interface Sides {
  base: ProjectFiles;
  head: ProjectFiles;
  via: string;
  /** The workspace root both sides were read at (from the repository root; '' for the root itself). */
  rootPath: string;
  /** Set when `working-directory` is a workspace member: its folder from the repository root. */
  member: string | null;
}

/**
 * Both sides' files at the workspace root the head's files name (the base's when the head has no
 * project there): a member's review checks the workspace's uv.lock with every member, as uv locks it.
 */
async function readSides(options: { projectDir: string; projectPath: string; base: string; head: string; api: GitHubApi | null; runner: Runner }): Promise<Sides> {
  const { runner, projectPath } = options;
  const project = await gitProjectAt(options.projectDir);
  const viaGit = project !== null && (await ensureCommit(project.git, options.base, runner.info)) && (await ensureCommit(project.git, options.head, runner.info));
  if (!viaGit && !options.api) {
    throw new LockstepError(`Cannot read the base (${options.base}) and head (${options.head}) of the change: the checkout does not have them and there is no github-token for the API.`, {
      hint: 'Check out the repository (actions/checkout) before this step, or pass github-token.',
    });
  }
  const reader = (ref: string): FileReader => (viaGit ? (p) => project!.git.showFile(ref, p) : (p) => options.api!.getFileContent(p, ref));
  // git paths are from the repository's top level, API paths from the repository root.
  const start = viaGit ? project!.prefix.replace(/\/$/, '') : projectPath;
  const headRoot = await workspaceRootWith(reader(options.head), start);
  const { rootPath, member } = headRoot.member ? headRoot : await workspaceRootWith(reader(options.base), start);
  // Without a checkout, workspace members are found in the tree GitHub lists for the revision.
  const listWithApi = (ref: string) => async (): Promise<string[]> => {
    const files = await options.api!.listFiles(ref);
    if (files === null) runner.warning(`GitHub truncated the file listing of ${ref}: workspace members' pyproject.toml files are not read. Check out the repository before this step to review them.`, { title: 'lockstep review: members not read' });
    return files ?? [];
  };
  const at = (ref: string) => (viaGit ? readProjectFilesAtRevision(project!, ref, rootPath) : readProjectFilesWith(reader(ref), rootPath, listWithApi(ref)));
  const [base, head] = await Promise.all([at(options.base), at(options.head)]);
  // Reported from the workspace root (where GitHub wants annotation paths to start).
  const fromWorkspace = path.posix.join(projectPath || '.', path.posix.relative(start || '.', rootPath || '.'));
  return { base, head, via: viaGit ? 'git' : 'the GitHub API', rootPath: fromWorkspace === '.' ? '' : fromWorkspace, member: member ? projectPath : null };
}

function check(files: Pick<ProjectFiles, 'pyproject' | 'lock'> & Partial<ProjectFiles>, options: CheckOptions, side: string): CheckReport {
  if (files.pyproject === null && files.lock === null && !files.pixi) {
    // A side without the project (the PR adds it, or deletes it) has nothing to report.
    return { schema: 1, project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 }, targets: [], packages: [], findings: [] };
  }
  try {
    return checkLocks({ pyprojectPath: 'pyproject.toml', lockPath: 'uv.lock', ...files }, options);
  } catch (error) {
    if (error instanceof LockstepError) throw new LockstepError(`${side}: ${error.message}`, { hint: error.hint, cause: error });
    throw error;
  }
}

function annotate(runner: Runner, review: Review, projectPath: string): void {
  const where = (f: Finding) => ({
    file: f.file ? path.posix.join(projectPath || '.', f.file) : undefined,
    line: f.line,
    column: f.column,
    title: `lockstep review: ${f.code}${f.package ? ` ${f.package}` : ''}`,
  });
  const plural = { error: 'errors', warning: 'warnings', notice: 'notices' } as const;
  annotateFindings(runner, review.introduced, {
    position: where,
    message: (f) => `${f.message}${f.target ? ` (target ${f.target})` : ''}`,
    more: (severity, count) => ({
      message: `…and ${count} more ${plural[severity]} this pull request introduces: see the review comment and the job summary.`,
      title: `lockstep review: ${count} more ${plural[severity]}`,
    }),
  });
}

/**
 * The head with `artifact-missing` / `artifact-yanked` findings for the locked files the PR adds or
 * changes (same filename and hash on the base are the health job's business): asked of their indexes,
 * read-only, as `check --online` does. A host that cannot be asked is a warning here, not a failed review.
 */
async function withGoneFiles(base: ProjectFiles, head: ProjectFiles, headReport: CheckReport, env: NodeJS.ProcessEnv, runner: Runner): Promise<CheckReport> {
  if (head.lock === null || headReport.targets.length === 0) return headReport;
  const onBase = new Set<string>();
  try {
    if (base.lock !== null) {
      for (const pkg of parseLock(base.lock, 'uv.lock').packages) {
        for (const a of [...pkg.wheels, ...(pkg.sdist ? [pkg.sdist] : [])]) onBase.add(`${a.filename}\n${a.hash ?? ''}`);
      }
    }
  } catch {
    // An unreadable base lock: every head file counts as new.
  }
  const online = await checkReportOnline(head, headReport, {
    policy: retryPolicyFromEnv(env),
    deadlineMs: 30_000,
    cache: null,
    env,
    log: (m) => runner.info(m),
    only: (a) => !onBase.has(`${a.filename}\n${a.sha256 ? `sha256:${a.sha256}` : ''}`),
  });
  runner.info(renderOnlineSummary(online.summary));
  for (const f of online.report.findings.filter((x) => x.code === 'artifact-unchecked')) {
    runner.warning(f.message, { title: 'lockstep review: files not checked online' });
  }
  return { ...online.report, findings: online.report.findings.filter((x) => x.code !== 'artifact-unchecked') };
}

type CommentAction = 'created' | 'updated' | 'unchanged' | 'none' | 'not-permitted' | 'failed';

/**
 * lockstep's earlier comment: one that STARTS with the marker (ours always do), preferring a bot's. A human
 * comment that merely contains the marker (quoted, or planted) is never taken over.
 */
async function findStickyComment(api: GitHubApi, number: number): Promise<IssueComment | null> {
  const ours = (await api.listIssueComments(number)).filter((c) => c.body.startsWith(REVIEW_MARKER));
  return ours.find((c) => c.authorLogin?.endsWith('[bot]')) ?? ours[0] ?? null;
}

async function upsertSticky(api: GitHubApi, number: number, existing: IssueComment | null, body: string): Promise<{ action: CommentAction; url: string }> {
  if (!existing) {
    const created = await api.createComment(number, body);
    return { action: 'created', url: created.htmlUrl };
  }
  if (existing.body === body) return { action: 'unchanged', url: existing.htmlUrl };
  const updated = await api.updateComment(existing.id, body);
  return { action: 'updated', url: updated.htmlUrl };
}

export async function run(overrides: Partial<ReviewJobDependencies> = {}): Promise<void> {
  const deps: ReviewJobDependencies = {
    runner: overrides.runner ?? actionsRunner(),
    env: overrides.env ?? process.env,
    github: overrides.github ?? createGitHubApi,
  };
  const { runner, env } = deps;
  try {
    const failOn = parseFailOn(runner.input('fail-on'), ['error', 'never']);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const projectPath = projectPathOf(runner.input('working-directory') || '.');
    const projectDir = path.resolve(workspace, projectPath || '.');
    const event = readEvent(env);
    const pullNumber = event.pull_request?.number ?? event.number ?? null;
    const base = runner.input('base') || event.pull_request?.base?.sha || '';
    const head = runner.input('head') || event.pull_request?.head?.sha || '';
    if (!base || !head) {
      runner.notice(
        `lockstep review compares a pull request's base and head, but this ${env.GITHUB_EVENT_NAME ?? ''} event names none: run it on pull_request / pull_request_target, or set the base and head inputs.`,
        { title: 'lockstep review: nothing to compare' },
      );
      return;
    }

    const token = runner.input('github-token');
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const api = token && owner && repo ? deps.github({ token, owner, repo, setSecret: (s) => runner.setSecret(s), log: (m) => runner.info(m) }) : null;

    const options = targetOptions(runner);
    const online = runner.booleanInput('online', true);
    const { review, via, rootPath, member } = await runner.group(`Check ${projectPath || 'the project'} at base ${base.slice(0, 12)} and head ${head.slice(0, 12)}`, async () => {
      const sides = await readSides({ projectDir, projectPath, base, head, api, runner });
      if (sides.member !== null) runner.info(`${sides.member} is a member of the uv workspace at ${sides.rootPath || '.'}: reviewing the workspace's uv.lock and every member's pyproject.toml.`);
      runner.info(`Read pyproject.toml and uv.lock of both sides through ${sides.via} (static reading only).`);
      let headReport = check(sides.head, options, `head ${head}`);
      if (online) headReport = await withGoneFiles(sides.base, sides.head, headReport, env, runner);
      let baseReport: CheckReport;
      try {
        baseReport = check(sides.base, options, `base ${base}`);
      } catch (error) {
        // The options may name what only the head defines (an extra or group the PR adds): judge the head
        // against an empty base rather than fail the review.
        if (!(error instanceof LockstepError)) throw error;
        runner.warning(`${error.message} The base is treated as empty: everything the head reports counts as introduced.`, { title: 'lockstep review: base not checked' });
        baseReport = check({ pyproject: null, lock: null }, options, `base ${base}`);
      }
      const result = reviewChange(baseReport, headReport);
      runner.info(renderDiffText(result));
      return { review: result, via: sides.via, rootPath: sides.rootPath, member: sides.member };
    });
    // Findings name files from the workspace root (`packages/a/pyproject.toml`): annotations want the repository's.
    annotate(runner, review, rootPath);
    const scope = member !== null ? { member, workspaceRoot: rootPath } : undefined;

    // Comment: when something is introduced, or to update (say "all fixed" in) an earlier comment.
    let comment: { action: CommentAction; url: string } = { action: 'none', url: '' };
    let previouslyReported = false;
    let fallbackNote = '';
    if (pullNumber !== null && api) {
      const existing = await findStickyComment(api, pullNumber);
      previouslyReported = existing !== null;
      if (review.rows.length > 0 || existing) {
        const body = renderReviewComment(review, { previouslyReported, headSha: head, maxChars: MAX_COMMENT_BODY_CHARS, scope });
        try {
          comment = await upsertSticky(api, pullNumber, existing, body);
          runner.info(`Review comment ${comment.action}: ${comment.url}`);
        } catch (error) {
          if (error instanceof GitHubPermissionError) {
            comment = { action: 'not-permitted', url: '' };
            fallbackNote =
              '> [!NOTE]\n> lockstep could not comment on this pull request: the workflow token is read-only (pull requests from forks get one under `pull_request`). The review is below and in the annotations; to get the comment, run this job on `pull_request_target` (it only reads files, never runs the PR\'s code).\n\n';
            runner.notice(`Could not comment on #${pullNumber}: ${error.message} The review is in the job summary and the annotations instead.`, { title: 'lockstep review: no comment permission' });
          } else if (error instanceof LockstepError) {
            // GitHub kept failing after retries: the review itself stands (summary, annotations, exit code).
            comment = { action: 'failed', url: '' };
            runner.warning(`Could not update the review comment on #${pullNumber}: ${error.message}`, { title: 'lockstep review: comment failed' });
          } else {
            throw error;
          }
        }
      }
    } else if (pullNumber !== null) {
      runner.info('No github-token: the review goes to the job summary only.');
    }

    await runner.appendSummary(fallbackNote + renderReviewSummary(review, { previouslyReported, headSha: head, scope }));
    runner.setOutput('introduced', String(review.rows.length));
    runner.setOutput('errors', String(review.errorsIntroduced));
    runner.setOutput('resolved', String(review.resolvedRows.length));
    runner.setOutput('comment', comment.action);
    runner.setOutput('comment-url', comment.url);
    runner.debug(`files read through ${via}`);

    if (failOn === 'error' && review.errorsIntroduced > 0) {
      const names = [...new Set(review.rows.filter((r) => r.severity === 'error').map((r) => r.package ?? r.code))].join(', ');
      runner.setFailed(`This pull request introduces ${review.errorsIntroduced} error finding(s) (${names}); see the review comment or the job summary. Set fail-on: never to only comment.`);
    }
  } catch (error) {
    failStep(runner, error, 'review', { workspace: env.GITHUB_WORKSPACE ?? process.cwd(), projectDir: env.GITHUB_WORKSPACE ?? process.cwd() });
  }
}

/**
 * The `bump` job (and `lockstep bump`): find the exact pins, look up their newest usable releases,
 * rewrite pyproject.toml byte-exactly, re-lock with uv (one `uv lock --upgrade-package …` per group),
 * verify with the lock engine, drop what breaks, and open or update one PR (or one per group).
 *
 * The pieces are exported for the CLI and for the refresh bot: `planProject` (lookups + plan),
 * `applyAndVerify` (edits + re-lock + verification with drops), and `publishPlan` (branch + PR).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_FILE_LIMITS, readProjectFile } from '../adapters/project-file.js';
import { createGitHubApi, type GitHubApi, type PullRequest } from '../adapters/github.js';
import { runProcess, type RunProcess } from '../adapters/process.js';
import { readProjectFiles, type ProjectFiles } from '../adapters/project-files.js';
import { publishBranchPullRequest, type PublishOutcome } from '../adapters/pull-request.js';
import { lookupListings, type LookupOptions } from '../adapters/release-lookup.js';
import { actionsRunner, type Runner } from '../adapters/runner.js';
import { uvLockUpgrade, type UvLockRunner } from '../adapters/uv-lock.js';
import { LockstepError } from '../core/errors.js';
import { parsePyproject, type Pyproject } from '../core/lock/pyproject.js';
import { checkProject } from '../core/matrix/engine.js';
import type { CheckOptions, CheckReport } from '../core/matrix/types.js';
import {
  BUMP_MARKER,
  describeFindings,
  groupPackages,
  lookupsNeeded,
  newBlockingFindings,
  parseDuration,
  planBumps,
  plannedGroups,
  proposedVersions,
  pullRequestTitle,
  readBumpConfig,
  renderPlanJson,
  renderPlanMarkdown,
  rewritePins,
  summarizeTargets,
  versionsKey,
  withOutcome,
  type BumpPlan,
  type PinEdit,
  type PlannedBump,
  type Verification,
} from '../core/plan/index.js';
import { escapeMarkdown } from '../core/report/markdown-escape.js';
import { chooseUvVersionRequest } from '../core/setup/uv-version.js';
import { retryPolicyFromEnv } from '../adapters/http.js';
import { DEFAULT_GITHUB_URL, githubReleasesApi } from '../adapters/install/github-release.js';
import { installUv } from '../adapters/install/index.js';
import { SimpleApiIndex } from '../adapters/package-index.js';
import { currentPlatform } from '../adapters/runner-platform.js';
import { refuseWritesOnUntrustedEvent } from '../core/plan/event-guard.js';
import { readEventContext } from '../adapters/cache/event.js';
import { failStep } from './fail-step.js';
import { checkOptionsFromInputs } from './target-inputs.js';
import { resolveInsideWorkspace } from '../adapters/workspace-paths.js';

// ---- planning ------------------------------------------------------------------------------------

export interface PlanOptions {
  /** Default index for packages without a source (else UV_DEFAULT_INDEX, UV_INDEX_URL, PyPI). */
  defaultIndexUrl?: string | null;
  /** `[[tool.uv.index]]` name → URL override. */
  indexUrlOverrides?: Record<string, string>;
  /** Overrides `[tool.lockstep.bump] min-release-age`. */
  minReleaseAgeMs?: number | null;
  now?: Date;
  env?: NodeJS.ProcessEnv;
  lookup?: LookupOptions;
}

export interface PlannedProject {
  projectDir: string;
  files: ProjectFiles;
  pyproject: Pyproject;
  plan: BumpPlan;
}

export async function planProject(projectDir: string, options: PlanOptions = {}): Promise<PlannedProject> {
  const files = readProjectFiles(projectDir);
  if (files.pyproject === null) {
    throw new LockstepError(`${projectDir}: no pyproject.toml, so there are no pins to bump`, { hint: 'Run lockstep bump in the folder of a uv project.' });
  }
  const pyproject = parsePyproject(files.pyproject, files.pyprojectPath);
  const config = readBumpConfig(pyproject);
  const env = options.env ?? process.env;
  const defaultIndexUrl = options.defaultIndexUrl || env.UV_DEFAULT_INDEX || env.UV_INDEX_URL || undefined;
  const { pins, origins } = lookupsNeeded(pyproject, { defaultIndexUrl, indexUrlOverrides: options.indexUrlOverrides });
  const listings = await lookupListings(origins, options.lookup);
  const plan = planBumps({
    pyproject,
    pins,
    config,
    origins,
    listings,
    now: options.now ?? new Date(),
    ...(options.minReleaseAgeMs !== undefined && options.minReleaseAgeMs !== null ? { minReleaseAgeMs: options.minReleaseAgeMs } : {}),
  });
  return { projectDir, files, pyproject, plan };
}

// ---- apply and verify ----------------------------------------------------------------------------

export interface ProjectState {
  pyproject: string;
  lock: string | null;
  report: CheckReport;
}

export interface GroupOutcome {
  group: string;
  bumps: PlannedBump[];
  command: string;
  ok: boolean;
  reason: string | null;
  /** The project after this group (and, when applied cumulatively, the groups kept before it). */
  state: ProjectState | null;
}

export interface ApplyResult {
  plan: BumpPlan;
  groups: GroupOutcome[];
  /** Every kept group together (cumulative mode), or the original when none was kept. */
  final: ProjectState;
  original: ProjectState;
  verification: Verification;
  lockInvocations: number;
}

export interface ApplyOptions {
  check: CheckOptions;
  uv: UvLockRunner;
  /** Each group from the original files (one PR per group), instead of on top of the groups kept so far. */
  independent?: boolean;
  /** Leave the final state in the working tree (`--write`); otherwise the original files are put back. */
  keep?: boolean;
  log?: (message: string) => void;
}

function runCheck(planned: PlannedProject, pyproject: string, lock: string | null, check: CheckOptions): CheckReport {
  return checkFiles(planned.files, pyproject, lock, check);
}

/** The engine on a project's files with this pyproject/lock text (the refresh bot shares it); a parse error throws. */
export function checkFiles(files: ProjectFiles, pyproject: string, lock: string | null, check: CheckOptions): CheckReport {
  const report = checkProject({ pyproject, lock, pyprojectPath: files.pyprojectPath, lockPath: files.lockPath, members: files.members }, check);
  const parseError = report.findings.find((f) => f.code === 'parse-error');
  if (parseError) throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  return report;
}

/**
 * Applies the plan group by group: rewrite the pins, `uv lock --upgrade-package` the group's packages,
 * run the engine; a group whose lock fails or that adds sdist-build / no-distribution / cuda-mismatch
 * findings is dropped (the files go back to before it) and the next group is tried without it.
 */
export async function applyAndVerify(planned: PlannedProject, options: ApplyOptions): Promise<ApplyResult> {
  const log = options.log ?? (() => {});
  const pyprojectFile = path.join(planned.projectDir, 'pyproject.toml');
  const lockFile = path.join(planned.projectDir, 'uv.lock');
  const originalText = planned.files.pyproject!;
  const originalLock = planned.files.lock;
  const write = (state: { pyproject: string; lock: string | null }) => {
    writeFileSync(pyprojectFile, state.pyproject);
    if (state.lock !== null) writeFileSync(lockFile, state.lock);
  };
  const original: ProjectState = { pyproject: originalText, lock: originalLock, report: runCheck(planned, originalText, originalLock, options.check) };
  let kept = original;
  const keptEdits: PinEdit[] = [];
  const outcomes: GroupOutcome[] = [];
  try {
    for (const { group, bumps } of plannedGroups(planned.plan)) {
      const start = options.independent ? original : kept;
      const edits = bumps.map((b) => ({ pin: b.pin, to: b.to }));
      // Edits are offsets into the original text, so every state is rebuilt from it.
      const text = rewritePins(originalText, options.independent ? edits : [...keptEdits, ...edits]);
      write({ pyproject: text, lock: start.lock });
      const packages = groupPackages(bumps);
      log(`group ${group}: uv lock --upgrade-package ${packages.join(' --upgrade-package ')}`);
      const locked = await uvLockUpgrade(options.uv, planned.projectDir, packages);
      const fail = (reason: string) => {
        log(`group ${group} dropped: ${reason}`);
        outcomes.push({ group, bumps, command: locked.command, ok: false, reason, state: null });
        write(start);
      };
      if (!locked.ok) {
        fail(`\`uv lock\` failed: ${locked.error.split('\n').slice(-3).join(' ').replace(/\s+/g, ' ').trim()}`);
        continue;
      }
      const lock = readProjectFile(lockFile, { maxBytes: PROJECT_FILE_LIMITS.lock, shown: 'uv.lock' });
      const report = runCheck(planned, text, lock, options.check);
      const added = newBlockingFindings(original.report, report);
      if (added.length > 0) {
        fail(`verification found ${describeFindings(added)}`);
        continue;
      }
      const state: ProjectState = { pyproject: text, lock, report };
      outcomes.push({ group, bumps, command: locked.command, ok: true, reason: null, state });
      if (!options.independent) {
        kept = state;
        keptEdits.push(...edits);
      }
      if (options.independent) write(original);
    }
  } finally {
    write(options.keep && !options.independent ? kept : original);
  }
  const applied = new Set(outcomes.filter((o) => o.ok).map((o) => o.group));
  const dropped = new Map(outcomes.filter((o) => !o.ok).map((o) => [o.group, o.reason!]));
  const finalReport = options.independent ? original.report : kept.report;
  return {
    plan: withOutcome(planned.plan, applied, dropped),
    groups: outcomes,
    final: options.independent ? original : kept,
    original,
    verification: { lockCommands: outcomes.filter((o) => o.ok).map((o) => o.command), targets: summarizeTargets(finalReport) },
    lockInvocations: outcomes.length,
  };
}

// ---- publishing ----------------------------------------------------------------------------------

export interface PublishedPullRequest {
  branch: string;
  group: string | null;
  outcome: PublishOutcome;
}

export interface PublishOptions {
  api: GitHubApi;
  /** Path of the project folder inside the repository ('' for the root). */
  repoPath: string;
  base?: string;
  labels?: readonly string[];
  groupPrs: boolean;
  log?: (message: string) => void;
}

function blockedComment(plan: BumpPlan, groups: readonly string[] | null) {
  return (commits: readonly { sha: string; authorLogin: string | null; authorName: string }[]) => {
    const moving = plan.bumps.filter((b) => b.status === 'applied' && (!groups || groups.includes(b.group)));
    const list = moving.map((b) => `${escapeMarkdown(b.name)} ${escapeMarkdown(b.from)} → ${escapeMarkdown(b.to)}`).join(', ');
    const who = [...new Set(commits.map((c) => c.authorLogin ?? c.authorName))].map((w) => escapeMarkdown(w)).join(', ');
    return [
      `lockstep found newer releases (${list || 'none'}) but did not update this branch: it has ${commits.length} commit(s) that are not lockstep's (by ${who}, latest ${commits[0]!.sha.slice(0, 7)}).`,
      '',
      'Merge or close this pull request, or delete the branch, and the next run will propose the bump again.',
    ].join('\n');
  };
}

export async function publishPlan(result: ApplyResult, options: PublishOptions): Promise<PublishedPullRequest[]> {
  const join = (file: string) => (options.repoPath ? `${options.repoPath}/${file}` : file);
  const kept = result.groups.filter((g) => g.ok);
  const units = options.groupPrs
    ? kept.map((g) => ({ group: g.group, groups: [g.group], state: g.state!, verification: { lockCommands: [g.command], targets: summarizeTargets(g.state!.report) } }))
    : kept.length > 0
      ? [{ group: null, groups: null, state: result.final, verification: result.verification }]
      : [];
  const published: PublishedPullRequest[] = [];
  for (const unit of units) {
    const branch = unit.group ? `lockstep/bump-${unit.group.replace(/[^A-Za-z0-9._-]+/g, '-')}` : 'lockstep/bump';
    const bumps = result.plan.bumps.filter((b) => b.status === 'applied' && (!unit.groups || unit.groups.includes(b.group)));
    const body = renderPlanMarkdown(result.plan, { groups: unit.groups ?? undefined, verification: unit.verification });
    const files = [{ path: join('pyproject.toml'), content: unit.state.pyproject }];
    if (unit.state.lock !== null) files.push({ path: join('uv.lock'), content: unit.state.lock });
    const title = pullRequestTitle(bumps, unit.group ?? undefined);
    const outcome = await publishBranchPullRequest(options.api, {
      branch,
      base: options.base,
      title,
      body,
      marker: BUMP_MARKER,
      proposalKey: versionsKey(bumps),
      readProposalKey: proposedVersions,
      files,
      commitMessage: `${title}\n\n${bumps.map((b) => `- ${b.name} ${b.from} -> ${b.to}`).join('\n')}`,
      labels: options.labels,
      blockedComment: blockedComment(result.plan, unit.groups),
      log: options.log,
    });
    options.log?.(`${branch}: ${outcome.message}`);
    published.push({ branch, group: unit.group, outcome });
  }
  return published;
}

// ---- the action ----------------------------------------------------------------------------------

export interface BumpJobDependencies {
  runner: Runner;
  run: RunProcess;
  env: NodeJS.ProcessEnv;
  /** Builds the GitHub client (tests may count or wrap it). */
  github: (token: string, owner: string, repo: string, log: (m: string) => void) => GitHubApi;
  now: () => Date;
}

/**
 * The uv that re-locks: the `uv` input, else `uv` on PATH (the setup step puts it there), else the
 * version the project asks for (`required-version`), installed the way the setup job does it
 * (checksum-verified, tool-cached), so the bump workflow also works without a setup step.
 */
export async function resolveUv(runner: Runner, deps: Pick<BumpJobDependencies, 'run' | 'env'>, requiredVersion: string | null, token: string): Promise<string> {
  const given = runner.input('uv-path');
  if (given) return given;
  try {
    const probe = await deps.run('uv', ['--version'], { env: deps.env, timeoutMs: 30_000 });
    if (probe.exitCode === 0) return 'uv';
  } catch {
    // not on PATH: install it below
  }
  const log = (m: string) => runner.info(m);
  const request = chooseUvVersionRequest({ input: '', pyprojectRequiredVersion: requiredVersion ?? undefined });
  const policy = retryPolicyFromEnv(deps.env);
  const releasesApi = githubReleasesApi(DEFAULT_GITHUB_URL, deps.env);
  const installed = await installUv(request, {
    source: 'auto',
    // The uv wheel comes from the same index as everything else (a mirror, when the project uses one).
    index: new SimpleApiIndex(runner.input('default-index') || deps.env.UV_DEFAULT_INDEX || undefined, policy, log),
    githubUrl: DEFAULT_GITHUB_URL,
    // The token goes only to the API that issued it (not api.github.com from a GHES runner).
    githubApiUrl: releasesApi.url,
    githubToken: releasesApi.sendToken ? token : '',
    platform: currentPlatform(),
    policy,
    log,
  });
  log(`uv ${installed.version} installed at ${installed.binary}`);
  return installed.binary;
}

function list(value: string): string[] {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}

/** `name=url` lines (or comma-separated) → map; bad entries are an input error. */
export function parseIndexOverrides(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of value.split(/[\n,]+/).map((v) => v.trim()).filter(Boolean)) {
    const eq = entry.indexOf('=');
    const name = entry.slice(0, eq).trim();
    const url = entry.slice(eq + 1).trim();
    if (eq <= 0 || !/^https?:\/\//.test(url)) {
      throw new LockstepError(`index-urls: "${entry}" is not NAME=URL`, { hint: 'Write one [[tool.uv.index]] name and its URL per line, e.g. pytorch-cu124=https://mirror.example/whl/cu124' });
    }
    out[name] = url;
  }
  return out;
}


export async function run(overrides: Partial<BumpJobDependencies> = {}): Promise<void> {
  const deps: BumpJobDependencies = {
    runner: overrides.runner ?? actionsRunner(),
    run: overrides.run ?? runProcess,
    env: overrides.env ?? process.env,
    github: overrides.github ?? ((token, owner, repo, log) => createGitHubApi({ token, owner, repo, log })),
    now: overrides.now ?? (() => new Date()),
  };
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectDir = path.resolve(workspace, runner.input('working-directory') || '.');
  try {
    resolveInsideWorkspace(workspace, runner.input('working-directory') || '.', 'working-directory');
    const dryRun = runner.booleanInput('dry-run', false);
    if (!dryRun) refuseWritesOnUntrustedEvent('bump', readEventContext(env));
    const ageInput = runner.input('min-release-age');
    const minReleaseAgeMs = ageInput === '' ? null : parseDuration(ageInput);
    if (minReleaseAgeMs === null && ageInput !== '') {
      throw new LockstepError(`min-release-age: "${ageInput}" is not a duration`, { hint: 'Use a number of days (7) or a duration like "12h", "7d", "2w".' });
    }
    const defaultIndexUrl = runner.input('default-index') || null;
    const planned = await runner.group('Look up the newest releases', () =>
      planProject(projectDir, {
        defaultIndexUrl,
        indexUrlOverrides: parseIndexOverrides(runner.input('index-urls')),
        minReleaseAgeMs,
        now: deps.now(),
        env,
        lookup: { log: (m) => runner.info(m), env },
      }),
    );
    const moving = planned.plan.bumps.filter((b) => b.status === 'planned');
    for (const b of planned.plan.bumps) {
      runner.info(`${b.name} ${b.from}${b.status === 'planned' ? ` -> ${b.to}` : ''} [${b.group}] ${b.status}${b.reason ? `: ${b.reason}` : ''}`);
    }
    if (dryRun || moving.length === 0) {
      runner.setOutput('bumps', renderPlanJson(planned.plan).trim());
      runner.setOutput('pull-request-number', '');
      runner.setOutput('pull-request-url', '');
      await runner.appendSummary(renderPlanMarkdown(planned.plan, { dryRun }));
      runner.info(dryRun ? 'dry-run: the plan is in the job summary; nothing was changed.' : 'Every pin is at its newest usable release.');
      return;
    }

    const token = runner.input('github-token') || env.GITHUB_TOKEN || '';
    if (!token) throw new LockstepError('No GitHub token', { hint: 'Pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default) with `permissions: { contents: write, pull-requests: write }`.' });
    runner.setSecret(token);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo) throw new LockstepError('GITHUB_REPOSITORY is not set (owner/repo)', { hint: 'Run the bump job in GitHub Actions, or set GITHUB_REPOSITORY.' });

    const groupPrs = runner.booleanInput('group-prs', false);
    const uvBinary = await resolveUv(runner, deps, planned.pyproject.tool.uv.requiredVersion, token);
    const result = await runner.group('Apply, re-lock and verify', () =>
      applyAndVerify(planned, {
        check: checkOptionsFromInputs(runner),
        uv: { binary: uvBinary, run: deps.run, env, extraArgs: defaultIndexUrl ? ['--default-index', defaultIndexUrl] : [] },
        independent: groupPrs,
        log: (m) => runner.info(m),
      }),
    );
    for (const g of result.groups.filter((o) => !o.ok)) {
      const first = g.bumps[0]!;
      runner.warning(`Dropped ${g.bumps.map((b) => `${b.name} ${b.to}`).join(', ')}: ${g.reason}`, { file: path.relative(workspace, path.join(projectDir, 'pyproject.toml')), line: first.line, title: 'lockstep bump' });
    }
    runner.setOutput('bumps', renderPlanJson(result.plan).trim());

    const api = deps.github(token, owner, repo, (m) => runner.info(m));
    const published = await runner.group('Open or update the pull request', () =>
      publishPlan(result, {
        api,
        repoPath: path.relative(workspace, projectDir).split(path.sep).join('/'),
        base: runner.input('base') || undefined,
        labels: list(runner.input('labels')),
        groupPrs,
        log: (m) => runner.info(m),
      }),
    );
    const first: PullRequest | null = published.find((p) => p.outcome.pullRequest)?.outcome.pullRequest ?? null;
    runner.setOutput('pull-request-number', first ? String(first.number) : '');
    runner.setOutput('pull-request-url', first?.htmlUrl ?? '');
    for (const p of published) {
      if (p.outcome.action === 'blocked') runner.warning(`${p.branch}: ${p.outcome.message}`, { title: 'lockstep bump' });
      else runner.info(`${p.branch}: ${p.outcome.message}`);
    }
    const links = published.map((p) => `- ${p.branch}: ${p.outcome.pullRequest ? `[#${p.outcome.pullRequest.number}](${p.outcome.pullRequest.htmlUrl})` : '—'} ${escapeMarkdown(p.outcome.message)}`);
    await runner.appendSummary(`${renderPlanMarkdown(result.plan, { verification: result.verification })}\n${links.join('\n')}\n`);
  } catch (error) {
    failStep(runner, error, 'bump', { workspace, projectDir });
  }
}

/**
 * The `bump` job (and `lockstep bump`): find the exact pins, look up their newest usable releases,
 * rewrite pyproject.toml byte-exactly, re-lock with uv (one `uv lock --upgrade-package …` per group),
 * verify with the lock engine, drop what breaks, and open or update one PR (or one per group).
 *
 * Run from a uv workspace (its root or a member's folder), it bumps the pins of the root's and every
 * member's pyproject.toml and re-locks the workspace's uv.lock at its root, as `uv lock` does.
 *
 * The pieces are exported for the CLI: `planProject` (lookups + plan), `applyAndVerify` (edits + re-lock
 * + verification with drops), and `publishPlan` (branch + PR).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_FILE_LIMITS, readProjectFile } from '../adapters/project-file.js';
import type { GitHubApi, PullRequest } from '../adapters/github.js';
import type { ProjectFiles } from '../adapters/project-files.js';
import { publishBranchPullRequest, type PublishOutcome } from '../adapters/pull-request.js';
import { lookupListings, type LookupOptions } from '../adapters/release-lookup.js';
import { uvLockUpgrade, type UvLockRunner } from '../adapters/uv-lock.js';
import { LockstepError } from '../core/errors.js';
import { parsePyproject, type Pyproject } from '../core/lock/pyproject.js';
import type { CheckOptions, CheckReport } from '../core/matrix/types.js';
import {
  BUMP_MARKER,
  describeFindings,
  groupPackages,
  lookupsNeeded,
  newBlockingFindings,
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
  withWorkspaceSources,
  workspaceRequiresPython,
  type BumpPlan,
  type PlannedBump,
  type Verification,
} from '../core/plan/index.js';
import { escapeMarkdown } from '../core/report/markdown-escape.js';
import { refuseWritesOnUntrustedEvent } from '../core/plan/event-guard.js';
import { readEventContext } from '../adapters/cache/event.js';
import { failStep } from './fail-step.js';
import { checkOptionsFromInputs } from './target-inputs.js';
import { resolveInsideWorkspace } from '../adapters/workspace-paths.js';
import { checkFiles, openMaintenanceProject, repoFile, writeManifests, type MaintenanceProject, type Manifests } from './maintenance/project.js';
import { listInput, maintenanceDependencies, minReleaseAgeInput, resolveUv, type MaintenanceJobDependencies } from './maintenance/uv.js';

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
  /** The walk up to a workspace root stops here (the checkout); default the file-system root. */
  boundary?: string;
}

export interface PlannedProject {
  /** The workspace root: uv.lock and `uv lock` live here (the folder itself for a lone project). */
  projectDir: string;
  project: MaintenanceProject;
  files: ProjectFiles;
  /** The root's pyproject.toml (its `[tool.lockstep.bump]` and `required-version` hold for the workspace). */
  pyproject: Pyproject;
  /** Pins of the root and of every member, each with its file (`packages/a/pyproject.toml`). */
  plan: BumpPlan;
}

/**
 * Plans the bumps of the uv workspace `dir` belongs to (a lone project is a workspace of one): the pins
 * of the root's and every member's pyproject.toml, since they share one uv.lock and a package pinned in
 * two members must move in both or uv cannot lock.
 */
export async function planProject(dir: string, options: PlanOptions = {}): Promise<PlannedProject> {
  const project = openMaintenanceProject(dir, options.boundary);
  const { files } = project;
  if (files.pyproject === null) {
    throw new LockstepError(`${project.rootDir}: no pyproject.toml, so there are no pins to bump`, { hint: 'Run lockstep bump in the folder of a uv project.' });
  }
  const pyproject = parsePyproject(files.pyproject, files.pyprojectPath);
  const manifests = Object.entries(project.manifests).map(([file, text]) => (file === files.pyprojectPath ? pyproject : parsePyproject(text, file)));
  // Every pin is chosen for the Pythons the whole workspace supports (uv resolves it once, for all members).
  const requiresPython = manifests.length > 1 ? workspaceRequiresPython(manifests) : pyproject.requiresPython;
  const views = manifests.map((m) => ({ ...withWorkspaceSources(m, pyproject), requiresPython }));
  const config = readBumpConfig(pyproject);
  const env = options.env ?? process.env;
  const defaultIndexUrl = options.defaultIndexUrl || env.UV_DEFAULT_INDEX || env.UV_INDEX_URL || undefined;
  const lookups = views.map((view) => lookupsNeeded(view, { defaultIndexUrl, indexUrlOverrides: options.indexUrlOverrides }));
  const origins = new Map(lookups.flatMap((l) => [...l.origins]).reverse());
  const listings = await lookupListings(origins, options.lookup);
  const bumps = views.flatMap(
    (view, i) =>
      planBumps({
        pyproject: view,
        pins: lookups[i]!.pins,
        config,
        origins,
        listings,
        now: options.now ?? new Date(),
        ...(options.minReleaseAgeMs !== undefined && options.minReleaseAgeMs !== null ? { minReleaseAgeMs: options.minReleaseAgeMs } : {}),
      }).bumps,
  );
  return { projectDir: project.rootDir, project, files, pyproject, plan: { file: pyproject.file, bumps } };
}

// ---- apply and verify ----------------------------------------------------------------------------

export interface ProjectState {
  /** The root's and the members' pyproject.toml texts, by path from the workspace root. */
  manifests: Manifests;
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

/** The manifests with these bumps' pins moved: each file rebuilt from its original text (edits are offsets into it). */
function manifestsWith(original: Manifests, bumps: readonly PlannedBump[]): Manifests {
  const out: Manifests = { ...original };
  for (const file of new Set(bumps.map((b) => b.file))) {
    out[file] = rewritePins(original[file]!, bumps.filter((b) => b.file === file).map((b) => ({ pin: b.pin, to: b.to })), file);
  }
  return out;
}

/**
 * Applies the plan group by group: rewrite the pins (in whichever manifest holds them), `uv lock
 * --upgrade-package` the group's packages at the workspace root, run the engine; a group whose lock fails
 * or that adds sdist-build / no-distribution / cuda-mismatch findings is dropped (the files go back to
 * before it) and the next group is tried without it.
 */
export async function applyAndVerify(planned: PlannedProject, options: ApplyOptions): Promise<ApplyResult> {
  const log = options.log ?? (() => {});
  const rootDir = planned.projectDir;
  const lockFile = path.join(rootDir, 'uv.lock');
  const originalManifests = planned.project.manifests;
  const write = (state: { manifests: Manifests; lock: string | null }) => {
    writeManifests(rootDir, state.manifests);
    if (state.lock !== null) writeFileSync(lockFile, state.lock);
  };
  const verify = (manifests: Manifests, lock: string | null) => checkFiles(planned.files, lock, options.check, manifests);
  const original: ProjectState = { manifests: originalManifests, lock: planned.files.lock, report: verify(originalManifests, planned.files.lock) };
  let kept = original;
  const keptBumps: PlannedBump[] = [];
  const outcomes: GroupOutcome[] = [];
  try {
    for (const { group, bumps } of plannedGroups(planned.plan)) {
      const start = options.independent ? original : kept;
      const manifests = manifestsWith(originalManifests, options.independent ? bumps : [...keptBumps, ...bumps]);
      write({ manifests, lock: start.lock });
      const packages = groupPackages(bumps);
      log(`group ${group}: uv lock --upgrade-package ${packages.join(' --upgrade-package ')}`);
      const locked = await uvLockUpgrade(options.uv, rootDir, packages);
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
      const report = verify(manifests, lock);
      const added = newBlockingFindings(original.report, report);
      if (added.length > 0) {
        fail(`verification found ${describeFindings(added)}`);
        continue;
      }
      const state: ProjectState = { manifests, lock, report };
      outcomes.push({ group, bumps, command: locked.command, ok: true, reason: null, state });
      if (!options.independent) {
        kept = state;
        keptBumps.push(...bumps);
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
    // Only the manifests this unit edits (a workspace member's pyproject.toml included), and the lock.
    const files = Object.entries(unit.state.manifests)
      .filter(([file, text]) => text !== result.original.manifests[file])
      .map(([file, content]) => ({ path: join(file), content }));
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

export type BumpJobDependencies = MaintenanceJobDependencies;

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
  const deps: BumpJobDependencies = maintenanceDependencies(overrides);
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  // Errors name files from the workspace root (where uv.lock is) once it is known.
  let projectDir = workspace;
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input('working-directory') || '.', 'working-directory');
    const dryRun = runner.booleanInput('dry-run', false);
    if (!dryRun) refuseWritesOnUntrustedEvent('bump', readEventContext(env));
    const minReleaseAgeMs = minReleaseAgeInput(runner);
    const defaultIndexUrl = runner.input('default-index') || null;
    const planned = await runner.group('Look up the newest releases', () =>
      planProject(projectDir, {
        boundary: workspace,
        defaultIndexUrl,
        indexUrlOverrides: parseIndexOverrides(runner.input('index-urls')),
        minReleaseAgeMs,
        now: deps.now(),
        env,
        lookup: { log: (m) => runner.info(m), env },
      }),
    );
    projectDir = planned.projectDir;
    if (planned.project.member !== null) {
      runner.info(`${repoFile(workspace, projectDir, planned.project.member)} is a member of the uv workspace at ${path.relative(workspace, projectDir) || '.'}: bumping the pins of every member and re-locking the workspace's uv.lock there.`);
    }
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
      runner.warning(`Dropped ${g.bumps.map((b) => `${b.name} ${b.to}`).join(', ')}: ${g.reason}`, { file: repoFile(workspace, projectDir, first.file), line: first.line, title: 'lockstep bump' });
    }
    runner.setOutput('bumps', renderPlanJson(result.plan).trim());

    const api = deps.github(token, owner, repo, (m) => runner.info(m));
    const published = await runner.group('Open or update the pull request', () =>
      publishPlan(result, {
        api,
        repoPath: path.relative(workspace, projectDir).split(path.sep).join('/'),
        base: runner.input('base') || undefined,
        labels: listInput(runner.input('labels')),
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

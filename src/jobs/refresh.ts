/**
 * The `refresh` job (and `lockstep refresh`): `uv lock --upgrade` moves every locked package to its
 * newest allowed version (the pins in pyproject.toml fix the direct dependencies; everything under them
 * moves), honouring the project's `exclude-newer` and the `min-release-age` cooldown. The lock engine
 * verifies the result on the configured targets; upgrades that add sdist-build / no-distribution /
 * cuda-mismatch findings are found (core/refresh/holds.ts) and held at their old versions with
 * `--upgrade-package name==old`, a constraint of that one uv invocation, so nothing is written to the
 * user's files. The PR on `lockstep/refresh` reuses the bump bot's publishing (idempotent, human
 * commits left alone, closed-unmerged not reopened).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_FILE_LIMITS, readProjectFile } from '../adapters/project-file.js';
import type { GitHubApi, PullRequest } from '../adapters/github.js';
import { locateUvProject, type ProjectFiles } from '../adapters/project-files.js';
import { publishBranchPullRequest, type PublishOutcome } from '../adapters/pull-request.js';
import { uvLock, type UvLockRunner } from '../adapters/uv-lock.js';
import { LockstepError } from '../core/errors.js';
import { parsePyproject } from '../core/lock/pyproject.js';
import type { CheckOptions, CheckReport } from '../core/matrix/types.js';
import { describeFindings, newBlockingFindings, readBumpConfig, summarizeTargets } from '../core/plan/index.js';
import {
  REFRESH_MARKER,
  cooldownCutoff,
  findHolds,
  proposedRefresh,
  refreshKey,
  refreshTitle,
  renderRefreshJson,
  renderRefreshMarkdown,
  type Attempt,
  type ConfiguredCutoff,
  type HeldPackage,
  type RefreshOutcome,
} from '../core/refresh/index.js';
import { diffLocks } from '../core/review/lock-diff.js';
import { escapeMarkdown } from '../core/report/markdown-escape.js';
import { parseToml } from '../core/toml.js';
import { changedOnDisk, checkFiles, openMaintenanceProject, repoFile, writeManifests } from './maintenance/project.js';
import { listInput, maintenanceDependencies, minReleaseAgeInput, resolveUv, type MaintenanceJobDependencies } from './maintenance/uv.js';
import { checkOptionsFromInputs } from './target-inputs.js';
import { refuseWritesOnUntrustedEvent } from '../core/plan/event-guard.js';
import { readEventContext } from '../adapters/cache/event.js';
import { failStep } from './fail-step.js';
import { resolveInsideWorkspace } from '../adapters/workspace-paths.js';

// ---- refresh and verify --------------------------------------------------------------------------

export interface RefreshOptions {
  check: CheckOptions;
  /** The walk up to a workspace root stops here (the checkout); default the file-system root. */
  boundary?: string;
  uv: UvLockRunner;
  /** Cooldown; default `[tool.lockstep.bump] min-release-age` (one cooldown policy per project). */
  minReleaseAgeMs?: number | null;
  now?: Date;
  /** Leave the refreshed uv.lock in the working tree (`--write`); otherwise the old one is put back. */
  keep?: boolean;
  log?: (message: string) => void;
}

interface LockState {
  lock: string;
  report: CheckReport;
  command: string;
}

export interface RefreshResult extends RefreshOutcome {
  /** The workspace root, where uv.lock is (the folder itself for a lone project). */
  projectDir: string;
  /** The member's folder from the root when run from a workspace member, else null. */
  member: string | null;
  files: ProjectFiles;
  original: { lock: string; report: CheckReport };
  final: { lock: string; report: CheckReport };
  /** Every `uv lock` run (the full refresh, hold attempts, and the final one without the cooldown flag). */
  lockInvocations: number;
}

/** Where an `exclude-newer` may be configured besides the command line: uv honours these itself. */
function configuredCutoffs(projectDir: string, pyproject: string, env: NodeJS.ProcessEnv): ConfiguredCutoff[] {
  const out: ConfiguredCutoff[] = [];
  const read = (text: string, file: string, pick: (doc: Record<string, unknown>) => unknown) => {
    const value = pick(parseToml(text, file));
    if (typeof value === 'string') out.push({ value, where: `${file} exclude-newer` });
  };
  const uvTable = (doc: Record<string, unknown>) => ((doc.tool as Record<string, unknown> | undefined)?.uv as Record<string, unknown> | undefined)?.['exclude-newer'];
  read(pyproject, 'pyproject.toml', uvTable);
  const uvToml = path.join(projectDir, 'uv.toml');
  const uvTomlText = readProjectFile(uvToml, { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: 'uv.toml' });
  if (uvTomlText !== null) read(uvTomlText, 'uv.toml', (doc) => doc['exclude-newer']);
  if (env.UV_EXCLUDE_NEWER) out.push({ value: env.UV_EXCLUDE_NEWER, where: 'UV_EXCLUDE_NEWER' });
  return out;
}

const tail = (error: string) => error.split('\n').slice(-3).join(' ').replace(/\s+/g, ' ').trim();

/**
 * Re-locks with `uv lock --upgrade`, verifies, holds back what breaks, and returns the old and new lock
 * with the diff, the held packages and the verification. The working tree gets its old uv.lock back
 * unless `keep`; pyproject.toml is never written (and a change to it by uv is an error).
 */
export async function refreshProject(dir: string, options: RefreshOptions): Promise<RefreshResult> {
  const log = options.log ?? (() => {});
  // From a workspace member: the workspace's uv.lock, re-locked at its root as uv does.
  const project = openMaintenanceProject(dir, options.boundary);
  const { files, rootDir: projectDir } = project;
  if (project.member !== null) log(`${project.member} is a member of the uv workspace at ${projectDir}: refreshing the workspace's uv.lock there`);
  if (files.pyproject === null) throw new LockstepError(`${projectDir}: no pyproject.toml`, { hint: 'Run lockstep refresh in the folder of a uv project.' });
  if (files.lock === null) throw new LockstepError(`${projectDir}: no uv.lock to refresh`, { file: 'uv.lock', hint: 'Run `uv lock` and commit uv.lock first; refresh moves an existing lock forward.' });
  const pyprojectText = files.pyproject;
  const originalLock = files.lock;
  const pyproject = parsePyproject(pyprojectText, files.pyprojectPath);
  const minReleaseAgeMs = options.minReleaseAgeMs ?? readBumpConfig(pyproject).minReleaseAgeMs;
  const now = options.now ?? new Date();
  const cutoff = cooldownCutoff({ configured: configuredCutoffs(projectDir, pyprojectText, options.uv.env), minReleaseAgeMs, now });
  const cooldownArgs = cutoff ? ['--exclude-newer', cutoff] : [];
  // No timestamp in the PR body: it would change every run and defeat "nothing new, nothing written".
  const cooldown = minReleaseAgeMs
    ? cutoff
      ? `<cutoff> = now − ${describeAge(minReleaseAgeMs)} (min-release-age); the plain uv lock after it keeps every version and drops the cutoff from uv.lock`
      : `the project's exclude-newer is stricter than min-release-age (${describeAge(minReleaseAgeMs)})`
    : null;
  const lockFile = path.join(projectDir, 'uv.lock');
  const original = { lock: originalLock, report: checkFiles(files, originalLock, options.check) };
  const oldVersions = new Map(original.report.packages.map((p) => [p.name, p.version]));

  let invocations = 0;
  /** One `uv lock` from the old lock; every pyproject.toml of the workspace must come out byte-identical. */
  const lock = async (args: string[], from: string | null = originalLock) => {
    if (from !== null) writeFileSync(lockFile, from);
    invocations++;
    log(`uv lock ${args.join(' ')}`);
    const outcome = await uvLock(options.uv, projectDir, args);
    const changed = changedOnDisk(projectDir, project.manifests);
    if (changed.length > 0) {
      writeManifests(projectDir, project.manifests);
      throw new LockstepError(`uv changed ${changed.join(', ')} during \`${outcome.command}\`; it was put back`, { file: changed[0], hint: 'Report this to lockstep: the refresh must never change the pins.' });
    }
    return outcome;
  };
  /** The refresh with `held` kept at their old versions, verified against the old lock's findings. */
  const attempt = async (held: readonly string[]): Promise<Attempt<LockState> & { added?: ReturnType<typeof newBlockingFindings>; report?: CheckReport }> => {
    const holdArgs = held.flatMap((name) => ['--upgrade-package', `${name}==${oldVersions.get(name)!}`]);
    const locked = await lock(['--upgrade', ...holdArgs, ...cooldownArgs]);
    const command = locked.command.replace(cutoff ?? '\0', '<cutoff>');
    if (!locked.ok) return { ok: false, reason: `\`uv lock\` failed: ${tail(locked.error)}` };
    const text = readFileSync(lockFile, 'utf8');
    const report = checkFiles(files, text, options.check);
    const added = newBlockingFindings(original.report, report);
    if (added.length > 0) return { ok: false, reason: describeFindings(added), added, report };
    return { ok: true, state: { lock: text, report, command } };
  };

  const heldPackages: HeldPackage[] = [];
  let final: LockState | null = null;
  let done = false;
  try {
    const full = await attempt([]);
    if (!full.ok && !full.added) throw new LockstepError(`The refresh cannot lock: ${full.reason}`, { file: 'uv.lock', hint: 'Run `uv lock --upgrade` locally to see why.' });
    if (full.ok) final = full.state;
    else {
      // The full refresh breaks verification: find the upgrades responsible and hold them.
      // Candidates: packages locked once on each side whose version moved (a forked package's versions
      // come and go as added/removed and are left to the engine's findings).
      const moved = diffLocks(original.report, full.report!).changed;
      const candidates = moved.map((c) => c.name);
      const named = new Set(full.added!.map((f) => f.package).filter((p): p is string => Boolean(p)));
      log(`verification found ${full.reason}; looking for the upgrades responsible among ${candidates.length}`);
      const search = await findHolds({ candidates, suspects: candidates.filter((c) => named.has(c)), full, attempt });
      if (search.state === null) {
        throw new LockstepError(`The refresh fails verification even with every upgrade held back: ${search.failure}`, { file: 'uv.lock', hint: 'Run `lockstep check` on the project: the problem is not one upgrade.' });
      }
      final = search.state;
      for (const [name, reason] of search.held) {
        heldPackages.push({ name, version: oldVersions.get(name)!, reason, wanted: moved.find((c) => c.name === name)?.to ?? null });
      }
    }
    if (cutoff) {
      // `--exclude-newer` is recorded in uv.lock's [options]; one plain `uv lock` (which keeps every
      // locked version as a preference) writes the lock the project's own settings produce, so
      // `uv lock --check` keeps passing.
      const normalized = await lock([], final.lock);
      if (!normalized.ok) throw new LockstepError(`\`${normalized.command}\` failed after the refresh: ${tail(normalized.error)}`, { file: 'uv.lock' });
      const text = readFileSync(lockFile, 'utf8');
      final = { lock: text, report: checkFiles(files, text, options.check), command: final.command };
    }
    done = true;
  } finally {
    // On errors too: the user's uv.lock is never left half-refreshed.
    writeFileSync(lockFile, options.keep && done && final ? final.lock : originalLock);
  }
  const lockCommands = [final.command, ...(cutoff ? ['uv lock'] : [])];
  log(`${invocations} uv lock invocation(s)`);
  return {
    projectDir,
    member: project.member,
    files,
    original,
    final: { lock: final.lock, report: final.report },
    diff: diffLocks(original.report, final.report),
    held: heldPackages,
    verification: { lockCommands, targets: summarizeTargets(final.report) },
    cooldown,
    lockInvocations: invocations,
  };
}

// ---- publishing ----------------------------------------------------------------------------------

export interface RefreshPublishOptions {
  api: GitHubApi;
  /** Path of the project folder inside the repository ('' for the root). */
  repoPath: string;
  base?: string;
  labels?: readonly string[];
  log?: (message: string) => void;
}

export const REFRESH_BRANCH = 'lockstep/refresh';

/** Opens or updates the PR on `lockstep/refresh` with the refreshed uv.lock (the only file it changes); null when nothing moved. */
export async function publishRefresh(result: RefreshResult, options: RefreshPublishOptions): Promise<PublishOutcome | null> {
  if (result.diff.added.length + result.diff.removed.length + result.diff.changed.length === 0) return null;
  const lockPath = options.repoPath ? `${options.repoPath}/uv.lock` : 'uv.lock';
  const title = refreshTitle(result);
  const moves = [...result.diff.changed.map((c) => `- ${c.name} ${c.from} -> ${c.to}`), ...result.diff.added.map((a) => `- ${a.name} ${a.version} (added)`), ...result.diff.removed.map((r) => `- ${r.name} ${r.version} (removed)`)];
  return publishBranchPullRequest(options.api, {
    branch: REFRESH_BRANCH,
    base: options.base,
    title,
    body: renderRefreshMarkdown(result, { lockFile: lockPath }),
    marker: REFRESH_MARKER,
    proposalKey: refreshKey(result),
    readProposalKey: proposedRefresh,
    files: [{ path: lockPath, content: result.final.lock }],
    commitMessage: `${title}\n\n${moves.join('\n')}`,
    labels: options.labels,
    blockedComment: (commits) => {
      const who = [...new Set(commits.map((c) => c.authorLogin ?? c.authorName))].map((w) => escapeMarkdown(w)).join(', ');
      return [
        `lockstep has a newer refresh of ${escapeMarkdown(lockPath)} but did not update this branch: it has ${commits.length} commit(s) that are not lockstep's (by ${who}, latest ${commits[0]!.sha.slice(0, 7)}).`,
        '',
        'Merge or close this pull request, or delete the branch, and the next run will propose the refresh again.',
      ].join('\n');
    },
    log: options.log,
  });
}

// ---- the action ----------------------------------------------------------------------------------

export type RefreshJobDependencies = MaintenanceJobDependencies;

export async function run(overrides: Partial<RefreshJobDependencies> = {}): Promise<void> {
  const deps: RefreshJobDependencies = maintenanceDependencies(overrides);
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  // Errors name files from the workspace root (where uv.lock is) once it is known.
  let projectDir = workspace;
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input('working-directory') || '.', 'working-directory');
    const dryRun = runner.booleanInput('dry-run', false);
    if (!dryRun) refuseWritesOnUntrustedEvent('refresh', readEventContext(env));
    const minReleaseAgeMs = minReleaseAgeInput(runner);
    const token = runner.input('github-token') || env.GITHUB_TOKEN || '';
    if (token) runner.setSecret(token);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!dryRun) {
      if (!token) throw new LockstepError('No GitHub token', { hint: 'Pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default) with `permissions: { contents: write, pull-requests: write }`.' });
      if (!owner || !repo) throw new LockstepError('GITHUB_REPOSITORY is not set (owner/repo)', { hint: 'Run the refresh job in GitHub Actions, or set GITHUB_REPOSITORY.' });
    }
    // `required-version` is a workspace setting: read at the root, where uv reads it.
    const location = locateUvProject(projectDir, workspace);
    projectDir = location.rootDir;
    const repoPath = path.relative(workspace, projectDir).split(path.sep).join('/');
    if (location.member) runner.info(`${repoFile(workspace, location.projectDir, '.')} is a member of the uv workspace at ${repoPath || '.'}: refreshing the workspace's uv.lock there.`);
    const pyprojectText = readProjectFile(path.join(projectDir, 'pyproject.toml'), { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: 'pyproject.toml' });
    const requiredVersion = pyprojectText !== null ? parsePyproject(pyprojectText, 'pyproject.toml').tool.uv.requiredVersion : null;
    const uvBinary = await resolveUv(runner, deps, requiredVersion, token);
    const defaultIndexUrl = runner.input('default-index') || null;
    const result = await runner.group('Refresh uv.lock and verify', () =>
      refreshProject(projectDir, {
        boundary: workspace,
        check: checkOptionsFromInputs(runner),
        uv: { binary: uvBinary, run: deps.run, env, extraArgs: defaultIndexUrl ? ['--default-index', defaultIndexUrl] : [] },
        minReleaseAgeMs,
        now: deps.now(),
        log: (m) => runner.info(m),
      }),
    );
    const lockAnnotationFile = repoFile(workspace, projectDir, 'uv.lock');
    for (const h of result.held) runner.warning(`Held ${h.name} at ${h.version}${h.wanted ? ` (not ${h.wanted})` : ''}: ${h.reason}`, { file: lockAnnotationFile, title: 'lockstep refresh' });
    runner.setOutput('changes', renderRefreshJson(result).trim());
    runner.setOutput('pull-request-number', '');
    runner.setOutput('pull-request-url', '');
    if (dryRun) {
      await runner.appendSummary(renderRefreshMarkdown(result, { dryRun: true, lockFile: lockAnnotationFile }));
      runner.info('dry-run: the refresh is in the job summary; nothing was changed.');
      return;
    }
    const api = deps.github(token, owner!, repo!, (m) => runner.info(m));
    const outcome = await runner.group('Open or update the pull request', () => publishRefresh(result, { api, repoPath, base: runner.input('base') || undefined, labels: listInput(runner.input('labels')), log: (m) => runner.info(m) }));
    const pr: PullRequest | null = outcome?.pullRequest ?? null;
    runner.setOutput('pull-request-number', pr ? String(pr.number) : '');
    runner.setOutput('pull-request-url', pr?.htmlUrl ?? '');
    const message = outcome ? `${REFRESH_BRANCH}: ${outcome.message}` : 'Every locked package is at its newest allowed version; no pull request.';
    if (outcome?.action === 'blocked') runner.warning(message, { title: 'lockstep refresh' });
    else runner.info(message);
    const link = pr ? `[#${pr.number}](${pr.htmlUrl}) ` : '';
    await runner.appendSummary(`${renderRefreshMarkdown(result, { lockFile: lockAnnotationFile })}\n${link}${escapeMarkdown(message)}\n`);
  } catch (error) {
    failStep(runner, error, 'refresh', { workspace, projectDir });
  }
}

/** `7d` → `7 days`, `12h` → `12 hours`. */
function describeAge(ms: number): string {
  const days = ms / 86_400_000;
  if (Number.isInteger(days)) return `${days} day${days === 1 ? '' : 's'}`;
  const hours = ms / 3_600_000;
  return Number.isInteger(hours) ? `${hours} hour${hours === 1 ? '' : 's'}` : `${Math.round(ms / 60_000)} minutes`;
}

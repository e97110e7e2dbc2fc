/**
 * The `health` job (owner/lockstep/health@v1, for a weekly `schedule:`), and `lockstep health`: will the
 * lock still install today? `check --online` on the declared targets, then ONE issue per repository kept
 * up to date (see core/health/issue.ts): opened when the lock rots, edited in place while it rots,
 * closed with a comment when fixed. A host that could not be checked fails the step (a clear failure,
 * never a false "missing"), and no issue is closed on its account.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createGitHubApi, type GitHubApi } from '../adapters/github.js';
import { keepHealthIssue, type HealthIssueOutcome } from '../adapters/health-issue.js';
import { retryPolicyFromEnv } from '../adapters/http.js';
import { checkReportOnline, type OnlineReport } from '../adapters/online-check.js';
import { defaultPageCacheDir, PageCache } from '../adapters/page-cache.js';
import { readProjectFiles } from '../adapters/project-files.js';
import { actionsRunner, type Runner } from '../adapters/runner.js';
import { LockstepError } from '../core/errors.js';
import { renderHealthIssue, rotItems, type HealthState, type RotItem } from '../core/health/issue.js';
import { checkProject } from '../core/matrix/engine.js';
import type { CheckOptions } from '../core/matrix/types.js';
import { hostOf } from '../core/online/plan.js';
import { mayWriteOn } from '../core/plan/event-guard.js';
import { readEventContext } from '../adapters/cache/event.js';
import { renderJson } from '../core/report/json.js';
import { failStep } from './fail-step.js';
import { resolveInsideWorkspace } from '../adapters/workspace-paths.js';
import { checkOptionsFromInputs } from './target-inputs.js';

export interface HealthCheck {
  online: OnlineReport;
  items: RotItem[];
  unchecked: { host: string; files: number; reason: string }[];
  /** The lock as the issue names it: relative to the repository root. */
  lockPath: string;
  render: (previous: HealthState | null, now: Date) => { title: string; body: string };
}

export interface HealthCheckOptions {
  check: CheckOptions;
  env: NodeJS.ProcessEnv;
  deadlineMs: number;
  cache: boolean;
  /** The project folder as the issue names it (relative to the repository root; '' for the root). */
  projectPath: string;
  progress?: (line: string) => void;
  log?: (line: string) => void;
}

/** The check both the job and the CLI run: the engine on the targets, then the online questions. */
export async function checkHealth(projectDir: string, options: HealthCheckOptions): Promise<HealthCheck> {
  const files = readProjectFiles(projectDir);
  if (files.lock === null) throw new LockstepError(`${projectDir}: no uv.lock to check`, { hint: 'Lock the project with `uv lock` and commit uv.lock; lock health checks a lock.' });
  const report = checkProject(files, options.check);
  const parseError = report.findings.find((f) => f.code === 'parse-error');
  if (parseError) throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  const online = await checkReportOnline(files, report, {
    policy: retryPolicyFromEnv(options.env),
    deadlineMs: options.deadlineMs,
    cache: options.cache ? new PageCache(defaultPageCacheDir(options.env)) : null,
    env: options.env,
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const items = rotItems(online.report.online!);
  const byHost = new Map<string, { host: string; files: number; reason: string }>();
  for (const r of online.results.filter((x) => x.status === 'unchecked')) {
    const host = hostOf(r.source);
    const entry = byHost.get(host) ?? { host, files: 0, reason: r.detail ?? 'no answer' };
    entry.files++;
    byHost.set(host, entry);
  }
  const unchecked = [...byHost.values()];
  const lockPath = [options.projectPath, 'uv.lock'].filter(Boolean).join('/');
  return {
    online,
    items,
    unchecked,
    lockPath,
    render: (previous, now) =>
      renderHealthIssue({ items, unchecked, lockPath, checkedFiles: online.summary.artifacts, targetCount: online.report.targets.length, now, previous }),
  };
}

export interface HealthJobDependencies {
  runner: Runner;
  env: NodeJS.ProcessEnv;
  github: (token: string, owner: string, repo: string, log: (m: string) => void) => GitHubApi;
  now: () => Date;
}

function list(value: string): string[] {
  return value.split(/[\n,]+/).map((v) => v.trim()).filter(Boolean);
}

function deadlineFromInput(value: string): number {
  if (value === '') return 60_000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new LockstepError(`online-deadline: "${value}" is not a number of seconds between 0 and 3600`, { hint: 'Give the seconds the whole online check may take, e.g. `120`.' });
  }
  return seconds * 1000;
}

export async function run(overrides: Partial<HealthJobDependencies> = {}): Promise<void> {
  const deps: HealthJobDependencies = {
    runner: overrides.runner ?? actionsRunner(),
    env: overrides.env ?? process.env,
    github: overrides.github ?? ((token, owner, repo, log) => createGitHubApi({ token, owner, repo, log })),
    now: overrides.now ?? (() => new Date()),
  };
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  // Errors name files from the workspace until the working directory is known to be inside it.
  let projectDir = workspace;
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input('working-directory') || '.', 'working-directory');
    const dryRun = runner.booleanInput('dry-run', false);
    const trigger = readEventContext(env);
    if (!dryRun && !mayWriteOn(trigger)) {
      // The checkout may be a pull request's or a feature branch's: its lock must not open or close the repository's issue.
      throw new LockstepError(`health keeps the repository's lock-health issue and does not run on \`${trigger.eventName}\` events${trigger.eventName === 'push' ? ' to a branch other than the default one' : ''}: the checked-out lock may not be the default branch's.`, {
        hint: 'Run health on `schedule` / `workflow_dispatch` / `push` to the default branch, or set `dry-run: true` (report only). The review job already says when a PR locks files that are gone.',
      });
    }
    const projectPath = path.relative(workspace, projectDir).split(path.sep).join('/');
    const health = await runner.group('Check every locked file against its index', () =>
      checkHealth(projectDir, {
        check: checkOptionsFromInputs(runner),
        env,
        deadlineMs: deadlineFromInput(runner.input('online-deadline')),
        cache: true,
        projectPath,
        progress: (line) => runner.info(line),
        log: (line) => runner.info(line),
      }),
    );
    const { online, items, unchecked, lockPath } = health;
    const summary = online.summary;
    runner.info(`${summary.artifacts} locked file(s) on ${summary.hosts.length} host(s): ${summary.served} served, ${summary.missing} missing, ${summary.yanked} yanked, ${summary.unchecked} could not be checked (${(summary.elapsedMs / 1000).toFixed(1)} s)`);
    for (const f of online.report.findings.filter((x) => x.code.startsWith('artifact-'))) {
      const position = { file: lockPath, ...(f.line !== undefined ? { line: f.line } : {}), title: `lockstep health: ${f.code}` };
      if (f.severity === 'error') runner.error(f.message, position);
      else runner.warning(f.message, position);
    }
    const reportDir = env.RUNNER_TEMP || path.join(workspace, '.lockstep');
    mkdirSync(reportDir, { recursive: true });
    const reportPath = path.join(reportDir, 'lockstep-health.json');
    writeFileSync(reportPath, renderJson(online.report));
    const status = unchecked.length > 0 ? 'unchecked' : items.length > 0 ? 'rot' : 'healthy';
    runner.setOutput('status', status);
    runner.setOutput('missing', String(summary.missing));
    runner.setOutput('yanked', String(summary.yanked));
    runner.setOutput('report-path', reportPath);

    const now = deps.now();
    let outcome: HealthIssueOutcome | null = null;
    if (!dryRun) {
      const token = runner.input('github-token') || env.GITHUB_TOKEN || '';
      if (!token) throw new LockstepError('No GitHub token', { hint: 'Pass `github-token: ${{ github.token }}` (the default) with `permissions: { contents: read, issues: write }`.' });
      runner.setSecret(token);
      const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
      if (!owner || !repo) throw new LockstepError('GITHUB_REPOSITORY is not set (owner/repo)', { hint: 'Run the health job in GitHub Actions, or use `lockstep health --repo owner/repo`.' });
      const api = deps.github(token, owner, repo, (m) => runner.info(m));
      outcome = await runner.group('Keep the lock-health issue', () =>
        keepHealthIssue(api, { items, complete: unchecked.length === 0, render: (previous) => health.render(previous, now), labels: list(runner.input('labels')), now, checkedFiles: summary.artifacts }),
      );
      runner.info(outcome.message);
    }
    runner.setOutput('issue', outcome?.action ?? 'none');
    runner.setOutput('issue-number', outcome?.issue ? String(outcome.issue.number) : '');
    runner.setOutput('issue-url', outcome?.issue?.htmlUrl ?? '');
    const issueLine = outcome?.issue ? `Issue: [#${outcome.issue.number}](${outcome.issue.htmlUrl}) (${outcome.action})` : dryRun ? 'dry-run: no issue was opened, edited or closed.' : `Issue: ${outcome?.message ?? 'none'}`;
    const body = items.length > 0 ? health.render(null, now).body : `✅ Every locked file is served (${summary.artifacts} file(s), ${summary.hosts.join(', ') || 'no hosts'}).\n`;
    await runner.appendSummary(`## Lock health\n\n${body}\n${issueLine}\n`);
    if (unchecked.length > 0) {
      runner.setFailed(`lock health could not be checked on ${unchecked.map((u) => `${u.host} (${u.files} file(s): ${u.reason})`).join('; ')}; nothing is reported missing for them and no issue was closed.`);
    }
  } catch (error) {
    failStep(runner, error, 'health', { workspace, projectDir });
  }
}

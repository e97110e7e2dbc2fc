/**
 * The setup job's "Check lock matrix" step (the `targets` input): the lock engine over the project,
 * its table in the job summary, its findings as annotations on uv.lock / pyproject.toml lines, the
 * JSON report under RUNNER_TEMP, and `fail-on` deciding whether the step fails.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../core/findings.js';
import { checkProject } from '../core/matrix/engine.js';
import { checkResult, failsStep, type CheckResult, type FailOn } from '../core/matrix/gate.js';
import type { TargetSelection } from '../core/matrix/target-list.js';
import type { CheckOptions, CheckReport, TargetSpec } from '../core/matrix/types.js';
import { renderJson, renderMarkdown, renderText } from '../core/report/index.js';
import { readProjectFiles } from '../adapters/project-files.js';
import type { Runner } from '../adapters/runner.js';
import { redact } from '../adapters/outgoing.js';
import { annotateFindings } from './annotations.js';

export interface LockMatrixRequest {
  projectDir: string;
  targets: Exclude<TargetSelection, { kind: 'off' }>;
  failOn: FailOn;
  driver: string | null;
  /** What `uv sync` will install, so the check judges the same environment. */
  extras: string[];
  allExtras: boolean;
  groups: string[];
  noDefaultGroups: boolean;
  /** The target this step installs (its Python × the runner): checked, and declared. */
  thisRun: TargetSpec | null;
  /** A project-relative path as annotations want it (relative to the workspace). */
  rel: (file: string) => string;
  runnerTemp: string;
}

export interface LockMatrixOutcome {
  result: CheckResult;
  report: CheckReport;
  jsonPath: string;
  /** Markdown for the job summary. */
  summary: string;
  /** True when `fail-on` says the step fails. */
  fails: boolean;
  /** One line for the steps table. */
  detail: string;
}

const TITLE: Record<Finding['severity'], string> = { error: 'errors', warning: 'warnings', notice: 'notices' };

export function checkLockMatrix(runner: Runner, request: LockMatrixRequest): LockMatrixOutcome {
  const options: CheckOptions = {
    extras: request.extras,
    allExtras: request.allExtras,
    groups: request.groups,
    noDefaultGroups: request.noDefaultGroups,
    driver: request.driver,
    thisRun: request.thisRun ? [request.thisRun] : [],
  };
  if (request.targets.kind === 'explicit') options.targets = request.targets.targets;
  const full = checkProject(readProjectFiles(request.projectDir), options);
  // `uv lock --check` has just passed: uv is the authority on staleness, so the engine's static
  // lock-stale pre-check (meant for when uv is not at hand) would only add noise here.
  const report: CheckReport = { ...full, findings: full.findings.filter((f) => f.code !== 'lock-stale') };

  runner.info(renderText(report).trimEnd());
  const dir = mkdtempSync(path.join(request.runnerTemp || os.tmpdir(), 'lockstep-check-'));
  const jsonPath = path.join(dir, 'check.json');
  writeFileSync(jsonPath, redact(renderJson(report)));
  runner.info(`JSON report: ${jsonPath}`);

  annotate(runner, report.findings, request.rel);

  const result = checkResult(report.findings);
  const count = (severity: Finding['severity']) => report.findings.filter((f) => f.severity === severity).length;
  const fails = failsStep(result, request.failOn);
  const detail =
    `${report.targets.length} target(s): ${count('error')} error(s), ${count('warning')} warning(s)` +
    (result === 'pass' ? '' : fails ? ` (fail-on: ${request.failOn}: uv sync not run)` : ` (fail-on: ${request.failOn})`);
  return { result, report, jsonPath, summary: renderMarkdown(report), fails, detail };
}

/** One annotation per finding on its file/line, within GitHub's per-step limits. */
function annotate(runner: Runner, findings: readonly Finding[], rel: (file: string) => string): void {
  // A finding that covers several lines (one per unpinned requirement of a section) is annotated on each.
  const perLine = findings.flatMap((f) =>
    f.related && f.related.length > 0
      ? f.related.map((r): Finding => ({ code: f.code, severity: f.severity, message: r.message, file: f.file, line: r.line, column: r.column, ...(r.package ? { package: r.package } : {}) }))
      : [f],
  );
  annotateFindings(runner, perLine, {
    position: (f) => ({ file: f.file ? rel(f.file) : undefined, line: f.line, column: f.column, title: `lockstep check: ${f.code}${f.package ? ` (${f.package})` : ''}` }),
    more: (severity, more) => ({
      message: `…and ${more} more ${TITLE[severity]} from the lock matrix check: see the job summary table and the JSON report (the report-path output).`,
      title: `lockstep check: ${more} more ${TITLE[severity]}`,
    }),
  });
}

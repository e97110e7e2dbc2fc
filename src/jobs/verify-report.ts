/**
 * The `verify-report` job (a final job with `needs:` on the matrix): gathers every
 * `lockstep-verify-*` result and writes one job-summary table, targets as rows and checks as columns.
 */
import { parseFailOn } from '../core/matrix/gate.js';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionsArtifactStore, type ArtifactStore } from '../adapters/artifact.js';
import { actionsRunner, type Runner } from '../adapters/runner.js';
import { escapeMarkdown } from '../core/report/markdown-escape.js';
import { singleLine } from '../core/security/neutralise.js';
import { hasFailure, parseVerifyResult, renderMatrixMarkdown, type VerifyResult } from '../core/verify/index.js';

export const RESULT_PREFIX = 'lockstep-verify-';
/** A verify result lists a few hundred packages at most: anything much larger is not one. */
const MAX_RESULT_BYTES = 16 * 1024 * 1024;

/** Every `lockstep-verify-*.json` under `dir` (any depth: downloads land in one folder per artifact). */
export function findResultFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (d: string, depth: number) => {
    for (const entry of readdirSync(d).sort()) {
      const full = path.join(d, entry);
      // lstat: a symlink in an artifact is never followed (it could point anywhere on the runner).
      const stat = lstatSync(full);
      if (stat.isDirectory()) {
        if (depth < 4) walk(full, depth + 1);
      } else if (entry.startsWith(RESULT_PREFIX) && entry.endsWith('.json')) {
        files.push(full);
      }
    }
  };
  walk(dir, 0);
  return files;
}

export interface LoadedResults {
  results: VerifyResult[];
  /** Files that are not verify results: `file: why`. */
  problems: string[];
}

/**
 * Parses the files; one result per target (a re-run job uploads again: the later file wins). Unreadable
 * files are reported, not fatal, so one broken job does not hide the others.
 */
export function loadResults(files: string[]): LoadedResults {
  const byTarget = new Map<string, VerifyResult>();
  const problems: string[] = [];
  for (const file of files) {
    try {
      const stat = lstatSync(file);
      if (!stat.isFile()) throw new Error(`${file}: not a regular file (a symlink or device in an artifact is not read)`);
      if (stat.size > MAX_RESULT_BYTES) throw new Error(`${file}: ${stat.size} bytes, more than a verify result can be (${MAX_RESULT_BYTES})`);
      const result = parseVerifyResult(readFileSync(file, 'utf8'), file);
      byTarget.set(result.target, result);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { results: [...byTarget.values()], problems };
}

export interface VerifyReportDependencies {
  runner: Runner;
  env: NodeJS.ProcessEnv;
  artifacts: () => ArtifactStore;
}

export async function run(overrides: Partial<VerifyReportDependencies> = {}): Promise<void> {
  const deps: VerifyReportDependencies = {
    runner: overrides.runner ?? actionsRunner(),
    env: overrides.env ?? process.env,
    artifacts: overrides.artifacts ?? (() => actionsArtifactStore()),
  };
  const { runner, env } = deps;
  try {
    const failOn = parseFailOn(runner.input('fail-on'), ['error', 'never'], 'never');
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const resultsDir = runner.input('results-dir');
    let dir: string;
    if (resultsDir) {
      dir = path.resolve(workspace, resultsDir);
    } else {
      dir = mkdtempSync(path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'lockstep-verify-report-'));
      const downloaded = await runner.group('Download lockstep-verify-* artifacts', () => deps.artifacts().downloadAll(RESULT_PREFIX, dir));
      runner.info(`Downloaded ${downloaded.length} artifact(s).`);
    }
    const { results, problems: raw } = loadResults(findResultFiles(dir));
    // Shown relative to the download folder: the runner's temp path says nothing to the reader.
    const problems = raw.map((p) => p.split(`${dir}${path.sep}`).join(''));
    for (const problem of problems) runner.warning(problem, { title: 'lockstep verify-report: unreadable result' });
    if (results.length === 0) {
      runner.warning(`No ${RESULT_PREFIX}*.json results found${resultsDir ? ` in ${dir}` : ' among this run\'s artifacts'}: did the matrix jobs run lockstep/verify (with upload: true)?`, {
        title: 'lockstep verify-report',
      });
    }
    const unreadable = problems.length > 0 ? `\n### Unreadable results\n\n${problems.map((p) => `- ${escapeMarkdown(p)}`).join('\n')}\n` : '';
    await runner.appendSummary(`${renderMatrixMarkdown(results)}${unreadable}`);
    const failed = results.filter(hasFailure).map((r) => r.target).sort();
    runner.setOutput('targets', singleLine(results.map((r) => r.target).sort().join(',')));
    runner.setOutput('failed-targets', singleLine(failed.join(',')));
    runner.setOutput('result', failed.length > 0 ? 'fail' : 'pass');
    for (const r of results.filter(hasFailure)) {
      const names = r.checks.filter((c) => c.status === 'fail').map((c) => c.name);
      runner.error(`${r.target}: ${names.join(', ')} failed`, { title: 'lockstep verify-report' });
    }
    if (failed.length > 0 && failOn === 'error') {
      runner.setFailed(`${failed.length} target(s) differ from the lock: ${failed.join(', ')}`);
    }
  } catch (error) {
    runner.setFailed(`lockstep verify-report failed: ${(error as Error).message}`);
  }
}

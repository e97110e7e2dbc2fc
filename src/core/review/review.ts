/**
 * The review of a change: introduced/resolved findings grouped into table rows (one per problem and
 * package, with the targets it hits), a concrete suggestion per row, and the lock diff. Pure: the job and
 * `lockstep diff` feed it two engine reports.
 */
import type { Finding } from '../findings.js';
import type { CheckReport, Target } from '../matrix/types.js';
import { resolvePlatform } from '../pep/platforms.js';
import { problemRows, type ProblemRow } from '../report/problems.js';
import { compareFindings, type MovedProblem, type TargetChanges } from './compare.js';
import { diffLocks, type LockDiff } from './lock-diff.js';

export type { Suggestion } from '../report/problems.js';
/** A review table row: a problem (code, package) with the targets it hits, as the check report shows it. */
export type ReviewRow = ProblemRow;

export interface Review {
  introduced: Finding[];
  resolved: Finding[];
  /** Introduced findings as table rows, errors first. */
  rows: ReviewRow[];
  resolvedRows: ReviewRow[];
  lock: LockDiff;
  /** The head's targets. */
  targets: Target[];
  /** `[tool.uv] required-environments` for the head's targets, when a row is about a missing wheel. */
  requiredEnvironments: string | null;
  errorsIntroduced: number;
  /** Problems the base had too, on packages whose version the change moved: not introduced, not resolved. */
  stillFailing: MovedProblem[];
  /** Targets only one side checks (requires-python or the lock's environments changed). */
  targetChanges: TargetChanges;
  /** The base's targets (resolved problems are named against them). */
  baseTargets: Target[];
}

/**
 * `[tool.uv] required-environments` naming every target's OS and machine: with it, `uv lock` fails when a
 * package that ships wheels only has none for one of them, instead of the install failing later.
 */
export function requiredEnvironmentsSnippet(targets: readonly Target[]): string | null {
  const markers: string[] = [];
  for (const t of targets) {
    let env;
    try {
      env = resolvePlatform(t.platform).markerEnvironment(t.python);
    } catch {
      continue;
    }
    const marker = `sys_platform == '${env.sys_platform}' and platform_machine == '${env.platform_machine}'`;
    if (!markers.includes(marker)) markers.push(marker);
  }
  if (markers.length === 0) return null;
  return ['[tool.uv]', 'required-environments = [', ...markers.map((m) => `    "${m}",`), ']'].join('\n');
}

/** Reviews a change from its base and head engine reports (same targets and options on both sides). */
export function reviewChange(base: CheckReport, head: CheckReport): Review {
  const { introduced, resolved, stillFailing, targets: targetChanges } = compareFindings(base, head);
  const rows = problemRows(introduced, head);
  const needsWheels = rows.some((r) => r.code === 'no-distribution' || r.code === 'sdist-build');
  return {
    introduced,
    resolved,
    rows,
    resolvedRows: problemRows(resolved, base),
    lock: diffLocks(base, head),
    targets: head.targets,
    requiredEnvironments: needsWheels ? requiredEnvironmentsSnippet(head.targets) : null,
    errorsIntroduced: introduced.filter((f) => f.severity === 'error').length,
    stillFailing,
    targetChanges,
    baseTargets: base.targets,
  };
}

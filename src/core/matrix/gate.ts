/**
 * Turning a check report into a CI verdict: the `check-result` output, whether `fail-on` fails the
 * step, and which findings become annotations within GitHub's per-step limits.
 */
import { LockstepError } from '../errors.js';
import type { Finding, Severity } from '../findings.js';
import { sortFindings } from '../report/text.js';

export type CheckResult = 'pass' | 'warnings' | 'errors';
export type FailOn = 'error' | 'warning' | 'never';

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/**
 * GitHub shows at most 10 error and 10 warning annotations per step (and 10 notices), and drops the
 * rest silently; see "Annotations" in the workflow-commands docs.
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

/**
 * The `fail-on` input of every job: which severity fails the step. Jobs whose findings are only
 * errors (review, verify, verify-report) allow `error` and `never`.
 */
export function parseFailOn(value: string, allowed: readonly FailOn[] = FAIL_ON, fallback: FailOn = 'error'): FailOn {
  const v = (value.trim() || fallback).toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as FailOn;
  const hint = allowed.includes('warning')
    ? '`error` (default) fails the step on error findings, `warning` on warnings too, `never` only reports.'
    : `Set \`fail-on: error\` to fail the step on errors, or \`fail-on: never\` to only report (default: ${fallback}).`;
  throw new LockstepError(`fail-on: \`${value}\` is not one of ${allowed.join(', ')}.`, { hint });
}

export function checkResult(findings: readonly Finding[]): CheckResult {
  if (findings.some((f) => f.severity === 'error')) return 'errors';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'pass';
}

export function failsStep(result: CheckResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return result === 'errors' || (failOn === 'warning' && result === 'warnings');
}

export interface AnnotationPlan {
  /** Findings to annotate, most important first (errors, then by code, package and target). */
  annotate: Finding[];
  /** Per severity, how many findings did not get an annotation of their own. */
  omitted: Record<Severity, number>;
}

/**
 * Which findings to annotate: all of a severity when they fit in `limit`, else the first `limit - 1`
 * and room left for one "N more" annotation (so the last slot is not silently lost).
 */
export function planAnnotations(findings: readonly Finding[], limit = ANNOTATIONS_PER_SEVERITY): AnnotationPlan {
  const sorted = sortFindings(findings);
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotate: Finding[] = [];
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const all = sorted.filter((f) => f.severity === severity);
    const keep = all.length <= limit ? all.length : Math.max(0, limit - 1);
    annotate.push(...all.slice(0, keep));
    omitted[severity] = all.length - keep;
  }
  return { annotate, omitted };
}

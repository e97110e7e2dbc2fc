import type { AnnotationPosition, Runner } from '../adapters/runner.js';
import type { Finding, Severity } from '../core/findings.js';
import { planAnnotations } from '../core/matrix/gate.js';

/**
 * One annotation per finding on its file/line, within GitHub's per-step limits (10 per severity): past
 * that, the most important ones and one "N more" annotation per severity saying where the rest is.
 * Every job that annotates findings goes through here (a review of a 3,000-finding lock once emitted
 * 3,000 annotations).
 */
export function annotateFindings(
  runner: Runner,
  findings: readonly Finding[],
  options: { position: (f: Finding) => AnnotationPosition; message?: (f: Finding) => string; more: (severity: Severity, count: number) => { message: string; title: string } },
): void {
  const plan = planAnnotations(findings);
  for (const f of plan.annotate) runner[f.severity](options.message?.(f) ?? f.message, options.position(f));
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const count = plan.omitted[severity];
    if (count > 0) {
      const { message, title } = options.more(severity, count);
      runner[severity](message, { title });
    }
  }
}

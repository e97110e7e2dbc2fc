/**
 * What verification of a bump looks at: the lock engine's blocking findings (`sdist-build`,
 * `no-distribution`, `cuda-mismatch`) before and after re-locking. A bump is dropped when it adds one;
 * problems the project already had are not its fault and never drop it.
 */
import type { Finding } from '../findings.js';
import type { CheckReport } from '../matrix/types.js';
import type { TargetVerification } from './types.js';

export const BLOCKING_CODES: ReadonlySet<Finding['code']> = new Set(['sdist-build', 'no-distribution', 'cuda-mismatch']);

const findingKey = (f: Finding) => `${f.code}\0${f.package ?? ''}\0${f.version ?? ''}\0${f.target ?? ''}`;

/** Blocking findings in `after` that `before` did not have (same code, package, version and target). */
export function newBlockingFindings(before: CheckReport | null, after: CheckReport): Finding[] {
  const known = new Set((before?.findings ?? []).filter((f) => BLOCKING_CODES.has(f.code)).map(findingKey));
  return after.findings.filter((f) => BLOCKING_CODES.has(f.code) && !known.has(findingKey(f)));
}

const WHAT: Partial<Record<Finding['code'], string>> = {
  'sdist-build': 'would build from source',
  'no-distribution': 'has no installable file',
  'cuda-mismatch': 'CUDA flavours disagree',
};

/** One line for the PR body: `sdist-build: foo 2.0 would build from source on cp311-x86_64-manylinux_2_28 (+2 targets)`. */
export function describeFindings(findings: readonly Finding[]): string {
  const byWhat = new Map<string, { code: Finding['code']; targets: Set<string> }>();
  for (const f of findings) {
    const key = `${f.code}\0${f.package ?? ''}\0${f.version ?? ''}`;
    const entry = byWhat.get(key) ?? { code: f.code, targets: new Set<string>() };
    if (f.target) entry.targets.add(f.target);
    byWhat.set(key, entry);
  }
  return [...byWhat.entries()]
    .map(([key, { code, targets }]) => {
      const [, pkg, version] = key.split('\0');
      const list = [...targets];
      const on = list.length === 0 ? '' : ` on ${list[0]}${list.length > 1 ? ` (+${list.length - 1} more)` : ''}`;
      return `${code}: ${[pkg, version].filter(Boolean).join(' ')} ${WHAT[code] ?? ''}${on}`.replace(/\s+/g, ' ').trim();
    })
    .join('; ');
}

/** Per target: ok when no blocking finding applies to it. */
export function summarizeTargets(report: CheckReport): TargetVerification[] {
  return report.targets.map((t) => {
    const blocking = report.findings.filter((f) => BLOCKING_CODES.has(f.code) && (f.target === undefined || f.target === t.id));
    return { target: t.id, ok: blocking.length === 0, detail: blocking.length === 0 ? 'every package installs from a wheel' : describeFindings(blocking) };
  });
}

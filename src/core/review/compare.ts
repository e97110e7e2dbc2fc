/**
 * What a change (base → head) does to a project's installability: the findings the head has that the
 * base did not (introduced) and the reverse (resolved), per target.
 *
 * Findings are matched by a stable key — code + package + target (+ file for findings without a
 * package) — never by line numbers or message text, which move with every unrelated edit. The version
 * is not part of the key either: bumping an sdist-only package from 0.9.2 to 0.9.3 does not "introduce" a
 * build the base already had.
 */
import type { Finding, FindingCode } from '../findings.js';
import type { CheckReport } from '../matrix/types.js';

/** The codes a review reports on: what makes a change break installation somewhere. */
export const REVIEWED_CODES: readonly FindingCode[] = ['sdist-build', 'no-distribution', 'cuda-mismatch', 'lock-stale', 'parse-error', 'artifact-missing', 'artifact-yanked'];

/** Codes whose target-less findings mean "on every target" (the engine merges them); the others hold project-wide. */
const PER_TARGET_CODES: ReadonlySet<FindingCode> = new Set(['sdist-build', 'no-distribution', 'cuda-mismatch']);

export interface FindingChanges {
  /** Head findings (projected onto the targets where they are new) the base did not have. */
  introduced: Finding[];
  /** Base findings (projected onto the targets where they are gone) the head no longer has. */
  resolved: Finding[];
}

/** One finding on one target (or project-wide), with its matching key. */
interface KeyedFinding {
  key: string;
  target: string | undefined;
  finding: Finding;
}

function keyOf(finding: Finding, target: string | undefined): string {
  // A project-wide finding without a package (`requires-python differs`) is told apart by its file only.
  const where = finding.package === undefined ? (finding.file ?? '') : '';
  return [finding.code, finding.package ?? '', target ?? '', where].join('\u0000');
}

/** Expands a report's reviewed findings to one entry per target they hold on. */
function keyed(report: CheckReport): KeyedFinding[] {
  const out: KeyedFinding[] = [];
  for (const finding of report.findings) {
    if (!REVIEWED_CODES.includes(finding.code)) continue;
    const targets =
      finding.target !== undefined ? [finding.target] : PER_TARGET_CODES.has(finding.code) && report.targets.length > 0 ? report.targets.map((t) => t.id) : [undefined];
    for (const target of targets) out.push({ key: keyOf(finding, target), target, finding });
  }
  return out;
}

/**
 * The findings of `from` whose keys `to` lacks. A finding new on all the targets it covers is kept as
 * it is; one new on only some of them is split into one copy per new target (so `target` says where).
 */
function missingFrom(from: KeyedFinding[], to: KeyedFinding[]): Finding[] {
  const present = new Set(to.map((k) => k.key));
  const byFinding = new Map<Finding, { all: number; fresh: (string | undefined)[] }>();
  for (const k of from) {
    let entry = byFinding.get(k.finding);
    if (!entry) byFinding.set(k.finding, (entry = { all: 0, fresh: [] }));
    entry.all++;
    if (!present.has(k.key)) entry.fresh.push(k.target);
  }
  const out: Finding[] = [];
  for (const [finding, { all, fresh }] of byFinding) {
    if (fresh.length === 0) continue;
    if (fresh.length === all) out.push(finding);
    else for (const target of fresh) out.push(target === undefined ? finding : { ...finding, target });
  }
  return out;
}

/** Introduced and resolved findings between two engine reports of the same project. */
export function compareFindings(base: CheckReport, head: CheckReport): FindingChanges {
  const baseKeys = keyed(base);
  const headKeys = keyed(head);
  return { introduced: missingFrom(headKeys, baseKeys), resolved: missingFrom(baseKeys, headKeys) };
}

/** The target ids a finding covers in a report: its own, or every target for a merged one. */
export function findingTargets(finding: Finding, report: CheckReport): string[] {
  if (finding.target !== undefined) return [finding.target];
  return PER_TARGET_CODES.has(finding.code) ? report.targets.map((t) => t.id) : [];
}

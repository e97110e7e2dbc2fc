/**
 * What a change (base → head) does to a project's installability: the findings the head has that the
 * base did not (introduced), the reverse (resolved), and the problems that stay while the package's
 * version moves (still failing).
 *
 * A problem's identity is (code, package, target) — never line numbers, wording or the version: bumping
 * an sdist-only package from 0.15.4 to 0.18.4 does not "introduce" a build the base already had; it is
 * still failing, version moved. Targets differ between the sides when `requires-python` or the lock's
 * environments change (cp310/cp311 → cp312): a target only one side has is compared with the other
 * side's targets of the same platform (any Python), and when the platform is new too, with the package's
 * problem anywhere on the other side. Those target changes are reported as such.
 */
import type { Finding, FindingCode } from '../findings.js';
import type { CheckReport, Target } from '../matrix/types.js';
import { findingTargets } from '../report/problems.js';

export { findingTargets };

/** The codes a review reports on: what makes a change break installation somewhere. */
export const REVIEWED_CODES: readonly FindingCode[] = ['sdist-build', 'no-distribution', 'cuda-mismatch', 'lock-stale', 'parse-error', 'artifact-missing', 'artifact-yanked'];

/** A problem present on both sides for a package whose version changed. */
export interface MovedProblem {
  /** The head's finding (its severity, message and version). */
  finding: Finding;
  from: string | null;
  to: string | null;
  /** Head target ids it still holds on (empty: project-wide). */
  targets: string[];
}

/** Targets checked on one side only, and why. */
export interface TargetChanges {
  added: string[];
  removed: string[];
  /** requires-python of base and head, when it changed. */
  requiresPython: { base: string | null; head: string | null } | null;
}

export interface FindingChanges {
  /** Head findings (projected onto the targets where they are new) the base did not have. */
  introduced: Finding[];
  /** Base findings (projected onto the targets where they are gone) the head no longer has. */
  resolved: Finding[];
  /** Problems on both sides whose package changed version. */
  stillFailing: MovedProblem[];
  targets: TargetChanges;
}

/** One finding on one target (or project-wide). */
interface KeyedFinding {
  problem: string;
  target: string | undefined;
  finding: Finding;
}

function problemKey(finding: Finding): string {
  // A project-wide finding without a package (`requires-python differs`) is told apart by its file only.
  const where = finding.package === undefined ? (finding.file ?? '') : '';
  return [finding.code, finding.package ?? '', where].join('\u0000');
}

/** Expands a report's reviewed findings to one entry per target they hold on. */
function keyed(report: CheckReport): KeyedFinding[] {
  const out: KeyedFinding[] = [];
  for (const finding of report.findings) {
    if (!REVIEWED_CODES.includes(finding.code)) continue;
    const targets: (string | undefined)[] = findingTargets(finding, report);
    for (const target of targets.length > 0 ? targets : [undefined]) out.push({ problem: problemKey(finding), target, finding });
  }
  return out;
}

const platformOf = (t: Target): string => `${t.platform}\u0000${t.cuda ?? ''}`;

/**
 * The entries of `from` without a counterpart in `to`; a finding new on all the targets it covers is kept
 * as it is, one new on only some is split into one copy per new target (so `target` says where).
 */
function unmatched(from: KeyedFinding[], fromReport: CheckReport, to: KeyedFinding[], toReport: CheckReport): { fresh: Finding[]; matched: Map<KeyedFinding, KeyedFinding> } {
  const find = counterpart(fromReport, toReport, to);
  const byFinding = new Map<Finding, { all: number; fresh: (string | undefined)[] }>();
  const matched = new Map<KeyedFinding, KeyedFinding>();
  for (const k of from) {
    let entry = byFinding.get(k.finding);
    if (!entry) byFinding.set(k.finding, (entry = { all: 0, fresh: [] }));
    entry.all++;
    const other = find(k);
    if (other) matched.set(k, other);
    else entry.fresh.push(k.target);
  }
  const fresh: Finding[] = [];
  for (const [finding, { all, fresh: targets }] of byFinding) {
    if (targets.length === 0) continue;
    if (targets.length === all) fresh.push(finding);
    else for (const target of targets) fresh.push(target === undefined ? finding : { ...finding, target });
  }
  return { fresh, matched };
}

/**
 * The other side's entry for the same problem: on the same target; for a target the other side lacks,
 * on a target of the same platform (any Python); for a platform the other side lacks, anywhere.
 */
function counterpart(own: CheckReport, other: CheckReport, otherKeyed: KeyedFinding[]): (k: KeyedFinding) => KeyedFinding | undefined {
  const exact = new Map<string, KeyedFinding>();
  const anywhere = new Map<string, KeyedFinding>();
  const byPlatform = new Map<string, KeyedFinding>();
  const otherTargets = new Map(other.targets.map((t) => [t.id, t]));
  const otherPlatforms = new Set(other.targets.map(platformOf));
  const ownTargets = new Map(own.targets.map((t) => [t.id, t]));
  for (const k of otherKeyed) {
    exact.set(`${k.problem}\u0001${k.target ?? ''}`, k);
    if (!anywhere.has(k.problem)) anywhere.set(k.problem, k);
    const t = k.target ? otherTargets.get(k.target) : undefined;
    const pk = t ? `${k.problem}\u0001${platformOf(t)}` : '';
    if (t && !byPlatform.has(pk)) byPlatform.set(pk, k);
  }
  return (k) => {
    if (k.target === undefined || otherTargets.has(k.target)) return exact.get(`${k.problem}\u0001${k.target ?? ''}`);
    const t = ownTargets.get(k.target);
    if (t && otherPlatforms.has(platformOf(t))) return byPlatform.get(`${k.problem}\u0001${platformOf(t)}`);
    return anywhere.get(k.problem);
  };
}

/** Introduced, resolved and still-failing problems between two engine reports of the same project. */
export function compareFindings(base: CheckReport, head: CheckReport): FindingChanges {
  const baseKeys = keyed(base);
  const headKeys = keyed(head);
  const introduced = unmatched(headKeys, head, baseKeys, base);
  const resolved = unmatched(baseKeys, base, headKeys, head);

  const moved = new Map<string, MovedProblem>();
  for (const [h, b] of introduced.matched) {
    const from = b.finding.version ?? null;
    const to = h.finding.version ?? null;
    if (from === to) continue;
    const key = `${h.problem}\u0001${from}\u0001${to}`;
    const entry = moved.get(key) ?? { finding: h.finding, from, to, targets: [] };
    if (h.target !== undefined && !entry.targets.includes(h.target)) entry.targets.push(h.target);
    moved.set(key, entry);
  }

  const baseIds = new Set(base.targets.map((t) => t.id));
  const headIds = new Set(head.targets.map((t) => t.id));
  const rp = { base: base.project.requiresPython, head: head.project.requiresPython };
  return {
    introduced: introduced.fresh,
    resolved: resolved.fresh,
    stillFailing: [...moved.values()],
    targets: {
      added: head.targets.filter((t) => !baseIds.has(t.id)).map((t) => t.id),
      removed: base.targets.filter((t) => !headIds.has(t.id)).map((t) => t.id),
      requiresPython: rp.base !== rp.head ? rp : null,
    },
  };
}

/**
 * Findings as problems people act on: one row per (problem, package), its targets collapsed, a plain
 * description and one concrete suggestion (with a TOML snippet to paste when there is one). The check
 * report, the job summary and the review comment all lead with these rows.
 *
 * Linear in the report: packages are indexed by name once per report, never searched per row.
 */
import type { Finding, FindingCode, Severity } from '../findings.js';
import { sdistBuildAdvice } from '../matrix/knowledge.js';
import { impliedNote, TARGET_CODES } from '../matrix/provenance.js';
import type { CheckReport, PackageReport, Target } from '../matrix/types.js';

export interface Suggestion {
  /** One line of text; `code` spans and URLs render as code. */
  text: string;
  /** Configuration to paste (TOML, parses on its own), shown as a code block. */
  snippet?: string;
}

export interface ProblemRow {
  code: FindingCode;
  severity: Severity;
  package: string | null;
  version: string | null;
  /** Target ids the problem holds on; empty for project-wide problems (stale lock, parse error, hygiene). */
  targets: string[];
  /** True when `targets` is every target of the report. */
  everyTarget: boolean;
  /** `implied`: only on targets the project never declared (so at most a warning); null: not per target. */
  provenance: 'declared' | 'implied' | null;
  /** One line of text (`code` spans allowed). */
  problem: string;
  /** What to do; `text` is '' when the problem line already says it (hygiene findings carry their fix). */
  suggestion: Suggestion;
  findings: Finding[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const CODE_RANK: Partial<Record<FindingCode, number>> = {
  'parse-error': 0, 'lock-stale': 1, 'target-unsupported': 2, 'artifact-missing': 2, 'no-distribution': 2, 'cuda-mismatch': 3, 'driver-floor': 4, 'sdist-build': 5, 'artifact-yanked': 6,
};
/** Hygiene and pinning findings come after the installability problems of their severity. */
const LATER_CODE_RANK = 10;
const STALE_FIX = /\s*Run `(?:uv|pixi) lock` and commit (?:the updated uv\.lock|pixi\.lock)[^.]*(?:\([^)]*\))?\.\s*$/;

/** The lock a finding is about: its `lock` field, else pixi.lock when the report's targets are pixi's. */
function lockOf(finding: Finding, report: CheckReport): 'uv.lock' | 'pixi.lock' {
  if (finding.lock === 'pixi.lock' || finding.lock === 'uv.lock') return finding.lock;
  return report.targets.length > 0 && report.targets.every((t) => t.environment !== undefined) ? 'pixi.lock' : 'uv.lock';
}
const RELEASE_WHEEL_PACKAGES = new Set(['flash-attn', 'mamba-ssm', 'causal-conv1d']);

/** Per report: packages by name, built once (WeakMap, so a report is indexed once however often it is rendered). */
const INDEX = new WeakMap<CheckReport, Map<string, PackageReport[]>>();
function packagesNamed(report: CheckReport, name: string): PackageReport[] {
  let index = INDEX.get(report);
  if (!index) {
    index = new Map();
    for (const p of report.packages) {
      const list = index.get(p.name) ?? [];
      list.push(p);
      index.set(p.name, list);
    }
    INDEX.set(report, index);
  }
  return index.get(name) ?? [];
}

/** The torch version needed on a target (the one uv installs there), or null. */
function torchOn(report: CheckReport, targetId: string): string | null {
  const torch = packagesNamed(report, 'torch');
  return (torch.find((p) => p.verdicts[targetId] && p.verdicts[targetId]!.status !== 'not-needed') ?? torch[0])?.version ?? null;
}

/** Advice text as knowledge.ts writes it: a first line of prose, then (optionally) TOML to paste. */
export function splitAdvice(advice: string): Suggestion {
  const [text = '', ...rest] = advice.split('\n');
  return rest.length > 0 ? { text, snippet: rest.join('\n') } : { text };
}

type RowKey = Pick<ProblemRow, 'code' | 'package' | 'version' | 'targets' | 'provenance'>;

function sdistFile(report: CheckReport, row: RowKey): string | null {
  const pkg = packagesNamed(report, row.package ?? '').find((p) => row.version === null || p.version === row.version);
  if (!pkg) return null;
  for (const id of row.targets) if (pkg.verdicts[id]?.status === 'sdist') return pkg.verdicts[id]!.file ?? null;
  return Object.values(pkg.verdicts).find((v) => v.status === 'sdist')?.file ?? null;
}

function problemOf(row: RowKey, first: Finding, report: CheckReport): string {
  switch (row.code) {
    case 'sdist-build': {
      const file = sdistFile(report, row);
      return `no compatible wheel: ${lockOf(first, report) === 'pixi.lock' ? 'pixi' : 'uv'} would build it from source${file ? ` (${file})` : ''}`;
    }
    case 'no-distribution':
      return 'no compatible wheel and no sdist: the install fails';
    case 'cuda-mismatch':
    case 'driver-floor':
    case 'target-unsupported':
    case 'artifact-missing':
    case 'artifact-yanked':
      return first.message.split(' Fix: ')[0]!.split(' Only on implied targets:')[0]!;
    case 'lock-stale':
      return `${lockOf(first, report)} is out of date: ${first.message.replace(STALE_FIX, '')}`;
    default:
      return first.message.split('\n')[0]!;
  }
}

function suggestionFor(row: RowKey, first: Finding, report: CheckReport, targetsById: Map<string, Target>): Suggestion {
  if (row.provenance === 'implied' && first.downgradedFrom) {
    const covered = row.targets.map((id) => targetsById.get(id)).filter((t): t is Target => t !== undefined);
    return { text: impliedNote(null, covered, report.project.requiresPython).replace('move the package to', 'move these packages to') };
  }
  switch (row.code) {
    case 'sdist-build': {
      const targets = row.targets.map((id) => targetsById.get(id)).filter((t): t is Target => t !== undefined);
      // Release wheels exist for Linux only: advise with a Linux target when the row has one.
      // A declared one first (the runner's own target, say), so the wheel URL is the one CI would use.
      const linux = targets.filter((t) => /linux/.test(t.platform));
      const target = linux.find((t) => t.provenance?.kind === 'declared') ?? linux[0] ?? targets[0] ?? report.targets[0];
      if (!target || !row.package) return { text: 'Pin a version that publishes wheels for these targets.' };
      const advice = sdistBuildAdvice(row.package, {
        python: target.python,
        platform: target.platform,
        torch: torchOn(report, target.id),
        cuda: target.cuda,
        version: row.version,
      });
      if (!advice.suggestion) {
        // The engine names the real gap when the same version has wheels for a newer glibc or other Pythons.
        const gap = /(Its wheels need a newer glibc: .*? target a newer glibc\.|There is no wheel for cp.*? drop that Python\.)/.exec(first.message)?.[1];
        if (gap) return { text: gap };
        return { text: 'No prebuilt alternative is known to lockstep: pin a version that publishes wheels for these targets, or accept the build.' };
      }
      const suggestion = splitAdvice(advice.suggestion);
      const pythons = new Set(targets.map((t) => t.python));
      if (RELEASE_WHEEL_PACKAGES.has(row.package) && pythons.size > 1) {
        suggestion.text += ` (shown for CPython ${target.python} on ${target.platform}; the cpXY tags change with the Python)`;
      }
      return suggestion;
    }
    case 'no-distribution': {
      const gap = /(Its wheels need a newer glibc: .*? target a newer glibc\.|There is no wheel for cp.*? drop that Python\.)/.exec(first.message)?.[1];
      if (gap) return { text: gap };
      return {
        text: 'Pin a version that publishes a wheel for these targets, restrict the dependency with an environment marker, or drop the targets; `required-environments` makes `uv lock` itself refuse such a lock.',
      };
    }
    case 'cuda-mismatch':
    case 'driver-floor': {
      const fix = first.message.split(' Fix: ')[1];
      return { text: fix ? fix.trim() : 'Lock every CUDA package for the same CUDA major as torch.' };
    }
    case 'target-unsupported':
    case 'artifact-missing':
    case 'artifact-yanked': {
      const fix = first.message.split(' Fix: ')[1];
      return { text: fix ? fix.trim() : 'Lock a release the index serves: `uv lock --upgrade-package NAME`.' };
    }
    case 'lock-stale':
      return lockOf(first, report) === 'pixi.lock'
        ? { text: 'Run `pixi lock` and commit the updated pixi.lock.' }
        : { text: 'Run `uv lock` and commit the updated uv.lock.' };
    case 'parse-error':
      return { text: 'Fix the file at the line the problem names; lockstep cannot check a file it cannot read.' };
    default:
      return { text: '' };
  }
}

/** The targets a finding covers in a report: its own, or every target for a merged per-target one. */
export function findingTargets(finding: Finding, report: Pick<CheckReport, 'targets'>): string[] {
  if (finding.target !== undefined) return [finding.target];
  return TARGET_CODES.has(finding.code) ? report.targets.map((t) => t.id) : [];
}

/** Findings grouped into rows (errors first, then by code and package), in O(findings + targets). */
export function problemRows(findings: readonly Finding[], report: CheckReport): ProblemRow[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = [f.code, f.package ?? '', f.version ?? '', f.package === undefined ? f.message : '', f.provenance ?? ''].join('\u0000');
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const order = new Map(report.targets.map((t, i) => [t.id, i]));
  const targetsById = new Map(report.targets.map((t) => [t.id, t]));
  const rows: ProblemRow[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const ids = new Set<string>();
    for (const f of list) for (const id of findingTargets(f, report)) ids.add(id);
    const targets = [...ids].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
    let severity = first.severity;
    for (const f of list) if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[severity]) severity = f.severity;
    const base: RowKey = { code: first.code, package: first.package ?? null, version: first.version ?? null, targets, provenance: first.provenance ?? null };
    rows.push({
      ...base,
      severity,
      everyTarget: targets.length > 0 && targets.length === report.targets.length,
      problem: problemOf(base, first, report),
      suggestion: suggestionFor(base, { ...first, severity }, report, targetsById),
      findings: list,
    });
  }
  return rows.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.provenance === 'implied' ? 1 : 0) - (b.provenance === 'implied' ? 1 : 0) ||
      (CODE_RANK[a.code] ?? LATER_CODE_RANK) - (CODE_RANK[b.code] ?? LATER_CODE_RANK) ||
      (a.package ?? '').localeCompare(b.package ?? ''),
  );
}

/**
 * Rows that share one piece of advice, so each distinct advice is said once, naming its packages
 * (25 sdist builds with no known alternative are one line, not 25 bullets).
 */
export function groupAdvice(rows: readonly ProblemRow[]): { suggestion: Suggestion; rows: ProblemRow[] }[] {
  const groups = new Map<string, { suggestion: Suggestion; rows: ProblemRow[] }>();
  for (const row of rows) {
    if (!row.suggestion.text) continue;
    const key = `${row.suggestion.text}\u0000${row.suggestion.snippet ?? ''}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { suggestion: row.suggestion, rows: [row] });
  }
  return [...groups.values()];
}

/** Rows that read as one problem naming several packages, and the rows (one per package) it merges. */
export interface MergedProblem {
  row: ProblemRow;
  packages: ProblemRow[];
}

/**
 * Rows that say the same thing about several packages (same severity, problem kind, targets and
 * advice: 17 sdist builds on cp314) become one problem naming them, so a report stays short. Every
 * `unpinned-dependency` row is one problem (each section keeps its own finding and line); project-wide
 * rows stay apart. The one grouping the Markdown table, the review comment and the text output share.
 */
export function mergeProblemRows(rows: readonly ProblemRow[]): MergedProblem[] {
  const merged = new Map<string, MergedProblem>();
  for (const row of rows) {
    const key = row.code === 'unpinned-dependency'
      ? 'unpinned'
      : row.package === null || row.targets.length === 0
      ? `\u0001${merged.size}`
      : [row.severity, row.code, row.provenance ?? '', row.targets.join(','), row.suggestion.text, row.suggestion.snippet ?? ''].join('\u0000');
    const entry = merged.get(key);
    if (entry) entry.packages.push(row);
    else merged.set(key, { row, packages: [row] });
  }
  return [...merged.values()];
}

/** The problem text of a merged problem: a row naming several packages drops its one sdist's file name. */
export function mergedProblemText({ row, packages }: MergedProblem): string {
  return packages.length > 1 ? row.problem.replace(/ \([^()]*\.(?:tar\.gz|tar\.bz2|zip|tgz)\)$/, '') : row.problem;
}

/** Most package names a cell or line lists before "and N more". */
export const MAX_NAMES_SHOWN = 8;

/** `a, b, c and 5 more`: the names shown (already rendered for their medium) out of `total`. */
export function namesWithMore(shown: readonly string[], total: number): string {
  return `${shown.join(', ')}${total > shown.length ? ` and ${total - shown.length} more` : ''}`;
}

/**
 * The review of a change: introduced/resolved findings grouped into table rows (one per problem and
 * package, with the targets it hits), a concrete suggestion per row, and the lock diff. Pure: the job and
 * `lockstep diff` feed it two engine reports.
 */
import type { Finding, FindingCode, Severity } from '../findings.js';
import { sdistBuildAdvice } from '../matrix/knowledge.js';
import type { CheckReport, Target } from '../matrix/types.js';
import { resolvePlatform } from '../pep/platforms.js';
import { compareFindings, findingTargets } from './compare.js';
import { diffLocks, type LockDiff } from './lock-diff.js';

export interface Suggestion {
  /** One line of plain text (renderers escape it). */
  text: string;
  /** Configuration to paste (TOML), shown as a code block. */
  snippet?: string;
}

export interface ReviewRow {
  code: FindingCode;
  severity: Severity;
  package: string | null;
  version: string | null;
  /** Target ids the problem holds on; empty for project-wide problems (stale lock, parse error). */
  targets: string[];
  /** True when `targets` is every target of the report. */
  everyTarget: boolean;
  /** One line of plain text. */
  problem: string;
  suggestion: Suggestion;
  findings: Finding[];
}

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
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const CODE_RANK: Partial<Record<FindingCode, number>> = { 'parse-error': 0, 'lock-stale': 1, 'artifact-missing': 2, 'no-distribution': 2, 'cuda-mismatch': 3, 'sdist-build': 4, 'artifact-yanked': 5 };
const STALE_FIX = /\s*Run `(?:uv|pixi) lock` and commit (?:the updated uv\.lock|pixi\.lock)[^.]*(?:\([^)]*\))?\.\s*$/;

/** The lock a finding is about: its `lock` field, else pixi.lock when the report's targets are pixi's. */
function lockOf(finding: Finding, report: CheckReport): 'uv.lock' | 'pixi.lock' {
  if (finding.lock === 'pixi.lock' || finding.lock === 'uv.lock') return finding.lock;
  return report.targets.length > 0 && report.targets.every((t) => t.environment !== undefined) ? 'pixi.lock' : 'uv.lock';
}
const RELEASE_WHEEL_PACKAGES = new Set(['flash-attn', 'mamba-ssm', 'causal-conv1d']);

/** The torch version needed on a target (the one uv installs there), or null. */
function torchOn(report: CheckReport, targetId: string): string | null {
  const torch = report.packages.filter((p) => p.name === 'torch');
  return (torch.find((p) => p.verdicts[targetId] && p.verdicts[targetId]!.status !== 'not-needed') ?? torch[0])?.version ?? null;
}

function splitAdvice(advice: string): Suggestion {
  const [text = '', ...rest] = advice.split('\n');
  return rest.length > 0 ? { text, snippet: rest.join('\n') } : { text };
}

function sdistFile(report: CheckReport, row: Pick<ReviewRow, 'package' | 'version' | 'targets'>): string | null {
  const pkg = report.packages.find((p) => p.name === row.package && (row.version === null || p.version === row.version));
  if (!pkg) return null;
  for (const id of row.targets) if (pkg.verdicts[id]?.status === 'sdist') return pkg.verdicts[id]!.file ?? null;
  return Object.values(pkg.verdicts).find((v) => v.status === 'sdist')?.file ?? null;
}

function problemOf(row: Pick<ReviewRow, 'code' | 'package' | 'version' | 'targets'>, first: Finding, report: CheckReport): string {
  switch (row.code) {
    case 'sdist-build': {
      const file = sdistFile(report, row);
      return `no compatible wheel: ${lockOf(first, report) === 'pixi.lock' ? 'pixi' : 'uv'} would build it from source${file ? ` (${file})` : ''}`;
    }
    case 'no-distribution':
      return 'no compatible wheel and no sdist: the install fails';
    case 'cuda-mismatch':
      return first.message.split(' Fix: ')[0]!;
    case 'lock-stale':
      return `${lockOf(first, report)} is out of date: ${first.message.replace(STALE_FIX, '')}`;
    case 'artifact-missing':
    case 'artifact-yanked':
      return first.message.split(' Fix: ')[0]!;
    default:
      return first.message.split('\n')[0]!;
  }
}

function suggestionFor(row: Pick<ReviewRow, 'code' | 'package' | 'version' | 'targets'>, first: Finding, report: CheckReport): Suggestion {
  switch (row.code) {
    case 'sdist-build': {
      const targets = row.targets.map((id) => report.targets.find((t) => t.id === id)).filter((t): t is Target => t !== undefined);
      // Release wheels exist for Linux only: advise with a Linux target when the row has one.
      const target = targets.find((t) => /linux/.test(t.platform)) ?? targets[0] ?? report.targets[0];
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
    case 'no-distribution':
      return {
        text: 'Pin a version that publishes a wheel for these targets, restrict the dependency with an environment marker, or drop the targets; `required-environments` (below) makes `uv lock` itself refuse such a lock.',
      };
    case 'cuda-mismatch': {
      const fix = first.message.split(' Fix: ')[1];
      return { text: fix ? fix.trim() : 'Lock every CUDA package for the same CUDA major as torch.' };
    }
    case 'artifact-missing':
    case 'artifact-yanked': {
      const fix = first.message.split(' Fix: ')[1];
      return { text: fix ? fix.trim() : 'Lock a release the index serves: `uv lock --upgrade-package NAME`.' };
    }
    case 'lock-stale':
      return lockOf(first, report) === 'pixi.lock'
        ? { text: 'Run `pixi lock` and commit the updated pixi.lock.' }
        : { text: 'Run `uv lock` and commit the updated uv.lock.' };
    default:
      return { text: 'Fix the file at the line the problem names; lockstep cannot check a file it cannot read.' };
  }
}

function rowsOf(findings: Finding[], report: CheckReport): ReviewRow[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = [f.code, f.package ?? '', f.version ?? '', f.package === undefined ? f.message : ''].join('\u0000');
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const order = new Map(report.targets.map((t, i) => [t.id, i]));
  const rows: ReviewRow[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const targets = [...new Set(list.flatMap((f) => findingTargets(f, report)))].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
    const severity = list.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0]!;
    const base = { code: first.code, package: first.package ?? null, version: first.version ?? null, targets };
    rows.push({
      ...base,
      severity,
      everyTarget: targets.length > 0 && targets.length === report.targets.length,
      problem: problemOf(base, first, report),
      suggestion: suggestionFor(base, first, report),
      findings: list,
    });
  }
  return rows.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (CODE_RANK[a.code] ?? 9) - (CODE_RANK[b.code] ?? 9) ||
      (a.package ?? '').localeCompare(b.package ?? ''),
  );
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
  const { introduced, resolved } = compareFindings(base, head);
  const rows = rowsOf(introduced, head);
  const needsWheels = rows.some((r) => r.code === 'no-distribution' || r.code === 'sdist-build');
  return {
    introduced,
    resolved,
    rows,
    resolvedRows: rowsOf(resolved, base),
    lock: diffLocks(base, head),
    targets: head.targets,
    requiredEnvironments: needsWheels ? requiredEnvironmentsSnippet(head.targets) : null,
    errorsIntroduced: introduced.filter((f) => f.severity === 'error').length,
  };
}

/**
 * Markdown report for job summaries, `lockstep check --format markdown` and PR comments, problem first:
 * a verdict line, one row per (package, problem) with its targets collapsed, one line per distinct
 * advice, a packages × targets table of the packages with a problem that fits GitHub's width, and the
 * full table collapsed in `<details>`. Everything from the lock is escaped. Linear in the report size.
 */
import type { AxisOrigin } from '../matrix/provenance.js';
import type { CheckReport, PackageReport, Target, VerdictStatus } from '../matrix/types.js';
import { codeBlock, escapeMarkdown, inlineRich, markdownCode } from './markdown-escape.js';
import { groupAdvice, MAX_NAMES_SHOWN, mergedProblemText, mergeProblemRows, namesWithMore, problemRows, SEVERITY_RANK, type ProblemRow } from './problems.js';
import { collapseTargets, platformLabel, pythonTag } from './target-labels.js';

export interface MarkdownOptions {
  /** Most rows of the full (collapsed) packages × targets table; the rest is summarised in a "N more" line. */
  maxRows?: number;
  /** Most problem rows listed. */
  maxProblems?: number;
}

/** Target columns that fit GitHub's ~1000 px content width beside the package column. */
export const MAX_COLUMNS = 6;
const MAX_MATRIX_ROWS = 15;

const GLYPH: Record<VerdictStatus, string> = { wheel: '✅', sdist: '🔨', missing: '❌', source: '📦', conda: '🐍', 'not-needed': '·' };
const LEGEND = '✅ wheel · 🔨 builds from sdist · ❌ cannot install · 📦 built from a source tree · `·` not needed';
const CONDA_LEGEND = ' · 🐍 conda package';
const STATUS_RANK: Record<VerdictStatus, number> = { missing: 0, sdist: 1, source: 2, wheel: 3, conda: 3, 'not-needed': 4 };
export const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
const CODE_LABEL: Record<string, string> = {
  'sdist-build': 'source build',
  'no-distribution': 'cannot install',
  'cuda-mismatch': 'CUDA mismatch',
  'driver-floor': 'driver too old',
  'lock-stale': 'stale lock',
  'parse-error': 'unreadable file',
  'unpinned-dependency': 'not pinned',
  'legacy-metadata': 'legacy metadata',
  'no-python-version': 'no .python-version',
  'lock-untracked': 'lock not in git',
  'venv-outside-project': 'venv outside project',
  'target-unsupported': 'target not in the lock',
  'artifact-missing': 'file gone from its index',
  'artifact-yanked': 'yanked release',
  'artifact-unchecked': 'index not reachable',
};
const ORIGIN_LABEL: Record<AxisOrigin, string> = {
  targets: 'the targets list',
  option: 'the command line',
  'this-run': 'this run',
  'tool.lockstep.targets': '`[tool.lockstep] targets`',
  '.python-version': '`.python-version`',
  'requires-python': '`requires-python`',
  'required-environments': '`required-environments`',
  environments: '`[tool.uv] environments`',
  'requires-python-open': 'requires-python has no upper bound',
  'default-platforms': 'no platforms declared',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function codeLabel(code: string): string {
  return CODE_LABEL[code] ?? escapeMarkdown(code);
}

/** A package cell: bold name and version. */
export function packageCell(row: Pick<ProblemRow, 'package' | 'version'>): string {
  if (!row.package) return '*(project)*';
  return `**${escapeMarkdown(row.package)}**${row.version ? ` ${escapeMarkdown(row.version)}` : ''}`;
}

/** The targets cell of a problem row: collapsed, plus "implied" when only implied targets are hit. */
export function targetsCell(row: ProblemRow, targets: readonly Target[]): string {
  if (row.targets.length === 0) {
    // Project-wide: where to look instead of which targets.
    const f = row.findings[0];
    return f?.file ? `${markdownCode(`${f.file}${f.line ? `:${f.line}` : ''}`)}${f.lock && f.lock !== f.file ? ` (${markdownCode(f.lock)})` : ''}` : 'project';
  }
  return `${escapeMarkdown(collapseTargets(row.targets, targets))}${row.provenance === 'implied' ? ' *(implied)*' : ''}`;
}

export function problemTable(rows: readonly ProblemRow[], targets: readonly Target[], max: number): string[] {
  const out = ['| | Package | Problem | Targets |', '|:-:|---|---|---|'];
  const merged = mergeProblemRows(rows);
  for (const { row, packages } of merged.slice(0, max)) {
    // "no .python-version: no .python-version: …" says it twice: the label goes when the text starts with it.
    const label = row.problem.toLowerCase().startsWith(codeLabel(row.code).toLowerCase()) ? '' : `${codeLabel(row.code)}: `;
    let who = packageCell(row);
    if (row.code === 'unpinned-dependency' && packages.length > 1) {
      // One line for every unpinned section; each section is its own finding (and line) in the JSON and annotations.
      const count = packages.reduce((n, r) => n + r.findings.reduce((m, f) => m + (f.related?.length ?? 1), 0), 0);
      const where = packages.map((r) => r.findings[0]?.file && r.findings[0].line ? `${r.findings[0].file}:${r.findings[0].line}` : '').filter(Boolean);
      out.push(`| ${SEVERITY_ICON[row.severity]} | *(project)* | ${codeLabel(row.code)}: ${count} requirements in ${packages.length} sections are not pinned with ${markdownCode('==')}; pin each to what uv.lock resolved (the annotations and the JSON report list them). | ${where.slice(0, 3).map((w) => markdownCode(w)).join(', ')}${where.length > 3 ? ` and ${where.length - 3} more` : ''} |`);
      continue;
    }
    if (packages.length > 1) who = namesWithMore(packages.slice(0, MAX_NAMES_SHOWN).map((r) => `**${escapeMarkdown(r.package!)}**`), packages.length);
    out.push(`| ${SEVERITY_ICON[row.severity]} | ${who} | ${label}${inlineRich(mergedProblemText({ row, packages }))} | ${targetsCell(row, targets)} |`);
  }
  if (merged.length > max) out.push('', `…and ${plural(merged.length - max, 'more problem')} (see the JSON report).`);
  return out;
}

/** "What to do": one line per distinct advice, naming the packages it applies to, snippets as TOML. */
export function adviceLines(rows: readonly ProblemRow[], maxNames = 12): string[] {
  const out: string[] = [];
  for (const { suggestion, rows: group } of groupAdvice(rows)) {
    const names = [...new Set(group.map((r) => r.package).filter((p): p is string => p !== null))];
    const who = names.length === 0 ? '' : `${namesWithMore(names.slice(0, maxNames).map((n) => `**${escapeMarkdown(n)}**`), names.length)}: `;
    const worst = group.reduce((w, r) => (SEVERITY_RANK[r.severity] < SEVERITY_RANK[w] ? r.severity : w), group[0]!.severity);
    out.push(`- ${SEVERITY_ICON[worst]} ${who}${inlineRich(suggestion.text)}`);
    if (suggestion.snippet) out.push('', codeBlock(suggestion.snippet, 'toml').replace(/^/gm, '  '), '');
  }
  return out;
}

function origins(targets: readonly Target[], implied: boolean): string {
  const seen = new Set<string>();
  for (const t of targets) {
    const axes = [t.provenance?.python, t.provenance?.platform].filter((o): o is AxisOrigin => o !== undefined);
    for (const o of axes) if ((o === 'requires-python-open' || o === 'default-platforms') === implied) seen.add(ORIGIN_LABEL[o]);
  }
  return [...seen].join(', ');
}

/** Which targets were declared (and by what) and which only implied. */
export function provenanceLine(targets: readonly Target[]): string {
  const declared = targets.filter((t) => t.provenance?.kind !== 'implied');
  const implied = targets.filter((t) => t.provenance?.kind === 'implied');
  const parts: string[] = [];
  if (declared.length > 0) {
    const by = origins(declared, false);
    parts.push(`**Declared** (${by || 'explicit'}): ${escapeMarkdown(collapseTargets(declared.map((t) => t.id), targets))}`);
  }
  if (implied.length > 0) {
    parts.push(`**Implied** (${origins(implied, true)}; problems only there are warnings): ${escapeMarkdown(collapseTargets(implied.map((t) => t.id), targets))}`);
  }
  return parts.join(' · ');
}

/** Columns of the packages × targets table: one per target when they fit, else grouped by Python or platform. */
interface Layout {
  header: string[];
  /** Per column, the targets a cell shows (in order), or null for "no such pair". */
  columns: (Target | null)[][];
  note: string;
}

function layout(targets: readonly Target[]): Layout {
  if (targets.length <= MAX_COLUMNS) {
    return { header: targets.map((t) => `${pythonTag(t.python)}<br>${escapeMarkdown(platformLabel(t.platform))}${t.cuda ? ` CUDA ${escapeMarkdown(t.cuda)}` : ''}`), columns: targets.map((t) => [t]), note: '' };
  }
  const pythons = [...new Set(targets.map((t) => t.python))];
  const platforms = [...new Set(targets.map((t) => `${t.platform}\u0000${t.cuda ?? ''}`))];
  const byId = new Map(targets.map((t) => [`${t.python}\u0001${t.platform}\u0000${t.cuda ?? ''}`, t]));
  const label = (key: string): string => {
    const [platform = '', cuda = ''] = key.split('\u0000');
    return `${platformLabel(platform)}${cuda ? ` CUDA ${cuda}` : ''}`;
  };
  if (pythons.length <= MAX_COLUMNS && pythons.length <= platforms.length * 2) {
    return {
      header: pythons.map(pythonTag),
      columns: pythons.map((py) => platforms.map((pl) => byId.get(`${py}\u0001${pl}`) ?? null)),
      note: `Each cell: ${escapeMarkdown(platforms.map(label).join(' · '))}.`,
    };
  }
  return {
    header: platforms.map((pl) => escapeMarkdown(label(pl))),
    columns: platforms.map((pl) => pythons.map((py) => byId.get(`${py}\u0001${pl}`) ?? null)),
    note: `Each cell: ${pythons.map(pythonTag).join(' · ')}.`,
  };
}

function cell(p: PackageReport, shown: (Target | null)[]): string {
  return shown.map((t) => (t ? GLYPH[p.verdicts[t.id]?.status ?? 'not-needed'] : '–')).join(' ');
}

function worstStatus(p: PackageReport): number {
  let worst = 4;
  for (const v of Object.values(p.verdicts)) worst = Math.min(worst, STATUS_RANK[v.status]);
  return worst;
}

/** The packages with a problem × targets, fitted to GitHub's width (transposed when that is narrower). */
function problemMatrix(packages: readonly PackageReport[], targets: readonly Target[]): string[] {
  if (packages.length === 0 || targets.length === 0) return [];
  const out: string[] = [];
  const name = (p: PackageReport) => `**${escapeMarkdown(p.name)}** ${escapeMarkdown(p.version)}`;
  if (targets.length > MAX_COLUMNS && packages.length <= MAX_COLUMNS && packages.length < targets.length) {
    // Transposed: a row per target that has a problem; the rest in one line.
    const bad = targets.filter((t) => packages.some((p) => STATUS_RANK[p.verdicts[t.id]?.status ?? 'not-needed'] < 2));
    out.push(`| Target | ${packages.map(name).join(' | ')} |`, `|---|${packages.map(() => ':-:').join('|')}|`);
    for (const t of bad) out.push(`| ${escapeMarkdown(collapseTargets([t.id], targets))} | ${packages.map((p) => GLYPH[p.verdicts[t.id]?.status ?? 'not-needed']).join(' | ')} |`);
    if (bad.length < targets.length) out.push('', `The other ${plural(targets.length - bad.length, 'target')}: no problem for these packages.`);
    return out;
  }
  const l = layout(targets);
  out.push(`| Package | ${l.header.join(' | ')} |`, `|---|${l.header.map(() => ':-:').join('|')}|`);
  for (const p of packages.slice(0, MAX_MATRIX_ROWS)) out.push(`| ${name(p)} | ${l.columns.map((c) => cell(p, c)).join(' | ')} |`);
  if (packages.length > MAX_MATRIX_ROWS) out.push('', `…and ${plural(packages.length - MAX_MATRIX_ROWS, 'more package')} with a problem (full table below).`);
  if (l.note) out.push('', l.note);
  return out;
}

function fullTable(report: CheckReport, order: Map<string, number>, maxRows: number): string[] {
  const needed: { p: PackageReport; rank: number }[] = [];
  for (const p of report.packages) {
    const status = worstStatus(p);
    // A virtual project (`package = false`) is never built or installed: no row saying it is.
    if (status === 4 || p.source.startsWith('virtual+')) continue;
    needed.push({ p, rank: (order.get(p.name) ?? 3) * 10 + status });
  }
  needed.sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name));
  const out = [`| Package | Version | ${report.targets.map((t) => markdownCode(t.id)).join(' | ')} |`, `|---|---|${report.targets.map(() => ':-:').join('|')}|`];
  for (const { p } of needed.slice(0, maxRows)) {
    out.push(`| ${escapeMarkdown(p.name)} | ${escapeMarkdown(p.version)} | ${report.targets.map((t) => GLYPH[p.verdicts[t.id]?.status ?? 'not-needed']).join(' | ')} |`);
  }
  if (needed.length > maxRows) out.push('', `…and ${needed.length - maxRows} more package(s); rows with problems come first, so the rest have fewer or none.`);
  return out;
}

export function renderMarkdown(report: CheckReport, options: MarkdownOptions = {}): string {
  const maxRows = options.maxRows ?? 300;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const f of report.findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const rows = problemRows(report.findings, report);
  const impliedRows = rows.filter((r) => r.provenance === 'implied').length;
  const title = report.project.name ? escapeMarkdown(report.project.name) : 'project';
  out.push(`### lockstep check: ${title}`, '');
  const across = `across ${plural(report.targets.length, 'target')}`;
  const impliedNote = impliedRows > 0 ? ` ${plural(impliedRows, 'problem')} occur${impliedRows === 1 ? 's' : ''} only on implied targets: warnings.` : '';
  out.push(
    errors > 0
      ? `❌ **${errors} error(s)**, ${warnings} warning(s) ${across}.${impliedNote}`
      : `✅ **No errors**; ${warnings} warning(s) ${across}.${impliedNote}`,
    '',
  );
  if (report.targets.some((t) => t.provenance)) out.push(provenanceLine(report.targets), '');

  if (rows.length > 0) {
    out.push(...problemTable(rows, report.targets, options.maxProblems ?? 40), '');
    const advice = adviceLines(rows);
    if (advice.length > 0) out.push('**What to do**', '', ...advice, '');
  }

  // Packages with a per-target problem, worst first (by their worst row), for the fitted table.
  const rank = new Map<string, number>();
  for (const r of rows) if (r.package && r.targets.length > 0 && !rank.has(r.package)) rank.set(r.package, SEVERITY_RANK[r.severity]);
  const problemPackages: PackageReport[] = [];
  for (const p of report.packages) if (rank.has(p.name) || worstStatus(p) < 2) problemPackages.push(p);
  problemPackages.sort((a, b) => (rank.get(a.name) ?? 3) - (rank.get(b.name) ?? 3) || worstStatus(a) - worstStatus(b) || a.name.localeCompare(b.name));
  if (problemPackages.length > 0 && report.targets.length > 0) {
    out.push(`**Packages with a problem** (${problemPackages.length}) × targets`, '', ...problemMatrix(problemPackages, report.targets), '');
  }
  if (report.targets.length > 0 && report.packages.length > 0) {
    out.push(`<details><summary>All packages × ${plural(report.targets.length, 'target')}</summary>`, '', ...fullTable(report, rank, maxRows), '', '</details>', '');
    out.push(`${LEGEND}${report.packages.some((p) => Object.values(p.verdicts).some((v) => v.status === 'conda')) ? CONDA_LEGEND : ''}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Plain-text report for terminals and CI logs, problem first: a per-target summary, then one block per
 * problem as the Markdown report groups them (problems.ts: a package's finding on 8 targets is one
 * block, packages with the same problem, targets and advice share it), each fix said once, errors
 * first. Blocks fit a 100-column terminal; per-target detail is in `--format json`. Everything from the
 * lock or the manifest goes through the terminal neutralisation (no escape sequence, line break or bidi
 * control of a package name reaches the terminal).
 */
import type { Finding } from '../findings.js';
import type { CheckReport, Target, VerdictStatus } from '../matrix/types.js';
import { renderOnlineSummary } from '../online/judge.js';
import { escapeTerminalText, singleLine } from '../security/neutralise.js';
import { MAX_NAMES_SHOWN, mergedProblemText, mergeProblemRows, namesWithMore, problemRows, type MergedProblem } from './problems.js';
import { collapseTargets } from './target-labels.js';

/** Terminal width the blocks are wrapped to. */
export const TEXT_WIDTH = 100;
const INDENT = '    ';

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, notice: 2 };

/** Findings sorted for people: errors first, then by code, package and target. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code) ||
      (a.package ?? '').localeCompare(b.package ?? '') ||
      (a.target ?? '').localeCompare(b.target ?? ''),
  );
}

/** `file:line: ` prefix in the shape compilers use (editors jump to it). */
export function findingLocation(f: Finding): string {
  if (!f.file) return '';
  return `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}: `;
}

function countStatuses(report: CheckReport, targetId: string): Record<VerdictStatus, number> {
  const counts: Record<VerdictStatus, number> = { wheel: 0, sdist: 0, missing: 0, source: 0, conda: 0, 'not-needed': 0 };
  for (const p of report.packages) counts[p.verdicts[targetId]?.status ?? 'not-needed']++;
  return counts;
}

/** One line of untrusted text for a terminal: controls shown as `\uNNNN`, line breaks as spaces. */
function term(text: string): string {
  return singleLine(escapeTerminalText(text));
}

/** Joins words that a wrap must not part ("lxml 5.4.0", "and 5 more"); never in term()'s output. */
const GLUE = '\u0000';

/** `text` word-wrapped to TEXT_WIDTH, continuation lines indented (a word longer than a line stays whole). */
export function wrapText(text: string, indent = INDENT, first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  for (const glued of text.split(' ')) {
    const word = glued.replaceAll(GLUE, ' ');
    if (line.length > 0 && line !== first && line.length + 1 + word.length > TEXT_WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.length === 0 || line === first ? `${line}${word}` : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

function lockNote(f: Finding): string {
  return f.lock && f.lock !== f.file ? `(${term(f.lock)}) ` : '';
}

/**
 * A finding that is not per package and target (stale lock, hygiene, pins, an unsupported target), as
 * before: `file:line: severity code [target] package: message`, its related lines below.
 */
function findingLines(f: Finding): string[] {
  const what = term([f.package, f.version].filter(Boolean).join(' '));
  const [first = '', ...rest] = f.message.split('\n');
  const out = wrapText(term(first), INDENT, `${term(findingLocation(f))}${lockNote(f)}${f.severity} ${f.code}${f.target ? ` [${term(f.target)}]` : ''}${what ? ` ${what}` : ''}: `);
  for (const r of rest) out.push(...wrapText(term(r), INDENT + '  ', INDENT));
  for (const r of f.related ?? []) out.push(...wrapText(term(r.message), INDENT + '  ', `${INDENT}${term(f.file ?? '')}${r.line ? `:${r.line}` : ''}: `));
  return out;
}

/**
 * A per-target problem: `uv.lock:LINE: severity code: packages`, the problem, its targets collapsed,
 * and the fix (or, when an earlier block said the same fix, which one). `fixes` maps each fix said to
 * the packages of the block that said it.
 */
function problemBlock(problem: MergedProblem, targets: readonly Target[], fixes: Map<string, string>): { lines: string[]; cut: number } {
  const { row, packages } = problem;
  const f = row.findings[0]!;
  const shown = packages.slice(0, MAX_NAMES_SHOWN).map((r) => term(`${r.package}${r.version ? ` ${r.version}` : ''}`));
  const names = namesWithMore(shown.map((n) => n.replaceAll(' ', GLUE)), packages.length).replace(/ and (\d+) more$/, `${GLUE}and${GLUE}$1${GLUE}more`);
  const out = wrapText(names, INDENT, `${term(findingLocation(f))}${lockNote(f)}${row.severity} ${row.code}: `);
  out.push(...wrapText(term(mergedProblemText(problem)), INDENT, INDENT));
  const where = term(collapseTargets(row.targets, targets));
  const notes = [where.startsWith('all ') ? '' : `${row.targets.length} target${row.targets.length === 1 ? '' : 's'}`, row.provenance === 'implied' ? 'implied only' : ''].filter(Boolean);
  out.push(...wrapText(`${where}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`, INDENT, `${INDENT}on `));
  if (row.suggestion.text) {
    const key = `${row.suggestion.text}\u0000${row.suggestion.snippet ?? ''}`;
    const said = fixes.get(key);
    if (said !== undefined) out.push(...wrapText(`the same as for ${said} above`, INDENT, `${INDENT}fix: `));
    else {
      fixes.set(key, shown[0]!);
      out.push(...wrapText(term(row.suggestion.text), INDENT, `${INDENT}fix: `));
      for (const l of (row.suggestion.snippet ?? '').split('\n').filter(Boolean)) out.push(`${INDENT}  ${term(l)}`);
    }
  }
  return { lines: out, cut: packages.length - shown.length };
}

export function renderText(report: CheckReport): string {
  const lines: string[] = [];
  const name = term(report.project.name ?? '(unnamed project)');
  lines.push(`${name}${report.project.version ? ` ${term(report.project.version)}` : ''}: ${report.project.packageCount} locked packages, ${report.targets.length} target(s)`);
  for (const t of report.targets) {
    const c = countStatuses(report, t.id);
    const conda = c.conda > 0 ? `${c.conda} conda, ` : '';
    const origin = t.provenance ? ` [${t.provenance.kind}: ${t.provenance.python === t.provenance.platform ? t.provenance.python : `${t.provenance.python} × ${t.provenance.platform}`}]` : '';
    lines.push(`  ${term(t.id)}: ${conda}${c.wheel} wheel, ${c.sdist} sdist, ${c.missing} missing, ${c.source} source, ${c['not-needed']} not needed${origin}`);
  }
  if (report.online) lines.push(renderOnlineSummary(report.online));
  const implied = report.targets.filter((t) => t.provenance?.kind === 'implied').length;
  if (implied > 0) lines.push(`  ${implied} of ${report.targets.length} target(s) are only implied (requires-python without an upper bound, or no platforms declared): problems only there are warnings.`);
  const problems = mergeProblemRows(problemRows(report.findings, report));
  const fixes = new Map<string, string>();
  let cut = 0;
  for (const problem of problems) {
    lines.push('');
    if (problem.row.package !== null && problem.row.targets.length > 0) {
      const block = problemBlock(problem, report.targets, fixes);
      lines.push(...block.lines);
      cut += block.cut;
    } else {
      // Project-wide problems keep a line per finding: each names its own file and line.
      for (const row of problem.packages) for (const f of row.findings) lines.push(...findingLines(f));
    }
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const count = report.findings.length === problems.length ? '' : ` in ${problems.length} problem(s)`;
  lines.push('', `${errors} error(s), ${warnings} warning(s)${count}`);
  if (cut > 0 || count) lines.push(`--format json lists each finding per target${cut > 0 ? `, with the ${cut} package(s) shown as "and N more"` : ''}.`);
  return `${lines.join('\n')}\n`;
}

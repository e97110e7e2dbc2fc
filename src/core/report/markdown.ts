/**
 * Markdown report for job summaries and PR comments: a packages × targets table with the rows that
 * matter first, then findings grouped by code. Everything from the lock is escaped.
 */
import type { Finding } from '../findings.js';
import type { CheckReport, PackageReport, VerdictStatus } from '../matrix/types.js';
import { escapeMarkdown, markdownCode } from './markdown-escape.js';
import { sortFindings } from './text.js';

export interface MarkdownOptions {
  /** Most table rows to show; the rest is summarised in a "N more" line. */
  maxRows?: number;
  /** Most findings to list per code. */
  maxFindingsPerCode?: number;
}

const GLYPH: Record<VerdictStatus, string> = { wheel: '✅', sdist: '🔨', missing: '❌', source: '📦', conda: '🐍', 'not-needed': '·' };
const LEGEND = '✅ wheel · 🔨 builds from sdist · ❌ cannot install · 📦 built from a source tree · `·` not needed';
const CONDA_LEGEND = ' · 🐍 conda package';
const STATUS_RANK: Record<VerdictStatus, number> = { missing: 0, sdist: 1, source: 2, wheel: 3, conda: 3, 'not-needed': 4 };
const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, notice: 2 };

/** Lower = shown first: packages with error findings, then missing/sdist verdicts, then warnings. */
function rowRank(p: PackageReport, worstFinding: Map<string, Finding['severity']>): number {
  const sev = worstFinding.get(p.name);
  const worstStatus = Math.min(4, ...Object.values(p.verdicts).map((v) => STATUS_RANK[v.status]));
  return (sev === undefined ? 3 : SEVERITY_RANK[sev]) * 10 + worstStatus;
}

function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}

function formatFinding(f: Finding, targets: string[]): string {
  const [first = '', ...rest] = f.message.split('\n');
  const what = f.package ? `**${escapeMarkdown(f.package)}**${f.version ? ` ${escapeMarkdown(f.version)}` : ''}` : '';
  const where = f.file ? `(${markdownCode(`${f.file}${f.line ? `:${f.line}` : ''}`)}${f.lock && f.lock !== f.file ? `, ${markdownCode(f.lock)}` : ''})` : '';
  const on = targets.length > 0 ? `on ${targets.map((t) => markdownCode(t)).join(', ')}` : '';
  // Project-wide findings (no package, no target, maybe no file) must not leave stray spaces before the colon.
  let out = `- ${[`**${f.severity}**`, what, on, where].filter(Boolean).join(' ')}: ${escapeMarkdown(first)}`;
  if (rest.length > 0) out += `\n\n${codeBlock(rest.join('\n')).replace(/^/gm, '  ')}\n`;
  return out;
}

export function renderMarkdown(report: CheckReport, options: MarkdownOptions = {}): string {
  const maxRows = options.maxRows ?? 40;
  const maxPerCode = options.maxFindingsPerCode ?? 30;
  const out: string[] = [];
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const title = report.project.name ? escapeMarkdown(report.project.name) : 'project';
  out.push(`### lockstep check: ${title}`, '');
  out.push(
    errors > 0
      ? `❌ **${errors} error(s)**, ${warnings} warning(s) across ${report.targets.length} target(s).`
      : `✅ No errors; ${warnings} warning(s) across ${report.targets.length} target(s).`,
    '',
  );

  const worst = new Map<string, Finding['severity']>();
  for (const f of report.findings) {
    if (!f.package) continue;
    const prev = worst.get(f.package);
    if (prev === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[prev]) worst.set(f.package, f.severity);
  }
  const needed = report.packages.filter((p) => Object.values(p.verdicts).some((v) => v.status !== 'not-needed'));
  const rows = needed
    .map((p) => ({ p, rank: rowRank(p, worst) }))
    .sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name));
  const shown = rows.slice(0, maxRows);

  if (report.targets.length > 0 && shown.length > 0) {
    out.push(`| Package | Version | ${report.targets.map((t) => markdownCode(t.id)).join(' | ')} |`);
    out.push(`|---|---|${report.targets.map(() => ':-:').join('|')}|`);
    for (const { p } of shown) {
      const cells = report.targets.map((t) => GLYPH[p.verdicts[t.id]?.status ?? 'not-needed']);
      out.push(`| ${escapeMarkdown(p.name)} | ${escapeMarkdown(p.version)} | ${cells.join(' | ')} |`);
    }
    out.push('');
    const hidden = rows.length - shown.length;
    if (hidden > 0) out.push(`…and ${hidden} more package(s); rows with problems come first, so the rest have fewer or none.`, '');
    out.push(`${LEGEND}${report.packages.some((p) => Object.values(p.verdicts).some((v) => v.status === 'conda')) ? CONDA_LEGEND : ''}`, '');
  }

  // Findings grouped by code; identical findings on several targets are listed once with their targets.
  const byCode = new Map<string, { finding: Finding; targets: string[] }[]>();
  for (const f of sortFindings(report.findings)) {
    const list = byCode.get(f.code) ?? [];
    const same = list.find((e) => e.finding.package === f.package && e.finding.version === f.version && e.finding.severity === f.severity && e.finding.message === f.message);
    if (same) {
      if (f.target) same.targets.push(f.target);
    } else {
      list.push({ finding: f, targets: f.target ? [f.target] : [] });
    }
    byCode.set(f.code, list);
  }
  const targetOrder = new Map(report.targets.map((t, i) => [t.id, i]));
  for (const [code, entries] of byCode) {
    for (const e of entries) e.targets.sort((a, b) => (targetOrder.get(a) ?? 0) - (targetOrder.get(b) ?? 0));
    out.push(`#### ${markdownCode(code)} (${entries.length})`, '');
    for (const e of entries.slice(0, maxPerCode)) out.push(formatFinding(e.finding, e.targets));
    if (entries.length > maxPerCode) out.push(`- …and ${entries.length - maxPerCode} more (see the JSON report).`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

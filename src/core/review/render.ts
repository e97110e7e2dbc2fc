/**
 * Renderers of a review: the sticky PR comment (Markdown, found again by a hidden marker), plain text for
 * `lockstep diff`, and the `lockstep diff --format json` contract. Everything that comes from a lock or
 * pyproject (names, versions, URLs, messages) is escaped: a PR author chooses those strings.
 */
import type { Finding } from '../findings.js';
import { toJsonReport, type JsonReport } from '../report/json.js';
import { escapeMarkdown, markdownCode } from '../report/markdown-escape.js';
import type { ChangedPackage, LockDiff, LockedPackage } from './lock-diff.js';
import type { Review, ReviewRow } from './review.js';

/** The hidden marker the sticky comment is found by. Never change it: old comments would be orphaned. */
export const REVIEW_MARKER = '<!-- lockstep:review -->';

/** GitHub refuses comment bodies longer than this (422 "body is too long"). */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Most lock-diff lines a comment lists (a re-lock of a big project changes hundreds). */
const MAX_LOCK_DIFF_ROWS = 250;
const MAX_TARGETS_IN_CELL = 6;

// ---- JSON ----------------------------------------------------------------------------------------

export type JsonFinding = JsonReport['findings'][number];

/** `lockstep diff --format json` (schema 1): a stable contract; add keys, never rename or drop one. */
export interface DiffJson {
  schema: 1;
  introduced: JsonFinding[];
  resolved: JsonFinding[];
  lock: {
    added: LockedPackage[];
    removed: LockedPackage[];
    changed: { name: string; from: string; to: string; direction: ChangedPackage['direction']; fromSource: string; toSource: string; environment?: string }[];
  };
}

/** pixi lock diffs are per environment: the key is there only then, so uv diffs keep their shape. */
const envKey = (p: { environment?: string }): { environment?: string } => (p.environment !== undefined ? { environment: p.environment } : {});
/** `torch` or, for a pixi environment, `torch (cuda)`. */
const diffName = (p: { name: string; environment?: string }): string => (p.environment !== undefined ? `${p.name} (${p.environment})` : p.name);

/** Findings projected exactly as `lockstep check --format json` projects them. */
function projectFindings(findings: Finding[]): JsonFinding[] {
  return toJsonReport({
    schema: 1,
    project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 },
    targets: [],
    packages: [],
    findings,
  }).findings;
}

export function toDiffJson(review: Review): DiffJson {
  return {
    schema: 1,
    introduced: projectFindings(review.introduced),
    resolved: projectFindings(review.resolved),
    lock: {
      added: review.lock.added.map((p) => ({ name: p.name, version: p.version, source: p.source, ...envKey(p) })),
      removed: review.lock.removed.map((p) => ({ name: p.name, version: p.version, source: p.source, ...envKey(p) })),
      changed: review.lock.changed.map((c) => ({ name: c.name, from: c.from, to: c.to, direction: c.direction, fromSource: c.fromSource, toSource: c.toSource, ...envKey(c) })),
    },
  };
}

export function renderDiffJson(review: Review): string {
  return `${JSON.stringify(toDiffJson(review), null, 2)}\n`;
}

// ---- text ----------------------------------------------------------------------------------------

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function targetsText(row: ReviewRow, total: number): string {
  if (row.targets.length === 0) return 'project-wide';
  if (row.everyTarget && total > 1) return `all ${total} targets`;
  return row.targets.join(', ');
}

function lockDiffLines(diff: LockDiff): string[] {
  return [
    ...diff.added.map((p) => `+ ${diffName(p)} ${p.version}`),
    ...diff.removed.map((p) => `- ${diffName(p)} ${p.version}`),
    ...diff.changed.map((c) => `~ ${diffName(c)} ${c.from} -> ${c.to} (${c.direction})`),
  ];
}

/** Plain text for a terminal or a CI log. */
export function renderDiffText(review: Review): string {
  const total = review.targets.length;
  const lines: string[] = [];
  const errors = review.errorsIntroduced;
  lines.push(
    review.rows.length === 0
      ? `No new source builds, missing wheels, CUDA mismatches or stale lock (${plural(total, 'target')} checked).`
      : `Introduces ${plural(review.rows.length, 'problem')} (${plural(errors, 'error finding')}) on ${plural(total, 'target')} checked.`,
  );
  const section = (title: string, rows: ReviewRow[], withSuggestion: boolean): void => {
    if (rows.length === 0) return;
    lines.push('', `${title}:`);
    for (const row of rows) {
      const what = row.package ? `${row.package}${row.version ? ` ${row.version}` : ''}` : '(project)';
      lines.push(`  ${row.severity.padEnd(7)} ${row.code.padEnd(15)} ${what} [${targetsText(row, total)}]`);
      lines.push(`          ${row.problem}`);
      if (withSuggestion) {
        lines.push(`          suggestion: ${row.suggestion.text}`);
        if (row.suggestion.snippet) lines.push(...row.suggestion.snippet.split('\n').map((l) => `            ${l}`));
      }
    }
  };
  section('Introduced', review.rows, true);
  if (review.requiredEnvironments) {
    lines.push('', 'Make uv guard the targets (uv lock fails when a wheel-only package has no wheel for one):');
    lines.push(...review.requiredEnvironments.split('\n').map((l) => `  ${l}`));
  }
  section('Resolved', review.resolvedRows, false);
  const diff = lockDiffLines(review.lock);
  lines.push('', diff.length === 0 ? 'Lock: no package changes.' : 'Lock:', ...diff.map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

// ---- Markdown (the sticky comment and the job summary) ---------------------------------------------

/**
 * Inline Markdown for text that mixes prose with `code` spans and URLs (suggestions): code spans and URLs
 * become safe code spans (shown verbatim, never links), the rest is escaped.
 */
function inlineRich(text: string): string {
  const out: string[] = [];
  const parts = text.split(/(`[^`\n]+`)/);
  for (const part of parts) {
    if (/^`[^`\n]+`$/.test(part)) {
      out.push(markdownCode(part.slice(1, -1)));
      continue;
    }
    for (const piece of part.split(/(https?:\/\/[^\s)]+[^\s).,;:])/)) {
      out.push(/^https?:\/\//.test(piece) ? markdownCode(piece) : escapeMarkdown(piece));
    }
  }
  return out.join('');
}

function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

function targetsCell(row: ReviewRow, total: number): string {
  if (row.targets.length === 0) return 'all (project-wide)';
  if (row.everyTarget && total > 1) return `all ${total} targets`;
  const shown = row.targets.slice(0, MAX_TARGETS_IN_CELL).map((t) => markdownCode(t));
  const more = row.targets.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;
const CODE_LABEL: Record<string, string> = {
  'sdist-build': 'source build',
  'no-distribution': 'cannot install',
  'cuda-mismatch': 'CUDA mismatch',
  'lock-stale': 'stale lock',
  'parse-error': 'unreadable file',
  'artifact-missing': 'file gone from its index',
  'artifact-yanked': 'yanked release',
};

function packageCell(row: ReviewRow): string {
  return row.package ? `**${escapeMarkdown(row.package)}**` : '*(project)*';
}

function tableRow(row: ReviewRow, total: number, index: number): string {
  const problem = `${SEVERITY_ICON[row.severity]} ${CODE_LABEL[row.code] ?? escapeMarkdown(row.code)}: ${escapeMarkdown(row.problem)}`;
  const suggestion = `${inlineRich(row.suggestion.text)}${row.suggestion.snippet ? ` (snippet ${index} below)` : ''}`;
  return `| ${packageCell(row)} | ${row.version ? escapeMarkdown(row.version) : ''} | ${targetsCell(row, total)} | ${problem} | ${suggestion} |`;
}

function lockDiffTable(diff: LockDiff, maxRows: number): string[] {
  const rows: string[] = [
    ...diff.added.map((p) => `| ➕ added | ${escapeMarkdown(diffName(p))} | | ${escapeMarkdown(p.version)} |`),
    ...diff.removed.map((p) => `| ➖ removed | ${escapeMarkdown(diffName(p))} | ${escapeMarkdown(p.version)} | |`),
    ...diff.changed.map((c) => {
      const icon = c.direction === 'upgraded' ? '⬆️ upgraded' : c.direction === 'downgraded' ? '⬇️ downgraded' : '🔁 source changed';
      return `| ${icon} | ${escapeMarkdown(diffName(c))} | ${escapeMarkdown(c.from)} | ${escapeMarkdown(c.to)} |`;
    }),
  ];
  if (rows.length === 0) return [`No package was added, removed or changed in ${diff.lockNames ?? 'uv.lock'}.`];
  const shown = rows.slice(0, maxRows);
  const out = ['| Change | Package | Base | Head |', '|---|---|---|---|', ...shown];
  if (rows.length > shown.length) out.push('', `…and ${rows.length - shown.length} more changes.`);
  return out;
}

function diffSummary(diff: LockDiff): string {
  const up = diff.changed.filter((c) => c.direction === 'upgraded').length;
  const down = diff.changed.filter((c) => c.direction === 'downgraded').length;
  const other = diff.changed.length - up - down;
  return `${diff.added.length} added, ${diff.removed.length} removed, ${up} upgraded, ${down} downgraded${other > 0 ? `, ${other} source changed` : ''}`;
}

export interface CommentOptions {
  /** A lockstep comment exists on the PR already: with nothing introduced, say "all fixed". */
  previouslyReported?: boolean;
  /** The head commit the review is for (shown shortened). */
  headSha?: string | null;
  /** Most characters (default GitHub's comment limit). The full report belongs in the job summary. */
  maxChars?: number;
  /** Include the hidden marker (default true; the job summary leaves it out). */
  marker?: boolean;
  /** Where the full report is when the comment had to be cut (default: the run's job summary). */
  fullReportHint?: string;
  /** Most lock-diff rows listed (default 250). */
  maxLockDiffRows?: number;
}

function verdictLine(review: Review, previouslyReported: boolean): string {
  if (review.rows.length === 0) {
    const resolved = review.resolvedRows.length > 0 ? ` It also resolves ${plural(review.resolvedRows.length, 'problem')} the base had.` : '';
    return previouslyReported
      ? `✅ **All fixed**: this pull request no longer introduces source builds, missing wheels, CUDA mismatches or a stale lock.${resolved}`
      : `✅ **Nothing introduced**: no new source builds, missing wheels, CUDA mismatches or stale lock.${resolved}`;
  }
  const errors = review.rows.filter((r) => r.severity === 'error').length;
  const icon = errors > 0 ? '❌' : '⚠️';
  const kinds = [...new Set(review.rows.map((r) => CODE_LABEL[r.code] ?? r.code))].join(', ');
  return `${icon} **This pull request introduces ${plural(review.rows.length, 'problem')}** (${errors > 0 ? plural(errors, 'error') : 'warnings only'}): ${kinds}.`;
}

interface Cut {
  rows: number;
  lockDiffRows: number;
  snippets: boolean;
}

function renderWith(review: Review, options: CommentOptions, cut: Cut | null): string {
  const total = review.targets.length;
  const parts: string[] = [];
  if (options.marker !== false) parts.push(REVIEW_MARKER);
  parts.push('### lockstep review', '', verdictLine(review, options.previouslyReported ?? false));
  const rows = cut ? review.rows.slice(0, cut.rows) : review.rows;
  if (review.rows.length > 0) {
    parts.push('', '| Package | Version | Targets | Problem | Suggestion |', '|---|---|---|---|---|');
    rows.forEach((row, i) => parts.push(tableRow(row, total, i + 1)));
    if (rows.length < review.rows.length) parts.push('', `…and ${plural(review.rows.length - rows.length, 'more problem')} (see the full report).`);
    const withSnippets = rows.map((row, i) => [row, i + 1] as const).filter(([row]) => row.suggestion.snippet);
    if (withSnippets.length > 0 && (cut?.snippets ?? true)) {
      parts.push('');
      for (const [row, i] of withSnippets) {
        parts.push(`**${i}. ${row.package ? escapeMarkdown(row.package) : 'project'}**`, '', codeBlock(row.suggestion.snippet!, 'toml'), '');
      }
    }
    if (review.requiredEnvironments) {
      parts.push(
        '',
        'To make uv itself guard these targets, list them in pyproject.toml: `uv lock` then fails when a package that ships wheels only has none for one of them, instead of the install failing later.',
        '',
        codeBlock(review.requiredEnvironments, 'toml'),
      );
    }
  }
  if (review.resolvedRows.length > 0) {
    parts.push('', `**Resolved by this pull request** (${plural(review.resolvedRows.length, 'problem')} the base had):`, '');
    for (const row of review.resolvedRows.slice(0, cut ? cut.rows : undefined)) {
      parts.push(`- ${packageCell(row)}${row.version ? ` ${escapeMarkdown(row.version)}` : ''} (${targetsCell(row, total)}): ${CODE_LABEL[row.code] ?? escapeMarkdown(row.code)}`);
    }
  }
  const lockRows = cut ? cut.lockDiffRows : (options.maxLockDiffRows ?? MAX_LOCK_DIFF_ROWS);
  parts.push('', `<details><summary>Lock diff: ${diffSummary(review.lock)}</summary>`, '');
  if (lockRows > 0) parts.push(...lockDiffTable(review.lock, lockRows));
  else parts.push(`Left out to fit GitHub's comment size limit: ${options.fullReportHint ?? 'see the job summary of this run'}.`);
  parts.push('', '</details>');
  const checked = `${plural(total, 'target')} checked: ${review.targets.map((t) => markdownCode(t.id)).slice(0, 12).join(', ')}${total > 12 ? ', …' : ''}`;
  const at = options.headSha ? ` at ${markdownCode(options.headSha.slice(0, 7))}` : '';
  parts.push('', `<sub>${checked}${at}. This comment is updated on every push.</sub>`);
  if (cut) {
    parts.push('', `> [!NOTE]\n> This comment was cut to fit GitHub's ${GITHUB_COMMENT_LIMIT}-character limit; the full report is in ${options.fullReportHint ?? 'the job summary of this run'}.`);
  }
  return `${parts.join('\n')}\n`;
}

/**
 * The sticky PR comment. When it would pass `maxChars` it is cut — first the lock diff, then the snippets,
 * then table rows — with a note that the full report is in the job summary.
 */
export function renderReviewComment(review: Review, options: CommentOptions = {}): string {
  const limit = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const full = renderWith(review, options, null);
  if (full.length <= limit) return full;
  let cut: Cut = { rows: review.rows.length, lockDiffRows: 0, snippets: true };
  let body = renderWith(review, options, cut);
  if (body.length > limit) body = renderWith(review, options, (cut = { ...cut, snippets: false }));
  // Halve the rows until it fits, then grow back one by one is not worth it: halving keeps most rows.
  while (body.length > limit && cut.rows > 0) {
    cut = { ...cut, rows: Math.floor(cut.rows / 2) };
    body = renderWith(review, options, cut);
  }
  // Nothing left to drop but the text itself (absurdly long names): hard cut, keeping the marker.
  return body.length <= limit ? body : `${body.slice(0, limit - 200)}\n\n…(cut to fit GitHub's comment size limit)\n`;
}

/** The job-summary version: the same report, never cut, without the hidden marker. */
export function renderReviewSummary(review: Review, options: Omit<CommentOptions, 'maxChars' | 'marker'> = {}): string {
  return renderWith(review, { maxLockDiffRows: 10_000, ...options, marker: false }, null).replace(' This comment is updated on every push.', '');
}

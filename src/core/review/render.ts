/**
 * Renderers of a review: the sticky PR comment (Markdown, found again by a hidden marker), plain text for
 * `lockstep diff`, and the `lockstep diff --format json` contract. Everything that comes from a lock or
 * pyproject (names, versions, URLs, messages) is escaped: a PR author chooses those strings.
 */
import type { Finding } from '../findings.js';
import type { Target } from '../matrix/types.js';
import { toJsonReport, type JsonReport } from '../report/json.js';
import { adviceLines, codeLabel, packageCell, problemTable, SEVERITY_ICON } from '../report/markdown.js';
import { codeBlock, escapeMarkdown, markdownCode } from '../report/markdown-escape.js';
import { collapseTargets, platformLabel, pythonTag } from '../report/target-labels.js';
import type { ChangedPackage, LockDiff, LockedPackage } from './lock-diff.js';
import type { Review, ReviewRow } from './review.js';

/** The hidden marker the sticky comment is found by. Never change it: old comments would be orphaned. */
export const REVIEW_MARKER = '<!-- lockstep:review -->';

/** GitHub refuses comment bodies longer than this (422 "body is too long"). */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Most lock-diff lines a comment lists (a re-lock of a big project changes hundreds). */
const MAX_LOCK_DIFF_ROWS = 250;

// ---- JSON ----------------------------------------------------------------------------------------

export type JsonFinding = JsonReport['findings'][number];

/** `lockstep diff --format json` (schema 1): a stable contract; add keys, never rename or drop one. */
export interface DiffJson {
  schema: 1;
  introduced: JsonFinding[];
  resolved: JsonFinding[];
  /** Problems on both sides whose package moved version: neither introduced nor resolved. */
  stillFailing: { code: string; severity: string; package: string | null; from: string | null; to: string | null; targets: string[] }[];
  /** Targets only one side checks; `requiresPython` when it changed (null otherwise). */
  targets: { added: string[]; removed: string[]; requiresPython: { base: string | null; head: string | null } | null };
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
    stillFailing: review.stillFailing.map((m) => ({ code: m.finding.code, severity: m.finding.severity, package: m.finding.package ?? null, from: m.from, to: m.to, targets: m.targets })),
    targets: review.targetChanges,
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

function targetsText(row: Pick<ReviewRow, 'targets'>, targets: readonly Target[]): string {
  return collapseTargets(row.targets, targets);
}

/** "requires-python changed (>=3.10,<3.12 → ==3.12.*): now also cp312 …; no longer cp310 …", or null. */
function targetChangeText(review: Review): string | null {
  const { added, removed, requiresPython } = review.targetChanges;
  if (added.length === 0 && removed.length === 0) return null;
  const pick = (all: readonly Target[], ids: string[]): Target[] => {
    const wanted = new Set(ids);
    return all.filter((t) => wanted.has(t.id));
  };
  const why = requiresPython ? `requires-python changed (${requiresPython.base ?? 'unset'} → ${requiresPython.head ?? 'unset'})` : "the lock's supported environments changed";
  const parts = [
    added.length > 0 ? `now also checked: ${targetsSummary(pick(review.targets, added))}` : '',
    removed.length > 0 ? `no longer checked: ${targetsSummary(pick(review.baseTargets, removed))}` : '',
  ].filter(Boolean);
  return `Targets changed because ${why}: ${parts.join('; ')}. A problem the base had on the same platform (or anywhere, for a new platform) is not counted as introduced.`;
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
  const targets = review.targets;
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
      lines.push(`  ${row.severity.padEnd(7)} ${row.code.padEnd(15)} ${what} [${targetsText(row, targets)}]`);
      lines.push(`          ${row.problem}`);
      if (withSuggestion) {
        lines.push(`          suggestion: ${row.suggestion.text}`);
        if (row.suggestion.snippet) lines.push(...row.suggestion.snippet.split('\n').map((l) => `            ${l}`));
      }
    }
  };
  const changed = targetChangeText(review);
  if (changed) lines.push('', changed);
  section('Introduced', review.rows, true);
  if (review.stillFailing.length > 0) {
    lines.push('', 'Still failing (version moved; not introduced by this change):');
    for (const m of review.stillFailing) {
      lines.push(`  ${m.finding.severity.padEnd(7)} ${m.finding.code.padEnd(15)} ${m.finding.package ?? '(project)'} ${m.from ?? '?'} -> ${m.to ?? '?'} [${collapseTargets(m.targets, targets)}]`);
    }
  }
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

/** `cp312 × Linux x86_64, macOS arm64`, or the target list when the pairs are not a full product. */
function targetsSummary(targets: readonly Target[]): string {
  const pythons = [...new Set(targets.map((t) => pythonTag(t.python)))];
  const platforms = [...new Set(targets.map((t) => `${platformLabel(t.platform)}${t.cuda ? ` CUDA ${t.cuda}` : ''}`))];
  if (pythons.length * platforms.length === targets.length) return `${pythons.join(', ')} × ${platforms.join(', ')}`;
  return targets.map((t) => t.id).join(', ');
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
  /** The review ran from a uv workspace member: named under the heading, with the root whose uv.lock was checked. */
  scope?: { member: string; workspaceRoot: string };
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
  const kinds = [...new Set(review.rows.map((r) => codeLabel(r.code)))].join(', ');
  return `${icon} **This pull request introduces ${plural(review.rows.length, 'problem')}** (${errors > 0 ? plural(errors, 'error') : 'warnings only'}): ${kinds}.`;
}

interface Cut {
  rows: number;
  lockDiffRows: number;
  snippets: boolean;
}

function renderWith(review: Review, options: CommentOptions, cut: Cut | null): string {
  const total = review.targets.length;
  const targets: readonly Target[] = review.targets;
  const parts: string[] = [];
  if (options.marker !== false) parts.push(REVIEW_MARKER);
  parts.push('### lockstep review', '');
  if (options.scope) {
    const root = options.scope.workspaceRoot || '.';
    parts.push(`Workspace member ${markdownCode(options.scope.member)}: the workspace's ${markdownCode(root === '.' ? 'uv.lock' : `${root}/uv.lock`)} and every member's pyproject.toml were checked.`, '');
  }
  parts.push(verdictLine(review, options.previouslyReported ?? false));
  const changed = targetChangeText(review);
  if (changed) parts.push('', escapeMarkdown(changed));
  const rows = cut ? review.rows.slice(0, cut.rows) : review.rows;
  if (review.rows.length > 0) {
    parts.push('', ...problemTable(rows, targets, rows.length));
    if (rows.length < review.rows.length) parts.push('', `…and ${plural(review.rows.length - rows.length, 'more problem')} (see the full report).`);
    const advice = adviceLines(cut?.snippets === false ? rows.map((r) => ({ ...r, suggestion: { text: r.suggestion.text } })) : rows);
    if (advice.length > 0) parts.push('', '**What to do**', '', ...advice);
    if (review.requiredEnvironments) {
      parts.push(
        '',
        'To make uv itself guard these targets, list them in pyproject.toml: `uv lock` then fails when a package that ships wheels only has none for one of them, instead of the install failing later.',
        '',
        codeBlock(review.requiredEnvironments, 'toml'),
      );
    }
  }
  if (review.stillFailing.length > 0) {
    parts.push('', `**Still failing, version moved** (${plural(review.stillFailing.length, 'problem')} the base had too; not introduced here):`, '');
    for (const m of review.stillFailing.slice(0, cut ? cut.rows : undefined)) {
      const pkg = packageCell({ package: m.finding.package ?? null, version: null });
      parts.push(`- ${SEVERITY_ICON[m.finding.severity]} ${pkg} ${escapeMarkdown(m.from ?? '?')} → ${escapeMarkdown(m.to ?? '?')}: ${codeLabel(m.finding.code)} (${escapeMarkdown(collapseTargets(m.targets, targets))})`);
    }
  }
  if (review.resolvedRows.length > 0) {
    parts.push('', `**Resolved by this pull request** (${plural(review.resolvedRows.length, 'problem')} the base had):`, '');
    for (const row of review.resolvedRows.slice(0, cut ? cut.rows : undefined)) {
      parts.push(`- ${packageCell(row)} (${escapeMarkdown(collapseTargets(row.targets, review.baseTargets))}): ${codeLabel(row.code)}`);
    }
  }
  const lockRows = cut ? cut.lockDiffRows : (options.maxLockDiffRows ?? MAX_LOCK_DIFF_ROWS);
  parts.push('', `<details><summary>Lock diff: ${diffSummary(review.lock)}</summary>`, '');
  if (lockRows > 0) parts.push(...lockDiffTable(review.lock, lockRows));
  else parts.push(`Left out to fit GitHub's comment size limit: ${options.fullReportHint ?? 'see the job summary of this run'}.`);
  parts.push('', '</details>');
  const checked = `${plural(total, 'target')} checked: ${escapeMarkdown(targetsSummary(targets))}`;
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
  if (body.length > limit && cut.rows > 0) {
    // Rows cost about the same each: estimate how many fit from one render without any, then shrink by
    // a tenth until it fits. A constant number of renders keeps a huge review linear.
    const bare = renderWith(review, options, { ...cut, rows: 0 }).length;
    const perRow = Math.max(1, (body.length - bare) / cut.rows);
    cut = { ...cut, rows: Math.max(0, Math.min(cut.rows, Math.floor((limit - bare) / perRow))) };
    body = renderWith(review, options, cut);
    while (body.length > limit && cut.rows > 0) {
      cut = { ...cut, rows: Math.floor(cut.rows * 0.9) };
      body = renderWith(review, options, cut);
    }
  }
  // Nothing left to drop but the text itself (absurdly long names): hard cut, keeping the marker.
  return body.length <= limit ? body : `${body.slice(0, limit - 200)}\n\n…(cut to fit GitHub's comment size limit)\n`;
}

/** The job-summary version: the same report, never cut, without the hidden marker. */
export function renderReviewSummary(review: Review, options: Omit<CommentOptions, 'maxChars' | 'marker'> = {}): string {
  return renderWith(review, { maxLockDiffRows: 10_000, ...options, marker: false }, null).replace(' This comment is updated on every push.', '');
}

import { showBidiControls } from '../report/markdown-escape.js';

/** One row of the job summary: a step, what it did, how long it took. */
export interface StepRow {
  step: string;
  detail: string;
  durationMs: number;
  outcome: 'done' | 'skipped' | 'failed';
}

/** `0.42 s`, `12.3 s`, `2 min 5 s`: readable at a glance in the summary table. */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/**
 * Escapes text for a Markdown table cell: pipes, HTML, emphasis and `$` math characters, bidi controls
 * (shown as `U+202E`), newlines (kept apart with `<br>`).
 */
export function escapeMarkdownCell(text: string): string {
  return showBidiControls(
    text
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '\\|')
      .replace(/([*_`[\]$])/g, '\\$1')
      .replace(/\r?\n/g, '<br>'),
  );
}

const OUTCOME_MARK: Record<StepRow['outcome'], string> = { done: '✅', skipped: '⏭️', failed: '❌' };

/** The summary as Markdown: a heading and one table row per step. */
export function renderSetupSummary(rows: readonly StepRow[], title = 'lockstep setup'): string {
  const lines = [`### ${escapeMarkdownCell(title)}`, '', '| Step | Result | Time |', '| --- | --- | ---: |'];
  for (const row of rows) {
    lines.push(
      `| ${OUTCOME_MARK[row.outcome]} ${escapeMarkdownCell(row.step)} | ${escapeMarkdownCell(row.detail)} | ${formatDuration(row.durationMs)} |`,
    );
  }
  const total = rows.reduce((sum, r) => sum + r.durationMs, 0);
  lines.push(`| **Total** | | ${formatDuration(total)} |`, '');
  return lines.join('\n');
}

/** A short form of the lock-check outcome, as the `lock-status` output spells it. */
export type LockStatus = 'up-to-date' | 'stale' | 'missing';

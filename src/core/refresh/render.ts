/**
 * The refresh as JSON (`lockstep refresh --format json` and the action's `changes` output), text
 * (terminal) and Markdown (job summary and PR body). Names and versions come from uv.lock: escaped.
 *
 * JSON, schema 1 (a contract: fields are only ever added):
 *   { "schema": 1, "changes": [{ "name", "from", "to" }], "held": [{ "name", "version", "reason" }] }
 *   changes: every locked package whose version moved, by name; `from` null = added, `to` null = removed.
 *   held: upgrades kept out because verification failed with them; `version` is the version kept.
 */
import { compareVersions } from '../pep/version.js';
import { escapeMarkdown, markdownCode } from '../report/markdown-escape.js';
import type { LockDiff } from '../review/lock-diff.js';
import type { HeldPackage, RefreshChange, RefreshOutcome } from './types.js';

export interface RefreshJson {
  schema: 1;
  changes: RefreshChange[];
  held: { name: string; version: string; reason: string }[];
}

type Kind = 'added' | 'removed' | 'upgraded' | 'downgraded' | 'changed';
interface Row extends RefreshChange {
  kind: Kind;
}

/** Every moved package, by name (a forked package that gained and lost versions gives one row each). */
function rows(diff: LockDiff): Row[] {
  const out: Row[] = [
    ...diff.changed.map((c) => ({ name: c.name, from: c.from, to: c.to, kind: c.direction as Kind })),
    ...diff.added.map((a) => ({ name: a.name, from: null, to: a.version, kind: 'added' as const })),
    ...diff.removed.map((r) => ({ name: r.name, from: r.version, to: null, kind: 'removed' as const })),
  ];
  return out.sort((a, b) => a.name.localeCompare(b.name) || compareVersions(a.from ?? a.to ?? '0', b.from ?? b.to ?? '0'));
}

export function refreshChanges(diff: LockDiff): RefreshChange[] {
  return rows(diff).map(({ name, from, to }) => ({ name, from, to }));
}

export function toRefreshJson(outcome: Pick<RefreshOutcome, 'diff' | 'held'>): RefreshJson {
  return {
    schema: 1,
    changes: refreshChanges(outcome.diff),
    held: outcome.held.map((h) => ({ name: h.name, version: h.version, reason: h.reason })),
  };
}

export function renderRefreshJson(outcome: Pick<RefreshOutcome, 'diff' | 'held'>): string {
  return `${JSON.stringify(toRefreshJson(outcome), null, 2)}\n`;
}

export function renderRefreshText(outcome: Pick<RefreshOutcome, 'diff' | 'held'>): string {
  const lines = rows(outcome.diff).map((r) => `${r.name} ${r.from ?? '(new)'} -> ${r.to ?? '(removed)'}  ${r.kind}`);
  for (const h of outcome.held) lines.push(`held: ${h.name} stays at ${h.version}${h.wanted ? ` (not ${h.wanted})` : ''}: ${h.reason}`);
  lines.push(`${lines.length - outcome.held.length} locked package(s) change, ${outcome.held.length} held back.`);
  return `${lines.join('\n')}\n`;
}

/** Finds the bot's PR (with its branch), and records what it proposes so a PR closed unmerged is not reopened. */
export const REFRESH_MARKER = '<!-- lockstep:refresh -->';

export function refreshKey(outcome: Pick<RefreshOutcome, 'diff'>): string {
  return refreshChanges(outcome.diff)
    .map((c) => `${c.name}==${c.to ?? 'removed'}`)
    .join(',');
}

export function proposedRefresh(body: string): string | null {
  return /<!-- lockstep:refresh-versions (\S*) -->/.exec(body)?.[1] ?? null;
}

export function refreshTitle(outcome: Pick<RefreshOutcome, 'diff'>): string {
  const n = rows(outcome.diff).length;
  return n === 1 ? `Refresh uv.lock (${rows(outcome.diff)[0]!.name})` : `Refresh uv.lock (${n} packages)`;
}

const cell = (text: string) => escapeMarkdown(text);

export interface RefreshMarkdownOptions {
  dryRun?: boolean;
  /** The lock file as the repository names it (`proj/uv.lock`). */
  lockFile?: string;
}

export function renderRefreshMarkdown(outcome: RefreshOutcome, options: RefreshMarkdownOptions = {}): string {
  const lockFile = options.lockFile ?? 'uv.lock';
  const table = rows(outcome.diff);
  const out: string[] = [REFRESH_MARKER, `<!-- lockstep:refresh-versions ${refreshKey(outcome).replace(/-->/g, '')} -->`, ''];
  out.push(options.dryRun ? '## lockstep refresh (dry run: nothing was changed)' : '## lockstep refresh', '');
  if (table.length === 0) out.push(`Every package in ${markdownCode(lockFile)} is at its newest allowed version.`, '');
  else {
    out.push(`${table.length} locked package(s) in ${markdownCode(lockFile)} move; the pins in ${markdownCode('pyproject.toml')} are unchanged.`, '');
    out.push('| Package | Change | From | To |', '|---|---|---|---|');
    for (const r of table) out.push(`| ${cell(r.name)} | ${r.kind} | ${r.from === null ? '—' : cell(r.from)} | ${r.to === null ? '—' : cell(r.to)} |`);
    out.push('');
  }
  const v = outcome.verification;
  out.push('### Verification', '');
  if (v.lockCommands.length > 0) out.push(`Re-locked with ${v.lockCommands.map((c) => markdownCode(c)).join(', ')}${outcome.cooldown ? ` (${cell(outcome.cooldown)})` : ''}, then checked with the lock engine:`, '');
  out.push('| Target | Result |', '|---|---|');
  for (const t of v.targets) out.push(`| ${markdownCode(t.target)} | ${t.ok ? '✅' : '⚠️'} ${cell(t.detail)} |`);
  out.push('');
  if (outcome.held.length > 0) out.push(...renderHeld(outcome.held));
  return out.join('\n');
}

function renderHeld(held: readonly HeldPackage[]): string[] {
  const out = ['### Held back', '', 'These upgrades broke verification, so the packages stay at their old versions; the rest of the refresh goes ahead.', ''];
  for (const h of held) out.push(`- **${cell(h.name)}** stays at ${cell(h.version)}${h.wanted ? ` (not ${cell(h.wanted)})` : ''}: ${cell(h.reason)}`);
  out.push('');
  return out;
}

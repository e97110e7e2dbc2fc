/**
 * The plan as text (terminal), JSON (`lockstep bump --format json`, schema 1) and Markdown (the job
 * summary and the PR body). Names and versions come from pyproject.toml and the index: escaped.
 *
 * JSON, schema 1 (a contract: fields are only ever added):
 *   { "schema": 1, "bumps": [{ "name", "from", "to", "group", "file", "line", "status", "reason" }] }
 *   status: "planned" (dry run: would move), "applied" (moved, re-locked and verified), "dropped"
 *   (ignored by config or failed verification; `reason` says which), "current" (nothing newer usable;
 *   `reason` set when it is not simply the newest, e.g. a git source or not on the index).
 */
import { escapeMarkdown, markdownCode } from '../report/markdown-escape.js';
import { splitLocal } from '../pep/version.js';
import type { BumpPlan, PlannedBump, Verification } from './types.js';

export interface PlanJson {
  schema: 1;
  bumps: { name: string; from: string; to: string; group: string; file: string; line: number; status: PlannedBump['status']; reason: string | null }[];
}

export function toPlanJson(plan: BumpPlan): PlanJson {
  return {
    schema: 1,
    bumps: plan.bumps.map((b) => ({ name: b.name, from: b.from, to: b.to, group: b.group, file: b.file, line: b.line, status: b.status, reason: b.reason })),
  };
}

export function renderPlanJson(plan: BumpPlan): string {
  return `${JSON.stringify(toPlanJson(plan), null, 2)}\n`;
}

export function renderPlanText(plan: BumpPlan): string {
  const moving = plan.bumps.filter((b) => b.status === 'planned' || b.status === 'applied');
  const lines: string[] = [];
  for (const b of plan.bumps) {
    const arrow = b.status === 'current' ? `${b.from} (current)` : `${b.from} -> ${b.to}`;
    const extra = [b.status !== 'current' ? b.status : '', b.reason ?? '', ...b.notes.map((n) => `skipped ${n}`)].filter(Boolean).join('; ');
    lines.push(`${b.file}:${b.line}: ${b.name} ${arrow} [${b.group}]${extra ? `  ${extra}` : ''}`);
  }
  lines.push(`${moving.length} of ${plan.bumps.length} pin(s) ${moving.some((b) => b.status === 'applied') ? 'bumped' : 'to bump'}, ${plan.bumps.filter((b) => b.status === 'dropped').length} dropped.`);
  return `${lines.join('\n')}\n`;
}

/** Release notes: a known changelog, else the PyPI release page when the version came from PyPI. */
const CHANGELOGS: Record<string, (v: string) => string> = {
  torch: (v) => `https://github.com/pytorch/pytorch/releases/tag/v${v}`,
  torchvision: (v) => `https://github.com/pytorch/vision/releases/tag/v${v}`,
  torchaudio: (v) => `https://github.com/pytorch/audio/releases/tag/v${v}`,
  numpy: (v) => `https://numpy.org/doc/stable/release/${v}-notes.html`,
  transformers: (v) => `https://github.com/huggingface/transformers/releases/tag/v${v}`,
  jax: () => 'https://docs.jax.dev/en/latest/changelog.html',
  jaxlib: () => 'https://docs.jax.dev/en/latest/changelog.html',
  vllm: (v) => `https://github.com/vllm-project/vllm/releases/tag/v${v}`,
  'flash-attn': (v) => `https://github.com/Dao-AILab/flash-attention/releases/tag/v${v}`,
};

export function releaseNotesUrl(bump: PlannedBump): string | null {
  const pub = splitLocal(bump.to).public;
  const known = CHANGELOGS[bump.normalizedName];
  if (known) return known(pub);
  if (bump.indexes.some((u) => /^https:\/\/pypi\.org\/simple\/?$/.test(u))) return `https://pypi.org/project/${encodeURIComponent(bump.normalizedName)}/${encodeURIComponent(pub)}/`;
  return null;
}

/** The marker that finds the bot's PR (with its branch), and the line that records which versions it proposes. */
export const BUMP_MARKER = '<!-- lockstep:bump -->';
export function versionsKey(bumps: readonly PlannedBump[]): string {
  return [...new Set(bumps.map((b) => `${b.normalizedName}==${b.to}`))].sort().join(',');
}
export function versionsMarker(bumps: readonly PlannedBump[]): string {
  return `<!-- lockstep:bump-versions ${versionsKey(bumps).replace(/-->/g, '')} -->`;
}
/** The versions a PR body proposed (from its marker), or null. */
export function proposedVersions(body: string): string | null {
  return /<!-- lockstep:bump-versions (\S*) -->/.exec(body)?.[1] ?? null;
}

export interface MarkdownPlanOptions {
  /** Only these groups' bumps (one PR per group); default every group. */
  groups?: readonly string[];
  verification?: Verification | null;
  /** Dry-run summaries say so. */
  dryRun?: boolean;
}

export function pullRequestTitle(bumps: readonly PlannedBump[], group?: string): string {
  const names = [...new Set(bumps.map((b) => b.name))];
  if (names.length === 1) return `Bump ${names[0]} to ${bumps.find((b) => b.name === names[0])!.to}`;
  return group ? `Bump the ${group} group (${names.length} packages)` : `Bump ${names.length} pinned dependencies`;
}

const cell = (text: string) => escapeMarkdown(text);

export function renderPlanMarkdown(plan: BumpPlan, options: MarkdownPlanOptions = {}): string {
  const inScope = (b: PlannedBump) => !options.groups || options.groups.includes(b.group);
  const moving = plan.bumps.filter((b) => inScope(b) && (b.status === 'planned' || b.status === 'applied'));
  const dropped = plan.bumps.filter((b) => inScope(b) && b.status === 'dropped');
  const current = plan.bumps.filter((b) => inScope(b) && b.status === 'current');
  const out: string[] = [BUMP_MARKER, versionsMarker(moving), ''];
  out.push(options.dryRun ? '## lockstep bump (dry run: nothing was changed)' : '## lockstep bump', '');
  if (moving.length === 0) out.push('No pin has a newer usable release.', '');
  else {
    // A workspace's pins live in the root's and the members' pyproject.toml: name every file the PR edits.
    const files = [...new Set(moving.map((b) => b.file))];
    const where = files.length === 1 ? markdownCode(files[0]!) : `${files.slice(0, -1).map(markdownCode).join(', ')} and ${markdownCode(files.at(-1)!)}`;
    out.push(`${moving.length} pin(s) in ${where} move to their newest usable release.`, '');
    // Each pin's file and line under its name (not a column of its own: the table must fit GitHub's width).
    const showFile = files.length > 1 || files[0] !== plan.file;
    out.push('| Package | From | To | Group | Released | Notes |', '|---|---|---|---|---|---|');
    for (const b of moving) {
      const url = releaseNotesUrl(b);
      const notes = [url ? `[release notes](${url})` : '', ...b.notes.map((n) => `skipped ${cell(n)}`)].filter(Boolean).join('<br>');
      const name = showFile ? `${cell(b.name)}<br><sub>${markdownCode(`${b.file}:${b.line}`)}</sub>` : cell(b.name);
      out.push(`| ${name} | ${cell(b.from)} | ${cell(b.to)} | ${cell(b.group)} | ${b.released ? cell(b.released) : '—'} | ${notes || '—'} |`);
    }
    out.push('');
  }
  const v = options.verification;
  if (v) {
    out.push('### Verification', '');
    if (v.lockCommands.length > 0) out.push(`Re-locked with ${v.lockCommands.map((c) => markdownCode(c)).join(', ')}, then checked with the lock engine:`, '');
    out.push('| Target | Result |', '|---|---|');
    for (const t of v.targets) out.push(`| ${markdownCode(t.target)} | ${t.ok ? '✅' : '⚠️'} ${cell(t.detail)} |`);
    out.push('');
  } else if (options.dryRun && moving.length > 0) {
    out.push('Verification (re-lock and lock-engine check per target) runs when the bump is applied.', '');
  }
  if (dropped.length > 0) {
    out.push('### Dropped', '');
    for (const b of dropped) out.push(`- **${cell(b.name)}** ${cell(b.from)} → ${cell(b.to)} (group ${cell(b.group)}): ${cell(b.reason ?? 'dropped')}`);
    out.push('');
  }
  const explained = current.filter((b) => b.reason || b.notes.length > 0);
  if (explained.length > 0) {
    out.push('<details><summary>Pins left as they are</summary>', '');
    for (const b of explained) out.push(`- ${cell(b.name)} ${cell(b.from)}: ${cell([b.reason, ...b.notes.map((n) => `skipped ${n}`)].filter(Boolean).join('; '))}`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

/**
 * The lock-health issue (pure): what `check --online` found, as ONE issue per repository that the
 * weekly health job opens when the lock rots, edits in place while it rots, and closes when it is fixed.
 *
 * The issue body ends with a hidden state line: when each problem was first seen (so "since" survives
 * edits and runs), a digest of the text the bot wrote (a body whose digest no longer matches was edited
 * by a person, and is then never overwritten: the bot comments instead), and, once fixed, when.
 *
 * Rules, the bump PR's applied to an issue:
 * - the issue is found by the label, the hidden marker AND a bot author: a person's issue that quotes
 *   the marker is never taken over;
 * - an open issue is edited in place (only when its text changes), never duplicated;
 * - a person's edits are never overwritten: the new report goes into a comment;
 * - an issue a person closed is not reopened for the same problems; a new problem opens a new issue;
 * - fixed: one comment saying so, then closed as completed; nothing is closed while a host could not be
 *   checked (unknown is not fixed).
 */
import type { OnlineSection } from '../online/judge.js';
import { escapeMarkdown, markdownCode } from '../report/markdown-escape.js';

export const HEALTH_MARKER = '<!-- lockstep:health -->';
export const HEALTH_UPDATE_MARKER = '<!-- lockstep:health-update -->';
const STATE_PREFIX = '<!-- lockstep:health-state ';

export type RotStatus = 'missing' | 'hash-changed' | 'yanked';

/** One problem the issue lists: a locked file, what is wrong with it, where it is used. */
export interface RotItem {
  key: string;
  package: string;
  version: string | null;
  file: string;
  status: RotStatus;
  /** Locked by URL (not from an index): re-locking cannot help, the URL must change. */
  direct: boolean;
  source: string;
  detail: string | null;
  newestServed: string | null;
  targets: string[];
}

export interface HealthState {
  /** Item key → ISO date it was first seen. */
  since: Record<string, string>;
  /** Digest of the visible text the bot last wrote. */
  digest: string;
  /** ISO date the bot closed the issue as fixed. */
  fixed?: string;
}

/** The issue as the GitHub adapter reads it (a subset of its Issue). */
export interface ExistingIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  authorIsBot: boolean;
}

/** The problems of an online check worth an issue (files that could not be checked are not problems). */
export function rotItems(online: OnlineSection): RotItem[] {
  return online.problems
    .filter((p): p is typeof p & { status: RotStatus } => p.status !== 'unchecked')
    .map((p) => ({
      key: `${p.status === 'yanked' ? 'yanked' : 'gone'}:${p.file}`,
      package: p.package,
      version: p.version,
      file: p.file,
      status: p.status,
      direct: p.via === 'url',
      source: p.source,
      detail: p.detail,
      newestServed: p.newestServed,
      targets: p.targets,
    }))
    .sort((a, b) => Number(a.status === 'yanked') - Number(b.status === 'yanked') || a.package.localeCompare(b.package) || a.file.localeCompare(b.file));
}

/** FNV-1a (32 bit) of text with line endings and trailing space normalised (GitHub's editor writes \r\n). */
export function textDigest(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The visible text of a body (all of it but the state line: a person may add text after it) and the
 * state, when present; `withState` puts another state line where this one was.
 */
export function splitHealthBody(body: string): { visible: string; state: HealthState | null; withState: (state: HealthState) => string } {
  const at = body.lastIndexOf(STATE_PREFIX);
  if (at < 0) return { visible: body, state: null, withState: () => body };
  const close = body.indexOf(' -->', at);
  const end = close < 0 ? body.length : close + ' -->'.length;
  const before = body.slice(0, at);
  const after = body.slice(end);
  const withState = (next: HealthState) => `${before}${stateLine(next)}${after}`;
  try {
    const parsed = JSON.parse(body.slice(at + STATE_PREFIX.length, close < 0 ? undefined : close)) as Partial<HealthState>;
    const since = parsed.since && typeof parsed.since === 'object' ? Object.fromEntries(Object.entries(parsed.since).filter(([, v]) => typeof v === 'string')) : {};
    const state: HealthState = { since, digest: typeof parsed.digest === 'string' ? parsed.digest : '' };
    if (typeof parsed.fixed === 'string') state.fixed = parsed.fixed;
    return { visible: `${before}${after}`, state, withState };
  } catch {
    return { visible: `${before}${after}`, state: null, withState };
  }
}

function stateLine(state: HealthState): string {
  // JSON of plain strings; `-->` cannot appear in it (keys are filenames, values ISO dates and hex).
  return `${STATE_PREFIX}${JSON.stringify(state).replace(/--/g, '\\u002d\\u002d')} -->`;
}

export interface HealthReportInput {
  items: RotItem[];
  /** Hosts that could not be asked (the check was incomplete). */
  unchecked: { host: string; files: number; reason: string }[];
  /** `uv.lock`, or `path/uv.lock` from the repository root. */
  lockPath: string;
  checkedFiles: number;
  targetCount: number;
  now: Date;
  /** First-seen dates from the previous issue, if any. */
  previous: HealthState | null;
}

const day = (iso: string) => iso.slice(0, 10);

/** Rows and remembered dates the body holds, so that even a lock where everything rotted stays far below GitHub's 65,536-character limit. */
const MAX_ROWS = 100;
const MAX_REMEMBERED = 250;

function problemText(item: RotItem): string {
  const host = escapeMarkdown(hostName(item.source));
  switch (item.status) {
    case 'missing':
      return `no longer served by ${host}${item.detail ? ` (${escapeMarkdown(item.detail)})` : ''}`;
    case 'hash-changed':
      return `served by ${host} with another sha256: not the locked file`;
    case 'yanked':
      return `yanked on ${host}${item.detail ? `: “${escapeMarkdown(item.detail)}”` : ''}`;
  }
}

function hostName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function fixText(item: RotItem): string {
  if (item.direct) return 'point pyproject.toml at a served URL, then `uv lock`';
  if (item.status === 'hash-changed') return `find out why the file changed (a re-upload, or tampering?) before ${markdownCode(`uv lock --refresh-package ${item.package}`)} records it`;
  if (item.newestServed && item.newestServed !== item.version) return `move to ${markdownCode(`${item.package}==${item.newestServed}`)}`;
  return item.newestServed === null ? 'drop it or find another index' : `re-lock (${markdownCode(`uv lock --upgrade-package ${item.package}`)})`;
}

export function healthTitle(items: readonly RotItem[], lockPath: string): string {
  const gone = items.filter((i) => i.status !== 'yanked').length;
  const yanked = items.length - gone;
  const parts = [gone > 0 ? `${gone} locked file${gone === 1 ? ' is' : 's are'} no longer served` : '', yanked > 0 ? `${yanked} locked release${yanked === 1 ? ' is' : 's are'} yanked` : ''].filter(Boolean);
  return `Lock rot in ${lockPath}: ${parts.join(', ')}`;
}

/** Title and body of the issue for `input` (the state line included). */
export function renderHealthIssue(input: HealthReportInput): { title: string; body: string; state: HealthState } {
  const nowIso = input.now.toISOString();
  const since: Record<string, string> = {};
  for (const item of input.items) since[item.key] = input.previous?.since[item.key] ?? nowIso;
  const remembered = Object.fromEntries(Object.entries(since).slice(0, MAX_REMEMBERED));
  const gone = input.items.filter((i) => i.status !== 'yanked');
  const targets = [...new Set(gone.flatMap((i) => i.targets))];
  const lines: string[] = [HEALTH_MARKER];
  if (gone.length > 0) {
    lines.push(
      `**\`uv sync --locked\` fails** from ${markdownCode(input.lockPath)} on ${targets.length} target(s) (${targets.slice(0, 6).map((t) => markdownCode(t)).join(', ')}${targets.length > 6 ? ', …' : ''}): ${gone.length} locked file(s) are gone from their index or changed under the same name.`,
    );
  } else {
    lines.push(`${markdownCode(input.lockPath)} still installs, but it pins release(s) their maintainers yanked: the next \`uv lock\` moves away from them.`);
  }
  lines.push('', '| Package | Locked file | Problem | Since | Targets | Fix |', '|---|---|---|---|---|---|');
  for (const item of input.items.slice(0, MAX_ROWS)) {
    lines.push(
      `| ${markdownCode(item.package)}${item.version ? ` ${escapeMarkdown(item.version)}` : ''} | ${markdownCode(item.file)} | ${problemText(item)} | ${day(since[item.key]!)} | ${item.targets.length} | ${fixText(item)} |`,
    );
  }
  if (input.items.length > MAX_ROWS) lines.push('', `…and ${input.items.length - MAX_ROWS} more locked file(s): \`lockstep check --online --format json\` (or the job's \`report-path\` JSON) lists them all.`);
  const upgrades = [...new Set(input.items.filter((i) => !i.direct && i.status !== 'hash-changed').map((i) => i.package))].slice(0, 30).map((p) => `--upgrade-package ${p}`).join(' ');
  lines.push(
    '',
    `**Fix**: re-lock onto releases that are served — \`lockstep bump\` (exact \`==\` pins in pyproject.toml) and \`lockstep refresh\` (everything else), or their workflows (\`owner/lockstep/bump@v1\`, \`owner/lockstep/refresh@v1\`), open that as a pull request${upgrades ? `; by hand: ${markdownCode(`uv lock ${upgrades}`)}` : ''}. Or follow the table's Fix column.`,
  );
  if (input.unchecked.length > 0) {
    lines.push('', `⚠️ Could not check ${input.unchecked.map((u) => `${u.files} file(s) on ${escapeMarkdown(u.host)} (${escapeMarkdown(u.reason)})`).join('; ')}: they are not listed above, and this issue stays open until they can be checked.`);
  }
  lines.push(
    '',
    `<sub>Checked ${nowIso.slice(0, 16).replace('T', ' ')} UTC by lockstep health: ${input.checkedFiles} locked file(s) on ${input.targetCount} target(s). This issue is updated in place on every run and closed when the lock installs again. Edit it freely: lockstep then reports in a comment instead of overwriting your text.</sub>`,
  );
  const visible = `${lines.join('\n')}\n`;
  const state: HealthState = { since: remembered, digest: textDigest(visible) };
  return { title: healthTitle(input.items, input.lockPath), body: `${visible}${stateLine(state)}\n`, state };
}

export type HealthAction =
  /** Nothing to do: no rot and no open issue (or rot nobody can fix by reopening: see closed-before). */
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'update'; issue: ExistingIssue }
  | { kind: 'unchanged'; issue: ExistingIssue }
  /** A person edited the issue: the report goes into the bot's update comment. */
  | { kind: 'comment'; issue: ExistingIssue }
  | { kind: 'close'; issue: ExistingIssue }
  /** A person closed an issue about these same problems: leave it closed. */
  | { kind: 'closed-before'; issue: ExistingIssue };

/**
 * What to do with the repository's health issues (`issues`: the bot's, newest first) given this run's
 * items. `complete` is false when a host could not be checked: then nothing is closed.
 */
export function planHealthIssue(issues: readonly ExistingIssue[], rendered: { title: string; body: string } | null, items: readonly RotItem[], complete: boolean): HealthAction {
  const ours = issues.filter((i) => i.authorIsBot && i.body.includes(HEALTH_MARKER));
  const open = ours.find((i) => i.state === 'open');
  if (items.length === 0) {
    if (open && complete) return { kind: 'close', issue: open };
    return { kind: 'none' };
  }
  if (open) {
    const { visible, state } = splitHealthBody(open.body);
    if (state && state.digest !== textDigest(visible)) return { kind: 'comment', issue: open };
    if (rendered && open.body === rendered.body && open.title === rendered.title) return { kind: 'unchanged', issue: open };
    return { kind: 'update', issue: open };
  }
  const lastClosed = ours.find((i) => i.state === 'closed');
  if (lastClosed) {
    const { state } = splitHealthBody(lastClosed.body);
    const closedByPerson = state !== null && !state.fixed;
    if (closedByPerson && items.every((item) => item.key in state.since)) return { kind: 'closed-before', issue: lastClosed };
  }
  return { kind: 'create' };
}

/** The state line of a body, rewritten to say the bot closed the issue as fixed on `now`. */
export function markFixed(body: string, now: Date): string {
  const { state, withState } = splitHealthBody(body);
  return state ? withState({ ...state, fixed: now.toISOString() }) : body;
}

export function fixedComment(now: Date, checkedFiles: number): string {
  return `${HEALTH_MARKER}\n✅ Fixed: every locked file is served again with its locked sha256 (${checkedFiles} file(s) checked ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC). Closing; lockstep opens a new issue if the lock rots again.\n`;
}

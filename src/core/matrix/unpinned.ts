import type { Finding } from '../findings.js';

/** One direct dependency that is not an exact pin, with the manifest section it stands in. */
export interface UnpinnedEntry {
  /** The section, as the message names it (`` `[project] dependencies` ``, `` feature `cuda` dependencies ``). */
  where: string;
  /** The name as written. */
  name: string;
  /** What to pin it to, from the lock (`torch==2.5.1`, `torch = "==2.5.1"`), when the lock has one version. */
  pin: string | null;
  /** The dependency's own finding, on its own line. */
  finding: Finding;
}

/**
 * `unpinned-dependency` as one finding per manifest section, naming its dependencies (NeMo RL has 80 of
 * them, scipy's pixi manifest 102), with each dependency's own line in `related` (annotated one by one
 * in Actions). A section with a single unpinned dependency is that dependency's finding. Shared by the
 * uv.lock and pixi.lock engines.
 */
export function unpinnedBySection(entries: readonly UnpinnedEntry[], lockFile: string): Finding[] {
  const sections = new Map<string, UnpinnedEntry[]>();
  for (const entry of entries) {
    const list = sections.get(entry.where) ?? [];
    list.push(entry);
    sections.set(entry.where, list);
  }
  const shown = (items: string[], n: number) => `${items.slice(0, n).map((i) => `\`${i}\``).join(', ')}${items.length > n ? ` and ${items.length - n} more` : ''}`;
  const findings: Finding[] = [];
  for (const [where, list] of sections) {
    if (list.length === 1) {
      findings.push(list[0]!.finding);
      continue;
    }
    const pins = list.map((e) => e.pin).filter((p): p is string => p !== null);
    const first = list[0]!.finding;
    const grouped: Finding = {
      code: 'unpinned-dependency',
      severity: 'warning',
      message:
        `${list.length} requirements in ${where} are not pinned with \`==\`: ${shown(list.map((e) => e.name), 12)}.` +
        (pins.length > 0 ? ` Pin each to what ${lockFile} resolved (e.g. ${shown(pins, 3)}).` : ' Pin each with `==` to the version you tested.'),
      related: list.map((e) => ({ package: e.finding.package!, message: e.finding.message, line: e.finding.line, column: e.finding.column })),
    };
    if (first.file !== undefined) grouped.file = first.file;
    if (first.line !== undefined) grouped.line = first.line;
    if (first.column !== undefined) grouped.column = first.column;
    findings.push(grouped);
  }
  return findings;
}

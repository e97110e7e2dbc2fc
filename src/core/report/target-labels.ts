/**
 * Short, human names for targets and sets of targets: "all 15 targets", "cp314 (all platforms)",
 * "Windows x86_64 (all Pythons)". Shared by the check report, the review comment and the text output.
 */
import type { Target } from '../matrix/types.js';

/** `cp314`, `cp313t` for a target's Python. */
export function pythonTag(python: string): string {
  const [major, minor = ''] = python.replace(/t$/, '').split('.');
  return `cp${major}${minor}${python.endsWith('t') ? 't' : ''}`;
}

/** `Linux x86_64`, `Linux x86_64 (glibc 2.39)`, `macOS arm64`, `Windows x86_64`, `Linux musl aarch64`. */
export function platformLabel(platform: string): string {
  const cpu = platform.startsWith('aarch64') ? (/apple|windows/.test(platform) ? 'arm64' : 'aarch64') : platform.startsWith('i686') ? 'x86' : 'x86_64';
  if (/apple-darwin|^macos$/.test(platform)) return `macOS ${platform === 'macos' ? 'arm64' : cpu}`;
  if (/windows|^windows$/.test(platform)) return `Windows ${platform === 'windows' ? 'x86_64' : cpu}`;
  if (/musl/.test(platform)) return `Linux musl ${cpu}`;
  const glibc = /manylinux_2_(\d+)/.exec(platform);
  return `Linux ${platform === 'linux' ? 'x86_64' : cpu}${glibc && glibc[1] !== '28' ? ` (glibc 2.${glibc[1]})` : ''}`;
}

/** `cp314 Linux x86_64` (+ ` CUDA 12.4`). */
export function targetLabel(t: Target): string {
  return `${pythonTag(t.python)} ${platformLabel(t.platform)}${t.cuda ? ` CUDA ${t.cuda}` : ''}`;
}

function platformKey(t: Target): string {
  return `${t.platform}\u0000${t.cuda ?? ''}`;
}

function platformKeyLabel(t: Target): string {
  return `${platformLabel(t.platform)}${t.cuda ? ` CUDA ${t.cuda}` : ''}`;
}

/**
 * A set of target ids in few words, against all the report's targets: "all 15 targets", or grouped by
 * Python ("cp314 (all platforms)", "cp313 on Windows x86_64") or by platform ("macOS arm64 (all
 * Pythons)"), whichever needs fewer groups. Runs in O(targets).
 */
export function collapseTargets(ids: readonly string[], all: readonly Target[]): string {
  if (ids.length === 0) return 'project-wide';
  const wanted = new Set(ids);
  const chosen = all.filter((t) => wanted.has(t.id));
  if (chosen.length === 0) return ids.join(', ');
  if (chosen.length === all.length && all.length > 1) return `all ${all.length} targets`;
  if (chosen.length === 1) return targetLabel(chosen[0]!);

  const group = (keyOf: (t: Target) => string): Map<string, { chosen: Target[]; total: number }> => {
    const groups = new Map<string, { chosen: Target[]; total: number }>();
    for (const t of all) {
      const g = groups.get(keyOf(t)) ?? { chosen: [], total: 0 };
      g.total++;
      if (wanted.has(t.id)) g.chosen.push(t);
      groups.set(keyOf(t), g);
    }
    return new Map([...groups].filter(([, g]) => g.chosen.length > 0));
  };
  const byPython = group((t) => t.python);
  const byPlatform = group(platformKey);
  // Fewer groups reads better; on a tie, the grouping with more complete groups ("(all Pythons)").
  const complete = (groups: Map<string, { chosen: Target[]; total: number }>) => [...groups.values()].filter((g) => g.chosen.length === g.total).length;
  const usePlatform = byPlatform.size < byPython.size || (byPlatform.size === byPython.size && complete(byPlatform) > complete(byPython));
  const parts: string[] = [];
  for (const g of (usePlatform ? byPlatform : byPython).values()) {
    const first = g.chosen[0]!;
    if (usePlatform) {
      const head = platformKeyLabel(first);
      parts.push(g.chosen.length === g.total && g.total > 1 ? `${head} (all Pythons)` : `${head} on ${g.chosen.map((t) => pythonTag(t.python)).join(', ')}`);
    } else {
      const head = pythonTag(first.python);
      parts.push(g.chosen.length === g.total && g.total > 1 ? `${head} (all platforms)` : `${head} on ${g.chosen.map(platformKeyLabel).join(', ')}`);
    }
  }
  return parts.join('; ');
}

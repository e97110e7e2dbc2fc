/**
 * The package-level difference between two locks: what was added, removed, upgraded or downgraded
 * (PEP 440 order), read from the engine reports so the lock is parsed once.
 */
import type { CheckReport } from '../matrix/types.js';
import { compareVersions } from '../pep/version.js';

export interface LockedPackage {
  name: string;
  version: string;
  /** `registry+URL`, `url+URL`, `git+URL`, … as in `lockstep check` JSON. */
  source: string;
}

export interface ChangedPackage {
  name: string;
  from: string;
  to: string;
  /** `upgraded`/`downgraded` by PEP 440; `changed` when the version compares equal but the source moved. */
  direction: 'upgraded' | 'downgraded' | 'changed';
  fromSource: string;
  toSource: string;
}

export interface LockDiff {
  added: LockedPackage[];
  removed: LockedPackage[];
  changed: ChangedPackage[];
}

function byName(report: CheckReport): Map<string, LockedPackage[]> {
  const map = new Map<string, LockedPackage[]>();
  for (const p of report.packages) {
    const list = map.get(p.name) ?? [];
    list.push({ name: p.name, version: p.version, source: p.source });
    map.set(p.name, list);
  }
  return map;
}

const same = (a: LockedPackage, b: LockedPackage): boolean => a.version === b.version && a.source === b.source;

/**
 * Compares the packages of two locks. A name locked once on each side is a change; a name locked in
 * several versions (forked resolutions: torch `2.6.0` and `2.6.0+cu124`) lists the versions that came
 * and went as added/removed, since there is no one-to-one pairing to call an upgrade.
 */
export function diffLocks(base: CheckReport, head: CheckReport): LockDiff {
  const before = byName(base);
  const after = byName(head);
  const diff: LockDiff = { added: [], removed: [], changed: [] };
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(name) ?? [];
    const now = after.get(name) ?? [];
    const gone = old.filter((o) => !now.some((n) => same(o, n)));
    const came = now.filter((n) => !old.some((o) => same(o, n)));
    if (gone.length === 0 && came.length === 0) continue;
    if (old.length === 1 && now.length === 1) {
      const [from, to] = [old[0]!, now[0]!];
      const order = compareVersions(to.version, from.version);
      const direction = order > 0 ? 'upgraded' : order < 0 ? 'downgraded' : 'changed';
      diff.changed.push({ name, from: from.version, to: to.version, direction, fromSource: from.source, toSource: to.source });
      continue;
    }
    diff.removed.push(...gone);
    diff.added.push(...came);
  }
  return diff;
}

export function isEmptyDiff(diff: LockDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

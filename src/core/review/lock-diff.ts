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
  /** pixi.lock: the environment the package is installed in (a lock diff is per environment). */
  environment?: string;
}

export interface ChangedPackage {
  name: string;
  from: string;
  to: string;
  /** `upgraded`/`downgraded` by PEP 440; `changed` when the version compares equal but the source moved. */
  direction: 'upgraded' | 'downgraded' | 'changed';
  fromSource: string;
  toSource: string;
  /** pixi.lock: the environment the change is in. */
  environment?: string;
}

export interface LockDiff {
  /** The lock files compared (`uv.lock`, `pixi.lock`, `uv.lock and pixi.lock`), for the renderers' wording. */
  lockNames?: string;
  added: LockedPackage[];
  removed: LockedPackage[];
  changed: ChangedPackage[];
}

/**
 * Packages by name — per environment for pixi targets (the same package can be locked at different
 * versions in two environments; each environment's change is its own row). uv packages have no
 * environment and key as before.
 */
function byName(report: CheckReport): Map<string, LockedPackage[]> {
  const envOf = new Map(report.targets.filter((t) => t.environment !== undefined).map((t) => [t.id, t.environment!]));
  const map = new Map<string, LockedPackage[]>();
  const add = (key: string, entry: LockedPackage): void => {
    const list = map.get(key) ?? [];
    list.push(entry);
    map.set(key, list);
  };
  for (const p of report.packages) {
    const envs = new Set<string>();
    for (const [id, v] of Object.entries(p.verdicts)) {
      const env = envOf.get(id);
      if (env !== undefined && v.status !== 'not-needed') envs.add(env);
    }
    if (envs.size === 0) add(`\u0000${p.name}`, { name: p.name, version: p.version, source: p.source });
    for (const environment of envs) add(`${environment}\u0000${p.name}`, { name: p.name, version: p.version, source: p.source, environment });
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
  const locks = [...new Set([...base.targets, ...head.targets].map((t) => t.lock ?? (t.environment !== undefined ? 'pixi.lock' : 'uv.lock')))].sort().reverse();
  if (locks.length > 0 && !(locks.length === 1 && locks[0] === 'uv.lock')) diff.lockNames = locks.join(' and ');
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(key) ?? [];
    const now = after.get(key) ?? [];
    const name = (old[0] ?? now[0])!.name;
    const environment = (old[0] ?? now[0])!.environment;
    const gone = old.filter((o) => !now.some((n) => same(o, n)));
    const came = now.filter((n) => !old.some((o) => same(o, n)));
    if (gone.length === 0 && came.length === 0) continue;
    if (old.length === 1 && now.length === 1) {
      const [from, to] = [old[0]!, now[0]!];
      const order = compareVersions(to.version, from.version);
      const direction = order > 0 ? 'upgraded' : order < 0 ? 'downgraded' : 'changed';
      diff.changed.push({ name, from: from.version, to: to.version, direction, fromSource: from.source, toSource: to.source, ...(environment !== undefined ? { environment } : {}) });
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

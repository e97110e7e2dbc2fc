/**
 * Pure decisions about the store: did it change since restore, should it be pruned before saving,
 * which local entries to evict, which entry answers a key, which cached wheels the lock dropped.
 */
import { compareVersions, normalizeName } from '../pep/version.js';

/** A cheap summary of a directory tree taken at restore time and again before saving. */
export interface StoreFingerprint {
  files: number;
  bytes: number;
  newestMtimeMs: number;
}

export interface StoreFile {
  size: number;
  mtimeMs: number;
}

export const EMPTY_FINGERPRINT: StoreFingerprint = { files: 0, bytes: 0, newestMtimeMs: 0 };

export function fingerprintOf(files: Iterable<StoreFile>): StoreFingerprint {
  let count = 0;
  let bytes = 0;
  let newest = 0;
  for (const f of files) {
    count += 1;
    bytes += f.size;
    if (f.mtimeMs > newest) newest = f.mtimeMs;
  }
  return { files: count, bytes, newestMtimeMs: Math.floor(newest) };
}

export function storeChanged(before: StoreFingerprint, after: StoreFingerprint): boolean {
  return before.files !== after.files || before.bytes !== after.bytes || before.newestMtimeMs !== after.newestMtimeMs;
}

export type SaveSkipReason = 'exact-hit' | 'unchanged' | 'empty' | 'write-not-allowed' | 'disabled';

/**
 * The reasons to skip a save that need no look at the store, so the post step of an exact hit or a
 * read-only job decides without walking ~10k files. An exact hit is never re-saved: Actions cache
 * entries are immutable, the key already exists, and the lock (hence the wanted wheels) is the one
 * the key names.
 */
export function skipSaveWithoutLooking(options: { enabled: boolean; writeAllowed: boolean; hit: 'exact' | 'fallback' | 'miss' }): SaveSkipReason | undefined {
  if (!options.enabled) return 'disabled';
  if (!options.writeAllowed) return 'write-not-allowed';
  if (options.hit === 'exact') return 'exact-hit';
  return undefined;
}

export function decideSave(options: {
  enabled: boolean;
  writeAllowed: boolean;
  hit: 'exact' | 'fallback' | 'miss';
  before: StoreFingerprint;
  after: StoreFingerprint;
}): { save: true } | { save: false; reason: SaveSkipReason } {
  const early = skipSaveWithoutLooking(options);
  if (early) return { save: false, reason: early };
  if (options.after.files === 0) return { save: false, reason: 'empty' };
  if (!storeChanged(options.before, options.after)) return { save: false, reason: 'unchanged' };
  return { save: true };
}

export type PruneMode = 'auto' | 'ci' | 'none';

/** The `prune-cache` input: `true` prunes with `uv cache prune --ci`, `false` keeps everything. */
export function parsePruneMode(value: string): PruneMode | undefined {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'true') return 'ci';
  if (v === 'false') return 'none';
  return undefined;
}

/**
 * `prune-cache: auto` keeps the whole store while it is under 1 GiB and runs `uv cache prune --ci` from
 * there on. Measured with `node bench/cache.mjs` (all on loopback, 2 cores): restoring costs ~9 s per
 * GB of archive, while uv downloads and unpacks the same wheels from a local index at ~6 s per GB; an
 * exact hit on a pruned 280 MB-of-wheels store (2.1 s) even beat one on the full store (2.8 s). From
 * a real CDN the download side is slower (tens of MB/s to a few hundred), so per GB the two come out
 * about even: keeping downloaded wheels buys little time for big stores, while it costs the
 * repository's 10 GB cache quota (a CUDA lock unpacks to several GB per OS/Python) and upload time.
 * Under 1 GiB the restore is a few seconds and an exact hit makes no index request at all (no rate
 * limits, no index outages, no private-index round trips), so keeping everything wins. Wheels built
 * from source, the expensive part, are kept either way.
 */
export const PRUNE_AUTO_THRESHOLD_BYTES = 1024 * 1024 * 1024;

export function shouldPrune(mode: PruneMode, storeBytes: number): boolean {
  if (mode === 'ci') return true;
  if (mode === 'none') return false;
  return storeBytes >= PRUNE_AUTO_THRESHOLD_BYTES;
}

/** One stored entry of the local backend. */
export interface StoredEntry {
  key: string;
  bytes: number;
  createdAtMs: number;
  lastUsedAtMs: number;
}

/**
 * Exact key first; else, for each restore key in order, the newest entry whose key starts with it
 * (the same rule the Actions cache service applies).
 */
export function findEntry<E extends StoredEntry>(entries: readonly E[], key: string, restoreKeys: readonly string[]): E | undefined {
  const exact = entries.find((e) => e.key === key);
  if (exact) return exact;
  for (const prefix of restoreKeys) {
    const newest = entries
      .filter((e) => e.key.startsWith(prefix))
      .sort((a, b) => b.createdAtMs - a.createdAtMs)[0];
    if (newest) return newest;
  }
  return undefined;
}

/**
 * Least-recently-used eviction: drop the entries used longest ago until the total fits the cap.
 * `keep` (the entry just saved) is never evicted, even when it alone exceeds the cap.
 */
export function planEviction(entries: readonly StoredEntry[], capBytes: number, keep?: string): string[] {
  let total = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (total <= capBytes) return [];
  const evict: string[] = [];
  const candidates = entries.filter((e) => e.key !== keep).sort((a, b) => a.lastUsedAtMs - b.lastUsedAtMs || a.createdAtMs - b.createdAtMs);
  for (const e of candidates) {
    if (total <= capBytes) break;
    evict.push(e.key);
    total -= e.bytes;
  }
  return evict;
}

/** `10G`, `500M`, `1.5GiB`, `1073741824` → bytes; undefined when it does not parse. */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*$/i.exec(value);
  if (!match) return undefined;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Math.floor(Number(match[1]) * scale);
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** A registry wheel in uv's cache, as its entry names it: `wheels-v<N>/…/<name>/<version>-<tags>`. */
export interface CachedWheel {
  name: string;
  version: string;
}

/**
 * The cached wheels no package of the lock references (same normalized name, PEP 440-equal version),
 * so a store restored from an older lock's key does not carry every superseded wheel into the next
 * save: without this, each bump grows the store (and its upload) by the old wheels for good.
 */
export function wheelsNotInLock<W extends CachedWheel>(cached: readonly W[], locked: readonly { name: string; version?: string | null }[]): W[] {
  const versions = new Map<string, string[]>();
  for (const p of locked) {
    if (!p.version) continue;
    const name = normalizeName(p.name);
    versions.set(name, [...(versions.get(name) ?? []), p.version]);
  }
  return cached.filter((w) => {
    const wanted = versions.get(normalizeName(w.name));
    if (!wanted) return true;
    return !wanted.some((v) => v === w.version || compareVersions(v, w.version) === 0);
  });
}

/** A file of the store as a walk saw it, by its path (absolute or relative, as long as both sides agree). */
export interface ListedFile extends StoreFile {
  path: string;
}

/**
 * A layer may carry at most this share of the store's bytes; past it the whole store is saved again,
 * so a base and its layer never hold much more than the lock needs (see {@link planSave}).
 */
export const LAYER_MAX_SHARE = 0.5;

export type SavePlan =
  | { kind: 'full'; reason: string }
  | { kind: 'layer'; base: string; files: string[]; removed: string[]; bytes: number; storeBytes: number };

/**
 * After a fallback restore, what to upload: the whole store, or only what `uv sync` added or changed
 * since the restore (a layer) on top of the full entry that was restored (its base). Measured with
 * `node bench/vs-setup-uv.mjs` (one 7 MB pin bumped in a 116 MB store): re-uploading the whole store
 * costs ~1 s of the post step, a layer ~0.1 s, and restoring base + layer later costs about what
 * restoring one whole store does. A layer is chosen when it holds at most {@link LAYER_MAX_SHARE} of
 * the store's bytes and the restored entry was a whole store (layers never stack). Files the base
 * has and the store no longer does (superseded wheels the post step dropped) are listed in `removed`,
 * so base + layer restores exactly the store that was saved.
 */
export function planSave(options: { restoredKey: string | undefined; restoredWasLayer: boolean; before: readonly ListedFile[] | undefined; after: readonly ListedFile[]; layersSupported: boolean }): SavePlan {
  if (!options.layersSupported) return { kind: 'full', reason: 'this cache backend saves whole stores only' };
  if (!options.restoredKey || !options.before) return { kind: 'full', reason: 'nothing was restored to build on' };
  if (options.restoredWasLayer) return { kind: 'full', reason: 'the restored entry is itself a layer' };
  const seen = new Map(options.before.map((f) => [f.path, f]));
  const files: string[] = [];
  let bytes = 0;
  let storeBytes = 0;
  for (const f of options.after) {
    storeBytes += f.size;
    const old = seen.get(f.path);
    if (old && old.size === f.size && old.mtimeMs === f.mtimeMs) continue;
    files.push(f.path);
    bytes += f.size;
  }
  if (files.length === 0) return { kind: 'full', reason: 'nothing changed' };
  if (bytes > LAYER_MAX_SHARE * storeBytes) return { kind: 'full', reason: `the change (${formatBytes(bytes)}) is over ${LAYER_MAX_SHARE * 100}% of the store (${formatBytes(storeBytes)})` };
  const now = new Set(options.after.map((f) => f.path));
  const removed = options.before.filter((f) => !now.has(f.path)).map((f) => f.path);
  return { kind: 'layer', base: options.restoredKey, files, removed, bytes, storeBytes };
}

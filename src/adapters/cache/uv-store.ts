/**
 * uv's cache layout, as far as pruning needs it: a registry wheel is an entry
 * `wheels-v<N>/<pypi | index/<hash>>/<name>/<version>-<tags>`, a symlink to its unpacked files in
 * `archive-v<N>/<id>`, beside `<entry>.http` / `.msgpack` / `.lock`. Anything else (sdist builds, git
 * and URL wheels, layouts this does not recognise) is left alone: an unknown entry is never removed.
 */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CachedWheel } from '../../core/cache/store.js';

export interface StoreWheelEntry extends CachedWheel {
  /** The entry's symlink (its sidecar files share this path plus an extension). */
  entry: string;
  /** The unpacked wheel the entry points at, inside the store. */
  archive: string;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  return lstatSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Registry wheel entries of a uv cache dir (none when the layout is not the one described above). */
export function listRegistryWheels(storeDir: string): StoreWheelEntry[] {
  const root = path.resolve(storeDir);
  const out: StoreWheelEntry[] = [];
  const packageDirs: string[] = [];
  for (const bucket of list(root).filter((n) => /^wheels-v\d+$/.test(n))) {
    const pypi = path.join(root, bucket, 'pypi');
    for (const name of list(pypi)) packageDirs.push(path.join(pypi, name));
    const index = path.join(root, bucket, 'index');
    for (const hash of list(index)) for (const name of list(path.join(index, hash))) packageDirs.push(path.join(index, hash, name));
  }
  for (const dir of packageDirs.filter(isDir)) {
    for (const file of list(dir)) {
      if (file.includes('.') && /\.(http|msgpack|lock|rev)$/.test(file)) continue;
      const entry = path.join(dir, file);
      if (!lstatSync(entry, { throwIfNoEntry: false })?.isSymbolicLink()) continue;
      const archive = path.resolve(dir, readlinkSync(entry));
      const inside = path.relative(root, archive).split(path.sep);
      if (inside.length !== 2 || !/^archive-v\d+$/.test(inside[0]!)) continue;
      const version = file.split('-')[0]!;
      if (!version) continue;
      out.push({ name: path.basename(dir), version, entry, archive });
    }
  }
  return out;
}

/**
 * Removes the entries and the unpacked wheels only they point at; an archive another kept entry
 * still points at stays. Returns how many entries went.
 */
export async function removeWheelEntries(remove: readonly StoreWheelEntry[], keep: readonly StoreWheelEntry[]): Promise<number> {
  const kept = new Set(keep.map((w) => w.archive));
  for (const w of remove) {
    await Promise.all(['', '.http', '.msgpack', '.lock'].map((ext) => rm(`${w.entry}${ext}`, { force: true })));
    if (!kept.has(w.archive)) await rm(w.archive, { recursive: true, force: true });
  }
  return remove.length;
}

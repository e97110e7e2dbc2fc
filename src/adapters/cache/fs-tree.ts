import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintOf, type StoreFile, type StoreFingerprint } from '../../core/cache/store.js';

/** Every regular file under the given roots (symlinks counted, not followed); missing roots are empty. */
async function* walk(root: string): AsyncGenerator<StoreFile> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
    throw error;
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      yield* walk(full);
    } else {
      const st = await lstat(full).catch(() => undefined);
      if (st) yield { size: st.size, mtimeMs: st.mtimeMs };
    }
  }
}

export async function fingerprintDirs(roots: readonly string[]): Promise<StoreFingerprint> {
  const files: StoreFile[] = [];
  for (const root of roots) for await (const f of walk(root)) files.push(f);
  return fingerprintOf(files);
}

/** Empties a directory but keeps it (UV_CACHE_DIR may already be exported to later steps). */
export async function emptyDir(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.map((n) => rm(path.join(dir, n), { recursive: true, force: true })));
}

/**
 * `cache-backend: local`: the store kept on a persistent disk of a self-hosted runner.
 *
 * Layout of `cache-backend-dir`:
 *   index.json            entries: key, archive file, bytes, created/last-used times
 *   archives/<id>.<n>.tar[.zst]   one archive per cached path (the store; the venv with cache-venv)
 *   tmp/                  archives being written (renamed into archives/ when complete)
 *   .lock                 held (O_EXCL create) while index.json or archives/ change
 *
 * Archives are written outside the lock and moved in with rename(2), which is atomic on one
 * filesystem, so a reader never sees half an archive. The lock only covers the short
 * read-modify-write of index.json plus eviction, so two jobs sharing the dir never lose each other's
 * entries. A reader hard-links the archive under the lock before extracting, so an eviction running
 * meanwhile cannot pull the file from under it.
 *
 * Each path is archived relative to itself and extracted into the path the restoring job names, so two
 * runners on one machine (different RUNNER_TEMP) can share one cache-backend-dir.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, mkdir, mkdtemp, open, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findEntry, planEviction, type StoredEntry } from '../../core/cache/store.js';
import { sha256Hex } from '../../core/cache/key.js';
import type { RestoreResult, SaveResult, WheelStoreBackend } from './backend.js';

const run = promisify(execFile);
/** A stuck tar (full disk, hung NFS) must not hold the job until GitHub's 6-hour limit. */
const TAR_TIMEOUT_MS = 30 * 60_000;

interface IndexEntry extends StoredEntry {
  /** One archive per cached path, in the order of the `paths` given to save. */
  files: string[];
  compression: 'zstd' | 'none';
}

interface IndexFile {
  version: 1;
  entries: IndexEntry[];
}

export interface LocalBackendOptions {
  dir: string;
  /** Total archive bytes to keep; least recently used entries are evicted beyond it. */
  capBytes?: number;
  /** How long to wait for another job's lock before giving up (ms). */
  lockTimeoutMs?: number;
  /** A lock older than this is left over from a killed job and is broken (ms). */
  staleLockMs?: number;
  now?: () => number;
}

async function hasZstd(): Promise<boolean> {
  try {
    await run('zstd', ['--version']);
    return true;
  } catch {
    return false;
  }
}

export class LocalDirBackend implements WheelStoreBackend {
  readonly name = 'local' as const;
  private readonly dir: string;
  private readonly capBytes: number | undefined;
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;
  private readonly now: () => number;

  constructor(options: LocalBackendOptions) {
    this.dir = path.resolve(options.dir);
    this.capBytes = options.capBytes;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 120_000;
    this.staleLockMs = options.staleLockMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  private get indexPath(): string {
    return path.join(this.dir, 'index.json');
  }

  async restore(paths: readonly string[], key: string, restoreKeys: readonly string[]): Promise<RestoreResult> {
    await this.ensureLayout();
    const readId = randomBytes(6).toString('hex');
    const pinned: string[] = [];
    let found: IndexEntry | undefined;
    try {
      found = await this.withLock(async () => {
        const index = await this.readIndex();
        const entry = findEntry(index.entries, key, restoreKeys);
        if (!entry || entry.files.length !== paths.length) return undefined;
        entry.lastUsedAtMs = this.now();
        await this.writeIndex(index);
        for (const [i, file] of entry.files.entries()) {
          const target = path.join(this.dir, 'tmp', `read-${readId}.${i}`);
          await link(path.join(this.dir, 'archives', file), target);
          pinned.push(target);
        }
        return entry;
      });
      if (!found) return { matchedKey: undefined };
      for (const [i, archive] of pinned.entries()) await extract(archive, paths[i]!, found.compression);
      return { matchedKey: found.key };
    } catch (error) {
      const what = found ? `the stored archive for ${found.key} could not be extracted` : `could not read ${this.dir}`;
      return { matchedKey: undefined, failure: `${what}: ${(error as Error).message}` };
    } finally {
      for (const p of pinned) await rm(p, { force: true });
    }
  }

  async save(paths: readonly string[], key: string): Promise<SaveResult> {
    await this.ensureLayout();
    const existing = (await this.readIndex()).entries.find((e) => e.key === key);
    if (existing) return { status: 'exists', message: `the wheel store ${key} is already in ${this.dir}; not saving it again` };
    const compression = (await hasZstd()) ? 'zstd' : 'none';
    // Unique per save: a same-key race never renames onto the winner's archive.
    const stem = `${sha256Hex(key).slice(0, 16)}-${randomBytes(4).toString('hex')}`;
    const files = paths.map((_, i) => `${stem}.${i}.tar${compression === 'zstd' ? '.zst' : ''}`);
    const tmps = files.map((f) => path.join(this.dir, 'tmp', `${f}.${process.pid}`));
    let bytes = 0;
    try {
      for (const [i, p] of paths.entries()) {
        await createArchive(tmps[i]!, p, compression);
        bytes += (await stat(tmps[i]!)).size;
      }
    } catch (error) {
      for (const t of tmps) await rm(t, { force: true });
      return { status: 'failed', message: `could not archive the wheel store: ${(error as Error).message}` };
    }
    return this.withLock(async () => {
      const index = await this.readIndex();
      if (index.entries.some((e) => e.key === key)) {
        for (const t of tmps) await rm(t, { force: true });
        return { status: 'exists', message: `another job saved the wheel store ${key} first; not saving it again` } as const;
      }
      for (const [i, t] of tmps.entries()) await rename(t, path.join(this.dir, 'archives', files[i]!));
      const now = this.now();
      index.entries.push({ key, files, bytes, createdAtMs: now, lastUsedAtMs: now, compression });
      if (this.capBytes !== undefined) {
        const evict = new Set(planEviction(index.entries, this.capBytes, key));
        for (const e of index.entries.filter((x) => evict.has(x.key))) {
          for (const f of e.files) await rm(path.join(this.dir, 'archives', f), { force: true });
        }
        index.entries = index.entries.filter((e) => !evict.has(e.key));
      }
      await this.writeIndex(index);
      return { status: 'saved', archiveBytes: bytes } as const;
    });
  }

  /** Keys currently stored, for the summary and tests. */
  async keys(): Promise<string[]> {
    return (await this.readIndex()).entries.map((e) => e.key);
  }

  private async ensureLayout(): Promise<void> {
    await mkdir(path.join(this.dir, 'archives'), { recursive: true });
    await mkdir(path.join(this.dir, 'tmp'), { recursive: true });
  }

  private async readIndex(): Promise<IndexFile> {
    try {
      const parsed = JSON.parse(await readFile(this.indexPath, 'utf8')) as IndexFile;
      if (parsed.version === 1 && Array.isArray(parsed.entries)) {
        return { version: 1, entries: parsed.entries.filter((e) => typeof e.key === 'string' && Array.isArray(e.files)) };
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    return { version: 1, entries: [] };
  }

  /** tmp + rename: a crash mid-write leaves the previous index intact. */
  private async writeIndex(index: IndexFile): Promise<void> {
    const tmp = `${this.indexPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(tmp, `${JSON.stringify(index, null, 2)}\n`);
    await rename(tmp, this.indexPath);
  }

  private async withLock<T>(fn: () => Promise<T>): Promise<T> {
    const lockPath = path.join(this.dir, '.lock');
    const deadline = this.now() + this.lockTimeoutMs;
    let delay = 20;
    for (;;) {
      try {
        const handle = await open(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
        await handle.close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (await this.breakStaleLock(lockPath)) continue;
      if (this.now() > deadline) {
        throw new Error(`timed out waiting for the lock ${lockPath}; if no job is using ${this.dir}, delete that file`);
      }
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 500);
    }
    try {
      return await fn();
    } finally {
      await unlink(lockPath).catch(() => undefined);
    }
  }

  /** A lock from a process that no longer runs on this host, or an old one, is left over: remove it. */
  private async breakStaleLock(lockPath: string): Promise<boolean> {
    try {
      const [text, st] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
      const owner = JSON.parse(text) as { pid?: number; host?: string };
      const dead = owner.host === hostname() && typeof owner.pid === 'number' && !processAlive(owner.pid);
      if (dead || this.now() - st.mtimeMs > this.staleLockMs) {
        await unlink(lockPath);
        return true;
      }
    } catch {
      // Gone already, or mid-write by its owner: wait and retry.
    }
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Archives the contents of one directory relative to itself (a missing dir archives as empty). */
async function createArchive(target: string, dir: string, compression: 'zstd' | 'none'): Promise<void> {
  const exists = await access(dir).then(() => true, () => false);
  const source = exists ? dir : await mkdtemp(path.join(path.dirname(target), 'empty-'));
  try {
    const args = ['-cf', target, '-C', source, ...(compression === 'zstd' ? ['--use-compress-program', 'zstd -T0 -3'] : []), '.'];
    await run('tar', args, { maxBuffer: 16 * 1024 * 1024, timeout: TAR_TIMEOUT_MS, killSignal: 'SIGKILL' });
  } finally {
    if (!exists) await rm(source, { recursive: true, force: true });
  }
}

async function extract(archive: string, dir: string, compression: 'zstd' | 'none'): Promise<void> {
  await mkdir(dir, { recursive: true });
  const args = ['-xf', archive, '-C', dir, ...(compression === 'zstd' ? ['--use-compress-program', 'zstd -d'] : [])];
  await run('tar', args, { maxBuffer: 16 * 1024 * 1024, timeout: TAR_TIMEOUT_MS, killSignal: 'SIGKILL' });
}

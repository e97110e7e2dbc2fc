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
 *
 * The dir is shared and persistent, so its contents are not trusted blindly (issue 13): index entries
 * name archives by plain file names inside `archives/` only; each archive's sha256 is kept in the index
 * and checked before it is extracted, and its members are listed first: a path outside the target, a
 * symlink or hard link leading outside, or a device is refused. A corrupt or refused entry is removed,
 * so the next save replaces it. On a full disk every temporary file is removed again, and a restore
 * needs no space: the last-used time and the pinning hard link are best effort.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { access, mkdir, mkdtemp, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findEntry, planEviction, type StoredEntry } from '../../core/cache/store.js';
import { sha256Hex } from '../../core/cache/key.js';
import { TarScanner, unsafeTarMember } from '../../core/security/tar.js';
import type { RestoreResult, SaveResult, WheelStoreBackend } from './backend.js';

const run = promisify(execFile);
/** A stuck tar (full disk, hung NFS) must not hold the job until GitHub's 6-hour limit. */
const TAR_TIMEOUT_MS = 30 * 60_000;

interface IndexEntry extends StoredEntry {
  /** One archive per cached path, in the order of the `paths` given to save: plain names in `archives/`. */
  files: string[];
  /** Each archive's sha256, checked before it is extracted. */
  sha256?: string[];
  compression: 'zstd' | 'none';
}

/** What an index entry may name: a file directly in `archives/` (a planted `../../victim` is dropped). */
const ARCHIVE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function validEntry(e: IndexEntry): boolean {
  return (
    typeof e.key === 'string' &&
    Array.isArray(e.files) &&
    e.files.every((f) => typeof f === 'string' && ARCHIVE_NAME.test(f)) &&
    (e.sha256 === undefined || (Array.isArray(e.sha256) && e.sha256.length === e.files.length && e.sha256.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h)))) &&
    (e.compression === 'zstd' || e.compression === 'none')
  );
}

/** The file system calls a full disk makes fail (a seam for tests; default node:fs/promises). */
export interface StoreIo {
  writeFile: typeof fsPromises.writeFile;
  link: typeof fsPromises.link;
  open: typeof fsPromises.open;
}

const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);
const isNoSpace = (error: unknown) => NO_SPACE.has((error as NodeJS.ErrnoException)?.code ?? '');

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
  io?: Partial<StoreIo>;
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
  private readonly io: StoreIo;

  constructor(options: LocalBackendOptions) {
    this.io = { writeFile: fsPromises.writeFile, link: fsPromises.link, open: fsPromises.open, ...options.io };
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
    const readId = randomBytes(6).toString('hex');
    const pinned: string[] = [];
    let archives: string[] = [];
    let found: IndexEntry | undefined;
    const matching = (index: IndexFile) => {
      const entry = findEntry(index.entries, key, restoreKeys);
      return entry && entry.files.length === paths.length ? entry : undefined;
    };
    try {
      await this.ensureLayout();
      try {
        found = await this.withLock(async () => {
          const index = await this.readIndex();
          const entry = matching(index);
          if (!entry) return undefined;
          archives = [];
          for (const [i, file] of entry.files.entries()) {
            const source = path.join(this.dir, 'archives', file);
            const target = path.join(this.dir, 'tmp', `read-${readId}.${i}`);
            try {
              await this.io.link(source, target);
              pinned.push(target);
              archives.push(target);
            } catch (error) {
              if (!isNoSpace(error)) throw error;
              archives.push(source); // no room for the pin: read it in place
            }
          }
          // Best effort: a restore must work on a full disk.
          entry.lastUsedAtMs = this.now();
          await this.writeIndex(index).catch(() => undefined);
          return entry;
        });
      } catch (error) {
        if (!isNoSpace(error)) throw error;
        // No room even for the lock file: read without it (index.json is only ever replaced whole).
        found = matching(await this.readIndex());
        archives = found ? found.files.map((f) => path.join(this.dir, 'archives', f)) : [];
      }
      if (!found) return { matchedKey: undefined };
      const problem = await verifyArchives(found, archives, paths);
      if (problem) {
        await this.dropEntry(found.key).catch(() => undefined);
        return { matchedKey: undefined, failure: `the stored archive for ${found.key} ${problem}; removed it from ${this.dir}, the next save replaces it` };
      }
      for (const [i, archive] of archives.entries()) await extract(archive, paths[i]!, found.compression);
      return { matchedKey: found.key };
    } catch (error) {
      const what = found ? `the stored archive for ${found.key} could not be extracted` : `could not read ${this.dir}`;
      return { matchedKey: undefined, failure: `${what}: ${(error as Error).message}` };
    } finally {
      for (const p of pinned) await rm(p, { force: true });
    }
  }

  /** Removes an entry and its archives (a corrupt or refused one), under the lock. */
  private async dropEntry(key: string): Promise<void> {
    await this.withLock(async () => {
      const index = await this.readIndex();
      const entry = index.entries.find((e) => e.key === key);
      if (!entry) return;
      for (const f of entry.files) await rm(path.join(this.dir, 'archives', f), { force: true });
      index.entries = index.entries.filter((e) => e !== entry);
      await this.writeIndex(index);
    });
  }

  /** An entry that can be restored: integrity hashes recorded and its archives present. */
  private async intact(entry: IndexEntry): Promise<boolean> {
    if (!entry.sha256) return false;
    for (const f of entry.files) {
      if (!(await stat(path.join(this.dir, 'archives', f)).then((st) => st.isFile(), () => false))) return false;
    }
    return true;
  }

  async save(paths: readonly string[], key: string): Promise<SaveResult> {
    let tmps: string[] = [];
    try {
      await this.ensureLayout();
      const existing = (await this.readIndex()).entries.find((e) => e.key === key);
      if (existing && (await this.intact(existing))) return { status: 'exists', message: `the wheel store ${key} is already in ${this.dir}; not saving it again` };
      const compression = (await hasZstd()) ? 'zstd' : 'none';
      // Unique per save: a same-key race never renames onto the winner's archive.
      const stem = `${sha256Hex(key).slice(0, 16)}-${randomBytes(4).toString('hex')}`;
      const files = paths.map((_, i) => `${stem}.${i}.tar${compression === 'zstd' ? '.zst' : ''}`);
      tmps = files.map((f) => path.join(this.dir, 'tmp', `${f}.${process.pid}`));
      let bytes = 0;
      const sha256: string[] = [];
      try {
        for (const [i, p] of paths.entries()) {
          await createArchive(tmps[i]!, p, compression);
          bytes += (await stat(tmps[i]!)).size;
          sha256.push(await hashFile(tmps[i]!));
        }
      } catch (error) {
        return { status: 'failed', message: `could not archive the wheel store: ${(error as Error).message}` };
      }
      return await this.withLock(async () => {
        const index = await this.readIndex();
        const raced = index.entries.find((e) => e.key === key);
        if (raced && (await this.intact(raced))) return { status: 'exists', message: `another job saved the wheel store ${key} first; not saving it again` } as const;
        const moved: string[] = [];
        try {
          for (const [i, t] of tmps.entries()) {
            await rename(t, path.join(this.dir, 'archives', files[i]!));
            moved.push(path.join(this.dir, 'archives', files[i]!));
          }
          const now = this.now();
          // A corrupt or hash-less entry of this key is replaced, not kept forever.
          const replaced = index.entries.filter((e) => e.key === key);
          index.entries = index.entries.filter((e) => e.key !== key);
          index.entries.push({ key, files, sha256, bytes, createdAtMs: now, lastUsedAtMs: now, compression });
          const evict = new Set(this.capBytes === undefined ? [] : planEviction(index.entries, this.capBytes, key));
          const dropped = [...replaced, ...index.entries.filter((x) => evict.has(x.key))];
          index.entries = index.entries.filter((e) => !evict.has(e.key));
          await this.writeIndex(index);
          // Archives are deleted only once the index no longer names them.
          for (const e of dropped) for (const f of e.files) await rm(path.join(this.dir, 'archives', f), { force: true });
          return { status: 'saved', archiveBytes: bytes } as const;
        } catch (error) {
          // Full disk (or any failure) after the archives moved in: the index does not name them, so they go.
          for (const m of moved) await rm(m, { force: true });
          throw error;
        }
      });
    } catch (error) {
      return { status: 'failed', message: `could not save the wheel store into ${this.dir}: ${(error as Error).message}` };
    } finally {
      for (const t of tmps) await rm(t, { force: true });
    }
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
        return { version: 1, entries: parsed.entries.filter(validEntry) };
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    return { version: 1, entries: [] };
  }

  /** tmp + rename: a crash mid-write leaves the previous index intact. */
  private async writeIndex(index: IndexFile): Promise<void> {
    const tmp = `${this.indexPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      await this.io.writeFile(tmp, `${JSON.stringify(index, null, 2)}\n`);
      await rename(tmp, this.indexPath);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  private async withLock<T>(fn: () => Promise<T>): Promise<T> {
    const lockPath = path.join(this.dir, '.lock');
    const deadline = this.now() + this.lockTimeoutMs;
    let delay = 20;
    for (;;) {
      try {
        const handle = await this.io.open(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
        try {
          await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
        } catch (error) {
          // Created but not written (full disk): an empty lock would block everyone until it goes stale.
          await handle.close();
          await unlink(lockPath).catch(() => undefined);
          throw error;
        }
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

/** sha256 of a file, streamed. */
function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The member list of a tar archive (decompressed with zstd when it is compressed), read without extracting. */
function listTarMembers(archive: string, compression: 'zstd' | 'none'): Promise<TarScanner> {
  return new Promise((resolve, reject) => {
    const scanner = new TarScanner();
    if (compression === 'none') {
      createReadStream(archive)
        .on('data', (chunk) => scanner.push(chunk as Buffer))
        .on('error', reject)
        .on('end', () => resolve(scanner));
      return;
    }
    const child = spawn('zstd', ['-dc', archive], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TAR_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => scanner.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(scanner);
      else reject(new Error(`zstd could not read it (${err.trim() || `exit ${code}`})`));
    });
  });
}

/**
 * Why the archives of `entry` must not be extracted into `paths` (a sentence fragment), or null: no
 * integrity hash (not written by this lockstep), a hash that does not match (corrupt or replaced), or
 * members that would land outside the target folder.
 */
async function verifyArchives(entry: IndexEntry, archives: readonly string[], paths: readonly string[]): Promise<string | null> {
  if (!entry.sha256) return 'has no integrity hash (an older lockstep or something else wrote it)';
  for (const [i, archive] of archives.entries()) {
    if ((await hashFile(archive)) !== entry.sha256[i]) return 'does not match its integrity hash (corrupt or replaced)';
    const root = path.resolve(paths[i]!);
    const unsafe = (await listTarMembers(archive, entry.compression)).members.map((m) => unsafeTarMember(m, root)).filter((why): why is string => why !== null);
    if (unsafe.length > 0) return `holds ${unsafe.length} member(s) that would be written outside ${paths[i]} (${unsafe.slice(0, 3).join('; ')})`;
  }
  return null;
}

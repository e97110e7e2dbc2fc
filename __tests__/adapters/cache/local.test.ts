/**
 * The local-dir backend (self-hosted runners): atomic saves, restore-key fallback, LRU eviction under a
 * size cap, and two job processes saving into one dir at the same time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { LocalDirBackend } from '../../../src/adapters/cache/local.js';

let root: string;
let driver: string;

function makeStore(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(root, 'stores', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full).toString('base64').slice(0, 40);
    }
  };
  walk(dir);
  return out;
}

/** Runs `save` in a separate Node process, the way two jobs on one self-hosted machine would. */
function saveInChild(cacheDir: string, key: string, store: string): Promise<{ status: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [driver, cacheDir, key, store], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as { status: string }) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'lockstep-local-cache-'));
  driver = path.join(root, 'save-driver.mjs');
  const local = path.resolve('src/adapters/cache/local.ts');
  await build({
    stdin: {
      contents: `import { LocalDirBackend } from ${JSON.stringify(local)};
const [dir, key, store] = process.argv.slice(2);
const result = await new LocalDirBackend({ dir }).save([store], key);
process.stdout.write(JSON.stringify(result));`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: driver,
    logLevel: 'error',
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('LocalDirBackend', () => {
  it('saves, restores the exact key and falls back to the newest prefix match', async () => {
    const cacheDir = path.join(root, 'basic');
    let clock = 1000;
    const backend = new LocalDirBackend({ dir: cacheDir, now: () => clock++ });
    const store = makeStore('basic', { 'a.whl': 'v1', 'nested/b': 'same' });
    expect(await backend.save([store], 'p-linux-py3.11-e-lock1')).toMatchObject({ status: 'saved' });
    writeFileSync(path.join(store, 'a.whl'), 'v2');
    expect(await backend.save([store], 'p-linux-py3.11-e-lock2')).toMatchObject({ status: 'saved' });
    expect(await backend.save([store], 'p-linux-py3.11-e-lock2')).toMatchObject({ status: 'exists' });

    rmSync(store, { recursive: true });
    expect(await backend.restore([store], 'p-linux-py3.11-e-lock1', [])).toEqual({ matchedKey: 'p-linux-py3.11-e-lock1' });
    expect(readFileSync(path.join(store, 'a.whl'), 'utf8')).toBe('v1');

    rmSync(store, { recursive: true });
    const fallback = await backend.restore([store], 'p-linux-py3.11-e-lock9', ['p-linux-py3.11-e-', 'p-linux-py3.11-']);
    expect(fallback).toEqual({ matchedKey: 'p-linux-py3.11-e-lock2' });
    expect(readFileSync(path.join(store, 'a.whl'), 'utf8')).toBe('v2');
    expect(readFileSync(path.join(store, 'nested/b'), 'utf8')).toBe('same');

    expect(await backend.restore([store], 'p-macos-py3.11-e-x', ['p-macos-'])).toEqual({ matchedKey: undefined });

    // Another runner on the same machine has its store elsewhere (its own RUNNER_TEMP): it restores there.
    const elsewhere = path.join(root, 'runner-2', 'store');
    expect((await backend.restore([elsewhere], 'p-linux-py3.11-e-lock1', [])).matchedKey).toBe('p-linux-py3.11-e-lock1');
    expect(readFileSync(path.join(elsewhere, 'a.whl'), 'utf8')).toBe('v1');
    // Nothing half-written is left behind.
    expect(readdirSync(path.join(cacheDir, 'tmp'))).toEqual([]);
    expect(existsSync(path.join(cacheDir, '.lock'))).toBe(false);
  });

  it('evicts the least recently used entries beyond the size cap, never the one just saved', async () => {
    const cacheDir = path.join(root, 'lru');
    let clock = 1_000_000;
    const probe = new LocalDirBackend({ dir: path.join(root, 'lru-probe') });
    // Random bytes do not compress: each archive is a bit over 300 kB.
    const sizeOf = async (): Promise<number> => {
      const s = makeStore('probe', { blob: randomBytes(300_000) });
      const r = await probe.save([s], `probe-${clock}`);
      return r.status === 'saved' ? r.archiveBytes ?? 0 : 0;
    };
    const one = await sizeOf();
    const backend = new LocalDirBackend({ dir: cacheDir, capBytes: Math.floor(one * 2.5), now: () => (clock += 1000) });
    const stores = ['a', 'b', 'c'].map((n) => makeStore(`lru-${n}`, { blob: randomBytes(300_000) }));
    await backend.save([stores[0]!], 'key-a');
    await backend.save([stores[1]!], 'key-b');
    // Use a: b becomes the least recently used although a is older.
    expect((await backend.restore([stores[0]!], 'key-a', [])).matchedKey).toBe('key-a');
    await backend.save([stores[2]!], 'key-c');
    expect((await backend.keys()).sort()).toEqual(['key-a', 'key-c']);
    expect(readdirSync(path.join(cacheDir, 'archives'))).toHaveLength(2);

    // A single entry larger than the cap is still kept (the store must be usable next run).
    const tiny = new LocalDirBackend({ dir: cacheDir, capBytes: 10, now: () => (clock += 1000) });
    await tiny.save([makeStore('lru-d', { blob: randomBytes(1000) })], 'key-d');
    expect(await tiny.keys()).toEqual(['key-d']);
  });

  it('two processes saving into one dir at once keep both entries intact', async () => {
    const cacheDir = path.join(root, 'shared');
    const contents = Array.from({ length: 4 }, () => randomBytes(2_000_000));
    const stores = contents.map((data, i) => makeStore(`shared-${i}`, { [`wheel-${i}.whl`]: data, common: `job ${i}` }));
    const expected = stores.map((s) => readTree(s));
    // Four jobs with their own keys plus two racing for one key, all at the same time.
    const results = await Promise.all([
      ...stores.map((s, i) => saveInChild(cacheDir, `shared-key-${i}`, s)),
      saveInChild(cacheDir, 'same-key', stores[0]!),
      saveInChild(cacheDir, 'same-key', stores[1]!),
    ]);
    expect(results.slice(0, 4).map((r) => r.status)).toEqual(['saved', 'saved', 'saved', 'saved']);
    expect(results.slice(4).map((r) => r.status).sort()).toEqual(['exists', 'saved']);

    const backend = new LocalDirBackend({ dir: cacheDir });
    expect((await backend.keys()).sort()).toEqual(['same-key', 'shared-key-0', 'shared-key-1', 'shared-key-2', 'shared-key-3']);
    for (let i = 0; i < stores.length; i++) {
      rmSync(stores[i]!, { recursive: true });
      expect((await backend.restore([stores[i]!], `shared-key-${i}`, [])).matchedKey).toBe(`shared-key-${i}`);
      expect(readTree(stores[i]!)).toEqual(expected[i]);
    }
    expect(readdirSync(path.join(cacheDir, 'archives'))).toHaveLength(5);
    expect(readdirSync(path.join(cacheDir, 'tmp'))).toEqual([]);
  });

  it('breaks a lock left behind by a job that was killed', async () => {
    const cacheDir = path.join(root, 'stale');
    mkdirSync(cacheDir, { recursive: true });
    // A pid that cannot be running: the lock's owner is gone.
    writeFileSync(path.join(cacheDir, '.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }));
    const backend = new LocalDirBackend({ dir: cacheDir, lockTimeoutMs: 5000 });
    expect(await backend.save([makeStore('stale', { a: 'x' })], 'k')).toMatchObject({ status: 'saved' });
  });

  it('reports a damaged archive as a failure instead of throwing', async () => {
    const cacheDir = path.join(root, 'damaged');
    const backend = new LocalDirBackend({ dir: cacheDir });
    const store = makeStore('damaged', { a: randomBytes(100_000) });
    await backend.save([store], 'dk');
    const [archive] = readdirSync(path.join(cacheDir, 'archives'));
    const file = path.join(cacheDir, 'archives', archive!);
    writeFileSync(file, readFileSync(file).subarray(0, 5000));
    rmSync(store, { recursive: true });
    const result = await backend.restore([store], 'dk', []);
    expect(result.matchedKey).toBeUndefined();
    expect(result.failure).toContain('does not match its integrity hash');
    // The corrupt entry is gone, so the next save replaces it instead of "already in ...; not saving".
    expect(await backend.keys()).toEqual([]);
    const fresh = makeStore('damaged', { a: 'fresh' });
    expect(await backend.save([fresh], 'dk')).toMatchObject({ status: 'saved' });
    rmSync(fresh, { recursive: true });
    expect((await backend.restore([fresh], 'dk', [])).matchedKey).toBe('dk');
    expect(readFileSync(path.join(fresh, 'a'), 'utf8')).toBe('fresh');
  });
});

describe('LocalDirBackend against a planted or damaged cache dir (issue 13)', () => {
  /** Saves `files` under `key`, then lets `plant` rewrite the archive and index.json (as anyone with write access to the dir could). */
  async function planted(name: string, plant: (archive: string, index: { entries: Record<string, unknown>[] }) => void): Promise<{ backend: LocalDirBackend; cacheDir: string; store: string }> {
    const cacheDir = path.join(root, name);
    const backend = new LocalDirBackend({ dir: cacheDir });
    const store = makeStore(name, { 'a.whl': 'wheel' });
    await backend.save([store], 'k');
    const [archive] = readdirSync(path.join(cacheDir, 'archives'));
    const indexPath = path.join(cacheDir, 'index.json');
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { entries: Record<string, unknown>[] };
    plant(path.join(cacheDir, 'archives', archive!), index);
    writeFileSync(indexPath, JSON.stringify(index));
    rmSync(store, { recursive: true });
    return { backend, cacheDir, store };
  }

  /** A tar whose top-level directory is a symlink out of the store: uv would then write through it. */
  function escapingTar(dir: string, outside: string): string {
    const src = path.join(dir, 'src');
    mkdirSync(src, { recursive: true });
    symlinkSync(outside, path.join(src, 'wheels-v5'));
    const tar = path.join(dir, 'evil.tar');
    execFileSync('tar', ['-cf', tar, '-C', src, '.']);
    return tar;
  }

  it('refuses an archive whose top-level directory is a symlink outside the store (even with a matching hash)', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'lockstep-victim-'));
    try {
      const { backend, store } = await planted('symlink', (archive, index) => {
        const tar = escapingTar(path.dirname(path.dirname(archive)), outside);
        writeFileSync(archive, index.entries[0]!.compression === 'zstd' ? execFileSync('zstd', ['-c', tar]) : readFileSync(tar));
        index.entries[0]!.sha256 = [createHash('sha256').update(readFileSync(archive)).digest('hex')];
      });
      const result = await backend.restore([store], 'k', []);
      expect(result.matchedKey).toBeUndefined();
      expect(result.failure).toMatch(/would be written outside .*wheels-v5: a symlink to .*outside the folder/);
      expect(existsSync(path.join(store, 'wheels-v5'))).toBe(false);
      expect(await backend.keys()).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('never deletes a file an index entry names outside archives/ (eviction of ../../victim)', async () => {
    const victim = path.join(root, 'victim.txt');
    writeFileSync(victim, 'precious');
    const { cacheDir } = await planted('traversal', (_archive, index) => {
      index.entries.push({ key: 'old', files: ['../../victim.txt'], bytes: 1e12, createdAtMs: 0, lastUsedAtMs: 0, compression: 'none' });
    });
    const backend = new LocalDirBackend({ dir: cacheDir, capBytes: 1 });
    expect(await backend.save([makeStore('traversal-2', { b: 'x' })], 'k2')).toMatchObject({ status: 'saved' });
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(await backend.keys()).toEqual(['k2']);
  });

  it('on a full disk leaves no orphan archive or index.json.<pid>.<rnd>, and still restores', async () => {
    const cacheDir = path.join(root, 'full');
    const store = makeStore('full', { 'a.whl': 'wheel' });
    expect(await new LocalDirBackend({ dir: cacheDir }).save([store], 'k')).toMatchObject({ status: 'saved' });
    const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const full = new LocalDirBackend({
      dir: cacheDir,
      io: {
        // Half a file, then the disk is full (what writeFile leaves behind).
        writeFile: (async (file: string, data: string) => {
          writeFileSync(file, data.slice(0, 10));
          throw enospc();
        }) as never,
        link: (async () => {
          throw enospc();
        }) as never,
      },
    });
    const before = readdirSync(path.join(cacheDir, 'archives'));
    const failed = await full.save([makeStore('full-2', { b: 'new' })], 'k2');
    expect(failed).toMatchObject({ status: 'failed', message: expect.stringContaining('ENOSPC') });
    expect(readdirSync(path.join(cacheDir, 'archives'))).toEqual(before);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('index.json.'))).toEqual([]);
    expect(readdirSync(path.join(cacheDir, 'tmp'))).toEqual([]);
    expect(existsSync(path.join(cacheDir, '.lock'))).toBe(false);

    rmSync(store, { recursive: true });
    expect(await full.restore([store], 'k', [])).toEqual({ matchedKey: 'k' });
    expect(readFileSync(path.join(store, 'a.whl'), 'utf8')).toBe('wheel');

    // Not even room for the lock file: the restore reads without it.
    const noLock = new LocalDirBackend({
      dir: cacheDir,
      io: {
        open: (async () => {
          throw enospc();
        }) as never,
      },
    });
    rmSync(store, { recursive: true });
    expect(await noLock.restore([store], 'k', [])).toEqual({ matchedKey: 'k' });
  });
});

/**
 * The Actions cache service v2 (github.com), spoken directly so the archive streams instead of
 * sitting on disk between two sequential phases:
 *   save     `tar | zstd` feeds block uploads (Put Block, several in flight) while it is still
 *            writing; Put Block List and FinalizeCacheEntryUpload when it ends;
 *   restore  ranged downloads (several in flight) feed `zstd -d | tar -x` in order while the rest
 *            still arrives.
 * @actions/cache 6 does the same steps one after the other (archive to a file, then upload; download
 * to a file, then extract). The protocol, the archive (GNU tar --posix, zstd, paths relative to
 * GITHUB_WORKSPACE) and the cache version (paths + compression + salt) are the library's, so an entry
 * either one saved, the other restores. Used only where that holds for certain: Linux, service v2 on
 * github.com / ghe.com, zstd installed; everywhere else the library (see {@link streamingCacheService}).
 *
 * Every request has the http adapter's timeouts, retries and deadline; every child process a deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bulkRequest } from '../bulk-http.js';
import { proxySettingsFromEnv } from '../http.js';

const SERVICE = 'github.actions.results.api.v1.CacheService';
/** @actions/cache's names: the compression method on Linux with zstd, and the version salt. */
const COMPRESSION = 'zstd-without-long';
const VERSION_SALT = '1.0';
const LAYER_SALT = 'lockstep-layer-1';
/** Block and range size, and how many are in flight: 8 × 8 MiB of memory at most, per direction. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 8;
/** A whole restore or save (a 10 GB store at 20 MB/s fits). */
const TRANSFER_DEADLINE_MS = 15 * 60_000;
/** The largest archive restored: the service's own limit for one entry (10 GB). */
const MAX_ARCHIVE_BYTES = 10 * 1024 ** 3;
/** The service's own answers are small JSON documents. */
const RPC_MAX_BYTES = 1024 * 1024;
const AZURE_VERSION = '2023-11-03';
/** One RPC, all attempts. */
const RPC_DEADLINE_MS = 2 * 60_000;

export interface StreamingCacheService {
  resultsUrl: string;
  token: string;
  /** GITHUB_WORKSPACE: archive paths are relative to it, as @actions/cache makes them. */
  workspace: string;
}

/**
 * The service, when streaming is certain to produce what @actions/cache would: undefined elsewhere
 * (the caller uses the library). LOCKSTEP_CACHE_STREAMING=false turns it off.
 */
export function streamingCacheService(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): StreamingCacheService | undefined {
  if (/^(0|false|off|no)$/i.test(env.LOCKSTEP_CACHE_STREAMING ?? '')) return undefined;
  if (platform !== 'linux' || !env.ACTIONS_CACHE_SERVICE_V2 || !env.ACTIONS_RESULTS_URL || !env.ACTIONS_RUNTIME_TOKEN) return undefined;
  // GHES speaks v1 whatever the variables say (the library's own rule).
  const host = hostOf(env.GITHUB_SERVER_URL || 'https://github.com');
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) return undefined;
  // A proxy: the library's client knows how to go through one; ours is direct.
  if (proxySettingsFromEnv(env)) return undefined;
  if (!onPath('zstd', env) || !onPath('tar', env)) return undefined;
  return { resultsUrl: env.ACTIONS_RESULTS_URL, token: env.ACTIONS_RUNTIME_TOKEN, workspace: env.GITHUB_WORKSPACE || process.cwd() };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, command)));
}

/** The cache version @actions/cache computes for these paths on Linux with zstd. */
export function cacheVersion(paths: readonly string[]): string {
  return createHash('sha256').update([...paths, COMPRESSION, VERSION_SALT].join('|')).digest('hex');
}

/**
 * A layer's version: what `uv sync` added to a restored store, saved under the job's key beside (never
 * instead of) whole stores. Its own version keeps it out of every lookup that expects a whole store,
 * @actions/cache's included.
 */
export function layerVersion(paths: readonly string[]): string {
  return createHash('sha256').update([...paths, COMPRESSION, LAYER_SALT].join('|')).digest('hex');
}

/** Where a layer names its base: a file beside the store (never inside uv's cache dir), in the archive. */
export function layerMarker(paths: readonly string[]): string {
  return `${paths[0]}.lockstep-layer.json`;
}

async function rpc<T>(service: StreamingCacheService, method: string, body: Record<string, unknown>, passStatus: readonly number[] = []): Promise<{ status: number; data: T }> {
  const url = new URL(`/twirp/${SERVICE}/${method}`, service.resultsUrl).href;
  const answer = await bulkRequest(
    url,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${service.token}` },
      body: JSON.stringify(body),
      maxBytes: RPC_MAX_BYTES,
      signal: AbortSignal.timeout(RPC_DEADLINE_MS),
    },
    [200, ...passStatus],
  );
  let data = {} as T;
  try {
    if (answer.body.length) data = protoNames(JSON.parse(answer.body.toString('utf8'))) as T;
  } catch {
    throw new Error(`the cache service answered ${method} with something other than JSON`);
  }
  return { status: answer.status, data };
}

/**
 * Twirp answers in proto field names (`signed_download_url`) or, configured so, in JSON names
 * (`signedDownloadUrl`); @actions/cache's generated client reads both, and so does this.
 */
function protoNames(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
    const proto = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (!(proto in out)) out[proto] = field;
  }
  return out;
}

/** Archive paths as @actions/cache writes them: relative to the workspace, `/`-separated. */
function archivePath(service: StreamingCacheService, file: string): string {
  return path.relative(service.workspace, file).split(path.sep).join('/') || '.';
}

/** A child process whose failure (exit code, signal, deadline) becomes one error with its stderr tail. */
function watch(child: ChildProcess, what: string, signal: AbortSignal): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const kill = () => child.kill('SIGKILL');
  signal.addEventListener('abort', kill, { once: true });
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`${what}: ${error.message}`)));
    child.once('close', (code, killed) => {
      signal.removeEventListener('abort', kill);
      if (code === 0) resolve();
      else reject(new Error(`${what} ${signal.aborted ? 'was stopped' : `exited with ${code ?? killed}`}${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`));
    });
  });
}

/** Runs `tasks` with at most `limit` in flight, in order of start. */
class Pipeline {
  private readonly running = new Set<Promise<void>>();
  private failure: unknown;
  constructor(private readonly limit: number) {}
  /** Waits for a free slot, then starts `task`; throws the first failure of any earlier task. */
  async add(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure) throw this.failure;
    const promise: Promise<void> = task()
      .catch((error) => {
        this.failure ??= error;
      })
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }
  async drain(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }
}

function withSas(signedUrl: string, query: string): string {
  return `${signedUrl}${signedUrl.includes('?') ? '&' : '?'}${query}`;
}

export interface StreamingRestore {
  /** The key restored: the job's key for a whole entry or a layer with its base. */
  matchedKey: string | undefined;
  bytes: number;
  /** Set when the job's key was a layer: the whole store under it. */
  base?: string;
  /** A layer was restored but its base is gone (evicted): only the layer's files are there. */
  baseMissing?: string;
}

interface Lookup {
  ok?: boolean;
  signed_download_url?: string;
  matched_key?: string;
}

function lookup(service: StreamingCacheService, key: string, restoreKeys: readonly string[], version: string): Promise<Lookup> {
  return rpc<Lookup>(service, 'GetCacheEntryDownloadURL', { key, restore_keys: [...restoreKeys], version }).then((answer) => answer.data);
}

/** The key of the entry a lookup of exactly `key` finds (nothing is downloaded). */
export async function lookupStreaming(service: StreamingCacheService, paths: readonly string[], key: string, kind: 'whole' | 'layer' = 'whole'): Promise<string | undefined> {
  const found = await lookup(service, key, [], kind === 'whole' ? cacheVersion(paths) : layerVersion(paths));
  return found.ok ? found.matched_key || key : undefined;
}

/**
 * Looks the key up as a whole store (with the restore keys) and as a layer (exact key only), both at
 * once. A whole store under the exact key wins; else a layer, extracted first, then its base with
 * the layer's files kept; else the restore keys' whole store.
 */
export async function restoreStreaming(service: StreamingCacheService, paths: readonly string[], key: string, restoreKeys: readonly string[]): Promise<StreamingRestore> {
  const [whole, layer] = await Promise.all([lookup(service, key, restoreKeys, cacheVersion(paths)), lookup(service, key, [], layerVersion(paths))]);
  const exactWhole = whole.ok && whole.signed_download_url && (whole.matched_key || key) === key;
  if (!exactWhole && layer.ok && layer.signed_download_url) {
    let bytes = await downloadInto(service, layer.signed_download_url);
    const marker = readLayerMarker(service, paths);
    if (!marker) return { matchedKey: undefined, bytes, baseMissing: '(the layer names no base)' };
    const baseEntry = whole.ok && whole.matched_key === marker.base ? whole : await lookup(service, marker.base, [], cacheVersion(paths));
    if (!baseEntry.ok || !baseEntry.signed_download_url) return { matchedKey: undefined, bytes, baseMissing: marker.base };
    bytes += await downloadInto(service, baseEntry.signed_download_url, true);
    for (const gone of marker.removed) removePath(gone);
    return { matchedKey: key, bytes, base: marker.base };
  }
  if (!whole.ok || !whole.signed_download_url) return { matchedKey: undefined, bytes: 0 };
  const bytes = await downloadInto(service, whole.signed_download_url);
  return { matchedKey: whole.matched_key || key, bytes };
}

/**
 * Removes a file, a symlink (dangling or not: Node 24's rmSync with `recursive` silently leaves a
 * dangling one in place) or a directory tree.
 */
function removePath(p: string): void {
  const stat = lstatSync(p, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) rmSync(p, { recursive: true, force: true });
  else unlinkSync(p);
}

/**
 * The base a just-extracted layer names and the paths of the base it removed (absolute, and only
 * those inside the cached paths, the store or the .venv: the marker comes from the cache and is not
 * trusted to name anything else).
 * The marker is removed so it never travels into a whole save.
 */
function readLayerMarker(service: StreamingCacheService, paths: readonly string[]): { base: string; removed: string[] } | undefined {
  const marker = layerMarker(paths);
  const roots = paths.map((p) => `${path.resolve(p)}${path.sep}`);
  try {
    const parsed = JSON.parse(readFileSync(marker, 'utf8')) as { base?: unknown; removed?: unknown };
    if (typeof parsed.base !== 'string' || !parsed.base) return undefined;
    const removed = (Array.isArray(parsed.removed) ? parsed.removed : [])
      .filter((r): r is string => typeof r === 'string')
      .map((r) => path.resolve(service.workspace, r))
      .filter((r) => roots.some((root) => r.startsWith(root)));
    return { base: parsed.base, removed };
  } catch {
    return undefined;
  } finally {
    rmSync(marker, { force: true });
  }
}

/** Streams the entry behind `signedUrl` into `tar -x`; `keepExisting`: files already there win (a base under its layer). */
async function downloadInto(service: StreamingCacheService, signedUrl: string, keepExisting = false): Promise<number> {
  const deadline = AbortSignal.timeout(TRANSFER_DEADLINE_MS);
  const tar = spawn('tar', ['-xf', '-', '-P', '-C', service.workspace, '--use-compress-program', 'unzstd', ...(keepExisting ? ['--skip-old-files'] : [])], { stdio: ['pipe', 'ignore', 'pipe'] });
  const done = watch(tar, 'tar -x (restoring the cache archive)', deadline);
  // A write to a tar that already exited fails with EPIPE: its exit status tells why.
  tar.stdin!.on('error', () => undefined);
  const write = (chunk: Buffer) =>
    new Promise<void>((resolve, reject) => {
      if (!tar.stdin!.write(chunk)) {
        const onDrain = () => {
          tar.off('close', onClose);
          resolve();
        };
        const onClose = () => {
          tar.stdin!.off('drain', onDrain);
          reject(new Error('tar -x stopped reading the cache archive'));
        };
        tar.stdin!.once('drain', onDrain);
        tar.once('close', onClose);
      } else resolve();
    });
  const range = (start: number, end: number) =>
    bulkRequest(signedUrl, { method: 'GET', headers: { 'x-ms-range': `bytes=${start}-${end}`, 'x-ms-version': AZURE_VERSION }, signal: deadline, maxBytes: end - start + 1 }, [200, 206]);
  try {
    const first = await range(0, PART_BYTES - 1);
    const total = first.status === 206 ? Number(/\/(\d+)$/.exec(String(first.headers['content-range'] ?? ''))?.[1]) : first.body.length;
    if (!Number.isFinite(total)) throw new Error('the cache archive came without its size (Content-Range)');
    if (total > MAX_ARCHIVE_BYTES) throw new Error(`the cache archive is ${total} bytes, over the 10 GB an entry can hold`);
    // Parts download several at a time (a window of PARTS_IN_FLIGHT ahead of the one being
    // written) and go to tar strictly in order.
    const part = async (start: number): Promise<Buffer> => {
      const end = Math.min(start + PART_BYTES, total) - 1;
      const answer = await range(start, end);
      if (answer.body.length !== end - start + 1) throw new Error(`the cache archive broke off at byte ${start + answer.body.length} of ${total}`);
      return answer.body;
    };
    const starts: number[] = [];
    for (let start = first.body.length; start < total; start += PART_BYTES) starts.push(start);
    const window: Promise<Buffer>[] = [];
    const request = (i: number) => {
      if (i >= starts.length) return;
      const promise = part(starts[i]!);
      promise.catch(() => undefined);
      window.push(promise);
    };
    for (let i = 0; i < PARTS_IN_FLIGHT; i++) request(i);
    await write(first.body);
    for (let i = 0; i < starts.length; i++) {
      const body = await window.shift()!;
      request(i + PARTS_IN_FLIGHT);
      await write(body);
    }
    tar.stdin!.end();
    await done;
    return total;
  } catch (error) {
    tar.stdin!.destroy();
    tar.kill('SIGKILL');
    await done.catch(() => undefined);
    throw error;
  }
}

export type StreamingSave = { status: 'saved'; bytes: number } | { status: 'exists' } | { status: 'failed'; message: string };

/** Reserves the key, streams the archive of `paths` into it, finalizes. */
export async function saveStreaming(service: StreamingCacheService, paths: readonly string[], key: string): Promise<StreamingSave> {
  const entries = paths.filter((p) => existsSync(p)).map((p) => archivePath(service, p));
  if (entries.length === 0) return { status: 'failed', message: 'none of the paths to cache exist' };
  return uploadArchive(service, key, cacheVersion(paths), entries, []);
}

/**
 * Saves only `files` (absolute paths inside `paths`: what changed since `base` was restored) as a
 * layer under `key`, with a marker naming the base; see {@link restoreStreaming}.
 */
export async function saveLayerStreaming(service: StreamingCacheService, paths: readonly string[], key: string, base: string, files: readonly string[], removed: readonly string[] = []): Promise<StreamingSave> {
  const marker = layerMarker(paths);
  writeFileSync(marker, JSON.stringify({ base, removed: removed.map((f) => archivePath(service, f)) }));
  try {
    const entries = [marker, ...files].map((f) => archivePath(service, f));
    return await uploadArchive(service, key, layerVersion(paths), entries, ['--no-recursion']);
  } finally {
    rmSync(marker, { force: true });
  }
}

async function uploadArchive(service: StreamingCacheService, key: string, version: string, entries: readonly string[], tarOptions: readonly string[]): Promise<StreamingSave> {
  const created = await rpc<{ ok?: boolean; signed_upload_url?: string; message?: string; code?: string }>(service, 'CreateCacheEntry', { key, version }, [409]);
  if (created.status === 409 || created.data.code === 'already_exists') return { status: 'exists' };
  if (!created.data.ok || !created.data.signed_upload_url) {
    return { status: 'failed', message: `the cache service did not reserve ${key}${created.data.message ? `: ${created.data.message}` : ''}` };
  }
  const signedUrl = created.data.signed_upload_url;
  const deadline = AbortSignal.timeout(TRANSFER_DEADLINE_MS);
  const tar = spawn('tar', ['--posix', '-cf', '-', '-P', '-C', service.workspace, ...tarOptions, '--files-from', '-', '--use-compress-program', 'zstdmt'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const done = watch(tar, 'tar -c (writing the cache archive)', deadline);
  tar.stdin!.on('error', () => undefined);
  tar.stdin!.end(`${entries.join('\n')}\n`);
  const uploads = new Pipeline(PARTS_IN_FLIGHT);
  const blockIds: string[] = [];
  let size = 0;
  const putBlock = async (data: Buffer) => {
    const id = Buffer.from(`lockstep-block-${String(blockIds.length).padStart(8, '0')}`).toString('base64');
    blockIds.push(id);
    size += data.length;
    await uploads.add(async () => {
      await bulkRequest(withSas(signedUrl, `comp=block&blockid=${encodeURIComponent(id)}`), { method: 'PUT', headers: { 'x-ms-version': AZURE_VERSION }, body: data, signal: deadline, maxBytes: RPC_MAX_BYTES }, [201]);
    });
  };
  try {
    let buffered: Buffer[] = [];
    let bufferedBytes = 0;
    for await (const chunk of tar.stdout! as AsyncIterable<Buffer>) {
      buffered.push(chunk);
      bufferedBytes += chunk.length;
      if (bufferedBytes >= PART_BYTES) {
        await putBlock(Buffer.concat(buffered, bufferedBytes));
        buffered = [];
        bufferedBytes = 0;
      }
    }
    await done;
    if (bufferedBytes > 0 || blockIds.length === 0) await putBlock(Buffer.concat(buffered, bufferedBytes));
    await uploads.drain();
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList>${blockIds.map((id) => `<Latest>${id}</Latest>`).join('')}</BlockList>`;
    await bulkRequest(withSas(signedUrl, 'comp=blocklist'), { method: 'PUT', headers: { 'x-ms-version': AZURE_VERSION, 'Content-Type': 'application/xml' }, body: list, signal: deadline, maxBytes: RPC_MAX_BYTES }, [201]);
  } catch (error) {
    tar.kill('SIGKILL');
    await done.catch(() => undefined);
    await uploads.drain().catch(() => undefined);
    return { status: 'failed', message: `uploading the cache archive failed: ${(error as Error).message}` };
  }
  const finalized = await rpc<{ ok?: boolean; message?: string }>(service, 'FinalizeCacheEntryUpload', { key, version, size_bytes: String(size) });
  if (!finalized.data.ok) return { status: 'failed', message: `the cache service did not finalize ${key}${finalized.data.message ? `: ${finalized.data.message}` : ''}` };
  return { status: 'saved', bytes: size };
}

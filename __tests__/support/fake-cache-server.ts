/**
 * A stateful GitHub Actions cache service (v2, what @actions/cache 6 speaks on github.com) on 127.0.0.1.
 *
 *   const server = await FakeCacheServer.start();
 *   Object.assign(process.env, server.env());   // ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, token
 *   ... real @actions/cache saveCache / restoreCache ...
 *   expect(server.violations).toEqual([]);
 *   await server.close();
 *
 * Twirp JSON RPCs (POST /twirp/github.actions.results.api.v1.CacheService/<Method>, proto field names):
 *   CreateCacheEntry          {key, version, metadata?}            → {ok, signed_upload_url}; 409 already_exists
 *   FinalizeCacheEntryUpload  {key, version, size_bytes, metadata?} → {ok, entry_id}
 *   GetCacheEntryDownloadURL  {key, restore_keys, version, metadata?} → {ok, signed_download_url, matched_key}
 * and the Azure Blob requests the storage SDK makes against the signed URLs (IP-style URL
 * `/<account>/<container>/<blob>?sig=…`): Put Blob, Put Block, Put Block List, Get Blob (with Range),
 * Get Blob Properties (HEAD).
 *
 * Lookup follows the real service: the key must match exactly; each restore key is a prefix that
 * matches the newest finalized entry; the version (paths + compression hash) must always be equal.
 * Anything the client sends that the real service would reject (unknown route, method, field, a bad
 * token, an upload to an unreserved or wrongly signed URL) gets a 4xx and is recorded in
 * {@link FakeCacheServer.violations}; tests assert that list is empty.
 *
 * Reuse (e.g. the artifact service, which runs on the same results endpoint with the same signed-URL
 * blob storage): {@link FakeCacheServer.registerService} adds another twirp service, and its handlers
 * get blob storage from {@link FakeCacheServer.openBlob} / {@link FakeCacheServer.blobUrl} /
 * {@link FakeCacheServer.blobData}.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { listenOnLoopback } from './loopback.js';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';

/** One twirp RPC: the JSON fields it accepts (proto names) and what it answers. */
export interface TwirpMethod {
  required: string[];
  optional: string[];
  handle(data: Record<string, unknown>): { status: number; body: unknown };
}

/** A blob behind signed URLs: written once through the Azure Blob API, then read-only. */
export interface StoredBlob {
  id: number;
  signature: string;
  /** Open for Put Blob / Put Block until sealed (the owning service's "finalize"). */
  sealed: boolean;
  data?: Buffer;
  blocks: Map<string, Buffer>;
}

export interface CacheEntry {
  key: string;
  version: string;
  /** Set at finalize; lookups only see finalized entries. */
  finalized: boolean;
  /** Order of finalization: "newest" in restore-key matching means the highest. */
  finalizedSeq: number;
  blob: StoredBlob;
  sizeBytes?: number;
}

export interface CacheRequest {
  method: string;
  path: string;
  /** The RPC name for twirp calls, or `blob:<operation>`. */
  operation: string;
  status: number;
  /** Blob bytes received (uploads) or sent (downloads). */
  bytesIn?: number;
  bytesOut?: number;
}

export type BlobCorruption = 'truncate' | 'garbage';

export class FakeCacheServer {
  readonly token = `fake-runtime-${randomBytes(8).toString('hex')}`;
  readonly violations: string[] = [];
  readonly requests: CacheRequest[] = [];
  private readonly entries: CacheEntry[] = [];
  private readonly blobs = new Map<number, StoredBlob>();
  private readonly services = new Map<string, Record<string, TwirpMethod>>();
  private readonly sockets = new Set<Socket>();
  private readonly siblingReservations = new Set<string>();
  private nextId = 1;
  private seq = 0;

  private constructor(private readonly server: Server) {
    this.registerService(SERVICE, this.cacheService());
  }

  /** Adds a twirp service on the same endpoint (`/twirp/<name>/<Method>`). */
  registerService(name: string, methods: Record<string, TwirpMethod>): void {
    this.services.set(name, methods);
  }

  /** A new writable blob; `blobUrl(blob, 'w')` is what a client uploads to. */
  openBlob(): StoredBlob {
    const blob: StoredBlob = { id: this.nextId++, signature: randomBytes(12).toString('hex'), sealed: false, blocks: new Map() };
    this.blobs.set(blob.id, blob);
    return blob;
  }

  /** A signed URL for the blob: `w` to upload (until sealed), `r` to download (once sealed). */
  blobUrl(blob: StoredBlob, permission: 'r' | 'w'): string {
    return `${this.origin}/${ACCOUNT}/${CONTAINER}/${blob.id}.tzst?sv=2024-11-04&sp=${permission}&sig=${blob.signature}`;
  }

  blobData(blob: StoredBlob): Buffer | undefined {
    return blob.data;
  }

  static async start(): Promise<FakeCacheServer> {
    const server = createServer();
    const fake = new FakeCacheServer(server);
    await listenOnLoopback(server, (req, res) => fake.handle(req, res), fake.violations, fake.sockets);
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The environment a job gets from the runner for cache service v2. */
  env(): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${this.origin}/`,
      ACTIONS_RUNTIME_TOKEN: this.token,
    };
  }

  /** Finalized entries, oldest first. */
  listEntries(): CacheEntry[] {
    return this.entries.filter((e) => e.finalized).sort((a, b) => a.finalizedSeq - b.finalizedSeq);
  }

  /** Damages a stored archive: cut it in half (a truncated upload) or replace it with random bytes. */
  corrupt(key: string, how: BlobCorruption): void {
    const entry = this.entries.find((e) => e.key === key && e.finalized);
    const data = entry?.blob.data;
    if (!entry || !data) throw new Error(`no finalized entry ${key}`);
    entry.blob.data = how === 'truncate' ? data.subarray(0, Math.floor(data.length / 2)) : randomBytes(data.length);
  }

  /** Deletes every entry under `key`, as the service evicts entries unused for 7 days or over the quota. */
  evict(key: string): void {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i]!.key === key) this.entries.splice(i, 1);
  }

  /**
   * Another job has reserved `key` and is still uploading: this job's CreateCacheEntry for it gets the
   * 409 the service sends, and lookups do not see it (it is not finalized).
   */
  reserveAsSibling(key: string): void {
    this.siblingReservations.add(key);
  }

  /** Blob bytes uploaded to and downloaded from the service so far (archives, not RPCs). */
  blobBytes(): { uploaded: number; downloaded: number } {
    let uploaded = 0;
    let downloaded = 0;
    for (const r of this.requests) {
      uploaded += r.bytesIn ?? 0;
      downloaded += r.bytesOut ?? 0;
    }
    return { uploaded, downloaded };
  }

  /** Requests of one operation (e.g. `CreateCacheEntry`, `blob:get`). */
  count(operation: string): number {
    return this.requests.filter((r) => r.operation === operation).length;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const body = await readBody(req);
    if (url.pathname.startsWith('/twirp/')) return this.handleTwirp(req, res, url, body);
    if (url.pathname.startsWith(`/${ACCOUNT}/${CONTAINER}/`)) return this.handleBlob(req, res, url, body);
    this.reject(res, req, url.pathname, 'unknown', 404, `unknown route ${req.method} ${url.pathname}`);
  }

  private reject(res: ServerResponse, req: IncomingMessage, path: string, operation: string, status: number, why: string): void {
    this.violations.push(why);
    this.requests.push({ method: req.method ?? '', path, operation, status });
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 'malformed', msg: why }));
  }


  private handleTwirp(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const match = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(url.pathname);
    const rpc = match ? this.services.get(match[1]!)?.[match[2]!] : undefined;
    const method = match?.[2] ?? 'twirp';
    if (!rpc) return this.reject(res, req, url.pathname, 'twirp', 404, `unknown twirp route ${url.pathname}`);
    if (req.method !== 'POST') return this.reject(res, req, url.pathname, method, 405, `${method} called with ${req.method}`);
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return this.reject(res, req, url.pathname, method, 401, `${method} without the runtime token`);
    }
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return this.reject(res, req, url.pathname, method, 415, `${method} content-type ${req.headers['content-type']}`);
    }
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return this.reject(res, req, url.pathname, method, 400, `${method} body is not JSON`);
    }
    const unknown = Object.keys(data).filter((k) => !rpc.required.includes(k) && !rpc.optional.includes(k));
    const missing = rpc.required.filter((k) => data[k] === undefined || data[k] === '');
    if (unknown.length || missing.length) {
      return this.reject(res, req, url.pathname, method, 400, `${method}: unknown fields [${unknown}] missing fields [${missing}]`);
    }
    const { status, body: payload } = rpc.handle(data);
    if (status >= 400 && status !== 409 && status !== 404) this.violations.push(`${method}: ${JSON.stringify(payload)}`);
    this.requests.push({ method: req.method ?? '', path: url.pathname, operation: method, status });
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(payload));
  }

  /** The cache service's three RPCs (cache service v2, as @actions/cache 6 calls them). */
  private cacheService(): Record<string, TwirpMethod> {
    const invalidKey = (data: Record<string, unknown>) => {
      const key = data.key;
      if (typeof key !== 'string' || key.length > 512 || key.includes(',')) return { status: 400, body: { code: 'invalid_argument', msg: `invalid key ${String(key)}` } };
      if (typeof data.version !== 'string') return { status: 400, body: { code: 'invalid_argument', msg: 'version must be a string' } };
      return undefined;
    };
    return {
      CreateCacheEntry: {
        required: ['key', 'version'],
        optional: ['metadata'],
        handle: (data) => {
          const bad = invalidKey(data);
          if (bad) return bad;
          const key = data.key as string;
          const version = data.version as string;
          if (this.siblingReservations.has(key) || this.entries.some((e) => e.key === key && e.version === version)) {
            return { status: 409, body: { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' } };
          }
          const entry: CacheEntry = { key, version, finalized: false, finalizedSeq: 0, blob: this.openBlob() };
          this.entries.push(entry);
          return { status: 200, body: { ok: true, signed_upload_url: this.blobUrl(entry.blob, 'w') } };
        },
      },
      FinalizeCacheEntryUpload: {
        required: ['key', 'version', 'size_bytes'],
        optional: ['metadata'],
        handle: (data) => {
          const bad = invalidKey(data);
          if (bad) return bad;
          const entry = this.entries.find((e) => e.key === data.key && e.version === data.version && !e.finalized);
          if (!entry) return { status: 404, body: { code: 'not_found', msg: `no reserved entry ${String(data.key)}` } };
          const size = Number(data.size_bytes);
          if (!entry.blob.data || entry.blob.data.length !== size) {
            this.violations.push(`finalize ${entry.key}: size_bytes ${size} but ${entry.blob.data?.length ?? 'no'} bytes uploaded`);
            return { status: 200, body: { ok: false, entry_id: '0', message: 'size mismatch' } };
          }
          entry.finalized = true;
          entry.blob.sealed = true;
          entry.finalizedSeq = ++this.seq;
          entry.sizeBytes = size;
          return { status: 200, body: { ok: true, entry_id: String(entry.blob.id) } };
        },
      },
      GetCacheEntryDownloadURL: {
        required: ['key', 'version'],
        optional: ['restore_keys', 'metadata'],
        handle: (data) => {
          const bad = invalidKey(data);
          if (bad) return bad;
          const restoreKeys = data.restore_keys ?? [];
          if (!Array.isArray(restoreKeys) || !restoreKeys.every((k) => typeof k === 'string')) {
            return { status: 400, body: { code: 'invalid_argument', msg: 'restore_keys must be a list of strings' } };
          }
          // Exact key first; then each restore key as a prefix, newest entry first. Version always equal.
          const candidates = this.entries.filter((e) => e.finalized && e.version === data.version);
          let found = candidates.find((e) => e.key === data.key);
          for (const prefix of restoreKeys as string[]) {
            if (found) break;
            found = candidates.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.finalizedSeq - a.finalizedSeq)[0];
          }
          if (!found) return { status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } };
          return { status: 200, body: { ok: true, signed_download_url: this.blobUrl(found.blob, 'r'), matched_key: found.key } };
        },
      },
    };
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const blob = this.blobs.get(Number(/\/(\d+)\.tzst$/.exec(url.pathname)?.[1]));
    const comp = url.searchParams.get('comp');
    const operation = `blob:${req.method?.toLowerCase()}${comp ? `:${comp}` : ''}`;
    if (!blob || url.searchParams.get('sig') !== blob.signature) {
      return this.reject(res, req, url.pathname, operation, 403, `${operation} with an unknown or unsigned URL ${url.pathname}`);
    }
    const permission = url.searchParams.get('sp');
    const done = (status: number, headers: Record<string, string | number> = {}, payload?: Buffer): void => {
      this.requests.push({ method: req.method ?? '', path: url.pathname, operation, status, bytesIn: req.method === 'PUT' && status < 300 ? body.length : 0, bytesOut: payload?.length ?? 0 });
      res.writeHead(status, {
        'x-ms-request-id': randomBytes(8).toString('hex'),
        'x-ms-version': '2024-11-04',
        Date: new Date().toUTCString(),
        ...headers,
      });
      res.end(payload);
    };

    if (req.method === 'PUT') {
      if (permission !== 'w' || blob.sealed) {
        return this.reject(res, req, url.pathname, operation, 403, `${operation} to a blob that is not open for upload`);
      }
      const written = { ETag: `"0x${randomBytes(8).toString('hex')}"`, 'Last-Modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' };
      if (comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return this.reject(res, req, url.pathname, operation, 400, 'Put Block without blockid');
        blob.blocks.set(blockId, body);
        return done(201, { 'x-ms-request-server-encrypted': 'true' });
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\/(?:Latest|Uncommitted|Committed)>/g)].map((m) => m[1]!);
        const missing = ids.filter((b) => !blob.blocks.has(b));
        if (ids.length === 0 || missing.length) {
          return this.reject(res, req, url.pathname, operation, 400, `Put Block List names unknown blocks [${missing}]`);
        }
        blob.data = Buffer.concat(ids.map((b) => blob.blocks.get(b)!));
        blob.blocks.clear();
        return done(201, written);
      }
      if (comp === null) {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
          return this.reject(res, req, url.pathname, operation, 400, `Put Blob with x-ms-blob-type ${req.headers['x-ms-blob-type']}`);
        }
        blob.data = body;
        return done(201, written);
      }
      return this.reject(res, req, url.pathname, operation, 400, `unsupported blob operation comp=${comp}`);
    }

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (permission !== 'r' || !blob.sealed || !blob.data) {
        return this.reject(res, req, url.pathname, operation, 403, `${operation} of a blob that is not readable`);
      }
      const data = blob.data;
      const base = { 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes', ETag: `"${blob.signature}"`, 'x-ms-blob-type': 'BlockBlob' };
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1);
        if (start >= data.length) return done(416, { 'Content-Range': `bytes */${data.length}` });
        const part = data.subarray(start, end + 1);
        return done(206, { ...base, 'Content-Length': part.length, 'Content-Range': `bytes ${start}-${end}/${data.length}` }, req.method === 'GET' ? part : undefined);
      }
      return done(200, { ...base, 'Content-Length': data.length }, req.method === 'GET' ? data : undefined);
    }
    this.reject(res, req, url.pathname, operation, 405, `${operation}: method not allowed`);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

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
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

const SERVICE = 'github.actions.results.api.v1.CacheService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';

/** Fields each RPC accepts (proto names, as the JSON client sends them with useProtoFieldName). */
const RPC_FIELDS: Record<string, { required: string[]; optional: string[] }> = {
  CreateCacheEntry: { required: ['key', 'version'], optional: ['metadata'] },
  FinalizeCacheEntryUpload: { required: ['key', 'version', 'size_bytes'], optional: ['metadata'] },
  GetCacheEntryDownloadURL: { required: ['key', 'version'], optional: ['restore_keys', 'metadata'] },
};

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Set at finalize; lookups only see finalized entries. */
  finalized: boolean;
  /** Order of finalization: "newest" in restore-key matching means the highest. */
  finalizedSeq: number;
  blob?: Buffer;
  blocks: Map<string, Buffer>;
  signature: string;
  sizeBytes?: number;
}

export interface CacheRequest {
  method: string;
  path: string;
  /** The RPC name for twirp calls, or `blob:<operation>`. */
  operation: string;
  status: number;
}

export type BlobCorruption = 'truncate' | 'garbage';

export class FakeCacheServer {
  readonly token = `fake-runtime-${randomBytes(8).toString('hex')}`;
  readonly violations: string[] = [];
  readonly requests: CacheRequest[] = [];
  private readonly entries: CacheEntry[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly siblingReservations = new Set<string>();
  private nextId = 1;
  private seq = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeCacheServer> {
    const server = createServer();
    const fake = new FakeCacheServer(server);
    server.on('request', (req, res) => {
      fake.handle(req, res).catch((error: unknown) => {
        fake.violations.push(`server error: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    server.on('connection', (socket) => {
      fake.sockets.add(socket);
      socket.on('close', () => fake.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
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
    if (!entry?.blob) throw new Error(`no finalized entry ${key}`);
    entry.blob = how === 'truncate' ? entry.blob.subarray(0, Math.floor(entry.blob.length / 2)) : randomBytes(entry.blob.length);
  }

  /**
   * Another job has reserved `key` and is still uploading: this job's CreateCacheEntry for it gets the
   * 409 the service sends, and lookups do not see it (it is not finalized).
   */
  reserveAsSibling(key: string): void {
    this.siblingReservations.add(key);
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

  private twirpReply(res: ServerResponse, req: IncomingMessage, path: string, method: string, status: number, payload: unknown): void {
    this.requests.push({ method: req.method ?? '', path, operation: method, status });
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(payload));
  }

  private handleTwirp(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const match = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
    const method = match?.[1];
    if (!method || !RPC_FIELDS[method]) return this.reject(res, req, url.pathname, 'twirp', 404, `unknown twirp route ${url.pathname}`);
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
    const spec = RPC_FIELDS[method];
    const unknown = Object.keys(data).filter((k) => !spec.required.includes(k) && !spec.optional.includes(k));
    const missing = spec.required.filter((k) => typeof data[k] !== 'string' || data[k] === '');
    if (unknown.length || missing.length) {
      return this.reject(res, req, url.pathname, method, 400, `${method}: unknown fields [${unknown}] missing fields [${missing}]`);
    }
    if (data.restore_keys !== undefined && !(Array.isArray(data.restore_keys) && data.restore_keys.every((k) => typeof k === 'string'))) {
      return this.reject(res, req, url.pathname, method, 400, `${method}: restore_keys must be a list of strings`);
    }
    const key = data.key as string;
    const version = data.version as string;
    if (key.length > 512 || key.includes(',')) return this.reject(res, req, url.pathname, method, 400, `invalid key ${key}`);

    if (method === 'CreateCacheEntry') {
      if (this.siblingReservations.has(key) || this.entries.some((e) => e.key === key && e.version === version)) {
        return this.twirpReply(res, req, url.pathname, method, 409, {
          code: 'already_exists',
          msg: 'cache entry with the same key, version, and scope already exists',
        });
      }
      const entry: CacheEntry = {
        id: this.nextId++,
        key,
        version,
        finalized: false,
        finalizedSeq: 0,
        blocks: new Map(),
        signature: randomBytes(12).toString('hex'),
      };
      this.entries.push(entry);
      return this.twirpReply(res, req, url.pathname, method, 200, { ok: true, signed_upload_url: this.signedUrl(entry, 'w') });
    }

    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized);
      if (!entry) return this.twirpReply(res, req, url.pathname, method, 404, { code: 'not_found', msg: `no reserved entry ${key}` });
      const size = Number(data.size_bytes);
      if (!entry.blob || entry.blob.length !== size) {
        this.violations.push(`finalize ${key}: size_bytes ${size} but ${entry.blob?.length ?? 'no'} bytes uploaded`);
        return this.twirpReply(res, req, url.pathname, method, 200, { ok: false, entry_id: '0', message: 'size mismatch' });
      }
      entry.finalized = true;
      entry.finalizedSeq = ++this.seq;
      entry.sizeBytes = size;
      return this.twirpReply(res, req, url.pathname, method, 200, { ok: true, entry_id: String(entry.id) });
    }

    // GetCacheEntryDownloadURL
    const candidates = this.entries.filter((e) => e.finalized && e.version === version);
    let found = candidates.find((e) => e.key === key);
    for (const prefix of (data.restore_keys as string[] | undefined) ?? []) {
      if (found) break;
      found = candidates.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.finalizedSeq - a.finalizedSeq)[0];
    }
    if (!found) return this.twirpReply(res, req, url.pathname, method, 200, { ok: false, signed_download_url: '', matched_key: '' });
    return this.twirpReply(res, req, url.pathname, method, 200, {
      ok: true,
      signed_download_url: this.signedUrl(found, 'r'),
      matched_key: found.key,
    });
  }

  private signedUrl(entry: CacheEntry, permission: 'r' | 'w'): string {
    return `${this.origin}/${ACCOUNT}/${CONTAINER}/${entry.id}.tzst?sv=2024-11-04&sp=${permission}&sig=${entry.signature}`;
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const id = Number(/\/(\d+)\.tzst$/.exec(url.pathname)?.[1]);
    const entry = this.entries.find((e) => e.id === id);
    const comp = url.searchParams.get('comp');
    const operation = `blob:${req.method?.toLowerCase()}${comp ? `:${comp}` : ''}`;
    if (!entry || url.searchParams.get('sig') !== entry.signature) {
      return this.reject(res, req, url.pathname, operation, 403, `${operation} with an unknown or unsigned URL ${url.pathname}`);
    }
    const permission = url.searchParams.get('sp');
    const done = (status: number, headers: Record<string, string | number> = {}, payload?: Buffer): void => {
      this.requests.push({ method: req.method ?? '', path: url.pathname, operation, status });
      res.writeHead(status, {
        'x-ms-request-id': randomBytes(8).toString('hex'),
        'x-ms-version': '2024-11-04',
        Date: new Date().toUTCString(),
        ...headers,
      });
      res.end(payload);
    };

    if (req.method === 'PUT') {
      if (permission !== 'w' || entry.finalized) {
        return this.reject(res, req, url.pathname, operation, 403, `${operation} to an entry that is not open for upload`);
      }
      const written = { ETag: `"0x${randomBytes(8).toString('hex')}"`, 'Last-Modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' };
      if (comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return this.reject(res, req, url.pathname, operation, 400, 'Put Block without blockid');
        entry.blocks.set(blockId, body);
        return done(201, { 'x-ms-request-server-encrypted': 'true' });
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\/(?:Latest|Uncommitted|Committed)>/g)].map((m) => m[1]!);
        const missing = ids.filter((b) => !entry.blocks.has(b));
        if (ids.length === 0 || missing.length) {
          return this.reject(res, req, url.pathname, operation, 400, `Put Block List names unknown blocks [${missing}]`);
        }
        entry.blob = Buffer.concat(ids.map((b) => entry.blocks.get(b)!));
        entry.blocks.clear();
        return done(201, written);
      }
      if (comp === null) {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
          return this.reject(res, req, url.pathname, operation, 400, `Put Blob with x-ms-blob-type ${req.headers['x-ms-blob-type']}`);
        }
        entry.blob = body;
        return done(201, written);
      }
      return this.reject(res, req, url.pathname, operation, 400, `unsupported blob operation comp=${comp}`);
    }

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (permission !== 'r' || !entry.finalized || !entry.blob) {
        return this.reject(res, req, url.pathname, operation, 403, `${operation} of an entry that is not readable`);
      }
      const blob = entry.blob;
      const base = { 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes', ETag: `"${entry.signature}"`, 'x-ms-blob-type': 'BlockBlob' };
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : blob.length - 1, blob.length - 1);
        if (start >= blob.length) return done(416, { 'Content-Range': `bytes */${blob.length}` });
        const part = blob.subarray(start, end + 1);
        return done(206, { ...base, 'Content-Length': part.length, 'Content-Range': `bytes ${start}-${end}/${blob.length}` }, req.method === 'GET' ? part : undefined);
      }
      return done(200, { ...base, 'Content-Length': blob.length }, req.method === 'GET' ? blob : undefined);
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

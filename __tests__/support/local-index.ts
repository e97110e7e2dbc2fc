/**
 * A package index on 127.0.0.1 that speaks the Simple Repository API the way PyPI does: PEP 503 HTML,
 * PEP 691 JSON (content negotiation on `Accept`), PEP 658/714 core metadata files, PEP 592 yanking,
 * PEP 700 `versions` / `size` / `upload-time`. It counts requests and can inject faults, so tests can
 * assert "run 2 downloaded zero wheels" or "a 500 is retried".
 *
 *   const index = await LocalIndex.start();
 *   index.addWheel({ name: 'tiny-lib', version: '1.0.0' });
 *   // uv lock --default-index ${index.url}  (or UV_DEFAULT_INDEX / UV_INDEX_URL / --index-url)
 *   expect(index.downloads('tiny-lib')).toBe(1);
 *   await index.close();
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { basename } from 'node:path';
import { readZip } from './archives.js';
import { ThrottledLink, type LinkLimits } from './throttle.js';
import { normalizeName, sdistBytes, wheelBytes, type BuiltDistribution, type SdistSpec, type WheelSpec } from './wheels.js';

export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
export const SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html';

/** How a file is listed on the index. */
export interface IndexFileOptions {
  /** File name when `addFile` gets a Buffer (required then); defaults to the path's base name. */
  filename?: string;
  /** PEP 592: `true` or a reason string marks the file yanked. */
  yanked?: boolean | string;
  /** `requires-python` shown for the file; default: the wheel's own `Requires-Python`; `null` hides it. */
  requiresPython?: string | null;
  /** PEP 700 upload time; default: when it was added. */
  uploadTime?: Date | string;
  /** Serve `<file>.metadata` (PEP 658). Default: true for wheels whose METADATA could be read. */
  serveMetadata?: boolean;
}

/** A file the index serves. */
export interface IndexFile {
  filename: string;
  project: string;
  version: string;
  data: Buffer;
  sha256: string;
  yanked: boolean | string;
  requiresPython?: string;
  uploadTime: Date;
  metadata?: Buffer;
}

/** One request the index received. */
export interface IndexRequest {
  method: string;
  /** Decoded path, e.g. `/simple/tiny-lib/` or `/files/tiny_lib-1.0.0-py3-none-any.whl`. */
  path: string;
  accept: string;
  /** Status sent; `timeout` / `reset` when no response was sent; `truncated` when the body was cut short. */
  status: number | 'timeout' | 'reset' | 'truncated';
  /** Body bytes sent (0 for HEAD, half the body when truncated). */
  bytes?: number;
  /** The injected fault, if one fired. */
  fault?: Fault;
  /** The Authorization header, when one was sent (to assert credentials go where they should). */
  authorization?: string;
}

/**
 * An injected fault: an HTTP status to answer with; `timeout` (hold the connection open, answer nothing);
 * `reset` (drop the connection); `truncate` (announce the full length, send half, drop the connection;
 * pages and files); `corrupt-hash` (files only: serve a still well-formed file whose sha256 no longer
 * matches the index; a zip or gzip timestamp byte is changed, so the client's hash check, not its unzip,
 * is what catches it); `drip` (send the real answer one byte every 200 ms: a slow-drip server that never
 * stalls long enough for a stall timeout); `flood` (a 200 answer without Content-Length that streams
 * spaces until the client hangs up, up to 700 MB; `bytes` counts what was sent).
 */
export type Fault = number | 'timeout' | 'reset' | 'truncate' | 'corrupt-hash' | 'drip' | 'flood';

export interface LocalIndexOptions {
  /** Delay every response by this many ms (see also {@link LocalIndex.setDelay}). */
  delayMs?: number;
  /** A slow link: bandwidth shared by all responses + latency per request (see {@link LocalIndex.setLimits}). */
  limits?: LinkLimits;
  /** Answer PEP 691 JSON when asked. `false` makes an HTML-only index (for testing the fallback). */
  json?: boolean;
  /**
   * Path of the Simple API root, default `/simple`. `/whl/cu124` mimics PyTorch's per-flavour indexes
   * (`download.pytorch.org/whl/cu124/torch/`).
   */
  root?: string;
  /** Require HTTP Basic credentials on every request (a private index): others get 401. */
  auth?: { username: string; password: string };
}

interface PendingFault {
  pattern: string | RegExp;
  fault: Fault;
  remaining: number;
}

/** Project name and version from a wheel or sdist file name. */
export function parseDistributionFilename(filename: string): { project: string; version: string } {
  if (filename.endsWith('.whl')) {
    const [name, version] = filename.slice(0, -4).split('-');
    if (!name || !version) throw new Error(`not a wheel file name: ${filename}`);
    return { project: normalizeName(name), version };
  }
  const stem = filename.replace(/\.(tar\.gz|zip|tar\.bz2)$/, '');
  const cut = stem.lastIndexOf('-');
  if (stem === filename || cut <= 0) throw new Error(`not a distribution file name: ${filename}`);
  return { project: normalizeName(stem.slice(0, cut)), version: stem.slice(cut + 1) };
}

function wheelMetadata(data: Buffer): Buffer | undefined {
  try {
    for (const [name, bytes] of readZip(data)) if (/^[^/]+\.dist-info\/METADATA$/.test(name)) return bytes;
  } catch {
    // not a readable zip: listed without metadata
  }
  return undefined;
}

/** The same bytes with a harmless change (zip entry time / gzip mtime / an added newline), so only the hash differs. */
function withDifferentHash(body: Buffer): Buffer {
  const copy = Buffer.from(body);
  if (copy.readUInt32LE(0) === 0x04034b50) copy[10] = copy[10]! ^ 0x01; // first local header's DOS time
  else if (copy[0] === 0x1f && copy[1] === 0x8b) copy[4] = copy[4]! ^ 0x01; // gzip MTIME
  else return Buffer.concat([copy, Buffer.from('\n')]);
  return copy;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The media type the client prefers (RFC 9110 q-values), among the ones this index can answer. */
function negotiate(accept: string | undefined, jsonEnabled: boolean): 'json' | 'html' {
  if (!accept || !jsonEnabled) return 'html';
  let best: { kind: 'json' | 'html'; q: number } = { kind: 'html', q: -1 };
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const media = type.trim().toLowerCase();
    const kind = media === SIMPLE_JSON ? 'json' : [SIMPLE_HTML, 'text/html', '*/*'].includes(media) ? 'html' : undefined;
    if (kind && q > 0 && q > best.q) best = { kind, q };
  }
  return best.kind;
}

export class LocalIndex {
  private readonly files = new Map<string, IndexFile>();
  private readonly log: IndexRequest[] = [];
  private faults: PendingFault[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly waits = new Set<() => void>();
  private delayMs: number;
  private readonly auth?: { username: string; password: string };
  private readonly link: ThrottledLink;
  private readonly jsonEnabled: boolean;
  private readonly root: string;

  private constructor(
    private readonly server: Server,
    options: LocalIndexOptions,
  ) {
    this.delayMs = options.delayMs ?? 0;
    this.link = new ThrottledLink(options.limits);
    this.jsonEnabled = options.json ?? true;
    this.root = `/${(options.root ?? '/simple').replace(/^\/+|\/+$/g, '')}`;
    this.auth = options.auth;
    if (this.root === '/' || this.root === '/files') throw new Error(`LocalIndex root cannot be ${this.root}`);
  }

  /** Starts an index on 127.0.0.1 on a free port. Close it with {@link close} (in afterAll). */
  static async start(options: LocalIndexOptions = {}): Promise<LocalIndex> {
    const server = createServer();
    const index = new LocalIndex(server, options);
    server.on('request', (req, res) => void index.handle(req, res));
    server.on('connection', (socket) => {
      index.sockets.add(socket);
      socket.on('close', () => index.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return index;
  }

  /** `http://127.0.0.1:<port>`. */
  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The Simple API root, `http://127.0.0.1:<port>/simple` — what uv's `--default-index` takes. */
  get url(): string {
    return `${this.origin}${this.root}`;
  }

  /** Download URL of a file (`…/files/<filename>`). */
  fileUrl(filename: string): string {
    return `${this.origin}/files/${encodeURIComponent(filename)}`;
  }

  /** Serves a distribution file (a path on disk or bytes + `options.filename`). Replaces one of the same name. */
  addFile(file: string | Buffer, options: IndexFileOptions = {}): IndexFile {
    const data = typeof file === 'string' ? readFileSync(file) : file;
    const filename = options.filename ?? (typeof file === 'string' ? basename(file) : undefined);
    if (!filename) throw new Error('addFile(Buffer) needs options.filename');
    const { project, version } = parseDistributionFilename(filename);
    const metadata = filename.endsWith('.whl') && options.serveMetadata !== false ? wheelMetadata(data) : undefined;
    const declared = metadata?.toString('utf8').match(/^Requires-Python:\s*(.+)$/m)?.[1]?.trim();
    const entry: IndexFile = {
      filename,
      project,
      version,
      data,
      sha256: createHash('sha256').update(data).digest('hex'),
      yanked: options.yanked ?? false,
      requiresPython: options.requiresPython === null ? undefined : (options.requiresPython ?? declared),
      uploadTime: new Date(options.uploadTime ?? Date.now()),
      metadata,
    };
    this.files.set(filename, entry);
    return entry;
  }

  /** Serves an in-memory distribution from wheels.ts. */
  addDistribution(dist: BuiltDistribution, options: IndexFileOptions = {}): IndexFile {
    return this.addFile(dist.data, { ...options, filename: dist.filename });
  }

  /** Builds a wheel (see wheels.ts) and serves it. */
  addWheel(spec: WheelSpec, options: IndexFileOptions = {}): IndexFile {
    return this.addDistribution(wheelBytes(spec), options);
  }

  /** Builds an sdist (see wheels.ts) and serves it. */
  addSdist(spec: SdistSpec, options: IndexFileOptions = {}): IndexFile {
    return this.addDistribution(sdistBytes(spec), options);
  }

  /** Stops serving a file; returns whether it was there. */
  removeFile(filename: string): boolean {
    return this.files.delete(filename);
  }

  /** Every file served, in the order added. */
  listFiles(project?: string): IndexFile[] {
    const wanted = project === undefined ? undefined : normalizeName(project);
    return [...this.files.values()].filter((f) => wanted === undefined || f.project === wanted);
  }

  /** Requests received since start or the last {@link reset}, oldest first. */
  get requests(): readonly IndexRequest[] {
    return this.log;
  }

  /**
   * How many times file bodies were served (GET `/files/…` answered 200, excluding `.metadata`), for one
   * file name, or for every file of a project when given a project name.
   */
  downloads(filenameOrProject: string): number {
    const project = normalizeName(filenameOrProject);
    return this.log.filter((r) => {
      if (r.method !== 'GET' || r.status !== 200 || !r.path.startsWith('/files/') || r.path.endsWith('.metadata')) return false;
      const filename = r.path.slice('/files/'.length);
      if (filename === filenameOrProject) return true;
      try {
        return parseDistributionFilename(filename).project === project;
      } catch {
        return false;
      }
    }).length;
  }

  /** Body bytes sent since start or the last {@link reset} (pages, metadata and files). */
  bytesServed(): number {
    return this.log.reduce((sum, r) => sum + (r.bytes ?? 0), 0);
  }

  /** Total file bodies served (all projects). */
  totalDownloads(): number {
    return this.log.filter((r) => r.method === 'GET' && r.status === 200 && r.path.startsWith('/files/') && !r.path.endsWith('.metadata')).length;
  }

  /** Clears the request log and any faults not yet fired. Files stay. */
  reset(): void {
    this.log.length = 0;
    this.faults = [];
  }

  /**
   * The next `count` requests whose path matches `pattern` (a substring of the decoded path, or a RegExp)
   * get `fault` instead of the normal answer. Faults queue in the order given.
   */
  failNext(pattern: string | RegExp, fault: Fault, count = 1): void {
    this.faults.push({ pattern, fault, remaining: count });
  }

  /** Delays every later response by `ms`. */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  /**
   * Makes the index a slow link: `latencyMs` before every response, `bytesPerSecond` shared by all
   * responses at once (`{}` = loopback speed again). Like a CDN seen from a runner, for benches.
   */
  setLimits(limits: LinkLimits): void {
    this.link.set(limits);
  }

  /** A delay that {@link close} cuts short, so no timer outlives the server. */
  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waits.add(done);
    });
  }

  /** Stops the server and drops open connections (including ones held by a `timeout` fault or a delay). */
  async close(): Promise<void> {
    for (const done of [...this.waits]) done();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFault(path: string): Fault | undefined {
    const pending = this.faults.find((f) => (typeof f.pattern === 'string' ? path.includes(f.pattern) : f.pattern.test(path)));
    if (!pending) return undefined;
    if (--pending.remaining <= 0) this.faults.splice(this.faults.indexOf(pending), 1);
    return pending.fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const record: IndexRequest = { method: req.method ?? 'GET', path, accept: req.headers.accept ?? '', status: 0 };
    if (req.headers.authorization) record.authorization = req.headers.authorization;
    this.log.push(record);
    if (this.delayMs > 0) await this.wait(this.delayMs);
    await this.link.latency();
    // Closed while this request waited out its delay: nothing to answer with.
    if (!this.server.listening) {
      record.status = 'reset';
      req.socket.destroy();
      return;
    }
    if (this.auth && req.headers.authorization !== `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`) {
      return this.send(res, record, 401, 'text/plain', 'credentials required\n', { 'WWW-Authenticate': 'Basic realm="index"' });
    }
    const fault = this.takeFault(path);
    if (fault !== undefined) record.fault = fault;
    if (fault === 'flood') return this.flood(res, record);
    if (fault === 'timeout') {
      record.status = 'timeout';
      return; // never answered; close() destroys the socket
    }
    if (fault === 'reset') {
      record.status = 'reset';
      req.socket.destroy();
      return;
    }
    if (typeof fault === 'number') return this.send(res, record, fault, 'text/plain', `injected ${fault}\n`);

    const format = url.searchParams.get('format');
    const kind = format === SIMPLE_JSON ? 'json' : format ? 'html' : negotiate(req.headers.accept, this.jsonEnabled);
    if (path === this.root || path === `${this.root}/`) {
      if (path === this.root) return this.redirect(res, record, `${this.root}/`);
      return this.sendProjectList(res, record, kind);
    }
    const name = path.startsWith(`${this.root}/`) ? path.slice(this.root.length + 1).replace(/\/$/, '') : undefined;
    if (name && !name.includes('/')) {
      if (!path.endsWith('/')) return this.redirect(res, record, `${path}/`);
      if (normalizeName(name) !== name) return this.redirect(res, record, `${this.root}/${normalizeName(name)}/`);
      return this.sendProject(res, record, name, kind, req.headers['if-none-match']);
    }
    const file = path.match(/^\/files\/([^/]+)$/);
    if (file) {
      const filename = file[1]!;
      const isMetadata = filename.endsWith('.metadata');
      const entry = this.files.get(isMetadata ? filename.slice(0, -'.metadata'.length) : filename);
      const body = isMetadata ? entry?.metadata : entry?.data;
      if (!body) return this.send(res, record, 404, 'text/plain', 'not found\n');
      const served = fault === 'corrupt-hash' ? withDifferentHash(body) : body;
      return this.send(res, record, 200, isMetadata ? 'text/plain' : 'application/octet-stream', served);
    }
    return this.send(res, record, 404, 'text/plain', 'not found\n');
  }

  private redirect(res: ServerResponse, record: IndexRequest, location: string): void {
    record.status = 301;
    res.writeHead(301, { Location: location, 'Content-Length': 0 });
    res.end();
  }

  private send(res: ServerResponse, record: IndexRequest, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
    record.status = status;
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.length, Vary: 'Accept', ...headers });
    if (record.fault === 'truncate' && record.method !== 'HEAD') {
      record.status = 'truncated'; // full length announced, half sent, connection dropped
      record.bytes = bytes.length >> 1;
      res.write(bytes.subarray(0, bytes.length >> 1), () => res.destroy());
      return;
    }
    if (record.method === 'HEAD') return void res.end();
    if (record.fault === 'drip') return this.drip(res, record, bytes);
    record.bytes = bytes.length;
    void this.link.send(res, bytes);
  }

  /** One byte every 200 ms until the body is sent or the client hangs up. */
  private drip(res: ServerResponse, record: IndexRequest, bytes: Buffer): void {
    record.bytes = 0;
    const timer = setInterval(() => {
      if (res.destroyed || record.bytes! >= bytes.length) {
        clearInterval(timer);
        if (!res.destroyed) res.end();
        return;
      }
      res.write(bytes.subarray(record.bytes!, record.bytes! + 1));
      record.bytes! += 1;
    }, 200);
    res.on('close', () => clearInterval(timer));
  }

  /** A 200 with no Content-Length that streams spaces until the client hangs up (at most 700 MB). */
  private flood(res: ServerResponse, record: IndexRequest): void {
    record.status = 200;
    record.bytes = 0;
    res.writeHead(200, { 'Content-Type': 'text/html' });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed && record.bytes! < 700 * 1024 * 1024) {
        record.bytes! += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  }

  private projects(): string[] {
    return [...new Set([...this.files.values()].map((f) => f.project))].sort();
  }

  private sendProjectList(res: ServerResponse, record: IndexRequest, kind: 'json' | 'html'): void {
    if (kind === 'json') {
      const body = { meta: { 'api-version': '1.1' }, projects: this.projects().map((name) => ({ name })) };
      return this.send(res, record, 200, SIMPLE_JSON, JSON.stringify(body));
    }
    const links = this.projects().map((name) => `    <a href="${this.root}/${name}/">${escapeHtml(name)}</a>`);
    const html = `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="1.1">\n    <title>Simple index</title>\n  </head>\n  <body>\n${links.join('\n')}\n  </body>\n</html>\n`;
    return this.send(res, record, 200, `${SIMPLE_HTML}; charset=utf-8`, html);
  }

  /**
   * A project page, with an ETag (a digest of the page) and Last-Modified (its newest upload), as PyPI
   * sends them: a request whose If-None-Match names the current ETag gets 304 Not Modified, no body.
   */
  private sendProject(res: ServerResponse, record: IndexRequest, project: string, kind: 'json' | 'html', ifNoneMatch?: string): void {
    const files = this.listFiles(project);
    if (files.length === 0) return this.send(res, record, 404, 'text/plain', `no project ${project}\n`);
    const page = this.projectPage(project, files, kind);
    const etag = `"${createHash('sha256').update(page.body).digest('hex').slice(0, 32)}"`;
    const lastModified = new Date(Math.max(...files.map((f) => f.uploadTime.getTime()))).toUTCString();
    const validators = { ETag: etag, 'Last-Modified': lastModified };
    if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(etag)) {
      record.status = 304;
      res.writeHead(304, { Vary: 'Accept', ...validators });
      res.end();
      return;
    }
    return this.send(res, record, 200, page.type, page.body, validators);
  }

  private projectPage(project: string, files: IndexFile[], kind: 'json' | 'html'): { type: string; body: string } {
    const metadataHash = (f: IndexFile) => (f.metadata ? { sha256: createHash('sha256').update(f.metadata).digest('hex') } : undefined);
    if (kind === 'json') {
      const body = {
        meta: { 'api-version': '1.1' },
        name: project,
        versions: [...new Set(files.map((f) => f.version))],
        files: files.map((f) => ({
          filename: f.filename,
          url: this.fileUrl(f.filename),
          hashes: { sha256: f.sha256 },
          'requires-python': f.requiresPython ?? null,
          'core-metadata': metadataHash(f) ?? false,
          'dist-info-metadata': metadataHash(f) ?? false,
          yanked: f.yanked,
          size: f.data.length,
          'upload-time': f.uploadTime.toISOString(),
        })),
      };
      return { type: SIMPLE_JSON, body: JSON.stringify(body) };
    }
    const links = files.map((f) => {
      const attrs = [`href="${this.fileUrl(f.filename)}#sha256=${f.sha256}"`];
      if (f.requiresPython) attrs.push(`data-requires-python="${escapeHtml(f.requiresPython)}"`);
      if (f.yanked !== false) attrs.push(`data-yanked="${escapeHtml(f.yanked === true ? '' : f.yanked)}"`);
      const meta = metadataHash(f);
      if (meta) attrs.push(`data-dist-info-metadata="sha256=${meta.sha256}"`, `data-core-metadata="sha256=${meta.sha256}"`);
      return `    <a ${attrs.join(' ')}>${escapeHtml(f.filename)}</a><br/>`;
    });
    const html = `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="1.1">\n    <title>Links for ${escapeHtml(project)}</title>\n  </head>\n  <body>\n    <h1>Links for ${escapeHtml(project)}</h1>\n${links.join('\n')}\n  </body>\n</html>\n`;
    return { type: `${SIMPLE_HTML}; charset=utf-8`, body: html };
  }
}

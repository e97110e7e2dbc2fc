/**
 * A loopback stand-in for github.com's uv release downloads (unreachable here), serving archives packed
 * the way astral-sh/uv packs its releases: `uv-<triple>.tar.gz` holding `uv-<triple>/uv` and
 * `uv-<triple>/uvx`, next to `uv-<triple>.tar.gz.sha256` (`<hex>  uv-<triple>.tar.gz`). The binaries
 * are the real uv from the cached PyPI wheel (uv-binary.ts). It also answers the REST listing
 * `GET /repos/astral-sh/uv/releases` (and the GHES form under `/api/v3`), so required-version resolution
 * works against it.
 *
 *   const gh = await FakeGitHubReleases.start({ versions: ['0.13.9', '0.13.8'] });
 *   await runAction('setup', { inputs: { 'uv-source': 'github', 'github-url': gh.url }, ... });
 *   expect(gh.downloads('0.13.9')).toBe(1);
 *
 * Every listed version is served with the same (0.13.9) binaries: tests that need `uv --version` to
 * agree should ask for UV_TEST_VERSION.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { writeTarGz } from './archives.js';
import { CACHE_ROOT, sha256File, uvBinaryPath, uvxBinaryPath, UV_TEST_VERSION, writeFileAtomic } from './uv-binary.js';

/** uv's target triple for this machine (`x86_64-unknown-linux-gnu`). */
export function uvTriple(): string {
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch as 'x64' | 'arm64'];
  if (process.platform !== 'linux' || !arch) throw new Error(`no uv release triple for ${process.platform}/${process.arch}`);
  return `${arch}-unknown-linux-gnu`;
}

/** The archive file name for this machine (`uv-x86_64-unknown-linux-gnu.tar.gz`). */
export function uvArchiveFilename(): string {
  return `uv-${uvTriple()}.tar.gz`;
}

/**
 * The release-shaped archive of the cached uv binaries, built once and kept under
 * `.cache/uv-release/<version>/` (rebuilt when the binary changes).
 */
export function uvReleaseArchive(): Buffer {
  const binary = uvBinaryPath();
  const dir = join(CACHE_ROOT, 'uv-release', UV_TEST_VERSION);
  const archive = join(dir, uvArchiveFilename());
  const stamp = `${archive}.source-sha256`;
  const source = readFileSync(`${binary}.sha256`, 'utf8').trim();
  if (existsSync(archive) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === source) return readFileSync(archive);
  const folder = `uv-${uvTriple()}`;
  const data = writeTarGz([
    { path: `${folder}/`, data: '', mode: 0o755 },
    { path: `${folder}/uv`, data: readFileSync(binary), mode: 0o755 },
    { path: `${folder}/uvx`, data: readFileSync(uvxBinaryPath()), mode: 0o755 },
  ]);
  writeFileAtomic(archive, data);
  writeFileAtomic(stamp, `${source}\n`);
  return data;
}

/**
 * A fault for the next matching request: an HTTP status; `wrong-checksum` (the `.sha256` file names a
 * different digest); `corrupt` (the archive bytes differ from the published digest); `reset` (connection
 * dropped); `timeout` (no answer until close).
 */
export type ReleaseFault = number | 'wrong-checksum' | 'corrupt' | 'reset' | 'timeout';

export interface ReleaseRequest {
  method: string;
  path: string;
  status: number | 'reset' | 'timeout';
  fault?: ReleaseFault;
  authorization?: string;
}

export interface FakeGitHubReleasesOptions {
  /** Releases that exist, newest first or in any order (default: [UV_TEST_VERSION]). */
  versions?: string[];
  delayMs?: number;
}

export class FakeGitHubReleases {
  private readonly versions: string[];
  private readonly log: ReleaseRequest[] = [];
  private faults: { pattern: string | RegExp; fault: ReleaseFault; remaining: number }[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server;
  private port = 0;
  private archive: Buffer;
  private archiveSha256: string;
  private delayMs: number;
  private readonly extraAssets = new Map<string, Buffer>();
  /** Other repositories' releases (`prefix-dev/pixi` → tag → asset name → bytes), see {@link publishRepoRelease}. */
  private readonly repoReleases = new Map<string, Map<string, Map<string, Buffer>>>();

  private constructor(options: FakeGitHubReleasesOptions) {
    this.versions = [...(options.versions ?? [UV_TEST_VERSION])];
    this.delayMs = options.delayMs ?? 0;
    this.archive = uvReleaseArchive();
    this.archiveSha256 = createHash('sha256').update(this.archive).digest('hex');
    this.server = this.createServer();
  }

  /** Starts the server on 127.0.0.1 (free port). Close it with {@link close}. */
  static async start(options: FakeGitHubReleasesOptions = {}): Promise<FakeGitHubReleases> {
    const fake = new FakeGitHubReleases(options);
    await fake.listen();
    return fake;
  }

  /** `http://127.0.0.1:<port>`: what the action's `github-url` input takes. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The REST API root for a non-default github-url (GHES layout `<url>/api/v3`); `url` works as GITHUB_API_URL too. */
  get apiUrl(): string {
    return `${this.url}/api/v3`;
  }

  /** Download URL of `file` in the release `version`. */
  downloadUrl(version: string, file = uvArchiveFilename()): string {
    return `${this.url}/astral-sh/uv/releases/download/${version}/${file}`;
  }

  /** The sha256 the fake publishes for the archive (what a correct install verifies against). */
  get sha256(): string {
    return this.archiveSha256;
  }

  /**
   * Publishes one more asset of `version` (and its `.sha256` beside it), e.g. a Windows `.zip` or a
   * macOS `.tar.gz` built with archives.ts, so installs for other platforms can be tested here.
   */
  publishAsset(version: string, name: string, data: Buffer): void {
    this.addRelease(version);
    this.extraAssets.set(`${version}/${name}`, data);
  }

  /**
   * Publishes a release of another repository (`prefix-dev/pixi`, tag `v0.63.2`): each asset is served
   * at `/<repo>/releases/download/<tag>/<name>` with `<name>.sha256` (`<hex>  <name>`) beside it, and
   * the tag is listed at `/repos/<repo>/releases`. The `corrupt` and `wrong-checksum` faults apply.
   */
  publishRepoRelease(repo: string, tag: string, assets: Record<string, Buffer>): void {
    const tags = this.repoReleases.get(repo) ?? new Map<string, Map<string, Buffer>>();
    tags.set(tag, new Map(Object.entries(assets)));
    this.repoReleases.set(repo, tags);
  }

  /** Publishes another release (served with the same binaries). */
  addRelease(version: string): void {
    if (!this.versions.includes(version)) this.versions.push(version);
  }

  get requests(): readonly ReleaseRequest[] {
    return this.log;
  }

  /** How many times an archive body was served (200), for one version or all. */
  downloads(version?: string): number {
    return this.log.filter(
      (r) => r.method === 'GET' && r.status === 200 && r.path.endsWith('.tar.gz') && (version === undefined || r.path.includes(`/download/${version}/`)),
    ).length;
  }

  /** Clears the request log and pending faults. */
  reset(): void {
    this.log.length = 0;
    this.faults = [];
  }

  /** The next `count` requests whose path contains `pattern` (or matches the RegExp) get `fault`. */
  failNext(pattern: string | RegExp, fault: ReleaseFault, count = 1): void {
    this.faults.push({ pattern, fault, remaining: count });
  }

  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  /**
   * `true`: stop listening, so connections to `url` are refused (github.com unreachable); `false`: listen
   * again on the same port.
   */
  async setDown(down: boolean): Promise<void> {
    if (down === !this.server.listening) return;
    if (down) return this.stop();
    this.server = this.createServer();
    await this.listen(this.port);
  }

  /** Stops the server and drops open connections. */
  async close(): Promise<void> {
    await this.stop();
  }

  private async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private createServer(): Server {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return server;
  }

  private async listen(port = 0): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', resolve);
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  private takeFault(path: string): ReleaseFault | undefined {
    const pending = this.faults.find((f) => (typeof f.pattern === 'string' ? path.includes(f.pattern) : f.pattern.test(path)));
    if (!pending) return undefined;
    if (--pending.remaining <= 0) this.faults.splice(this.faults.indexOf(pending), 1);
    return pending.fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const path = decodeURIComponent(url.pathname);
    const record: ReleaseRequest = { method: req.method ?? 'GET', path, status: 0, authorization: req.headers.authorization };
    this.log.push(record);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const fault = this.takeFault(path);
    if (fault !== undefined) record.fault = fault;
    if (fault === 'timeout') {
      record.status = 'timeout';
      return;
    }
    if (fault === 'reset') {
      record.status = 'reset';
      req.socket.destroy();
      return;
    }
    if (typeof fault === 'number') return this.send(res, record, fault, 'text/plain', `injected ${fault}\n`);

    const other = this.handleRepoRelease(res, record, url, path, fault);
    if (other) return;

    const listing = path.match(/^(?:\/api\/v3)?\/repos\/astral-sh\/uv\/releases\/?$/);
    if (listing) return this.sendListing(res, record, url);

    const download = path.match(/^\/astral-sh\/uv\/releases\/download\/([^/]+)\/([^/]+)$/);
    if (download && this.versions.includes(download[1]!)) {
      const [, version, file] = download as unknown as [string, string, string];
      const extra = this.extraAssets.get(`${version}/${file.replace(/\.sha256$/, '')}`);
      if (extra && !file.endsWith('.sha256')) {
        const body = fault === 'corrupt' ? Buffer.concat([extra, Buffer.from('tampered')]) : extra;
        return this.send(res, record, 200, 'application/octet-stream', body);
      }
      if (extra) return this.send(res, record, 200, 'text/plain', `${createHash('sha256').update(extra).digest('hex')} *${file.replace(/\.sha256$/, '')}\n`);
      if (file === uvArchiveFilename()) {
        const body = fault === 'corrupt' ? Buffer.concat([this.archive, Buffer.from('tampered')]) : this.archive;
        return this.send(res, record, 200, 'application/gzip', body);
      }
      if (file === `${uvArchiveFilename()}.sha256`) {
        const digest = fault === 'wrong-checksum' ? createHash('sha256').update('not the archive').digest('hex') : this.archiveSha256;
        return this.send(res, record, 200, 'text/plain', `${digest}  ${uvArchiveFilename()}\n`);
      }
    }
    return this.send(res, record, 404, 'text/plain', 'Not Found\n');
  }

  /** Serves {@link publishRepoRelease} releases; false when `path` is not one of theirs. */
  private handleRepoRelease(res: ServerResponse, record: ReleaseRequest, url: URL, path: string, fault: ReleaseFault | undefined): boolean {
    for (const [repo, tags] of this.repoReleases) {
      if (new RegExp(`^(?:/api/v3)?/repos/${repo}/releases/?$`).test(path)) {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
        const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
        const releases = [...tags.keys()].map((tag, i) => ({ id: i + 1, tag_name: tag, name: tag, draft: false, prerelease: false }));
        this.send(res, record, 200, 'application/json; charset=utf-8', JSON.stringify(releases.slice((page - 1) * perPage, page * perPage)));
        return true;
      }
      const prefix = `/${repo}/releases/download/`;
      if (!path.startsWith(prefix)) continue;
      const [tag = '', file = ''] = path.slice(prefix.length).split('/');
      const asset = tags.get(tag)?.get(file.replace(/\.sha256$/, ''));
      if (!asset) {
        this.send(res, record, 404, 'text/plain', 'Not Found\n');
      } else if (file.endsWith('.sha256')) {
        const digest = createHash('sha256').update(fault === 'wrong-checksum' ? Buffer.from('not the archive') : asset).digest('hex');
        this.send(res, record, 200, 'text/plain', `${digest}  ${file.replace(/\.sha256$/, '')}\n`);
      } else {
        this.send(res, record, 200, 'application/octet-stream', fault === 'corrupt' ? Buffer.concat([asset, Buffer.from('tampered')]) : asset);
      }
      return true;
    }
    return false;
  }

  private sendListing(res: ServerResponse, record: ReleaseRequest, url: URL): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const releases = this.versions.map((version, i) => ({
      id: i + 1,
      tag_name: version,
      name: version,
      draft: false,
      prerelease: /[a-z]/i.test(version),
      html_url: `${this.url}/astral-sh/uv/releases/tag/${version}`,
      assets: [uvArchiveFilename(), `${uvArchiveFilename()}.sha256`].map((name, j) => ({
        id: (i + 1) * 10 + j,
        name,
        browser_download_url: this.downloadUrl(version, name),
      })),
    }));
    return this.send(res, record, 200, 'application/json; charset=utf-8', JSON.stringify(releases.slice((page - 1) * perPage, page * perPage)));
  }

  private send(res: ServerResponse, record: ReleaseRequest, status: number, type: string, body: string | Buffer): void {
    record.status = status;
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.length });
    res.end(record.method === 'HEAD' ? undefined : bytes);
  }
}

/** sha256 of the cached release archive file (for tests comparing what landed in the tool cache). */
export function uvReleaseArchiveSha256(): string {
  uvReleaseArchive();
  return sha256File(join(CACHE_ROOT, 'uv-release', UV_TEST_VERSION, uvArchiveFilename()));
}

/**
 * A stateful GitHub Actions artifact service (v2 / "v4 artifacts", what @actions/artifact 6 speaks) on
 * 127.0.0.1. Sibling of fake-cache-server.ts.
 *
 *   const server = await FakeArtifactServer.start();
 *   const env = server.env({ job: 'matrix-3.11' });   // ACTIONS_RESULTS_URL + a runtime token for that job
 *   ... real @actions/artifact uploadArtifact / listArtifacts / downloadArtifact ...
 *   expect(server.violations).toEqual([]);
 *   await server.close();
 *
 * Twirp JSON RPCs (POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>, proto field
 * names, as node_modules/@actions/artifact/lib/generated/results/api/v1/artifact.js serialises them):
 *   CreateArtifact        {workflow_run_backend_id, workflow_job_run_backend_id, name, version, mime_type?, expires_at?}
 *                         → {ok, signed_upload_url}; 409 already_exists for a name taken in the run
 *   FinalizeArtifact      {…ids, name, size, hash?}   → {ok, artifact_id}
 *   ListArtifacts         {…ids, name_filter?, id_filter?} → {artifacts: [{…ids, database_id, name, size, created_at, digest}]}
 *   GetSignedArtifactURL  {…ids, name}                → {signed_url}
 * plus the Azure Blob requests the storage SDK makes against the signed URLs (IP-style
 * `/<account>/<container>/<blob>?sig=…`): Put Block, Put Block List (upload), Get Blob (download).
 *
 * The runtime token is a JWT whose `scp` claim carries `Actions.Results:<run backend id>:<job backend
 * id>` (what @actions/artifact reads); every RPC must send the ids of its own token. Anything the real
 * service would refuse (unknown route or field, wrong token or ids, a finalize whose size or sha256 do
 * not match the uploaded bytes, a blob request with a wrong signature) gets a 4xx and is recorded in
 * {@link FakeArtifactServer.violations}; tests assert that list is empty.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { listenOnLoopback } from './loopback.js';

const SERVICE = 'github.actions.results.api.v1.ArtifactService';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-results';
const IDS = ['workflow_run_backend_id', 'workflow_job_run_backend_id'];

const RPC_FIELDS: Record<string, { required: string[]; optional: string[] }> = {
  CreateArtifact: { required: [...IDS, 'name', 'version'], optional: ['mime_type', 'expires_at'] },
  FinalizeArtifact: { required: [...IDS, 'name', 'size'], optional: ['hash'] },
  ListArtifacts: { required: IDS, optional: ['name_filter', 'id_filter'] },
  GetSignedArtifactURL: { required: [...IDS, 'name'], optional: [] },
  DeleteArtifact: { required: [...IDS, 'name'], optional: [] },
};

/** Characters actions/upload-artifact refuses in artifact names (path-and-artifact-name-validation.ts). */
const INVALID_NAME = /[":<>|*?\r\n\\/]/;

export interface StoredArtifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  mimeType: string;
  finalized: boolean;
  createdAt: Date;
  blocks: Map<string, Buffer>;
  blob?: Buffer;
  /** Content type the uploader set on the blob (x-ms-blob-content-type). */
  blobContentType?: string;
  size?: number;
  digest?: string;
  signature: string;
}

export interface ArtifactRequest {
  method: string;
  path: string;
  /** The RPC name, or `blob:<method>[:<comp>]`. */
  operation: string;
  status: number;
}

function base64url(data: string): string {
  return Buffer.from(data, 'utf8').toString('base64url');
}

export class FakeArtifactServer {
  /** Backend id of the one workflow run all jobs of this server belong to. */
  readonly runId = randomUUID();
  readonly violations: string[] = [];
  readonly requests: ArtifactRequest[] = [];
  private readonly artifacts: StoredArtifact[] = [];
  private readonly tokens = new Map<string, string>();
  private readonly sockets = new Set<Socket>();
  private nextId = 1;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeArtifactServer> {
    const server = createServer();
    const fake = new FakeArtifactServer(server);
    await listenOnLoopback(server, (req, res) => fake.handle(req, res), fake.violations, fake.sockets);
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /**
   * The environment the runner gives one job of the run: each job (matrix leg) has its own job backend id
   * inside an unsigned JWT, like the real ACTIONS_RUNTIME_TOKEN's `scp` claim.
   */
  env(options: { job?: string } = {}): Record<string, string> {
    const job = options.job ?? 'job';
    let jobId = [...this.tokens.entries()].find(([, j]) => j === job)?.[0];
    if (!jobId) {
      jobId = randomUUID();
      this.tokens.set(jobId, job);
    }
    const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url(JSON.stringify({ scp: `Actions.ExampleScope Actions.Results:${this.runId}:${jobId}`, job }));
    return {
      ACTIONS_RESULTS_URL: `${this.origin}/`,
      ACTIONS_RUNTIME_TOKEN: `${header}.${payload}.${randomBytes(8).toString('base64url')}`,
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /** Finalized artifacts, in creation order. */
  list(): StoredArtifact[] {
    return this.artifacts.filter((a) => a.finalized);
  }

  /** Stores an artifact as if another job had uploaded it (a zip the test built, or any bytes). */
  seed(name: string, data: Buffer, options: { job?: string; mimeType?: string } = {}): StoredArtifact {
    const artifact: StoredArtifact = {
      id: this.nextId++,
      runId: this.runId,
      jobId: options.job ?? 'seeded',
      name,
      mimeType: options.mimeType ?? 'application/zip',
      finalized: true,
      createdAt: new Date(),
      blocks: new Map(),
      blob: data,
      blobContentType: options.mimeType ?? 'application/zip',
      size: data.length,
      digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
      signature: randomBytes(12).toString('hex'),
    };
    this.artifacts.push(artifact);
    return artifact;
  }

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

  private reply(res: ServerResponse, req: IncomingMessage, path: string, method: string, status: number, payload: unknown): void {
    this.requests.push({ method: req.method ?? '', path, operation: method, status });
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(payload));
  }

  /** The job backend id a bearer token was issued for, or null. */
  private jobOf(authorization: string | undefined): string | null {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const payload = token?.split('.')[1];
    if (!payload) return null;
    try {
      const scp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: string }).scp ?? '';
      const claim = scp.split(' ').find((s) => s.startsWith('Actions.Results:'))?.split(':');
      if (!claim || claim[1] !== this.runId || !this.tokens.has(claim[2]!)) return null;
      return claim[2]!;
    } catch {
      return null;
    }
  }

  private handleTwirp(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const match = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(url.pathname);
    const method = match?.[1];
    const path = url.pathname;
    if (!method || !RPC_FIELDS[method]) return this.reject(res, req, path, 'twirp', 404, `unknown twirp route ${path}`);
    if (req.method !== 'POST') return this.reject(res, req, path, method, 405, `${method} called with ${req.method}`);
    const jobId = this.jobOf(req.headers.authorization);
    if (!jobId) return this.reject(res, req, path, method, 401, `${method} without a runtime token of this run`);
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      return this.reject(res, req, path, method, 415, `${method} content-type ${req.headers['content-type']}`);
    }
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return this.reject(res, req, path, method, 400, `${method} body is not JSON`);
    }
    const spec = RPC_FIELDS[method];
    const unknown = Object.keys(data).filter((k) => !spec.required.includes(k) && !spec.optional.includes(k));
    const missing = spec.required.filter((k) => data[k] === undefined || data[k] === '');
    if (unknown.length || missing.length) {
      return this.reject(res, req, path, method, 400, `${method}: unknown fields [${unknown}] missing fields [${missing}]`);
    }
    if (data.workflow_run_backend_id !== this.runId || data.workflow_job_run_backend_id !== jobId) {
      // ListArtifacts/GetSignedArtifactURL/DeleteArtifact may name another job's artifact, but always of the token's run.
      const otherJobAllowed = method !== 'CreateArtifact' && method !== 'FinalizeArtifact' && data.workflow_run_backend_id === this.runId;
      if (!otherJobAllowed) return this.reject(res, req, path, method, 403, `${method}: backend ids do not match the runtime token`);
    }

    if (method === 'CreateArtifact') {
      const name = String(data.name);
      if (INVALID_NAME.test(name)) return this.reject(res, req, path, method, 400, `CreateArtifact: invalid artifact name ${JSON.stringify(name)}`);
      if (typeof data.version !== 'number' || data.version < 4) return this.reject(res, req, path, method, 400, `CreateArtifact: version ${String(data.version)}`);
      if (this.artifacts.some((a) => a.name === name && a.finalized)) {
        return this.reply(res, req, path, method, 409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` });
      }
      const artifact: StoredArtifact = {
        id: this.nextId++,
        runId: this.runId,
        jobId,
        name,
        mimeType: typeof data.mime_type === 'string' ? data.mime_type : 'application/zip',
        finalized: false,
        createdAt: new Date(),
        blocks: new Map(),
        signature: randomBytes(12).toString('hex'),
      };
      this.artifacts.push(artifact);
      return this.reply(res, req, path, method, 200, { ok: true, signed_upload_url: this.signedUrl(artifact, 'w') });
    }

    if (method === 'FinalizeArtifact') {
      const artifact = this.artifacts.find((a) => a.name === data.name && a.jobId === jobId && !a.finalized);
      if (!artifact) return this.reply(res, req, path, method, 404, { code: 'not_found', msg: `no artifact ${String(data.name)} being uploaded` });
      const size = Number(data.size);
      if (!artifact.blob || artifact.blob.length !== size) {
        return this.reject(res, req, path, method, 400, `FinalizeArtifact ${artifact.name}: size ${size} but ${artifact.blob?.length ?? 'no'} bytes uploaded`);
      }
      const digest = `sha256:${createHash('sha256').update(artifact.blob).digest('hex')}`;
      if (data.hash !== undefined && data.hash !== digest) {
        return this.reject(res, req, path, method, 400, `FinalizeArtifact ${artifact.name}: hash ${String(data.hash)} but the upload is ${digest}`);
      }
      artifact.finalized = true;
      artifact.size = size;
      artifact.digest = digest;
      return this.reply(res, req, path, method, 200, { ok: true, artifact_id: String(artifact.id) });
    }

    if (method === 'ListArtifacts') {
      const nameFilter = typeof data.name_filter === 'string' ? data.name_filter : null;
      const idFilter = data.id_filter === undefined ? null : Number(data.id_filter);
      const artifacts = this.list()
        .filter((a) => (nameFilter === null || a.name === nameFilter) && (idFilter === null || a.id === idFilter))
        .map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size ?? 0),
          created_at: a.createdAt.toISOString(),
          digest: a.digest,
        }));
      return this.reply(res, req, path, method, 200, { artifacts });
    }

    if (method === 'GetSignedArtifactURL') {
      const artifact = this.list().find((a) => a.name === data.name && a.jobId === data.workflow_job_run_backend_id);
      if (!artifact) return this.reply(res, req, path, method, 404, { code: 'not_found', msg: `no artifact ${String(data.name)}` });
      return this.reply(res, req, path, method, 200, { signed_url: this.signedUrl(artifact, 'r') });
    }

    // DeleteArtifact
    const index = this.artifacts.findIndex((a) => a.name === data.name && a.jobId === data.workflow_job_run_backend_id && a.finalized);
    if (index < 0) return this.reply(res, req, path, method, 404, { code: 'not_found', msg: `no artifact ${String(data.name)}` });
    const [deleted] = this.artifacts.splice(index, 1);
    return this.reply(res, req, path, method, 200, { ok: true, artifact_id: String(deleted!.id) });
  }

  private signedUrl(artifact: StoredArtifact, permission: 'r' | 'w'): string {
    const blob = `${artifact.id}/${encodeURIComponent(artifact.name)}.zip`;
    return `${this.origin}/${ACCOUNT}/${CONTAINER}/${blob}?sv=2024-11-04&sp=${permission}&sig=${artifact.signature}`;
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const id = Number(new RegExp(`^/${ACCOUNT}/${CONTAINER}/(\\d+)/`).exec(url.pathname)?.[1]);
    const artifact = this.artifacts.find((a) => a.id === id);
    const comp = url.searchParams.get('comp');
    const operation = `blob:${req.method?.toLowerCase()}${comp ? `:${comp}` : ''}`;
    if (!artifact || url.searchParams.get('sig') !== artifact.signature) {
      return this.reject(res, req, url.pathname, operation, 403, `${operation} with an unknown or unsigned URL ${url.pathname}`);
    }
    const permission = url.searchParams.get('sp');
    const done = (status: number, headers: Record<string, string | number> = {}, payload?: Buffer): void => {
      this.requests.push({ method: req.method ?? '', path: url.pathname, operation, status });
      res.writeHead(status, { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2024-11-04', Date: new Date().toUTCString(), ...headers });
      res.end(payload);
    };

    if (req.method === 'PUT') {
      if (permission !== 'w' || artifact.finalized) return this.reject(res, req, url.pathname, operation, 403, `${operation} to an artifact that is not open for upload`);
      const written = { ETag: `"0x${randomBytes(8).toString('hex')}"`, 'Last-Modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' };
      if (comp === 'block') {
        const blockId = url.searchParams.get('blockid');
        if (!blockId) return this.reject(res, req, url.pathname, operation, 400, 'Put Block without blockid');
        artifact.blocks.set(blockId, body);
        return done(201, { 'x-ms-request-server-encrypted': 'true' });
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\/(?:Latest|Uncommitted|Committed)>/g)].map((m) => m[1]!);
        const missing = ids.filter((b) => !artifact.blocks.has(b));
        if (ids.length === 0 || missing.length) return this.reject(res, req, url.pathname, operation, 400, `Put Block List names unknown blocks [${missing}]`);
        artifact.blob = Buffer.concat(ids.map((b) => artifact.blocks.get(b)!));
        artifact.blobContentType = String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
        artifact.blocks.clear();
        return done(201, written);
      }
      if (comp === null) {
        if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return this.reject(res, req, url.pathname, operation, 400, `Put Blob with x-ms-blob-type ${req.headers['x-ms-blob-type']}`);
        artifact.blob = body;
        artifact.blobContentType = String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream');
        return done(201, written);
      }
      return this.reject(res, req, url.pathname, operation, 400, `unsupported blob operation comp=${comp}`);
    }

    if (req.method === 'GET') {
      if (permission !== 'r' || !artifact.finalized || !artifact.blob) return this.reject(res, req, url.pathname, operation, 403, `${operation} of an artifact that is not readable`);
      return done(200, { 'Content-Type': artifact.blobContentType ?? artifact.mimeType, 'Content-Length': artifact.blob.length, 'x-ms-blob-type': 'BlockBlob' }, artifact.blob);
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

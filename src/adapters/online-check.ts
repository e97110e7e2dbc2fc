/**
 * Asks the indexes `check --online`'s questions (see core/online/plan.ts): one Simple API page per
 * (index, project) — PEP 691 JSON, PEP 503 HTML when that is what the index serves — and one HEAD per
 * direct URL (GET of byte 0 where HEAD is refused). Bounded: a few requests at once overall and per host
 * (politeness), http.ts's timeout and retries per request, one deadline for the whole run (what has not
 * answered by then is "unchecked", never "missing"), a size cap on each page, and an on-disk page cache
 * revalidated with ETag / Last-Modified. A progress line goes to `progress` every few seconds on long runs.
 */
import { LockstepError } from '../core/errors.js';
import { parsePyproject } from '../core/lock/pyproject.js';
import { parseLock } from '../core/lock/uvlock.js';
import type { CheckReport } from '../core/matrix/types.js';
import { judgeOnline, onlineSection, summarizeOnline, versionOfFilename, type ArtifactResult, type OnlineAnswer, type OnlineJudgement, type OnlineSummary, type ServedFile } from '../core/online/judge.js';
import { hostOf, onlineQueries, type LockedArtifact, type OnlineQuery } from '../core/online/plan.js';
import { normalizeName } from '../core/pep/version.js';
import { connectionPool, DeadlineError, describeError, HttpStatusError, httpRequest, redactUrl, type RetryPolicy } from './http.js';
import { parseHtmlProjectPage } from './package-index.js';
import { withIndexCredentials } from './index-credentials.js';
import { rememberUrlCredentials } from './outgoing.js';
import type { PageCache } from './page-cache.js';
import type { ProjectFiles } from './project-files.js';

const ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
/** PyPI's largest project pages are a few MB; anything far beyond is not an index page. */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export interface OnlineCheckOptions {
  policy: RetryPolicy;
  /** Requests in flight at once, all hosts together (default 16). */
  concurrency?: number;
  /** Requests in flight at once to one host (default 8). */
  perHost?: number;
  /** Deadline for the whole check, ms (default 60 s). */
  deadlineMs?: number;
  /** Page cache; null for none. */
  cache?: PageCache | null;
  /** The URL to request for an index (the lock's URL, with credentials added where the user gave them). */
  credentialed?: (indexUrl: string) => string;
  /** Retry messages and the like. */
  log?: (message: string) => void;
  /** A progress line, every `progressEveryMs` (default 2 s) while the check runs. */
  progress?: (line: string) => void;
  progressEveryMs?: number;
  now?: () => number;
}

export interface OnlineCheckResult {
  judgement: OnlineJudgement;
  answers: OnlineAnswer[];
  stats: { requests: number; fromCache: number; elapsedMs: number };
}

/** A counting semaphore: at most `limit` holders at once. */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

function unreachable(error: unknown, deadlineMs: number): OnlineAnswer {
  if (error instanceof DeadlineError) return { kind: 'unreachable', reason: `the ${Math.round(deadlineMs / 1000)} s deadline for the online check ran out` };
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return { kind: 'unreachable', reason: `HTTP ${error.status}: the index wants credentials this run does not have` };
  }
  return { kind: 'unreachable', reason: describeError(error) };
}

/** The project page URL: `{index}/{name}/`, or a flat find-links page itself (`…/torch_stable.html`). */
function pageUrl(indexUrl: string, project: string): { url: string; flat: boolean } {
  if (/\.html?$/i.test(new URL(indexUrl).pathname)) return { url: indexUrl, flat: true };
  return { url: `${indexUrl}/${project}/`, flat: false };
}

interface JsonPage {
  files?: { filename?: unknown; hashes?: { sha256?: unknown }; yanked?: unknown }[];
}

/** PEP 691 JSON, reading only what the check compares (no URL resolution: pages list thousands of files). */
function parseJsonFiles(text: string): ServedFile[] {
  const page = JSON.parse(text) as JsonPage;
  if (!Array.isArray(page.files)) throw new Error('no "files" list');
  const files: ServedFile[] = [];
  for (const f of page.files) {
    if (typeof f?.filename !== 'string') continue;
    const file: ServedFile = { filename: f.filename, yanked: Boolean(f.yanked) };
    if (typeof f.hashes?.sha256 === 'string') file.sha256 = f.hashes.sha256.toLowerCase();
    if (typeof f.yanked === 'string' && f.yanked !== '') file.yankedReason = f.yanked;
    files.push(file);
  }
  return files;
}

function parsePage(text: string, contentType: string, url: string): ServedFile[] {
  if (/json/i.test(contentType)) return parseJsonFiles(text);
  const files = parseHtmlProjectPage(text, url, true);
  return files.map((f) => ({ filename: f.filename, ...(f.sha256 ? { sha256: f.sha256 } : {}), yanked: Boolean(f.yanked), ...(f.yankedReason ? { yankedReason: f.yankedReason } : {}) }));
}

/** A flat page lists every project's files: keep this project's (names compared PEP 503-normalised). */
function filesOfProject(files: ServedFile[], project: string): ServedFile[] {
  return files.filter((f) => {
    const version = versionOfFilename(f.filename);
    const name = f.filename.endsWith('.whl') ? f.filename.split('-')[0]! : version ? f.filename.slice(0, f.filename.lastIndexOf(`-${version}`)) : '';
    return normalizeName(name) === project;
  });
}

export async function checkOnline(queries: readonly OnlineQuery[], options: OnlineCheckOptions): Promise<OnlineCheckResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const deadlineMs = options.deadlineMs ?? 60_000;
  const deadline = AbortSignal.timeout(deadlineMs);
  const overall = new Limiter(options.concurrency ?? 16);
  const perHost = new Map<string, Limiter>();
  const hostLimiter = (host: string) => {
    let limiter = perHost.get(host);
    if (!limiter) perHost.set(host, (limiter = new Limiter(options.perHost ?? 8)));
    return limiter;
  };
  const log = options.log ?? (() => {});
  const stats = { requests: 0, fromCache: 0, elapsedMs: 0 };
  let done = 0;
  const progress = options.progress
    ? setInterval(() => {
        const hosts = new Set(queries.map((q) => hostOf(q.kind === 'index' ? q.indexUrl : q.url))).size;
        options.progress!(`checking locked files online: ${done} of ${queries.length} questions answered (${hosts} host(s), ${((now() - started) / 1000).toFixed(0)} s)`);
      }, options.progressEveryMs ?? 2000)
    : undefined;
  progress?.unref();
  const pool = await connectionPool(options.perHost ?? 8);

  const askIndex = async (query: Extract<OnlineQuery, { kind: 'index' }>): Promise<OnlineAnswer> => {
    const { url, flat } = pageUrl(query.indexUrl, query.project);
    const cached = options.cache?.get(url) ?? null;
    if (cached && options.cache!.isFresh(cached, now())) {
      stats.fromCache++;
      const files = parsePage(cached.body, cached.contentType, cached.url);
      return { kind: 'listing', files: flat ? filesOfProject(files, query.project) : files };
    }
    const requestUrl = pageUrl(options.credentialed?.(query.indexUrl) ?? query.indexUrl, query.project).url;
    stats.requests++;
    const answer = await httpRequest(
      requestUrl,
      { headers: { Accept: ACCEPT, ...options.cache?.validators(cached) }, signal: deadline, passStatus: [304, 404, 410], maxBytes: MAX_PAGE_BYTES, dispatcher: pool },
      options.policy,
      log,
    );
    if (answer.status === 404 || answer.status === 410) return { kind: 'gone', status: answer.status };
    let body = answer.text;
    let contentType = answer.headers.get('content-type') ?? '';
    if (answer.status === 304 && cached) {
      stats.fromCache++;
      options.cache!.touch(url, cached, answer.headers, now());
      body = cached.body;
      contentType = cached.contentType;
    } else if (answer.status === 304) {
      return { kind: 'unreachable', reason: `${redactUrl(url)} answered 304 to a request without validators` };
    } else {
      options.cache?.put(url, { headers: answer.headers, body, contentType }, now());
    }
    let files: ServedFile[];
    try {
      files = parsePage(body, contentType, url);
    } catch (error) {
      return { kind: 'unreachable', reason: `${redactUrl(url)} is not a readable Simple API page (${describeError(error)})` };
    }
    return { kind: 'listing', files: flat ? filesOfProject(files, query.project) : files };
  };

  const askUrl = async (query: Extract<OnlineQuery, { kind: 'url' }>): Promise<OnlineAnswer> => {
    stats.requests++;
    const head = await httpRequest(query.url, { method: 'HEAD', signal: deadline, passStatus: [403, 404, 405, 410, 501], dispatcher: pool }, options.policy, log);
    let status = head.status;
    // Some hosts refuse HEAD (405/501), and signed redirects (GitHub release assets) are signed for GET only.
    if (status === 403 || status === 405 || status === 501) {
      stats.requests++;
      const ranged = await httpRequest(query.url, { headers: { Range: 'bytes=0-0' }, signal: deadline, passStatus: [404, 410], skipBody: true, dispatcher: pool }, options.policy, log);
      status = ranged.status;
    }
    if (status === 404 || status === 410) return { kind: 'gone', status };
    return { kind: 'served' };
  };

  try {
    const answers = await Promise.all(
      queries.map((query) =>
        // Host slot first, then a global one: a query queued behind its busy host holds no global slot.
        hostLimiter(hostOf(query.kind === 'index' ? query.indexUrl : query.url)).run(() =>
          overall.run(async (): Promise<OnlineAnswer> => {
            try {
              if (deadline.aborted) throw new DeadlineError(query.kind === 'index' ? query.indexUrl : query.url, deadline.reason);
              return await (query.kind === 'index' ? askIndex(query) : askUrl(query));
            } catch (error) {
              return unreachable(error, deadlineMs);
            } finally {
              done++;
            }
          }),
        ),
      ),
    );
    const judgement = judgeOnline(queries, answers);
    stats.elapsedMs = now() - started;
    return { judgement, answers, stats };
  } finally {
    if (progress) clearInterval(progress);
    await pool.destroy().catch(() => {});
  }
}

/** `[[tool.uv.index]]` entries as credential lookups need them. */
export interface NamedIndex {
  name?: string;
  url: string;
}

const withoutCredentials = (url: string) => {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/+$/, '');
  } catch {
    return url.replace(/\/+$/, '');
  }
};

/**
 * Credentials for an index URL from the lock (uv never writes them there), found the way uv finds them:
 * `UV_INDEX_<NAME>_USERNAME` / `_PASSWORD` for the `[[tool.uv.index]]` entry with that URL, else a URL
 * with `user:password@` for the same index in pyproject.toml or UV_DEFAULT_INDEX / UV_INDEX_URL /
 * UV_INDEX / UV_EXTRA_INDEX_URL. They go only to that index (http.ts sends them as a Basic header).
 */
export function indexCredentials(indexes: readonly NamedIndex[], env: NodeJS.ProcessEnv): (indexUrl: string) => string {
  const fromEnv = [env.UV_DEFAULT_INDEX, env.UV_INDEX_URL, env.UV_INDEX, env.UV_EXTRA_INDEX_URL]
    .flatMap((v) => (v ?? '').split(/\s+/))
    .map((v) => v.replace(/^[A-Za-z0-9_.-]+=(?=https?:)/, ''))
    .filter((v) => /^https?:\/\/[^/]*@/.test(v));
  return (indexUrl: string) => {
    const bare = withoutCredentials(indexUrl);
    const named = indexes.find((i) => i.name && withoutCredentials(i.url) === bare);
    const withNamed = withIndexCredentials(bare, named?.name, env);
    if (withNamed !== bare) return withNamed.replace(/\/+$/, '');
    const given = [...indexes.map((i) => i.url), ...fromEnv].find((u) => /^https?:\/\/[^/]*@/.test(u) && withoutCredentials(u) === bare);
    if (given) rememberUrlCredentials(given);
    return given ? given.replace(/\/+$/, '') : indexUrl;
  };
}

export interface OnlineReport {
  /** The report with the online findings added (offline verdicts and findings untouched). */
  report: CheckReport;
  results: ArtifactResult[];
  summary: OnlineSummary;
}

/**
 * `check --online` over an engine report: the questions its verdicts raise, asked, judged, and the
 * findings appended. A lock that did not parse has no verdicts and therefore no questions.
 */
export async function checkReportOnline(
  files: Pick<ProjectFiles, 'pyproject' | 'lock' | 'lockPath'>,
  report: CheckReport,
  options: OnlineCheckOptions & { env?: NodeJS.ProcessEnv; only?: (artifact: LockedArtifact) => boolean },
): Promise<OnlineReport> {
  let queries: OnlineQuery[] = [];
  let indexes: NamedIndex[] = [];
  try {
    if (files.lock !== null) queries = onlineQueries(parseLock(files.lock, files.lockPath), report);
    if (options.only) {
      const only = options.only;
      queries = queries.map((q) => ({ ...q, artifacts: q.artifacts.filter(only) })).filter((q) => q.artifacts.length > 0);
    }
    if (files.pyproject !== null) indexes = parsePyproject(files.pyproject, 'pyproject.toml').tool.uv.indexes;
  } catch (error) {
    // The offline report already carries the parse error.
    if (!(error instanceof LockstepError)) throw error;
  }
  const credentialed = options.credentialed ?? indexCredentials(indexes, options.env ?? process.env);
  const { judgement, stats } = await checkOnline(queries, { ...options, credentialed });
  const findings = judgement.findings.map((f) => ({ ...f, file: files.lockPath }));
  const summary = summarizeOnline(judgement, stats);
  return {
    report: { ...report, findings: [...report.findings, ...findings], online: onlineSection(summary, judgement.results) },
    results: judgement.results,
    summary,
  };
}

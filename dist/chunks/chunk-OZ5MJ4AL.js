import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  hostOf,
  judgeOnline,
  onlineQueries,
  onlineSection,
  summarizeOnline,
  versionOfFilename
} from "./chunk-P27DNI6D.js";
import {
  withIndexCredentials
} from "./chunk-TTINJ2K2.js";
import {
  parseHtmlProjectPage
} from "./chunk-QU52FKDZ.js";
import {
  parsePyproject
} from "./chunk-4GBUUBSV.js";
import {
  DeadlineError,
  HttpStatusError,
  connectionPool,
  describeError,
  httpRequest,
  redactUrl
} from "./chunk-GBARYC4T.js";
import {
  parseLock
} from "./chunk-QTBF2I64.js";
import {
  normalizeName
} from "./chunk-2HEI5EQZ.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  rememberUrlCredentials
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/online-check.ts
var ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var MAX_PAGE_BYTES = 64 * 1024 * 1024;
var Limiter = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  static {
    __name(this, "Limiter");
  }
  active = 0;
  waiting = [];
  async run(work) {
    if (this.active >= this.limit) await new Promise((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
};
function unreachable(error, deadlineMs) {
  if (error instanceof DeadlineError) return { kind: "unreachable", reason: `the ${Math.round(deadlineMs / 1e3)} s deadline for the online check ran out` };
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return { kind: "unreachable", reason: `HTTP ${error.status}: the index wants credentials this run does not have` };
  }
  return { kind: "unreachable", reason: describeError(error) };
}
__name(unreachable, "unreachable");
function pageUrl(indexUrl, project) {
  if (/\.html?$/i.test(new URL(indexUrl).pathname)) return { url: indexUrl, flat: true };
  return { url: `${indexUrl}/${project}/`, flat: false };
}
__name(pageUrl, "pageUrl");
function parseJsonFiles(text) {
  const page = JSON.parse(text);
  if (!Array.isArray(page.files)) throw new Error('no "files" list');
  const files = [];
  for (const f of page.files) {
    if (typeof f?.filename !== "string") continue;
    const file = { filename: f.filename, yanked: Boolean(f.yanked) };
    if (typeof f.hashes?.sha256 === "string") file.sha256 = f.hashes.sha256.toLowerCase();
    if (typeof f.yanked === "string" && f.yanked !== "") file.yankedReason = f.yanked;
    files.push(file);
  }
  return files;
}
__name(parseJsonFiles, "parseJsonFiles");
function parsePage(text, contentType, url) {
  if (/json/i.test(contentType)) return parseJsonFiles(text);
  const files = parseHtmlProjectPage(text, url, true);
  return files.map((f) => ({ filename: f.filename, ...f.sha256 ? { sha256: f.sha256 } : {}, yanked: Boolean(f.yanked), ...f.yankedReason ? { yankedReason: f.yankedReason } : {} }));
}
__name(parsePage, "parsePage");
function filesOfProject(files, project) {
  return files.filter((f) => {
    const version = versionOfFilename(f.filename);
    const name = f.filename.endsWith(".whl") ? f.filename.split("-")[0] : version ? f.filename.slice(0, f.filename.lastIndexOf(`-${version}`)) : "";
    return normalizeName(name) === project;
  });
}
__name(filesOfProject, "filesOfProject");
async function checkOnline(queries, options) {
  const now = options.now ?? Date.now;
  const started = now();
  const deadlineMs = options.deadlineMs ?? 6e4;
  const deadline = AbortSignal.timeout(deadlineMs);
  const overall = new Limiter(options.concurrency ?? 16);
  const perHost = /* @__PURE__ */ new Map();
  const hostLimiter = /* @__PURE__ */ __name((host) => {
    let limiter = perHost.get(host);
    if (!limiter) perHost.set(host, limiter = new Limiter(options.perHost ?? 8));
    return limiter;
  }, "hostLimiter");
  const log = options.log ?? (() => {
  });
  const stats = { requests: 0, fromCache: 0, elapsedMs: 0 };
  let done = 0;
  const progress = options.progress ? setInterval(() => {
    const hosts = new Set(queries.map((q) => hostOf(q.kind === "index" ? q.indexUrl : q.url))).size;
    options.progress(`checking locked files online: ${done} of ${queries.length} questions answered (${hosts} host(s), ${((now() - started) / 1e3).toFixed(0)} s)`);
  }, options.progressEveryMs ?? 2e3) : void 0;
  progress?.unref();
  const pool = await connectionPool(options.perHost ?? 8);
  const askIndex = /* @__PURE__ */ __name(async (query) => {
    const { url, flat } = pageUrl(query.indexUrl, query.project);
    const cached = options.cache?.get(url) ?? null;
    if (cached && options.cache.isFresh(cached, now())) {
      stats.fromCache++;
      const files2 = parsePage(cached.body, cached.contentType, cached.url);
      return { kind: "listing", files: flat ? filesOfProject(files2, query.project) : files2 };
    }
    const requestUrl = pageUrl(options.credentialed?.(query.indexUrl) ?? query.indexUrl, query.project).url;
    stats.requests++;
    const answer = await httpRequest(
      requestUrl,
      { headers: { Accept: ACCEPT, ...options.cache?.validators(cached) }, signal: deadline, passStatus: [304, 404, 410], maxBytes: MAX_PAGE_BYTES, dispatcher: pool },
      options.policy,
      log
    );
    if (answer.status === 404 || answer.status === 410) return { kind: "gone", status: answer.status };
    let body = answer.text;
    let contentType = answer.headers.get("content-type") ?? "";
    if (answer.status === 304 && cached) {
      stats.fromCache++;
      options.cache.touch(url, cached, answer.headers, now());
      body = cached.body;
      contentType = cached.contentType;
    } else if (answer.status === 304) {
      return { kind: "unreachable", reason: `${redactUrl(url)} answered 304 to a request without validators` };
    } else {
      options.cache?.put(url, { headers: answer.headers, body, contentType }, now());
    }
    let files;
    try {
      files = parsePage(body, contentType, url);
    } catch (error) {
      return { kind: "unreachable", reason: `${redactUrl(url)} is not a readable Simple API page (${describeError(error)})` };
    }
    return { kind: "listing", files: flat ? filesOfProject(files, query.project) : files };
  }, "askIndex");
  const askUrl = /* @__PURE__ */ __name(async (query) => {
    stats.requests++;
    const head = await httpRequest(query.url, { method: "HEAD", signal: deadline, passStatus: [403, 404, 405, 410, 501], dispatcher: pool }, options.policy, log);
    let status = head.status;
    if (status === 403 || status === 405 || status === 501) {
      stats.requests++;
      const ranged = await httpRequest(query.url, { headers: { Range: "bytes=0-0" }, signal: deadline, passStatus: [404, 410], skipBody: true, dispatcher: pool }, options.policy, log);
      status = ranged.status;
    }
    if (status === 404 || status === 410) return { kind: "gone", status };
    return { kind: "served" };
  }, "askUrl");
  try {
    const answers = await Promise.all(
      queries.map(
        (query) => (
          // Host slot first, then a global one: a query queued behind its busy host holds no global slot.
          hostLimiter(hostOf(query.kind === "index" ? query.indexUrl : query.url)).run(
            () => overall.run(async () => {
              try {
                if (deadline.aborted) throw new DeadlineError(query.kind === "index" ? query.indexUrl : query.url, deadline.reason);
                return await (query.kind === "index" ? askIndex(query) : askUrl(query));
              } catch (error) {
                return unreachable(error, deadlineMs);
              } finally {
                done++;
              }
            })
          )
        )
      )
    );
    const judgement = judgeOnline(queries, answers);
    stats.elapsedMs = now() - started;
    return { judgement, answers, stats };
  } finally {
    if (progress) clearInterval(progress);
    await pool.destroy().catch(() => {
    });
  }
}
__name(checkOnline, "checkOnline");
var withoutCredentials = /* @__PURE__ */ __name((url) => {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href.replace(/\/+$/, "");
  } catch {
    return url.replace(/\/+$/, "");
  }
}, "withoutCredentials");
function indexCredentials(indexes, env) {
  const fromEnv = [env.UV_DEFAULT_INDEX, env.UV_INDEX_URL, env.UV_INDEX, env.UV_EXTRA_INDEX_URL].flatMap((v) => (v ?? "").split(/\s+/)).map((v) => v.replace(/^[A-Za-z0-9_.-]+=(?=https?:)/, "")).filter((v) => /^https?:\/\/[^/]*@/.test(v));
  return (indexUrl) => {
    const bare = withoutCredentials(indexUrl);
    const named = indexes.find((i) => i.name && withoutCredentials(i.url) === bare);
    const withNamed = withIndexCredentials(bare, named?.name, env);
    if (withNamed !== bare) return withNamed.replace(/\/+$/, "");
    const given = [...indexes.map((i) => i.url), ...fromEnv].find((u) => /^https?:\/\/[^/]*@/.test(u) && withoutCredentials(u) === bare);
    if (given) rememberUrlCredentials(given);
    return given ? given.replace(/\/+$/, "") : indexUrl;
  };
}
__name(indexCredentials, "indexCredentials");
async function checkReportOnline(files, report, options) {
  let queries = [];
  let indexes = [];
  try {
    if (files.lock !== null) queries = onlineQueries(parseLock(files.lock, files.lockPath), report);
    if (options.only) {
      const only = options.only;
      queries = queries.map((q) => ({ ...q, artifacts: q.artifacts.filter(only) })).filter((q) => q.artifacts.length > 0);
    }
    if (files.pyproject !== null) indexes = parsePyproject(files.pyproject, "pyproject.toml").tool.uv.indexes;
  } catch (error) {
    if (!(error instanceof LockstepError)) throw error;
  }
  const credentialed = options.credentialed ?? indexCredentials(indexes, options.env ?? process.env);
  const { judgement, stats } = await checkOnline(queries, { ...options, credentialed });
  const findings = judgement.findings.map((f) => ({ ...f, file: files.lockPath }));
  const summary = summarizeOnline(judgement, stats);
  return {
    report: { ...report, findings: [...report.findings, ...findings], online: onlineSection(summary, judgement.results) },
    results: judgement.results,
    summary
  };
}
__name(checkReportOnline, "checkReportOnline");

export {
  checkReportOnline
};

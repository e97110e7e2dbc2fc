import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/http.ts
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
var NetworkError = class extends Error {
  constructor(message, url, options) {
    super(message, options);
    this.url = url;
    this.name = "NetworkError";
  }
  url;
  static {
    __name(this, "NetworkError");
  }
};
var HttpStatusError = class extends Error {
  constructor(status, url) {
    super(`HTTP ${status} from ${url}`);
    this.status = status;
    this.url = url;
    this.name = "HttpStatusError";
  }
  status;
  url;
  static {
    __name(this, "HttpStatusError");
  }
};
var DEFAULT_RETRY = { attempts: 3, backoffMs: 500, timeoutMs: 3e4, stallMs: 6e4 };
function retryPolicyFromEnv(env = process.env) {
  const num = /* @__PURE__ */ __name((name, fallback) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  }, "num");
  return {
    attempts: Math.max(1, num("LOCKSTEP_HTTP_ATTEMPTS", DEFAULT_RETRY.attempts)),
    backoffMs: num("LOCKSTEP_HTTP_BACKOFF_MS", DEFAULT_RETRY.backoffMs),
    timeoutMs: num("LOCKSTEP_HTTP_TIMEOUT_MS", DEFAULT_RETRY.timeoutMs),
    stallMs: num("LOCKSTEP_HTTP_STALL_MS", DEFAULT_RETRY.stallMs)
  };
}
__name(retryPolicyFromEnv, "retryPolicyFromEnv");
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
async function fetchWithRetry(url, init = {}, policy = DEFAULT_RETRY, log = () => {
}) {
  let lastError;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no response within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    try {
      const response = await fetch(url, { headers: init.headers, signal: controller.signal, redirect: "follow" });
      clearTimeout(timer);
      if (response.ok) return response;
      await response.body?.cancel();
      if (!RETRYABLE_STATUS.has(response.status)) throw new HttpStatusError(response.status, url);
      lastError = new HttpStatusError(response.status, url);
    } catch (error) {
      clearTimeout(timer);
      if (error instanceof HttpStatusError) throw error;
      lastError = error;
    }
    if (attempt < policy.attempts) {
      const wait = policy.backoffMs * 2 ** (attempt - 1);
      log(`${describeError(lastError)}; retrying in ${wait} ms (attempt ${attempt + 1} of ${policy.attempts})`);
      await sleep(wait);
    }
  }
  if (lastError instanceof HttpStatusError) throw new NetworkError(`${lastError.message} after ${policy.attempts} attempts`, url);
  throw new NetworkError(`cannot reach ${url}: ${describeError(lastError)}`, url, { cause: lastError });
}
__name(fetchWithRetry, "fetchWithRetry");
function describeError(error) {
  if (error instanceof NetworkError || error instanceof HttpStatusError) return error.message;
  if (error instanceof Error) {
    const cause = error.cause;
    const code = cause && typeof cause === "object" && "code" in cause ? ` (${String(cause.code)})` : "";
    const causeMessage = cause instanceof Error && cause.message !== error.message ? `: ${cause.message}` : "";
    return `${error.message}${causeMessage}${code}`;
  }
  return String(error);
}
__name(describeError, "describeError");
async function fetchText(url, headers, policy, log) {
  const response = await fetchWithRetry(url, { headers }, policy, log);
  return { text: await response.text(), contentType: response.headers.get("content-type") ?? "", url: response.url || url };
}
__name(fetchText, "fetchText");
async function downloadFile(url, destination, policy, log, label) {
  let lastError;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await downloadOnce(url, destination, policy, log, label);
    } catch (error) {
      if (error instanceof HttpStatusError || error instanceof NetworkError) throw error;
      lastError = error;
      if (attempt < policy.attempts) {
        log(`${label}: ${describeError(error)}; retrying (attempt ${attempt + 1} of ${policy.attempts})`);
        await sleep(policy.backoffMs * 2 ** (attempt - 1));
      }
    }
  }
  throw new NetworkError(`downloading ${url} failed: ${describeError(lastError)}`, url, { cause: lastError });
}
__name(downloadFile, "downloadFile");
async function downloadOnce(url, destination, policy, log, label) {
  const response = await fetchWithRetry(url, {}, policy, log);
  const total = Number(response.headers.get("content-length")) || 0;
  const hash = createHash("sha256");
  const file = createWriteStream(destination);
  let fileError;
  file.on("error", (error) => {
    fileError ??= error;
  });
  let bytes = 0;
  const started = Date.now();
  let lastReport = started;
  const reader = response.body.getReader();
  try {
    for (; ; ) {
      let stallTimer;
      const stalled = new Promise((_, reject) => {
        stallTimer = setTimeout(() => reject(new Error(`no data for ${policy.stallMs} ms`)), policy.stallMs);
      });
      const chunk = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(stallTimer));
      if (chunk.done) break;
      bytes += chunk.value.length;
      hash.update(chunk.value);
      if (!file.write(chunk.value)) await once(file, "drain");
      const now = Date.now();
      if (now - lastReport >= 3e3) {
        lastReport = now;
        log(`${label}: ${formatProgress(bytes, total, now - started)}`);
      }
    }
  } catch (error) {
    await reader.cancel().catch(() => {
    });
    file.destroy();
    throw error;
  }
  file.end();
  if (!file.closed) await once(file, "close");
  if (fileError) throw fileError;
  if (total && bytes !== total) throw new Error(`truncated download: ${bytes} of ${total} bytes`);
  if (Date.now() - started >= 3e3) log(`${label}: ${formatProgress(bytes, total, Date.now() - started)} done`);
  return { path: destination, sha256: hash.digest("hex"), bytes };
}
__name(downloadOnce, "downloadOnce");
function formatProgress(bytes, total, elapsedMs) {
  const mb = /* @__PURE__ */ __name((n) => (n / 1048576).toFixed(1), "mb");
  const rate = `${mb(bytes / Math.max(elapsedMs, 1) * 1e3)} MB/s`;
  return total ? `${mb(bytes)} / ${mb(total)} MB (${Math.floor(bytes / total * 100)}%), ${rate}` : `${mb(bytes)} MB, ${rate}`;
}
__name(formatProgress, "formatProgress");

// src/adapters/package-index.ts
var DEFAULT_INDEX_URL = "https://pypi.org/simple";
function normalizeProjectName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
__name(normalizeProjectName, "normalizeProjectName");
var ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var SimpleApiIndex = class {
  constructor(url = DEFAULT_INDEX_URL, policy = retryPolicyFromEnv(), log = () => {
  }) {
    this.policy = policy;
    this.log = log;
    this.url = url.replace(/\/+$/, "");
  }
  policy;
  log;
  static {
    __name(this, "SimpleApiIndex");
  }
  url;
  async projectFiles(project) {
    const pageUrl = `${this.url}/${normalizeProjectName(project)}/`;
    const page = await fetchText(pageUrl, { Accept: ACCEPT }, this.policy, this.log);
    if (/json/i.test(page.contentType)) return parseJsonProjectPage(page.text, page.url);
    return parseHtmlProjectPage(page.text, page.url);
  }
};
function parseJsonProjectPage(text, pageUrl) {
  const page = JSON.parse(text);
  return (page.files ?? []).filter((f) => typeof f.filename === "string" && typeof f.url === "string").map((f) => {
    const file = {
      filename: f.filename,
      url: new URL(f.url, pageUrl).href,
      sha256: f.hashes?.sha256?.toLowerCase(),
      yanked: Boolean(f.yanked)
    };
    if (typeof f.yanked === "string" && f.yanked !== "") file.yankedReason = f.yanked;
    if (typeof f["requires-python"] === "string" && f["requires-python"].trim() !== "") file.requiresPython = f["requires-python"].trim();
    if (typeof f["upload-time"] === "string") file.uploadTime = f["upload-time"];
    return file;
  });
}
__name(parseJsonProjectPage, "parseJsonProjectPage");
function parseHtmlProjectPage(html, pageUrl) {
  const files = [];
  const anchor = /<a\s([^>]*)>([^<]*)<\/a>/gi;
  for (const m of html.matchAll(anchor)) {
    const attrs = m[1] ?? "";
    const href = /href\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
    const rawHref = decodeEntities(href?.[2] ?? href?.[3] ?? "");
    if (!rawHref) continue;
    const url = new URL(rawHref, pageUrl);
    const sha256 = /(?:^|&)sha256=([0-9a-f]{64})/i.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = "";
    const filename = decodeEntities((m[2] ?? "").trim()) || decodeURIComponent(url.pathname.split("/").pop() ?? "");
    const file = { filename, url: url.href, sha256, yanked: /data-yanked/i.test(attrs) };
    const yankedReason = attribute(attrs, "data-yanked");
    if (yankedReason) file.yankedReason = yankedReason;
    const requiresPython = attribute(attrs, "data-requires-python");
    if (requiresPython) file.requiresPython = requiresPython;
    files.push(file);
  }
  return files;
}
__name(parseHtmlProjectPage, "parseHtmlProjectPage");
function attribute(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, "i").exec(attrs);
  const value = m ? decodeEntities(m[2] ?? m[3] ?? "").trim() : "";
  return value === "" ? void 0 : value;
}
__name(attribute, "attribute");
function decodeEntities(text) {
  return text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
}
__name(decodeEntities, "decodeEntities");

export {
  NetworkError,
  HttpStatusError,
  retryPolicyFromEnv,
  fetchWithRetry,
  describeError,
  fetchText,
  downloadFile,
  DEFAULT_INDEX_URL,
  SimpleApiIndex
};

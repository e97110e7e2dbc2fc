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
function proxySettingsFromEnv(env = process.env) {
  const withScheme = /* @__PURE__ */ __name((value = "") => value && !value.includes("://") ? `http://${value}` : value, "withScheme");
  const httpProxy = withScheme(env.http_proxy || env.HTTP_PROXY);
  const httpsProxy = withScheme(env.https_proxy || env.HTTPS_PROXY);
  if (!httpProxy && !httpsProxy) return void 0;
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? "").split(/[,\s]+/).filter(Boolean).flatMap((entry) => /^[.*]/.test(entry) ? [entry] : [entry, `.${entry}`]).join(",");
  return { httpProxy, httpsProxy, noProxy };
}
__name(proxySettingsFromEnv, "proxySettingsFromEnv");
var DEFAULT_RETRY = { attempts: 3, backoffMs: 500, timeoutMs: 3e4, stallMs: 6e4 };
var DEFAULT_DEADLINE_MS = 10 * 6e4;
var DEFAULT_MAX_TEXT_BYTES = 64 * 1024 * 1024;
var DEFAULT_MAX_DOWNLOAD_BYTES = 2 * 1024 * 1024 * 1024;
function retryPolicyFromEnv(env = process.env) {
  const proxy = proxySettingsFromEnv(env);
  const num = /* @__PURE__ */ __name((name, fallback) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  }, "num");
  return {
    attempts: Math.max(1, num("LOCKSTEP_HTTP_ATTEMPTS", DEFAULT_RETRY.attempts)),
    backoffMs: num("LOCKSTEP_HTTP_BACKOFF_MS", DEFAULT_RETRY.backoffMs),
    timeoutMs: num("LOCKSTEP_HTTP_TIMEOUT_MS", DEFAULT_RETRY.timeoutMs),
    stallMs: num("LOCKSTEP_HTTP_STALL_MS", DEFAULT_RETRY.stallMs),
    deadlineMs: num("LOCKSTEP_HTTP_DEADLINE_MS", DEFAULT_DEADLINE_MS),
    maxTextBytes: num("LOCKSTEP_HTTP_MAX_TEXT_BYTES", DEFAULT_MAX_TEXT_BYTES),
    maxDownloadBytes: num("LOCKSTEP_HTTP_MAX_DOWNLOAD_BYTES", DEFAULT_MAX_DOWNLOAD_BYTES),
    ...proxy && { proxy }
  };
}
__name(retryPolicyFromEnv, "retryPolicyFromEnv");
var proxyAgents = /* @__PURE__ */ new Map();
function proxyDispatcher(proxy) {
  const key = JSON.stringify(proxy);
  let agent = proxyAgents.get(key);
  if (!agent) {
    const options = { ...proxy, proxyTunnel: false };
    agent = import("./undici-CXMRAYLT.js").then((loaded) => {
      const undici = loaded.default ?? loaded;
      const { EnvHttpProxyAgent } = undici;
      try {
        return new EnvHttpProxyAgent(options);
      } catch (error) {
        proxyAgents.delete(key);
        const named = [proxy.httpsProxy, proxy.httpProxy].filter(Boolean).map(redactUrl).join(", ");
        throw new Error(`cannot use the proxy in HTTPS_PROXY / HTTP_PROXY (${named}): ${describeError(error)}; set it as http://host:port`, { cause: error });
      }
    });
    proxyAgents.set(key, agent);
  }
  return agent;
}
__name(proxyDispatcher, "proxyDispatcher");
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
function sleepUnless(ms, signal) {
  if (!signal) return sleep(ms).then(() => void 0);
  return new Promise((resolve) => {
    const done = /* @__PURE__ */ __name(() => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }, "done");
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
__name(sleepUnless, "sleepUnless");
var DeadlineError = class extends Error {
  constructor(url, reason) {
    super(`${reason instanceof Error ? reason.message : "deadline reached"} before ${url} answered`);
    this.url = url;
    this.name = "DeadlineError";
  }
  url;
  static {
    __name(this, "DeadlineError");
  }
};
async function connectionPool(connectionsPerOrigin) {
  const loaded = await import("./undici-CXMRAYLT.js");
  const undici = loaded.default ?? loaded;
  return new undici.Agent({ connections: connectionsPerOrigin, keepAliveTimeout: 1e4 });
}
__name(connectionPool, "connectionPool");
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "***";
    parsed.password = "";
    return parsed.href;
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, "//***@");
  }
}
__name(redactUrl, "redactUrl");
function withCredentialsAsHeader(url, headers = {}) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { url, headers };
  }
  if (!parsed.username && !parsed.password) return { url, headers };
  const basic = Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString("base64");
  parsed.username = "";
  parsed.password = "";
  return { url: parsed.href, headers: { ...headers, Authorization: `Basic ${basic}` } };
}
__name(withCredentialsAsHeader, "withCredentialsAsHeader");
async function requestWithRetry(url, init, policy, log, consume) {
  const shown = redactUrl(url);
  const request = withCredentialsAsHeader(url, init.headers);
  const dispatcher = policy.proxy ? await proxyDispatcher(policy.proxy) : init.dispatcher;
  const deadline = init.signal;
  let lastError;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (deadline?.aborted) throw new DeadlineError(shown, deadline.reason);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no response within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    const attemptMs = policy.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const whole = new AbortController();
    const wholeTimer = setTimeout(() => whole.abort(new NetworkError(`${shown} did not finish within ${Math.round(attemptMs / 1e3)} s (the server sends too slowly)`, shown)), attemptMs);
    wholeTimer.unref();
    const signal = AbortSignal.any([controller.signal, whole.signal, ...deadline ? [deadline] : []]);
    try {
      const response = await fetch(request.url, {
        method: init.method ?? "GET",
        headers: request.headers,
        signal,
        redirect: "follow",
        // Declared with undici 7's types, Node 24's fetch takes undici 6's dispatcher all the same.
        ...dispatcher && { dispatcher }
      });
      clearTimeout(timer);
      if (response.ok || init.passStatus?.includes(response.status)) return await consume(response);
      await response.body?.cancel();
      if (!RETRYABLE_STATUS.has(response.status)) throw new HttpStatusError(response.status, shown);
      lastError = new HttpStatusError(response.status, shown);
    } catch (error) {
      clearTimeout(timer);
      clearTimeout(wholeTimer);
      if (whole.signal.aborted) throw whole.signal.reason;
      if (error instanceof HttpStatusError || error instanceof ResponseTooLargeError) throw error;
      if (deadline?.aborted) throw new DeadlineError(shown, deadline.reason);
      lastError = error;
    }
    if (attempt < policy.attempts) {
      const wait = policy.backoffMs * 2 ** (attempt - 1);
      log(`${describeError(lastError)}; retrying in ${wait} ms (attempt ${attempt + 1} of ${policy.attempts})`);
      await sleepUnless(wait, deadline);
    }
  }
  if (lastError instanceof HttpStatusError) throw new NetworkError(`${lastError.message} after ${policy.attempts} attempts`, shown);
  throw new NetworkError(`cannot reach ${shown}: ${describeError(lastError)}`, shown, { cause: lastError });
}
__name(requestWithRetry, "requestWithRetry");
function fetchWithRetry(url, init = {}, policy = DEFAULT_RETRY, log = () => {
}) {
  return requestWithRetry(url, init, policy, log, async (response) => response);
}
__name(fetchWithRetry, "fetchWithRetry");
async function readTextWithin(response, stallMs, maxBytes = Infinity) {
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel().catch(() => {
    });
    throw new ResponseTooLargeError(response.url, maxBytes);
  }
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks = [];
  let total = 0;
  try {
    for (; ; ) {
      let stallTimer;
      const stalled = new Promise((_, reject) => {
        stallTimer = setTimeout(() => reject(new Error(`no data for ${stallMs} ms`)), stallMs);
      });
      const chunk = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(stallTimer));
      if (chunk.done) break;
      total += chunk.value.length;
      if (total > maxBytes) throw new ResponseTooLargeError(response.url, maxBytes);
      chunks.push(chunk.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {
    });
    throw error;
  }
  return Buffer.concat(chunks).toString("utf8");
}
__name(readTextWithin, "readTextWithin");
var ResponseTooLargeError = class extends Error {
  static {
    __name(this, "ResponseTooLargeError");
  }
  constructor(url, maxBytes) {
    super(`${redactUrl(url)} sent more than ${maxBytes >= 1048576 ? `${Math.round(maxBytes / 1048576)} MB` : `${maxBytes} bytes`}; giving up on it`);
    this.name = "ResponseTooLargeError";
  }
};
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
function httpRequest(url, options, policy, log = () => {
}) {
  return requestWithRetry(url, options, policy, log, async (response) => {
    let text = "";
    if (options.method === "HEAD" || options.skipBody || !response.ok) await response.body?.cancel();
    else text = await readTextWithin(response, policy.stallMs, options.maxBytes);
    return { status: response.status, headers: response.headers, text, url: response.url || url };
  });
}
__name(httpRequest, "httpRequest");
function fetchText(url, headers, policy, log = () => {
}) {
  return requestWithRetry(url, { headers }, policy, log, async (response) => ({
    text: await readTextWithin(response, policy.stallMs, policy.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES),
    contentType: response.headers.get("content-type") ?? "",
    url: response.url || url
  }));
}
__name(fetchText, "fetchText");
async function downloadFile(url, destination, policy, log, label) {
  let lastError;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await downloadOnce(url, destination, policy, log, label);
    } catch (error) {
      if (error instanceof HttpStatusError || error instanceof NetworkError || error instanceof ResponseTooLargeError) throw error;
      lastError = error;
      if (attempt < policy.attempts) {
        log(`${label}: ${describeError(error)}; retrying (attempt ${attempt + 1} of ${policy.attempts})`);
        await sleep(policy.backoffMs * 2 ** (attempt - 1));
      }
    }
  }
  throw new NetworkError(`downloading ${redactUrl(url)} failed: ${describeError(lastError)}`, redactUrl(url), { cause: lastError });
}
__name(downloadFile, "downloadFile");
async function downloadOnce(url, destination, policy, log, label) {
  const response = await fetchWithRetry(url, {}, policy, log);
  const total = Number(response.headers.get("content-length")) || 0;
  const maxBytes = policy.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  if (total > maxBytes) {
    await response.body?.cancel().catch(() => {
    });
    throw new ResponseTooLargeError(url, maxBytes);
  }
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
      if (bytes > maxBytes) throw new ResponseTooLargeError(url, maxBytes);
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

export {
  NetworkError,
  HttpStatusError,
  proxySettingsFromEnv,
  DEFAULT_RETRY,
  retryPolicyFromEnv,
  DeadlineError,
  connectionPool,
  redactUrl,
  fetchWithRetry,
  describeError,
  httpRequest,
  fetchText,
  downloadFile
};

import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Dispatcher, EnvHttpProxyAgent, ProxyAgent } from 'undici';

/** The network could not be reached, or kept failing: the caller may try another source. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** The server answered, but not with what we asked for (404, 403...): retrying will not help. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} from ${url}`);
    this.name = 'HttpStatusError';
  }
}

export interface RetryPolicy {
  attempts: number;
  /** First backoff; doubled each attempt. */
  backoffMs: number;
  /** Time to wait for the response headers. */
  timeoutMs: number;
  /** For bodies: abort when no byte arrives for this long. */
  stallMs: number;
  /**
   * One attempt's whole time, headers and body (default 10 minutes): a server that sends a byte every
   * few hundred ms never stalls, yet would hold the job forever. Running out is not retried.
   */
  deadlineMs?: number;
  /** Largest page or document read into memory (default 64 MiB; an index page is a few MB at most). */
  maxTextBytes?: number;
  /** Largest file downloaded (default 2 GiB). */
  maxDownloadBytes?: number;
  /** Set only when the environment names a proxy; absent, requests go direct through fetch's own agent. */
  proxy?: ProxySettings;
}

/** The standard proxy variables, as curl and uv read them. */
export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

/**
 * HTTP(S)_PROXY and NO_PROXY from `env` (lowercase wins, as in curl and undici), or undefined when no
 * proxy is named. A plain NO_PROXY entry (`example.com`) also covers its subdomains, as it does for
 * curl and @actions/http-client; undici alone would match it exactly.
 */
export function proxySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ProxySettings | undefined {
  // curl takes `proxy:3128` as http://proxy:3128; undici needs the scheme.
  const withScheme = (value = '') => (value && !value.includes('://') ? `http://${value}` : value);
  const httpProxy = withScheme(env.http_proxy || env.HTTP_PROXY);
  const httpsProxy = withScheme(env.https_proxy || env.HTTPS_PROXY);
  if (!httpProxy && !httpsProxy) return undefined;
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '')
    .split(/[,\s]+/)
    .filter(Boolean)
    .flatMap((entry) => (/^[.*]/.test(entry) ? [entry] : [entry, `.${entry}`]))
    .join(',');
  return { httpProxy, httpsProxy, noProxy };
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 500, timeoutMs: 30_000, stallMs: 60_000 };
const DEFAULT_DEADLINE_MS = 10 * 60_000;
const DEFAULT_MAX_TEXT_BYTES = 64 * 1024 * 1024;
const DEFAULT_MAX_DOWNLOAD_BYTES = 2 * 1024 * 1024 * 1024;

/** Retry knobs tests (and impatient users) can tighten through the environment. */
export function retryPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const proxy = proxySettingsFromEnv(env);
  const num = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    attempts: Math.max(1, num('LOCKSTEP_HTTP_ATTEMPTS', DEFAULT_RETRY.attempts)),
    backoffMs: num('LOCKSTEP_HTTP_BACKOFF_MS', DEFAULT_RETRY.backoffMs),
    timeoutMs: num('LOCKSTEP_HTTP_TIMEOUT_MS', DEFAULT_RETRY.timeoutMs),
    stallMs: num('LOCKSTEP_HTTP_STALL_MS', DEFAULT_RETRY.stallMs),
    deadlineMs: num('LOCKSTEP_HTTP_DEADLINE_MS', DEFAULT_DEADLINE_MS),
    maxTextBytes: num('LOCKSTEP_HTTP_MAX_TEXT_BYTES', DEFAULT_MAX_TEXT_BYTES),
    maxDownloadBytes: num('LOCKSTEP_HTTP_MAX_DOWNLOAD_BYTES', DEFAULT_MAX_DOWNLOAD_BYTES),
    ...(proxy && { proxy }),
  };
}

const proxyAgents = new Map<string, Promise<Dispatcher>>();

/**
 * Node's fetch ignores the proxy variables (NODE_USE_ENV_PROXY is read only at startup), so a proxy
 * goes in as an undici dispatcher: one per settings, kept so connections are reused. undici is
 * loaded only then, so the direct path costs nothing. Plain http:// URLs are forwarded as
 * absolute-URI requests rather than CONNECT tunnels, which many proxies refuse on port 80.
 */
function proxyDispatcher(proxy: ProxySettings): Promise<Dispatcher> {
  const key = JSON.stringify(proxy);
  let agent = proxyAgents.get(key);
  if (!agent) {
    // Explicit values (even '') so undici never falls back to process.env behind our back.
    // proxyTunnel reaches the inner ProxyAgents at runtime; undici 6's types omit it on this class.
    const options: EnvHttpProxyAgent.Options & Pick<ProxyAgent.Options, 'proxyTunnel'> = { ...proxy, proxyTunnel: false };
    agent = import('undici').then((loaded) => {
      // esbuild's chunk for this CommonJS package has only a default export (module.exports); Node's has both.
      const undici = (loaded as { default?: unknown }).default ?? loaded;
      const { EnvHttpProxyAgent } = undici as typeof loaded;
      try {
        return new EnvHttpProxyAgent(options);
      } catch (error) {
        proxyAgents.delete(key);
        const named = [proxy.httpsProxy, proxy.httpProxy].filter(Boolean).map(redactUrl).join(', ');
        throw new Error(`cannot use the proxy in HTTPS_PROXY / HTTP_PROXY (${named}): ${describeError(error)}; set it as http://host:port`, { cause: error });
      }
    });
    proxyAgents.set(key, agent);
  }
  return agent;
}

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits `ms`, or less when `signal` aborts first (the caller then sees the abort on its next step). */
function sleepUnless(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return sleep(ms).then(() => undefined);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** A whole operation's deadline (not one attempt's timeout) ran out: no more requests were tried. */
export class DeadlineError extends Error {
  constructor(
    readonly url: string,
    reason?: unknown,
  ) {
    super(`${reason instanceof Error ? reason.message : 'deadline reached'} before ${url} answered`);
    this.name = 'DeadlineError';
  }
}

/** How one request is made, beyond the retry policy. */
export interface RequestOptions {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  /** The caller's overall deadline: aborts the attempt in flight and stops the retries. */
  signal?: AbortSignal;
  /** Statuses handed to the caller as answers (e.g. 304, 404) instead of errors. */
  passStatus?: readonly number[];
  /** A connection pool the caller owns (see {@link connectionPool}); a proxy, when set, wins. */
  dispatcher?: Dispatcher;
}

/**
 * A connection pool of one's own, for a burst of requests: closing it when done releases the kept-alive
 * sockets at once, where fetch's global pool would hold the process open for seconds after a CLI run.
 */
export async function connectionPool(connectionsPerOrigin: number): Promise<Dispatcher> {
  const loaded = await import('undici');
  const undici = ((loaded as { default?: unknown }).default ?? loaded) as typeof loaded;
  return new undici.Agent({ connections: connectionsPerOrigin, keepAliveTimeout: 10_000 });
}

/** `url` as messages and logs may show it: a `user:password@` in it becomes `***@`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '***';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//***@');
  }
}

/**
 * fetch() refuses a URL with credentials in it, yet private indexes are often given that way
 * (`https://user:token@host/simple`, as pip and uv accept): they travel as a Basic header instead.
 */
function withCredentialsAsHeader(url: string, headers: Record<string, string> = {}): { url: string; headers: Record<string, string> } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, headers };
  }
  if (!parsed.username && !parsed.password) return { url, headers };
  const basic = Buffer.from(`${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`).toString('base64');
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.href, headers: { ...headers, Authorization: `Basic ${basic}` } };
}

/**
 * GET with a header timeout and retries with exponential backoff on network errors and 5xx/429;
 * `consume` reads the response inside the attempt, so a body that breaks off is retried too.
 * Other statuses throw HttpStatusError at once. Messages never show credentials in the URL.
 */
async function requestWithRetry<T>(
  url: string,
  init: RequestOptions,
  policy: RetryPolicy,
  log: (message: string) => void,
  consume: (response: Response) => Promise<T>,
): Promise<T> {
  const shown = redactUrl(url);
  const request = withCredentialsAsHeader(url, init.headers);
  const dispatcher = policy.proxy ? await proxyDispatcher(policy.proxy) : init.dispatcher;
  const deadline = init.signal;
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (deadline?.aborted) throw new DeadlineError(shown, deadline.reason);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no response within ${policy.timeoutMs} ms`)), policy.timeoutMs);
    // The attempt's whole time, body included (the body streams under the same signal, also when the
    // caller reads it after we return): a slow-drip server ends here, and is not tried again.
    const attemptMs = policy.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const whole = new AbortController();
    const wholeTimer = setTimeout(() => whole.abort(new NetworkError(`${shown} did not finish within ${Math.round(attemptMs / 1000)} s (the server sends too slowly)`, shown)), attemptMs);
    wholeTimer.unref();
    const signal = AbortSignal.any([controller.signal, whole.signal, ...(deadline ? [deadline] : [])]);
    try {
      const response = await fetch(request.url, {
        method: init.method ?? 'GET',
        headers: request.headers,
        signal,
        redirect: 'follow',
        // Declared with undici 7's types, Node 24's fetch takes undici 6's dispatcher all the same.
        ...(dispatcher && { dispatcher: dispatcher as unknown as RequestInit['dispatcher'] }),
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

/** GET with timeout and retries (see requestWithRetry); the caller owns the response body. */
export function fetchWithRetry(
  url: string,
  init: RequestOptions = {},
  policy: RetryPolicy = DEFAULT_RETRY,
  log: (message: string) => void = () => {},
): Promise<Response> {
  return requestWithRetry(url, init, policy, log, async (response) => response);
}

/** The whole body as UTF-8, aborting when no byte arrives for `stallMs` (headers alone are not enough) or past `maxBytes`. */
async function readTextWithin(response: Response, stallMs: number, maxBytes = Infinity): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new ResponseTooLargeError(response.url, maxBytes);
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      let stallTimer: NodeJS.Timeout | undefined;
      const stalled = new Promise<never>((_, reject) => {
        stallTimer = setTimeout(() => reject(new Error(`no data for ${stallMs} ms`)), stallMs);
      });
      const chunk = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(stallTimer));
      if (chunk.done) break;
      total += chunk.value.length;
      if (total > maxBytes) throw new ResponseTooLargeError(response.url, maxBytes);
      chunks.push(chunk.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A body larger than the caller's cap: not retried (it would be as large again). */
export class ResponseTooLargeError extends Error {
  constructor(url: string, maxBytes: number) {
    super(`${redactUrl(url)} sent more than ${maxBytes >= 1048576 ? `${Math.round(maxBytes / 1048576)} MB` : `${maxBytes} bytes`}; giving up on it`);
    this.name = 'ResponseTooLargeError';
  }
}

export function describeError(error: unknown): string {
  // These already carry the cause in their message.
  if (error instanceof NetworkError || error instanceof HttpStatusError) return error.message;
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = cause && typeof cause === 'object' && 'code' in cause ? ` (${String((cause as { code: unknown }).code)})` : '';
    const causeMessage = cause instanceof Error && cause.message !== error.message ? `: ${cause.message}` : '';
    return `${error.message}${causeMessage}${code}`;
  }
  return String(error);
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Empty for HEAD and for statuses without a body. */
  text: string;
  /** Final URL after redirects. */
  url: string;
}

/**
 * One request whose status the caller judges (`passStatus`: e.g. 304 Not Modified, 404 gone), with the
 * policy's timeout and retries, an optional overall deadline (`signal`) and a cap on the body's size.
 */
export function httpRequest(
  url: string,
  options: RequestOptions & { maxBytes?: number; skipBody?: boolean },
  policy: RetryPolicy,
  log: (m: string) => void = () => {},
): Promise<HttpAnswer> {
  return requestWithRetry(url, options, policy, log, async (response) => {
    let text = '';
    if (options.method === 'HEAD' || options.skipBody || !response.ok) await response.body?.cancel();
    else text = await readTextWithin(response, policy.stallMs, options.maxBytes);
    return { status: response.status, headers: response.headers, text, url: response.url || url };
  });
}

/** A small document (an index page, a checksum): headers and body both within the policy's limits, retried as one. */
export function fetchText(url: string, headers: Record<string, string>, policy: RetryPolicy, log: (m: string) => void = () => {}) {
  return requestWithRetry(url, { headers }, policy, log, async (response) => ({
    text: await readTextWithin(response, policy.stallMs, policy.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES),
    contentType: response.headers.get('content-type') ?? '',
    url: response.url || url,
  }));
}

export interface DownloadResult {
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * Streams a URL to a file, hashing as it goes, with a progress line every few seconds on long
 * downloads; a stalled body aborts and the whole download is retried.
 */
export async function downloadFile(
  url: string,
  destination: string,
  policy: RetryPolicy,
  log: (message: string) => void,
  label: string,
): Promise<DownloadResult> {
  let lastError: unknown;
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

async function downloadOnce(url: string, destination: string, policy: RetryPolicy, log: (m: string) => void, label: string) {
  const response = await fetchWithRetry(url, {}, policy, log);
  const total = Number(response.headers.get('content-length')) || 0;
  const maxBytes = policy.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  if (total > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new ResponseTooLargeError(url, maxBytes);
  }
  const hash = createHash('sha256');
  const file = createWriteStream(destination);
  // Without a listener, a write failing after destroy() (an aborted download) would crash the process.
  let fileError: Error | undefined;
  file.on('error', (error) => {
    fileError ??= error;
  });
  let bytes = 0;
  const started = Date.now();
  let lastReport = started;
  const reader = response.body!.getReader();
  try {
    for (;;) {
      let stallTimer: NodeJS.Timeout | undefined;
      const stalled = new Promise<never>((_, reject) => {
        stallTimer = setTimeout(() => reject(new Error(`no data for ${policy.stallMs} ms`)), policy.stallMs);
      });
      const chunk = await Promise.race([reader.read(), stalled]).finally(() => clearTimeout(stallTimer));
      if (chunk.done) break;
      bytes += chunk.value.length;
      if (bytes > maxBytes) throw new ResponseTooLargeError(url, maxBytes);
      hash.update(chunk.value);
      if (!file.write(chunk.value)) await once(file, 'drain');
      const now = Date.now();
      if (now - lastReport >= 3000) {
        lastReport = now;
        log(`${label}: ${formatProgress(bytes, total, now - started)}`);
      }
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    file.destroy();
    throw error;
  }
  file.end();
  if (!file.closed) await once(file, 'close');
  if (fileError) throw fileError;
  if (total && bytes !== total) throw new Error(`truncated download: ${bytes} of ${total} bytes`);
  if (Date.now() - started >= 3000) log(`${label}: ${formatProgress(bytes, total, Date.now() - started)} done`);
  return { path: destination, sha256: hash.digest('hex'), bytes };
}

function formatProgress(bytes: number, total: number, elapsedMs: number): string {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  const rate = `${mb((bytes / Math.max(elapsedMs, 1)) * 1000)} MB/s`;
  return total ? `${mb(bytes)} / ${mb(total)} MB (${Math.floor((bytes / total) * 100)}%), ${rate}` : `${mb(bytes)} MB, ${rate}`;
}

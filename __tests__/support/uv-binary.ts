/**
 * The real uv the tests use: its wheel is fetched from PyPI once (jest globalSetup), verified against the
 * sha256 the index publishes, and cached under `<repo>/.cache/` (gitignored). Later runs use the cache
 * and make no network request at all.
 *
 * This module has no local imports on purpose: jest's globalSetup loads it through Node's own type
 * stripping, where the repo's `./x.js` → `x.ts` mapping does not apply.
 *
 * Cache layout (owned by the test-support helpers):
 *   .cache/uv-wheels/<wheel filename>          the wheel exactly as PyPI serves it
 *   .cache/uv-wheels/<wheel filename>.sha256   the hex digest the index gave (written after verifying)
 *   .cache/uv/<version>/uv, uvx                binaries extracted from the wheel
 *   .cache/uv-release/<version>/uv-<triple>.tar.gz   a release-shaped archive (fake-github-releases.ts)
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** The uv release the tests run against. */
export const UV_TEST_VERSION = '0.13.9';

/**
 * Absolute path of the repository root: the nearest directory above this module whose package.json is
 * lockstep's (found by walking up, so a bundled copy of the helpers under `.cache/` resolves it too).
 */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lockstep') return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..');
  }
}

/** `<repo>/.cache`, where downloaded and derived test assets live. */
export const CACHE_ROOT = join(REPO_ROOT, '.cache');

/** Where globalSetup looks for uv: PyPI, or a mirror given by LOCKSTEP_TEST_PYPI_SIMPLE. */
const DEFAULT_SIMPLE_URL = process.env.LOCKSTEP_TEST_PYPI_SIMPLE ?? 'https://pypi.org/simple';

/** The platform part of uv's wheel name for this machine, e.g. `manylinux_2_17_x86_64`. */
function wheelPlatformPattern(): RegExp {
  if (process.platform !== 'linux') throw new Error(`the test suite needs Linux (this is ${process.platform})`);
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch as 'x64' | 'arm64'];
  if (!arch) throw new Error(`no uv wheel known for architecture ${process.arch}`);
  return new RegExp(`^uv-${UV_TEST_VERSION.replace(/\./g, '\\.')}-py3-none-manylinux_[^-]*${arch}[^-]*\\.whl$`);
}

/** Path of the cached uv wheel. Throws (with the fix) when globalSetup has not fetched it. */
export function uvWheelPath(cacheRoot = CACHE_ROOT): string {
  const dir = join(cacheRoot, 'uv-wheels');
  const pattern = wheelPlatformPattern();
  const found = existsSync(dir) ? readdirSync(dir).find((name) => pattern.test(name)) : undefined;
  if (!found) throw new Error(`uv ${UV_TEST_VERSION} wheel not in ${dir}; run the tests through jest (globalSetup fetches it)`);
  return join(dir, found);
}

/** Path of the extracted `uv` binary (`.cache/uv/<version>/uv`). */
export function uvBinaryPath(cacheRoot = CACHE_ROOT): string {
  const path = join(cacheRoot, 'uv', UV_TEST_VERSION, 'uv');
  if (!existsSync(path)) throw new Error(`uv binary missing at ${path}; run the tests through jest (globalSetup extracts it)`);
  return path;
}

/** Path of the extracted `uvx` binary, next to `uv`. */
export function uvxBinaryPath(cacheRoot = CACHE_ROOT): string {
  return join(dirname(uvBinaryPath(cacheRoot)), 'uvx');
}

/** sha256 hex digest of a file. */
export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Writes `data` via a temp file + rename, so concurrent jest runs never see a half-written file. */
export function writeFileAtomic(path: string, data: Buffer | string, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.part`;
  writeFileSync(tmp, data, { mode });
  renameSync(tmp, path);
}

/** Options of {@link ensureUv}; the defaults are what globalSetup uses. */
export interface EnsureUvOptions {
  /** Progress lines (only printed when something is fetched). */
  log?: (line: string) => void;
  /** Simple API root to find the wheel on (default PyPI, or LOCKSTEP_TEST_PYPI_SIMPLE). */
  indexUrl?: string;
  /** Cache root (default `<repo>/.cache`). */
  cacheRoot?: string;
  /** First retry delay in ms, doubled per attempt (default 1000). */
  retryDelayMs?: number;
  /** Per-request timeout in ms (default 300 000 for the wheel, 30 000 for the index page). */
  timeoutMs?: number;
}

interface SimpleFile {
  filename: string;
  url: string;
  hashes: Record<string, string>;
}

async function fetchWithRetry(url: string, init: RequestInit, what: string, timeoutMs: number, retryDelayMs: number): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (response.ok) return response;
      lastError = new Error(`HTTP ${response.status} ${response.statusText}`);
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      lastError = error;
    }
    if (attempt < 4) await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** (attempt - 1)));
  }
  throw new Error(
    `could not fetch ${what} from ${url}: ${String(lastError)}. The first test run needs PyPI once (or set ` +
      `LOCKSTEP_TEST_PYPI_SIMPLE to a mirror's Simple API root); later runs use <repo>/.cache/uv-wheels/.`,
    { cause: lastError },
  );
}

/** The cached wheel when it exists and matches the digest recorded when it was verified; else removes it. */
function verifiedCachedWheel(cacheRoot: string): string | undefined {
  let path: string;
  try {
    path = uvWheelPath(cacheRoot);
  } catch {
    return undefined;
  }
  const expected = existsSync(`${path}.sha256`) ? readFileSync(`${path}.sha256`, 'utf8').trim() : '';
  if (expected && sha256File(path) === expected) return path;
  rmSync(path, { force: true }); // partial or corrupt: fetch it again
  return undefined;
}

async function downloadWheel(options: Required<Omit<EnsureUvOptions, 'timeoutMs'>> & { timeoutMs?: number }): Promise<string> {
  const simple = options.indexUrl.replace(/\/+$/, '');
  const page = await fetchWithRetry(
    `${simple}/uv/`,
    { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } },
    'the uv project page',
    options.timeoutMs ?? 30_000,
    options.retryDelayMs,
  );
  const files = ((await page.json()) as { files: SimpleFile[] }).files;
  const pattern = wheelPlatformPattern();
  const file = files.find((f) => pattern.test(f.filename));
  if (!file?.hashes.sha256) throw new Error(`no ${pattern} with a sha256 on ${simple}/uv/`);
  const url = new URL(file.url, `${simple}/uv/`).toString();
  for (let attempt = 1; ; attempt++) {
    options.log(`fetching ${file.filename} (attempt ${attempt})`);
    const response = await fetchWithRetry(url, {}, file.filename, options.timeoutMs ?? 300_000, options.retryDelayMs);
    const data = Buffer.from(await response.arrayBuffer());
    const digest = createHash('sha256').update(data).digest('hex');
    if (digest === file.hashes.sha256) {
      const path = join(options.cacheRoot, 'uv-wheels', file.filename);
      writeFileAtomic(path, data);
      writeFileAtomic(`${path}.sha256`, `${digest}\n`);
      return path;
    }
    options.log(`${file.filename}: sha256 ${digest} does not match the index's ${file.hashes.sha256}`);
    if (attempt >= 3) throw new Error(`${file.filename} from ${url}: sha256 ${digest} != the index's ${file.hashes.sha256} after ${attempt} tries; nothing was cached`);
  }
}

/** One file's bytes from a zip (via the central directory), or undefined. archives.ts has the general reader. */
function zipEntry(zip: Buffer, wanted: string): Buffer | undefined {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a zip archive');
  let at = zip.readUInt32LE(endAt + 16);
  for (let i = zip.readUInt16LE(endAt + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === wanted) {
      const localAt = zip.readUInt32LE(at + 42);
      const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
      const stored = zip.subarray(dataAt, dataAt + zip.readUInt32LE(at + 20));
      return zip.readUInt16LE(at + 10) === 0 ? Buffer.from(stored) : inflateRawSync(stored);
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return undefined;
}

/** Extracts uv and uvx from the wheel unless already there and matching their recorded digests. */
function extractBinaries(wheel: string, cacheRoot: string): void {
  const dir = join(cacheRoot, 'uv', UV_TEST_VERSION);
  let zip: Buffer | undefined;
  for (const name of ['uv', 'uvx']) {
    const target = join(dir, name);
    const stampPath = `${target}.sha256`;
    if (existsSync(target) && existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === sha256File(target)) continue;
    zip ??= readFileSync(wheel);
    const data = zipEntry(zip, `uv-${UV_TEST_VERSION}.data/scripts/${name}`);
    if (!data) throw new Error(`${wheel} has no ${name} script`);
    writeFileAtomic(target, data, 0o755);
    writeFileAtomic(stampPath, `${createHash('sha256').update(data).digest('hex')}\n`);
  }
}

/**
 * Makes sure the uv wheel is cached and verified and its binaries extracted; returns the uv binary path.
 * No network when the cache is intact; a truncated or altered wheel or binary is replaced. Safe to run
 * from two jest processes at once (atomic renames).
 */
export async function ensureUv(options: EnsureUvOptions = {}): Promise<string> {
  const cacheRoot = options.cacheRoot ?? CACHE_ROOT;
  const wheel =
    verifiedCachedWheel(cacheRoot) ??
    (await downloadWheel({
      log: options.log ?? (() => {}),
      indexUrl: options.indexUrl ?? DEFAULT_SIMPLE_URL,
      cacheRoot,
      retryDelayMs: options.retryDelayMs ?? 1000,
      timeoutMs: options.timeoutMs,
    }));
  extractBinaries(wheel, cacheRoot);
  const uv = uvBinaryPath(cacheRoot);
  if ((statSync(uv).mode & 0o111) === 0) throw new Error(`${uv} is not executable`);
  return uv;
}

/** How to run the test uv: against which index, with which cache. */
export interface UvRunOptions {
  cwd: string;
  /** Simple API root (LocalIndex.url), passed as UV_DEFAULT_INDEX. Without it uv gets no index it could reach. */
  indexUrl?: string;
  /** UV_CACHE_DIR; default: `<cwd>/.uv-cache`. Share one between calls to test warm-cache behaviour. */
  cacheDir?: string;
  /** Extra variables (`undefined` removes one). */
  env?: Record<string, string | undefined>;
  /** Reject when uv exits non-zero (default true; the error carries stdout/stderr). */
  check?: boolean;
}

/**
 * The environment tests run uv in: PATH and HOME from the outer process, nothing else uv reads
 * (an outer UV_* or VIRTUAL_ENV never leaks in), no Python downloads, short HTTP timeout, no progress bars.
 * The index defaults to a closed loopback port, so a test that forgets `indexUrl` fails fast instead of
 * reaching PyPI.
 */
export function uvTestEnv(options: Omit<UvRunOptions, 'check'>): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    UV_CACHE_DIR: options.cacheDir ?? join(options.cwd, '.uv-cache'),
    UV_DEFAULT_INDEX: options.indexUrl ?? 'http://127.0.0.1:9/simple',
    UV_PYTHON_DOWNLOADS: 'never',
    UV_HTTP_TIMEOUT: '10',
    UV_NO_PROGRESS: '1',
  };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs the test uv (args as an array, never a shell string); resolves with its exit code and output. */
export async function runUv(args: string[], options: UvRunOptions): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(uvBinaryPath(), args, { cwd: options.cwd, env: uvTestEnv(options), stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const code = await new Promise<number>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolvePromise(status ?? -1));
  });
  const result = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  if (code !== 0 && options.check !== false) {
    throw Object.assign(new Error(`uv ${args.join(' ')} exited ${code}:\n${result.stderr}`), result);
  }
  return result;
}

/**
 * A runner tool cache that already holds the test uv (as an earlier job, or a self-hosted runner,
 * leaves it), so the action needs no download: `RUNNER_TOOL_CACHE/uv/<version>/<arch>/{uv,uvx}`.
 */
export function seedToolCache(toolCache: string, version = UV_TEST_VERSION): string {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const dir = join(toolCache, 'uv', version, arch);
  mkdirSync(dir, { recursive: true });
  for (const exe of [uvBinaryPath(), uvxBinaryPath()]) copyFileSync(exe, join(dir, basename(exe)));
  writeFileSync(`${dir}.complete`, '');
  return toolCache;
}

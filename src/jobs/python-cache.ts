/**
 * `cache-python` (setup-uv's input): the interpreters `uv python install` put in UV_PYTHON_INSTALL_DIR,
 * carried between runs in their own cache entry, keyed on the OS/arch and the interpreter REQUEST
 * (`3.12`, `>=3.11,<3.13`), not on the lock: the same request needs the same download. Only managed
 * interpreters are cached: a job that used the runner's own Python has nothing to save. Restored
 * before the Python step (so `uv python find` sees it), saved by the post step with the wheel store's
 * backend and trust rules (`save-cache`). Output `python-cache-hit`: `true` on an exact hit.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { keySegment, sha256Hex } from '../core/cache/key.js';
import type { WheelStoreBackend } from '../adapters/cache/backend.js';
import { createBackend } from '../adapters/cache/index.js';
import type { Runner } from '../adapters/runner.js';
import type { WheelStoreSettings } from './wheel-store.js';

export const PYTHON_CACHE_STATE = 'python-cache';
export const PYTHON_CACHE_PREFIX = 'lockstep-python';

interface PythonCacheState {
  key: string;
  dir: string;
  hit: boolean;
  write: boolean;
  backend: WheelStoreSettings['backend'];
  cacheDir?: string;
  capBytes?: number;
}

/**
 * Where managed interpreters go: UV_PYTHON_INSTALL_DIR when set; on a GitHub-hosted runner a folder
 * under RUNNER_TEMP (what setup-uv uses; exported so later steps agree); else undefined (uv's default,
 * which a self-hosted runner keeps between jobs anyway).
 */
export function pythonInstallDir(env: NodeJS.ProcessEnv): { dir: string; export: boolean } | undefined {
  if (env.UV_PYTHON_INSTALL_DIR) return { dir: path.resolve(env.UV_PYTHON_INSTALL_DIR), export: false };
  if (env.RUNNER_ENVIRONMENT === 'github-hosted' && env.RUNNER_TEMP) return { dir: path.join(env.RUNNER_TEMP, 'uv-python-dir'), export: true };
  return undefined;
}

export function pythonCacheKey(env: NodeJS.ProcessEnv, request: string, suffix = ''): string {
  const os = keySegment(env.ImageOS ? `${env.RUNNER_OS ?? process.platform}_${env.ImageOS}` : (env.RUNNER_OS ?? process.platform));
  const readable = /^[A-Za-z0-9.]{1,32}$/.test(request) ? request : sha256Hex(request).slice(0, 12);
  return `${PYTHON_CACHE_PREFIX}${suffix ? `-${keySegment(suffix)}` : ''}-${os}-${keySegment(env.RUNNER_ARCH ?? process.arch)}-${readable}`;
}

function hasFiles(dir: string): boolean {
  try {
    return existsSync(dir) && readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/** Restores the interpreters for `request` into `dir`; never fails the job. */
export async function restorePythonCache(options: {
  runner: Runner;
  settings: WheelStoreSettings;
  write: boolean;
  dir: string;
  request: string;
  env: NodeJS.ProcessEnv;
  backend?: WheelStoreBackend;
}): Promise<{ hit: boolean; key: string; detail: string }> {
  const { runner, settings } = options;
  const key = pythonCacheKey(options.env, options.request, settings.suffix);
  let hit = false;
  let detail: string;
  try {
    const backend = options.backend ?? createBackend(settings.backend, { cacheDir: settings.cacheDir, capBytes: settings.capBytes });
    const result = settings.restore === false ? { matchedKey: undefined } : await backend.restore([options.dir], key, []);
    hit = result.matchedKey === key;
    detail = hit ? `restored ${key}` : result.unavailable ? `not restored (${result.unavailable})` : result.failure ? `not restored (${result.failure})` : `nothing cached for ${key}`;
  } catch (error) {
    detail = `not restored (${(error as Error).message})`;
  }
  runner.setOutput('python-cache-hit', hit ? 'true' : 'false');
  runner.info(`Python cache: ${detail}`);
  const state: PythonCacheState = { key, dir: options.dir, hit, write: options.write, backend: settings.backend, cacheDir: settings.cacheDir, capBytes: settings.capBytes };
  runner.saveState(PYTHON_CACHE_STATE, JSON.stringify(state));
  return { hit, key, detail };
}

/** The post step's half: saves the managed interpreters when there are any and this job may write. */
export async function savePythonCache(runner: Runner, backend?: WheelStoreBackend): Promise<string> {
  const raw = runner.getState(PYTHON_CACHE_STATE);
  if (!raw) return 'cache-python off';
  const state = JSON.parse(raw) as PythonCacheState;
  if (state.hit) return `not saved: restored from ${state.key}`;
  if (!state.write) return 'not saved: this job may not write the cache (save-cache)';
  if (!hasFiles(state.dir)) {
    runner.info(`Python cache: ${state.dir} is empty (no interpreter was downloaded: uv used one already on the runner); nothing to save.`);
    return 'nothing to save: no managed interpreter';
  }
  const result = await (backend ?? createBackend(state.backend, { cacheDir: state.cacheDir, capBytes: state.capBytes })).save([state.dir], state.key);
  const line = result.status === 'saved' ? `saved as ${state.key}` : `not saved: ${result.message}`;
  runner.info(`Python cache: ${line}`);
  return line;
}

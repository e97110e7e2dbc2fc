import path from 'node:path';
import type { Runner } from './runner.js';

/**
 * The seam the wheel-store cache (issue 4) plugs into. The setup job calls `restore` after the lock
 * check and before `uv sync`, with everything a cache key needs; the cache's own `post:` step saves.
 * The default does nothing, so setup works on its own.
 */
export interface WheelStoreContext {
  runner: Runner;
  /** uv's cache dir for this job (UV_CACHE_DIR, already exported). */
  uvCacheDir: string;
  projectDir: string;
  /** `working-directory`, absolute: `cache-dependency-glob` patterns are relative to it. */
  workingDir?: string;
  lockFile: string;
  uvVersion: string;
  uvPath: string;
  pythonVersion: string;
  pythonPath: string;
  venvPath: string;
  groups: readonly string[];
  extras: readonly string[];
  allExtras: boolean;
}

export interface WheelStoreRestore {
  /** For the summary row, e.g. "exact hit, 312 MB" or "miss". */
  detail: string;
  /** Work that may overlap `uv sync` (it must not throw): setup runs it beside the sync. */
  whileSyncing?: () => Promise<void>;
}

export interface WheelStore {
  /**
   * Called before the first uv child process: a chance to start loading what `restore` will need,
   * so the loading overlaps the processes setup waits for anyway.
   */
  prepare?(runner: Runner): void;
  restore(context: WheelStoreContext): Promise<WheelStoreRestore | undefined>;
}

export const noWheelStore: WheelStore = { restore: async () => undefined };

/**
 * The one place that decides uv's cache dir (the `cache-local-path` input, setup-uv's meaning): the
 * input (relative to the working directory, `~` = home); else the user's UV_CACHE_DIR; else the
 * `cache-dir` of uv's own configuration (`fromConfig`, already resolved: uv.toml or `[tool.uv]`, as
 * setup-uv honours it; UV_CACHE_DIR comes first because uv itself puts it first); else, on a
 * GitHub-hosted runner, a folder under RUNNER_TEMP (emptied after every job, so the wheel store
 * restores it); else undefined: uv's default (~/.cache/uv), which a self-hosted runner keeps.
 */
export function chooseUvCacheDir(env: NodeJS.ProcessEnv, input = '', workingDirectory = '.', fromConfig?: string): string | undefined {
  if (input) return path.resolve(workingDirectory, expandHome(input, env));
  if (env.UV_CACHE_DIR) return path.resolve(env.UV_CACHE_DIR);
  if (fromConfig) return path.resolve(fromConfig);
  if (env.RUNNER_TEMP && env.RUNNER_ENVIRONMENT === 'github-hosted') return path.join(env.RUNNER_TEMP, 'lockstep-uv-cache');
  return undefined;
}

/** `~` / `~/x` as a shell would read it in a path input. */
export function expandHome(value: string, env: NodeJS.ProcessEnv): string {
  const home = env.HOME || env.USERPROFILE || '';
  if (home && (value === '~' || value.startsWith('~/'))) return path.join(home, value.slice(1));
  return value;
}

/** Names of the state the setup step saves for the `post:` step. */
export const SETUP_STATE = {
  uvCacheDir: 'uv-cache-dir',
  uvPath: 'uv-path',
  uvVersion: 'uv-version',
  pythonVersion: 'python-version',
  projectDir: 'project-dir',
  venvPath: 'venv-path',
  lockStatus: 'lock-status',
} as const;

/**
 * What every setup step shares: the effects it may use (dependencies), the inputs, where the project
 * and its workspace root are, and what earlier steps found. Modes compose steps over one session.
 */
import path from 'node:path';
import { LockstepError } from '../../core/errors.js';
import type { ProjectLayout } from '../../core/lock/workspace.js';
import type { Pyproject } from '../../core/lock/pyproject.js';
import type { RunnerPlatform } from '../../core/setup/platform.js';
import type { LockStatus, StepRow } from '../../core/setup/summary.js';
import type { InstalledUv } from '../../adapters/install/index.js';
import { PROJECT_FILE_LIMITS, readProjectFile } from '../../adapters/project-file.js';
import type { RunProcess } from '../../adapters/process.js';
import type { Runner } from '../../adapters/runner.js';
import type { LockCheckResult, Uv } from '../../adapters/uv.js';
import type { WheelStore, WheelStoreRestore } from '../../adapters/wheel-store.js';
import type { SetupInputs } from './inputs.js';

export interface SetupDependencies {
  runner: Runner;
  runProcess: RunProcess;
  /** Restores uv's cache before `uv sync`; a no-op by default. */
  wheelStore: WheelStore;
  platform: RunnerPlatform;
  env: NodeJS.ProcessEnv;
}

/** Raised after a step already annotated the problem: fail the job without a second annotation. */
export class AlreadyReported extends Error {}

export class StepRecorder {
  readonly rows: StepRow[] = [];
  /** Markdown that follows the steps table in the job summary (the lock matrix table). */
  readonly sections: string[] = [];
  constructor(private readonly runner: Runner) {}

  /** Runs one step in a log group, timing it; `fn` returns the summary detail. */
  async step(name: string, fn: () => Promise<string | { detail: string; outcome: StepRow['outcome'] }>): Promise<void> {
    const started = Date.now();
    try {
      const result = await this.runner.group(name, fn);
      const { detail, outcome } = typeof result === 'string' ? { detail: result, outcome: 'done' as const } : result;
      this.rows.push({ step: name, detail, outcome, durationMs: Date.now() - started });
    } catch (error) {
      const detail = error instanceof LockstepError || error instanceof AlreadyReported ? error.message.split('\n')[0]! : 'failed';
      this.rows.push({ step: name, detail, outcome: 'failed', durationMs: Date.now() - started });
      throw error;
    }
  }
}

/** One setup run: the mode's steps read and fill it in order. */
export interface SetupSession {
  deps: SetupDependencies;
  runner: Runner;
  env: NodeJS.ProcessEnv;
  inputs: SetupInputs;
  recorder: StepRecorder;
  /** The repository root (GITHUB_WORKSPACE), absolute. */
  workspace: string;
  /** `working-directory`, absolute: .env, cache-local-path and the like are relative to it. */
  workingDir: string;
  /** What uv finds from the working directory (see core/lock/workspace.ts). */
  layout: ProjectLayout;
  /** The project uv runs for (the nearest pyproject.toml's folder), absolute. */
  projectDir: string;
  /** The workspace root: uv.lock and .venv live here (= projectDir unless a workspace member). */
  rootDir: string;
  /** A path as annotations and the summary show it: relative to the repository root. */
  rel(absolute: string): string;
  log(message: string): void;
  /** `activate-environment` as set, else the chosen mode's default (index.ts resolves it once). */
  activate: boolean;

  // Filled in by the steps, in order.
  pyproject?: Pyproject;
  /** The workspace root's pyproject.toml (uv's settings live there); = pyproject outside a workspace. */
  rootPyproject?: Pyproject;
  uvTomlRequiredVersion?: string;
  /** `cache-dir` from uv's own configuration, absolute, with the file that sets it (shown). */
  uvConfigCacheDir?: { dir: string; file: string };
  pythonVersionFile?: string;
  /** What `version-file` says (uv version, .tool-versions' python), with the file as shown. */
  versionFile?: { file: string; uv?: string; python?: string };
  installed?: InstalledUv;
  uv?: Uv;
  uvCacheDir?: string;
  pythonPath?: string;
  pythonVersion?: string;
  lockStatus: LockStatus;
  /** `uv sync --locked` unless the lock is missing/stale under `locked: false`. */
  syncLocked: boolean;
  /** What the wheel store restored (its `whileSyncing` work overlaps uv sync). */
  restored?: WheelStoreRestore;
  /** Set once the wheel-store step ran (it may run before the lock check; see `restoreWheelStoreEarly`). */
  storeRestored?: boolean;
  /** `uv lock --check` started beside the restore (`startLockCheck`); the Check uv.lock step reports it. */
  pendingLockCheck?: Promise<LockCheckResult>;
  /** The environment this job built (or created), once it exists. */
  venvPath?: string;
}

/** A value an earlier step must have set; a missing one is a wiring bug in the mode's plan. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`setup: ${what} is not known yet (a mode ran a step before the one that finds it)`);
  return value;
}

export function workspaceRoot(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/** Annotations want paths relative to the repository root. */
export function relativeToWorkspace(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : relative === '' ? '.' : file;
}

/** A project file's text, undefined when absent; bounded and regular files only (adapters/project-file.ts). */
export async function readOptional(file: string, maxBytes: number = PROJECT_FILE_LIMITS.manifest): Promise<string | undefined> {
  return readProjectFile(file, { maxBytes, shown: path.basename(file) }) ?? undefined;
}

/**
 * One check over every lock a project has: uv.lock (pyproject.toml + uv.lock) and/or pixi.lock (with
 * its manifest). Shared by `lockstep check`, `lockstep diff` and the review job, so they agree on
 * which locks a folder has and how their reports merge. Pure: callers read the files.
 */
import { LockstepError } from '../errors.js';
import { combineReports, tagLock } from './combine.js';
import { checkProject, type ProjectFiles } from './engine.js';
import { checkPixiProject, type PixiCheckOptions, type PixiProjectFiles } from './pixi-engine.js';
import type { CheckOptions, CheckReport } from './types.js';
import { PLATFORM_NAMES } from '../pep/platforms.js';

export interface LockFiles extends ProjectFiles {
  /** The pixi project in the same folder, or null/absent when there is none. */
  pixi?: PixiProjectFiles | null;
}

/** Which engines a folder needs: uv when it has uv.lock or is not a pixi project; pixi when it is one. */
export function locksOf(files: LockFiles): { uv: boolean; pixi: boolean } {
  const pixi = files.pixi !== null && files.pixi !== undefined;
  return { uv: files.lock !== null || (!pixi && files.pyproject !== null), pixi };
}

export interface LocksCheckOptions {
  /** pixi environments (`--environment`); an error when the folder has no pixi project. */
  environments?: string[];
}

/** The uv.lock report of a folder (tagged with its lock when the folder has pixi.lock too). */
export function checkUvLock(files: LockFiles, options: CheckOptions): CheckReport {
  const which = locksOf(files);
  const platforms = options.platforms ?? [];
  const report = checkProject(files, { ...options, platforms: which.pixi ? platforms.filter((p) => PLATFORM_NAMES.includes(p)) : platforms });
  return which.pixi ? tagLock(report, files.lockPath ?? 'uv.lock') : report;
}

/** The pixi.lock report of a folder (tagged with its lock when the folder has uv.lock too). */
export function checkPixiLock(files: LockFiles, options: CheckOptions, extra: LocksCheckOptions = {}): CheckReport {
  const which = locksOf(files);
  const platforms = options.platforms ?? [];
  const pixiOptions: PixiCheckOptions = { environments: extra.environments ?? [], platforms: which.uv ? platforms.filter((p) => !PLATFORM_NAMES.includes(p)) : platforms };
  if (options.severities) pixiOptions.severities = options.severities;
  const report = checkPixiProject(files.pixi!, pixiOptions);
  return which.uv ? tagLock(report, files.pixi!.lockPath ?? 'pixi.lock') : report;
}

/** `--environment` needs a pixi project. */
export function checkEnvironmentSelection(files: LockFiles, extra: LocksCheckOptions): void {
  if (!locksOf(files).pixi && (extra.environments ?? []).length > 0) {
    throw new LockstepError('--environment applies to pixi projects, and this folder has no pixi.lock, pixi.toml or [tool.pixi].');
  }
}

/**
 * Checks every lock of a folder. `options.platforms` may mix uv platform names and pixi platform
 * names: each lock takes the ones it knows (with only one lock, it takes all and rejects unknown ones).
 */
export function checkLocks(files: LockFiles, options: CheckOptions, extra: LocksCheckOptions = {}): CheckReport {
  checkEnvironmentSelection(files, extra);
  const which = locksOf(files);
  const reports: CheckReport[] = [];
  if (which.uv) reports.push(checkUvLock(files, options));
  if (which.pixi) reports.push(checkPixiLock(files, options, extra));
  return combineReports(reports);
}

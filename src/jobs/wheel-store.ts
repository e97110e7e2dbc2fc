/**
 * The wheel store: uv's cache dir (UV_CACHE_DIR), optionally with the built .venv, carried between
 * runs. The setup job calls {@link restoreWheelStore} before `uv sync`; the post step calls
 * {@link saveWheelStore} (action.yml runs it with `post-if: success()`, so a failed job saves nothing).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LockstepError } from '../core/errors.js';
import { classifyHit, computeWheelStoreKeys, type CacheHit, type WheelStoreKeyInputs } from '../core/cache/key.js';
import {
  decideSave,
  EMPTY_FINGERPRINT,
  fingerprintOf,
  formatBytes,
  type ListedFile,
  parseByteSize,
  planSave,
  parsePruneMode,
  shouldPrune,
  skipSaveWithoutLooking,
  storeChanged,
  type PruneMode,
  type SaveSkipReason,
  type StoreFingerprint,
  wheelsNotInLock,
} from '../core/cache/store.js';
import { parseLock } from '../core/lock/uvlock.js';
import { listRegistryWheels, removeWheelEntries } from '../adapters/cache/uv-store.js';
import {
  decideCacheEnabled,
  decideCacheWrite,
  parseCacheWriteMode,
  parseEnableCacheMode,
  type CacheWriteMode,
  type EventContext,
} from '../core/cache/trust.js';
import type { RestoreResult, SaveResult, WheelStoreBackend } from '../adapters/cache/backend.js';
import { readEventContext } from '../adapters/cache/event.js';
import { dirsEmpty, emptyDir, fingerprintDirs, listDirs } from '../adapters/cache/fs-tree.js';
import { prefetchActionsCache } from '../adapters/cache/actions.js';
import { createBackend, type BackendKind } from '../adapters/cache/index.js';
import { uvCacheCommands } from '../adapters/cache/uv-cache.js';
import type { RunProcess } from '../adapters/process.js';
import type { Runner } from '../adapters/runner.js';
import type { WheelStore, WheelStoreContext } from '../adapters/wheel-store.js';
import { hashDependencyFiles } from '../adapters/dependency-files.js';
import { escapeMarkdown, markdownCode } from '../core/report/markdown-escape.js';

export const WHEEL_STORE_STATE = 'wheel-store';
/** Self-hosted local stores default to this cap (least recently used entries are evicted beyond it). */
export const DEFAULT_LOCAL_CAP = '10G';

export interface WheelStoreSettings {
  enabled: boolean;
  /** Why the cache is on or off (`enable-cache`, decided with setup-uv's `auto` rule). */
  enabledReason?: string;
  /** `restore-cache`: false starts cold but may still save. */
  restore?: boolean;
  /** `cache-dependency-glob` patterns (relative to the working directory); [] = the lock alone. */
  dependencyGlob?: string[];
  cacheVenv: boolean;
  suffix: string;
  write: CacheWriteMode;
  prune: PruneMode;
  backend: BackendKind;
  cacheDir?: string;
  capBytes?: number;
}

function inputError(name: string, value: string, allowed: string): LockstepError {
  return new LockstepError(`input ${name} is "${value}"`, { file: 'action.yml', hint: `set ${name} to ${allowed}` });
}

/**
 * Reads and validates the wheel-store inputs: enable-cache, restore-cache, save-cache, prune-cache,
 * cache-venv, cache-suffix, cache-backend, cache-backend-dir, cache-size-cap.
 */
export function readWheelStoreSettings(runner: Runner, env: NodeJS.ProcessEnv = process.env): WheelStoreSettings {
  const bool = (name: string, fallback: boolean): boolean => {
    try {
      return runner.booleanInput(name, fallback);
    } catch {
      throw inputError(name, runner.input(name), 'true or false');
    }
  };
  const enableValue = runner.input('enable-cache');
  const enable = parseEnableCacheMode(enableValue);
  if (!enable) throw inputError('enable-cache', enableValue, 'auto, true or false');
  const enabled = decideCacheEnabled(enable, readEventContext(env), env.RUNNER_ENVIRONMENT);
  const writeValue = runner.input('save-cache');
  const write = parseCacheWriteMode(writeValue);
  if (!write) throw inputError('save-cache', writeValue, 'auto, true or false');
  const pruneValue = runner.input('prune-cache');
  const prune = parsePruneMode(pruneValue);
  if (!prune) throw inputError('prune-cache', pruneValue, 'auto, true or false');
  const backendValue = runner.input('cache-backend') || 'actions';
  if (backendValue !== 'actions' && backendValue !== 'local') throw inputError('cache-backend', backendValue, 'actions or local');
  const cacheDir = runner.input('cache-backend-dir') || undefined;
  if (backendValue === 'local' && !cacheDir) {
    throw new LockstepError('cache-backend is local but cache-backend-dir is empty', {
      file: 'action.yml',
      hint: 'set cache-backend-dir to a persistent directory on the self-hosted runner, e.g. /var/cache/lockstep',
    });
  }
  const capValue = runner.input('cache-size-cap') || (backendValue === 'local' ? DEFAULT_LOCAL_CAP : '');
  const capBytes = capValue ? parseByteSize(capValue) : undefined;
  if (capValue && capBytes === undefined) throw inputError('cache-size-cap', capValue, 'a size such as 10G, 500M or 2GiB');
  return {
    enabled: enabled.enabled,
    enabledReason: enabled.reason,
    dependencyGlob: runner.input('cache-dependency-glob').split('\n').map((p) => p.trim()).filter(Boolean),
    restore: bool('restore-cache', true),
    cacheVenv: bool('cache-venv', false),
    suffix: runner.input('cache-suffix'),
    write,
    prune,
    backend: backendValue,
    cacheDir,
    capBytes,
  };
}

/** What the setup job knows when it restores (before `uv sync`). */
export interface RestoreRequest {
  runner: Runner;
  settings: WheelStoreSettings;
  /** UV_CACHE_DIR, absolute. */
  storeDir: string;
  /** The project's venv, absolute; cached only with cache-venv. */
  venvDir: string;
  /** Full text of uv.lock. */
  lockText: string;
  /** Digest of the `cache-dependency-glob` files, when that input is set. */
  dependencyHash?: string;
  /** Path of uv.lock (the post step re-reads it). */
  lockFile?: string;
  /** Exact interpreter version uv syncs into, e.g. `3.11.7`. */
  pythonVersion: string;
  uvVersion: string;
  /** uv binary, for `uv cache prune --ci` in the post step. */
  uvPath: string;
  groups?: readonly string[];
  extras?: readonly string[];
  allExtras?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Test seam: defaults to the backend the settings name. */
  backend?: WheelStoreBackend;
  now?: () => number;
}

export interface RestoreOutcome {
  hit: CacheHit;
  key: string;
  matchedKey?: string;
  restoreMs: number;
  sizeBytes: number;
  /** Whether the post step will be allowed to write, and why. */
  write: { write: boolean; reason: string };
  /**
   * Set on an exact hit: measures the restored store (the `cache-size` output) while `uv sync`
   * runs, instead of holding the sync back for a walk no decision needs.
   */
  measureWhileSyncing?: () => Promise<void>;
}

/**
 * The cache outputs: `cache-hit` is setup-uv's boolean (an exact key hit), `cache-outcome` the
 * three-way result the restore keys allow.
 */
function setCacheOutputs(runner: Runner, hit: CacheHit, key: string, sizeBytes: number | undefined): void {
  runner.setOutput('cache-hit', hit === 'exact' ? 'true' : 'false');
  runner.setOutput('cache-outcome', hit);
  runner.setOutput('cache-key', key);
  // undefined: an exact hit's size, set once measured beside uv sync.
  if (sizeBytes !== undefined) runner.setOutput('cache-size', String(sizeBytes));
}

/** Everything the post step needs, passed through the action's state. */
interface SavedState {
  key: string;
  hit: CacheHit;
  matchedKey?: string;
  paths: string[];
  storeDir: string;
  /** What the restore left (empty on a miss, not taken on an exact hit). */
  baseline: StoreFingerprint;
  /** Size of an exactly restored store, measured while uv sync ran. */
  sizeBytes?: number;
  /**
   * After a fallback restore on a backend that saves layers: a file listing what the restore left,
   * so the post step can save only what uv sync added (core/cache/store.ts planSave).
   */
  baselineList?: string;
  /** The restored key was itself a layer over this base. */
  layerBase?: string;
  /** uv.lock, re-read by the post step (after a fallback restore) to drop wheels it no longer names. */
  lockFile?: string;
  restoreMs: number;
  write: { write: boolean; reason: string };
  prune: PruneMode;
  backend: BackendKind;
  cacheDir?: string;
  capBytes?: number;
  uvPath: string;
}

function platformOs(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_OS || { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string] || process.platform;
}

export function wheelStoreKeyInputs(request: RestoreRequest): WheelStoreKeyInputs {
  const env = request.env ?? process.env;
  return {
    os: platformOs(env),
    image: env.ImageOS || undefined,
    arch: env.RUNNER_ARCH || process.arch,
    pythonVersion: request.pythonVersion,
    lockText: request.lockText,
    dependencyHash: request.dependencyHash,
    groups: request.groups ?? [],
    extras: request.extras ?? [],
    allExtras: request.allExtras ?? false,
    uvVersion: request.uvVersion,
    job: env.GITHUB_JOB || undefined,
    suffix: request.settings.suffix || undefined,
    venv: request.settings.cacheVenv ? { interpreterVersion: request.pythonVersion, venvPath: request.venvDir } : undefined,
  };
}

function backendFor(settings: Pick<WheelStoreSettings, 'backend' | 'cacheDir' | 'capBytes'>): WheelStoreBackend {
  return createBackend(settings.backend, { cacheDir: settings.cacheDir, capBytes: settings.capBytes });
}

/**
 * A truncated archive may have been half extracted: never let uv see half a wheel. Only what the
 * failed restore itself touched is cleared; a store it did not change is left as the user had it.
 */
async function discardPartialRestore(runner: Runner, why: string, paths: readonly string[], before: StoreFingerprint): Promise<void> {
  runner.warning(`Wheel store not restored (${why}); continuing with a cold store.`);
  if (storeChanged(before, await fingerprintDirs(paths))) for (const p of paths) await emptyDir(p);
}

/** Writes what a fallback restore left (path, size, mtime per file) for the post step; undefined when it cannot. */
async function writeBaselineList(files: readonly ListedFile[], key: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const file = path.join(env.RUNNER_TEMP || os.tmpdir(), `lockstep-store-baseline-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`);
  try {
    await writeFile(file, JSON.stringify(files.map((f) => [f.path, f.size, f.mtimeMs])));
    return file;
  } catch {
    return undefined;
  }
}

async function readBaselineList(file: string): Promise<ListedFile[] | undefined> {
  try {
    const rows = JSON.parse(await readFile(file, 'utf8')) as [string, number, number][];
    return rows.map(([p, size, mtimeMs]) => ({ path: p, size, mtimeMs }));
  } catch {
    return undefined;
  } finally {
    await rm(file, { force: true });
  }
}

/**
 * The removed files as the fewest paths: a file whose folder is gone too is named by the highest
 * folder that is gone (a dropped wheel's unpacked tree is one path, not hundreds), never above a root.
 */
function topmostGone(removed: readonly string[], roots: readonly string[]): string[] {
  const out = new Set<string>();
  for (const file of removed) {
    let gone = file;
    for (let dir = path.dirname(file); !roots.includes(dir) && dir !== path.dirname(dir) && !existsSync(dir); dir = path.dirname(dir)) gone = dir;
    out.add(gone);
  }
  return [...out];
}

/**
 * Restores the newest matching store. Never fails the job: a missing service, a corrupt or truncated
 * archive or an I/O error is a warning and the job goes on with a cold store.
 */
export async function restoreWheelStore(request: RestoreRequest): Promise<RestoreOutcome> {
  const { runner, settings } = request;
  const now = request.now ?? Date.now;
  const env = request.env ?? process.env;
  const { key, restoreKeys } = computeWheelStoreKeys(wheelStoreKeyInputs(request));
  const event: EventContext = readEventContext(env);
  let write = decideCacheWrite(settings.write, event);
  // The runner may scope this job's cache token read-only (untrusted events); then saving would only
  // produce a "skipped" line after the whole archive was built.
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  if (settings.backend === 'actions' && write.write && (mode === 'read' || mode === 'none')) {
    write = { write: false, reason: `the runner gave this job a ${mode === 'none' ? 'disabled' : 'read-only'} cache (ACTIONS_CACHE_MODE=${mode})` };
  }
  const paths = settings.cacheVenv ? [request.storeDir, request.venvDir] : [request.storeDir];

  if (!settings.enabled) {
    setCacheOutputs(runner, 'miss', '', 0);
    return { hit: 'miss', key, restoreMs: 0, sizeBytes: 0, write: { write: false, reason: settings.enabledReason ?? 'enable-cache is false' } };
  }

  const started = now();
  // Only a store that already held files (a self-hosted runner's persistent UV_CACHE_DIR) needs a
  // before-image, to tell what a failed restore touched; on hosted runners it starts empty.
  const emptyBefore = await dirsEmpty(paths);
  const before = emptyBefore ? EMPTY_FINGERPRINT : await fingerprintDirs(paths);
  let matchedKey: string | undefined;
  let unavailable: string | undefined;
  let layerBase: string | undefined;
  const backend = request.backend ?? backendFor(settings);
  try {
    // restore-cache: false starts cold; the post step still saves (under this job's key).
    const result: RestoreResult = settings.restore === false ? { matchedKey: undefined } : await backend.restore(paths, key, restoreKeys);
    matchedKey = result.matchedKey;
    unavailable = result.unavailable;
    layerBase = result.layerBase;
    if (result.note) runner.info(`Wheel store: ${result.note}.`);
    if (result.failure) await discardPartialRestore(runner, result.failure, paths, before);
  } catch (error) {
    matchedKey = undefined;
    await discardPartialRestore(runner, (error as Error).message, paths, before);
  }
  const restoreMs = now() - started;
  const hit = classifyHit(key, matchedKey);
  // Fingerprint only what a decision needs: the post step compares a fallback (or a store that was
  // already there) with what uv sync left; an exact hit is never re-saved, so its size is measured
  // while uv sync runs (`measureWhileSyncing`), and a miss on an empty store starts from nothing.
  // After a fallback, a backend that saves layers keeps the list itself (to diff in the post step).
  const listed = hit === 'fallback' || !emptyBefore ? await listDirs(paths) : [];
  const baseline = fingerprintOf(listed);
  const baselineList = hit === 'fallback' && backend.saveLayer && write.write ? await writeBaselineList(listed, key, env) : undefined;
  const sizeKnown = hit !== 'exact';

  setCacheOutputs(runner, hit, key, sizeKnown ? baseline.bytes : undefined);
  const from = hit === 'exact' ? (layerBase ? `exact key: a layer over ${layerBase}` : 'exact key') : hit === 'fallback' ? `fallback ${matchedKey}` : settings.restore === false ? 'restore-cache is false' : 'nothing found';
  runner.info(`Wheel store: ${hit} (${from})${sizeKnown ? `, ${formatBytes(baseline.bytes)}` : ''} in ${(restoreMs / 1000).toFixed(1)} s; key ${key}`);
  if (unavailable) {
    // A local run (npm run demo, act without a cache server): nothing to restore from or save to.
    runner.info(`Wheel store: ${unavailable}; not restoring or saving.`);
    if (!sizeKnown) runner.setOutput('cache-size', String((await fingerprintDirs(paths)).bytes));
    return { hit, key, restoreMs, sizeBytes: baseline.bytes, write: { write: false, reason: unavailable } };
  }
  runner.info(`Wheel store writes: ${write.write ? 'allowed' : 'off'} (${write.reason})`);

  const state: SavedState = {
    key,
    hit,
    matchedKey,
    paths,
    storeDir: request.storeDir,
    baseline,
    restoreMs,
    write,
    prune: settings.prune,
    backend: settings.backend,
    cacheDir: settings.cacheDir,
    capBytes: settings.capBytes,
    uvPath: request.uvPath,
    lockFile: request.lockFile,
    baselineList,
    layerBase,
  };
  runner.saveState(WHEEL_STORE_STATE, JSON.stringify(state));
  const outcome: RestoreOutcome = { hit, key, matchedKey, restoreMs, sizeBytes: baseline.bytes, write };
  if (!sizeKnown) {
    outcome.measureWhileSyncing = async () => {
      try {
        const size = (await fingerprintDirs(paths)).bytes;
        runner.setOutput('cache-size', String(size));
        runner.saveState(WHEEL_STORE_STATE, JSON.stringify({ ...state, sizeBytes: size }));
      } catch (error) {
        runner.debug(`Wheel store: could not measure the restored store: ${(error as Error).message}`);
      }
    };
  }
  return outcome;
}

export interface SaveDeps {
  runProcess: RunProcess;
  /** Test seam: defaults to the backend recorded at restore. */
  backend?: WheelStoreBackend;
  now?: () => number;
}

export type SaveOutcome =
  | { saved: true; key: string; saveMs: number; sizeBytes: number; pruned: boolean }
  | { saved: false; reason: string };


function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Walks the store only when the decision needs it (never for an exact hit or a read-only job). */
async function decideFromState(
  state: SavedState,
): Promise<{ decision: { save: true; current: StoreFingerprint; files: ListedFile[] } | { save: false; reason: SaveSkipReason }; current?: StoreFingerprint }> {
  const options = { enabled: true, writeAllowed: state.write.write, hit: state.hit };
  const early = skipSaveWithoutLooking(options);
  if (early) return { decision: { save: false, reason: early } };
  const files = await listDirs(state.paths);
  const current = fingerprintOf(files);
  const decision = decideSave({ ...options, before: state.baseline, after: current });
  return { decision: decision.save ? { save: true, current, files } : decision, current };
}

/**
 * After a fallback restore the store holds the older lock's wheels as well as this lock's: the ones
 * this lock no longer names are removed before saving, so the new entry is what the lock needs (and
 * what the next exact hit restores), not every wheel ever locked. Never fails the save.
 */
async function dropSupersededWheels(runner: Runner, state: SavedState, files: readonly ListedFile[]): Promise<{ count: number; bytes: number; files: readonly ListedFile[] }> {
  const none = { count: 0, bytes: 0, files };
  if (!state.lockFile) return none;
  try {
    const lock = parseLock(await readFile(state.lockFile, 'utf8'), state.lockFile);
    const cached = listRegistryWheels(state.storeDir);
    const superseded = wheelsNotInLock(cached, lock.packages);
    if (superseded.length === 0) return none;
    const kept = cached.filter((w) => !superseded.includes(w));
    const count = await removeWheelEntries(superseded, kept);
    // What went, from the walk the post step already made (no second walk): the entries with their
    // sidecars, and the unpacked wheels (`archive-v<N>/<id>`) no kept entry points at.
    const keptArchives = new Set(kept.map((w) => w.archive));
    const goneArchives = new Set(superseded.map((w) => w.archive).filter((a) => !keptArchives.has(a)));
    const goneEntries = new Set(superseded.flatMap((w) => ['', '.http', '.msgpack', '.lock'].map((ext) => `${w.entry}${ext}`)));
    const store = path.resolve(state.storeDir);
    const archiveOf = (file: string) => path.join(store, ...path.relative(store, file).split(path.sep).slice(0, 2));
    let bytes = 0;
    const remaining = files.filter((f) => {
      if (goneArchives.has(archiveOf(f.path))) {
        bytes += f.size;
        return false;
      }
      return !goneEntries.has(f.path);
    });
    const names = superseded.slice(0, 5).map((w) => `${w.name} ${w.version}`).join(', ');
    runner.info(`Wheel store: dropped ${count} cached wheel(s) uv.lock no longer references, ${formatBytes(bytes)} (${names}${count > 5 ? ', …' : ''}).`);
    return { count, bytes, files: remaining };
  } catch (error) {
    runner.debug(`Wheel store: superseded wheels not dropped: ${(error as Error).message}`);
    return none;
  }
}

/** The post step: prune if wanted, then save the store when it changed and writing is allowed. */
export async function saveWheelStore(runner: Runner, deps: SaveDeps): Promise<SaveOutcome> {
  const raw = runner.getState(WHEEL_STORE_STATE);
  if (!raw) {
    runner.info('Wheel store: not restored in this job (cache off, or setup stopped early); nothing to save.');
    return { saved: false, reason: 'not restored' };
  }
  const state = JSON.parse(raw) as SavedState;
  const now = deps.now ?? Date.now;
  const { decision, current } = await decideFromState(state);

  let outcome: SaveOutcome;
  let saveCell: string;
  let sizeCell = formatBytes(current?.bytes ?? state.sizeBytes ?? state.baseline.bytes);
  if (!decision.save) {
    const why = {
      'exact-hit': 'restored from this exact key',
      unchanged: 'store unchanged since restore',
      empty: 'store is empty',
      'write-not-allowed': state.write.reason,
      disabled: 'enable-cache is false',
    }[decision.reason];
    runner.info(`Wheel store: not saved (${why}).`);
    outcome = { saved: false, reason: why };
    saveCell = `skipped: ${escapeMarkdown(why)}`;
  } else {
    const started = now();
    let pruned = false;
    const storeBytes = decision.current.bytes;
    const backend = deps.backend ?? backendFor(state);
    const baselineFiles = state.baselineList ? await readBaselineList(state.baselineList) : undefined;
    const dropped = state.hit === 'fallback' ? await dropSupersededWheels(runner, state, decision.files) : { count: 0, bytes: 0, files: decision.files };
    const files = dropped.files;
    const plan = planSave({ restoredKey: state.matchedKey, restoredWasLayer: Boolean(state.layerBase), before: baselineFiles, after: files, layersSupported: Boolean(backend.saveLayer) });
    let result: SaveResult;
    let layer: { bytes: number; base: string } | undefined;
    if (plan.kind === 'layer' && backend.saveLayer) {
      runner.info(`Wheel store: saving what changed since ${state.matchedKey} was restored (${plan.files.length} files, ${formatBytes(plan.bytes)} of ${formatBytes(plan.storeBytes)}) as a layer over it.`);
      result = await backend.saveLayer(state.paths, state.key, plan.base, plan.files, topmostGone(plan.removed, state.paths));
      layer = { bytes: plan.bytes, base: plan.base };
    } else {
      if (plan.kind === 'full' && state.baselineList) runner.info(`Wheel store: saving the whole store (${plan.reason}).`);
      if (shouldPrune(state.prune, storeBytes)) {
        try {
          await uvCacheCommands(state.uvPath, deps.runProcess).pruneForCi(state.storeDir);
          pruned = true;
        } catch (error) {
          runner.warning(`Wheel store: ${(error as Error).message}; saving it unpruned.`);
        }
      }
      result = await backend.save(state.paths, state.key);
    }
    const saveMs = now() - started;
    const sizeBytes = pruned ? (await fingerprintDirs(state.paths)).bytes : storeBytes - dropped.bytes;
    if (result.status === 'saved' && layer) {
      runner.info(`Wheel store saved as ${state.key}: a layer of ${formatBytes(layer.bytes)} over ${layer.base} (store ${formatBytes(sizeBytes)}) in ${seconds(saveMs)}.`);
      outcome = { saved: true, key: state.key, saveMs, sizeBytes, pruned };
      saveCell = `saved a ${formatBytes(layer.bytes)} layer in ${seconds(saveMs)}`;
    } else if (result.status === 'saved') {
      runner.info(`Wheel store saved as ${state.key} (${formatBytes(sizeBytes)}${pruned ? ', pruned with uv cache prune --ci' : ''}) in ${seconds(saveMs)}.`);
      outcome = { saved: true, key: state.key, saveMs, sizeBytes, pruned };
      saveCell = `saved in ${seconds(saveMs)}${pruned ? ' (pruned)' : ''}`;
      sizeCell = pruned ? `${formatBytes(sizeBytes)} (${formatBytes(storeBytes)} before prune)` : formatBytes(sizeBytes);
    } else if (result.status === 'exists') {
      // Matrix siblings and re-runs race for one key (setup-uv #294): expected, not a failure.
      runner.notice(`Wheel store: ${result.message}.`);
      outcome = { saved: false, reason: result.message };
      saveCell = 'skipped: already saved by another job';
    } else {
      if (result.reported) runner.notice(`Wheel store not saved: ${result.message}.`);
      else runner.warning(`Wheel store not saved: ${result.message}.`);
      outcome = { saved: false, reason: result.message };
      // Cache-service errors are untrusted text in a table cell: escaped like every other renderer's.
      saveCell = `failed: ${escapeMarkdown(result.message)}`;
    }
  }

  const hitCell = state.hit === 'fallback' ? `fallback (${markdownCode(state.matchedKey ?? '')})` : state.hit;
  await runner.appendSummary(
    [
      '| Wheel store | Restore | Save | Size |',
      '| --- | --- | --- | --- |',
      `| ${markdownCode(state.key)} | ${hitCell} in ${seconds(state.restoreMs)} | ${saveCell} | ${sizeCell} |`,
      '',
    ].join('\n'),
  );
  return outcome;
}

/**
 * The wheel store as the setup job's seam (src/adapters/wheel-store.ts) expects it: reads the cache
 * inputs from the same runner and restores before `uv sync`.
 */
export function actionsWheelStore(overrides: { backend?: WheelStoreBackend; env?: NodeJS.ProcessEnv } = {}): WheelStore {
  return {
    prepare(runner: Runner) {
      try {
        const settings = readWheelStoreSettings(runner);
        if (settings.enabled && settings.backend === 'actions' && !overrides.backend) prefetchActionsCache();
      } catch {
        // A bad input is reported by restore, with its fix.
      }
    },
    async restore(context: WheelStoreContext) {
      const settings = readWheelStoreSettings(context.runner, overrides.env);
      if (!settings.enabled) {
        setCacheOutputs(context.runner, 'miss', '', 0);
        context.runner.info(`Wheel store: off (${settings.enabledReason})`);
        return { detail: `off (${settings.enabledReason})` };
      }
      let lockText = '';
      try {
        lockText = await readFile(context.lockFile, 'utf8');
      } catch {
        // No lock (locked: false): the key still separates platforms; every run is a fallback at best.
      }
      const outcome = await restoreWheelStore({
        runner: context.runner,
        settings,
        storeDir: context.uvCacheDir,
        venvDir: context.venvPath,
        lockText,
        dependencyHash: dependencyDigest(context, settings, lockText, overrides.env),
        lockFile: context.lockFile,
        pythonVersion: context.pythonVersion,
        uvVersion: context.uvVersion,
        uvPath: context.uvPath,
        groups: context.groups,
        extras: context.extras,
        allExtras: context.allExtras,
        env: overrides.env,
        backend: overrides.backend,
      });
      return { detail: describeRestore(outcome), whileSyncing: outcome.measureWhileSyncing };
    },
  };
}

/** setup-uv's default `cache-dependency-glob`, used when there is no uv.lock to key on (no project). */
export const SETUP_UV_DEPENDENCY_GLOBS = ['**/*requirements*.txt', '**/*requirements*.in', '**/*constraints*.txt', '**/*constraints*.in', '**/pyproject.toml', '**/uv.lock', '**/*.py.lock'];

/**
 * The `cache-dependency-glob` digest. Empty input: uv.lock alone keys the store; without a lock
 * (no project), setup-uv's default patterns do, so a changed requirements.txt still changes the key.
 */
function dependencyDigest(context: WheelStoreContext, settings: WheelStoreSettings, lockText: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const patterns = settings.dependencyGlob?.length ? settings.dependencyGlob : lockText ? [] : SETUP_UV_DEPENDENCY_GLOBS;
  if (patterns.length === 0) return undefined;
  const { digest, files } = hashDependencyFiles(context.workingDir ?? context.projectDir, patterns, env);
  context.runner.info(`cache-dependency-glob: ${files} file(s) join the cache key`);
  if (files === 0 && settings.dependencyGlob?.length) context.runner.warning(`cache-dependency-glob matches no file under ${context.workingDir ?? context.projectDir}: ${patterns.join(', ')}`);
  return digest || undefined;
}

/** One line for the setup summary: "fallback hit, 312.4 MiB in 4.1 s" / "miss". */
export function describeRestore(outcome: RestoreOutcome): string {
  const what = outcome.hit === 'miss' ? 'miss (cold store)' : outcome.measureWhileSyncing ? `${outcome.hit} hit` : `${outcome.hit} hit, ${formatBytes(outcome.sizeBytes)}`;
  return `${what} in ${seconds(outcome.restoreMs)}; ${outcome.write.write ? 'will save if changed' : `read-only: ${outcome.write.reason}`}`;
}

/**
 * The GitHub Actions cache (@actions/cache, service v2 on github.com). The library never throws for
 * service trouble: it logs and returns undefined / -1. We add what it cannot tell us: whether a -1
 * save means "another job already saved this key" (a notice, setup-uv #294) or a real failure.
 */
import type { RestoreResult, SaveResult, WheelStoreBackend } from './backend.js';
import { lookupStreaming, restoreStreaming, saveLayerStreaming, saveStreaming, streamingCacheService, type StreamingCacheService, type StreamingSave } from './stream-v2.js';

type CacheModule = typeof import('@actions/cache');
let loading: Promise<CacheModule> | undefined;

/**
 * @actions/cache brings the Azure storage SDK and protobuf runtime (~1.4 MB of bundle, 130–400 ms to
 * evaluate): it loads only when a job restores or saves, not in a post step that decides "no save"
 * from its state. Setup starts it early (`prefetchActionsCache`) so the evaluation overlaps the uv
 * child processes that run before the restore.
 */
export function loadActionsCache(): Promise<CacheModule> {
  loading ??= import('@actions/cache');
  return loading;
}

/**
 * Starts loading @actions/cache without waiting for it (a failed load surfaces at restore); not where
 * the streaming client (stream-v2.ts) will do the work instead.
 */
export function prefetchActionsCache(env: NodeJS.ProcessEnv = process.env): void {
  if (streamingCacheService(env)) return;
  loadActionsCache().catch(() => undefined);
}

/**
 * The Actions cache: streamed (stream-v2.ts) where that produces exactly what @actions/cache would
 * (Linux, service v2 on github.com), the library everywhere else.
 */
export class ActionsCacheBackend implements WheelStoreBackend {
  readonly name = 'actions' as const;
  private readonly streaming: StreamingCacheService | undefined;

  /** Present only where layers can be saved (the streaming client); see WheelStoreBackend.saveLayer. */
  readonly saveLayer: WheelStoreBackend['saveLayer'];

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const streaming = (this.streaming = streamingCacheService(env));
    this.saveLayer = streaming
      ? (paths, key, base, files, removed) => this.streamed(paths, key, 'layer', () => saveLayerStreaming(streaming, paths, key, base, files, removed))
      : undefined;
  }

  async restore(paths: readonly string[], key: string, restoreKeys: readonly string[]): Promise<RestoreResult> {
    if (this.streaming) {
      try {
        const restored = await restoreStreaming(this.streaming, paths, key, restoreKeys);
        return {
          matchedKey: restored.matchedKey,
          layerBase: restored.base,
          note: restored.baseMissing ? `a layer saved under this key was restored, but its base ${restored.baseMissing} is gone; the store will be saved whole` : undefined,
        };
      } catch (error) {
        return { matchedKey: undefined, failure: `restoring ${key}: ${(error as Error).message}` };
      }
    }
    const cache = await loadActionsCache();
    if (!cache.isFeatureAvailable()) {
      return { matchedKey: undefined, unavailable: 'the Actions cache service is not available here (ACTIONS_RESULTS_URL unset)' };
    }
    try {
      const matchedKey = await cache.restoreCache([...paths], key, [...restoreKeys]);
      if (matchedKey) return { matchedKey };
      // restoreCache reports a corrupt archive only through its own warning; ask the service whether
      // an entry existed so the caller can tell "nothing stored" from "stored but unreadable".
      const existing = await cache.restoreCache([...paths], key, [...restoreKeys], { lookupOnly: true });
      return existing ? { matchedKey: undefined, failure: `the cache entry ${existing} could not be restored` } : { matchedKey: undefined };
    } catch (error) {
      return { matchedKey: undefined, failure: (error as Error).message };
    }
  }

  async save(paths: readonly string[], key: string): Promise<SaveResult> {
    if (this.streaming) {
      const streaming = this.streaming;
      return this.streamed(paths, key, 'whole', () => saveStreaming(streaming, paths, key));
    }
    const cache = await loadActionsCache();
    if (!cache.isFeatureAvailable()) {
      return { status: 'failed', message: 'the Actions cache service is not available to this job' };
    }
    // A matrix sibling may have saved this exact key already: skip the archive and upload entirely.
    if (await this.exists(paths, key)) return alreadySaved(key);
    try {
      const id = await cache.saveCache([...paths], key);
      if (id !== -1) return { status: 'saved' };
    } catch (error) {
      return { status: 'failed', message: (error as Error).message };
    }
    // -1: reservation refused (409: another job won the race) or upload/finalize failed.
    if (await this.exists(paths, key)) return alreadySaved(key);
    // @actions/cache already logged a warning for upload/finalize failures and an info line for a
    // refused reservation (a sibling still uploading the same key).
    return { status: 'failed', message: `the cache service did not store ${key} (see the log above)`, reported: true };
  }

  private async streamed(paths: readonly string[], key: string, kind: 'whole' | 'layer', save: () => Promise<StreamingSave>): Promise<SaveResult> {
    const streaming = this.streaming!;
    try {
      const saved = await save();
      if (saved.status === 'saved') return { status: 'saved', archiveBytes: saved.bytes };
      if ((await lookupStreaming(streaming, paths, key, kind).catch(() => undefined)) === key) return alreadySaved(key);
      // 409 on a key nobody finalized yet: a sibling job is uploading it right now.
      if (saved.status === 'exists') return { status: 'failed', message: `another job is still saving ${key}; not saving it twice`, reported: true };
      return { status: 'failed', message: saved.message };
    } catch (error) {
      return { status: 'failed', message: (error as Error).message };
    }
  }

  private async exists(paths: readonly string[], key: string): Promise<boolean> {
    if (this.streaming) return (await lookupStreaming(this.streaming, paths, key).catch(() => undefined)) === key;
    const cache = await loadActionsCache();
    try {
      return (await cache.restoreCache([...paths], key, [], { lookupOnly: true })) === key;
    } catch {
      return false;
    }
  }
}

function alreadySaved(key: string): SaveResult {
  return { status: 'exists', message: `another job already saved the wheel store as ${key}; not saving it again` };
}

import { LocalDirBackend } from './local.js';
import { ActionsCacheBackend } from './actions.js';
import type { WheelStoreBackend } from './backend.js';

export type BackendKind = 'actions' | 'local';

export function createBackend(kind: BackendKind, options: { cacheDir?: string; capBytes?: number }): WheelStoreBackend {
  if (kind === 'local') {
    if (!options.cacheDir) throw new Error('cache-backend local needs cache-backend-dir');
    return new LocalDirBackend({ dir: options.cacheDir, capBytes: options.capBytes });
  }
  return new ActionsCacheBackend();
}

/**
 * The cache state the setup step hands to whichever step saves: its own post step, or the
 * `save-cache` sub-action (after a failed job). Shared by setup, post and save-cache, so no job
 * imports another.
 */
import type { Runner } from '../adapters/runner.js';
import { PYTHON_CACHE_STATE } from './python-cache.js';
import { WHEEL_STORE_STATE } from './wheel-store.js';

export const CACHE_SAVED_ENV = 'LOCKSTEP_CACHE_SAVED';
export const MIRRORED_STATES = [WHEEL_STORE_STATE, PYTHON_CACHE_STATE];

export function stateEnvName(name: string): string {
  return `LOCKSTEP_STATE_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** A runner whose saveState also exports the cache states to later steps of the job. */
export function mirrorCacheState(runner: Runner): Runner {
  return {
    ...runner,
    saveState(name, value) {
      runner.saveState(name, value);
      if (MIRRORED_STATES.includes(name)) runner.exportVariable(stateEnvName(name), value);
    },
  };
}

/**
 * The `save-cache` sub-action (`uses: owner/lockstep/save-cache@v1`): saves the wheel store and the
 * Python cache NOW. The setup action's own post step runs only after a successful job (post-if:
 * success(); GitHub gives `post-if` no access to inputs, so it cannot be made conditional); a workflow
 * that wants the cache even when its tests fail adds this step with `if: always()`. The setup step
 * mirrors its cache state into the job's environment (LOCKSTEP_STATE_*), which this step reads; once
 * it saved, the post step skips (LOCKSTEP_CACHE_SAVED).
 */
import { actionsRunner, type Runner } from '../adapters/runner.js';
import { runProcess } from '../adapters/process.js';
import { PYTHON_CACHE_STATE, savePythonCache } from './python-cache.js';
import { saveWheelStore, WHEEL_STORE_STATE } from './wheel-store.js';
import { CACHE_SAVED_ENV, stateEnvName } from './cache-state.js';

export async function run(base: Runner = actionsRunner(), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const runner: Runner = { ...base, getState: (name) => env[stateEnvName(name)] ?? '' };
  if (!env[stateEnvName(WHEEL_STORE_STATE)] && !env[stateEnvName(PYTHON_CACHE_STATE)]) {
    runner.info('save-cache: the lockstep setup step restored no cache in this job (cache off, or setup stopped early); nothing to save.');
    return;
  }
  try {
    await runner.group('Save the wheel store', () => saveWheelStore(runner, { runProcess }));
    if (runner.getState(PYTHON_CACHE_STATE)) await runner.group('Save the Python cache', () => savePythonCache(runner));
    runner.exportVariable(CACHE_SAVED_ENV, 'true');
  } catch (error) {
    runner.warning(`Cache not saved: ${(error as Error).message}`);
  }
}

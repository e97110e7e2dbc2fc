/** The action's `post:` step: saves the wheel store. Cache trouble never fails the job. */
import { actionsRunner, type Runner } from '../adapters/runner.js';
import { runProcess } from '../adapters/process.js';
import { saveWheelStore, type SaveDeps } from './wheel-store.js';
import { PYTHON_CACHE_STATE, savePythonCache } from './python-cache.js';
import { CACHE_SAVED_ENV } from './cache-state.js';

export async function run(runner: Runner = actionsRunner(), deps: SaveDeps = { runProcess }): Promise<void> {
  if (process.env[CACHE_SAVED_ENV] === 'true') {
    runner.info('Cache already saved by the lockstep save-cache step of this job.');
    return;
  }
  try {
    await runner.group('Save the wheel store', () => saveWheelStore(runner, deps));
  } catch (error) {
    runner.warning(`Wheel store not saved: ${(error as Error).message}`);
  }
  try {
    if (runner.getState(PYTHON_CACHE_STATE)) await runner.group('Save the Python cache', () => savePythonCache(runner));
  } catch (error) {
    runner.warning(`Python cache not saved: ${(error as Error).message}`);
  }
}

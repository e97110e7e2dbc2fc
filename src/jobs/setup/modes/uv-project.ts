/** A uv project (or workspace root) with its uv.lock: the full job, today's default. */
import type { SetupMode } from '../mode.js';
import {
  checkLock,
  installUvStep,
  loadEnvFile,
  lockMatrix,
  pythonStep,
  readProject,
  restorePythonCacheStep,
  restoreWheelStore,
  restoreWheelStoreEarly,
  startLockCheck,
  syncVenv,
} from '../steps.js';

// The lock check starts once the interpreter is known and runs while the wheel store restores.
export const FULL_PROJECT_STEPS = [
  readProject,
  installUvStep,
  restorePythonCacheStep,
  pythonStep(),
  startLockCheck,
  restoreWheelStoreEarly,
  checkLock,
  lockMatrix,
  restoreWheelStore,
  syncVenv,
  loadEnvFile,
] as const;

export const uvProjectMode: SetupMode = {
  name: 'uv project',
  applies: (facts) => (facts.layout.kind === 'project' || facts.layout.kind === 'workspace-root') && facts.hasLock,
  describe: (facts) => `uv project${facts.layout.kind === 'workspace-root' ? ' (workspace root without [project])' : ''} with uv.lock`,
  activatesByDefault: true,
  plan: () => FULL_PROJECT_STEPS,
};

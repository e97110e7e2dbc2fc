/**
 * A uv project without uv.lock. `locked: true` (default) fails at the lock check with an annotation
 * that says to run `uv lock`; `locked: false` warns, and `uv sync` resolves and writes the lock
 * (the lock matrix check is skipped: there is no committed lock to judge).
 */
import type { SetupMode } from '../mode.js';
import { FULL_PROJECT_STEPS } from './uv-project.js';

export const unlockedProjectMode: SetupMode = {
  name: 'project without uv.lock',
  applies: (facts) => (facts.layout.kind === 'project' || facts.layout.kind === 'workspace-root') && !facts.hasLock,
  describe: () => 'uv project without uv.lock (`locked` decides: fail, or let uv sync create it)',
  activatesByDefault: true,
  plan: () => FULL_PROJECT_STEPS,
};

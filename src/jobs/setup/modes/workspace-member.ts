/**
 * A member of a uv workspace: uv.lock and .venv live at the workspace root (as uv finds it), the lock
 * check, staleness annotations and the lock matrix look at the whole workspace, and `uv sync` runs in
 * the member's folder, exactly as `cd member && uv sync` would (it installs that member and what it needs).
 * The steps are the uv project's: the session's projectDir/rootDir pair is what differs.
 */
import type { SetupMode } from '../mode.js';
import { FULL_PROJECT_STEPS } from './uv-project.js';

export const workspaceMemberMode: SetupMode = {
  name: 'workspace member',
  applies: (facts) => facts.layout.kind === 'workspace-member',
  describe: (facts) => `workspace member ${facts.layout.name ?? facts.layout.projectDir} of the workspace at ${facts.layout.rootDir || '.'}`,
  activatesByDefault: true,
  plan: () => FULL_PROJECT_STEPS,
};

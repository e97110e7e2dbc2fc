/**
 * A pixi project (pixi.toml, or pyproject.toml with [tool.pixi]) without uv.lock in the working
 * directory: pixi installs and activates the environment (issue 17; the steps are in ../pixi-steps.ts).
 */
import { readPixiProjectFiles } from '../../../adapters/pixi-files.js';
import type { SetupMode } from '../mode.js';
import { setupPixi } from '../pixi-steps.js';
import type { SetupStep } from '../steps.js';

const pixiSteps: SetupStep = async (s) => {
  const files = readPixiProjectFiles(s.workingDir);
  if (files) await setupPixi(s.deps, s.recorder, { ...s.inputs, activateEnvironment: s.activate }, s.workingDir, files);
};

export const pixiProjectMode: SetupMode = {
  name: 'pixi project',
  applies: (facts) => !facts.has('uv.lock') && readPixiProjectFiles(facts.dir) !== null,
  describe: () => 'pixi project (pixi.toml or [tool.pixi], no uv.lock)',
  activatesByDefault: true,
  plan: () => [pixiSteps],
};

/**
 * No uv project in the working directory (no pyproject.toml, a pyproject.toml that only configures
 * tools, or `tool.uv.managed = false`): what setup-uv does. Install uv and Python, export UV_PYTHON
 * so later `uv` commands use that interpreter, restore/save uv's cache, and only when the workflow sets
 * `activate-environment: true` create a bare venv (`uv venv`) and activate it (setup-uv's default is
 * false: a workflow written for it must not get a .venv it did not ask for). No lock, no sync.
 */
import path from 'node:path';
import type { SetupMode } from '../mode.js';
import { required } from '../session.js';
import { activate, installUvStep, loadEnvFile, pythonStep, readWorkingDirectory, restorePythonCacheStep, restoreWheelStore, type SetupStep } from '../steps.js';

const createVenv: SetupStep = async (s) => {
  if (!s.activate) return;
  await s.recorder.step('Create .venv', async () => {
    const venvPath = path.resolve(s.workingDir, '.venv');
    await required(s.uv, 'uv').venv(venvPath, required(s.pythonPath, 'the interpreter'), s.workingDir);
    activate(s, venvPath);
    return `uv venv ${s.rel(venvPath)}, activated`;
  });
};

export const noProjectMode: SetupMode = {
  name: 'no project',
  applies: (facts) => facts.layout.kind === 'none' || facts.layout.kind === 'unmanaged',
  describe: (facts) =>
    facts.layout.kind === 'unmanaged' ? 'pyproject.toml sets tool.uv.managed = false: uv and Python only' : 'no uv project here: uv and Python only',
  notice: (facts) =>
    `No uv project in ${facts.layout.projectDir || 'the repository root'}${facts.layout.kind === 'unmanaged' ? ' (tool.uv.managed = false)' : ''}: installed uv and Python and set UV_PYTHON; no lock was checked and nothing was synced. Point \`working-directory\` at a folder with pyproject.toml and uv.lock for the full setup.`,
  activatesByDefault: false,
  plan: () => [readWorkingDirectory, installUvStep, restorePythonCacheStep, pythonStep({ exportFound: true }), restoreWheelStore, createVenv, loadEnvFile],
};

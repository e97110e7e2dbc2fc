import { isValidSpecifier, versionSatisfies } from '../pep/version.js';
import { LockstepError } from '../errors.js';

export type PythonVersionOrigin = 'input' | 'UV_PYTHON' | '.tool-versions' | '.python-version' | 'requires-python' | 'default';

export interface PythonRequest {
  /** What is passed to `uv python find` / `uv python install`: `3.11`, `3.11.7`, `>=3.11.4,<3.12`. */
  request: string;
  origin: PythonVersionOrigin;
}

/** CPython minors uv can provide; the lowest one requires-python allows is the conservative pick. */
const KNOWN_MINORS = [8, 9, 10, 11, 12, 13, 14, 15];

/** The first request in a `.python-version` file (comments and blank lines skipped), as uv reads it. */
export function readPythonVersionFile(text: string): string | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) return line;
  }
  return undefined;
}

/** The lowest CPython that `requires-python` allows, as a uv python request. */
export function lowestAllowedPython(requiresPython: string): string | undefined {
  if (requiresPython.trim() === '' || !isValidSpecifier(requiresPython)) return undefined;
  for (const minor of KNOWN_MINORS) {
    if (versionSatisfies(`3.${minor}.0`, requiresPython)) return `3.${minor}`;
    // `>=3.11.4`, `==3.12.8`: 3.11 is allowed from some patch on; ask uv for exactly that range within the minor.
    for (let patch = 1; patch <= 99; patch++) if (versionSatisfies(`3.${minor}.${patch}`, requiresPython)) return `${requiresPython},<3.${minor + 1}`;
  }
  return undefined;
}

export interface PythonSources {
  input: string;
  /** UV_PYTHON already set in the job's environment: uv would use it, so setup does too. */
  uvPythonEnv?: string;
  /** The `python` entry of a .tool-versions file named by `version-file`. */
  toolVersions?: string;
  /** Contents of `.python-version` in the project directory, when present. */
  pythonVersionFile?: string;
  requiresPython?: string;
  /** Without a project: any Python uv finds (`3`) rather than an error. */
  anyWhenUnset?: boolean;
}

/**
 * `python-version` input, else UV_PYTHON from the environment, else the .tool-versions `version-file`,
 * else `.python-version`, else the lowest version requires-python allows (setup-uv's order, then uv's).
 */
export function choosePythonRequest(sources: PythonSources): PythonRequest {
  if (sources.input.trim()) return { request: sources.input.trim(), origin: 'input' };
  if (sources.uvPythonEnv?.trim()) return { request: sources.uvPythonEnv.trim(), origin: 'UV_PYTHON' };
  if (sources.toolVersions?.trim()) return { request: sources.toolVersions.trim(), origin: '.tool-versions' };
  const fromFile = sources.pythonVersionFile === undefined ? undefined : readPythonVersionFile(sources.pythonVersionFile);
  if (fromFile) return { request: fromFile, origin: '.python-version' };
  if (sources.requiresPython) {
    const lowest = lowestAllowedPython(sources.requiresPython);
    if (lowest) return { request: lowest, origin: 'requires-python' };
    throw new LockstepError(`requires-python "${sources.requiresPython}" allows no known CPython version`, {
      file: 'pyproject.toml',
      hint: 'Fix requires-python, or set the `python-version` input.',
    });
  }
  if (sources.anyWhenUnset) return { request: '3', origin: 'default' };
  throw new LockstepError('no Python version to use: no `python-version` input, no .python-version, no requires-python', {
    file: 'pyproject.toml',
    hint: 'Set the `python-version` input, add a .python-version file (`uv python pin 3.11`), or set requires-python.',
  });
}

/**
 * Finds and reads a pixi project: `pixi.lock` with its manifest (`pixi.toml`, else a `pyproject.toml`
 * that has `[tool.pixi]`, as pixi itself prefers). The only file-system code of the pixi check.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PixiProjectFiles } from '../core/matrix/pixi-engine.js';

/** pixi.lock is a few MB at most; refuse anything far beyond that rather than read it into memory. */
const MAX_LOCK_BYTES = 64 * 1024 * 1024;

function readIfFile(file: string): string | null {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    if (stat.size > MAX_LOCK_BYTES) throw new Error(`${file} is ${stat.size} bytes, more than the ${MAX_LOCK_BYTES} lockstep reads`);
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A pixi project's files, or null when the directory is not a pixi project. */
export function readPixiProjectFiles(projectDir: string): PixiProjectFiles | null {
  const lock = readIfFile(path.join(projectDir, 'pixi.lock'));
  const pixiToml = readIfFile(path.join(projectDir, 'pixi.toml'));
  if (pixiToml !== null) return { manifest: pixiToml, manifestPath: 'pixi.toml', lock, lockPath: 'pixi.lock' };
  const pyproject = existsSync(path.join(projectDir, 'pyproject.toml')) ? readIfFile(path.join(projectDir, 'pyproject.toml')) : null;
  // `[tool.pixi...]` headers (or dotted keys under [tool]) mark a pixi manifest; a parse is left to the engine.
  const pixiPyproject = pyproject !== null && /^\s*\[\s*tool\.pixi[\].]/m.test(pyproject);
  if (pixiPyproject) return { manifest: pyproject, manifestPath: 'pyproject.toml', lock, lockPath: 'pixi.lock' };
  if (lock !== null) return { manifest: null, manifestPath: 'pixi.toml', lock, lockPath: 'pixi.lock' };
  return null;
}

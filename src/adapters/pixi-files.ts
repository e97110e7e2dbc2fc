/**
 * Finds and reads a pixi project: `pixi.lock` with its manifest (`pixi.toml`, else a `pyproject.toml`
 * that has `[tool.pixi]`, as pixi itself prefers). The only file-system code of the pixi check.
 */
import path from 'node:path';
import type { PixiProjectFiles } from '../core/matrix/pixi-engine.js';
import { PROJECT_FILE_LIMITS, readProjectFile } from './project-file.js';

/** Bounded, regular-file-only reads (adapters/project-file): a PR controls these files. */
function readIfFile(file: string, shown: string): string | null {
  return readProjectFile(file, { maxBytes: shown === 'pixi.lock' ? PROJECT_FILE_LIMITS.lock : PROJECT_FILE_LIMITS.manifest, shown });
}

/**
 * The pixi project among a folder's files, or null when it is not one: pixi.toml wins over a
 * pyproject.toml with `[tool.pixi]` (as in pixi); a pixi.lock alone is still checked.
 */
export function pixiProjectFrom(files: { pixiToml: string | null; pyproject: string | null; lock: string | null }): PixiProjectFiles | null {
  const { pixiToml, pyproject, lock } = files;
  if (pixiToml !== null) return { manifest: pixiToml, manifestPath: 'pixi.toml', lock, lockPath: 'pixi.lock' };
  // `[tool.pixi...]` headers mark a pixi manifest; a parse is left to the engine.
  if (pyproject !== null && /^\s*\[\s*tool\.pixi[\].]/m.test(pyproject)) return { manifest: pyproject, manifestPath: 'pyproject.toml', lock, lockPath: 'pixi.lock' };
  if (lock !== null) return { manifest: null, manifestPath: 'pixi.toml', lock, lockPath: 'pixi.lock' };
  return null;
}

/** A pixi project's files on disk, or null when the directory is not a pixi project. */
export function readPixiProjectFiles(projectDir: string, pyproject?: string | null): PixiProjectFiles | null {
  return pixiProjectFrom({
    pixiToml: readIfFile(path.join(projectDir, 'pixi.toml'), 'pixi.toml'),
    pyproject: pyproject !== undefined ? pyproject : readIfFile(path.join(projectDir, 'pyproject.toml'), 'pyproject.toml'),
    lock: readIfFile(path.join(projectDir, 'pixi.lock'), 'pixi.lock'),
  });
}

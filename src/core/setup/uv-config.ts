/**
 * uv's own configuration file, found the way uv finds it for a command run in a folder (checked
 * against `uv cache dir`, __tests__/core/setup/uv-config.test.ts): from the folder upwards, the
 * first folder with a `uv.toml` (which wins over a `[tool.uv]` beside it) or a pyproject.toml that
 * has a `[tool.uv]` table, even an empty one, is THE file; uv reads no other project-level file,
 * so a nearer file without `cache-dir` hides a farther one that sets it. In a workspace, uv starts at
 * the workspace root (members' `[tool.uv]` settings are ignored). Paths are relative to the base
 * the caller reads from ('' is the base); the walk stops there.
 */
import { posix, tableAt, type ReadFile } from '../lock/workspace.js';
import { parseToml, type TomlTable } from '../toml.js';

export interface UvConfigFile {
  /** The file, relative to the base. */
  file: string;
  /** Its settings: the whole uv.toml, or pyproject.toml's `[tool.uv]`. */
  settings: TomlTable;
}

export function discoverUvConfig(startDir: string, read: ReadFile): UvConfigFile | null {
  for (let dir: string | null = startDir; dir !== null; dir = posix.parent(dir)) {
    const uvToml = posix.join(dir, 'uv.toml');
    const text = read(uvToml);
    if (text !== null) return { file: uvToml, settings: parseToml(text, uvToml) };
    const pyproject = posix.join(dir, 'pyproject.toml');
    const pyprojectText = read(pyproject);
    const uv = pyprojectText === null ? undefined : tableAt(parseOrSkip(pyprojectText, pyproject), 'tool', 'uv');
    if (uv) return { file: pyproject, settings: uv };
  }
  return null;
}

/** A malformed pyproject.toml is passed over, as uv warns and goes on; a malformed uv.toml stops uv (and us). */
function parseOrSkip(text: string, file: string): TomlTable {
  try {
    return parseToml(text, file);
  } catch {
    return {};
  }
}

/**
 * The `cache-dir` setting as written: uv expands neither `~` nor variables in it (uv 0.13; a
 * `~/x` value is a folder named `~`), and resolves a relative one from the folder it runs in.
 */
export function configuredCacheDir(config: UvConfigFile | null): string | undefined {
  const value = config?.settings['cache-dir'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** uv's boolean environment variables (UV_NO_CONFIG...): `1`, `true`, `yes`, `on` and the like. */
export function uvEnvFlag(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 't', 'yes', 'y', 'on'].includes(value.trim().toLowerCase());
}

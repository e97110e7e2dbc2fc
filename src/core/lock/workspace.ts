/**
 * Where uv finds the project, the workspace root, uv.lock and .venv for a directory, by uv's own rule
 * (uv-workspace's discovery):
 * - the project is the nearest directory, the start included, holding a pyproject.toml;
 * - with `[tool.uv.workspace]` it is a workspace root itself (a "virtual" root when it has no
 *   `[project]` table);
 * - otherwise only the FIRST pyproject.toml above it counts: it is the workspace root when it declares
 *   `[tool.uv.workspace]` whose `members` globs match the project's directory and whose `exclude` globs
 *   do not; any other pyproject.toml above (a plain project, say `examples/` of a library) makes the
 *   project its own root;
 * - `[tool.uv] managed = false` opts the project out of uv's project commands.
 * uv.lock and .venv (unless UV_PROJECT_ENVIRONMENT says otherwise) live at the workspace root.
 *
 * Pure: the file system is a `read(relativePath)` callback (null when the file does not exist).
 * Paths are POSIX-style and relative to a base directory the caller chooses (the repository root).
 */
import { parseToml, type TomlTable } from '../toml.js';

export type ReadFile = (relativePath: string) => string | null;

export interface ProjectLayout {
  /**
   * `project`: a uv project that is its own workspace root. `workspace-member`: a member whose
   * workspace root is above it. `workspace-root`: a workspace root without `[project]` (virtual).
   * `unmanaged`: `tool.uv.managed = false`. `none`: no pyproject.toml up to the base directory, or
   * the nearest one has neither `[project]` nor `[tool.uv.workspace]` (tool configuration only).
   */
  kind: 'project' | 'workspace-member' | 'workspace-root' | 'unmanaged' | 'none';
  /** Directory of the nearest pyproject.toml ('' = the base directory); the start when kind is `none`. */
  projectDir: string;
  /** Directory of the workspace root: uv.lock and .venv live here. */
  rootDir: string;
  /** The project's name (`[project] name`), when it has one. */
  name: string | null;
}

export const posix = {
  join: (...parts: string[]): string => parts.filter((p) => p !== '' && p !== '.').join('/'),
  parent: (dir: string): string | null => (dir === '' ? null : dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : ''),
};

export function tableAt(doc: TomlTable, ...keys: string[]): TomlTable | undefined {
  let current: unknown = doc;
  for (const key of keys) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as TomlTable)[key];
  }
  return current && typeof current === 'object' && !Array.isArray(current) ? (current as TomlTable) : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function globSegmentRegex(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const body = segment.slice(i + 1, end);
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

/**
 * A workspace glob (`packages/*`, `libs/**`, `tools/[ab]*`) as a matcher of directories relative to the
 * workspace root, with the glob crate's rules uv uses: `*`, `?` and `[...]` stay inside one path
 * segment, `**` spans any number of segments (zero included), and a leading `./` is ignored.
 */
export function workspaceGlob(pattern: string): (dir: string) => boolean {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  let body = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') body += last ? '.*' : '(?:[^/]+/)*';
    else body += globSegmentRegex(segment) + (last ? '' : '/');
  });
  const re = new RegExp(`^${body}$`);
  return (dir) => re.test(dir);
}

/** True when `memberDir` (relative to the root) is one of the workspace's members, as uv decides it. */
export function isWorkspaceMember(memberDir: string, members: readonly string[], exclude: readonly string[]): boolean {
  return members.some((m) => workspaceGlob(m)(memberDir)) && !exclude.some((e) => workspaceGlob(e)(memberDir));
}

function parseOrNull(text: string, file: string): TomlTable | null {
  try {
    return parseToml(text, file);
  } catch {
    return null;
  }
}

/**
 * The layout uv sees from `startDir` (relative to the base). The walk never leaves the base directory
 * (the repository root): a pyproject.toml outside the checkout is not the project's business.
 * A malformed pyproject.toml above the project is skipped like uv's "not a project" case; the
 * project's own malformed file is left to whoever parses it next (with its line and column).
 */
export function discoverProjectLayout(startDir: string, read: ReadFile): ProjectLayout {
  let projectDir: string | null = startDir;
  let text: string | null = null;
  while (projectDir !== null) {
    text = read(posix.join(projectDir, 'pyproject.toml'));
    if (text !== null) break;
    projectDir = posix.parent(projectDir);
  }
  if (projectDir === null || text === null) return { kind: 'none', projectDir: startDir, rootDir: startDir, name: null };
  const doc = parseOrNull(text, posix.join(projectDir, 'pyproject.toml'));
  // Unreadable: a project whose parser will report the line and column.
  if (doc === null) return { kind: 'project', projectDir, rootDir: projectDir, name: null };
  const project = tableAt(doc, 'project');
  const name = typeof project?.name === 'string' ? project.name : null;
  if (tableAt(doc, 'tool', 'uv')?.managed === false) return { kind: 'unmanaged', projectDir, rootDir: projectDir, name };
  if (tableAt(doc, 'tool', 'uv', 'workspace')) return { kind: project ? 'project' : 'workspace-root', projectDir, rootDir: projectDir, name };
  // A pyproject.toml that only configures tools (ruff, black, pytest): uv sees no project here.
  if (!project) return { kind: 'none', projectDir, rootDir: projectDir, name: null };
  for (let above = posix.parent(projectDir); above !== null; above = posix.parent(above)) {
    const aboveText = read(posix.join(above, 'pyproject.toml'));
    if (aboveText === null) continue;
    const workspace = tableAt(parseOrNull(aboveText, posix.join(above, 'pyproject.toml')) ?? {}, 'tool', 'uv', 'workspace');
    const memberDir = above === '' ? projectDir : projectDir.slice(above.length + 1);
    if (workspace && isWorkspaceMember(memberDir, strings(workspace.members), strings(workspace.exclude))) {
      return { kind: 'workspace-member', projectDir, rootDir: above, name };
    }
    break;
  }
  return { kind: 'project', projectDir, rootDir: projectDir, name };
}

/**
 * Every file discoverProjectLayout may read from `startDir` (each pyproject.toml from it up to the base):
 * a caller whose reads are asynchronous (a git revision, the contents API) fetches these first.
 */
export function layoutCandidates(startDir: string): string[] {
  const out: string[] = [];
  for (let dir: string | null = startDir; dir !== null; dir = posix.parent(dir)) out.push(posix.join(dir, 'pyproject.toml'));
  return out;
}

/**
 * `[tool.uv.workspace]` `members` / `exclude` globs of a pyproject.toml text; none when the file does not
 * parse (whoever parses it next reports the line) or declares no workspace.
 */
export function workspaceGlobs(pyproject: string, file = 'pyproject.toml'): { members: string[]; exclude: string[] } {
  const workspace = tableAt(parseOrNull(pyproject, file) ?? {}, 'tool', 'uv', 'workspace');
  return { members: strings(workspace?.members), exclude: strings(workspace?.exclude) };
}

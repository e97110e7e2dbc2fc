/**
 * Reads what the engine needs from a project directory: pyproject.toml, uv.lock and the pyproject.toml
 * of every workspace member. The only file-system code of `lockstep check` (the core stays pure).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { lexicallyInside } from '../core/security/paths.js';
import { realPathInside } from './workspace-paths.js';
import { LockstepError } from '../core/errors.js';
import type { PixiProjectFiles } from '../core/matrix/pixi-engine.js';
import { readPixiProjectFiles } from './pixi-files.js';
import { PROJECT_FILE_LIMITS, readProjectFile } from './project-file.js';
import { discoverProjectLayout, workspaceGlobs, type ProjectLayout } from '../core/lock/workspace.js';

export interface ProjectFiles {
  pyproject: string | null;
  lock: string | null;
  /** Paths relative to the project directory, as findings report them. */
  pyprojectPath: string;
  lockPath: string;
  /** Workspace members' pyproject.toml text, keyed by path relative to the project dir (`packages/a/pyproject.toml`). */
  members: Record<string, string>;
  /** The pixi project in the same folder (pixi.lock + pixi.toml or `[tool.pixi]`), or null. */
  pixi?: PixiProjectFiles | null;
  /** `.python-version` text, when the file exists (a declared Python for the check). */
  pythonVersion: string | null;
}

/** Bounded, regular-file-only read (see project-file.ts); `shown` is the path findings use. */
function readIfExists(file: string, shown: string): string | null {
  return readProjectFile(file, { maxBytes: shown.endsWith('uv.lock') ? PROJECT_FILE_LIMITS.lock : PROJECT_FILE_LIMITS.manifest, shown });
}

function segmentRegex(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/**
 * Directories matching a workspace glob (`packages/*`, `libs/foo-*`), relative to `root`. A small
 * matcher instead of fs.globSync, which Node 20 (still the default `node` on many machines) lacks;
 * `**` is treated as one level, which covers the member patterns uv projects use.
 */
function globDirs(root: string, pattern: string): string[] {
  let current = ['.'];
  for (const segment of pattern.split('/').filter((s) => s !== '' && s !== '.')) {
    const next: string[] = [];
    for (const dir of current) {
      if (!/[*?]/.test(segment)) {
        const candidate = path.join(dir, segment);
        if (existsSync(path.join(root, candidate))) next.push(candidate);
        continue;
      }
      const re = segmentRegex(segment === '**' ? '*' : segment);
      let entries: string[] = [];
      try {
        entries = readdirSync(path.join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      } catch {
        entries = [];
      }
      for (const name of entries.sort()) if (re.test(name) && !name.startsWith('.')) next.push(path.join(dir, name));
    }
    current = next;
  }
  return current.filter((d) => {
    // A member must live inside the workspace: a glob `../../home` or a member symlinked elsewhere is not read.
    if (path.normalize(d).split(path.sep).includes('..') || lexicallyInside(root, d) === null || !realPathInside(root, path.join(root, d))) return false;
    try {
      return statSync(path.join(root, d)).isDirectory();
    } catch {
      return false;
    }
  });
}

export function readProjectFiles(projectDir: string): ProjectFiles {
  if (!existsSync(projectDir) || !statSync(projectDir).isDirectory()) {
    throw new LockstepError(`${projectDir}: not a directory. Pass the directory that holds pyproject.toml and uv.lock.`);
  }
  const pyproject = readIfExists(path.join(projectDir, 'pyproject.toml'), 'pyproject.toml');
  const lock = readIfExists(path.join(projectDir, 'uv.lock'), 'uv.lock');
  const pixi = readPixiProjectFiles(projectDir, pyproject);
  if (pyproject === null && lock === null && pixi === null) {
    throw new LockstepError(`${projectDir}: neither pyproject.toml nor uv.lock found (nor pixi.toml / pixi.lock). Run lockstep in a uv or pixi project (or pass its directory).`);
  }
  const members: Record<string, string> = {};
  if (pyproject !== null) {
    const { members: patterns, exclude } = workspaceGlobs(pyproject);
    const excluded = new Set(exclude.flatMap((p) => globDirs(projectDir, p)).map((p) => path.normalize(p)));
    for (const pattern of patterns) {
      for (const dir of globDirs(projectDir, pattern)) {
        if (excluded.has(path.normalize(dir))) continue;
        const rel = path.join(dir, 'pyproject.toml');
        const text = readIfExists(path.join(projectDir, rel), rel.split(path.sep).join('/'));
        // uv skips glob matches without a pyproject.toml only when they are not directories; a missing
        // member file is left for the engine (the lock still describes the member).
        if (text !== null && path.normalize(dir) !== '.') members[rel.split(path.sep).join('/')] = text;
      }
    }
  }
  const pythonVersion = readIfExists(path.join(projectDir, '.python-version'), '.python-version');
  return { pyproject, lock, pyprojectPath: 'pyproject.toml', lockPath: 'uv.lock', members, pythonVersion, ...(pixi ? { pixi } : {}) };
}

export interface UvProjectLocation {
  /** uv's view of the folder (core/lock/workspace.ts): project, workspace member, virtual root, ... */
  layout: ProjectLayout;
  /** The nearest folder with a pyproject.toml (the member's folder for a member), absolute. */
  projectDir: string;
  /** The workspace root: where uv.lock and .venv live and `uv lock` runs, absolute. */
  rootDir: string;
  /** True when `dir` belongs to a workspace whose root is above it. */
  member: boolean;
}

/**
 * Where uv finds the project and its workspace root for `dir`, by uv's own rule (core/lock/workspace.ts):
 * the one resolver setup, check, review, bump and refresh share. The walk up never leaves `boundary`
 * (the checkout, GITHUB_WORKSPACE); when `dir` is outside it, `dir` itself is the boundary.
 */
export function locateUvProject(dir: string, boundary: string = path.parse(path.resolve(dir)).root): UvProjectLocation {
  const absolute = path.resolve(dir);
  const inside = !path.relative(path.resolve(boundary), absolute).startsWith('..');
  const base = inside ? path.resolve(boundary) : absolute;
  const start = path.relative(base, absolute).split(path.sep).join('/');
  const layout = discoverProjectLayout(start, (rel) => readProjectFile(path.join(base, rel), { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: rel }));
  return { layout, projectDir: path.resolve(base, layout.projectDir), rootDir: path.resolve(base, layout.rootDir), member: layout.kind === 'workspace-member' };
}

/**
 * The folder whose uv.lock describes `dir`: the workspace root when `dir` is (inside) a workspace
 * member, as uv finds it; `dir` itself otherwise (also when `dir` holds a uv.lock of its own).
 */
export function uvLockDirFor(dir: string, boundary?: string): { dir: string; member: boolean } {
  const absolute = path.resolve(dir);
  if (existsSync(path.join(absolute, 'uv.lock'))) return { dir: absolute, member: false };
  const location = locateUvProject(absolute, boundary);
  return location.member ? { dir: location.rootDir, member: true } : { dir: absolute, member: false };
}

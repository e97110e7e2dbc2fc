/**
 * The project a maintenance bot (bump, refresh) works on: the uv workspace the working directory belongs
 * to, found as uv finds it (locateUvProject, the resolver setup and check use too). uv.lock lives at the
 * workspace root and `uv lock` runs there; pins live in the root's and every member's pyproject.toml
 * ("manifests", keyed by their path from the root: `pyproject.toml`, `packages/a/pyproject.toml`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { locateUvProject, readProjectFiles, type ProjectFiles } from '../../adapters/project-files.js';
import { LockstepError } from '../../core/errors.js';
import { checkProject } from '../../core/matrix/engine.js';
import type { CheckOptions, CheckReport } from '../../core/matrix/types.js';

/** pyproject.toml texts by path from the workspace root (the root's own under `pyproject.toml`). */
export type Manifests = Record<string, string>;

export interface MaintenanceProject {
  /** The workspace root, absolute: uv.lock is here and `uv lock` runs here. */
  rootDir: string;
  /** The member's folder from the root when the bot was pointed at a member (`packages/a`), else null. */
  member: string | null;
  files: ProjectFiles;
  /** The root's and every member's pyproject.toml as read (members in the order uv's globs list them). */
  manifests: Manifests;
}

/** The workspace `dir` belongs to; `boundary` (the checkout) is never walked out of. */
export function openMaintenanceProject(dir: string, boundary?: string): MaintenanceProject {
  const location = locateUvProject(dir, boundary);
  const files = readProjectFiles(location.rootDir);
  const member = location.member ? path.relative(location.rootDir, location.projectDir).split(path.sep).join('/') : null;
  return { rootDir: location.rootDir, member, files, manifests: manifestsOf(files) };
}

export function manifestsOf(files: ProjectFiles): Manifests {
  return { ...(files.pyproject !== null ? { [files.pyprojectPath]: files.pyproject } : {}), ...files.members };
}

/** The manifests whose text on disk differs from `expected` (what uv must never touch). */
export function changedOnDisk(rootDir: string, expected: Manifests): string[] {
  return Object.entries(expected)
    .filter(([file, text]) => readFileSync(path.join(rootDir, file), 'utf8') !== text)
    .map(([file]) => file);
}

/** Writes each manifest whose text on disk differs (nothing else in the folder is touched). */
export function writeManifests(rootDir: string, manifests: Manifests): void {
  for (const file of changedOnDisk(rootDir, manifests)) writeFileSync(path.join(rootDir, file), manifests[file]!);
}

/**
 * The lock engine on the workspace with these manifest texts and this lock (bump and refresh verify with
 * it); a parse error throws, naming its file and line.
 */
export function checkFiles(files: ProjectFiles, lock: string | null, check: CheckOptions, manifests: Manifests = manifestsOf(files)): CheckReport {
  const { [files.pyprojectPath]: root, ...members } = manifests;
  const report = checkProject(
    { pyproject: root ?? files.pyproject, lock, pyprojectPath: files.pyprojectPath, lockPath: files.lockPath, members: { ...files.members, ...members } },
    check,
  );
  const parseError = report.findings.find((f) => f.code === 'parse-error');
  if (parseError) throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  return report;
}

/** `file` (relative to `dir`) as a path from the repository root, the form annotations and PR files use. */
export function repoFile(workspace: string, dir: string, file: string): string {
  return path.relative(workspace, path.join(dir, file)).split(path.sep).join('/');
}

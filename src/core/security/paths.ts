/**
 * Paths that come from inputs, `.env` and workspace member globs must stay inside the workspace: a
 * `working-directory: ../../etc` or a member glob `../../home/runner` would otherwise make a job read
 * (and annotate, and upload) files that are not the repository's.
 */
import path from 'node:path';

/** `relative` (posix or native separators) normalised against `root`, or null when it leaves `root` (lexically). */
export function lexicallyInside(root: string, relative: string): string | null {
  const resolved = path.resolve(root, relative);
  const rel = path.relative(path.resolve(root), resolved);
  if (rel === '') return resolved;
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return resolved;
}

/** `child` equals or lies under `parent` (both absolute, already resolved). */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

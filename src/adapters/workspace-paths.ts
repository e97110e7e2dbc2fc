/**
 * Resolving a path from an input, `.env` or a workspace glob inside the workspace, symlinks included:
 * lexically first (`../../etc`), then by the real path of what exists (a committed symlink `data ->
 * /home/runner/.ssh`).
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isWithin, lexicallyInside } from '../core/security/paths.js';
import { LockstepError } from '../core/errors.js';

/** The real path of `p`, or of its deepest existing ancestor joined with the rest (a path not created yet). */
function realpathOrSelf(p: string): string {
  const rest: string[] = [];
  let current = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(p);
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

/** Whether `target` (absolute) stays inside `root` once symlinks are followed (a missing path counts lexically). */
export function realPathInside(root: string, target: string): boolean {
  return isWithin(realpathOrSelf(root), realpathOrSelf(target));
}

/**
 * `relative` resolved against `root`, refusing a path that leaves it, lexically or through a symlink.
 * `what` names the input in the error (`working-directory`, `env-file`).
 */
export function resolveInsideWorkspace(root: string, relative: string, what: string): string {
  const resolved = lexicallyInside(root, relative);
  if (resolved === null || !realPathInside(root, resolved)) {
    throw new LockstepError(`${what} ${JSON.stringify(relative)} leaves the workspace${resolved === null ? '' : ' (through a symlink)'}.`, {
      hint: `Give ${what} relative to the repository root, inside it (e.g. \`.\` or \`python/\`).`,
    });
  }
  return resolved;
}

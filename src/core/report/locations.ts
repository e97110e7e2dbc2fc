/** Where a finding's file is, seen from the directory the user ran lockstep in (the repository root in CI). */
import { posix } from 'node:path';
import type { Finding } from '../findings.js';

/**
 * `projectDir` is the project directory relative to that directory, with `/` separators (`''` or `.`
 * when it is the same). Findings name files relative to the project (`uv.lock`, `../.gitignore`); code
 * scanning and annotations need them relative to the repository root (`services/api/uv.lock`).
 */
export function findingPath(f: Pick<Finding, 'file'>, projectDir: string): string | undefined {
  if (f.file === undefined) return undefined;
  return posix.normalize(posix.join(projectDir || '.', f.file));
}

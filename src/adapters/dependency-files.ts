/**
 * `cache-dependency-glob` (setup-uv's input): the files whose contents decide when the cache is
 * stale. Patterns are relative to the working directory (absolute ones are used as they are; `~` is
 * the home directory; a leading `!` excludes), with `*`, `?`, `[...]` inside one path segment and `**`
 * across segments. The digest covers each matching file's path and contents, so renaming,
 * adding or editing one changes it. Bounded: a walk skips .git, node_modules and virtual
 * environments, visits at most MAX_ENTRIES entries and reads at most MAX_BYTES per file.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { workspaceGlob } from '../core/lock/workspace.js';
import { expandHome } from './wheel-store.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.venv', '__pycache__', '.tox', '.nox', '.mypy_cache']);
const MAX_ENTRIES = 50_000;
const MAX_BYTES = 64 * 1024 * 1024;

/** The folder a pattern's non-glob prefix names, and the rest of the pattern below it. */
function splitPattern(absolute: string): { base: string; rest: string } {
  const segments = absolute.split(/[\\/]/);
  const firstGlob = segments.findIndex((s) => /[*?[]/.test(s));
  if (firstGlob === -1) return { base: path.dirname(absolute), rest: path.basename(absolute) };
  return { base: segments.slice(0, firstGlob).join('/') || '/', rest: segments.slice(firstGlob).join('/') };
}

function walk(base: string, visit: (relative: string) => void, budget: { entries: number }): void {
  const stack = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(path.join(base, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (--budget.entries < 0) return;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) stack.push(child);
      } else if (entry.isFile()) visit(child);
    }
  }
}

function fileDigest(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    let total = 0;
    for (let n = readSync(fd, buffer); n > 0 && total < MAX_BYTES; n = readSync(fd, buffer)) {
      hash.update(buffer.subarray(0, n));
      total += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The files the patterns match (absolute, sorted), excluding `!` patterns. */
export function matchDependencyFiles(dir: string, patterns: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const include = new Set<string>();
  const exclude: ((file: string) => boolean)[] = [];
  const budget = { entries: MAX_ENTRIES };
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = expandHome(negated ? raw.slice(1) : raw, env);
    const { base, rest } = splitPattern(path.resolve(dir, pattern));
    const matches = workspaceGlob(rest);
    if (negated) {
      exclude.push((file) => {
        const rel = path.relative(base, file).split(path.sep).join('/');
        return !rel.startsWith('..') && matches(rel);
      });
      continue;
    }
    if (!/[*?[]/.test(rest)) {
      const file = path.join(base, rest);
      try {
        if (statSync(file).isFile()) include.add(file);
      } catch {
        // no such file: nothing to hash
      }
      continue;
    }
    walk(base, (rel) => matches(rel) && include.add(path.join(base, rel)), budget);
  }
  return [...include].filter((file) => !exclude.some((e) => e(file))).sort();
}

/** One digest over the matched files' paths (relative to `dir`) and contents; '' when none match. */
export function hashDependencyFiles(dir: string, patterns: readonly string[], env: NodeJS.ProcessEnv = process.env): { digest: string; files: number } {
  const files = matchDependencyFiles(dir, patterns, env);
  if (files.length === 0) return { digest: '', files: 0 };
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${path.relative(dir, file)}\0${fileDigest(file)}\n`);
  return { digest: hash.digest('hex'), files: files.length };
}

/**
 * Real git repositories for tests, in directories made with fixture-project.ts:
 *
 *   const dir = makeProject({ 'pyproject.toml': '...', 'uv.lock': '...' });
 *   initGitRepo(dir);                 // git init, nothing committed
 *   commitFiles(dir, ['uv.lock']);    // git add + commit with a fixed test identity
 *   outsideAnyRepo(dir);              // GIT_CEILING_DIRECTORIES so git never finds a repo above `dir`
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const IDENTITY = ['-c', 'user.name=lockstep test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];

/** Runs git in `dir` with a test identity (never the developer's config for commits) and returns stdout. */
export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
}

export function initGitRepo(dir: string): void {
  gitIn(dir, 'init', '--quiet', '--initial-branch', 'main');
}

/** Stages `paths` (relative to `dir`) and commits them. */
export function commitFiles(dir: string, paths: string[], message = 'test commit'): void {
  gitIn(dir, 'add', '--', ...paths);
  gitIn(dir, 'commit', '--quiet', '--no-verify', '--message', message);
}

/**
 * Makes git treat `dir` as outside any repository even if the temp dir sits inside one, by setting
 * GIT_CEILING_DIRECTORIES in process.env (git runs inherit it). Returns a function that restores it.
 */
export function outsideAnyRepo(dir: string): () => void {
  const previous = process.env.GIT_CEILING_DIRECTORIES;
  process.env.GIT_CEILING_DIRECTORIES = path.dirname(dir);
  return () => {
    if (previous === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = previous;
  };
}

/**
 * `uv lock --upgrade-package A --upgrade-package B …` (and any other `uv lock` args) for the bots: one invocation per group of
 * packages that move together (not per package), args as an array, output kept for the PR body when it
 * fails.
 */
import { LockstepError } from '../core/errors.js';
import { ProcessTimeoutError, type RunProcess } from './process.js';

export interface UvLockRunner {
  binary: string;
  run: RunProcess;
  env: NodeJS.ProcessEnv;
  /** Added to every `uv lock` (e.g. `--default-index URL`). */
  extraArgs?: readonly string[];
  /** Per invocation (default 10 minutes). */
  timeoutMs?: number;
}

export type UvLockOutcome = { ok: true; command: string } | { ok: false; command: string; error: string };

/** The last lines of uv's error output that say why (uv prints the cause chain last). */
function tail(text: string, lines = 6): string {
  return text.trim().split('\n').filter((l) => l.trim() !== '').slice(-lines).join('\n');
}

export async function uvLockUpgrade(uv: UvLockRunner, projectDir: string, packages: readonly string[]): Promise<UvLockOutcome> {
  return uvLock(uv, projectDir, packages.flatMap((p) => ['--upgrade-package', p]));
}

/** `uv lock ARGS… EXTRA_ARGS…` (the refresh bot passes `--upgrade`, `--upgrade-package name==version`, `--exclude-newer`). */
export async function uvLock(uv: UvLockRunner, projectDir: string, lockArgs: readonly string[]): Promise<UvLockOutcome> {
  const args = ['lock', ...lockArgs, ...(uv.extraArgs ?? [])];
  const command = `uv ${args.join(' ')}`;
  let result;
  try {
    result = await uv.run(uv.binary, args, { cwd: projectDir, env: { ...uv.env, NO_COLOR: '1' }, timeoutMs: uv.timeoutMs ?? 600_000 });
  } catch (error) {
    if (error instanceof ProcessTimeoutError) return { ok: false, command, error: error.message };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new LockstepError(`cannot run uv (${uv.binary}): not found`, { hint: 'Run the lockstep setup step first (it puts uv on PATH), or pass the uv binary (input `uv` / --uv).' });
    }
    throw error;
  }
  if (result.exitCode === 0) return { ok: true, command };
  return { ok: false, command, error: tail(result.stderr || result.stdout) || `exit ${result.exitCode}` };
}

import path from 'node:path';
import type { Runner } from '../adapters/runner.js';
import { LockstepError } from '../core/errors.js';

/**
 * How a job step ends on an error. Bad input (a LockstepError) is ONE error annotation on its file —
 * errors name files relative to the project folder (or absolutely), annotations want them relative to
 * the repository — with the hint. Anything else is a bug: its message fails the step and the stack
 * goes to the debug log.
 */
export function failStep(runner: Runner, error: unknown, job: string, where: { workspace: string; projectDir: string }): void {
  if (error instanceof LockstepError) {
    const file = error.file ? path.relative(where.workspace, path.resolve(where.projectDir, error.file)).split(path.sep).join('/') || error.file : undefined;
    runner.error(`${error.message}${error.hint ? ` ${error.hint}` : ''}`, { file, line: error.line, column: error.column, title: `lockstep ${job}` });
    runner.markFailed(); // the annotation above is the one the user sees
    return;
  }
  runner.debug((error as Error)?.stack ?? String(error));
  runner.setFailed(`lockstep ${job} failed: ${(error as Error)?.message ?? String(error)}`);
}

/**
 * Registers the Python traceback matchers (core/setup/problem-matchers.ts) with the runner: the JSON
 * goes to a file under RUNNER_TEMP (the runner reads it when it sees the command) and the runner gets
 * `::add-matcher::FILE`. From then on, every step of the job is matched.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PYTHON_PROBLEM_MATCHERS } from '../core/setup/problem-matchers.js';
import type { Runner } from './runner.js';

export function registerPythonProblemMatchers(runner: Runner, env: NodeJS.ProcessEnv): string {
  const dir = env.RUNNER_TEMP || os.tmpdir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'lockstep-python-problem-matchers.json');
  writeFileSync(file, `${JSON.stringify(PYTHON_PROBLEM_MATCHERS, null, 2)}\n`);
  runner.addProblemMatcher(file);
  return file;
}

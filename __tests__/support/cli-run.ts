/**
 * The CLI run in-process with its output captured, and the process environment put back after a test
 * file changed it (the CLI reads process.env, as it does in real use).
 *
 *   const saved = { ...process.env };
 *   Object.assign(process.env, world.env());
 *   const r = await runCapturedCli(['check', dir, '--online']);   // { code, stdout, stderr }
 *   afterAll(() => restoreEnv(saved));
 */
import { runCli } from '../../src/cli/main.js';

export async function runCapturedCli(argv: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** Puts process.env back to `saved`: keys added since are deleted, changed ones restored. */
export function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
}

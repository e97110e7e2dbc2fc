/**
 * The CLI run in-process with its output captured, and the process environment put back after a test
 * file changed it (the CLI reads process.env, as it does in real use).
 *
 *   const saved = { ...process.env };
 *   Object.assign(process.env, world.env());
 *   const r = await runCapturedCli(['check', dir, '--online']);   // { code, stdout, stderr }
 *   afterAll(() => restoreEnv(saved));
 *   expect(unwrapText(r.stdout)).toMatch(/^uv\.lock: warning lock-untracked: .*`git add uv\.lock`$/m);
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

/**
 * The text report with its wrapped lines joined: each line indented by 4 spaces (a continuation, or a
 * problem block's "on …" / "fix: …" line) is appended to the line before, so each finding or problem
 * block reads as one line, whatever the terminal width the report wraps to.
 */
export function unwrapText(text: string): string {
  return text.replace(/\n {4,}/g, ' ');
}

/** `lockstep <command> ...`: dispatches to a subcommand and turns errors into exit codes. */
import { redact } from '../adapters/outgoing.js';
import { inertOutputChunk } from '../adapters/workflow-commands.js';
import { escapeTerminalText } from '../core/security/neutralise.js';
import { LockstepError } from '../core/errors.js';
import { COMMANDS } from './commands/index.js';
import { UsageError } from './usage.js';
import type { CliIo } from './usage.js';
import { VERSION } from './version.js';

function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: lockstep <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `lockstep <command> --help` for a command\'s options; `lockstep --version` prints the version.',
    '',
  ].join('\n');
}

/**
 * The process's streams. Our output carries names and URLs from the lock a pull request controls:
 * credentials are redacted, terminal controls (ANSI/OSC escapes, bidi overrides) are shown as `\uNNNN`
 * instead of obeyed, and inside an Actions step (`run: lockstep check`), where the runner reads
 * workflow commands from the streams, text that could issue one is made inert.
 */
export function processIo(env: NodeJS.ProcessEnv = process.env): Pick<CliIo, 'stdout' | 'stderr' | 'commands'> {
  const safe = (t: string) => escapeTerminalText(redact(t));
  const guard = env.GITHUB_ACTIONS === 'true' ? (t: string) => inertOutputChunk(safe(t)) : safe;
  return {
    stdout: (t) => void process.stdout.write(guard(t)),
    stderr: (t) => void process.stderr.write(guard(t)),
    // Our own workflow commands (escaped where they are built): redacted, never made inert.
    commands: (t) => void process.stdout.write(redact(t)),
  };
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const streams = io?.stdout && io?.stderr ? null : processIo();
  const out: CliIo = {
    stdout: io?.stdout ?? streams!.stdout,
    stderr: io?.stderr ?? streams!.stderr,
    commands: io?.commands ?? (io?.stdout ? io.stdout : streams!.commands),
    cwd: io?.cwd ?? process.cwd(),
  };
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    out.stdout(`lockstep ${VERSION}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      out.stderr(topLevelHelp());
      return 2;
    }
    out.stdout(topLevelHelp());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    out.stderr(`lockstep: unknown command '${name}'.\n${topLevelHelp()}`);
    return 2;
  }
  try {
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`lockstep ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof LockstepError) {
      out.stderr(`lockstep ${name}: ${error.describe()}\n`);
      return 2;
    }
    out.stderr(`lockstep ${name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 70; // EX_SOFTWARE: a crash must not read as 0 (clean) or 1 (findings) or 2 (user input)
  }
}

/** Errors in how the CLI was called (exit code 2), and the small I/O seam commands write through. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Where a command writes; tests pass buffers, the entry passes process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * stdout for workflow commands lockstep writes on purpose (`--format github`), every untrusted part
   * escaped: not made inert inside an Actions step, unlike `stdout`. Defaults to `stdout`.
   */
  commands?: (text: string) => void;
  /** Directory relative PROJECT_DIR arguments resolve against. */
  cwd: string;
}

/** One `lockstep <name>` subcommand. Adding a command = one file exporting this + one line in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `lockstep --help`. */
  summary: string;
  /** Full `lockstep <name> --help` text. */
  help: string;
  /** Returns the process exit code: 0 ok, 1 findings/failure, 2 usage or bad input. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** `--python 3.11,3.12 --python 3.13` → ['3.11', '3.12', '3.13'] (repeatable and comma-separated). */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Levenshtein distance, for "did you mean" (option names are short: the table is tiny). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The usage error for a failed `parseArgs`: node's message, plus "did you mean `--python`?" when an
 * unknown option is a typo of a known one, plus where the options are listed.
 */
export function argsError(error: unknown, command: string, options: Record<string, unknown>): UsageError {
  const message = (error as Error).message;
  const unknown = /Unknown option '(-{1,2}[^'=]+)/.exec(message)?.[1];
  let text = message;
  if (unknown) {
    const typed = unknown.replace(/^-+/, '');
    const best = Object.keys(options)
      .map((name) => ({ name, distance: editDistance(typed, name) }))
      .sort((x, y) => x.distance - y.distance)[0];
    const close = best && best.distance <= Math.max(1, Math.floor(best.name.length / 3));
    text = `Unknown option ${unknown}.${close ? ` Did you mean \`--${best.name}\`?` : ''}`;
  }
  return new UsageError(`${text}\nRun \`lockstep ${command} --help\` for the options.`);
}

/** `parseArgs` for a subcommand: a bad flag is a UsageError (exit 2) with "did you mean" and where to look. */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw argsError(error, command, config.options ?? {});
  }
}

/** Errors in how the CLI was called (exit code 2), and the small I/O seam commands write through. */
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

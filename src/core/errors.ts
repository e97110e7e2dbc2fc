/**
 * Errors a user can act on: every one names the file (and line/column where known) and says what to do.
 * The runner adapter turns them into annotations; the CLI prints them as `file:line:col: message`.
 */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

export class LockstepError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** One line telling the user what to do about it. */
  readonly hint?: string;

  constructor(message: string, options: Partial<SourcePosition> & { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LockstepError';
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }

  /** `file:line:col: message (hint)`, the shape compilers use, so editors and people can jump to it. */
  describe(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? `\n  ${this.hint}` : ''}`;
  }
}

/** Malformed TOML or a value of the wrong shape in pyproject.toml / uv.lock / uv.toml. */
export class ParseError extends LockstepError {
  constructor(message: string, position: SourcePosition & { hint?: string; cause?: unknown }) {
    super(message, position);
    this.name = 'ParseError';
  }
}

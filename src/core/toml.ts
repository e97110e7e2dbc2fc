import { parse, TomlError } from 'smol-toml';
import { ParseError } from './errors.js';

export type TomlTable = Record<string, unknown>;

/** Parses TOML text; a syntax error becomes a ParseError with the file, line and column smol-toml found. */
export function parseToml(text: string, file: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document:\s*/, '') ?? 'invalid TOML';
      throw new ParseError(`invalid TOML: ${reason}`, {
        file,
        line: error.line,
        column: error.column,
        hint: `Fix the syntax at line ${error.line}, column ${error.column} of ${file}.`,
        cause: error,
      });
    }
    throw error;
  }
}

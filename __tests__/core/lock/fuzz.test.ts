/**
 * Property tests: whatever bytes arrive, the parsers either return a model or throw ParseError (with a
 * file and, for syntax errors, a line) — never a TypeError, RangeError or any other crash.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ParseError } from '../../../src/core/errors.js';
import { locateTableHeaders, locateValues } from '../../../src/core/lock/locate.js';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { parseLock } from '../../../src/core/lock/uvlock.js';
import { readCorpus } from './corpus-files.js';

// Small real inputs keep each run fast; mutations reach every part of the grammar they use.
const LOCK = readCorpus('astral-sh__uv-fastapi-example', 'uv.lock').slice(0, 12_000);
const PYPROJECT = readCorpus('fishaudio__fish-speech', 'pyproject.toml');

/** One edit of the text: delete, insert, replace or duplicate a slice; tokens TOML cares about are favoured. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', "'", '[', ']', '{', '}', '=', '\n', '#', '"""', '[[package]]\n', ',', '1', 'true', '\\', '\u0000', 'version = 2\n')) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.constantFrom('1', '"x"', '[]', '{}', 'true', '[1, "a"]', '{ registry = 3 }') }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

type Edit = { kind: string; at: number; length?: number; text?: string; with?: string };

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length!);
    else if (edit.kind === 'insert') out = out.slice(0, at) + edit.text! + out.slice(at);
    else if (edit.kind === 'duplicate') out = out.slice(0, at) + out.slice(at, at + edit.length!) + out.slice(at);
    else {
      // Replace the value after the next `= ` with another type (a schema error, not a syntax error).
      const eq = out.indexOf('= ', at);
      if (eq < 0) continue;
      const end = out.indexOf('\n', eq);
      out = out.slice(0, eq + 2) + edit.with! + (end < 0 ? '' : out.slice(end));
    }
  }
  return out;
}

function parsesOrParseError(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.file).toBeTruthy();
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('fuzzing the parsers', () => {
  it('parseLock on mutated corpus lock text returns or throws ParseError', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = apply(LOCK, edits);
        parsesOrParseError(() => parseLock(text));
        // The position scanners never throw, whatever the text.
        locateValues(text);
        locateTableHeaders(text);
      }),
      { numRuns: 300 },
    );
  });

  it('parsePyproject on mutated corpus pyproject text returns or throws ParseError', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        parsesOrParseError(() => parsePyproject(apply(PYPROJECT, edits)));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings never crash either parser', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parsesOrParseError(() => parseLock(text));
        parsesOrParseError(() => parsePyproject(text));
      }),
      { numRuns: 300 },
    );
  });

  it('a huge lock (50k packages) parses', () => {
    const entry = (i: number): string => `[[package]]\nname = "p${i}"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\nwheels = [{ url = "https://x/p${i}-1.0-py3-none-any.whl" }]\n`;
    const text = `version = 1\nrevision = 3\nrequires-python = ">=3.10"\n\n${Array.from({ length: 50_000 }, (_, i) => entry(i)).join('\n')}`;
    const lock = parseLock(text);
    expect(lock.packages).toHaveLength(50_000);
    expect(lock.packages[49_999]!.line).toBe(4 + 49_999 * 6 + 1);
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse, TomlError } from 'smol-toml';
import { ParseError } from '../../../src/core/errors.js';
import { parseToml } from '../../../src/core/toml.js';
import { readUvLockToml } from '../../../src/core/lock/uvlock-reader.js';
import { parseLock } from '../../../src/core/lock/uvlock.js';
import { corpusProjects, readCorpus } from './corpus-files.js';

const projects = corpusProjects();

/** smol-toml's result, or the TomlError it threw. */
function smol(text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof TomlError) return error;
    throw error;
  }
}

describe('readUvLockToml on the corpus', () => {
  it('has corpus locks to compare against', () => {
    expect(projects.length).toBeGreaterThan(10);
  });

  it.each(projects)('%s reads to exactly what smol-toml parses', (project) => {
    const text = readCorpus(project, 'uv.lock');
    const fast = readUvLockToml(text);
    expect(fast).not.toBeNull();
    expect(fast).toStrictEqual(parse(text));
  });

  it('reads a lock with CRLF line endings (a Windows checkout) like smol-toml', () => {
    const text = readCorpus('karpathy__nanochat', 'uv.lock').replace(/\n/g, '\r\n');
    const fast = readUvLockToml(text);
    expect(fast).not.toBeNull();
    expect(fast).toStrictEqual(parse(text));
  });
});

const PACKAGE_A = '[[package]]\nname = "a"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\n';

describe('readUvLockToml outside the uv.lock subset', () => {
  // Valid TOML uv does not write: the reader declines, and parseLock still reads it through smol-toml.
  const valid: Array<[string, string]> = [
    ['a literal string', "x = 'a'"],
    ['a multi-line string', 'x = """a\nb"""'],
    ['a \\u escape', 'x = "caf\\u00e9"'],
    ['a float', 'x = 1.5'],
    ['an exponent', 'x = 1e3'],
    ['a negative integer', 'x = -1'],
    ['a hexadecimal integer', 'x = 0x10'],
    ['an integer with underscores', 'x = 1_000'],
    ['a date', 'x = 2024-01-01T00:00:00Z'],
    ['a dotted key', 'a.b = "c"'],
    ['a spaced header', '[ options ]\nx = 1'],
    ['an implicit parent table', '[options.deep]\nx = 1'],
    ['a multi-line inline table', 'x = { a = 1,\n b = 2 }'],
  ];

  it.each(valid)('declines %s, and parseLock reads the lock through smol-toml', (_what, snippet) => {
    const text = `version = 1\nrevision = 3\n\n${PACKAGE_A}${snippet}\n`;
    const expected = smol(text);
    expect(expected).not.toBeInstanceOf(TomlError);
    expect(readUvLockToml(text)).toBeNull();
    expect(parseLock(text).packages.map((p) => p.name)).toEqual(['a']);
  });

  // Invalid TOML: the reader declines, so the user gets smol-toml's error with its line and column.
  const invalid: Array<[string, string, number]> = [
    ['a duplicate key', 'version = 1\nversion = 1\n', 2],
    ['a duplicate [[package]] table header', 'version = 1\n[[package]]\nname = "a"\n[package]\nname = "b"\n', 4],
    ['an integer too large for a double', 'version = 1\nsize = 99999999999999999999\n', 2],
    ['a leading zero', 'version = 1\nsize = 012\n', 2],
    ['an unterminated string', 'version = 1\n[[package]]\nname = "a\n', 3],
    ['two values on a line', 'version = 1\nrevision = 3 x = 1\n', 2],
    ['a control character in a comment', 'version = 1 # \u0001\n', 1],
  ];

  it.each(invalid)('declines %s, and parseLock throws the ParseError at its line', (_what, text, line) => {
    expect(smol(text)).toBeInstanceOf(TomlError);
    expect(readUvLockToml(text)).toBeNull();
    let error: unknown;
    try {
      parseLock(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    const { line: errorLine, column } = error as ParseError;
    expect(errorLine).toBe(line);
    expect(column).toBeGreaterThan(0);
    // The same error the TOML front end reports for the file on its own.
    expect(() => parseToml(text, 'uv.lock')).toThrow((error as ParseError).message);
  });
});

/** The lock's text up to the last `[[package]]` that starts within 8 kB: whole entries, still valid TOML. */
function headOf(project: string): string {
  const text = readCorpus(project, 'uv.lock');
  const cut = text.lastIndexOf('\n[[package]]', 8_000);
  return cut < 0 ? text : text.slice(0, cut + 1);
}

// Real uv.lock text: a small lock whole, plus the part of a large one with conflicts, markers, a
// comment and optional dependencies.
const SOURCES = [headOf('astral-sh__uv-fastapi-example'), headOf('karpathy__nanochat')];

/** One edit of the text; tokens at the edges of the subset (and of TOML) are favoured. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '"', "'", '[', ']', '[[', ']]', '{', '}', '=', ',', '.', ' ', '\t', '\n', '\r', '\r\n', '#', '# x\n',
        '"""', '\\', '\\"', '\\n', '\\u0041', '\\x41', '\\e', '\u0000', '\u007f', '1', '0', '-1', '1.5', '1e3',
        '0x1', '1_0', '99999999999999999999', 'true', 'false', 'inf', '2024-01-01', 'a.b = 1\n', '__proto__',
        '[[package]]\n', '[package.metadata]\n', '[__proto__]\n', '[options]\n', 'name = "x"\n', 'x = {}\n',
        'x = []\n', '\uFEFF',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
);

type Edit = { kind: 'delete' | 'insert' | 'duplicate'; at: number; length?: number; text?: string };

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length!);
    else if (edit.kind === 'insert') out = out.slice(0, at) + edit.text! + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + edit.length!) + out.slice(at);
  }
  return out;
}

describe('readUvLockToml on mutated locks', () => {
  it('returns what smol-toml returns, or null — never another object, never a throw', () => {
    let read = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 1, maxLength: 3 }), (source, edits) => {
        const text = apply(source, edits as Edit[]);
        const expected = smol(text);
        const fast = readUvLockToml(text);
        if (fast === null) {
          declined++;
          return;
        }
        read++;
        expect(expected).not.toBeInstanceOf(TomlError);
        expect(fast).toStrictEqual(expected);
      }),
      { numRuns: 1500 },
    );
    // The property says something only if both branches were taken often.
    expect(read).toBeGreaterThan(100);
    expect(declined).toBeGreaterThan(100);
  });
});

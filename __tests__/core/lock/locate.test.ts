import { describe, expect, it } from '@jest/globals';
import { parse } from 'smol-toml';
import { locateTableHeaders, locateValues } from '../../../src/core/lock/locate.js';
import { corpusProjects, readCorpus } from './corpus-files.js';

const TRICKY = [
  '# [[package]] in a comment is not a header',
  'title = "a \\"quoted\\" [[package]] string" # trailing comment',
  "lit = 'C:\\path\\[x]'",
  'multi = """',
  '[[package]]',
  'still inside """',
  "multi_lit = '''",
  '[not.a.header]',
  "'''",
  'arr = [',
  '  [1, 2], # nested',
  '[3],',
  ']',
  'inline = { a = 1, "b.c" = { d = [true, false] } }',
  '"quoted key" = 1979-05-27T07:32:00Z',
  'dotted.key.path = 3.5',
  '',
  '[[package]]',
  'name = "first"',
  '[package.metadata]',
  'requires-dist = [{ name = "x", specifier = ">=1" }]',
  '',
  '  [[package]]  # indented header',
  'name = "second"',
  '[[package.wheels]]',
  'url = "w1"',
  '[[package.wheels]]',
  'url = "w2"',
  '[ "tool" . uv ]',
  'x = 1',
  '',
].join('\n');

describe('locateValues', () => {
  const text = TRICKY;
  const loc = locateValues(text);
  const at = (path: (string | number)[]): string => {
    const span = loc.get(path)!;
    expect(span).toBeDefined();
    return text.slice(span.start, span.end);
  };

  it('is given text smol-toml accepts', () => {
    expect(() => parse(text)).not.toThrow();
  });

  it('records spans of strings (quotes included), arrays, inline tables and scalars', () => {
    expect(at(['title'])).toBe('"a \\"quoted\\" [[package]] string"');
    expect(at(['arr', 0])).toBe('[1, 2]');
    expect(at(['arr', 1, 0])).toBe('3');
    expect(at(['inline', 'b.c', 'd', 1])).toBe('false');
    expect(at(['quoted key'])).toBe('1979-05-27T07:32:00Z');
    expect(at(['dotted', 'key', 'path'])).toBe('3.5');
    expect(at(['package', 0, 'metadata', 'requires-dist', 0, 'specifier'])).toBe('">=1"');
    expect(at(['package', 1, 'wheels', 1, 'url'])).toBe('"w2"');
    expect(at(['tool', 'uv', 'x'])).toBe('1');
  });

  it('gives 1-based lines and columns that hold the value', () => {
    const span = loc.get(['package', 1, 'name'])!;
    const line = text.split('\n')[span.line - 1]!;
    expect(line.slice(span.column - 1)).toBe('"second"');
  });

  it('finds only real headers, skipping comments, strings and nested arrays', () => {
    expect(loc.tableHeaderLines('package')).toEqual([18, 23]);
    expect(loc.tableHeaderLines('package.wheels')).toEqual([25, 27]);
    expect(loc.tableHeaderLines('not.a.header')).toEqual([]);
    expect(loc.tableHeaderLines('tool.uv')).toEqual([29]);
    expect(locateTableHeaders(text).get('package')).toEqual([18, 23]);
    expect(locateTableHeaders(text).get('not.a.header')).toBeUndefined();
  });

  it('decodes escaped keys, so quoted keys with escapes are addressable', () => {
    const escaped = '"a\\tb\\u00e9\\\\\\"" = 1\nm = """x \\""" y"""\nz = 2\n';
    expect(parse(escaped)).toEqual({ 'a\tbé\\"': 1, m: 'x """ y', z: 2 });
    const loc = locateValues(escaped);
    expect(loc.get(['a\tbé\\"'])).toMatchObject({ line: 1 });
    expect(loc.get(['z'])).toMatchObject({ line: 3, column: 5 });
  });

  it('stops quietly on text it cannot follow and keeps what it found', () => {
    const broken = locateValues('a = 1\nb = "unterminated\nc = 3\n');
    expect(broken.get(['a'])).toMatchObject({ line: 1, column: 5 });
    expect(broken.get(['c'])).toBeUndefined();
  });
});

describe('positions on the corpus', () => {
  it.each(corpusProjects())('%s: the fast header scan agrees with the full scan, and requirement spans hold the string', (project) => {
    const lock = readCorpus(project, 'uv.lock');
    const full = locateValues(lock).tableHeaderLines('package');
    expect(locateTableHeaders(lock).get('package')).toEqual(full);
    expect(full.length).toBe((parse(lock).package as unknown[]).length);

    const pyproject = readCorpus(project, 'pyproject.toml');
    const doc = parse(pyproject) as { project?: { dependencies?: string[] } };
    const loc = locateValues(pyproject);
    (doc.project?.dependencies ?? []).forEach((req, i) => {
      const span = loc.get(['project', 'dependencies', i])!;
      // The span is the TOML string literal; decoding it gives back the requirement.
      expect(parse(`v = ${pyproject.slice(span.start, span.end)}`).v).toBe(req);
      expect(pyproject.split('\n')[span.line - 1]).toContain(pyproject.slice(span.start, span.end).split('\n')[0]);
    });
  });
});

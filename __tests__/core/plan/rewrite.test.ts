// Byte-exact pin rewrites: the golden test runs over every corpus pyproject.toml with pins
// (/work/shared/corpus, read-only) and bumps every pin; nothing outside the changed versions may move.
import { describe, expect, it } from '@jest/globals';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { findPins, rewritePins, type Pin } from '../../../src/core/plan/index.js';
import { parseToml } from '../../../src/core/toml.js';
import { corpusProjects, readCorpus } from '../lock/corpus-files.js';

/** A different version of the same shape: every release digit +1, the local label kept. */
function nextVersion(version: string): string {
  const [pub, local] = version.split('+');
  const bumped = pub!.replace(/\d+/g, (d) => String(Number(d) + 1));
  return local === undefined ? bumped : `${bumped}+${local}`;
}

/** Replaces string values equal to a key of `map` anywhere in a parsed TOML document. */
function mapStrings(value: unknown, map: Map<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  }
  return value;
}

function bumpAll(text: string): { out: string; pins: Pin[]; newRaw: Map<string, string> } {
  const pins = findPins(parsePyproject(text));
  const newRaw = new Map<string, string>();
  const edits = pins.map((pin) => {
    const to = nextVersion(pin.version);
    const spec = pin.raw.slice(pin.specifierRange[0], pin.specifierRange[1]);
    newRaw.set(pin.raw, pin.raw.slice(0, pin.specifierRange[0]) + spec.replace(pin.version, to) + pin.raw.slice(pin.specifierRange[1]));
    return { pin, to };
  });
  return { out: rewritePins(text, edits), pins, newRaw };
}

/** Every line is unchanged, or is the old line with one pinned requirement string swapped for its bumped form. */
function expectOnlyPinsChanged(before: string, after: string, newRaw: Map<string, string>): void {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    let line = a[i]!;
    for (const [oldRaw, raw] of newRaw) if (line.includes(oldRaw)) line = line.replace(oldRaw, raw);
    expect({ line: i + 1, text: b[i] }).toEqual({ line: i + 1, text: line });
  }
}

const withPins = corpusProjects().filter((p) => findPins(parsePyproject(readCorpus(p, 'pyproject.toml'))).length > 0);

describe('rewritePins golden test on the corpus', () => {
  it('covers several corpus projects', () => {
    expect(withPins.length).toBeGreaterThanOrEqual(8);
  });

  it.each(withPins)('%s: only the pinned versions change', (project) => {
    const text = readCorpus(project, 'pyproject.toml');
    const { out, pins, newRaw } = bumpAll(text);
    expectOnlyPinsChanged(text, out, newRaw);
    // Same document apart from the bumped strings; the bumped file still parses to the same pins.
    expect(parseToml(out, 'pyproject.toml')).toEqual(mapStrings(parseToml(text, 'pyproject.toml'), newRaw));
    const again = findPins(parsePyproject(out));
    expect(again.map((p) => [p.name, p.version, p.section])).toEqual(pins.map((p) => [p.name, nextVersion(p.version), p.section]));
    expect(out.length - text.length).toBe(pins.reduce((n, p) => n + nextVersion(p.version).length - p.version.length, 0));
  });
});

describe('rewritePins on hand-written corner cases', () => {
  const text = [
    '[project]',
    'name = "x"',
    'dependencies = [',
    "  'beta == 1.0.0',          # literal string, spaces around ==",
    '  "torch==2.5.1+cu124 ; sys_platform == \'linux\'",',
    '  "\\u0061lpha==1.0",       # an escape in the name',
    ']',
    '[project.optional-dependencies]',
    'gpu = [ "gamma[cuda]==3.0.0" ]',
    '[dependency-groups]',
    'dev = ["pytest==8.3.4", { include-group = "lint" }]',
    'lint = ["ruff>=0.6"]',
    '[tool.uv]',
    'override-dependencies = ["numpy==1.26.4"]',
    'constraint-dependencies = ["""scipy==1.14.1"""]',
    '',
  ].join('\r\n');

  it('finds every == pin in every section, in file order', () => {
    const pins = findPins(parsePyproject(text));
    expect(pins.map((p) => `${p.section}:${p.name}==${p.version}@${p.line}`)).toEqual([
      'project.dependencies:beta==1.0.0@4',
      'project.dependencies:torch==2.5.1+cu124@5',
      'project.dependencies:alpha==1.0@6',
      'project.optional-dependencies.gpu:gamma==3.0.0@9',
      'dependency-groups.dev:pytest==8.3.4@11',
      'tool.uv.override-dependencies:numpy==1.26.4@14',
      'tool.uv.constraint-dependencies:scipy==1.14.1@15',
    ]);
  });

  it('keeps quotes, spacing, markers, extras, CRLF line endings and comments', () => {
    const { out } = bumpAll(text);
    expect(out).toBe(
      text
        .replace("'beta == 1.0.0'", "'beta == 2.1.1'")
        .replace('torch==2.5.1+cu124', 'torch==3.6.2+cu124')
        .replace('\\u0061lpha==1.0', '\\u0061lpha==2.1')
        .replace('gamma[cuda]==3.0.0', 'gamma[cuda]==4.1.1')
        .replace('pytest==8.3.4', 'pytest==9.4.5')
        .replace('numpy==1.26.4', 'numpy==2.27.5')
        .replace('scipy==1.14.1', 'scipy==2.15.2'),
    );
  });

  it('leaves unchanged pins alone, edits around escaped quotes, and refuses an escaped version', () => {
    const pins = findPins(parsePyproject(text));
    expect(rewritePins(text, pins.map((pin) => ({ pin, to: pin.version })))).toBe(text);
    const quoted = '[project]\nname = "x"\ndependencies = ["a==1.0 ; extra == \\"1.0\\" or python_version==\\"1.0\\""]\n';
    const [a] = findPins(parsePyproject(quoted));
    expect(rewritePins(quoted, [{ pin: a!, to: '2.0' }])).toBe(quoted.replace('a==1.0', 'a==2.0'));
    const escaped = '[project]\nname = "x"\ndependencies = ["b==\\u0031.0"]\n';
    const [b] = findPins(parsePyproject(escaped));
    expect(b!.version).toBe('1.0');
    expect(() => rewritePins(escaped, [{ pin: b!, to: '2.0' }])).toThrow(/cannot rewrite b==1\.0/);
  });
});

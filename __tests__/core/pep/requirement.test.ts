import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { exactPin, parseRequirement } from '../../../src/core/pep/requirement.js';
import { corpusRequirementStrings } from './corpus.js';

interface Expected {
  name: string;
  extras?: string[];
  specifier?: string;
  url?: string | null;
  marker?: string | null;
}

// Vectors: pypa/packaging tests/test_requirements.py (TestRequirements). Specifiers are kept in the
// order written (packaging sorts them when printing; we keep the user's text for byte-exact rewrites).
const VALID: Array<[string, Expected]> = [
  ['A', { name: 'A' }],
  ['aa', { name: 'aa' }],
  ['name', { name: 'name' }],
  ['foo-bar.quux_baz', { name: 'foo-bar.quux_baz' }],
  ['name>=3', { name: 'name', specifier: '>=3' }],
  ['name (==4)', { name: 'name', specifier: '==4' }],
  ['name>=3,<2', { name: 'name', specifier: '>=3,<2' }],
  ['name >=2, <3', { name: 'name', specifier: '>=2,<3' }],
  ['foobar [quux,bar]', { name: 'foobar', extras: ['quux', 'bar'] }],
  ['foo[]', { name: 'foo' }],
  ['name[bar]>=3; python_version == "2.7"', { name: 'name', extras: ['bar'], specifier: '>=3', marker: 'python_version == "2.7"' }],
  ['name@ http://foo.com', { name: 'name', url: 'http://foo.com' }],
  ['name@ http://foo.com ; extra == "feature"', { name: 'name', url: 'http://foo.com', marker: 'extra == "feature"' }],
  ['name @ file:///absolute/path', { name: 'name', url: 'file:///absolute/path' }],
  ['name @ file://.', { name: 'name', url: 'file://.' }],
  [
    "name [fred,bar] @ http://foo.com ; python_version=='2.7'",
    { name: 'name', extras: ['fred', 'bar'], url: 'http://foo.com', marker: "python_version=='2.7'" },
  ],
  [
    "foo @ https://example.com/name;v=1.1/?query=foo&bar=baz#blah ; python_version=='3.4'",
    { name: 'foo', url: 'https://example.com/name;v=1.1/?query=foo&bar=baz#blah', marker: "python_version=='3.4'" },
  ],
  [
    "name[quux, strange];python_version<'2.7' and platform_version=='2'",
    { name: 'name', extras: ['quux', 'strange'], marker: "python_version<'2.7' and platform_version=='2'" },
  ],
  ["name; os_name=='a' and os_name=='b' or os_name=='c'", { name: 'name', marker: "os_name=='a' and os_name=='b' or os_name=='c'" }],
  ['something>=1.2.3; sys_platform == "foo"', { name: 'something', specifier: '>=1.2.3', marker: 'sys_platform == "foo"' }],
  // Shapes from the corpus pyproject.toml files.
  ['torch==2.5.1', { name: 'torch', specifier: '==2.5.1' }],
  ['flash-attn==2.7.4.post1 ; sys_platform == "linux"', { name: 'flash-attn', specifier: '==2.7.4.post1', marker: 'sys_platform == "linux"' }],
  ['ray[default]>=2.40.0', { name: 'ray', extras: ['default'], specifier: '>=2.40.0' }],
  ['triton==3.1.0; platform_machine == "x86_64"', { name: 'triton', specifier: '==3.1.0', marker: 'platform_machine == "x86_64"' }],
  ['vllm===0.8.5+cu128', { name: 'vllm', specifier: '===0.8.5+cu128' }],
];

// Invalid inputs: packaging's test_invalid_name / test_invalid_marker / test_parseexception_error_msg /
// test_invalid_file_urls, plus legacy (non-PEP 440) versions, which current packaging also rejects.
const INVALID = [
  'foo!',
  'name; foobar==\'x\'',
  'toto 42',
  'name @ file:.x y',
  'name>=1.x.y',
  'name==1.0.org1',
  '',
  '   ',
  'name (>=1',
  'name[bar',
  'name[b@r]',
  'name @',
  'name @ https://x/y.whl extra',
  'name>=1 ;',
  'name >=1,,<',
  'name ==',
  '-leading-dash',
];

describe('parseRequirement (PEP 508)', () => {
  it.each(VALID)('%s', (text, expected) => {
    const req = parseRequirement(text);
    expect(req.name).toBe(expected.name);
    expect(req.extras).toEqual(expected.extras ?? []);
    expect(req.specifier).toBe(expected.specifier ?? '');
    expect(req.url).toBe(expected.url ?? null);
    expect(req.marker).toBe(expected.marker ?? null);
  });

  it.each(INVALID)('rejects %j with a LockstepError naming the input', (text) => {
    let error: unknown;
    try {
      parseRequirement(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockstepError);
    expect((error as LockstepError).message).toContain('Invalid requirement');
    expect((error as LockstepError).hint).toBeTruthy();
  });

  it('says where the problem is and what was expected', () => {
    expect(() => parseRequirement('toto 42')).toThrow(/column 6: expected a version specifier/);
    expect(() => parseRequirement('name; foobar==1')).toThrow(/known marker variable \(got 'foobar'\)/);
  });

  it('normalises the name (PEP 503) but keeps the spelling', () => {
    const req = parseRequirement('Flash_Attn==2.7.3');
    expect(req.name).toBe('Flash_Attn');
    expect(req.normalizedName).toBe('flash-attn');
  });

  it('records the byte range of the specifier so a pin can be rewritten in place', () => {
    const texts = [
      'torch==2.5.1',
      'torch == 2.5.1 ; sys_platform == "linux"',
      'numpy >=1.26, <2',
      'name (==4)',
      'ray[default, tune] >= 2.40.0;python_version>="3.10"',
    ];
    for (const text of texts) {
      const req = parseRequirement(text);
      const [start, end] = req.specifierRange!;
      const original = text.slice(start, end);
      expect(original.replace(/\s+/g, '')).toBe(req.specifier);
      // Rewriting the range yields a valid requirement with the new pin and everything else intact.
      const rewritten = parseRequirement(`${text.slice(0, start)}==9.9.9${text.slice(end)}`);
      expect(rewritten.specifier).toBe('==9.9.9');
      expect(rewritten.marker).toBe(req.marker);
      expect(rewritten.extras).toEqual(req.extras);
    }
    expect(parseRequirement('name').specifierRange).toBeNull();
    expect(parseRequirement('name @ https://x/y.whl').specifierRange).toBeNull();
  });

  it('keeps a ";" glued to a URL inside the URL (PEP 508 needs whitespace before the marker)', () => {
    const req = parseRequirement('name @ https://x/y.whl;python_version>"3"');
    expect(req.url).toBe('https://x/y.whl;python_version>"3"');
    expect(req.marker).toBeNull();
  });
});

describe('parseRequirement agrees with uv 0.13.9 (issue 11)', () => {
  // Each verdict was checked with `uv lock` on a pyproject.toml holding the requirement.
  it('ends a URL before "; " (uv accepts `@rev; marker` without a space before the ";")', () => {
    const req = parseRequirement("name @ git+https://host/repo@rev; sys_platform == 'linux'");
    expect(req.url).toBe('git+https://host/repo@rev');
    expect(req.marker).toBe("sys_platform == 'linux'");
  });
  it('rejects whitespace inside a version instead of deleting it', () => {
    expect(() => parseRequirement('pandas==2 .3.2')).toThrow(/no whitespace inside a version \(`==2 \.3\.2`\)/);
    expect(() => parseRequirement('flash-attn<=2.8.3 7')).toThrow(LockstepError);
    expect(() => parseRequirement('foo==1.0+ab c')).toThrow(LockstepError);
  });
  it('keeps whitespace around operators and clauses legal, and skips an empty trailing clause', () => {
    expect(parseRequirement('foo >= 1.0 , < 2 ; sys_platform == "linux"').specifier).toBe('>=1.0,<2');
    expect(parseRequirement('foo>=1.0,').specifier).toBe('>=1.0');
  });
  it.each([
    ['name @ ./local', './local'],
    ['name @ /abs/path', '/abs/path'],
    ['name @ ../sibling/pkg ; python_version >= "3.10"', '../sibling/pkg'],
  ])('accepts a path URL: %s', (text, url) => {
    expect(parseRequirement(text).url).toBe(url);
  });
});

describe('exactPin', () => {
  const cases: Array<[string, string | null]> = [
    ['torch==2.5.1', '2.5.1'],
    ['torch == 2.5.1+cu124', '2.5.1+cu124'],
    ['torch==2.5.*', null],
    ['torch>=2.5', null],
    ['torch==2.5.1,<3', null],
    ['torch===2.5.1', null],
    ['torch', null],
    ['torch @ https://download.pytorch.org/whl/cu124/torch-2.5.1%2Bcu124-cp311-cp311-linux_x86_64.whl', null],
  ];
  it.each(cases)('%s -> %s', (text, expected) => {
    expect(exactPin(parseRequirement(text))).toBe(expected);
  });
});

// The corpus is required test data (CI has it beside the checkout): a missing corpus fails, it does not skip.
const corpus = describe;
corpus('every requirement in the corpus pyproject.toml files', () => {
  // A one-off cross-check against pypa/packaging 26.2 (name, extras, SpecifierSet, url, marker) agreed on
  // all of them; here we keep what needs no oracle: they parse, and the specifier range is exact.
  it('parses, and the recorded specifier range holds exactly the specifier text', () => {
    const requirements = corpusRequirementStrings();
    expect(requirements.length).toBeGreaterThan(500);
    const problems: string[] = [];
    let pinned = 0;
    for (const { project, text } of requirements) {
      try {
        const req = parseRequirement(text);
        if (req.specifierRange) {
          const [start, end] = req.specifierRange;
          if (text.slice(start, end).replace(/\s+/g, '') !== req.specifier) problems.push(`${project}: range of ${text}`);
        } else if (req.specifier !== '') problems.push(`${project}: no range for ${text}`);
        if (exactPin(req) !== null) pinned++;
      } catch (error) {
        problems.push(`${project}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(pinned).toBeGreaterThan(50); // the essay's projects pin with ==; the corpus has plenty
  });
});

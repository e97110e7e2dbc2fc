import { describe, expect, it } from '@jest/globals';
import {
  compareVersions,
  isPrerelease,
  isValidSpecifier,
  isValidVersion,
  newestSatisfying,
  normalizeName,
  splitLocal,
  versionSatisfies,
} from '../../../src/core/pep/version.js';

describe('normalizeName (PEP 503)', () => {
  // Vectors: pypa/packaging tests/test_utils.py `test_canonicalize_name`.
  const cases: Array<[string, string]> = [
    ['foo', 'foo'],
    ['Foo', 'foo'],
    ['fOo', 'foo'],
    ['foo.bar', 'foo-bar'],
    ['Foo.Bar', 'foo-bar'],
    ['Foo.....Bar', 'foo-bar'],
    ['foo_bar', 'foo-bar'],
    ['foo___bar', 'foo-bar'],
    ['foo-bar', 'foo-bar'],
    ['foo----bar', 'foo-bar'],
    // packaging's `test_canonicalize_name_invalid` (without validate=True): still normalised.
    ['_not_legal', '-not-legal'],
  ];
  it.each(cases)('%s -> %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
  it('treats corpus spellings of the same project as one name', () => {
    expect(normalizeName('nvidia_cudnn_cu12')).toBe(normalizeName('nvidia-cudnn-cu12'));
    expect(normalizeName('Flash_Attn')).toBe('flash-attn');
  });
});

describe('compareVersions (PEP 440 order)', () => {
  // An ascending chain assembled from PEP 440's "summary of permitted suffixes and relative ordering".
  const ascending = [
    '1.0.dev456',
    '1.0a1',
    '1.0a2.dev456',
    '1.0a12.dev456',
    '1.0a12',
    '1.0b1.dev456',
    '1.0b2',
    '1.0b2.post345.dev456',
    '1.0b2.post345',
    '1.0rc1.dev456',
    '1.0rc1',
    '1.0',
    '1.0+abc.5',
    '1.0+abc.7',
    '1.0+5',
    '1.0.post456.dev34',
    '1.0.post456',
    '1.1.dev1',
    '2.5.1',
    '2.5.1+cu124',
    '2.10',
    '1!0.1',
  ];
  it('orders the PEP 440 example chain', () => {
    for (let i = 0; i + 1 < ascending.length; i++) {
      expect([ascending[i], compareVersions(ascending[i]!, ascending[i + 1]!)]).toEqual([ascending[i], -1]);
      expect(compareVersions(ascending[i + 1]!, ascending[i]!)).toBe(1);
    }
  });
  it('treats equivalent spellings as equal', () => {
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0RC1', '1.0rc1')).toBe(0);
    expect(compareVersions('v1.0', '1.0')).toBe(0);
  });
  it('sorts invalid versions first instead of throwing', () => {
    expect(compareVersions('not a version', '0.0.1')).toBe(-1);
    expect(compareVersions('1.0', 'garbage')).toBe(1);
  });
});

describe('versionSatisfies / newestSatisfying', () => {
  const cases: Array<[string, string, boolean]> = [
    ['2.5.1', '==2.5.1', true],
    ['2.5.1+cu124', '==2.5.1', true], // a public specifier ignores the local label
    ['2.5.1', '==2.5.1+cu124', false],
    ['2.5.1+cu124', '==2.5.1+cu124', true],
    ['2.5.1', '==2.5.*', true],
    ['2.6.0', '==2.5.*', false],
    ['1.26.4', '>=1.26,<2', true],
    ['2.0.0', '>=1.26,<2', false],
    ['2.2.1', '~=2.2', true],
    ['3.0', '~=2.2', false],
    ['1.0', '', true],
    ['2.0rc1', '>=1', false], // pre-releases excluded by default
    ['2.0rc1', '>=2.0rc1', true], // ... unless the specifier names one
    ['1.0.post1', '>1.0', false], // PEP 440: `>V` excludes post-releases of V
    ['nonsense', '>=1', false],
  ];
  it.each(cases)('%s in %j -> %s', (version, spec, expected) => {
    expect(versionSatisfies(version, spec)).toBe(expected);
  });
  it('admits pre-releases when asked', () => {
    expect(versionSatisfies('2.0rc1', '>=1', { prereleases: true })).toBe(true);
  });
  it('picks the newest final release, falling back to pre-releases only when nothing else fits', () => {
    const versions = ['2.4.0', '2.5.1', '2.6.0rc1', '2.5.0', '1.9'];
    expect(newestSatisfying(versions, '>=2')).toBe('2.5.1');
    expect(newestSatisfying(versions, '>2.5.1')).toBe('2.6.0rc1');
    expect(newestSatisfying(versions, '>2.5.1', { prereleases: false })).toBeNull();
    expect(newestSatisfying(versions, '>=2', { prereleases: true })).toBe('2.6.0rc1');
    expect(newestSatisfying(versions, '<1')).toBeNull();
    expect(newestSatisfying(['2.5.1+cu124', '2.5.1+cpu', '2.4.1'], '==2.5.1')).toMatch(/^2\.5\.1\+/);
  });
});

describe('small helpers', () => {
  it('isPrerelease', () => {
    expect(isPrerelease('1.0a1')).toBe(true);
    expect(isPrerelease('1.0.dev3')).toBe(true);
    expect(isPrerelease('1.0rc2')).toBe(true);
    expect(isPrerelease('1.0.post1')).toBe(false);
    expect(isPrerelease('1.0')).toBe(false);
    expect(isPrerelease('garbage')).toBe(false);
  });
  it('splitLocal splits on the first +', () => {
    expect(splitLocal('2.5.1+cu124')).toEqual({ public: '2.5.1', local: 'cu124' });
    expect(splitLocal('2.7.4.post1+cu12torch2.5cxx11abiFALSE')).toEqual({ public: '2.7.4.post1', local: 'cu12torch2.5cxx11abiFALSE' });
    expect(splitLocal('1.0')).toEqual({ public: '1.0', local: null });
  });
  it('isValidVersion / isValidSpecifier', () => {
    expect(isValidVersion('1.0.post1.dev2+abc.1')).toBe(true);
    expect(isValidVersion('1.x')).toBe(false);
    expect(isValidVersion('')).toBe(false);
    expect(isValidSpecifier('>=1,<2')).toBe(true);
    expect(isValidSpecifier('>= 1, < 2')).toBe(true);
    expect(isValidSpecifier('')).toBe(true);
    expect(isValidSpecifier('==1.*')).toBe(true);
    expect(isValidSpecifier('>=1.*')).toBe(false); // wildcards only with == / !=
    expect(isValidSpecifier('~=1')).toBe(false); // ~= needs two release segments
    expect(isValidSpecifier('>=1.0+local')).toBe(false); // local labels only with == / !=
    expect(isValidSpecifier('1.0')).toBe(false);
  });
});

describe('PEP 440 specifier rules that @renovatebot/pep440 got wrong (issue 11)', () => {
  // Each holds under the specification and in pypa/packaging 26 (SpecifierSet(spec).contains(v, prereleases=True)).
  const contained: Array<[string, string]> = [
    ['>1.0a1', '1.0'],
    ['>3.13.0rc1', '3.13.0'],
    ['>1.0.dev0', '1.0'],
    ['<1.7.post2', '1.7'],
    ['<1.0rc1', '1.0a1'],
    ['<2.0a1', '2.0.dev0'],
    ['>1.7', '1!1.7'],
    ['<1!0', '0'],
    ['==1.7.0.*', '1.7'],
    ['===foobar', 'foobar'],
    [' >= 1.0 ', ' 1.0 '],
    ['>=1.0,', '1.5'],
    // Found by the packaging differential test; uv 0.13.9 agrees: the exclusions concern releases *of V*.
    ['>1.0a1', '1.0b2.post3'],
    ['>1.7rc1', '1.7.post1'],
    ['>1.7rc1', '1.7+local'],
    ['>1.7.dev0', '1.7.post1'],
    ['<1.7.post2', '1.7rc1'],
    ['<1.0.post3', '1.0b2.post3'],
  ];
  it.each(contained)('%s contains %s', (spec, version) => {
    expect(versionSatisfies(version, spec, { prereleases: true })).toBe(true);
  });
  const excluded: Array<[string, string]> = [
    ['>1.7', '1.7.post1'], // a post-release of V is not "> V"
    ['>1.7', '1.7+local'], // nor a local version of it
    ['<1.7', '1.7rc1'], // a pre-release of V is not "< V" unless V is one
    ['>1!1.7', '1.8'], // epochs order first
    ['==1.7.*', '1.8'],
    ['===foobar', 'Foobaz'],
    ['===1.0', '1.0.0'], // arbitrary equality is string equality
    ['<1.7.post2', '1.7.post2.dev1'], // a pre-release of 1.7.post2
    ['<1.0', '1.0b2.post3'], // a pre-release of 1.0
    ['>1.0', '1.0.post1+local'],
    ['>1.7', '1.7.post1.dev1'],
  ];
  it.each(excluded)('%s excludes %s', (spec, version) => {
    expect(versionSatisfies(version, spec, { prereleases: true })).toBe(false);
  });
  it('a requires-python with an rc floor admits the final release', () => {
    expect(versionSatisfies('3.13.0', '>3.13.0rc1')).toBe(true);
  });
  it('rejects clauses the specification does not allow', () => {
    for (const bad of ['>=1.0+local', '~=1', '<=1.*', '==1.0a1.*', '== 1 .0', '>=1.0 2', 'foo']) expect(isValidSpecifier(bad)).toBe(false);
    for (const good of ['==1.0+local', '!=1.0.*', '~=1.0', '===anything', '>= 1.0 , < 2']) expect(isValidSpecifier(good)).toBe(true);
  });
  it('orders epochs above releases', () => {
    expect(compareVersions('1!0.1', '2.0')).toBe(1);
    expect(compareVersions('2.0', '1!0.1')).toBe(-1);
  });
});

import { describe, expect, it } from '@jest/globals';
import { compareCondaVersions, condaBuildMatches, condaVersionSatisfies, isExactCondaPin } from '../../../src/core/pep/conda-version.js';

describe('conda versions', () => {
  it('orders like conda: zero padding, dev < alpha < final < post, numbers numerically', () => {
    expect(compareCondaVersions('1.2', '1.2.0')).toBe(0);
    expect(compareCondaVersions('1.10', '1.9')).toBe(1);
    expect(compareCondaVersions('1.0dev1', '1.0a1')).toBe(-1);
    expect(compareCondaVersions('1.0a1', '1.0')).toBe(-1);
    expect(compareCondaVersions('1.0', '1.0post1')).toBe(-1);
    expect(compareCondaVersions('1!0.1', '2.0')).toBe(1);
  });

  it.each([
    ['3.11.9', '>=3.11,<3.12', true],
    ['3.12.0', '>=3.11,<3.12', false],
    ['3.11.9', '3.11.*', true],
    ['3.11.9', '==3.11.9', true],
    ['3.11.9', '3.11', true],
    ['3.11.9', '3.10|3.11', true],
    ['12.6.20', '12.4.*', false],
    ['2.1.0', '!=2.1.0', false],
    ['1.4.5', '~=1.4.2', true],
    ['1.5.0', '~=1.4.2', false],
    ['1.0', '*', true],
  ])('%s satisfies %s: %s', (version, spec, expected) => expect(condaVersionSatisfies(version, spec)).toBe(expected));

  it('says "unknown" rather than guess on specs it cannot read', () => expect(condaVersionSatisfies('1.0', '(>=1|<0)')).toBeNull());

  it('build globs and exact pins', () => {
    expect(condaBuildMatches('cuda129_mkl_py312_h1_300', 'cuda*')).toBe(true);
    expect(condaBuildMatches('cpu_mkl_py312_h1_100', 'cuda*')).toBe(false);
    expect(isExactCondaPin('3.12.7')).toBe(true);
    expect(isExactCondaPin('==12.4.0')).toBe(true);
    expect(isExactCondaPin('>=3.11')).toBe(false);
    expect(isExactCondaPin('3.11.*')).toBe(false);
  });
});

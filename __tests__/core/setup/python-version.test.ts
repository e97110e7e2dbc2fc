import { describe, expect, it } from '@jest/globals';
import { choosePythonRequest, lowestAllowedPython, readPythonVersionFile } from '../../../src/core/setup/python-version.js';

describe('choosePythonRequest', () => {
  it('prefers the input, then .python-version, then the lowest version requires-python allows', () => {
    expect(choosePythonRequest({ input: '3.12', pythonVersionFile: '3.11\n', requiresPython: '>=3.10' })).toEqual({ request: '3.12', origin: 'input' });
    expect(choosePythonRequest({ input: '', pythonVersionFile: '# pinned\n\n3.11\n', requiresPython: '>=3.10' })).toEqual({
      request: '3.11',
      origin: '.python-version',
    });
    expect(choosePythonRequest({ input: '', pythonVersionFile: '\n', requiresPython: '>=3.10' })).toEqual({ request: '3.10', origin: 'requires-python' });
  });

  it('tells the user what to set when nothing names a Python', () => {
    expect(() => choosePythonRequest({ input: '' })).toThrow(/no Python version to use/);
    expect(() => choosePythonRequest({ input: '', requiresPython: '<3' })).toThrow(/allows no known CPython/);
  });
});

describe('lowestAllowedPython', () => {
  it('reads the lower bound the way PEP 440 compares versions', () => {
    expect(lowestAllowedPython('>=3.11')).toBe('3.11');
    // PEP 440: `>3.9` still allows 3.9.1, so the request stays inside 3.9 rather than jumping to 3.10.
    expect(lowestAllowedPython('>3.9')).toBe('>3.9,<3.10');
    expect(lowestAllowedPython('>=3.10,!=3.10.*')).toBe('3.11');
    expect(lowestAllowedPython('~=3.10')).toBe('3.10');
    expect(lowestAllowedPython('>=3.9,<3.13')).toBe('3.9');
    expect(lowestAllowedPython('==3.12.*')).toBe('3.12');
  });

  it('keeps a patch-level floor instead of widening it to the whole minor', () => {
    expect(lowestAllowedPython('>=3.11.4')).toBe('>=3.11.4,<3.12');
  });

  it('returns undefined for text that is not a specifier', () => {
    expect(lowestAllowedPython('python 3')).toBeUndefined();
  });
});

describe('readPythonVersionFile', () => {
  it('takes the first request, skipping comments and blank lines', () => {
    expect(readPythonVersionFile('\n# comment\n  3.11.7  \n3.12\n')).toBe('3.11.7');
    expect(readPythonVersionFile('# only a comment\n')).toBeUndefined();
  });
});

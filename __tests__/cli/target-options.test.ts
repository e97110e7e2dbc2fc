import { describe, expect, it } from '@jest/globals';
import { checkDriver, parseFormat, targetOptions } from '../../src/cli/target-options.js';
import { UsageError } from '../../src/cli/usage.js';

describe('shared target options', () => {
  it('splits repeated and comma-separated lists into engine options', () => {
    expect(targetOptions({ python: ['3.11,3.12', '3.13'], platform: ['x86_64-manylinux_2_28'], cuda: '12.4', extra: ['a,b'], group: ['dev'], 'all-extras': false })).toEqual({
      pythons: ['3.11', '3.12', '3.13'],
      platforms: ['x86_64-manylinux_2_28'],
      cuda: '12.4',
      extras: ['a', 'b'],
      allExtras: false,
      groups: ['dev'],
      noDefaultGroups: false,
    });
  });

  it('refuses bad values with a message naming the flag and what is expected', () => {
    expect(() => targetOptions({ python: ['3.x'] })).toThrow(new UsageError('--python 3.x: expected a CPython minor like 3.12'));
    expect(() => targetOptions({ platform: ['x86_64-linux'] })).toThrow(/--platform x86_64-linux: unknown platform\. Valid names .*aarch64-apple-darwin/);
    expect(() => targetOptions({ cuda: 'cu124' })).toThrow(/--cuda cu124: expected a CUDA version like 12\.4/);
    expect(() => checkDriver('latest')).toThrow(/--driver latest/);
    expect(() => parseFormat('yaml', ['text', 'json'] as const)).toThrow(/--format yaml: expected one of text, json/);
    expect(parseFormat(undefined, ['text', 'json'] as const)).toBe('text');
  });
});

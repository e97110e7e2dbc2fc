import { describe, expect, it } from '@jest/globals';
import { isWithin, lexicallyInside } from '../../../src/core/security/paths.js';

describe('lexicallyInside', () => {
  it('refuses what leaves the root, however it is spelt', () => {
    for (const p of ['..', '../etc', '../../etc', './../etc', 'a/../../etc', '/etc', 'a/../..']) expect(lexicallyInside('/ws', p)).toBeNull();
  });

  it('keeps what stays inside, normalised', () => {
    expect(lexicallyInside('/ws', '.')).toBe('/ws');
    expect(lexicallyInside('/ws', 'python/../ml/')).toBe('/ws/ml');
    expect(lexicallyInside('/ws', '..foo')).toBe('/ws/..foo');
    expect(isWithin('/ws', '/ws/a')).toBe(true);
    expect(isWithin('/ws', '/wsx')).toBe(false);
  });
});

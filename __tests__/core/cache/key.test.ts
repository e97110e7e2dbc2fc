import { describe, expect, it } from '@jest/globals';
import { classifyHit, computeWheelStoreKeys, type WheelStoreKeyInputs } from '../../../src/core/cache/key.js';

const base: WheelStoreKeyInputs = {
  os: 'Linux',
  image: 'ubuntu24',
  arch: 'X64',
  pythonVersion: '3.11.7',
  lockText: 'version = 1\n[[package]]\nname = "numpy"\nversion = "2.1.0"\n',
  groups: ['dev'],
  extras: [],
  allExtras: false,
  uvVersion: '0.13.9',
  job: 'test',
};

const keyOf = (over: Partial<WheelStoreKeyInputs>): string => computeWheelStoreKeys({ ...base, ...over }).key;

describe('computeWheelStoreKeys', () => {
  it('is stable: the same inputs give the same key, in any group/extra order', () => {
    expect(keyOf({})).toBe(keyOf({}));
    expect(keyOf({ groups: ['dev', 'docs'], extras: ['cli', 'gpu'] })).toBe(keyOf({ groups: ['docs', 'dev'], extras: ['gpu', 'cli'] }));
    // The store holds wheels per ABI: a patch release of the interpreter reuses it.
    expect(keyOf({ pythonVersion: '3.11.9' })).toBe(keyOf({}));
    expect(keyOf({ uvVersion: '0.13.1' })).toBe(keyOf({}));
  });

  it('gives matrix jobs that install different things different keys (setup-uv #294)', () => {
    const variants: Partial<WheelStoreKeyInputs>[] = [
      { pythonVersion: '3.12.1' },
      { os: 'macOS', image: 'macos15' },
      { image: 'ubuntu22' },
      { arch: 'ARM64' },
      { extras: ['gpu'] },
      { allExtras: true },
      { groups: [] },
      { uvVersion: '0.14.0' },
      { job: 'lint' },
      { matrix: '{"shard":2}' },
      { lockText: `${base.lockText}# changed\n` },
      { suffix: 'v2' },
    ];
    const keys = [keyOf({}), ...variants.map(keyOf)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lays the key out so the restore keys fall back within one OS/arch/Python', () => {
    const { key, restoreKeys } = computeWheelStoreKeys(base);
    expect(key).toMatch(/^lockstep-store-Linux_ubuntu24-X64-py3\.11-[0-9a-f]{16}-[0-9a-f]{16}$/);
    expect(restoreKeys).toHaveLength(2);
    expect(key.startsWith(restoreKeys[0]!)).toBe(true);
    expect(restoreKeys[0]!.startsWith(restoreKeys[1]!)).toBe(true);
    expect(restoreKeys[1]).toBe('lockstep-store-Linux_ubuntu24-X64-py3.11-');
    // A new lock keeps both restore keys: the old store is found as a fallback.
    const next = computeWheelStoreKeys({ ...base, lockText: 'different' });
    expect(next.restoreKeys).toEqual(restoreKeys);
    expect(next.key).not.toBe(key);
    // Another Python never matches this platform prefix.
    expect(computeWheelStoreKeys({ ...base, pythonVersion: '3.12.0' }).key.startsWith(restoreKeys[1]!)).toBe(false);
  });

  it('keeps the suffix in every restore key, so changing it starts a separate store', () => {
    const { key, restoreKeys } = computeWheelStoreKeys({ ...base, suffix: 'gpu-v2' });
    expect(key.startsWith('lockstep-store-gpu-v2-Linux')).toBe(true);
    for (const r of restoreKeys) expect(r.startsWith('lockstep-store-gpu-v2-')).toBe(true);
  });

  it('hashes a suffix that is not key-safe (commas, JSON from toJSON(matrix))', () => {
    const { key } = computeWheelStoreKeys({ ...base, suffix: '{"python":"3.11","os":"ubuntu"}' });
    expect(key).not.toMatch(/[,{}"]/);
    expect(key.length).toBeLessThanOrEqual(512);
  });

  it('with cache-venv, keys on the exact interpreter and the absolute venv path', () => {
    const venv = (interpreterVersion: string, venvPath: string) => computeWheelStoreKeys({ ...base, venv: { interpreterVersion, venvPath } }).key;
    expect(venv('3.11.7', '/home/runner/work/p/.venv')).toMatch(/^lockstep-venvstore-Linux_ubuntu24-X64-py3\.11\.7-/);
    expect(venv('3.11.7', '/a/.venv')).not.toBe(venv('3.11.8', '/a/.venv'));
    expect(venv('3.11.7', '/a/.venv')).not.toBe(venv('3.11.7', '/b/.venv'));
    // A venv store never answers a plain store's restore keys, and the other way round.
    const plain = computeWheelStoreKeys(base).restoreKeys[1]!;
    expect(venv('3.11.7', '/a/.venv').startsWith(plain)).toBe(false);
  });
});

describe('classifyHit', () => {
  it('tells exact, fallback and miss apart', () => {
    expect(classifyHit('k-1', 'k-1')).toBe('exact');
    expect(classifyHit('k-1', 'k-0')).toBe('fallback');
    expect(classifyHit('k-1', undefined)).toBe('miss');
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  decideSave,
  EMPTY_FINGERPRINT,
  findEntry,
  fingerprintOf,
  parseByteSize,
  parsePruneMode,
  planEviction,
  PRUNE_AUTO_THRESHOLD_BYTES,
  shouldPrune,
  skipSaveWithoutLooking,
  storeChanged,
  wheelsNotInLock,
  type StoredEntry,
} from '../../../src/core/cache/store.js';

describe('store fingerprint', () => {
  const before = fingerprintOf([
    { size: 10, mtimeMs: 100.7 },
    { size: 5, mtimeMs: 50 },
  ]);
  it('summarises count, bytes and newest mtime', () => {
    expect(before).toEqual({ files: 2, bytes: 15, newestMtimeMs: 100 });
  });
  it('notices an added file, a changed size or a newer file', () => {
    expect(storeChanged(before, fingerprintOf([{ size: 10, mtimeMs: 100 }, { size: 5, mtimeMs: 50 }]))).toBe(false);
    expect(storeChanged(before, fingerprintOf([{ size: 10, mtimeMs: 100 }, { size: 5, mtimeMs: 50 }, { size: 0, mtimeMs: 1 }]))).toBe(true);
    expect(storeChanged(before, fingerprintOf([{ size: 11, mtimeMs: 100 }, { size: 5, mtimeMs: 50 }]))).toBe(true);
    expect(storeChanged(before, fingerprintOf([{ size: 10, mtimeMs: 200 }, { size: 5, mtimeMs: 50 }]))).toBe(true);
  });
});

describe('decideSave', () => {
  const changed = { files: 3, bytes: 30, newestMtimeMs: 9 };
  const base = { enabled: true, writeAllowed: true, hit: 'fallback' as const, before: EMPTY_FINGERPRINT, after: changed };
  it('saves a changed store after a fallback or a miss', () => {
    expect(decideSave(base)).toEqual({ save: true });
    expect(decideSave({ ...base, hit: 'miss' })).toEqual({ save: true });
  });
  it('skips an exact hit, an unchanged or empty store, and untrusted events', () => {
    expect(decideSave({ ...base, hit: 'exact' })).toEqual({ save: false, reason: 'exact-hit' });
    expect(decideSave({ ...base, before: changed })).toEqual({ save: false, reason: 'unchanged' });
    expect(decideSave({ ...base, after: EMPTY_FINGERPRINT })).toEqual({ save: false, reason: 'empty' });
    expect(decideSave({ ...base, writeAllowed: false })).toEqual({ save: false, reason: 'write-not-allowed' });
  });
  it('decides an exact hit and a read-only job before any look at the store; a fallback or miss needs one', () => {
    const flags = { enabled: true, writeAllowed: true };
    expect(skipSaveWithoutLooking({ ...flags, hit: 'exact' })).toBe('exact-hit');
    expect(skipSaveWithoutLooking({ ...flags, hit: 'miss', writeAllowed: false })).toBe('write-not-allowed');
    expect(skipSaveWithoutLooking({ ...flags, hit: 'fallback', enabled: false })).toBe('disabled');
    expect(skipSaveWithoutLooking({ ...flags, hit: 'fallback' })).toBeUndefined();
    expect(skipSaveWithoutLooking({ ...flags, hit: 'miss' })).toBeUndefined();
  });
});

describe('prune policy', () => {
  it('auto prunes only stores past the threshold; ci always; none never', () => {
    expect(shouldPrune('auto', 50 * 1024 * 1024)).toBe(false);
    expect(shouldPrune('auto', PRUNE_AUTO_THRESHOLD_BYTES)).toBe(true);
    expect(shouldPrune('ci', 1)).toBe(true);
    expect(shouldPrune('none', 10 * PRUNE_AUTO_THRESHOLD_BYTES)).toBe(false);
    // prune-cache takes setup-uv's true/false (true = uv cache prune --ci) plus auto.
    expect(['', 'auto', 'true', 'FALSE', 'ci', 'x'].map(parsePruneMode)).toEqual(['auto', 'auto', 'ci', 'none', undefined, undefined]);
  });
});

describe('findEntry and planEviction', () => {
  const entries: StoredEntry[] = [
    { key: 'p-linux-e1-l1', bytes: 100, createdAtMs: 1, lastUsedAtMs: 50 },
    { key: 'p-linux-e1-l2', bytes: 100, createdAtMs: 2, lastUsedAtMs: 10 },
    { key: 'p-linux-e2-l3', bytes: 100, createdAtMs: 3, lastUsedAtMs: 20 },
  ];
  it('prefers the exact key, then the newest match of each restore key in order', () => {
    expect(findEntry(entries, 'p-linux-e1-l1', ['p-linux-'])?.key).toBe('p-linux-e1-l1');
    expect(findEntry(entries, 'p-linux-e1-l9', ['p-linux-e1-', 'p-linux-'])?.key).toBe('p-linux-e1-l2');
    expect(findEntry(entries, 'p-linux-e3-l9', ['p-linux-e3-', 'p-linux-'])?.key).toBe('p-linux-e2-l3');
    expect(findEntry(entries, 'p-mac-x', ['p-mac-'])).toBeUndefined();
  });
  it('evicts least recently used first until under the cap, keeping the new entry', () => {
    expect(planEviction(entries, 300)).toEqual([]);
    expect(planEviction(entries, 250)).toEqual(['p-linux-e1-l2']);
    expect(planEviction(entries, 100, 'p-linux-e1-l2')).toEqual(['p-linux-e2-l3', 'p-linux-e1-l1']);
    expect(planEviction(entries, 0, 'p-linux-e1-l1')).toEqual(['p-linux-e1-l2', 'p-linux-e2-l3']);
  });
  it('parses size caps', () => {
    expect(parseByteSize('10G')).toBe(10 * 1024 ** 3);
    expect(parseByteSize('500M')).toBe(500 * 1024 ** 2);
    expect(parseByteSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseByteSize('1024')).toBe(1024);
    expect(parseByteSize('lots')).toBeUndefined();
  });
});

describe('wheelsNotInLock', () => {
  it('names the cached wheels of versions the lock dropped, matching names and versions the PEP way', () => {
    const cached = [
      { name: 'torch', version: '2.5.1' },
      { name: 'torch', version: '2.6.0' },
      { name: 'typing-extensions', version: '4.12.2' },
      { name: 'numpy', version: '2.0' },
      { name: 'gone', version: '1.0.0' },
    ];
    const lock = [
      { name: 'torch', version: '2.6.0' },
      { name: 'Typing_Extensions', version: '4.12.2' },
      { name: 'numpy', version: '2.0.0' },
      { name: 'project', version: null },
    ];
    expect(wheelsNotInLock(cached, lock)).toEqual([{ name: 'torch', version: '2.5.1' }, { name: 'gone', version: '1.0.0' }]);
    expect(wheelsNotInLock(cached, [])).toEqual(cached);
  });
});

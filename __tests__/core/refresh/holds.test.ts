// Which upgrades the refresh holds back, and how many uv invocations finding them costs (the oracle
// stands in for "re-lock holding these, then verify": a set of culprits breaks it while released).
import { describe, expect, it } from '@jest/globals';
import { findHolds, type Attempt } from '../../../src/core/refresh/index.js';

/** An oracle where the refresh breaks while any culprit group is entirely released (not held). */
function world(candidates: string[], culprits: string[][]) {
  const calls: string[][] = [];
  const verify = (held: readonly string[]): Attempt<string> => {
    const broken = culprits.filter((group) => group.every((c) => !held.includes(c)));
    return broken.length === 0 ? { ok: true, state: `held:${held.join(',')}` } : { ok: false, reason: `breaks: ${broken.map((g) => g.join('+')).join(', ')}` };
  };
  return {
    calls,
    search: (suspects: string[]) =>
      findHolds({
        candidates,
        suspects,
        full: verify([]),
        attempt: async (held) => {
          calls.push([...held]);
          return verify(held);
        },
      }),
  };
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `p${String(i).padStart(2, '0')}`);

describe('findHolds', () => {
  it('holds a culprit the findings name with one extra uv invocation', async () => {
    const w = world(['lib-b', 'lib-c'], [['lib-c']]);
    const r = await w.search(['lib-c']);
    expect([...r.held]).toEqual([['lib-c', 'breaks: lib-c']]);
    expect(r.state).toBe('held:lib-c');
    expect(r.attempts).toBe(1);
    expect(w.calls).toEqual([['lib-c']]);
  });

  it('lets an innocent suspect go (a finding can name a package that only suffered from another)', async () => {
    const w = world(names(6), [['p02']]);
    const r = await w.search(['p02', 'p04']);
    expect([...r.held.keys()]).toEqual(['p02']);
    expect(r.state).toBe('held:p02');
    // hold both suspects (innocents released), release p02 (fails), release p04 (ok)
    expect(w.calls).toEqual([['p02', 'p04'], ['p04'], ['p02']]);
  });

  it('bisects to a culprit no finding names (an upgrade that pulled in a new sdist-only dependency)', async () => {
    const w = world(names(16), [['p11']]);
    const r = await w.search([]);
    expect([...r.held.keys()]).toEqual(['p11']);
    expect(r.state).toBe('held:p11');
    // 16 → 8 → 4 → 2 → 1: two attempts per level, fewer than one per package.
    expect(r.attempts).toBeLessThanOrEqual(2 * Math.log2(16));
    expect(r.attempts).toBeLessThan(16);
  });

  it('holds one side of a pair that only breaks together (CUDA flavours that disagree)', async () => {
    const w = world(['nvidia-cublas-cu12', 'numpy', 'torch'], [['nvidia-cublas-cu12', 'torch']]);
    const r = await w.search(['nvidia-cublas-cu12', 'torch']);
    expect([...r.held.keys()]).toEqual(['torch']);
    expect(r.held.get('torch')).toBe('breaks: nvidia-cublas-cu12+torch');
    expect(r.state).toBe('held:torch');
  });

  it('reports failure when even holding every upgrade does not verify', async () => {
    const w = world(['a', 'b'], [[]]); // an empty culprit group: broken whatever is held
    const r = await w.search(['a']);
    expect(r.state).toBeNull();
    expect(r.failure).toBe('breaks: ');
    expect([...r.held.keys()]).toEqual(['a', 'b']);
  });
});

/**
 * Which upgrades to hold back when the full `uv lock --upgrade` breaks verification. Pure: the job
 * hands in `attempt(held)`, which re-locks from the old lock with every package upgraded except `held`
 * (each pinned to its old version for that one uv invocation) and verifies the result.
 *
 * Strategy (greedy release with binary splitting, guided by the findings):
 * 1. The full refresh (nothing held) is attempt 0; the job has already run it.
 * 2. Suspects are the upgraded packages the new blocking findings name (`sdist-build: lib-c 2.0`).
 *    Everything else is released in one attempt (holding only the suspects); if that fails, the
 *    innocents are split in halves and each half released on its own, recursively.
 * 3. Each suspect is then released alone; an attempt identical to one already made is not repeated.
 * With one culprit that the findings name, that is 2 uv invocations in all (full + suspects held);
 * k culprits hidden among n upgrades cost about 1 + 2k·log2(n).
 */
export type Attempt<S> = { ok: true; state: S } | { ok: false; reason: string };

export interface HoldSearch<S> {
  /** Packages the full refresh moved (normalized names), the ones that may be held. */
  candidates: readonly string[];
  /** Candidates the new blocking findings name. */
  suspects: readonly string[];
  /** The full refresh's outcome (nothing held); not ok, or there would be nothing to search. */
  full: Attempt<S>;
  attempt: (held: readonly string[]) => Promise<Attempt<S>>;
}

export interface HoldResult<S> {
  /** Held package → why releasing it failed. */
  held: Map<string, string>;
  /** The verified state with exactly `held` held; null when even holding every candidate fails. */
  state: S | null;
  /** Why the last attempt failed, when `state` is null. */
  failure: string | null;
  /** uv invocations made here (the full refresh not counted). */
  attempts: number;
}

const keyOf = (names: Iterable<string>) => [...names].sort().join(',');

export async function findHolds<S>(search: HoldSearch<S>): Promise<HoldResult<S>> {
  const known = new Map<string, Attempt<S>>([[keyOf([]), search.full]]);
  let attempts = 0;
  const tryHolding = async (held: string[]): Promise<Attempt<S>> => {
    const key = keyOf(held);
    const seen = known.get(key);
    if (seen) return seen;
    attempts++;
    const outcome = await search.attempt([...held].sort());
    known.set(key, outcome);
    return outcome;
  };

  let held = new Set(search.candidates);
  let state: S | null = null;
  const reasons = new Map<string, string>();
  const release = async (group: readonly string[]): Promise<void> => {
    if (group.length === 0) return;
    const next = [...held].filter((n) => !group.includes(n));
    const outcome = await tryHolding(next);
    if (outcome.ok) {
      held = new Set(next);
      state = outcome.state;
      return;
    }
    if (group.length === 1) {
      reasons.set(group[0]!, outcome.reason);
      return;
    }
    const half = Math.ceil(group.length / 2);
    await release(group.slice(0, half));
    await release(group.slice(half));
  };

  const suspects = new Set(search.suspects.filter((s) => search.candidates.includes(s)));
  await release([...search.candidates].filter((c) => !suspects.has(c)).sort());
  for (const s of [...suspects].sort()) await release([s]);

  let failure: string | null = null;
  if (state === null) {
    // Nothing could be released: the state with every candidate held was never verified yet.
    const outcome = await tryHolding([...held]);
    if (outcome.ok) state = outcome.state;
    else failure = outcome.reason;
  }
  const heldReasons = new Map([...held].sort().map((n) => [n, reasons.get(n) ?? failure ?? 'held with the packages it depends on']));
  return { held: heldReasons, state, failure, attempts };
}

/**
 * The refresh bot's contract: what `lockstep refresh` and the `refresh` action compute (a re-locked
 * uv.lock with every locked package at its newest allowed version, minus the upgrades held back because
 * verification found them breaking) and the JSON projection `renderRefreshJson` prints.
 */
import type { LockDiff } from '../review/lock-diff.js';
import type { Verification } from '../plan/types.js';

/** One locked package whose version moved: `from` is null when it was added, `to` null when removed. */
export interface RefreshChange {
  name: string;
  from: string | null;
  to: string | null;
}

/** An upgrade kept out of the refresh: the package stays at `version` (its version in the old lock). */
export interface HeldPackage {
  name: string;
  version: string;
  /** What the upgrade broke (`sdist-build: lib-c 2.0 would build from source on …`) or why uv refused. */
  reason: string;
  /** The version the full refresh would have moved it to. */
  wanted: string | null;
}

export interface RefreshOutcome {
  /** The old lock → the refreshed lock (after holds). */
  diff: LockDiff;
  held: HeldPackage[];
  verification: Verification;
  /** How the cooldown was applied, for the PR body (`uploaded before 2026-11-18 (min-release-age 7d)`), or null. */
  cooldown: string | null;
}

/**
 * The bump planner's contract: what it reads (pins, index listings) and what it returns (a plan that the
 * CLI prints, the job applies, and the PR body renders). The JSON projection (`renderPlanJson`) is the
 * documented `lockstep bump --format json` shape.
 */
import type { Span } from '../lock/locate.js';

/** One `==` requirement in pyproject.toml that the bot may move. */
export interface Pin {
  /** As written in the requirement (`Torch`). */
  name: string;
  normalizedName: string;
  /** The pinned version, local label included (`2.5.1+cu124`). */
  version: string;
  /** Where it is: `project.dependencies`, `project.optional-dependencies.gpu`, `dependency-groups.dev`, `tool.uv.override-dependencies`, `tool.uv.constraint-dependencies`. */
  section: string;
  /** The requirement string as parsed (escapes resolved). */
  raw: string;
  line: number;
  column: number;
  /** Offsets of the TOML string in the file, quotes included. */
  span: Span;
  /** [start, end) of the specifier inside `raw`. */
  specifierRange: [number, number];
  marker: string | null;
}

/** One index a package is looked up on. */
export interface IndexRef {
  url: string;
  /** `[[tool.uv.index]]` name, when it has one. */
  name?: string;
}

/**
 * Where a package's releases come from: `chains` are all required (the list form of
 * `[tool.uv.sources]` with markers gives one per entry: the new version must exist on each); inside a
 * chain the first index that knows the package wins (uv's default `first-index` strategy).
 * `notFromIndex` says why a package is not looked up at all (a git/url/path source).
 */
export type PackageOrigin = { chains: IndexRef[][] } | { notFromIndex: string };

/** A file as the index lists it; only what choosing a version needs. */
export interface ReleaseFile {
  filename: string;
  yanked: boolean;
  requiresPython?: string;
  /** ISO 8601 (PEP 700), when the index gives it. */
  uploadTime?: string;
}

/** What one chain answered: the files of the first index that knows the package, or none did. */
export type ChainListing = { indexUrl: string; files: ReleaseFile[] } | { notFound: string[] };

export type BumpStatus = 'applied' | 'planned' | 'dropped' | 'current';

export interface PlannedBump {
  /** As written in pyproject.toml. */
  name: string;
  normalizedName: string;
  from: string;
  /** The new version; equals `from` when nothing newer is usable. */
  to: string;
  group: string;
  file: string;
  line: number;
  section: string;
  status: BumpStatus;
  /** Why it is `current` or `dropped` (null for a plain bump). */
  reason: string | null;
  /** Upload date of `to` (`2025-01-29`), when the index says. */
  released: string | null;
  /** Newer versions passed over and why (`2.7.0rc1: pre-release`), newest first, at most three. */
  notes: string[];
  /** Index URLs the new version was found on. */
  indexes: string[];
  pin: Pin;
}

export interface BumpPlan {
  file: string;
  bumps: PlannedBump[];
}

/** One target's verification result, for the PR body. */
export interface TargetVerification {
  target: string;
  ok: boolean;
  /** `all wheels` or the blocking findings in a few words. */
  detail: string;
}

export interface Verification {
  /** The uv lock commands that ran, e.g. `uv lock --upgrade-package torch --upgrade-package torchvision`. */
  lockCommands: string[];
  targets: TargetVerification[];
}

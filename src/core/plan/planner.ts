/**
 * The bump plan: pins × index listings → one entry per pin, `planned` (a newer usable release exists),
 * `current` (nothing to do, with the reason when it is not "already newest") or `dropped` (ignored by
 * config, or later by verification). Pure: the job does the lookups and hands the listings in.
 */
import type { Pyproject } from '../lock/pyproject.js';
import { chooseVersion } from './choose.js';
import { groupOf, type BumpConfig } from './config.js';
import { packageOrigin, type IndexOptions } from './indexes.js';
import { findPins } from './pins.js';
import { normalizeName } from '../pep/version.js';
import type { BumpPlan, ChainListing, PackageOrigin, Pin, PlannedBump } from './types.js';

/** Where each pinned package must be looked up (one entry per package, not per pin). */
export function lookupsNeeded(pyproject: Pyproject, options: IndexOptions = {}): { pins: Pin[]; origins: Map<string, PackageOrigin> } {
  const pins = findPins(pyproject);
  const origins = new Map<string, PackageOrigin>();
  for (const pin of pins) if (!origins.has(pin.normalizedName)) origins.set(pin.normalizedName, packageOrigin(pyproject, pin.normalizedName, options));
  return { pins, origins };
}

/**
 * A workspace member as the planner sees it: uv gives members the root's `[tool.uv.sources]` (a member's
 * own entry for a package wins) and its `[[tool.uv.index]]` entries, so a member's pin is looked up where
 * uv would resolve it. The root itself is returned as it is.
 */
export function withWorkspaceSources(member: Pyproject, root: Pyproject): Pyproject {
  if (member === root) return member;
  const own = member.tool.uv;
  const ownSources = new Set(Object.keys(own.sources).map(normalizeName));
  const ownIndexes = new Set(own.indexes.map((i) => i.name).filter(Boolean));
  const inherited = Object.fromEntries(Object.entries(root.tool.uv.sources).filter(([name]) => !ownSources.has(normalizeName(name))));
  return {
    ...member,
    tool: {
      ...member.tool,
      uv: { ...own, sources: { ...inherited, ...own.sources }, indexes: [...own.indexes, ...root.tool.uv.indexes.filter((i) => !i.name || !ownIndexes.has(i.name))] },
    },
  };
}

/**
 * The `requires-python` uv resolves a workspace for: the intersection of the root's and every member's
 * (PEP 440 specifier sets joined by commas intersect), so a version is chosen for the Pythons the whole
 * workspace supports; null when none declares one.
 */
export function workspaceRequiresPython(projects: readonly Pyproject[]): string | null {
  const specifiers = [...new Set(projects.map((p) => p.requiresPython?.trim()).filter((r): r is string => Boolean(r)))];
  return specifiers.length > 0 ? specifiers.join(',') : null;
}

export interface PlanInput {
  pyproject: Pyproject;
  pins: Pin[];
  config: BumpConfig;
  origins: Map<string, PackageOrigin>;
  /** Per package, one listing per chain of its origin (same order). */
  listings: Map<string, ChainListing[]>;
  now: Date;
  /** Overrides the config's cooldown (the action input / CLI flag). */
  minReleaseAgeMs?: number;
}

export function planBumps(input: PlanInput): BumpPlan {
  const { pyproject, config } = input;
  const minReleaseAgeMs = input.minReleaseAgeMs ?? config.minReleaseAgeMs;
  const bumps = input.pins.map((pin): PlannedBump => {
    const base = {
      name: pin.name,
      normalizedName: pin.normalizedName,
      from: pin.version,
      to: pin.version,
      group: groupOf(config, pin.normalizedName),
      file: pyproject.file,
      line: pin.line,
      section: pin.section,
      released: null,
      notes: [] as string[],
      indexes: [] as string[],
      pin,
    };
    const origin = input.origins.get(pin.normalizedName);
    if (!origin) return { ...base, status: 'current', reason: 'not looked up' };
    if ('notFromIndex' in origin) return { ...base, status: 'current', reason: origin.notFromIndex };
    const choice = chooseVersion(pin, input.listings.get(pin.normalizedName) ?? [], {
      requiresPython: pyproject.requiresPython,
      now: input.now,
      minReleaseAgeMs,
      ignore: config.ignore.get(pin.normalizedName),
    });
    if (choice.to === null) return { ...base, status: 'current', reason: choice.reason, notes: choice.notes };
    const released = choice.released?.slice(0, 10) ?? null;
    if (choice.ignored) return { ...base, to: choice.to, status: 'dropped', reason: choice.reason, released, notes: choice.notes };
    return { ...base, to: choice.to, status: 'planned', reason: null, released: choice.released?.slice(0, 10) ?? null, notes: choice.notes, indexes: choice.indexes };
  });
  return { file: pyproject.file, bumps };
}

/** The groups with at least one planned bump, in file order of their first pin. */
export function plannedGroups(plan: BumpPlan): { group: string; bumps: PlannedBump[] }[] {
  const groups: { group: string; bumps: PlannedBump[] }[] = [];
  for (const bump of plan.bumps) {
    if (bump.status !== 'planned' && bump.status !== 'applied') continue;
    let entry = groups.find((g) => g.group === bump.group);
    if (!entry) groups.push((entry = { group: bump.group, bumps: [] }));
    entry.bumps.push(bump);
  }
  return groups;
}

/** The distinct package names a group moves (for `uv lock --upgrade-package`). */
export function groupPackages(bumps: readonly PlannedBump[]): string[] {
  return [...new Set(bumps.map((b) => b.normalizedName))];
}

/** A copy of the plan with verification's outcome: kept groups `applied`, failed ones `dropped` with the reason. */
export function withOutcome(plan: BumpPlan, applied: ReadonlySet<string>, dropped: ReadonlyMap<string, string>): BumpPlan {
  return {
    ...plan,
    bumps: plan.bumps.map((b) => {
      if (b.status !== 'planned') return b;
      if (dropped.has(b.group)) return { ...b, status: 'dropped', reason: dropped.get(b.group)! };
      if (applied.has(b.group)) return { ...b, status: 'applied' };
      return b;
    }),
  };
}

/**
 * `[tool.lockstep.bump]` in pyproject.toml: the bump bot's settings, read and checked here so a typo is
 * an error on the right line rather than a silently ignored key.
 *
 * ```toml
 * [tool.lockstep.bump]
 * ignore = ["numpy", "torch>=2.7"]   # a name: never bump it; a requirement: never bump INTO versions it matches
 * min-release-age = "7d"             # cooldown: only releases at least this old ("12h", "7d", "2w", or a number of days)
 * default-groups = true              # built-in families move together (torch/torchvision/torchaudio, jax/jaxlib)
 *
 * [tool.lockstep.bump.groups]        # more families: each moves (and is verified, and dropped) as one
 * hf = ["transformers", "tokenizers", "accelerate"]
 * ```
 */
import { parseUvDuration } from '../time/uv-duration.js';
import { ParseError } from '../errors.js';
import type { Pyproject } from '../lock/pyproject.js';
import type { KeyPath } from '../lock/locate.js';
import { parseRequirement } from '../pep/requirement.js';
import { normalizeName } from '../pep/version.js';

export interface BumpConfig {
  /** Group name → normalized member names. User groups first, then the built-in families (when on). */
  groups: { name: string; members: string[] }[];
  /** Normalized name → specifier of versions never to bump into ('' = never bump the package). */
  ignore: Map<string, string>;
  /** Cooldown in milliseconds (0 = none). */
  minReleaseAgeMs: number;
}

/** Families whose releases pin each other, so they move together unless `default-groups = false`. */
export const DEFAULT_GROUPS: readonly { name: string; members: readonly string[] }[] = [
  { name: 'pytorch', members: ['torch', 'torchvision', 'torchaudio'] },
  { name: 'jax', members: ['jax', 'jaxlib', 'jax-cuda12-plugin', 'jax-cuda12-pjrt', 'jax-cuda13-plugin', 'jax-cuda13-pjrt'] },
];

const DAY_MS = 86_400_000;
const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };

/** `7` (days), `"7d"`, `"12h"`, `"2w"`, `"30m"`, `"0"` → milliseconds; null when unreadable. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * DAY_MS : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|h|d|w|min|minutes?|hours?|days?|weeks?)?\s*$/i.exec(value);
  // Anything else uv's exclude-newer accepts as a duration (`1 week, 2 days`, `P7D`).
  if (!m) return parseUvDuration(value);
  const unit = (m[2] ?? 'd').toLowerCase()[0]!;
  return Number(m[1]) * UNITS[unit]!;
}

const KNOWN_KEYS = new Set(['ignore', 'min-release-age', 'default-groups', 'groups']);

export function readBumpConfig(pyproject: Pyproject): BumpConfig {
  const base: KeyPath = ['tool', 'lockstep', 'bump'];
  const fail = (path: KeyPath, message: string, hint: string): never => {
    let span;
    for (let depth = path.length; depth >= 0 && !span; depth--) span = pyproject.locator.get(path.slice(0, depth));
    throw new ParseError(`\`${path.join('.')}\` ${message}`, { file: pyproject.file, line: span?.line, column: span?.column, hint });
  };
  const raw = pyproject.tool.lockstep?.bump;
  const config: BumpConfig = { groups: [], ignore: new Map(), minReleaseAgeMs: 0 };
  if (raw === undefined) {
    config.groups = DEFAULT_GROUPS.map((g) => ({ name: g.name, members: [...g.members] }));
    return config;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(base, 'must be a table', 'Write `[tool.lockstep.bump]` with keys ignore, min-release-age, default-groups, groups.');
  const table = raw as Record<string, unknown>;
  for (const key of Object.keys(table)) {
    if (!KNOWN_KEYS.has(key)) fail([...base, key], 'is not a lockstep bump setting', `Known keys: ${[...KNOWN_KEYS].join(', ')}.`);
  }

  const ignore = table.ignore ?? [];
  if (!Array.isArray(ignore)) fail([...base, 'ignore'], 'must be a list of names or requirements', 'e.g. ignore = ["numpy", "torch>=2.7"]');
  (ignore as unknown[]).forEach((item, i) => {
    if (typeof item !== 'string') return fail([...base, 'ignore', i], 'must be a string', 'e.g. "numpy" or "torch>=2.7"');
    let req;
    try {
      req = parseRequirement(item);
    } catch (error) {
      return fail([...base, 'ignore', i], `is not a name or requirement: ${(error as Error).message}`, 'e.g. "numpy" or "torch>=2.7"');
    }
    config.ignore.set(req.normalizedName, req.specifier);
  });

  if (table['min-release-age'] !== undefined) {
    const ms = parseDuration(table['min-release-age']);
    if (ms === null) fail([...base, 'min-release-age'], 'must be a duration', 'e.g. min-release-age = "7d" (also "12h", "2w", or a number of days).');
    config.minReleaseAgeMs = ms!;
  }

  const defaults = table['default-groups'] ?? true;
  if (typeof defaults !== 'boolean') fail([...base, 'default-groups'], 'must be true or false', 'default-groups = false turns off the built-in families.');

  const groups = table.groups ?? {};
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) {
    fail([...base, 'groups'], 'must be a table of name = [packages]', 'e.g. [tool.lockstep.bump.groups] with hf = ["transformers", "tokenizers"]');
  }
  const seen = new Map<string, string>();
  for (const [name, members] of Object.entries(groups as Record<string, unknown>)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) fail([...base, 'groups', name], 'is not a usable group name', 'Use letters, digits, ".", "_" and "-" (it becomes part of a branch name).');
    if (!Array.isArray(members) || members.some((m) => typeof m !== 'string')) {
      fail([...base, 'groups', name], 'must be a list of package names', `e.g. ${name} = ["transformers", "tokenizers"]`);
    }
    const normalized = (members as string[]).map(normalizeName);
    for (const member of normalized) {
      const other = seen.get(member);
      if (other) fail([...base, 'groups', name], `lists ${member}, which is already in group ${other}`, 'A package belongs to one group.');
      seen.set(member, name);
    }
    config.groups.push({ name, members: normalized });
  }
  if (defaults) {
    for (const family of DEFAULT_GROUPS) {
      // A user group that takes a family member wins over the built-in family for that member.
      const members = family.members.filter((m) => !seen.has(m));
      if (members.length > 0 && !config.groups.some((g) => g.name === family.name)) config.groups.push({ name: family.name, members });
    }
  }
  return config;
}

/** The group a package moves with: its configured or built-in family, else its own name. */
export function groupOf(config: BumpConfig, normalizedName: string): string {
  return config.groups.find((g) => g.members.includes(normalizedName))?.name ?? normalizedName;
}

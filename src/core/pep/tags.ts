/**
 * PEP 425 compatibility tags: which wheels a target (CPython version × platform) can install, and which
 * it prefers. Ordering and rules follow pypa/packaging (`packaging.tags.sys_tags`) and uv
 * (crates/uv-platform-tags/src/tags.rs `Tags::from_env` / `compatible_tags`):
 *   1. cpXY-cpXY[t]-<platform>            (the exact C API)
 *   2. cpXY-abi3-<platform>, cpXY-none-<platform>, then cp3W-abi3-<platform> for W = Y-1 … 2
 *      (no abi3 on a free-threaded build)
 *   3. py3Y-none-<platform>, py3-none-<platform>, py3W-none-<platform> for W = Y-1 … 0
 *   4. cpXY-none-any, py3Y-none-any, py3-none-any, py3W-none-any …
 * Platform tags, most preferred first: manylinux_2_N for N = floor … arch minimum (with the legacy
 * aliases manylinux2014 = 2_17, manylinux2010 = 2_12, manylinux1 = 2_5 right after their PEP 600 twin),
 * then linux_<arch> (uv and packaging both accept it on a glibc target); musllinux_1_N descending then
 * linux_<arch>; macOS: X_0 for X = target … 11, then 10_16 … 10_4 (x86_64 also 10_N ≤ target when the
 * target is 10.x), each with the arch's binary formats; Windows: win_amd64 / win_arm64 / win32.
 * Matching is exact, as in uv: a `macosx_14_5_arm64` wheel matches no target, since macOS 11+ tags
 * are X_0 (astral-sh/uv#16337). A free-threaded target takes only `none` and `cpXYt` ABIs (uv's
 * `Tags::compatibility`), so not packaging 26's `abi3t` either.
 */
import { LockstepError } from '../errors.js';
import type { Platform, PlatformArch } from './platforms.js';
import { parsePythonTarget } from './platforms.js';
import { compareBuildTags, parseWheelFilename } from './wheel.js';
import type { WheelFilename } from './wheel.js';

/** The lowest manylinux_2_N minor each architecture has (uv's `Arch::get_minimum_manylinux_minor`). */
function minimumManylinuxMinor(arch: PlatformArch): number | null {
  switch (arch) {
    case 'x86_64':
    case 'i686':
      return 5;
    case 'aarch64':
    case 'armv7l':
    case 'ppc64le':
    case 's390x':
      return 17;
    case 'riscv64':
      return 31;
  }
}

/** macOS binary formats a given CPU can run, most specific first (packaging's `mac_binary_formats`). */
function macBinaryFormats(arch: PlatformArch): string[] {
  if (arch === 'aarch64') return ['arm64', 'universal2'];
  if (arch === 'x86_64') return ['x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'];
  if (arch === 'i686') return ['i386', 'intel', 'fat32', 'fat', 'universal'];
  return [];
}

/** Platform tags for the target, most preferred first. */
export function platformTags(platform: Platform): string[] {
  const tags: string[] = [];
  const arch = platform.arch;
  if (platform.os === 'windows') {
    if (arch === 'x86_64') tags.push('win_amd64');
    else if (arch === 'aarch64') tags.push('win_arm64');
    else if (arch === 'i686') tags.push('win32');
    return tags;
  }
  if (platform.os === 'macos') {
    const [major, minor] = platform.macos ?? [13, 0];
    const formats = macBinaryFormats(arch);
    if (major >= 11) {
      // Since macOS 11 each yearly release bumps the major version; wheels are tagged X_0.
      for (let m = major; m >= 11; m--) for (const f of formats) tags.push(`macosx_${m}_0_${f}`);
      // universal2 (and, on Intel, the x86_64 slices) may claim a 10.x floor.
      const tenFormats = arch === 'aarch64' ? ['universal2'] : formats;
      for (let m = 16; m >= 4; m--) for (const f of tenFormats) tags.push(`macosx_10_${m}_${f}`);
    } else if (major === 10 && arch !== 'aarch64') {
      for (let m = minor; m >= 4; m--) for (const f of formats) tags.push(`macosx_10_${m}_${f}`);
    }
    return tags;
  }
  // Linux.
  if (platform.libc === 'musl') {
    const [major, minor] = platform.musl ?? [1, 2];
    for (let m = minor; m >= 0; m--) tags.push(`musllinux_${major}_${m}_${arch}`);
  } else {
    const [major, floor] = platform.glibc ?? [2, 17];
    const lowest = minimumManylinuxMinor(arch);
    if (lowest !== null) {
      for (let m = floor; m >= lowest; m--) {
        tags.push(`manylinux_${major}_${m}_${arch}`);
        // PEP 600 legacy aliases rank right after the tag they alias.
        if (major === 2 && m === 17) tags.push(`manylinux2014_${arch}`);
        if (major === 2 && m === 12) tags.push(`manylinux2010_${arch}`);
        if (major === 2 && m === 5) tags.push(`manylinux1_${arch}`);
      }
    }
  }
  tags.push(`linux_${arch}`);
  return tags;
}

interface TagTriple {
  python: string;
  abi: string;
  platform: string;
}

function compatibleTagTriples(python: string, platform: Platform): TagTriple[] {
  const target = parsePythonTarget(python);
  if (target.major !== 3) {
    throw new LockstepError(`Unsupported Python version ${JSON.stringify(python)}`, { hint: 'Only CPython 3.x targets are supported.' });
  }
  const { major, minor, freethreaded } = target;
  const cp = `cp${major}${minor}`;
  // Before 3.8 CPython builds carried the pymalloc `m` flag in their ABI tag.
  const abi = freethreaded ? `${cp}t` : minor <= 7 ? `${cp}m` : cp;
  const plats = platformTags(platform);
  const out: TagTriple[] = [];
  for (const p of plats) out.push({ python: cp, abi, platform: p });
  for (let m = minor; m >= 2; m--) {
    if (!freethreaded) for (const p of plats) out.push({ python: `cp${major}${m}`, abi: 'abi3', platform: p });
    if (m === minor) for (const p of plats) out.push({ python: cp, abi: 'none', platform: p });
  }
  for (let m = minor; m >= 0; m--) {
    for (const p of plats) out.push({ python: `py${major}${m}`, abi: 'none', platform: p });
    if (m === minor) for (const p of plats) out.push({ python: `py${major}`, abi: 'none', platform: p });
  }
  out.push({ python: cp, abi: 'none', platform: 'any' });
  for (let m = minor; m >= 0; m--) {
    out.push({ python: `py${major}${m}`, abi: 'none', platform: 'any' });
    if (m === minor) out.push({ python: `py${major}`, abi: 'none', platform: 'any' });
  }
  return out;
}

/** 'cp311-cp311-manylinux_2_28_x86_64', … most preferred first, like packaging.tags.sys_tags / uv's Tags. */
export function compatibleTags(python: string, platform: Platform): string[] {
  return compatibleTagTriples(python, platform).map((t) => `${t.python}-${t.abi}-${t.platform}`);
}

export interface TagMatcher {
  /** Lower = better; null = not installable on this target. */
  priority(wheel: WheelFilename): number | null;
}

/**
 * Why a wheel does not fit a target, closest miss first considered last (uv's `IncompatibleTag`):
 * `python` (no interpreter tag fits, e.g. cp310 on 3.12), `abi` (interpreter fits, ABI does not),
 * `freethreaded-abi` (a free-threaded target and no `none`/`cpXYt` ABI), `platform` (only the
 * platform tag is wrong, e.g. manylinux_2_28 on a 2.17 target, or win_amd64 on Linux).
 */
export type Incompatibility = 'python' | 'abi' | 'freethreaded-abi' | 'platform';

class MapTagMatcher implements TagMatcher {
  /** python tag → abi tag → platform tag → rank (0 = most preferred). */
  private readonly index = new Map<string, Map<string, Map<string, number>>>();

  constructor(
    triples: TagTriple[],
    private readonly freethreaded: boolean,
    /** '312' for CPython 3.12. */
    private readonly cpVersion: string,
  ) {
    triples.forEach((t, rank) => {
      let abis = this.index.get(t.python);
      if (!abis) this.index.set(t.python, (abis = new Map()));
      let plats = abis.get(t.abi);
      if (!plats) abis.set(t.abi, (plats = new Map()));
      if (!plats.has(t.platform)) plats.set(t.platform, rank);
    });
  }

  /** null when the wheel is installable; otherwise the closest miss (see {@link Incompatibility}). */
  incompatibility(wheel: WheelFilename): Incompatibility | null {
    if (this.priority(wheel) !== null) return null;
    if (this.freethreaded && !wheel.abiTags.some((a) => a === 'none' || /^cp\d+t$/.test(a))) return 'freethreaded-abi';
    // A wheel built for another CPython's ABI (cp310 on 3.12) is a Python-version miss, not an ABI one.
    const versionAbis = wheel.abiTags.map((abi) => /^cp(\d+)/.exec(abi)?.[1]);
    if (versionAbis.every((v) => v !== undefined && v !== this.cpVersion)) return 'python';
    let closest: Incompatibility = 'python';
    for (const py of wheel.pythonTags) {
      const abis = this.index.get(py);
      if (!abis) continue;
      if (wheel.abiTags.some((abi) => abis.has(abi))) return 'platform';
      closest = 'abi';
    }
    return closest;
  }

  priority(wheel: WheelFilename): number | null {
    // uv: a free-threaded interpreter only loads `none` or `cpXYt` ABIs (abi3 is not free-threading safe).
    if (this.freethreaded && !wheel.abiTags.some((a) => a === 'none' || /^cp\d+t$/.test(a))) return null;
    let best: number | null = null;
    for (const py of wheel.pythonTags) {
      const abis = this.index.get(py);
      if (!abis) continue;
      for (const abi of wheel.abiTags) {
        const plats = abis.get(abi);
        if (!plats) continue;
        for (const plat of wheel.platformTags) {
          const rank = plats.get(plat);
          if (rank !== undefined && (best === null || rank < best)) best = rank;
        }
      }
    }
    return best;
  }
}

const MATCHERS = new Map<string, MapTagMatcher>();
/** Fast path: resolvePlatform hands out one object per name, so most look-ups hit this without building a key. */
const MATCHERS_BY_PLATFORM = new WeakMap<Platform, Map<string, MapTagMatcher>>();

function platformKey(platform: Platform): string {
  // The name alone is not enough when a caller overrides the macOS floor or builds a Platform by hand.
  return `${platform.name}|${platform.os}|${platform.arch}|${platform.libc}|${platform.glibc}|${platform.musl}|${platform.macos}`;
}

/** Why `wheel` cannot be installed on the target, or null when it can (for messages and hints). */
export function whyIncompatible(wheel: WheelFilename, python: string, platform: Platform): Incompatibility | null {
  return matcherFor(python, platform).incompatibility(wheel);
}

/** A fast, memoised (per python × platform) compatibility check: O(#tags in the filename) Map lookups. */
export function tagMatcher(python: string, platform: Platform): TagMatcher {
  return matcherFor(python, platform);
}

function matcherFor(python: string, platform: Platform): MapTagMatcher {
  let perPython = MATCHERS_BY_PLATFORM.get(platform);
  const hit = perPython?.get(python);
  if (hit) return hit;
  const key = `${python}|${platformKey(platform)}`;
  let matcher = MATCHERS.get(key);
  if (!matcher) {
    const target = parsePythonTarget(python);
    matcher = new MapTagMatcher(compatibleTagTriples(python, platform), target.freethreaded, `${target.major}${target.minor}`);
    MATCHERS.set(key, matcher);
  }
  if (!perPython) MATCHERS_BY_PLATFORM.set(platform, (perPython = new Map()));
  perPython.set(python, matcher);
  return matcher;
}

/**
 * The wheel uv would pick for the target: the best tag priority, then the highest build tag.
 * Filenames that are not valid wheels are skipped (they can never be installed).
 */
export function bestWheel<T>(wheels: T[], filenameOf: (w: T) => string, python: string, platform: Platform): T | null {
  const matcher = tagMatcher(python, platform);
  let best: T | null = null;
  let bestRank = Infinity;
  let bestBuild: string | null = null;
  for (const wheel of wheels) {
    let parsed: WheelFilename;
    try {
      parsed = parseWheelFilename(filenameOf(wheel));
    } catch (error) {
      if (error instanceof LockstepError) continue;
      throw error;
    }
    const rank = matcher.priority(parsed);
    if (rank === null) continue;
    if (rank < bestRank || (rank === bestRank && compareBuildTags(parsed.build, bestBuild) > 0)) {
      best = wheel;
      bestRank = rank;
      bestBuild = parsed.build;
    }
  }
  return best;
}

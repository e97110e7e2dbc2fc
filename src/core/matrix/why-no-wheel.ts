/**
 * Why a package has no wheel for a target, in the words a user can act on: its wheels need a newer
 * glibc than the target assumes (vllm 0.19.1: manylinux_2_31 wheels, a manylinux_2_28 target), they are
 * for other Python versions (cp312, cp313 but not cp314), or they are for other platforms.
 */
import { resolvePlatform, type Platform } from '../pep/platforms.js';
import { tagMatcher } from '../pep/tags.js';
import type { WheelFilename } from '../pep/wheel.js';

export type NoWheelReason =
  | { kind: 'glibc'; needs: [number, number]; has: [number, number]; works: string }
  | { kind: 'python'; available: string[] }
  | { kind: 'platform' };

/** uv's manylinux floors as `--python-platform` names (no 2_18…2_27, 2_29, 2_30). */
const MANYLINUX_FLOORS = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40];
const LEGACY_GLIBC: Record<string, number> = { manylinux1: 5, manylinux2010: 12, manylinux2014: 17 };
const OTHER_PYTHONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.13t', '3.14t'];

/** `manylinux_2_31_x86_64` → 31 for arch x86_64; legacy aliases too; null for other tags/arches. */
function glibcMinor(tag: string, arch: string): number | null {
  const m = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (m) return m[3] === arch && m[1] === '2' ? Number(m[2]) : null;
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(tag);
  return legacy && legacy[2] === arch ? LEGACY_GLIBC[legacy[1]!]! : null;
}

/** The reason, or null when some wheel fits (then nothing is missing). */
export function whyNoWheel(wheels: readonly WheelFilename[], python: string, platform: Platform): NoWheelReason | null {
  const here = tagMatcher(python, platform);
  if (wheels.some((w) => here.priority(w) !== null)) return null;
  // A newer glibc would do: same arch, a wheel that fits once the floor is raised to its manylinux tag.
  if (platform.os === 'linux' && platform.libc === 'gnu' && platform.glibc) {
    let needs: number | null = null;
    for (const wheel of wheels) {
      for (const tag of wheel.platformTags) {
        const minor = glibcMinor(tag, platform.arch);
        if (minor === null || minor <= platform.glibc[1]) continue;
        const floor = MANYLINUX_FLOORS.find((f) => f >= minor);
        if (floor === undefined) continue;
        const raised = resolvePlatform(`${platform.arch}-manylinux_2_${floor}`);
        if (tagMatcher(python, raised).priority(wheel) !== null && (needs === null || minor < needs)) needs = minor;
      }
    }
    if (needs !== null) {
      const floor = MANYLINUX_FLOORS.find((f) => f >= needs!)!;
      return { kind: 'glibc', needs: [2, needs], has: [...platform.glibc], works: `${platform.arch}-manylinux_2_${floor}` };
    }
  }
  const available = OTHER_PYTHONS.filter((other) => other !== python && wheels.some((w) => tagMatcher(other, platform).priority(w) !== null));
  if (available.length > 0) return { kind: 'python', available };
  return { kind: 'platform' };
}

/** `cp312`, `cp313t`: how wheel tags name a CPython. */
function cpTag(python: string): string {
  return `cp${python.replace('.', '')}`;
}

/** One sentence for a finding's message. */
export function describeNoWheel(reason: NoWheelReason, python: string, platformName: string, examples: readonly string[]): string {
  switch (reason.kind) {
    case 'glibc':
      return `Its wheels need a newer glibc: the oldest that fits is manylinux_2_${reason.needs[1]} (glibc ≥ 2.${reason.needs[1]}), and ${platformName} assumes glibc ${reason.has.join('.')}. It installs on \`${reason.works}\` (or newer); pick a version with a manylinux_2_${reason.has[1]} wheel, or target a newer glibc.`;
    case 'python':
      return `There is no wheel for ${cpTag(python)} (wheels exist for ${reason.available.map(cpTag).join(', ')} on this platform); pick a version that publishes ${cpTag(python)} wheels, or drop that Python.`;
    case 'platform':
      return `Its wheels are for other platforms (${examples.slice(0, 3).join(', ')}${examples.length > 3 ? ', …' : ''}); restrict it with a marker, pick a version with a wheel for this target, or drop the target.`;
  }
}

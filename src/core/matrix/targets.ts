/**
 * Targets: CPython minor × uv `--python-platform` name (× an optional CUDA version).
 *
 * Defaults, when the caller names none:
 * - Pythons: every CPython minor from 3.8 to 3.14 that has at least one patch release inside the lock's
 *   `requires-python` (falling back to pyproject's), e.g. `>=3.13.14, <3.14` → 3.13 only.
 * - Platforms: the lock's `supported-markers` (uv writes `tool.uv.environments` there), else
 *   pyproject's `tool.uv.environments`, mapped onto the candidate platforms below (a candidate is kept
 *   when some marker holds on it for some default Python); without either, uv's three everyday
 *   platforms: `x86_64-manylinux_2_28` (what current Linux runners and PyTorch wheels need),
 *   `aarch64-apple-darwin` and `x86_64-pc-windows-msvc`.
 *   Where the markers restrict Python too (`python_version == '3.13' and …`), only matching pairs stay.
 * - Secondary candidates per OS (x86_64 macOS, arm64 Windows) are used only when the markers rule out
 *   the primary one: they are legacy/rare runners and would double the matrix for little news.
 * - CUDA: `options.cuda` is attached to Linux and Windows targets only (there is no CUDA on macOS).
 */
import { LockstepError } from '../errors.js';
import type { Pyproject } from '../lock/pyproject.js';
import type { UvLock } from '../lock/uvlock.js';
import { evaluateMarker, type MarkerEnvironment } from '../pep/markers.js';
import { parsePythonTarget, resolvePlatform } from '../pep/platforms.js';
import { versionSatisfies } from '../pep/version.js';
import type { CheckOptions, Target, TargetSpec } from './types.js';

/** CPython minors lockstep knows (3.8 is the oldest uv still resolves for; 3.14 the newest release). */
export const KNOWN_PYTHONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14'] as const;

/** Used when the lock names no supported environments. */
export const DEFAULT_PLATFORMS = ['x86_64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-pc-windows-msvc'] as const;

/** Candidates matched against `supported-markers`, primary per OS first. */
const CANDIDATES: { name: string; os: string; secondary: boolean }[] = [
  { name: 'x86_64-manylinux_2_28', os: 'linux', secondary: false },
  { name: 'aarch64-manylinux_2_28', os: 'linux', secondary: false },
  { name: 'aarch64-apple-darwin', os: 'macos', secondary: false },
  { name: 'x86_64-apple-darwin', os: 'macos', secondary: true },
  { name: 'x86_64-pc-windows-msvc', os: 'windows', secondary: false },
  { name: 'aarch64-pc-windows-msvc', os: 'windows', secondary: true },
];

/** `cp311-x86_64-manylinux_2_28`, `cp311-x86_64-manylinux_2_28-cu124`, `cp313t-…` for free-threaded. */
export function targetId(python: string, platform: string, cuda: string | null): string {
  const p = parsePythonTarget(python);
  const cudaPart = cuda ? `-cu${cuda.replace(/\./g, '')}` : '';
  return `cp${p.major}${p.minor}${p.freethreaded ? 't' : ''}-${platform}${cudaPart}`;
}

function satisfies(version: string, spec: string): boolean {
  try {
    return versionSatisfies(version, spec, { prereleases: true });
  } catch {
    return true;
  }
}

/**
 * The Python version to evaluate markers with for a minor: X.Y.0 like uv, or the lowest patch inside
 * requires-python when X.Y.0 is outside (`>=3.13.14` → 3.13.14), so lock markers see a legal version.
 */
export function markerPython(minor: string, requiresPython: string | null): string {
  if (!requiresPython || /^\d+\.\d+\.\d+/.test(minor)) return minor;
  const base = minor.replace(/t$/, '');
  for (let patch = 0; patch <= 40; patch++) if (satisfies(`${base}.${patch}`, requiresPython)) return `${base}.${patch}`;
  return minor;
}

function minorsInside(requiresPython: string | null, candidates: readonly string[] = KNOWN_PYTHONS): string[] {
  if (!requiresPython) return [...candidates];
  return candidates.filter((minor) => {
    for (let patch = 0; patch <= 40; patch++) if (satisfies(`${minor}.${patch}`, requiresPython)) return true;
    return false;
  });
}

function markerHolds(marker: string, env: MarkerEnvironment): boolean {
  try {
    return evaluateMarker(marker, { env });
  } catch {
    return false;
  }
}

/** Bad input → LockstepError before any work: not a CPython version, or outside requires-python. */
function checkPython(python: string, requiresPython: string | null): void {
  parsePythonTarget(python);
  if (requiresPython && !minorsInside(requiresPython, [python.replace(/t$/, '').split('.').slice(0, 2).join('.')]).length) {
    throw new LockstepError(`Python ${python} is outside the project's requires-python (${requiresPython}).`, {
      hint: `uv would refuse to install the project there; pick Pythons inside ${requiresPython}.`,
    });
  }
}

/** Explicit pairs, in the order given (duplicates dropped); CUDA on macOS is refused (there is none). */
function explicitTargets(specs: TargetSpec[], requiresPython: string | null): Target[] {
  const targets: Target[] = [];
  for (const spec of specs) {
    checkPython(spec.python, requiresPython);
    const platform = resolvePlatform(spec.platform);
    const cuda = spec.cuda || null;
    if (cuda && platform.os === 'macos') {
      throw new LockstepError(`Target ${spec.python}:${spec.platform}:${cuda} asks for CUDA on macOS, which has none.`, {
        hint: `Drop the CUDA part (${spec.python}:${spec.platform}) or use a Linux/Windows platform.`,
      });
    }
    const id = targetId(spec.python, spec.platform, cuda);
    if (!targets.some((t) => t.id === id)) targets.push({ id, python: spec.python, platform: spec.platform, cuda });
  }
  return targets;
}

/** The targets to check, in a stable order (Python, then platform; explicit `targets` as given). */
export function resolveTargets(lock: UvLock | null, pyproject: Pyproject | null, options: CheckOptions): Target[] {
  const requiresPython = lock?.requiresPython ?? pyproject?.requiresPython ?? null;
  if (options.targets && options.targets.length > 0) return explicitTargets(options.targets, requiresPython);
  const pythons = options.pythons && options.pythons.length > 0 ? options.pythons : minorsInside(requiresPython);
  for (const python of pythons) checkPython(python, requiresPython);
  const explicitPlatforms = options.platforms && options.platforms.length > 0 ? options.platforms : null;
  const markers = lock && lock.supportedMarkers.length > 0 ? lock.supportedMarkers : (pyproject?.tool.uv.environments ?? []);

  let pairs: { python: string; platform: string }[] = [];
  if (explicitPlatforms) {
    for (const name of explicitPlatforms) resolvePlatform(name);
    for (const python of pythons) for (const platform of explicitPlatforms) pairs.push({ python, platform });
  } else if (markers.length === 0) {
    for (const python of pythons) for (const platform of DEFAULT_PLATFORMS) pairs.push({ python, platform });
  } else {
    const holds = (python: string, name: string): boolean => {
      const env = resolvePlatform(name).markerEnvironment(markerPython(python, requiresPython));
      return markers.some((m) => markerHolds(m, env));
    };
    const chosen = CANDIDATES.filter((c) => {
      if (!pythons.some((py) => holds(py, c.name))) return false;
      if (!c.secondary) return true;
      // A secondary candidate only stands in for a primary of the same OS that the markers exclude.
      return !CANDIDATES.some((p) => p.os === c.os && !p.secondary && pythons.some((py) => holds(py, p.name)));
    });
    for (const python of pythons) for (const c of chosen) if (holds(python, c.name)) pairs.push({ python, platform: c.name });
  }
  if (pairs.length === 0) {
    throw new LockstepError('No target to check: the requested Pythons/platforms fall outside what the lock supports.', {
      hint: `requires-python is ${requiresPython ?? 'unset'}${markers.length ? `; supported environments: ${markers.join(' | ')}` : ''}. Pick --python/--platform values inside them.`,
    });
  }
  pairs = pairs.filter((p, i) => pairs.findIndex((q) => q.python === p.python && q.platform === p.platform) === i);
  return pairs.map(({ python, platform }) => {
    const cuda = options.cuda && resolvePlatform(platform).os !== 'macos' ? options.cuda : null;
    return { id: targetId(python, platform, cuda), python, platform, cuda };
  });
}

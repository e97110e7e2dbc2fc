/**
 * Where each target comes from, and what that means for a problem found on it.
 *
 * A **declared** target is one the project or the workflow named: explicit `targets` pairs, `--python` /
 * `--platform`, `.python-version`, a `requires-python` with an upper bound (or its lower bound),
 * `[tool.uv] environments` / `required-environments`, `[tool.lockstep] targets`, and the target this run
 * itself installs (the setup step's Python × the runner, a verify leg). An **implied** target was only
 * inferred: a CPython minor that an open-ended `requires-python` happens to admit, or a platform of the
 * default set used when the project names none. A target is declared when both its Python and its
 * platform are (or the pair itself was named).
 *
 * A problem that occurs only on implied targets is a warning, not an error: failing a research project's
 * CI for CPython 3.14, which it never runs on, only gets the check switched off. The warning says what
 * the project implies and the one-line fix.
 */
import type { Finding, FindingCode } from '../findings.js';
import { evaluateMarker } from '../pep/markers.js';
import { resolvePlatform } from '../pep/platforms.js';
import { versionSatisfies } from '../pep/version.js';
import type { Target, TargetSpec } from './types.js';

/** What named a target's Python or platform (the JSON's `origin` values; add, never rename). */
export type AxisOrigin =
  | 'targets' // an explicit PYTHON:PLATFORM pair (setup's `targets` input, verify's leg)
  | 'option' // --python / --platform
  | 'this-run' // the interpreter and runner the setup step itself installs on
  | 'tool.lockstep.targets'
  | '.python-version'
  | 'requires-python' // a bounded range, or its lower bound
  | 'required-environments'
  | 'environments'
  | 'requires-python-open' // implied: an open-ended range admits it
  | 'default-platforms'; // implied: the project names no platform

export interface TargetProvenance {
  kind: 'declared' | 'implied';
  python: AxisOrigin;
  platform: AxisOrigin;
}

const IMPLIED: ReadonlySet<AxisOrigin> = new Set(['requires-python-open', 'default-platforms']);

/** Codes whose findings hold per target (a target-less one covers every target). */
export const TARGET_CODES: ReadonlySet<FindingCode> = new Set(['sdist-build', 'no-distribution', 'target-unsupported', 'cuda-mismatch', 'driver-floor']);

export interface ProvenanceContext {
  requiresPython: string | null;
  /** `.python-version`'s first request (`3.12`, `3.12.4`, `cpython-3.12`), when the file exists. */
  pythonVersionFile: string | null;
  /** uv.lock `required-markers` / `[tool.uv] required-environments`. */
  requiredMarkers: readonly string[];
  /** uv.lock `supported-markers` / `[tool.uv] environments`. */
  environmentMarkers: readonly string[];
  /** How the engine picked the axes: explicit pairs, or per axis from options / inference. */
  explicitPairs: boolean;
  pythonsGiven: boolean;
  platformsGiven: boolean;
  /** Pairs a caller knows are installed for real in this run (setup's own target). */
  thisRun: readonly TargetSpec[];
  /** `[tool.lockstep] targets`. */
  lockstepTargets: readonly TargetSpec[];
}

function satisfies(version: string, spec: string): boolean {
  try {
    return versionSatisfies(version, spec, { prereleases: true });
  } catch {
    return true;
  }
}

function minorOf(python: string): string {
  return python.replace(/t$/, '').split('.').slice(0, 2).join('.');
}

/** The CPython minor a `.python-version` request names (`3.12.4` → `3.12`), or null (pypy, a path, ...). */
export function pythonVersionFileMinor(request: string | null): string | null {
  const m = request ? /^(?:cpython-?)?(3\.\d+)(?:[.\s]|t?$)/i.exec(request.trim()) : null;
  return m ? m[1]! : null;
}

/** True when requires-python bounds the 3.x series from above (`<3.14`, `==3.12.*`; not `<4`). */
export function hasUpperBound(requiresPython: string | null): boolean {
  return requiresPython !== null && !satisfies('3.99.0', requiresPython);
}

function admits(minor: string, requiresPython: string): boolean {
  for (let patch = 0; patch <= 40; patch++) if (satisfies(`${minor}.${patch}`, requiresPython)) return true;
  return false;
}

/** The lowest CPython 3.x minor requires-python admits (its lower bound, as a minor). */
function lowestMinor(requiresPython: string): string | null {
  for (let minor = 0; minor <= 40; minor++) if (admits(`3.${minor}`, requiresPython)) return `3.${minor}`;
  return null;
}

function markerHolds(markers: readonly string[], target: Target, requiresPython: string | null): boolean {
  if (markers.length === 0) return false;
  let env;
  try {
    const base = minorOf(target.python);
    const patch = requiresPython && !satisfies(`${base}.0`, requiresPython) ? ([...Array(41).keys()].find((p) => satisfies(`${base}.${p}`, requiresPython)) ?? 0) : 0;
    env = resolvePlatform(target.platform).markerEnvironment(`${base}.${patch}`);
  } catch {
    return false;
  }
  return markers.some((m) => {
    try {
      return evaluateMarker(m, { env });
    } catch {
      return false;
    }
  });
}

const samePair = (spec: TargetSpec, t: Target): boolean =>
  minorOf(spec.python) === minorOf(t.python) && spec.platform === t.platform && (spec.cuda ?? null) === (t.cuda ?? null);

/** Each target's provenance (see the module comment). */
export function targetProvenance(target: Target, ctx: ProvenanceContext): TargetProvenance {
  const declared = (python: AxisOrigin, platform: AxisOrigin): TargetProvenance => ({ kind: 'declared', python, platform });
  if (ctx.explicitPairs) return declared('targets', 'targets');
  if (ctx.thisRun.some((s) => samePair(s, target))) return declared('this-run', 'this-run');
  if (ctx.lockstepTargets.some((s) => samePair(s, target))) return declared('tool.lockstep.targets', 'tool.lockstep.targets');

  const minor = minorOf(target.python);
  const rp = ctx.requiresPython;
  let python: AxisOrigin;
  if (ctx.pythonsGiven) python = 'option';
  else if (pythonVersionFileMinor(ctx.pythonVersionFile) === minor) python = '.python-version';
  else if (rp !== null && (hasUpperBound(rp) || lowestMinor(rp) === minor)) python = 'requires-python';
  else python = 'requires-python-open';

  let platform: AxisOrigin;
  if (ctx.platformsGiven) platform = 'option';
  else if (markerHolds(ctx.requiredMarkers, target, rp)) platform = 'required-environments';
  else if (ctx.environmentMarkers.length > 0) platform = 'environments';
  else platform = 'default-platforms';

  return { kind: IMPLIED.has(python) || IMPLIED.has(platform) ? 'implied' : 'declared', python, platform };
}

function cpTag(python: string): string {
  return `cp${minorOf(python).replace('.', '')}`;
}

/**
 * The one-line explanation and fix for a problem seen only on implied targets: which inference put the
 * targets there, and the edit that settles it. When every such target is there because requires-python
 * is open-ended, an upper bound (or a release with wheels for that Python) is the fix; when every one is
 * a default platform, declaring the platforms is; otherwise both. Declaring the target in
 * `required-environments` makes it a promise, and the problem an error.
 */
export function impliedNote(subject: string | null, targets: readonly Target[], requiresPython: string | null): string {
  const pythonImplied = targets.length > 0 && targets.every((t) => t.provenance?.python === 'requires-python-open');
  const platformImplied = targets.length > 0 && targets.every((t) => t.provenance?.platform === 'default-platforms');
  const why: string[] = [];
  const fixes: string[] = [];
  if ((pythonImplied || !platformImplied) && requiresPython) {
    const minors = [...new Set(targets.filter((t) => t.provenance?.python === 'requires-python-open').map((t) => minorOf(t.python)))].sort(
      (a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]),
    );
    if (minors.length > 0) {
      why.push(`CPython ${minors.join(', ')} ${minors.length === 1 ? 'is' : 'are'} only implied by \`requires-python = "${requiresPython}"\`, which has no upper bound`);
      fixes.push(`bound it: \`requires-python = "${requiresPython},<${minors[0]}"\``);
      fixes.push(`move ${subject ?? 'the package'} to a release with ${minors.map(cpTag).join('/')} wheels`);
    }
  }
  if (!pythonImplied) {
    const names = [...new Set(targets.filter((t) => t.provenance?.platform === 'default-platforms').map((t) => t.platform))];
    if (names.length > 0) {
      why.push(`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} only implied: the project declares no platforms`);
      fixes.push("declare the ones you support: `[tool.uv] environments = [\"sys_platform == 'linux'\"]`");
    }
  }
  fixes.push('list the target in `[tool.uv] required-environments` to make it a promise (then this is an error)');
  return `Only on implied targets: ${why.join('; ')}. Fix: ${fixes.join(', or ')}.`;
}

/**
 * Applies provenance to findings: a per-target problem whose targets are all implied is at most a
 * warning, tagged `provenance: 'implied'`, with {@link impliedNote} appended; on a declared target it
 * keeps its severity and is tagged `declared`. Findings not about targets are left as they are.
 */
export function applyProvenance(findings: readonly Finding[], targets: readonly Target[], requiresPython: string | null): Finding[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  return findings.map((f) => {
    if (!TARGET_CODES.has(f.code)) return f;
    const covered = f.target !== undefined ? [byId.get(f.target)].filter((t): t is Target => t !== undefined) : [...targets];
    if (covered.length === 0) return f;
    if (covered.some((t) => t.provenance?.kind !== 'implied')) return { ...f, provenance: 'declared' };
    if (f.severity !== 'error') return { ...f, provenance: 'implied' };
    return {
      ...f,
      severity: 'warning',
      provenance: 'implied',
      downgradedFrom: 'error',
      message: `${f.message} ${impliedNote(f.package ?? null, covered, requiresPython)}`,
    };
  });
}

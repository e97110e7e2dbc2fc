/**
 * Installed distributions against the lock's selection for one target: what the lock selects, what
 * differs (missing, extra, other version), and which installs were built from source.
 */
import type { CheckReport } from '../matrix/types.js';
import { compareVersions, normalizeName } from '../pep/version.js';
import { parseWheelFilename } from '../pep/wheel.js';
import { expandTagSet } from './dist-info.js';
import type { InstalledDist, LockedDist, Mismatch, VerifyCheck } from './types.js';

/**
 * Installer bootstrap packages: `uv venv --seed` and `python -m venv` put them in every venv, and
 * `uv sync` leaves them alone. They are ignored unless the lock selects them (then they are compared).
 */
export const SEED_PACKAGES: ReadonlySet<string> = new Set(['pip', 'setuptools', 'wheel']);

/** Sources that are the project's own code: built and installed by design, never a surprise build. */
function isProjectLocal(source: string): boolean {
  return /^(editable|virtual)\+/.test(source);
}

/**
 * Every package whose verdict on the target is not `not-needed`. `virtual` sources (a workspace root
 * without a build system) are never installed by uv, so they are left out here.
 */
export function lockSelection(report: CheckReport, targetId: string): LockedDist[] {
  const selected: LockedDist[] = [];
  for (const pkg of report.packages) {
    const verdict = pkg.verdicts[targetId];
    // conda records (pixi.lock) are not installed by uv; verify compares uv installs only.
    if (!verdict || verdict.status === 'not-needed' || verdict.status === 'conda') continue;
    if (pkg.source.startsWith('virtual+')) continue;
    selected.push({
      name: normalizeName(pkg.name),
      version: pkg.version,
      source: pkg.source,
      status: verdict.status,
      file: verdict.file,
      projectLocal: isProjectLocal(pkg.source),
    });
  }
  return selected.sort((a, b) => a.name.localeCompare(b.name));
}

export interface PackageComparison {
  check: VerifyCheck;
  mismatches: Mismatch[];
}

function byName(installed: InstalledDist[]): Map<string, InstalledDist[]> {
  const map = new Map<string, InstalledDist[]>();
  for (const dist of installed) {
    const key = normalizeName(dist.name);
    map.set(key, [...(map.get(key) ?? []), dist]);
  }
  return map;
}

/**
 * Installed == selected: same normalised names, PEP 440-equal versions (local labels included, so
 * `2.5.1+cu124` ≠ `2.5.1+cpu`), nothing missing, nothing extra. An editable project root that is not
 * installed (`uv sync --no-install-project`) is not a mismatch.
 */
export function comparePackages(selection: LockedDist[], installed: InstalledDist[]): PackageComparison {
  const mismatches: Mismatch[] = [];
  const notes: string[] = [];
  const installedByName = byName(installed);
  const lockedNames = new Set<string>();
  for (const locked of selection) {
    lockedNames.add(locked.name);
    const found = installedByName.get(locked.name) ?? [];
    if (found.length === 0) {
      if (locked.projectLocal) notes.push(`${locked.name} (the project itself) is not installed`);
      else mismatches.push({ name: locked.name, locked: locked.version, installed: null });
      continue;
    }
    const versions = found.map((d) => d.version);
    if (found.length > 1 || compareVersions(found[0]!.version, locked.version) !== 0) {
      mismatches.push({ name: locked.name, locked: locked.version, installed: versions.join(', ') });
    }
  }
  const ignoredSeeds: string[] = [];
  for (const [name, dists] of installedByName) {
    if (lockedNames.has(name)) continue;
    if (SEED_PACKAGES.has(name)) {
      ignoredSeeds.push(`${name} ${dists.map((d) => d.version).join(', ')}`);
      continue;
    }
    mismatches.push({ name, locked: null, installed: dists.map((d) => d.version).join(', ') });
  }
  mismatches.sort((a, b) => a.name.localeCompare(b.name));
  if (ignoredSeeds.length > 0) notes.push(`ignored installer seed packages not in the lock: ${ignoredSeeds.join(', ')}`);
  if (mismatches.some((m) => m.locked === null)) {
    notes.push('packages the lock does not select: was the venv synced with extras or groups verify was not told about (inputs extras/groups, --extra/--group)?');
  }
  const tail = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  if (mismatches.length === 0) {
    return {
      check: { name: 'packages', status: 'pass', details: `${installed.length} installed distributions match the ${selection.length} the lock selects${tail}` },
      mismatches,
    };
  }
  const describe = (m: Mismatch) =>
    m.installed === null ? `${m.name} ${m.locked} missing` : m.locked === null ? `${m.name} ${m.installed} not in the lock` : `${m.name} ${m.installed} installed, ${m.locked} locked`;
  return {
    check: { name: 'packages', status: 'fail', details: `${mismatches.length} differ from the lock: ${mismatches.map(describe).join('; ')}${tail}` },
    mismatches,
  };
}

/** Which packages may be built from source: every one (`true`), or these names. */
export interface SourceBuildAllowance {
  all: boolean;
  names: ReadonlySet<string>;
}

export function parseAllowance(values: string[]): SourceBuildAllowance {
  const names = new Set<string>();
  let all = false;
  for (const value of values.flatMap((v) => v.split(/[\s,]+/))) {
    const v = value.trim();
    if (!v || v.toLowerCase() === 'false') continue;
    if (v.toLowerCase() === 'true') all = true;
    else names.add(normalizeName(v));
  }
  return { all, names };
}

function wheelTags(file: string): string[] | null {
  try {
    const w = parseWheelFilename(file);
    return expandTagSet(w.pythonTags, w.abiTags, w.platformTags);
  } catch {
    return null;
  }
}

const WHEEL_URL = /\.whl(?:[?#].*)?$/i;

/**
 * The evidence that a distribution was built from source on this machine. The rule (documented in
 * the README):
 *   1. uv wrote `uv_build.json` into its dist-info (uv does for every wheel it built itself);
 *   2. its `direct_url.json` names a VCS checkout, a local directory (not editable) or a non-wheel archive;
 *   3. the lock has no wheel for it on this target (verdict `sdist`, or a git/url/path `source`);
 *   4. the lock chose a wheel, but the WHEEL `Tag` lines are not that wheel's tags (e.g. `linux_x86_64`
 *      from a local build where the lock had `manylinux_2_17_x86_64`).
 * Editable/virtual sources (the project and its workspace members) and `directory` sources (source
 * trees in the repository) are the project's own code and never count.
 */
export function sourceBuildEvidence(dist: InstalledDist, locked: LockedDist | undefined): string[] {
  if (locked && (locked.projectLocal || locked.source.startsWith('directory+'))) return [];
  if (dist.directUrl?.editable) return [];
  const evidence: string[] = [];
  if (dist.builtByUv) evidence.push('uv built it (uv_build.json)');
  const direct = dist.directUrl;
  if (direct?.kind === 'vcs') evidence.push(`installed from a VCS checkout ${direct.url}`);
  else if (direct?.kind === 'dir') evidence.push(`installed from the directory ${direct.url}`);
  else if (direct?.kind === 'archive' && !WHEEL_URL.test(direct.url)) evidence.push(`installed from the source archive ${direct.url}`);
  if (locked?.status === 'sdist') evidence.push(`the lock has no wheel for this target, only ${locked.file ?? 'an sdist'}`);
  else if (locked?.status === 'source') evidence.push(`locked as a source tree (${locked.source})`);
  else if (locked?.status === 'wheel' && locked.file && dist.tags.length > 0) {
    const expected = wheelTags(locked.file);
    if (expected) {
      const want = new Set(expected);
      const same = dist.tags.length === want.size && dist.tags.every((t) => want.has(t));
      if (!same) evidence.push(`its WHEEL tags ${dist.tags.join('.')} are not those of the locked ${locked.file}`);
    }
  }
  return evidence;
}

export function checkSourceBuilds(selection: LockedDist[], installed: InstalledDist[], allowance: SourceBuildAllowance): VerifyCheck {
  const lockedByName = new Map(selection.map((l) => [l.name, l]));
  const built: { name: string; why: string[] }[] = [];
  for (const dist of installed) {
    const name = normalizeName(dist.name);
    const why = sourceBuildEvidence(dist, lockedByName.get(name));
    if (why.length > 0) built.push({ name, why });
  }
  if (built.length === 0) {
    return { name: 'source-builds', status: 'pass', details: 'nothing was built from source (the project and its workspace members excepted)' };
  }
  const describe = (b: { name: string; why: string[] }) => `${b.name}: ${b.why.join(', ')}`;
  const allowed = built.filter((b) => allowance.all || allowance.names.has(b.name));
  const refused = built.filter((b) => !allowed.includes(b));
  if (refused.length === 0) {
    return { name: 'source-builds', status: 'pass', details: `built from source, allowed: ${allowed.map(describe).join('; ')}` };
  }
  return {
    name: 'source-builds',
    status: 'fail',
    details:
      `${refused.length} built from source: ${refused.map(describe).join('; ')}. ` +
      'Lock a version with a wheel for this target, or allow it (input allow-source-builds / --allow-build NAME).',
  };
}

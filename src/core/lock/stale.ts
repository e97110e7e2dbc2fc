/**
 * `lock-stale`: a static pre-check that uv.lock still describes pyproject.toml, without running uv.
 *
 * uv records what it resolved for in the root package's `[package.metadata]` (`requires-dist`,
 * `requires-dev`, `provides-extras`) and the lock's top-level `requires-python`; `uv lock --check` fails
 * when they disagree with pyproject.toml. We compare the same fields after normalising both sides the
 * way uv writes them:
 * - names PEP 503-normalised, extras normalised and sorted, specifier clauses whitespace-free and sorted;
 * - an optional dependency's lock entry carries `extra == 'x'` in its marker (uv adds it, sometimes in
 *   every branch of an `or`): it is filed under that extra and evaluated with the extra active;
 * - markers compared by *meaning*, not text: uv rewrites them (`python_version` → `python_full_version`,
 *   reorders clauses, drops what requires-python already implies), so two markers are equal when they
 *   agree on every CPython environment inside requires-python on the common platforms (markers on
 *   other variables, e.g. `implementation_name`, are only compared through those environments);
 * - one pyproject requirement may become several lock entries when `tool.uv.sources` lists several
 *   sources with markers/extras, so entries are compared per (extra or group, name) as a whole.
 */
import type { Finding } from '../findings.js';
import { evaluateMarker, parseMarker, type Marker, type MarkerEnvironment } from '../pep/markers.js';
import { resolvePlatform } from '../pep/platforms.js';
import { normalizeName, versionSatisfies } from '../pep/version.js';
import { isGroupInclude, type Pyproject, type PyprojectRequirement } from './pyproject.js';
import type { LockPackage, LockPackageMetadata, MetadataRequirement, UvLock } from './uvlock.js';

const FIX = 'Run `uv lock` and commit the updated uv.lock.';

/** The comparable form of one requirement. */
interface Normal {
  name: string;
  extras: string;
  specifier: string;
  /** null: no marker (always true). */
  marker: string | null;
  /** Locked from a git/url/path/directory/editable source (uv drops the specifier then). */
  direct: boolean;
}

export function canonicalSpecifier(spec: string | undefined | null): string {
  if (!spec) return '';
  return spec
    .split(',')
    .map((clause) => clause.replace(/\s+/g, ''))
    .filter((clause) => clause !== '')
    .sort()
    .join(',');
}

const canonicalExtras = (extras: readonly string[]): string => [...new Set(extras.map(normalizeName))].sort().join(',');

/**
 * The extras a lock marker names (`extra == 'x'`): uv writes an optional dependency's entry with its
 * extra folded into the marker, sometimes inside every branch of an `or`.
 */
function markerExtras(marker: string | undefined): string[] {
  if (!marker || !marker.includes('extra')) return [];
  const found = new Set<string>();
  const walk = (m: Marker): void => {
    if (m.kind === 'compare') {
      if (m.left.kind === 'variable' && m.left.name === 'extra' && m.right.kind === 'string') found.add(normalizeName(m.right.value));
      else if (m.right.kind === 'variable' && m.right.name === 'extra' && m.left.kind === 'string') found.add(normalizeName(m.left.value));
    } else m.items.forEach(walk);
  };
  try {
    walk(parseMarker(marker));
  } catch {
    return [];
  }
  return [...found];
}

/** Environments markers are compared on: every CPython minor inside requires-python × common platforms. */
function comparisonEnvironments(requiresPython: string | null): MarkerEnvironment[] {
  const platforms = ['x86_64-manylinux_2_28', 'aarch64-manylinux_2_28', 'aarch64-apple-darwin', 'x86_64-apple-darwin', 'x86_64-pc-windows-msvc', 'aarch64-pc-windows-msvc', 'x86_64-unknown-linux-musl'];
  const envs: MarkerEnvironment[] = [];
  for (let minor = 6; minor <= 15; minor++) {
    // Two patch levels per minor, both inside requires-python: catches `python_full_version` bounds.
    const patches = [0, 1, 5, 10, 14, 20, 30].map((p) => `3.${minor}.${p}`).filter((v) => !requiresPython || satisfiesSafe(v, requiresPython));
    const chosen = patches.length > 2 ? [patches[0]!, patches[patches.length - 1]!] : patches;
    for (const python of chosen) for (const name of platforms) envs.push(resolvePlatform(name).markerEnvironment(python));
  }
  return envs;
}

function satisfiesSafe(version: string, spec: string): boolean {
  try {
    return versionSatisfies(version, spec, { prereleases: true });
  } catch {
    return true;
  }
}

/**
 * Whether two requires-python specifiers admit the same Pythons. uv rewrites them when locking
 * (`~=3.11` may come back as `>=3.11, <4`), so texts that differ are compared on a grid of versions.
 */
function samePythonRange(a: string | null, b: string | null): boolean {
  if (canonicalSpecifier(a) === canonicalSpecifier(b)) return true;
  if (a === null || b === null) return false;
  for (let major = 2; major <= 4; major++) {
    for (let minor = 0; minor <= 20; minor++) {
      for (const patch of [0, 1, 5, 10, 14, 20, 30]) {
        const v = `${major}.${minor}.${patch}`;
        if (satisfiesSafe(v, a) !== satisfiesSafe(v, b)) return false;
      }
    }
  }
  return true;
}

/** Whether two sets of markers (each a disjunction; null = always) agree on every environment. */
function sameMeaning(a: (string | null)[], b: (string | null)[], envs: MarkerEnvironment[], extras: ReadonlySet<string>): boolean {
  const holds = (markers: (string | null)[], env: MarkerEnvironment): boolean =>
    markers.some((m) => {
      if (m === null) return true;
      try {
        return evaluateMarker(m, { env, extras });
      } catch {
        return true;
      }
    });
  return envs.every((env) => holds(a, env) === holds(b, env));
}

interface Side {
  /** Entries per `context\0name`, where context is `''`, `extra:x` or `group:g`. */
  entries: Map<string, Normal[]>;
  /** Where each key is written (pyproject side only). */
  lines: Map<string, number>;
}

const keyOf = (context: string, name: string): string => `${context}\u0000${name}`;

function add(side: Side, context: string, normal: Normal, line?: number): void {
  const key = keyOf(context, normal.name);
  const list = side.entries.get(key);
  if (list) list.push(normal);
  else side.entries.set(key, [normal]);
  if (line !== undefined && !side.lines.has(key)) side.lines.set(key, line);
}

function fromPyproject(req: PyprojectRequirement): Normal {
  return {
    name: req.req.normalizedName,
    extras: canonicalExtras(req.req.extras),
    specifier: canonicalSpecifier(req.req.specifier),
    marker: req.req.marker && req.req.marker.trim() !== '' ? req.req.marker : null,
    direct: req.req.url !== null,
  };
}

function fromLock(req: MetadataRequirement, marker: string | null): Normal {
  const direct = ['git', 'url', 'path', 'directory', 'editable'].some((key) => key in req.sourceKeys);
  return { name: normalizeName(req.name), extras: canonicalExtras(req.extras), specifier: canonicalSpecifier(req.specifier), marker, direct };
}

/** Dependency groups with `include-group` expanded (uv records them flattened), cycles cut. */
function flattenGroups(pyproject: Pyproject): Map<string, PyprojectRequirement[]> {
  const out = new Map<string, PyprojectRequirement[]>();
  const expand = (group: string, seen: Set<string>): PyprojectRequirement[] => {
    const items = Object.entries(pyproject.dependencyGroups).find(([g]) => normalizeName(g) === group)?.[1] ?? [];
    return items.flatMap((item) => {
      if (!isGroupInclude(item)) return [item];
      const target = normalizeName(item.includeGroup);
      if (seen.has(target)) return [];
      return expand(target, new Set([...seen, target]));
    });
  };
  for (const group of Object.keys(pyproject.dependencyGroups)) {
    const name = normalizeName(group);
    out.set(name, [...(out.get(name) ?? []), ...expand(name, new Set([name]))]);
  }
  // uv folds the legacy `tool.uv.dev-dependencies` into the `dev` group.
  if (pyproject.tool.uv.devDependencies.length > 0) out.set('dev', [...(out.get('dev') ?? []), ...pyproject.tool.uv.devDependencies]);
  return out;
}

/** The lock entry uv wrote for the project itself (the one with `[package.metadata]`, from a local tree). */
export function findRootPackage(lock: UvLock, name: string): LockPackage | undefined {
  const candidates = lock.byName.get(normalizeName(name)) ?? [];
  const local = (p: LockPackage) => ['editable', 'virtual', 'directory', 'path'].includes(p.source.kind);
  // uv omits [package.metadata] for a project with no requirements at all: a local entry without it still counts.
  return candidates.find((p) => p.metadata && local(p)) ?? candidates.find((p) => p.metadata) ?? candidates.find(local);
}

const NO_METADATA: LockPackageMetadata = { requiresDist: [], requiresDev: {}, providesExtras: null };

function describe(list: Normal[]): string {
  return list
    .map((n) => `${n.name}${n.extras ? `[${n.extras}]` : ''}${n.specifier ? n.specifier : ' (any version)'}${n.marker ? `; ${n.marker}` : ''}`)
    .join(' | ');
}

function contextLabel(context: string): string {
  if (context === '') return 'project.dependencies';
  if (context.startsWith('extra:')) return `optional dependency \`${context.slice(6)}\``;
  return `dependency group \`${context.slice(6)}\``;
}

/**
 * Compares pyproject.toml with the lock's record of it. Returns one `lock-stale` finding per differing
 * requirement (on its pyproject.toml line; removed ones on the lock's root package line), plus one for
 * requires-python and one per added/removed extra. An up-to-date lock yields none.
 */
export function staleLockFindings(pyproject: Pyproject, lock: UvLock, files: { pyproject: string; lock: string } = { pyproject: pyproject.file, lock: lock.file }): Finding[] {
  const findings: Finding[] = [];
  const stale = (message: string, file: string, line: number | undefined, pkg?: string): void => {
    const finding: Finding = { code: 'lock-stale', severity: 'error', message: `${message} ${FIX}`, file };
    if (line !== undefined) finding.line = line;
    if (pkg !== undefined) finding.package = pkg;
    findings.push(finding);
  };

  const requiresPython = lock.requiresPython ?? pyproject.requiresPython;
  // The lock's requires-python is the intersection over workspace members; compare it only for a lone project.
  if (lock.manifest.members.length <= 1 && !samePythonRange(pyproject.requiresPython, lock.requiresPython)) {
    stale(
      `requires-python differs: pyproject.toml says ${pyproject.requiresPython ?? '(nothing)'}, uv.lock was resolved for ${lock.requiresPython ?? '(nothing)'}.`,
      files.pyproject,
      pyproject.requiresPythonLine ?? pyproject.projectLine,
    );
  }

  if (!pyproject.name) return findings;
  const root = findRootPackage(lock, pyproject.name);
  if (!root) {
    const nameLine = pyproject.locator.get(['project', 'name'])?.line ?? pyproject.projectLine;
    stale(`uv.lock has no entry for the project \`${pyproject.name}\` (renamed, or never locked).`, files.pyproject, nameLine, pyproject.name);
    return findings;
  }
  // Fields the build backend computes are compared by uv through a build (and its metadata cache), not
  // with this file: `dependencies` listed in `project.dynamic` are not in pyproject.toml at all. And when
  // a project with dynamic metadata has no `[package.metadata]` in the lock, `uv lock --check` rebuilds
  // instead of comparing, so there is nothing to compare statically either.
  const dynamic = new Set(pyproject.dynamic);
  if (!root.metadata && dynamic.size > 0) return findings;
  const meta = root.metadata ?? NO_METADATA;
  const compared = (context: string): boolean =>
    context === '' ? !dynamic.has('dependencies') : context.startsWith('extra:') ? !dynamic.has('optional-dependencies') : true;

  const want: Side = { entries: new Map(), lines: new Map() };
  for (const req of pyproject.dependencies) add(want, '', fromPyproject(req), req.line);
  for (const [extra, list] of Object.entries(pyproject.optionalDependencies)) {
    for (const req of list) add(want, `extra:${normalizeName(extra)}`, fromPyproject(req), req.line);
  }
  for (const [group, list] of flattenGroups(pyproject)) for (const req of list) add(want, `group:${group}`, fromPyproject(req), req.line);

  const have: Side = { entries: new Map(), lines: new Map() };
  for (const req of meta.requiresDist) {
    // The marker keeps its `extra == 'x'` parts; it is evaluated with that extra active below.
    const extras = markerExtras(req.marker);
    if (extras.length === 0) add(have, '', fromLock(req, req.marker ?? null));
    for (const extra of extras) add(have, `extra:${extra}`, fromLock(req, req.marker ?? null));
  }
  for (const [group, list] of Object.entries(meta.requiresDev)) {
    for (const req of list) add(have, `group:${normalizeName(group)}`, fromLock(req, req.marker ?? null));
  }

  const directSources = new Map<string, boolean>();
  for (const [name, list] of Object.entries(pyproject.tool.uv.sources)) {
    directSources.set(normalizeName(name), list.some((source) => ['git', 'url', 'path', 'workspace'].some((key) => key in source)));
  }
  let envs: MarkerEnvironment[] | undefined;
  const keys = new Set([...want.entries.keys(), ...have.entries.keys()]);
  for (const key of keys) {
    const [context, name] = key.split('\u0000') as [string, string];
    if (!compared(context)) continue;
    const wanted = want.entries.get(key);
    const had = have.entries.get(key);
    const where = contextLabel(context);
    if (!had) {
      stale(`${name} was added to ${where} (${describe(wanted!)}) but uv.lock does not have it.`, files.pyproject, want.lines.get(key), name);
      continue;
    }
    if (!wanted) {
      stale(`${name} was removed from ${where} but uv.lock still requires it (${describe(had)}).`, files.lock, root.line, name);
      continue;
    }
    const specs = (list: Normal[]): string => [...new Set(list.map((n) => n.specifier))].sort().join(' | ');
    const extras = (list: Normal[]): string => [...new Set(list.map((n) => n.extras))].sort().join(' | ');
    // A requirement served from a git/url/path source is locked without its version specifier.
    const direct = (directSources.get(name) ?? false) || had.some((n) => n.direct);
    let differs = (!direct && specs(wanted) !== specs(had)) || extras(wanted) !== extras(had);
    if (!differs) {
      const wm = wanted.map((n) => n.marker);
      const hm = had.map((n) => n.marker);
      const textEqual = [...new Set(wm)].sort().join('|') === [...new Set(hm)].sort().join('|');
      const active = new Set(context.startsWith('extra:') ? [context.slice(6)] : []);
      if (!textEqual) differs = !sameMeaning(wm, hm, (envs ??= comparisonEnvironments(requiresPython)), active);
    }
    if (differs) {
      stale(`${name} in ${where} changed: pyproject.toml has ${describe(wanted)}, uv.lock was resolved for ${describe(had)}.`, files.pyproject, want.lines.get(key), name);
    }
  }

  if (meta.providesExtras !== null && !dynamic.has('optional-dependencies')) {
    const declared = new Set(Object.keys(pyproject.optionalDependencies).map(normalizeName));
    const locked = new Set(meta.providesExtras.map(normalizeName));
    for (const extra of declared) {
      if (!locked.has(extra)) {
        const line = pyproject.locator.get(['project', 'optional-dependencies', Object.keys(pyproject.optionalDependencies).find((e) => normalizeName(e) === extra)!])?.line;
        // Only report the extra itself when none of its requirements was already reported.
        if (![...want.entries.keys()].some((k) => k.startsWith(`extra:${extra}\u0000`) && !have.entries.has(k))) {
          stale(`extra \`${extra}\` was added to pyproject.toml but uv.lock does not provide it.`, files.pyproject, line ?? pyproject.projectLine);
        }
      }
    }
    for (const extra of locked) {
      if (!declared.has(extra) && ![...have.entries.keys()].some((k) => k.startsWith(`extra:${extra}\u0000`))) {
        stale(`extra \`${extra}\` was removed from pyproject.toml but uv.lock still provides it.`, files.lock, root.line);
      }
    }
  }
  return findings;
}

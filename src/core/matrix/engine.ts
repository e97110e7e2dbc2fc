/**
 * The lock engine: from pyproject.toml + uv.lock text alone, what uv would install on every target —
 * a wheel, a build from an sdist, a source tree, or nothing (install fails) — and the findings that
 * follow (sdist builds, missing distributions, stale lock, unpinned requirements, CUDA disagreements).
 *
 * How a target's install set is found (after uv's `Lock::to_resolution`, which `uv sync --frozen` runs):
 * - Start at the roots: the project's own entry (editable/virtual/…), or, for a virtual workspace
 *   root, every workspace member; with the selected extras and dependency groups (default groups:
 *   `tool.uv.default-groups`, else `dev`, like uv).
 * - Follow an edge only when its marker holds on the target. The marker environment is the platform's
 *   for the target Python; the active "extras" are uv's conflict encodings (`extra-11-fish-speech-cu129`,
 *   `group-13-open-instruct-cuda12`) of the roots' selected extras/groups, which is how the right
 *   torch variant is chosen in locks with `conflicts`.
 * - A `{ name, extra = [...] }` edge also activates those extras of the target package.
 * - Package-level `resolution-markers` are NOT consulted: they record the fork a package was resolved
 *   in (for re-locking); installation follows edge markers only, as uv does.
 * - Virtual roots (`source = { virtual = … }`) are not installed by uv; they still get a `source`
 *   verdict (the row tells people where their project's own deps come from) but never findings.
 */
import { unpinnedBySection, type UnpinnedEntry } from './unpinned.js';
import { LockstepError, ParseError } from '../errors.js';
import type { Finding, FindingCode, Severity } from '../findings.js';
import { isGroupInclude, parsePyproject, type Pyproject, type PyprojectRequirement } from '../lock/pyproject.js';
import { findRootPackage, staleLockFindings } from '../lock/stale.js';
import { parseLock, resolveDependency, sourceLabel, type LockDependency, type LockPackage, type UvLock } from '../lock/uvlock.js';
import { conflictExtra, conflictGroup, evaluateMarker, type MarkerContext, type MarkerEnvironment } from '../pep/markers.js';
import { exactPin } from '../pep/requirement.js';
import { resolvePlatform } from '../pep/platforms.js';
import { tagMatcher, type TagMatcher } from '../pep/tags.js';
import { compareBuildTags, type WheelFilename } from '../pep/wheel.js';
import { normalizeName } from '../pep/version.js';
import { cudaFindings, sideBySideFlavours, type LockedDist } from './cuda.js';
import { describeNoWheel, whyNoWheel, type NoWheelReason } from './why-no-wheel.js';
import { sdistBuildAdvice } from './knowledge.js';
import { applyProvenance, targetProvenance, type ProvenanceContext } from './provenance.js';
import { parseTargetItem } from './target-list.js';
import { markerPython, resolveTargets } from './targets.js';
import type { CheckOptions, CheckReport, PackageReport, Target, TargetSpec, Verdict } from './types.js';
import { readPythonVersionFile } from '../setup/python-version.js';

export interface ProjectFiles {
  pyproject: string | null;
  lock: string | null;
  /** Paths as findings should show them (relative to the project directory). */
  pyprojectPath?: string;
  lockPath?: string;
  /** Workspace member pyproject.toml texts by path (e.g. `packages/client/pyproject.toml`). */
  members?: Record<string, string>;
  /** `.python-version` text, when the file exists (a declared Python: see matrix/provenance). */
  pythonVersion?: string | null;
}

/** The packages a target installs. */
interface InstallSet {
  /** `needed[pkg.index] === 1` when uv installs the package on the target. */
  needed: Uint8Array;
}

/** What the walk starts from. */
interface Roots {
  packages: LockPackage[];
  extras: string[];
  groups: string[];
  /** uv's conflict encodings of the selected extras/groups, the "extras" lock markers test. */
  active: Set<string>;
}

const SOURCE_TREE_KINDS = new Set(['git', 'directory', 'editable', 'virtual']);

function emptyReport(targets: Target[] = []): CheckReport {
  return {
    schema: 1,
    project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 },
    targets,
    packages: [],
    findings: [],
  };
}

function parseErrorFinding(error: LockstepError, fallbackFile: string): Finding {
  const finding: Finding = {
    code: 'parse-error',
    severity: 'error',
    message: `${error.message}${error.hint ? ` — ${error.hint}` : ''}`,
    file: error.file ?? fallbackFile,
  };
  if (error.line !== undefined) finding.line = error.line;
  if (error.column !== undefined) finding.column = error.column;
  return finding;
}

/** Default groups like uv: `tool.uv.default-groups` (a list or "all"), else `["dev"]`. */
function defaultGroups(pyproject: Pyproject | null, available: string[]): string[] {
  const setting = pyproject?.tool.uv.defaultGroups ?? null;
  if (setting === 'all') return available;
  if (setting) return setting.map(normalizeName);
  return ['dev'];
}

function findRoots(lock: UvLock, pyproject: Pyproject | null, options: CheckOptions): Roots {
  let packages: LockPackage[] = [];
  const own = pyproject?.name ? findRootPackage(lock, pyproject.name) : undefined;
  if (own) packages = [own];
  else if (lock.manifest.members.length > 0) {
    // A virtual workspace root: uv sync installs every member.
    packages = lock.manifest.members.map((m) => findRootPackage(lock, m)).filter((p): p is LockPackage => p !== undefined);
  }
  if (packages.length === 0) {
    // No pyproject (or a name the lock lacks): every local source tree at the project directory.
    packages = lock.packages.filter((p) => (p.source.kind === 'editable' || p.source.kind === 'virtual') && p.source.location === '.');
  }
  const availableGroups = [...new Set(packages.flatMap((p) => Object.keys(p.devDependencies)))];
  const availableExtras = [...new Set(packages.flatMap((p) => Object.keys(p.optionalDependencies)))];
  const extras = options.allExtras ? availableExtras : [...new Set((options.extras ?? []).map(normalizeName))];
  const groups = [...new Set([...(options.noDefaultGroups ? [] : defaultGroups(pyproject, availableGroups)), ...(options.groups ?? []).map(normalizeName)])];
  if (packages.length > 0) {
    // Like `uv sync --extra X`: asking for something the project does not define is a usage error.
    const unknownExtras = (options.extras ?? []).filter((e) => !availableExtras.includes(normalizeName(e)));
    const unknownGroups = (options.groups ?? []).filter((g) => !availableGroups.includes(normalizeName(g)));
    if (unknownExtras.length > 0 || unknownGroups.length > 0) {
      const what = [...unknownExtras.map((e) => `extra \`${e}\``), ...unknownGroups.map((g) => `group \`${g}\``)].join(', ');
      throw new LockstepError(`${what} not defined by ${packages.map((p) => p.name).join(', ')} in ${lock.file}.`, {
        hint: `Defined extras: ${availableExtras.join(', ') || '(none)'}; dependency groups: ${availableGroups.join(', ') || '(none)'}. If pyproject.toml defines it, run \`uv lock\`.`,
      });
    }
  }
  // uv refuses to install two members of one `conflicts` set together; say so before judging anything.
  for (const set of lock.conflicts) {
    const chosen = set.filter((item) =>
      packages.some((root) => root.name === normalizeName(item.package)) &&
      ((item.extra !== undefined && extras.includes(normalizeName(item.extra))) || (item.group !== undefined && groups.includes(normalizeName(item.group)))),
    );
    if (chosen.length > 1) {
      const names = chosen.map((c) => (c.extra !== undefined ? `extra \`${c.extra}\`` : `group \`${c.group}\``)).join(' and ');
      throw new LockstepError(`${names} are declared as conflicting (tool.uv.conflicts), so uv cannot install them together.`, {
        hint: chosen.some((c) => c.group !== undefined)
          ? 'Select one of them; a conflicting default group is dropped with --no-default-groups (then list the groups you want).'
          : 'Select only one of them.',
      });
    }
  }
  const active = new Set<string>();
  for (const root of packages) {
    for (const extra of extras) active.add(conflictExtra(root.name, extra));
    for (const group of groups) active.add(conflictGroup(root.name, group));
  }
  return { packages, extras, groups, active };
}

/**
 * The install set for one target. An edge can also activate a conflicting extra of another package
 * (`{ name = "proj", extra = ["cpu"] }`); uv evaluates conflict markers against every extra/group
 * activated anywhere in the graph, so the walk repeats until that set stops growing (locks without
 * such edges need a single pass).
 */
function installSet(lock: UvLock, roots: Roots, env: MarkerEnvironment, conflictPackages: ReadonlySet<string>, resolve: Resolve): InstallSet {
  let active = roots.active;
  for (let round = 0; ; round++) {
    const { needed, activated } = walk(lock, roots, { env, extras: active }, resolve);
    const grown = new Set(active);
    for (const [pkg, extra] of activated) if (conflictPackages.has(pkg.name)) grown.add(conflictExtra(pkg.name, extra));
    if (grown.size === active.size || round >= 4) return { needed };
    active = grown;
  }
}

/** The package an edge points at. */
type Resolve = (dep: LockDependency) => LockPackage | undefined;

/** Edges resolve the same way on every target, so one check resolves each edge once. */
function memoisedResolve(lock: UvLock): Resolve {
  const resolved = new Map<LockDependency, LockPackage | null>();
  return (dep) => {
    let target = resolved.get(dep);
    if (target === undefined) resolved.set(dep, (target = resolveDependency(lock, dep) ?? null));
    return target ?? undefined;
  };
}

/** Walks the graph once; markers are memoised (locks repeat them thousands of times). */
function walk(lock: UvLock, roots: Roots, ctx: MarkerContext, resolve: Resolve): { needed: Uint8Array; activated: [LockPackage, string][] } {
  const memo = new Map<string, boolean>();
  const holds = (marker: string | undefined): boolean => {
    if (marker === undefined) return true;
    let value = memo.get(marker);
    if (value === undefined) {
      value = evaluateMarker(marker, ctx);
      memo.set(marker, value);
    }
    return value;
  };
  const needed = new Uint8Array(lock.packages.length);
  const activated: [LockPackage, string][] = [];
  // Each (package, extra) pair is expanded once; '' stands for the package's base dependencies. Base
  // visits are marked in a byte per package (no key string per visit: at 100k packages × targets those
  // strings were a large share of the garbage).
  const seenBase = new Uint8Array(lock.packages.length);
  const seenExtras = new Set<string>();
  const queue: [LockPackage, string][] = [];
  const visit = (pkg: LockPackage, extra: string): void => {
    if (extra === '') {
      if (seenBase[pkg.index] === 1) return;
      seenBase[pkg.index] = 1;
    } else {
      const key = `${pkg.index}\u0000${extra}`;
      if (seenExtras.has(key)) return;
      seenExtras.add(key);
    }
    needed[pkg.index] = 1;
    queue.push([pkg, extra]);
    if (extra !== '') activated.push([pkg, extra]);
  };
  const follow = (deps: LockDependency[] | undefined): void => {
    for (const dep of deps ?? []) {
      if (!holds(dep.marker)) continue;
      const target = resolve(dep);
      if (!target) continue;
      visit(target, '');
      for (const extra of dep.extras) visit(target, extra);
    }
  };
  for (const root of roots.packages) {
    visit(root, '');
    for (const extra of roots.extras) if (root.optionalDependencies[extra]) visit(root, extra);
    for (const group of roots.groups) follow(root.devDependencies[group]);
  }
  if (roots.packages.length === 0) {
    // Nothing to start from: judge every package (conservative: may report packages uv would skip).
    needed.fill(1);
    return { needed, activated };
  }
  while (queue.length > 0) {
    const [pkg, extra] = queue.pop()!;
    follow(extra === '' ? pkg.dependencies : pkg.optionalDependencies[extra]);
  }
  return { needed, activated };
}

/**
 * The tag parts of a wheel filename (PEP 427: `name-version(-build)?-py-abi-plat.whl`, compressed tag
 * sets split on `.`), or null when it is not a wheel name. Only the tags decide compatibility, and uv
 * validated names and versions when it wrote the lock, so this skips pep/wheel's PEP 440 check of the
 * version: that regex, run on the ~10k wheel names of a big lock, was the largest cost of a cold check.
 */
function wheelTags(filename: string): WheelFilename | null {
  if (!filename.endsWith('.whl')) return null;
  const parts = filename.slice(0, -4).split('-');
  if ((parts.length !== 5 && parts.length !== 6) || parts.some((p) => p === '')) return null;
  const [python, abi, platform] = parts.slice(-3) as [string, string, string];
  return {
    name: parts[0]!,
    version: parts[1]!,
    build: parts.length === 6 ? parts[2]! : null,
    pythonTags: python.split('.'),
    abiTags: abi.split('.'),
    platformTags: platform.split('.'),
  };
}

/**
 * Per check, each package's wheels parsed once (in `pkg.wheels` order) and dropped with the check.
 * It replaced a module-wide memo keyed by file name that was cleared at 200,000 entries: a 100k-package
 * lock has more wheels than that, so every target re-parsed them and time per package grew with size.
 */
class WheelTagCache {
  private readonly byPackage = new Map<LockPackage, (WheelFilename | null)[]>();

  of(pkg: LockPackage): (WheelFilename | null)[] {
    let tags = this.byPackage.get(pkg);
    if (!tags) this.byPackage.set(pkg, (tags = pkg.wheels.map((w) => wheelTags(w.filename))));
    return tags;
  }
}

/**
 * The wheel uv would pick: best tag priority, then the highest build tag (as pep/tags' bestWheel, with
 * the matcher computed once per target instead of once per package).
 */
function chooseWheel(pkg: LockPackage, matcher: TagMatcher, tags: WheelTagCache): string | null {
  let best: string | null = null;
  let bestRank = Infinity;
  let bestBuild: string | null = null;
  const parsedWheels = tags.of(pkg);
  for (const [i, wheel] of pkg.wheels.entries()) {
    const parsed = parsedWheels[i]!;
    if (!parsed) continue; // not a wheel name: never installable
    const rank = matcher.priority(parsed);
    if (rank === null) continue;
    if (rank < bestRank || (rank === bestRank && compareBuildTags(parsed.build, bestBuild) > 0)) {
      best = wheel.filename;
      bestRank = rank;
      bestBuild = parsed.build;
    }
  }
  return best;
}

/** Shared by every package a target does not install (reports are read, never changed in place). */
const NOT_NEEDED: Verdict = Object.freeze({ status: 'not-needed' });

/**
 * The verdict for a package uv needs on the target; `previous` (this package's verdict on an earlier
 * target) is returned when it says the same, so equal verdicts share one object.
 */
function verdictFor(pkg: LockPackage, matcher: TagMatcher, tags: WheelTagCache, previous?: Verdict): Verdict {
  const same = (status: Verdict['status'], file?: string): Verdict =>
    previous && previous.status === status && previous.file === file ? previous : file === undefined ? { status } : { status, file };
  if (SOURCE_TREE_KINDS.has(pkg.source.kind)) return same('source', pkg.source.location);
  const wheel = pkg.wheels.length > 0 ? chooseWheel(pkg, matcher, tags) : null;
  if (wheel) return same('wheel', wheel);
  if (pkg.sdist) return same('sdist', pkg.sdist.filename);
  // A `path` source without recorded artifacts is a local source tree or archive uv builds.
  if (pkg.source.kind === 'path' && pkg.wheels.length === 0) return same('source', pkg.source.location);
  return same('missing');
}

function pkgLabel(pkg: LockPackage): string {
  return pkg.version ? `${pkg.name} ${pkg.version}` : pkg.name;
}

function targetLabel(target: Target): string {
  return `CPython ${target.python} on ${target.platform}${target.cuda ? ` (CUDA ${target.cuda})` : ''}`;
}

/**
 * `unpinned-dependency` for direct requirements not pinned with `==` (URL/path/git requirements are
 * exempt), one finding per manifest section (unpinnedBySection).
 */
function unpinnedFindings(pyproject: Pyproject, lock: UvLock | null, file: string): Finding[] {
  const direct = new Set(
    Object.entries(pyproject.tool.uv.sources)
      .filter(([, list]) => list.some((s) => ['git', 'url', 'path', 'workspace'].some((k) => k in s)))
      .map(([name]) => normalizeName(name)),
  );
  const own = pyproject.name ? normalizeName(pyproject.name) : null;
  const all: [string, PyprojectRequirement][] = [
    ...pyproject.dependencies.map((r) => ['`[project] dependencies`', r] as [string, PyprojectRequirement]),
    ...Object.entries(pyproject.optionalDependencies).flatMap(([extra, list]) => list.map((r) => [`optional dependency \`${extra}\``, r] as [string, PyprojectRequirement])),
    ...Object.entries(pyproject.dependencyGroups).flatMap(([group, list]) =>
      list.filter((r): r is PyprojectRequirement => !isGroupInclude(r)).map((r) => [`dependency group \`${group}\``, r] as [string, PyprojectRequirement]),
    ),
    ...pyproject.tool.uv.devDependencies.map((r) => ['`[tool.uv] dev-dependencies`', r] as [string, PyprojectRequirement]),
  ];
  const entries: UnpinnedEntry[] = [];
  for (const [where, r] of all) {
    const name = r.req.normalizedName;
    // Self-references (`proj[extra]`) and direct URL / path / git / workspace requirements have no version to pin.
    if (r.req.url !== null || direct.has(name) || name === own || exactPin(r.req) !== null) continue;
    const locked = [...new Set((lock?.byName.get(name) ?? []).map((p) => p.version).filter((v): v is string => !!v))];
    const pin = locked.length === 1 ? `${r.req.name}==${locked[0]}` : null;
    const suggestion = pin ? ` Pin what uv.lock resolved: \`${pin}\`.` : ' Pin it with `==` to the version you tested.';
    entries.push({
      where,
      name: r.req.name,
      pin,
      finding: {
        code: 'unpinned-dependency',
        severity: 'warning',
        package: name,
        message: `${r.req.name} in ${where} is not pinned with \`==\` (${r.req.specifier ? `\`${r.req.specifier}\`` : 'any version'}).${suggestion}`,
        file,
        line: r.line,
        column: r.column,
      },
    });
  }
  return unpinnedBySection(entries, 'uv.lock');
}

function lockedDist(pkg: LockPackage): LockedDist {
  const dist: LockedDist = {
    name: pkg.name,
    version: pkg.version ?? '',
    source: sourceLabel(pkg.source),
    wheelUrls: pkg.wheels.map((w) => w.url ?? w.path ?? w.filename),
  };
  if (pkg.line !== undefined) dist.line = pkg.line;
  return dist;
}

/**
 * Checks a project. Never throws for bad project files: a malformed pyproject.toml / uv.lock becomes a
 * report with one `parse-error` finding. Bad options (unknown platform, bad Python) throw LockstepError.
 */
export function checkProject(files: ProjectFiles, options: CheckOptions): CheckReport {
  const pyprojectPath = files.pyprojectPath ?? 'pyproject.toml';
  const lockPath = files.lockPath ?? 'uv.lock';
  let pyproject: Pyproject | null = null;
  let lock: UvLock | null = null;
  const members: Pyproject[] = [];
  try {
    if (files.pyproject !== null) pyproject = parsePyproject(files.pyproject, pyprojectPath);
    for (const [path, text] of Object.entries(files.members ?? {})) members.push(parsePyproject(text, path));
    if (files.lock !== null) lock = parseLock(files.lock, lockPath);
  } catch (error) {
    if (error instanceof ParseError) {
      const report = emptyReport();
      report.findings.push(applySeverity(parseErrorFinding(error, lockPath), options));
      return report;
    }
    throw error;
  }

  const findings: Finding[] = [];
  for (const project of [pyproject, ...members]) {
    if (!project) continue;
    // A requirement that does not parse is one finding on its line; the rest of the report stands.
    for (const problem of project.problems) findings.push(parseErrorFinding(problem, project.file));
    findings.push(...unpinnedFindings(project, lock, project.file));
  }
  if (!lock) {
    if (pyproject) {
      // Nothing to judge, and nothing reproducible either: every `uv sync` resolves anew.
      const missing: Finding = {
        code: 'lock-stale',
        severity: 'error',
        message: `no ${lockPath} beside ${pyprojectPath}: the project is not locked, so no target can be checked and every machine resolves its own versions. Fix: run \`uv lock\` and commit ${lockPath}.`,
        file: pyprojectPath,
        line: pyproject.projectLine,
      };
      findings.push(missing);
    }
    const report = emptyReport();
    report.project = { name: pyproject?.name ?? null, version: pyproject?.version ?? null, requiresPython: pyproject?.requiresPython ?? null, lockRevision: null, packageCount: 0 };
    report.findings = findings.flatMap((f) => severityOf(f, projectSeverities(pyproject), options));
    return report;
  }
  // With a requirement uv cannot read either, `uv lock --check` fails on it: its parse-error says so, and
  // comparing the rest with the lock would only add noise.
  if (pyproject && pyproject.problems.length === 0) findings.push(...staleLockFindings(pyproject, lock, { pyproject: pyprojectPath, lock: lockPath }));
  for (const member of members) {
    if (member.name && member.problems.length === 0 && findRootPackage(lock, member.name)) findings.push(...staleLockFindings(member, lock, { pyproject: member.file, lock: lockPath }));
  }

  const targets = withProvenance(resolveTargets(lock, pyproject, options), lock, pyproject, files, options);
  const configured = projectSeverities(pyproject);
  const roots = findRoots(lock, pyproject, options);
  const conflictPackages = new Set(lock.conflicts.flat().map((c) => normalizeName(c.package)));
  const resolve = memoisedResolve(lock);
  // Per-package state lives in arrays indexed by `pkg.index`, not Maps keyed by package: at 100k
  // packages × targets the hash lookups missed the CPU caches and time per package grew with size.
  const reports: PackageReport[] = lock.packages.map((pkg) => {
    const report: PackageReport = { name: pkg.name, version: pkg.version ?? '', source: sourceLabel(pkg.source), verdicts: {} };
    if (pkg.line !== undefined) report.line = pkg.line;
    return report;
  });

  // Per package: the targets it is built from sdist / missing on, to merge findings that hold everywhere.
  const problems = new Map<LockPackage, { sdist: Target[]; missing: Target[] }>();
  const dists: (LockedDist | undefined)[] = new Array(lock.packages.length);
  const tags = new WheelTagCache();
  // Most packages get the same verdict (and dist) on every target: one shared object per package and
  // file, not one per target, so memory per package stays flat with lock size (less for the GC too).
  const lastVerdict: (Verdict | undefined)[] = new Array(lock.packages.length);
  const lastWheelDist: (LockedDist | undefined)[] = new Array(lock.packages.length);
  const firstNeeded = new Int32Array(lock.packages.length).fill(-1);
  let neededSeq = 0;
  const judged: Target[] = [];
  // Packages that depend on several CUDA flavours of one library side by side (nixl → nixl-cu12 + nixl-cu13).
  const metaPackages = lock.packages
    .map((pkg) => ({ pkg, flavours: sideBySideFlavours([pkg.dependencies.map((d) => d.name)]) }))
    .filter((m) => m.flavours.size > 0);
  for (const target of targets) {
    const platform = resolvePlatform(target.platform);
    const env = platform.markerEnvironment(markerPython(target.python, lock.requiresPython));
    if (!lockSupports(lock, env)) {
      // `uv sync` refuses such a target outright; per-package verdicts there would be noise.
      findings.push(unsupportedTargetFinding(target, lock, pyproject, { pyproject: pyprojectPath, lock: lockPath }));
      continue;
    }
    judged.push(target);
    const { needed } = installSet(lock, roots, env, conflictPackages, resolve);
    const matcher = tagMatcher(target.python, platform);
    const targetDists: LockedDist[] = [];
    for (const pkg of lock.packages) {
      const i = pkg.index;
      if (needed[i] !== 1) {
        reports[i]!.verdicts[target.id] = NOT_NEEDED;
        continue;
      }
      const verdict = verdictFor(pkg, matcher, tags, lastVerdict[i]);
      lastVerdict[i] = verdict;
      reports[i]!.verdicts[target.id] = verdict;
      if (pkg.source.kind === 'virtual') continue;
      if (firstNeeded[i] === -1) firstNeeded[i] = neededSeq++;
      if (verdict.status === 'sdist' || verdict.status === 'missing') {
        let entry = problems.get(pkg);
        if (!entry) problems.set(pkg, (entry = { sdist: [], missing: [] }));
        entry[verdict.status].push(target);
      }
      const dist = (dists[i] ??= lockedDist(pkg));
      if (verdict.status === 'wheel') {
        let chosen = lastWheelDist[i];
        if (!chosen || chosen.chosenFile !== verdict.file) lastWheelDist[i] = chosen = { ...dist, chosenFile: verdict.file! };
        targetDists.push(chosen);
      } else {
        targetDists.push(dist);
      }
    }
    const sideBySide = new Set(metaPackages.filter((m) => needed[m.pkg.index] === 1).flatMap((m) => [...m.flavours]));
    findings.push(...cudaFindings(targetDists, target, { driver: options.driver ?? null, lockFile: lockPath, sideBySide }));
  }

  const torchOn = (target: Target): string | null => {
    const torch = lock.byName.get('torch') ?? [];
    const needed = torch.find((p) => reports[p.index]!.verdicts[target.id]?.status !== 'not-needed');
    return needed?.version ?? null;
  };
  // In the order packages were first needed (target by target, lock order within one), as before the
  // problem map held only the packages with problems.
  for (const [pkg, entry] of [...problems].sort((a, b) => firstNeeded[a[0].index]! - firstNeeded[b[0].index]!)) {
    // A problem on every target (hence needed on every target): one finding instead of one per target.
    const everywhere = (list: Target[]): boolean => list.length === judged.length && judged.length > 1;
    if (entry.sdist.length > 0) {
      const groups = everywhere(entry.sdist) ? [null] : entry.sdist;
      for (const target of groups) {
        const t = target ?? entry.sdist[0]!;
        const advice = sdistBuildAdvice(pkg.name, { python: t.python, platform: t.platform, torch: torchOn(t), cuda: t.cuda, version: pkg.version ?? null });
        const where = target ? `for ${targetLabel(target)}` : 'on any target';
        const finding: Finding = {
          code: 'sdist-build',
          severity: advice.severity,
          package: pkg.name,
          message: `${pkgLabel(pkg)} has no compatible wheel ${where}; uv would build it from ${pkg.sdist!.filename}.${wheelGap(pkg, target ? [target] : entry.sdist, tags)}${advice.suggestion ? ` ${advice.suggestion}` : ''}`,
          file: lockPath,
        };
        if (pkg.version) finding.version = pkg.version;
        if (target) finding.target = target.id;
        if (pkg.line !== undefined) finding.line = pkg.line;
        findings.push(finding);
      }
    }
    if (entry.missing.length > 0) {
      const groups = everywhere(entry.missing) ? [null] : entry.missing;
      for (const target of groups) {
        const where = target ? targetLabel(target) : 'every target';
        const finding: Finding = {
          code: 'no-distribution',
          severity: 'error',
          package: pkg.name,
          message: `${pkgLabel(pkg)} is needed on ${where} but uv.lock has neither a compatible wheel nor an sdist for it: the install fails there. ${pkg.wheels.length > 0 ? noWheelSentence(pkg, target ? [target] : entry.missing, tags) : 'Re-lock with `uv lock` so uv records its distributions.'}`,
          file: lockPath,
        };
        if (pkg.version) finding.version = pkg.version;
        if (target) finding.target = target.id;
        if (pkg.line !== undefined) finding.line = pkg.line;
        findings.push(finding);
      }
    }
  }

  return {
    schema: 1,
    project: {
      name: pyproject?.name ?? roots.packages[0]?.name ?? null,
      version: pyproject?.version ?? roots.packages[0]?.version ?? null,
      requiresPython: lock.requiresPython ?? pyproject?.requiresPython ?? null,
      lockRevision: lock.revision,
      packageCount: lock.packages.length,
    },
    targets,
    packages: reports,
    // Provenance first, so an explicit severity override (`sdist-build = "error"`) has the last word.
    findings: applyProvenance(findings, targets, lock.requiresPython ?? pyproject?.requiresPython ?? null).flatMap((f) => severityOf(f, configured, options)),
  };
}

/** Why the package has no wheel on these targets: the reason they share, else the generic one. */
function noWheelReason(pkg: LockPackage, targets: Target[], tags: WheelTagCache): { kind: NoWheelReason['kind']; sentence: string } {
  const wheels = tags.of(pkg).filter((w): w is WheelFilename => w !== null);
  const examples = pkg.wheels.map((w) => w.filename);
  const reasons = targets.map((t) => {
    const reason = whyNoWheel(wheels, t.python, resolvePlatform(t.platform)) ?? { kind: 'platform' as const };
    return { kind: reason.kind, sentence: describeNoWheel(reason, t.python, t.platform, examples) };
  });
  if (reasons.every((r) => r.sentence === reasons[0]!.sentence)) return reasons[0]!;
  return { kind: 'platform', sentence: describeNoWheel({ kind: 'platform' }, targets[0]!.python, targets[0]!.platform, examples) };
}

function noWheelSentence(pkg: LockPackage, targets: Target[], tags: WheelTagCache): string {
  return noWheelReason(pkg, targets, tags).sentence;
}

/** For sdist builds: ` <reason>` when wheels exist but need a newer glibc or another Python, else ''. */
function wheelGap(pkg: LockPackage, targets: Target[], tags: WheelTagCache): string {
  if (pkg.wheels.length === 0) return '';
  const reason = noWheelReason(pkg, targets, tags);
  return reason.kind === 'platform' ? '' : ` ${reason.sentence}`;
}

/** Whether the lock covers the environment: no `supported-markers` (all), or one of them holds. */
function lockSupports(lock: UvLock, env: MarkerEnvironment): boolean {
  if (lock.supportedMarkers.length === 0) return true;
  return lock.supportedMarkers.some((marker) => {
    try {
      return evaluateMarker(marker, { env });
    } catch {
      return true; // a marker we cannot read must not hide a target
    }
  });
}

function unsupportedTargetFinding(target: Target, lock: UvLock, pyproject: Pyproject | null, files: { pyproject: string; lock: string }): Finding {
  const line = pyproject?.locator.get(['tool', 'uv', 'environments'])?.line;
  const finding: Finding = {
    code: 'target-unsupported',
    severity: 'error',
    target: target.id,
    message: `uv.lock does not support ${targetLabel(target)}: it was resolved only for ${lock.supportedMarkers.map((m) => `\`${m}\``).join(' or ')} (\`tool.uv.environments\`), so \`uv sync\` refuses to install there and nothing else is judged on this target. Fix: add a marker that covers it to \`[tool.uv] environments\` in pyproject.toml and run \`uv lock\`, or drop the target.`,
    file: line !== undefined ? files.pyproject : files.lock,
  };
  if (line !== undefined) finding.line = line;
  return finding;
}

/** `[tool.lockstep] targets = ["3.12:x86_64-manylinux_2_28", ...]`: the project's declared pairs. */
function lockstepTargets(pyproject: Pyproject | null): TargetSpec[] {
  const value = pyproject?.tool.lockstep?.targets;
  if (value === undefined) return [];
  const line = pyproject!.locator.get(['tool', 'lockstep', 'targets'])?.line;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new LockstepError('[tool.lockstep] targets must be a list of "PYTHON:PLATFORM[:CUDA]" strings.', { file: pyproject!.file, ...(line ? { line } : {}) });
  }
  try {
    return (value as string[]).map(parseTargetItem);
  } catch (error) {
    if (error instanceof LockstepError) throw new LockstepError(`[tool.lockstep] ${error.message}`, { file: pyproject!.file, ...(line ? { line } : {}), ...(error.hint ? { hint: error.hint } : {}) });
    throw error;
  }
}

/**
 * Adds the declared pairs the default selection lacks (this run's own target, `[tool.lockstep] targets`)
 * and marks every target declared or implied.
 */
function withProvenance(resolved: Target[], lock: UvLock, pyproject: Pyproject | null, files: ProjectFiles, options: CheckOptions): Target[] {
  const explicitPairs = (options.targets?.length ?? 0) > 0;
  const thisRun = options.thisRun ?? [];
  const fromProject = explicitPairs ? [] : lockstepTargets(pyproject);
  const targets = [...resolved];
  if (!explicitPairs && thisRun.length + fromProject.length > 0) {
    const extra = resolveTargets(lock, pyproject, { targets: [...thisRun, ...fromProject] }).filter((t) => !targets.some((r) => r.id === t.id));
    targets.push(...extra);
  }
  const ctx: ProvenanceContext = {
    requiresPython: lock.requiresPython ?? pyproject?.requiresPython ?? null,
    pythonVersionFile: files.pythonVersion ? (readPythonVersionFile(files.pythonVersion) ?? null) : null,
    requiredMarkers: lock.requiredMarkers.length > 0 ? lock.requiredMarkers : (pyproject?.tool.uv.requiredEnvironments ?? []),
    environmentMarkers: lock.supportedMarkers.length > 0 ? lock.supportedMarkers : (pyproject?.tool.uv.environments ?? []),
    explicitPairs,
    pythonsGiven: (options.pythons?.length ?? 0) > 0,
    platformsGiven: (options.platforms?.length ?? 0) > 0,
    thisRun,
    lockstepTargets: fromProject,
  };
  return targets.map((t) => ({ ...t, provenance: targetProvenance(t, ctx) }));
}

function applySeverity(finding: Finding, options: CheckOptions): Finding {
  const override: Severity | undefined = options.severities?.[finding.code];
  return override ? { ...finding, severity: override } : finding;
}

/** The caller's override, else `[tool.lockstep.severity]`; `off` drops the finding. */
function severityOf(finding: Finding, configured: Partial<Record<FindingCode, Severity | 'off'>>, options: CheckOptions): Finding[] {
  const level = options.severities?.[finding.code] ?? configured[finding.code];
  if (level === 'off') return [];
  return level ? [{ ...finding, severity: level }] : [finding];
}

/** Every finding code, exhaustively (a missing or extra key is a type error). */
const CODE_SET: Record<FindingCode, true> = {
  'sdist-build': true, 'no-distribution': true, 'target-unsupported': true, 'cuda-mismatch': true, 'driver-floor': true,
  'lock-stale': true, 'unpinned-dependency': true, 'parse-error': true, 'legacy-metadata': true, 'no-python-version': true,
  'lock-untracked': true, 'venv-outside-project': true, 'artifact-missing': true, 'artifact-yanked': true, 'artifact-unchecked': true,
};
const FINDING_CODES = Object.keys(CODE_SET) as FindingCode[];

/**
 * `[tool.lockstep.severity]`: per finding code, `error` / `warning` / `notice`, or `off` to drop it,
 * e.g. `unpinned-dependency = "notice"`. Options passed by the caller win over the file.
 */
export function projectSeverities(pyproject: Pyproject | null): Partial<Record<FindingCode, Severity | 'off'>> {
  const table = pyproject?.tool.lockstep?.severity;
  if (table === undefined) return {};
  const at = (key?: string) => {
    const line = pyproject!.locator.get(key ? ['tool', 'lockstep', 'severity', key] : ['tool', 'lockstep', 'severity'])?.line;
    return { file: pyproject!.file, ...(line ? { line } : {}) };
  };
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new LockstepError('[tool.lockstep] severity must be a table of finding code = "error" | "warning" | "notice" | "off".', at());
  }
  const out: Partial<Record<FindingCode, Severity | 'off'>> = {};
  for (const [code, level] of Object.entries(table)) {
    if (!(FINDING_CODES as readonly string[]).includes(code)) {
      throw new LockstepError(`[tool.lockstep.severity] ${code}: not a finding code.`, { ...at(code), hint: `Codes: ${FINDING_CODES.join(', ')}.` });
    }
    if (level !== 'error' && level !== 'warning' && level !== 'notice' && level !== 'off') {
      throw new LockstepError(`[tool.lockstep.severity] ${code} = ${JSON.stringify(level)}: expected "error", "warning", "notice" or "off".`, at(code));
    }
    out[code as FindingCode] = level;
  }
  return out;
}

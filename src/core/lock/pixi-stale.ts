/**
 * Is pixi.lock out of date with its manifest? The checks pixi's own satisfiability test makes (pixi
 * `lock_file/satisfiability`), from the files alone:
 * - an environment of the manifest the lock lacks, or a platform an environment needs that the lock
 *   has no packages for;
 * - channels that differ from the ones the environment resolves from;
 * - a conda or PyPI dependency (from the environment's features, `target.<platform>` included) that
 *   no locked record of that environment and platform satisfies (name, version spec, build glob); a
 *   PyPI requirement may be met by a conda package that provides it (`purls`), as pixi allows;
 * - a pixi-build `[package]` version that differs from the locked source package.
 * Each finding points at the manifest line that asks for what the lock lacks. When a spec is beyond
 * what lockstep reads, it says nothing rather than guess.
 */
import type { Finding } from '../findings.js';
import { condaBuildMatches, condaVersionSatisfies } from '../pep/conda-version.js';
import { normalizeName, versionSatisfies, isValidSpecifier } from '../pep/version.js';
import { environmentChannels, environmentFeatures, environmentPlatforms, type ManifestPlatform, type PixiDependency, type PixiManifest } from './pixi-manifest.js';
import type { PixiLock, PixiPlatform, PixiRecord } from './pixilock.js';

const RELOCK = 'Run `pixi lock` and commit pixi.lock (CI installs with `--locked`, which refuses a stale lock).';

/** The lock platform a manifest platform stands for: same subdir and the same declared CUDA. */
export function lockPlatformFor(lock: PixiLock, wanted: ManifestPlatform, available: readonly string[]): PixiPlatform | undefined {
  const candidates = lock.platforms.filter((p) => available.includes(p.name) && p.subdir === wanted.subdir);
  if (lock.version < 7) return candidates[0];
  return candidates.find((p) => (p.cuda ?? null) === (wanted.cuda ?? null));
}

function satisfiedBy(dep: PixiDependency, records: PixiRecord[]): { ok: boolean | null; found: PixiRecord[] } {
  const name = dep.kind === 'pypi' ? normalizeName(dep.name) : dep.name.toLowerCase().replace(/^.*::/, '');
  if (dep.kind === 'conda') {
    const found = records.filter((r) => r.kind === 'conda' && r.name === name);
    if (found.length === 0) return { ok: false, found };
    let unknown = false;
    for (const r of found) {
      if (r.kind !== 'conda') continue;
      const version = r.source ? true : condaVersionSatisfies(r.version, dep.spec);
      const build = dep.build === undefined || r.source || condaBuildMatches(r.build, dep.build);
      if (version === true && build) return { ok: true, found };
      if (version === null) unknown = true;
    }
    return { ok: unknown ? null : false, found };
  }
  const pypi = records.filter((r) => r.kind === 'pypi' && r.name === name);
  if (pypi.length > 0) {
    if (dep.direct || dep.spec === '*' || pypi.some((r) => r.location.startsWith('git+') || !/^https?:/.test(r.location))) return { ok: true, found: pypi };
    const spec = dep.spec.replace(/^\s*@.*$/, '');
    if (!isValidSpecifier(spec)) return { ok: null, found: pypi };
    return { ok: pypi.some((r) => versionSatisfies(r.version, spec, { prereleases: true })), found: pypi };
  }
  // pixi accepts a conda package that provides the PyPI name (its purls; by name when it has none).
  const conda = records.filter((r) => r.kind === 'conda' && (r.pypiNames ? r.pypiNames.includes(name) : r.name === name));
  return { ok: conda.length > 0 ? true : false, found: conda };
}

/** `target.linux-64`, `target.linux`, `target.unix` and `target.win` apply to a subdir. */
function targetApplies(selector: string, subdir: string): boolean {
  return selector === subdir || subdir.startsWith(`${selector}-`) || (selector === 'unix' && !subdir.startsWith('win'));
}

/** A feature's dependencies on one platform: a `target.<platform>` entry replaces the general one of the same name. */
function featureDependencies(deps: PixiDependency[], subdir: string): PixiDependency[] {
  const specific = deps.filter((d) => d.platform !== null && targetApplies(d.platform, subdir));
  const overridden = new Set(specific.map((d) => `${d.kind}\0${d.name.toLowerCase()}`));
  return [...deps.filter((d) => d.platform === null && !overridden.has(`${d.kind}\0${d.name.toLowerCase()}`)), ...specific];
}

function where(dep: PixiDependency): string {
  const table = dep.kind === 'pypi' ? 'pypi-dependencies' : 'dependencies';
  return `${dep.feature === 'default' ? '' : `feature \`${dep.feature}\` `}${dep.platform ? `target \`${dep.platform}\` ` : ''}${table}`;
}

export function pixiStaleFindings(manifest: PixiManifest, lock: PixiLock, files: { manifest: string; lock: string }): Finding[] {
  const findings: Finding[] = [];
  const stale = (message: string, line: number | undefined, extra: Partial<Finding> = {}): void => {
    const f: Finding = { code: 'lock-stale', severity: 'error', message: `${message} ${RELOCK}`, file: files.manifest, ...extra };
    if (line !== undefined) f.line = line;
    findings.push(f);
  };
  const byName = new Map(lock.environments.map((e) => [e.name, e]));
  for (const spec of manifest.environments) {
    const env = byName.get(spec.name);
    if (!env) {
      stale(`environment \`${spec.name}\` is in ${files.manifest} but not in ${files.lock}.`, spec.line);
      continue;
    }
    const features = environmentFeatures(manifest, spec);
    const wanted = new Set(environmentChannels(manifest, features));
    const locked = new Set(env.channels.map((c) => `${c.replace(/\/+$/, '')}/`));
    const missing = [...wanted].filter((c) => !locked.has(c));
    const extra = [...locked].filter((c) => !wanted.has(c));
    if (missing.length > 0 || extra.length > 0) {
      stale(`environment \`${spec.name}\` resolves from ${[...wanted].join(', ') || '(no channels)'}, but ${files.lock} was solved with ${[...locked].join(', ') || '(no channels)'}.`, manifest.channelsLine ?? manifest.workspaceLine);
    }
    const available = [...env.packages.keys()];
    for (const platform of environmentPlatforms(manifest, features)) {
      const lockPlatform = lockPlatformFor(lock, platform, available);
      const label = `${platform.subdir}${platform.cuda ? ` (cuda ${platform.cuda})` : ''}`;
      if (!lockPlatform) {
        stale(`environment \`${spec.name}\` needs platform ${label}, which ${files.lock} has no packages for.`, platform.line ?? spec.line);
        continue;
      }
      const records = env.packages.get(lockPlatform.name) ?? [];
      const targetId = `${spec.name}-${lockPlatform.name}`;
      for (const feature of features) {
        for (const dep of featureDependencies(feature.dependencies, platform.subdir)) {
          const { ok, found } = satisfiedBy(dep, records);
          if (ok !== false) continue;
          const what = found.length === 0
            ? `is not in ${files.lock} for environment \`${spec.name}\` on ${lockPlatform.name}`
            : `is not satisfied by the locked ${found.map((r) => `${r.name} ${r.version}${r.kind === 'conda' && dep.build ? ` (${r.build})` : ''}`).join(', ')}`;
          stale(`${dep.name}${dep.spec !== '*' ? ` ${dep.spec}` : ''}${dep.build ? ` [build ${dep.build}]` : ''} (${where(dep)}) ${what}.`, dep.line, { package: normalizeName(dep.name), target: targetId });
        }
      }
    }
  }
  const pkg = manifest.package;
  if (pkg?.name && pkg.version) {
    const own = lock.records.filter((r) => r.kind === 'conda' && r.source && r.name === pkg.name);
    const other = [...new Set(own.map((r) => r.version).filter((v) => v !== '' && v !== pkg.version))];
    if (own.length > 0 && other.length > 0) stale(`[package] ${pkg.name} is version ${pkg.version}, but ${files.lock} records it as ${other.join(', ')}.`, pkg.line, { package: pkg.name });
  }
  return dedupe(findings);
}

/** One finding per (message, line): a dependency missing on six platforms is one problem, listed once per target only when the targets differ. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.line}\0${f.message.replace(/ for environment `[^`]+` on \S+/, '')}`;
    if (seen.has(key)) continue;
    seen.set(key, f);
    out.push(f);
  }
  return out;
}

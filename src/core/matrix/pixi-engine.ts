/**
 * The lock engine for pixi projects: from the manifest (pixi.toml or pyproject.toml `[tool.pixi]`)
 * and pixi.lock alone, per target (environment × platform) what each locked record installs as — a
 * conda package, a PyPI wheel, a PyPI sdist build, or a source tree — and the findings that follow
 * (sdist builds, CUDA disagreements, a stale lock, unpinned dependencies). It yields the same
 * CheckReport as the uv.lock engine, so renderers, review and jobs need not know the format.
 *
 * Unlike uv.lock, pixi.lock lists exactly what each environment installs on each platform, so no graph
 * walk is needed: the records listed are the install set.
 */
import { unpinnedBySection, type UnpinnedEntry } from './unpinned.js';
import { LockstepError, ParseError } from '../errors.js';
import type { Finding, Severity } from '../findings.js';
import { environmentFeatures, parsePixiManifest, type PixiManifest } from '../lock/pixi-manifest.js';
import { pixiStaleFindings } from '../lock/pixi-stale.js';
import { parsePixiLock, type PixiEnvironment, type PixiLock, type PixiPlatform, type PixiRecord } from '../lock/pixilock.js';
import { isExactCondaPin } from '../pep/conda-version.js';
import { exactPin, parseRequirement } from '../pep/requirement.js';
import { normalizeName } from '../pep/version.js';
import { sdistBuildAdvice } from './knowledge.js';
import { pixiCudaFindings } from './pixi-cuda.js';
import type { CheckReport, PackageReport, Target, Verdict } from './types.js';

export interface PixiProjectFiles {
  /** Manifest text (pixi.toml, or pyproject.toml with `[tool.pixi]`), or null. */
  manifest: string | null;
  manifestPath: string;
  lock: string | null;
  lockPath?: string;
}

export interface PixiCheckOptions {
  /** Environments to check; empty = all. */
  environments?: string[];
  /** pixi platform names (`linux-64`, v7 names such as `p1`) or subdirs; empty = all. */
  platforms?: string[];
  severities?: Partial<Record<Finding['code'], Severity>>;
}

const WHEEL = /\.whl$/i;
const SDIST = /\.(tar\.gz|zip|tar\.bz2|tgz|tar\.xz)$/i;

/** uv platform names for the sdist advice (which only looks at OS and architecture). */
const UV_PLATFORM: Record<string, string> = {
  'linux-64': 'x86_64-manylinux_2_28',
  'linux-aarch64': 'aarch64-manylinux_2_28',
  'osx-arm64': 'aarch64-apple-darwin',
  'osx-64': 'x86_64-apple-darwin',
  'win-64': 'x86_64-pc-windows-msvc',
};

function fileName(location: string): string {
  return decodeURIComponent(location.split(/[?#]/)[0]!.split('/').pop() ?? location);
}

export function pixiVerdict(record: PixiRecord): Verdict {
  if (record.kind === 'conda') return record.source ? { status: 'source', file: record.location } : { status: 'conda', file: fileName(record.location) };
  // `direct+URL`: a direct URL requirement (pixi writes the prefix); the file decides what it is.
  const loc = record.location.replace(/^direct\+/, '');
  if (record.editable || loc.startsWith('git+') || !/^[a-z]+:\/\//i.test(loc)) return { status: 'source', file: loc };
  const file = fileName(loc);
  if (WHEEL.test(file)) return { status: 'wheel', file };
  if (SDIST.test(file)) return { status: 'sdist', file };
  return { status: 'source', file: loc };
}

function sourceLabel(record: PixiRecord): string {
  if (record.kind === 'conda') {
    if (record.source) return `source+${record.location}`;
    const url = record.location.split('/');
    return `conda+${url.slice(0, -2).join('/')}`;
  }
  const v = pixiVerdict(record);
  if (record.location.startsWith('git+')) return record.location;
  if (v.status === 'source') return `path+${record.location}`;
  return `url+${record.location}`;
}

function applySeverity(finding: Finding, options: PixiCheckOptions): Finding {
  const override = options.severities?.[finding.code];
  return override ? { ...finding, severity: override } : finding;
}

function emptyReport(): CheckReport {
  return { schema: 1, project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 }, targets: [], packages: [], findings: [] };
}

/** The CUDA an environment declares on a platform: v7 `__cuda`, else the features' system-requirements. */
function declaredCuda(platform: PixiPlatform, manifest: PixiManifest | null, envName: string): { cuda: string | null; by: string } {
  if (platform.cuda) return { cuda: platform.cuda, by: `platform ${platform.name}: __cuda=${platform.cuda}` };
  if (!manifest) return { cuda: null, by: '' };
  const spec = manifest.environments.find((e) => e.name === envName);
  if (!spec) return { cuda: null, by: '' };
  let best: { cuda: string; feature: string } | null = null;
  for (const f of environmentFeatures(manifest, spec)) {
    if (f.cuda && (!best || Number.parseFloat(f.cuda) > Number.parseFloat(best.cuda))) best = { cuda: f.cuda, feature: f.name };
  }
  if (!best) return { cuda: null, by: '' };
  return { cuda: best.cuda, by: `system-requirements.cuda = "${best.cuda}"${best.feature === 'default' ? '' : ` in feature \`${best.feature}\``}` };
}

function selectTargets(lock: PixiLock, options: PixiCheckOptions): { env: PixiEnvironment; platform: PixiPlatform }[] {
  const envNames = options.environments ?? [];
  const unknownEnvs = envNames.filter((e) => !lock.environments.some((x) => x.name === e));
  if (unknownEnvs.length > 0) {
    throw new LockstepError(`environment ${unknownEnvs.map((e) => `\`${e}\``).join(', ')} not in ${lock.file}.`, {
      hint: `Environments in ${lock.file}: ${lock.environments.map((e) => e.name).join(', ')}.`,
    });
  }
  const platformNames = options.platforms ?? [];
  const unknownPlatforms = platformNames.filter((p) => !lock.platforms.some((x) => x.name === p || x.subdir === p));
  if (unknownPlatforms.length > 0) {
    throw new LockstepError(`platform ${unknownPlatforms.map((p) => `\`${p}\``).join(', ')} not in ${lock.file}.`, {
      hint: `Platforms in ${lock.file}: ${lock.platforms.map((p) => (p.name === p.subdir ? p.name : `${p.name} (${p.subdir}${p.cuda ? `, cuda ${p.cuda}` : ''})`)).join(', ')}.`,
    });
  }
  const platforms = new Map(lock.platforms.map((p) => [p.name, p]));
  const out: { env: PixiEnvironment; platform: PixiPlatform }[] = [];
  for (const env of lock.environments) {
    if (envNames.length > 0 && !envNames.includes(env.name)) continue;
    for (const name of env.packages.keys()) {
      const platform = platforms.get(name)!;
      if (platformNames.length > 0 && !platformNames.includes(platform.name) && !platformNames.includes(platform.subdir)) continue;
      out.push({ env, platform });
    }
  }
  return out;
}

/** `unpinned-dependency` for manifest dependencies that are not exact pins (git/path/URL ones are exempt). */
function unpinnedFindings(manifest: PixiManifest, lock: PixiLock | null): Finding[] {
  const entries: UnpinnedEntry[] = [];
  const lockedVersions = (kind: 'conda' | 'pypi', name: string): string[] =>
    [...new Set((lock?.records ?? []).filter((r) => r.kind === kind && r.name === name).map((r) => r.version))];
  const seen = new Set<string>();
  for (const feature of manifest.features.values()) {
    for (const dep of feature.dependencies) {
      if (dep.direct) continue;
      const key = `${dep.kind}\0${dep.name}\0${dep.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let pinned: boolean;
      if (dep.kind === 'conda') pinned = isExactCondaPin(dep.spec);
      else {
        try {
          pinned = exactPin(parseRequirement(`${dep.name}${dep.spec === '*' ? '' : dep.spec}`)) !== null;
        } catch {
          pinned = true; // not a requirement lockstep can read: leave it to pixi
        }
      }
      if (pinned) continue;
      const name = dep.kind === 'pypi' ? normalizeName(dep.name) : dep.name.toLowerCase();
      const locked = lockedVersions(dep.kind, name);
      const table = dep.kind === 'pypi' ? 'pypi-dependencies' : 'dependencies';
      const suggestion = locked.length === 1
        ? ` Pin what pixi.lock resolved: \`${dep.name} = "==${locked[0]}"\`.`
        : ' Pin it with `==` to the version you tested.';
      const where = `${feature.name === 'default' ? '' : `feature \`${feature.name}\` `}${dep.platform ? `target \`${dep.platform}\` ` : ''}${table}`;
      const f: Finding = {
        code: 'unpinned-dependency',
        severity: 'warning',
        package: name,
        message: `${dep.name} in ${where} is not pinned exactly (${dep.spec === '*' ? 'any version' : `\`${dep.spec}\``}).${suggestion}`,
        file: manifest.file,
      };
      if (dep.line !== undefined) f.line = dep.line;
      if (dep.column !== undefined) f.column = dep.column;
      entries.push({ where, name: dep.name, pin: locked.length === 1 ? `${dep.name} = "==${locked[0]}"` : null, finding: f });
    }
  }
  return unpinnedBySection(entries, 'pixi.lock');
}

function label(record: PixiRecord): string {
  return `${record.name} ${record.version}`;
}

/**
 * Checks a pixi project. Never throws for bad project files (a malformed manifest or lock becomes one
 * `parse-error` finding); throws LockstepError for an unknown lock version and for bad options.
 */
export function checkPixiProject(files: PixiProjectFiles, options: PixiCheckOptions = {}): CheckReport {
  const lockPath = files.lockPath ?? 'pixi.lock';
  let manifest: PixiManifest | null = null;
  let lock: PixiLock | null = null;
  try {
    if (files.manifest !== null) manifest = parsePixiManifest(files.manifest, files.manifestPath);
    if (files.lock !== null) lock = parsePixiLock(files.lock, lockPath);
  } catch (error) {
    if (error instanceof ParseError) {
      const report = emptyReport();
      const finding: Finding = { code: 'parse-error', severity: 'error', message: `${error.message}${error.hint ? ` — ${error.hint}` : ''}`, file: error.file ?? lockPath };
      if (error.line !== undefined) finding.line = error.line;
      if (error.column !== undefined) finding.column = error.column;
      report.findings.push(applySeverity(finding, options));
      return report;
    }
    throw error;
  }

  const findings: Finding[] = manifest ? unpinnedFindings(manifest, lock) : [];
  if (!lock) {
    findings.push({
      code: 'lock-stale',
      severity: 'error',
      message: `no ${lockPath} beside ${files.manifestPath}: the project is not locked, so no target can be checked and every machine solves its own environment. Fix: run \`pixi lock\` and commit ${lockPath}.`,
      file: files.manifestPath,
      line: manifest?.workspaceLine ?? 1,
    });
    const report = emptyReport();
    report.findings = findings.map((f) => applySeverity(f, options));
    return report;
  }
  if (manifest) findings.push(...pixiStaleFindings(manifest, lock, { manifest: files.manifestPath, lock: lockPath }));

  const selected = selectTargets(lock, options);
  const targets: Target[] = [];
  // Rows are one per package name and version (a conda package has one file per platform).
  const rows = new Map<string, PackageReport>();
  const sdists = new Map<PixiRecord, Target[]>();
  // Records repeat across environments (scipy's 134 targets share ~2k records): judge each once.
  const verdicts = new Map<PixiRecord, Verdict>();
  for (const { env, platform } of selected) {
    const records = env.packages.get(platform.name) ?? [];
    const python = records.find((r) => r.kind === 'conda' && r.name === 'python');
    const declared = declaredCuda(platform, manifest, env.name);
    const target: Target = {
      id: `${env.name}-${platform.name}`,
      python: python ? python.version.split('.').slice(0, 2).join('.') : '',
      platform: platform.name,
      cuda: declared.cuda,
      environment: env.name,
      lock: lockPath,
    };
    targets.push(target);
    for (const record of records) {
      const key = `${record.kind}\0${record.name}\0${record.version}`;
      let row = rows.get(key);
      if (!row) {
        row = { name: record.name, version: record.version, source: sourceLabel(record), verdicts: {} };
        if (record.line !== undefined) row.line = record.line;
        rows.set(key, row);
      }
      let verdict = verdicts.get(record);
      if (!verdict) verdicts.set(record, (verdict = pixiVerdict(record)));
      row.verdicts[target.id] = verdict;
      if (verdict.status === 'sdist') {
        const list = sdists.get(record);
        if (list) list.push(target);
        else sdists.set(record, [target]);
      }
    }
    findings.push(...pixiCudaFindings(records, { targetId: target.id, subdir: platform.subdir, declared: declared.cuda, declaredBy: declared.by, lockFile: lockPath }));
  }

  for (const [record, list] of sdists) {
    const everywhere = list.length === targets.length && targets.length > 1;
    for (const target of everywhere ? [null] : list) {
      const t = target ?? list[0]!;
      const platform = lock.platforms.find((p) => p.name === t.platform);
      const torch = (lock.environments.find((e) => e.name === t.environment)?.packages.get(t.platform) ?? []).find((r) => r.name === 'torch' || r.name === 'pytorch');
      const advice = sdistBuildAdvice(record.name, { python: t.python, platform: UV_PLATFORM[platform?.subdir ?? ''] ?? t.platform, torch: torch?.version ?? null, cuda: t.cuda, version: record.version });
      const f: Finding = {
        code: 'sdist-build',
        severity: advice.severity,
        package: record.name,
        version: record.version,
        message: `${label(record)} has no wheel in ${lockPath} ${target ? `for environment \`${t.environment}\` on ${t.platform}` : 'on any target'}; pixi would build it from ${fileName(record.location)}.${advice.suggestion ? ` ${advice.suggestion}` : ''}`,
        file: lockPath,
      };
      if (target) f.target = target.id;
      if (record.line !== undefined) f.line = record.line;
      findings.push(f);
    }
  }

  const lockRecords = lock.records;
  return {
    schema: 1,
    project: {
      name: manifestName(files.manifest, manifest),
      version: manifest?.package?.version ?? null,
      requiresPython: null,
      lockRevision: lock.version,
      packageCount: lockRecords.length,
    },
    targets,
    packages: [...rows.values()],
    findings: findings.map((f) => applySeverity(f, options)),
  };
}

function manifestName(text: string | null, manifest: PixiManifest | null): string | null {
  if (!text || !manifest) return null;
  const m = /^\s*name\s*=\s*"([^"]+)"/m.exec(text);
  return manifest.package?.name ?? m?.[1] ?? null;
}

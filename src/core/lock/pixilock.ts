/**
 * pixi.lock (rattler_lock formats 4–7) as one model: platforms (v7's named platforms with their
 * virtual packages, or plain subdirs before v7), environments (channels, PyPI indexes, the records each
 * installs per platform) and the records themselves with the line they start on.
 *
 * Format notes (from rattler_lock's parse/models):
 * - v4/v5: records carry `kind: conda|pypi`, `url` (or `path` for local PyPI sources), name, version,
 *   build, subdir; environments list `- conda: URL` / `- pypi: URL|PATH`.
 * - v6: a record is keyed by its location (`- conda: URL` / `- pypi: URL`); a conda record's name,
 *   version and build are derived from the archive's file name unless written out; a conda location
 *   that is not an archive (`.`, `./pkg`) is a source package built by pixi-build, and environment
 *   entries then carry the fields (`build: …`) that tell its variants apart.
 * - v7: a top-level `platforms` list names each platform (`p1` = linux-64 + `__cuda=12.9`), and source
 *   packages are `conda_source: name[hash] @ path` entries.
 * An unknown (newer) version is an error, as in rattler_lock: guessing at a format we do not know
 * would give verdicts nobody can trust.
 */
import { LockstepError, ParseError } from '../errors.js';
import { lineOf, parseYamlBlock, type YamlMap, type YamlValue } from './yaml-block.js';

export const PIXI_LOCK_VERSIONS = [4, 5, 6, 7] as const;

export interface PixiPlatform {
  /** The name environments use (`linux-64`, or a v7 name such as `p1`). */
  name: string;
  /** The conda subdir (`linux-64`, `osx-arm64`, …). */
  subdir: string;
  /** v7 virtual packages (`__cuda=12.9`, `__glibc=2.28`); empty before v7. */
  virtualPackages: string[];
  /** `__cuda` version declared for this platform, or null. */
  cuda: string | null;
  line?: number;
}

export interface CondaRecord {
  kind: 'conda';
  /** URL, path, or `name[hash] @ path` for v7 source packages. */
  location: string;
  name: string;
  version: string;
  build: string;
  subdir: string;
  /** Built from source by pixi-build (v6 non-archive location, v7 `conda_source`). */
  source: boolean;
  depends: string[];
  /** PyPI names this conda package provides (from `purls`), or null when the lock does not say. */
  pypiNames: string[] | null;
  line?: number;
}

export interface PypiRecord {
  kind: 'pypi';
  location: string;
  name: string;
  version: string;
  editable: boolean;
  requiresDist: string[];
  line?: number;
}

export type PixiRecord = CondaRecord | PypiRecord;

export interface PixiEnvironment {
  name: string;
  /** Channel URLs in lock order. */
  channels: string[];
  /** PyPI index URLs (v5+), empty when the lock does not record them. */
  indexes: string[];
  /** Records installed, per platform name. */
  packages: Map<string, PixiRecord[]>;
  line?: number;
}

export interface PixiLock {
  file: string;
  version: number;
  platforms: PixiPlatform[];
  environments: PixiEnvironment[];
  /** Every record in `packages:` order. */
  records: PixiRecord[];
}

const ARCHIVE = /\.(conda|tar\.bz2)$/;

function asMap(value: YamlValue | undefined): YamlMap | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

function asList(value: YamlValue | undefined): YamlValue[] {
  return Array.isArray(value) ? value : [];
}

function str(value: YamlValue | undefined): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function strings(value: YamlValue | undefined): string[] {
  return asList(value).map(str).filter((s): s is string => s !== null);
}

/** `name-version-build` from a conda archive URL or file name. */
export function condaArchiveParts(location: string): { name: string; version: string; build: string; subdir: string | null } | null {
  const clean = location.split(/[?#]/)[0]!;
  const segments = clean.split('/');
  const file = segments.pop() ?? '';
  if (!ARCHIVE.test(file)) return null;
  const stem = file.replace(ARCHIVE, '');
  const build = stem.lastIndexOf('-');
  const version = build > 0 ? stem.lastIndexOf('-', build - 1) : -1;
  if (build < 0 || version < 0) return null;
  return { name: stem.slice(0, version), version: stem.slice(version + 1, build), build: stem.slice(build + 1), subdir: segments.pop() ?? null };
}

/** PyPI names from `purls` (`pkg:pypi/numpy` → `numpy`); null when the record has no `purls` key. */
function pypiNames(record: YamlMap): string[] | null {
  if (!('purls' in record)) return null;
  return strings(record.purls)
    .map((p) => /^pkg:pypi\/([^@?#]+)/.exec(p)?.[1])
    .filter((n): n is string => !!n)
    .map((n) => decodeURIComponent(n).toLowerCase().replace(/[-_.]+/g, '-'));
}

class LockReader {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {}

  error(line: number | undefined, message: string): ParseError {
    return new ParseError(message, { file: this.file, line, hint: `Regenerate ${this.file} with \`pixi lock\`.` });
  }

  fail(line: number | undefined, message: string): never {
    throw this.error(line, message);
  }

  record(raw: YamlValue): PixiRecord {
    const map = asMap(raw);
    if (!map) this.fail(undefined, 'a `packages` entry is not a mapping');
    const line = lineOf(map);
    const kind = this.version <= 5 ? str(map.kind) : 'conda' in map ? 'conda' : 'conda_source' in map ? 'conda_source' : 'pypi' in map ? 'pypi' : null;
    if (kind === 'pypi') {
      const location = this.version <= 5 ? str(map.url) ?? str(map.path) : str(map.pypi);
      const name = str(map.name);
      const version = str(map.version);
      if (!location || !name || version === null) this.fail(line, 'a PyPI record lacks its location, name or version');
      const record: PypiRecord = { kind: 'pypi', location, name: name.toLowerCase().replace(/[-_.]+/g, '-'), version, editable: map.editable === true, requiresDist: strings(map.requires_dist) };
      if (line !== undefined) record.line = line;
      return record;
    }
    if (kind === 'conda' || kind === 'conda_source') {
      const location = kind === 'conda_source' ? str(map.conda_source) : this.version <= 5 ? str(map.url) : str(map.conda);
      if (!location) this.fail(line, 'a conda record lacks its location');
      const parts = condaArchiveParts(location);
      const sourceName = kind === 'conda_source' ? /^([^[@\s]+)/.exec(location)?.[1] ?? null : null;
      const name = str(map.name) ?? parts?.name ?? sourceName;
      if (!name) this.fail(line, `conda record ${location} has no name`);
      const record: CondaRecord = {
        kind: 'conda',
        location,
        name,
        version: str(map.version) ?? parts?.version ?? '',
        build: str(map.build) ?? parts?.build ?? '',
        subdir: str(map.subdir) ?? parts?.subdir ?? '',
        source: kind === 'conda_source' || parts === null,
        depends: strings(map.depends),
        pypiNames: pypiNames(map),
      };
      if (line !== undefined) record.line = line;
      return record;
    }
    this.fail(line, `unknown record kind${kind ? ` \`${kind}\`` : ''}`);
  }
}

/** Fields an environment entry may add to pick one of several records at the same location. */
const SELECTOR_FIELDS = ['name', 'version', 'build', 'subdir'] as const;

export function parsePixiLock(text: string, file = 'pixi.lock'): PixiLock {
  const doc = asMap(parseYamlBlock(text, file));
  if (!doc) throw new ParseError('not a pixi lock file (expected a mapping with `version`)', { file, line: 1 });
  const version = doc.version;
  if (typeof version !== 'number') throw new ParseError('missing or non-integer `version` field', { file, line: 1, hint: `Regenerate ${file} with \`pixi lock\`.` });
  if (version > 7) {
    throw new LockstepError(`${file} is lock format version ${version}, but lockstep reads versions 4 to 7.`, {
      file,
      line: 1,
      hint: 'Upgrade lockstep, or write the lock with the pixi version your CI pins.',
    });
  }
  if (version < 4) {
    throw new LockstepError(`${file} is lock format version ${version}, which lockstep does not read (versions 4 to 7).`, {
      file,
      line: 1,
      hint: 'Re-lock with a current pixi (`pixi lock`) to write a newer format.',
    });
  }
  const reader = new LockReader(file, version);
  const records = asList(doc.packages).map((r) => reader.record(r));
  const byLocation = new Map<string, PixiRecord[]>();
  for (const r of records) {
    const key = `${r.kind}\0${r.location}`;
    const list = byLocation.get(key);
    if (list) list.push(r);
    else byLocation.set(key, [r]);
  }

  const platforms = new Map<string, PixiPlatform>();
  if (version >= 7) {
    for (const raw of asList(doc.platforms)) {
      const map = asMap(raw);
      const name = str(map?.name);
      if (!map || !name) throw reader.error(lineOf(raw), 'a `platforms` entry has no name');
      const virtualPackages = strings(map.virtual_packages ?? map['virtual-packages']);
      const cuda = virtualPackages.map((v) => /^__cuda=([^=]+)/.exec(v)?.[1]).find((v) => v !== undefined) ?? null;
      const platform: PixiPlatform = { name, subdir: str(map.subdir) ?? name, virtualPackages, cuda };
      const line = lineOf(map);
      if (line !== undefined) platform.line = line;
      platforms.set(name, platform);
    }
  }

  const environments: PixiEnvironment[] = [];
  for (const [name, raw] of Object.entries(asMap(doc.environments) ?? {})) {
    const map = asMap(raw);
    if (!map) throw reader.error(undefined, `environment \`${name}\` is not a mapping`);
    const channels = asList(map.channels).map((c) => str(asMap(c)?.url ?? c)).filter((c): c is string => c !== null);
    const env: PixiEnvironment = { name, channels, indexes: strings(map.indexes), packages: new Map() };
    const line = lineOf(map);
    if (line !== undefined) env.line = line;
    for (const [platform, entries] of Object.entries(asMap(map.packages) ?? {})) {
      if (!platforms.has(platform)) {
        if (version >= 7) throw reader.error(env.line, `environment \`${name}\` uses the unregistered platform \`${platform}\``);
        platforms.set(platform, { name: platform, subdir: platform, virtualPackages: [], cuda: null });
      }
      const list: PixiRecord[] = [];
      for (const entry of asList(entries)) {
        const e = asMap(entry);
        if (!e) continue;
        const kind = 'conda_source' in e ? 'conda' : 'conda' in e ? 'conda' : 'pypi' in e ? 'pypi' : null;
        const location = str(e.conda_source ?? e.conda ?? e.pypi);
        if (!kind || !location) throw reader.error(lineOf(e), `environment \`${name}\` lists an entry without \`conda\` or \`pypi\``);
        let candidates = byLocation.get(`${kind}\0${location}`);
        if (!candidates) throw reader.error(lineOf(e), `environment \`${name}\` (${platform}) refers to a package that does not exist: ${location}`);
        if (candidates.length > 1) {
          const subdir = platforms.get(platform)!.subdir;
          const narrowed = candidates.filter((c) =>
            SELECTOR_FIELDS.every((f) => e[f] === undefined || str(e[f]) === (c as unknown as Record<string, unknown>)[f]) && (c.kind !== 'conda' || !c.subdir || c.subdir === subdir || c.subdir === 'noarch'),
          );
          if (narrowed.length > 0) candidates = narrowed;
        }
        list.push(candidates[0]!);
      }
      env.packages.set(platform, list);
    }
    environments.push(env);
  }
  return { file, version, platforms: [...platforms.values()], environments, records };
}

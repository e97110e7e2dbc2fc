/**
 * A typed model of uv.lock (lock `version = 1`, revisions none/1–4), read with smol-toml and checked
 * key by key so that a value of the wrong shape is a ParseError naming the key and its line.
 * Unknown keys are ignored: newer uv revisions add keys, and an older lockstep must still read the lock.
 */
import { ParseError } from '../errors.js';
import { parseToml, type TomlTable } from '../toml.js';
import { locateTableHeaders, locateValues, type KeyPath, type ValueLocator } from './locate.js';
import { readUvLockToml } from './uvlock-reader.js';

export type SourceKind = 'registry' | 'git' | 'url' | 'path' | 'directory' | 'editable' | 'virtual';

/** Where a locked package comes from (`source = { registry = "…" }`, `{ git = "…" }`, …). */
export interface LockSource {
  kind: SourceKind;
  /** The URL or path the source names (`https://pypi.org/simple`, `.`, `git+…#sha` without the prefix). */
  location: string;
  subdirectory?: string;
}

/** A dependency edge: `{ name, version?, source?, extra?, marker? }`. */
export interface LockDependency {
  name: string;
  /** Present when the lock holds several entries of this name (uv then disambiguates the edge). */
  version?: string;
  source?: LockSource;
  extras: string[];
  marker?: string;
}

export interface LockArtifact {
  /** The distribution's filename (URL-decoded last segment of `url`, or `path`/`filename`). */
  filename: string;
  url?: string;
  path?: string;
  hash?: string;
  size?: number;
}

/** One entry of `[package.metadata] requires-dist` / `requires-dev`. */
export interface MetadataRequirement {
  name: string;
  extras: string[];
  specifier?: string;
  marker?: string;
  /** `index`, `git`, `url`, `path`, `editable`, … as written (what pyproject's sources turned into). */
  sourceKeys: Record<string, unknown>;
}

export interface LockPackageMetadata {
  requiresDist: MetadataRequirement[];
  requiresDev: Record<string, MetadataRequirement[]>;
  providesExtras: string[] | null;
}

export interface LockPackage {
  name: string;
  /** Absent for source trees with a dynamic version. */
  version?: string;
  source: LockSource;
  /** 1-based line of this entry's `[[package]]` header. */
  line?: number;
  /** Position among the lock's `[[package]]` entries. */
  index: number;
  sdist?: LockArtifact;
  wheels: LockArtifact[];
  dependencies: LockDependency[];
  optionalDependencies: Record<string, LockDependency[]>;
  /** `[package.dev-dependencies]`: dependency groups (uv's historical key name). */
  devDependencies: Record<string, LockDependency[]>;
  resolutionMarkers: string[];
  metadata?: LockPackageMetadata;
}

/** `conflicts = [[{ package, extra | group }, …], …]`. */
export interface ConflictItem {
  package: string;
  extra?: string;
  group?: string;
}

export interface LockManifest {
  members: string[];
  requirements: MetadataRequirement[];
  constraints: MetadataRequirement[];
  overrides: MetadataRequirement[];
  /** Dependency groups of a virtual workspace root (no `[project]`). */
  dependencyGroups: Record<string, MetadataRequirement[]>;
  dependencyMetadata: { name: string; version?: string; requiresDist: string[] }[];
}

export interface UvLock {
  file: string;
  version: 1;
  revision: number | null;
  requiresPython: string | null;
  resolutionMarkers: string[];
  supportedMarkers: string[];
  requiredMarkers: string[];
  conflicts: ConflictItem[][];
  options: TomlTable;
  manifest: LockManifest;
  packages: LockPackage[];
  /** Packages by (already normalised) name; several entries where the lock forked. */
  byName: Map<string, LockPackage[]>;
}

/** `registry+https://pypi.org/simple`, `git+https://…`, … — the label reports and JSON show. */
export function sourceLabel(source: LockSource): string {
  return `${source.kind}+${source.location}`;
}

/** Filename of an artifact URL: last path segment, URL-decoded (`%2B` → `+`), query/fragment dropped. */
export function filenameFromUrl(url: string): string {
  // indexOf, not a regex: a 1 MB lock has ~10k artifact URLs and this runs for each of them.
  let end = url.length;
  const query = url.indexOf('?');
  if (query >= 0) end = query;
  const hash = url.indexOf('#');
  if (hash >= 0 && hash < end) end = hash;
  const last = url.slice(url.lastIndexOf('/', end - 1) + 1, end);
  if (!last.includes('%')) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const SOURCE_KINDS: readonly SourceKind[] = ['registry', 'git', 'url', 'path', 'directory', 'editable', 'virtual'];

/**
 * Checks values against the schema. Positions are looked up lazily: the fast path never needs them,
 * and a full value scan of a 1 MB lock costs more than the parse itself.
 */
class Reader {
  private locator: ValueLocator | undefined;
  constructor(
    private readonly text: string,
    readonly file: string,
  ) {}

  fail(path: KeyPath, expected: string, actual: unknown): never {
    this.locator ??= locateValues(this.text);
    // The value itself, or failing that the nearest enclosing value that has a position.
    let span;
    for (let depth = path.length; depth >= 0 && !span; depth--) span = this.locator.get(path.slice(0, depth));
    const key = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
    const got = actual === undefined ? 'nothing' : Array.isArray(actual) ? 'an array' : typeof actual === 'object' ? 'a table' : `${typeof actual} ${JSON.stringify(actual)}`;
    throw new ParseError(`\`${key}\` must be ${expected}, found ${got}`, {
      file: this.file,
      line: span?.line,
      column: span?.column,
      hint: `Regenerate ${this.file} with \`uv lock\` (it is written by uv, not by hand).`,
    });
  }

  // Each check takes the parent path and the key separately and joins them only to report a failure:
  // a lock has ~100k values, and an array per value read was a measurable share of a cold check.
  table(value: unknown, path: KeyPath, key?: string | number): TomlTable {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) this.fail(join(path, key), 'a table', value);
    return value as TomlTable;
  }

  optTable(value: unknown, path: KeyPath, key?: string | number): TomlTable | undefined {
    return value === undefined ? undefined : this.table(value, path, key);
  }

  array(value: unknown, path: KeyPath, key?: string | number): unknown[] {
    if (!Array.isArray(value)) this.fail(join(path, key), 'an array', value);
    return value;
  }

  optArray(value: unknown, path: KeyPath, key?: string | number): unknown[] {
    return value === undefined ? [] : this.array(value, path, key);
  }

  string(value: unknown, path: KeyPath, key?: string | number): string {
    if (typeof value !== 'string') this.fail(join(path, key), 'a string', value);
    return value;
  }

  optString(value: unknown, path: KeyPath, key?: string | number): string | undefined {
    return value === undefined ? undefined : this.string(value, path, key);
  }

  strings(value: unknown, path: KeyPath, key?: string | number): string[] {
    const items = this.optArray(value, path, key);
    for (let index = 0; index < items.length; index++) if (typeof items[index] !== 'string') this.string(items[index], join(path, key), index);
    return items as string[];
  }

  optInteger(value: unknown, path: KeyPath, key?: string | number): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'bigint') return Number(value);
    if (typeof value !== 'number' || !Number.isInteger(value)) this.fail(join(path, key), 'an integer', value);
    return value;
  }
}

function join(path: KeyPath, key: string | number | undefined): KeyPath {
  return key === undefined ? path : [...path, key];
}

function readSource(r: Reader, value: unknown, path: KeyPath): LockSource {
  const table = r.table(value, path);
  for (const kind of SOURCE_KINDS) {
    if (kind in table) {
      const location = r.string(table[kind], path, kind);
      const subdirectory = r.optString(table.subdirectory, path, 'subdirectory');
      return subdirectory === undefined ? { kind, location } : { kind, location, subdirectory };
    }
  }
  return r.fail(path, `a source table with one of ${SOURCE_KINDS.join(', ')}`, value);
}

function readExtras(r: Reader, value: unknown, path: KeyPath, key: string): string[] {
  // `extra = ["torch"]` in edges; a bare string is accepted too (hand-edited locks).
  if (typeof value === 'string') return [value];
  return r.strings(value, path, key);
}

function readDependency(r: Reader, value: unknown, path: KeyPath): LockDependency {
  const t = r.table(value, path);
  const dep: LockDependency = {
    name: r.string(t.name, path, 'name'),
    extras: readExtras(r, t.extra, path, 'extra'),
  };
  const version = r.optString(t.version, path, 'version');
  if (version !== undefined) dep.version = version;
  if (t.source !== undefined) dep.source = readSource(r, t.source, [...path, 'source']);
  const marker = r.optString(t.marker, path, 'marker');
  if (marker !== undefined) dep.marker = marker;
  return dep;
}

function readDependencies(r: Reader, value: unknown, path: KeyPath): LockDependency[] {
  return r.optArray(value, path).map((item, index) => readDependency(r, item, [...path, index]));
}

function readDependencyTable(r: Reader, value: unknown, path: KeyPath): Record<string, LockDependency[]> {
  const table = r.optTable(value, path) ?? {};
  const out: Record<string, LockDependency[]> = {};
  for (const [key, list] of Object.entries(table)) out[key] = readDependencies(r, list, [...path, key]);
  return out;
}

function readArtifact(r: Reader, value: unknown, path: KeyPath): LockArtifact {
  const t = r.table(value, path);
  const url = r.optString(t.url, path, 'url');
  const filePath = r.optString(t.path, path, 'path');
  const filename = r.optString(t.filename, path, 'filename');
  const name = filename ?? (url !== undefined ? filenameFromUrl(url) : filePath !== undefined ? filenameFromUrl(filePath) : undefined);
  if (name === undefined) r.fail(path, 'a distribution with `url`, `path` or `filename`', value);
  const artifact: LockArtifact = { filename: name };
  if (url !== undefined) artifact.url = url;
  if (filePath !== undefined) artifact.path = filePath;
  const hash = r.optString(t.hash, path, 'hash');
  if (hash !== undefined) artifact.hash = hash;
  const size = r.optInteger(t.size, path, 'size');
  if (size !== undefined) artifact.size = size;
  return artifact;
}

function readMetadataRequirement(r: Reader, value: unknown, path: KeyPath): MetadataRequirement {
  const t = r.table(value, path);
  const req: MetadataRequirement = {
    name: r.string(t.name, path, 'name'),
    extras: readExtras(r, t.extras, path, 'extras'),
    sourceKeys: {},
  };
  const specifier = r.optString(t.specifier, path, 'specifier');
  if (specifier !== undefined) req.specifier = specifier;
  const marker = r.optString(t.marker, path, 'marker');
  if (marker !== undefined) req.marker = marker;
  for (const [key, v] of Object.entries(t)) {
    if (!['name', 'extras', 'specifier', 'marker'].includes(key)) req.sourceKeys[key] = v;
  }
  return req;
}

function readMetadataRequirements(r: Reader, value: unknown, path: KeyPath): MetadataRequirement[] {
  return r.optArray(value, path).map((item, index) => readMetadataRequirement(r, item, [...path, index]));
}

function readPackage(r: Reader, value: unknown, index: number, headerLines: number[]): LockPackage {
  const path: KeyPath = ['package', index];
  const t = r.table(value, path);
  const pkg: LockPackage = {
    name: r.string(t.name, path, 'name'),
    source: t.source === undefined ? r.fail([...path, 'source'], 'a source table', undefined) : readSource(r, t.source, [...path, 'source']),
    index,
    wheels: r.optArray(t.wheels, path, 'wheels').map((w, i) => readArtifact(r, w, [...path, 'wheels', i])),
    dependencies: readDependencies(r, t.dependencies, [...path, 'dependencies']),
    optionalDependencies: readDependencyTable(r, t['optional-dependencies'], [...path, 'optional-dependencies']),
    devDependencies: readDependencyTable(r, t['dev-dependencies'], [...path, 'dev-dependencies']),
    resolutionMarkers: r.strings(t['resolution-markers'], path, 'resolution-markers'),
  };
  const line = headerLines[index];
  if (line !== undefined) pkg.line = line;
  const version = r.optString(t.version, path, 'version');
  if (version !== undefined) pkg.version = version;
  if (t.sdist !== undefined) pkg.sdist = readArtifact(r, t.sdist, [...path, 'sdist']);
  const meta = r.optTable(t.metadata, path, 'metadata');
  if (meta) {
    const devPath = [...path, 'metadata', 'requires-dev'];
    const dev = r.optTable(meta['requires-dev'], devPath) ?? {};
    pkg.metadata = {
      requiresDist: readMetadataRequirements(r, meta['requires-dist'], [...path, 'metadata', 'requires-dist']),
      requiresDev: Object.fromEntries(Object.entries(dev).map(([g, list]) => [g, readMetadataRequirements(r, list, [...devPath, g])])),
      providesExtras: meta['provides-extras'] === undefined ? null : r.strings(meta['provides-extras'], [...path, 'metadata'], 'provides-extras'),
    };
  }
  return pkg;
}

function readConflicts(r: Reader, value: unknown): ConflictItem[][] {
  return r.optArray(value, ['conflicts']).map((set, i) =>
    r.array(set, ['conflicts', i]).map((item, j) => {
      const p: KeyPath = ['conflicts', i, j];
      const t = r.table(item, p);
      const c: ConflictItem = { package: r.string(t.package, p, 'package') };
      const extra = r.optString(t.extra, p, 'extra');
      const group = r.optString(t.group, p, 'group');
      if (extra !== undefined) c.extra = extra;
      if (group !== undefined) c.group = group;
      return c;
    }),
  );
}

function readManifest(r: Reader, value: unknown): LockManifest {
  const t = r.optTable(value, ['manifest']) ?? {};
  const groups = r.optTable(t['dependency-groups'], ['manifest', 'dependency-groups']) ?? {};
  return {
    members: r.strings(t.members, ['manifest', 'members']),
    requirements: readMetadataRequirements(r, t.requirements, ['manifest', 'requirements']),
    constraints: readMetadataRequirements(r, t.constraints, ['manifest', 'constraints']),
    overrides: readMetadataRequirements(r, t.overrides, ['manifest', 'overrides']),
    dependencyGroups: Object.fromEntries(
      Object.entries(groups).map(([g, list]) => [g, readMetadataRequirements(r, list, ['manifest', 'dependency-groups', g])]),
    ),
    dependencyMetadata: r.optArray(t['dependency-metadata'], ['manifest', 'dependency-metadata']).map((item, i) => {
      const p: KeyPath = ['manifest', 'dependency-metadata', i];
      const m = r.table(item, p);
      const entry: LockManifest['dependencyMetadata'][number] = {
        name: r.string(m.name, p, 'name'),
        requiresDist: r.strings(m['requires-dist'], p, 'requires-dist'),
      };
      const version = r.optString(m.version, p, 'version');
      if (version !== undefined) entry.version = version;
      return entry;
    }),
  };
}

/**
 * Lines of the `[[package]]` headers. Without multi-line strings (uv never writes one) a line starting
 * with `[[package]]` can only be that header — inside an array it would not be a valid value — so a
 * plain substring search suffices (a regex over the whole 1 MB text cost several ms of a cold check);
 * any other spelling (`[[ package ]]`, indented) makes the count disagree, and the scanner decides.
 */
function packageHeaderLines(text: string, expected: number): number[] {
  const scan = (): number[] => locateTableHeaders(text).get('package') ?? [];
  if (text.includes('"""') || text.includes("'''")) return scan();
  const lines: number[] = [];
  const header = '[[package]]';
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf(header); at >= 0; at = text.indexOf(header, at + header.length)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    for (let k = text.indexOf('\n', counted); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) line++;
    counted = at;
    lines.push(line);
  }
  return lines.length === expected ? lines : scan();
}

/**
 * Parses uv.lock text. Throws ParseError for malformed TOML (line/column from smol-toml), for a lock
 * `version` other than 1, and for values of the wrong type (naming the key and its line).
 */
export function parseLock(text: string, file = 'uv.lock'): UvLock {
  // uv writes a small regular TOML subset: read that directly, and let smol-toml take anything else
  // (and report its syntax errors with line and column).
  const doc = readUvLockToml(text) ?? parseToml(text, file);
  const r = new Reader(text, file);
  const version = doc.version;
  if (version !== 1 && version !== 1n) {
    if (typeof version === 'number' || typeof version === 'bigint') {
      throw new ParseError(`unsupported uv.lock version ${String(version)}: lockstep reads lock version 1`, {
        file,
        line: locateValues(text).get(['version'])?.line,
        hint: `This lock was written by a uv newer than lockstep knows. Update lockstep, or re-lock with a uv that writes version 1 (\`uv lock\`).`,
      });
    }
    r.fail(['version'], 'the integer 1', version);
  }
  // Headers only: packages get their `[[package]]` line without a full value scan.
  const rawPackages = r.optArray(doc.package, ['package']);
  const headerLines = packageHeaderLines(text, rawPackages.length);
  const packages = rawPackages.map((p, i) => readPackage(r, p, i, headerLines));
  const byName = new Map<string, LockPackage[]>();
  for (const pkg of packages) {
    const list = byName.get(pkg.name);
    if (list) list.push(pkg);
    else byName.set(pkg.name, [pkg]);
  }
  return {
    file,
    version: 1,
    revision: r.optInteger(doc.revision, ['revision']) ?? null,
    requiresPython: r.optString(doc['requires-python'], ['requires-python']) ?? null,
    resolutionMarkers: r.strings(doc['resolution-markers'], ['resolution-markers']),
    supportedMarkers: r.strings(doc['supported-markers'], ['supported-markers']),
    requiredMarkers: r.strings(doc['required-markers'], ['required-markers']),
    conflicts: readConflicts(r, doc.conflicts),
    options: r.optTable(doc.options, ['options']) ?? {},
    manifest: readManifest(r, doc.manifest),
    packages,
    byName,
  };
}

/** Sources are equal when kind and location agree (trailing slashes of registry URLs ignored). */
export function sameSource(a: LockSource, b: LockSource): boolean {
  return a.kind === b.kind && a.location.replace(/\/+$/, '') === b.location.replace(/\/+$/, '') && a.subdirectory === b.subdirectory;
}

/**
 * The package an edge points at: by name when the lock holds one entry of that name, else by
 * name + version + source (what uv writes on edges exactly when a name has several entries).
 */
export function resolveDependency(lock: UvLock, dep: LockDependency): LockPackage | undefined {
  const candidates = lock.byName.get(dep.name);
  if (!candidates) return undefined;
  if (candidates.length === 1) return candidates[0];
  return candidates.find(
    (pkg) => (dep.version === undefined || pkg.version === dep.version) && (dep.source === undefined || sameSource(pkg.source, dep.source)),
  );
}

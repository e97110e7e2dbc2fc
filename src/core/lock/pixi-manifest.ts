/**
 * The parts of a pixi manifest (`pixi.toml`, or `pyproject.toml` under `[tool.pixi]`) that decide
 * what pixi.lock must contain: the workspace's channels and platforms, each feature's conda and PyPI
 * dependencies (with `target.<platform>` overrides), platforms, channels and system requirements, and
 * the environments built from features. Every dependency keeps its line so findings point at it.
 *
 * Following pixi: the default feature is the top-level tables; every environment includes it unless
 * `no-default-feature = true`; `default` exists even when `[environments]` does not name it; in a
 * pyproject manifest `project.dependencies` are PyPI dependencies of the default feature and each
 * optional-dependency / dependency-group is a feature of that name.
 */
import { ParseError } from '../errors.js';
import { parseToml, type TomlTable } from '../toml.js';
import { locateValues, type KeyPath, type ValueLocator } from './locate.js';

export interface PixiDependency {
  kind: 'conda' | 'pypi';
  /** As written in the manifest. */
  name: string;
  /** Version spec (`>=1,<2`, `==2.1`, `*`); `*` when only a source is given. */
  spec: string;
  /** conda build-string glob (`cuda*`), when given. */
  build?: string;
  /** A git / path / URL source (nothing to pin). */
  direct: boolean;
  /** `target.<platform>` this dependency is limited to, or null for every platform. */
  platform: string | null;
  feature: string;
  line?: number;
  column?: number;
}

/** A platform the workspace (or a feature) asks for: a subdir, optionally with a CUDA (rich platforms). */
export interface ManifestPlatform {
  subdir: string;
  cuda: string | null;
  line?: number;
}

export interface PixiFeature {
  name: string;
  dependencies: PixiDependency[];
  platforms: ManifestPlatform[] | null;
  channels: string[] | null;
  /** `system-requirements.cuda`, when set. */
  cuda: string | null;
  line?: number;
}

export interface PixiEnvironmentSpec {
  name: string;
  features: string[];
  noDefaultFeature: boolean;
  line?: number;
}

export interface PixiManifest {
  file: string;
  /** Line of the `[workspace]` / `[project]` table, or 1. */
  workspaceLine: number;
  channels: string[];
  channelsLine?: number;
  platforms: ManifestPlatform[];
  features: Map<string, PixiFeature>;
  environments: PixiEnvironmentSpec[];
  /** pixi-build `[package]` name and version, when the manifest builds itself. */
  package: { name: string | null; version: string | null; line?: number } | null;
}

const CONDA_TABLES = ['dependencies', 'host-dependencies', 'build-dependencies'] as const;

function isTable(value: unknown): value is TomlTable {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** `conda-forge` → `https://conda.anaconda.org/conda-forge/`; URLs get one trailing slash. */
export function channelUrl(channel: string): string {
  const c = channel.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(c)) return `${c.replace(/\/+$/, '')}/`;
  return `https://conda.anaconda.org/${c.replace(/^\/+|\/+$/g, '')}/`;
}

class ManifestReader {
  constructor(
    readonly file: string,
    readonly locator: ValueLocator,
    readonly prefix: KeyPath,
  ) {}

  position(path: KeyPath): { line?: number; column?: number } {
    const full = [...this.prefix, ...path];
    for (let depth = full.length; depth > this.prefix.length - 1 && depth >= 0; depth--) {
      const span = this.locator.get(full.slice(0, depth));
      if (span) return { line: span.line, column: span.column };
      const header = this.locator.tableHeaderLines(full.slice(0, depth).join('.'));
      if (header.length > 0) return { line: header[0]! };
    }
    return {};
  }

  fail(path: KeyPath, message: string): never {
    throw this.error(path, message);
  }

  error(path: KeyPath, message: string): ParseError {
    return new ParseError(`\`${[...this.prefix, ...path].join('.')}\` ${message}`, { file: this.file, ...this.position(path), hint: `Fix it in ${this.file}; \`pixi lock\` rejects it too.` });
  }

  channels(value: unknown, path: KeyPath): string[] | null {
    if (value === undefined) return null;
    if (!Array.isArray(value)) this.fail(path, 'must be an array of channels');
    return value.map((c, i) => {
      if (typeof c === 'string') return channelUrl(c);
      if (isTable(c) && typeof c.channel === 'string') return channelUrl(c.channel);
      return this.fail([...path, i], 'must be a channel name, URL or { channel = … }');
    });
  }

  platforms(value: unknown, path: KeyPath): ManifestPlatform[] | null {
    if (value === undefined) return null;
    if (!Array.isArray(value)) this.fail(path, 'must be an array of platforms');
    return value.map((p, i) => {
      const line = this.position([...path, i]).line;
      const out: ManifestPlatform = typeof p === 'string'
        ? { subdir: p, cuda: null }
        : isTable(p) && typeof p.platform === 'string'
          ? { subdir: p.platform, cuda: typeof p.cuda === 'string' || typeof p.cuda === 'number' ? String(p.cuda) : null }
          : this.fail([...path, i], 'must be a platform name or { platform = …, cuda = … }');
      if (line !== undefined) out.line = line;
      return out;
    });
  }

  dependencies(table: TomlTable, path: KeyPath, feature: string, platform: string | null, out: PixiDependency[]): void {
    for (const key of CONDA_TABLES) this.depTable(table[key], [...path, key], 'conda', feature, platform, out);
    this.depTable(table['pypi-dependencies'], [...path, 'pypi-dependencies'], 'pypi', feature, platform, out);
  }

  depTable(value: unknown, path: KeyPath, kind: 'conda' | 'pypi', feature: string, platform: string | null, out: PixiDependency[]): void {
    if (value === undefined) return;
    if (!isTable(value)) this.fail(path, 'must be a table of dependencies');
    for (const [name, raw] of Object.entries(value)) {
      const dep: PixiDependency = { kind, name, spec: '*', direct: false, platform, feature, ...this.position([...path, name]) };
      if (typeof raw === 'string') dep.spec = raw;
      else if (isTable(raw)) {
        if (typeof raw.version === 'string') dep.spec = raw.version;
        if (typeof raw.build === 'string') dep.build = raw.build;
        dep.direct = ['git', 'path', 'url'].some((k) => k in raw);
      } else this.fail([...path, name], 'must be a version string or a table');
      out.push(dep);
    }
  }

  feature(name: string, table: TomlTable, path: KeyPath): PixiFeature {
    const dependencies: PixiDependency[] = [];
    this.dependencies(table, path, name, null, dependencies);
    const targets = table.target;
    if (targets !== undefined) {
      if (!isTable(targets)) this.fail([...path, 'target'], 'must be a table of platforms');
      for (const [platform, t] of Object.entries(targets)) {
        if (isTable(t)) this.dependencies(t, [...path, 'target', platform], name, platform, dependencies);
      }
    }
    const system = isTable(table['system-requirements']) ? table['system-requirements'] : {};
    const cuda = typeof system.cuda === 'string' || typeof system.cuda === 'number' ? String(system.cuda) : null;
    const feature: PixiFeature = { name, dependencies, platforms: this.platforms(table.platforms, [...path, 'platforms']), channels: this.channels(table.channels, [...path, 'channels']), cuda };
    const line = this.position(path).line;
    if (line !== undefined) feature.line = line;
    return feature;
  }
}

function pyprojectRequirementName(req: string): string | null {
  return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req)?.[1] ?? null;
}

/**
 * Reads a pixi manifest. `pyproject.toml` without `[tool.pixi]` yields null (not a pixi project).
 * Malformed TOML or a wrongly shaped table is a ParseError with the line.
 */
export function parsePixiManifest(text: string, file: string): PixiManifest | null {
  const doc = parseToml(text, file);
  const isPyproject = file.endsWith('pyproject.toml');
  const tool = isTable(doc.tool) ? doc.tool : {};
  const root = isPyproject ? (isTable(tool.pixi) ? tool.pixi : null) : doc;
  if (!root) return null;
  const prefix: KeyPath = isPyproject ? ['tool', 'pixi'] : [];
  const reader = new ManifestReader(file, locateValues(text), prefix);
  const wsKey = isTable(root.workspace) ? 'workspace' : 'project';
  const ws = isTable(root[wsKey]) ? (root[wsKey] as TomlTable) : {};

  const features = new Map<string, PixiFeature>();
  const defaultFeature = reader.feature('default', root, []);
  defaultFeature.platforms = null;
  defaultFeature.channels = null;
  features.set('default', defaultFeature);
  if (isPyproject) {
    // pixi reads the PEP 621 tables as PyPI dependencies of the default feature / of named features.
    const project = isTable(doc.project) ? doc.project : {};
    const pep621 = new ManifestReader(file, reader.locator, []);
    const add = (list: unknown, path: KeyPath, feature: PixiFeature): void => {
      if (!Array.isArray(list)) return;
      list.forEach((req, i) => {
        if (typeof req !== 'string') return;
        const name = pyprojectRequirementName(req);
        if (!name) return;
        const spec = req.slice(req.indexOf(name) + name.length).replace(/^\s*\[[^\]]*\]/, '').split(';')[0]!.trim();
        feature.dependencies.push({ kind: 'pypi', name, spec: spec === '' ? '*' : spec, direct: spec.startsWith('@'), platform: null, feature: feature.name, ...pep621.position([...path, i]) });
      });
    };
    add(project.dependencies, ['project', 'dependencies'], defaultFeature);
    const groups: [string, unknown, KeyPath][] = [
      ...Object.entries(isTable(project['optional-dependencies']) ? project['optional-dependencies'] : {}).map(([n, l]) => [n, l, ['project', 'optional-dependencies', n]] as [string, unknown, KeyPath]),
      ...Object.entries(isTable(doc['dependency-groups']) ? doc['dependency-groups'] : {}).map(([n, l]) => [n, l, ['dependency-groups', n]] as [string, unknown, KeyPath]),
    ];
    for (const [name, list, path] of groups) {
      const feature = features.get(name) ?? { name, dependencies: [], platforms: null, channels: null, cuda: null };
      add(list, path, feature);
      features.set(name, feature);
    }
  }
  const featureTables = isTable(root.feature) ? root.feature : {};
  for (const [name, table] of Object.entries(featureTables)) {
    if (!isTable(table)) throw reader.error(['feature', name], 'must be a table');
    const feature = reader.feature(name, table as TomlTable, ['feature', name]);
    const existing = features.get(name);
    if (existing) feature.dependencies.push(...existing.dependencies);
    features.set(name, feature);
  }

  const environments: PixiEnvironmentSpec[] = [];
  const envTable = isTable(root.environments) ? root.environments : {};
  for (const [name, value] of Object.entries(envTable)) {
    const path = ['environments', name];
    const line = reader.position(path).line;
    let spec: PixiEnvironmentSpec;
    if (Array.isArray(value)) spec = { name, features: value.filter((f): f is string => typeof f === 'string'), noDefaultFeature: false };
    else if (isTable(value)) {
      spec = { name, features: Array.isArray(value.features) ? value.features.filter((f): f is string => typeof f === 'string') : [], noDefaultFeature: value['no-default-feature'] === true };
    } else throw reader.error(path, 'must be a list of features or a table');
    for (const f of spec.features) if (!features.has(f)) throw reader.error(path, `uses the undefined feature \`${f}\``);
    if (line !== undefined) spec.line = line;
    environments.push(spec);
  }
  if (!environments.some((e) => e.name === 'default')) environments.unshift({ name: 'default', features: [], noDefaultFeature: false, line: reader.position([wsKey]).line ?? 1 });

  const pkg = isTable(root.package) ? root.package : null;
  const manifest: PixiManifest = {
    file,
    workspaceLine: reader.position([wsKey]).line ?? 1,
    channels: reader.channels(ws.channels, [wsKey, 'channels']) ?? [],
    platforms: reader.platforms(ws.platforms, [wsKey, 'platforms']) ?? [],
    features,
    environments,
    package: pkg ? { name: typeof pkg.name === 'string' ? pkg.name : null, version: typeof pkg.version === 'string' ? pkg.version : null, ...reader.position(['package', 'version']) } : null,
  };
  const channelsLine = reader.position([wsKey, 'channels']).line;
  if (channelsLine !== undefined) manifest.channelsLine = channelsLine;
  return manifest;
}

/** What an environment is made of: its features in order (the default feature first unless excluded). */
export function environmentFeatures(manifest: PixiManifest, env: PixiEnvironmentSpec): PixiFeature[] {
  const names = env.noDefaultFeature ? env.features : ['default', ...env.features.filter((f) => f !== 'default')];
  return names.map((n) => manifest.features.get(n)).filter((f): f is PixiFeature => f !== undefined);
}

/** The platforms an environment must be locked for: the features' platforms intersected, else the workspace's. */
export function environmentPlatforms(manifest: PixiManifest, features: PixiFeature[]): ManifestPlatform[] {
  let platforms = manifest.platforms;
  for (const f of features) {
    if (!f.platforms) continue;
    platforms = platforms.filter((p) => f.platforms!.some((q) => q.subdir === p.subdir && q.cuda === p.cuda));
  }
  return platforms;
}

/** The channels an environment resolves from: the features' channels, then the workspace's. */
export function environmentChannels(manifest: PixiManifest, features: PixiFeature[]): string[] {
  const out: string[] = [];
  for (const f of features) for (const c of f.channels ?? []) if (!out.includes(c)) out.push(c);
  for (const c of manifest.channels) if (!out.includes(c)) out.push(c);
  return out;
}

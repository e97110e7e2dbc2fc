/**
 * Serves stand-ins for a real project's locked packages on a LocalIndex, so tests can build the
 * project's environment offline: for every registry package in uv.lock, a small pure wheel with the same
 * name, version and dependency edges (markers and extras kept), importable under its normalized name.
 * `relockAgainstIndex` then re-locks the project copy against the local index with real uv (the lock
 * records the index URL, so a lock made against PyPI cannot be synced from elsewhere).
 *
 *   const dir = copyProject('examples/research-project');
 *   mirrorLockedPackages(index, readFileSync(join(dir, 'uv.lock'), 'utf8'));
 *   await relockAgainstIndex(dir, index);            // uv.lock now points at index.url
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import type { IndexFile, IndexFileOptions, LocalIndex } from './local-index.js';
import { runUv } from './uv-binary.js';
import { moduleName } from './wheels.js';

interface LockDependency {
  name: string;
  marker?: string;
  extra?: string[];
}

interface LockPackage {
  name: string;
  version?: string;
  source?: Record<string, string>;
  dependencies?: LockDependency[];
  'optional-dependencies'?: Record<string, LockDependency[]>;
}

export interface MirrorOptions {
  /** Random (incompressible) bytes added to every wheel, to make store sizes realistic. Default 0. */
  payloadBytes?: number | ((name: string) => number);
  /** Packages to serve as sdists only (installing them needs a build). */
  sdistOnly?: string[];
  /** Build backend of those sdists: `setuptools` (default; the build fails offline) or `in-tree` (builds offline). */
  sdistBackend?: 'setuptools' | 'in-tree';
  /** Index options for every file (e.g. uploadTime). */
  fileOptions?: IndexFileOptions;
}

function requirement(dep: LockDependency, extraName?: string): string {
  const extras = dep.extra?.length ? `[${dep.extra.join(',')}]` : '';
  const markers = [dep.marker, extraName ? `extra == "${extraName}"` : undefined].filter(Boolean);
  const marker = markers.length > 1 ? markers.map((m) => `(${m})`).join(' and ') : markers[0];
  return `${dep.name}${extras}${marker ? `; ${marker}` : ''}`;
}

/**
 * Adds a stand-in distribution for every registry package of `lockText` to `index`; returns the files.
 * Packages from other sources (the project itself, git, path, URL) are skipped.
 */
export function mirrorLockedPackages(index: LocalIndex, lockText: string, options: MirrorOptions = {}): IndexFile[] {
  const lock = parse(lockText) as { package?: LockPackage[] };
  const sdistOnly = new Set((options.sdistOnly ?? []).map((n) => n.toLowerCase()));
  const added: IndexFile[] = [];
  for (const pkg of lock.package ?? []) {
    if (!pkg.version || !pkg.source?.registry) continue;
    const requiresDist = [
      ...(pkg.dependencies ?? []).map((d) => requirement(d)),
      ...Object.entries(pkg['optional-dependencies'] ?? {}).flatMap(([extra, deps]) => deps.map((d) => requirement(d, extra))),
    ];
    const size = typeof options.payloadBytes === 'function' ? options.payloadBytes(pkg.name) : (options.payloadBytes ?? 0);
    const module = moduleName(pkg.name);
    const files: Record<string, string | Buffer> = { [`${module}/__init__.py`]: `__version__ = ${JSON.stringify(pkg.version)}\n` };
    if (size > 0) files[`${module}/_payload.bin`] = randomBytes(size);
    const spec = { name: pkg.name, version: pkg.version, requiresDist, files };
    added.push(sdistOnly.has(pkg.name.toLowerCase()) ? index.addSdist({ ...spec, backend: options.sdistBackend }, options.fileOptions) : index.addWheel(spec, options.fileOptions));
  }
  return added;
}

/**
 * Re-locks `projectDir` against `index` with the test uv (`uv lock`, UV_DEFAULT_INDEX = index.url). The old
 * uv.lock is removed first: uv would otherwise carry its PyPI hashes over as preferences and reject the
 * stand-ins. With the mirror serving exactly the locked versions, the new lock has the same versions.
 */
export async function relockAgainstIndex(projectDir: string, index: LocalIndex, cacheDir?: string): Promise<void> {
  rmSync(join(projectDir, 'uv.lock'), { force: true });
  await runUv(['lock'], { cwd: projectDir, indexUrl: index.url, cacheDir });
}

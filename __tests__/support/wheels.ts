/**
 * Real, installable Python distributions built in-process for tests: wheels (PEP 427 zip with METADATA,
 * WHEEL and a hashed RECORD) and sdists (a tar.gz that only a build backend can turn into a wheel).
 *
 *   const whl = buildWheel({ name: 'tiny-lib', version: '1.0.0', requiresDist: ['dep>=2'] }, dir);
 *   const sdist = buildSdist({ name: 'only-source', version: '0.1.0' }, dir);
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTarGz, writeZip, type ArchiveEntry } from './archives.js';

/** What goes into a distribution. Only `name` and `version` are required. */
export interface DistributionSpec {
  /** Project name as users write it (`Tiny-Lib` is fine); file names use the normalized form. */
  name: string;
  /** PEP 440 version, may carry a local label (`2.5.1+cu124`). */
  version: string;
  /** `Requires-Dist` lines, PEP 508 (`numpy>=1.26`, `rich; extra == "cli"`). */
  requiresDist?: string[];
  /** `Requires-Python` specifier (`>=3.10`). */
  requiresPython?: string;
  /** Extra names; those used in `extra == "..."` markers of requiresDist are added automatically. */
  extras?: string[];
  /** Files inside the distribution (path → content). Default: `<module>/__init__.py` with `__version__`. */
  files?: Record<string, string | Buffer>;
  /** `Summary` metadata field. */
  summary?: string;
}

/** Sdist-only options. */
export interface SdistSpec extends DistributionSpec {
  /**
   * `setuptools` (default): needs setuptools, which the offline test index does not have, so installing
   * it fails at the build: "this package only has source". `in-tree`: a stdlib-only build backend shipped
   * inside the sdist (PEP 517 `backend-path`), so uv really builds a wheel offline; its WHEEL file says
   * `Generator: lockstep-in-tree-backend`, which is how a test can tell a local build happened.
   */
  backend?: 'setuptools' | 'in-tree';
}

/** Wheel-only options. */
export interface WheelSpec extends DistributionSpec {
  /** Compressed tag triple, default `py3-none-any` (e.g. `cp311-cp311-manylinux_2_17_x86_64`). */
  tag?: string;
  /** Optional build number (must start with a digit), goes into the file name. */
  build?: string;
}

/** A built distribution in memory. */
export interface BuiltDistribution {
  filename: string;
  data: Buffer;
  /** The core metadata (METADATA / PKG-INFO) text, what an index serves for PEP 658. */
  metadata: string;
  sha256: string;
}

/** PEP 503 normalized name (`Tiny_Lib.x` → `tiny-lib-x`). */
import { normalizeName } from '../../src/core/pep/version.js';
export { normalizeName };

/** The name as it appears in wheel/sdist file names and the dist-info directory (`tiny_lib`). */
export function distributionFilenamePart(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

/** Default top-level import name for a project (`tiny-lib` → `tiny_lib`). */
export function moduleName(name: string): string {
  return distributionFilenamePart(name);
}

function coreMetadata(spec: DistributionSpec, metadataVersion: string): string {
  const extras = new Set(spec.extras ?? []);
  for (const req of spec.requiresDist ?? []) {
    for (const match of req.matchAll(/extra\s*==\s*["']([^"']+)["']/g)) extras.add(match[1]!);
  }
  const lines = [`Metadata-Version: ${metadataVersion}`, `Name: ${spec.name}`, `Version: ${spec.version}`];
  if (spec.summary) lines.push(`Summary: ${spec.summary}`);
  if (spec.requiresPython) lines.push(`Requires-Python: ${spec.requiresPython}`);
  for (const extra of extras) lines.push(`Provides-Extra: ${extra}`);
  for (const req of spec.requiresDist ?? []) lines.push(`Requires-Dist: ${req}`);
  return `${lines.join('\n')}\n\n`;
}

function defaultFiles(spec: DistributionSpec): Record<string, string | Buffer> {
  return { [`${moduleName(spec.name)}/__init__.py`]: `__version__ = ${JSON.stringify(spec.version)}\n` };
}

/** Expands a compressed tag set (`cp311.cp312-abi3-any`) into every tag it stands for. */
export function expandTags(tag: string): string[] {
  const parts = tag.split('-');
  if (parts.length !== 3) throw new Error(`wheel tag must be python-abi-platform, got ${tag}`);
  const [pys, abis, plats] = parts.map((p) => p.split('.')) as [string[], string[], string[]];
  return pys.flatMap((py) => abis.flatMap((abi) => plats.map((plat) => `${py}-${abi}-${plat}`)));
}

function recordHash(data: Buffer): string {
  return `sha256=${createHash('sha256').update(data).digest('base64url')}`;
}

/** Builds a wheel in memory. */
export function wheelBytes(spec: WheelSpec): BuiltDistribution {
  const tag = spec.tag ?? 'py3-none-any';
  if (spec.build !== undefined && !/^\d/.test(spec.build)) throw new Error(`wheel build tag must start with a digit: ${spec.build}`);
  const stem = distributionFilenamePart(spec.name);
  const filename = `${stem}-${spec.version}${spec.build ? `-${spec.build}` : ''}-${tag}.whl`;
  const distInfo = `${stem}-${spec.version}.dist-info`;
  const metadata = coreMetadata(spec, '2.1');
  const pure = tag.split('-')[2] === 'any';
  const wheelFile = [
    'Wheel-Version: 1.0',
    'Generator: lockstep-tests',
    `Root-Is-Purelib: ${pure}`,
    ...expandTags(tag).map((t) => `Tag: ${t}`),
    ...(spec.build ? [`Build: ${spec.build}`] : []),
  ].join('\n');
  const entries: ArchiveEntry[] = Object.entries(spec.files ?? defaultFiles(spec)).map(([path, data]) => ({ path, data }));
  entries.push({ path: `${distInfo}/METADATA`, data: metadata });
  entries.push({ path: `${distInfo}/WHEEL`, data: `${wheelFile}\n` });
  const record = entries.map((e) => {
    const bytes = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    return `${e.path},${recordHash(bytes)},${bytes.length}`;
  });
  record.push(`${distInfo}/RECORD,,`);
  entries.push({ path: `${distInfo}/RECORD`, data: `${record.join('\n')}\n` });
  const data = writeZip(entries);
  return { filename, data, metadata, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Builds a wheel and writes it into `outDir` (created if needed); returns the file's absolute path. */
export function buildWheel(spec: WheelSpec, outDir: string): string {
  return writeDistribution(wheelBytes(spec), outDir);
}

/**
 * Builds an sdist in memory: `<name>-<version>/` with PKG-INFO, a pyproject.toml whose build backend is
 * setuptools (not installable offline here, so installing it means a build that fails: the point is
 * "this package only has source"), and the module files.
 */
export function sdistBytes(spec: SdistSpec): BuiltDistribution {
  const stem = `${distributionFilenamePart(spec.name)}-${spec.version}`;
  const metadata = coreMetadata(spec, '2.1');
  const deps = (spec.requiresDist ?? []).map((r) => `  ${JSON.stringify(r)},`).join('\n');
  const inTree = spec.backend === 'in-tree';
  const buildSystem = inTree
    ? ['[build-system]', 'requires = []', `build-backend = "${IN_TREE_BACKEND_MODULE}"`, `backend-path = ["${IN_TREE_BACKEND_DIR}"]`]
    : ['[build-system]', 'requires = ["setuptools>=61"]', 'build-backend = "setuptools.build_meta"'];
  const pyproject = [
    ...buildSystem,
    '',
    '[project]',
    `name = ${JSON.stringify(spec.name)}`,
    `version = ${JSON.stringify(spec.version)}`,
    ...(spec.requiresPython ? [`requires-python = ${JSON.stringify(spec.requiresPython)}`] : []),
    `dependencies = [\n${deps}\n]`,
    '',
  ].join('\n');
  const entries: ArchiveEntry[] = [
    { path: `${stem}/PKG-INFO`, data: metadata },
    { path: `${stem}/pyproject.toml`, data: pyproject },
    ...Object.entries(spec.files ?? defaultFiles(spec)).map(([path, data]) => ({ path: `${stem}/${path}`, data })),
  ];
  if (inTree) entries.push({ path: `${stem}/${IN_TREE_BACKEND_DIR}/${IN_TREE_BACKEND_MODULE}.py`, data: inTreeBackend(stem) });
  const data = writeTarGz(entries);
  return { filename: `${stem}.tar.gz`, data, metadata, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Builds an sdist and writes it into `outDir`; returns the file's absolute path. */
export function buildSdist(spec: SdistSpec, outDir: string): string {
  return writeDistribution(sdistBytes(spec), outDir);
}

const IN_TREE_BACKEND_DIR = '_lockstep_build';
const IN_TREE_BACKEND_MODULE = 'lockstep_backend';

/**
 * A PEP 517 backend using only the standard library: the wheel holds every file of the source tree
 * except PKG-INFO, pyproject.toml and the backend itself, with PKG-INFO as METADATA.
 */
function inTreeBackend(stem: string): string {
  return `# Stdlib-only PEP 517 backend written by lockstep's test helpers (wheels.ts), so builds work offline.
import base64, hashlib, os, zipfile

STEM = ${JSON.stringify(stem)}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP_DIRS = {${JSON.stringify(IN_TREE_BACKEND_DIR)}, "__pycache__"}
SKIP_FILES = {"PKG-INFO", "pyproject.toml"}


def _sources():
    for folder, dirs, names in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(folder, name), ROOT).replace(os.sep, "/")
            if rel not in SKIP_FILES:
                yield rel


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    dist_info = STEM + ".dist-info"
    entries = []
    for rel in _sources():
        with open(os.path.join(ROOT, rel), "rb") as handle:
            entries.append((rel, handle.read()))
    with open(os.path.join(ROOT, "PKG-INFO"), "rb") as handle:
        entries.append((dist_info + "/METADATA", handle.read()))
    entries.append((dist_info + "/WHEEL", b"Wheel-Version: 1.0\\nGenerator: lockstep-in-tree-backend\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"))
    record = []
    for rel, data in entries:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append("%s,sha256=%s,%d" % (rel, digest, len(data)))
    record.append(dist_info + "/RECORD,,")
    filename = STEM + "-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w", zipfile.ZIP_DEFLATED) as archive:
        for rel, data in entries:
            archive.writestr(rel, data)
        archive.writestr(dist_info + "/RECORD", "\\n".join(record) + "\\n")
    return filename
`;
}

function writeDistribution(dist: BuiltDistribution, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, dist.filename);
  writeFileSync(path, dist.data);
  return path;
}

/**
 * `lock-stale` fires exactly when `uv lock --check` fails. Each case locks a small project with the real
 * uv against the local index, edits pyproject.toml (or not), and asks both: uv's exit code and whether
 * lockstep reports `lock-stale`. Projects with dynamic metadata build through a stdlib-only PEP 517
 * backend in the project (offline), whose metadata comes from a PKG-INFO file beside pyproject.toml.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseLock } from '../../../src/core/lock/uvlock.js';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { staleLockFindings } from '../../../src/core/lock/stale.js';
import { cleanupTempDirs, makeProject, makeTempDir } from '../../support/fixture-project.js';
import { LocalIndex } from '../../support/local-index.js';
import { runUv } from '../../support/uv-binary.js';

/**
 * PEP 517 + 660 hooks, enough for `uv lock` to read dynamic metadata offline. Like a real backend, the
 * metadata takes static `dependencies` from pyproject.toml; the version (and dynamic dependencies) come
 * from PKG-INFO.
 */
const BACKEND = `import os, tomllib, zipfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def _meta():
    with open(os.path.join(ROOT, "PKG-INFO"), "rb") as handle:
        text = handle.read()
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        project = tomllib.load(handle)["project"]
    if "dependencies" not in project.get("dynamic", []):
        text += "".join("Requires-Dist: %s\\n" % d for d in project.get("dependencies", [])).encode()
    return text
def _stem():
    fields = dict(line.split(": ", 1) for line in _meta().decode().splitlines() if ": " in line)
    return "%s-%s" % (fields["Name"].replace("-", "_"), fields["Version"])
def get_requires_for_build_wheel(config_settings=None): return []
get_requires_for_build_editable = get_requires_for_build_wheel
def prepare_metadata_for_build_wheel(directory, config_settings=None):
    dist_info = _stem() + ".dist-info"
    os.makedirs(os.path.join(directory, dist_info))
    with open(os.path.join(directory, dist_info, "METADATA"), "wb") as handle:
        handle.write(_meta())
    return dist_info
prepare_metadata_for_build_editable = prepare_metadata_for_build_wheel
def build_wheel(directory, config_settings=None, metadata_directory=None):
    name = _stem() + "-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(directory, name), "w") as archive:
        archive.writestr(_stem() + ".dist-info/METADATA", _meta())
        archive.writestr(_stem() + ".dist-info/WHEEL", "Wheel-Version: 1.0\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
        archive.writestr(_stem() + ".dist-info/RECORD", "")
    return name
build_editable = build_wheel
`;

interface Case {
  name: string;
  pyproject: string;
  /** PKG-INFO for the in-tree backend (dynamic projects). */
  pkgInfo?: string;
  /** The edit made after locking (identity: none). */
  edit: (pyproject: string) => string;
}

const BUILD = '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["_backend"]\n';
const STATIC = '[project]\nname = "proj"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["alpha==1.0.0", "beta>=1"]\n';
const DYNAMIC_VERSION = `[project]\nname = "proj"\ndynamic = ["version"]\nrequires-python = ">=3.11"\ndependencies = ["alpha==1.0.0"]\n${BUILD}`;
const DYNAMIC_DEPS = `[project]\nname = "proj"\ndynamic = ["version", "dependencies"]\nrequires-python = ">=3.11"\n${BUILD}`;
const PKG_INFO = 'Metadata-Version: 2.1\nName: proj\nVersion: 0.1.0\n';
const PKG_INFO_DEPS = `${PKG_INFO}Requires-Dist: alpha==1.0.0\n`;

const CASES: Case[] = [
  { name: 'static, unchanged', pyproject: STATIC, edit: (t) => t },
  { name: 'static, pin changed', pyproject: STATIC, edit: (t) => t.replace('alpha==1.0.0', 'alpha==2.0.0') },
  { name: 'static, requirement added', pyproject: STATIC, edit: (t) => t.replace('"beta>=1"', '"beta>=1", "gamma"') },
  { name: 'static, requires-python changed', pyproject: STATIC, edit: (t) => t.replace('>=3.11', '>=3.12') },
  { name: 'static, specifier only respaced', pyproject: STATIC, edit: (t) => t.replace('"beta>=1"', '"beta >= 1"') },
  { name: 'dynamic version, unchanged', pyproject: DYNAMIC_VERSION, pkgInfo: PKG_INFO, edit: (t) => t },
  { name: 'dynamic version, pin changed', pyproject: DYNAMIC_VERSION, pkgInfo: PKG_INFO, edit: (t) => t.replace('alpha==1.0.0', 'alpha==2.0.0') },
  { name: 'dynamic dependencies, unchanged', pyproject: DYNAMIC_DEPS, pkgInfo: PKG_INFO_DEPS, edit: (t) => t },
  { name: 'dynamic dependencies, requires-python changed', pyproject: DYNAMIC_DEPS, pkgInfo: PKG_INFO_DEPS, edit: (t) => t.replace('>=3.11', '>=3.12') },
];

describe('lock-stale agrees with `uv lock --check`', () => {
  let index: LocalIndex;
  let cacheDir: string;
  beforeAll(async () => {
    index = await LocalIndex.start();
    for (const name of ['alpha', 'beta', 'gamma']) for (const version of ['1.0.0', '2.0.0']) index.addWheel({ name, version });
    cacheDir = makeTempDir('uv-cache');
  });
  afterAll(async () => {
    await index.close();
    cleanupTempDirs();
  });

  it.each(CASES.map((c) => [c.name, c] as [string, Case]))('%s', async (_name, c) => {
    const files: Record<string, string> = { 'pyproject.toml': c.pyproject };
    if (c.pkgInfo) Object.assign(files, { 'PKG-INFO': c.pkgInfo, '_backend/backend.py': BACKEND });
    const dir = makeProject(files);
    await runUv(['lock'], { cwd: dir, indexUrl: index.url, cacheDir });
    const edited = c.edit(c.pyproject);
    writeFileSync(path.join(dir, 'pyproject.toml'), edited);
    const uv = await runUv(['lock', '--check'], { cwd: dir, indexUrl: index.url, cacheDir, check: false });
    const findings = staleLockFindings(parsePyproject(edited), parseLock(readFileSync(path.join(dir, 'uv.lock'), 'utf8')));
    expect({ stale: findings.length > 0, messages: findings.map((f) => f.message) }).toEqual({
      stale: uv.code !== 0,
      messages: uv.code !== 0 ? expect.arrayContaining([expect.any(String)]) : [],
    });
  }, 60_000);
});

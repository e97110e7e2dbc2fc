import { afterAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readTarGz, readZip } from '../support/archives.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { uvBinaryPath } from '../support/uv-binary.js';
import { buildSdist, buildWheel, expandTags, wheelBytes } from '../support/wheels.js';

const run = promisify(execFile);
afterAll(cleanupTempDirs);

/** Installs from a directory of files only (no index at all), into a fresh venv; returns the venv. */
async function installOffline(findLinks: string, requirement: string): Promise<{ venv: string; stderr: string }> {
  const venv = join(makeTempDir('venv'), '.venv');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, UV_CACHE_DIR: makeTempDir('uv-cache'), UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' };
  await run(uvBinaryPath(), ['venv', '--python', '3.11', venv], { env });
  const { stderr } = await run(uvBinaryPath(), ['pip', 'install', '--python', join(venv, 'bin/python'), '--no-index', '--find-links', findLinks, requirement], { env });
  return { venv, stderr };
}

describe('buildWheel', () => {
  test('writes a wheel with METADATA, WHEEL and a RECORD whose hashes match, named per PEP 427', () => {
    const path = buildWheel({ name: 'Tiny.Lib', version: '2.5.1+cu124', requiresDist: ['numpy>=1.26', 'rich; extra == "cli"'], requiresPython: '>=3.10' }, makeTempDir('whl'));
    expect(path.endsWith('/tiny_lib-2.5.1+cu124-py3-none-any.whl')).toBe(true);
    const files = readZip(readFileSync(path));
    const metadata = files.get('tiny_lib-2.5.1+cu124.dist-info/METADATA')!.toString();
    expect(metadata).toContain('Name: Tiny.Lib\nVersion: 2.5.1+cu124\nRequires-Python: >=3.10\nProvides-Extra: cli\nRequires-Dist: numpy>=1.26\nRequires-Dist: rich; extra == "cli"');
    expect(files.get('tiny_lib-2.5.1+cu124.dist-info/WHEEL')!.toString()).toContain('Root-Is-Purelib: true\nTag: py3-none-any');
    const record = files.get('tiny_lib-2.5.1+cu124.dist-info/RECORD')!.toString();
    const init = files.get('tiny_lib/__init__.py')!;
    expect(record).toContain(`tiny_lib/__init__.py,sha256=${createHash('sha256').update(init).digest('base64url')},${init.length}`);
  });

  test('compressed tag sets expand into one Tag line each', () => {
    expect(expandTags('cp311.cp312-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64')).toHaveLength(4);
    expect(wheelBytes({ name: 'a', version: '1', tag: 'cp311-cp311-linux_x86_64', build: '1' }).filename).toBe('a-1-1-cp311-cp311-linux_x86_64.whl');
  });

  test('uv installs it (pure and platform wheels) and the module imports', async () => {
    const dir = makeTempDir('links');
    buildWheel({ name: 'pure-pkg', version: '1.0.0', requiresDist: ['plat-pkg==0.2'] }, dir);
    buildWheel({ name: 'plat-pkg', version: '0.2', tag: 'cp311-cp311-manylinux_2_17_x86_64', files: { 'plat_pkg.py': 'VALUE = 42\n' } }, dir);
    const { venv } = await installOffline(dir, 'pure-pkg==1.0.0');
    const { stdout } = await run(join(venv, 'bin/python'), ['-c', 'import pure_pkg, plat_pkg; print(pure_pkg.__version__, plat_pkg.VALUE)']);
    expect(stdout.trim()).toBe('1.0.0 42');
    expect(existsSync(join(venv, 'lib/python3.11/site-packages/pure_pkg-1.0.0.dist-info/RECORD'))).toBe(true);
  });
});

describe('buildSdist', () => {
  test('writes a source archive with PKG-INFO and a setuptools pyproject; uv can only build it, which fails offline', async () => {
    const dir = makeTempDir('links');
    const path = buildSdist({ name: 'source-only', version: '0.1.0', requiresDist: ['tomli>=2'] }, dir);
    const files = readTarGz(readFileSync(path));
    expect([...files.keys()].sort()).toEqual(['source_only-0.1.0/PKG-INFO', 'source_only-0.1.0/pyproject.toml', 'source_only-0.1.0/source_only/__init__.py']);
    expect(files.get('source_only-0.1.0/pyproject.toml')!.data.toString()).toContain('build-backend = "setuptools.build_meta"');
    expect(files.get('source_only-0.1.0/PKG-INFO')!.data.toString()).toContain('Requires-Dist: tomli>=2');
    // resolvable without building (uv reads the static pyproject metadata), installable only by building
    buildSdist({ name: 'no-deps-source', version: '1.0' }, dir);
    await expect(installOffline(dir, 'no-deps-source')).rejects.toMatchObject({ stderr: expect.stringMatching(/Failed to download and build `no-deps-source==1\.0`[\s\S]*setuptools/) });
  });

  test('backend: in-tree builds offline into a wheel whose WHEEL file records the local build', async () => {
    const dir = makeTempDir('links');
    buildSdist({ name: 'built-here', version: '0.3.0', backend: 'in-tree', files: { 'built_here/__init__.py': 'ANSWER = 42\n' } }, dir);
    const { venv, stderr } = await installOffline(dir, 'built-here');
    expect(stderr).toMatch(/Built built-here==0\.3\.0/);
    const { stdout } = await run(join(venv, 'bin/python'), ['-c', 'import built_here; print(built_here.ANSWER)']);
    expect(stdout.trim()).toBe('42');
    const distInfo = join(venv, 'lib/python3.11/site-packages/built_here-0.3.0.dist-info');
    expect(readFileSync(join(distInfo, 'WHEEL'), 'utf8')).toContain('Generator: lockstep-in-tree-backend');
    expect(existsSync(join(venv, 'lib/python3.11/site-packages/_lockstep_build'))).toBe(false);
  });
});

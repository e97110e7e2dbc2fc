// Reading a real venv built by uv from the loopback index: the interpreter's own report and every
// dist-info, including the marks a source build leaves. Offline: see support/verify-fixtures.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readVenv, venvPython } from '../../src/adapters/venv.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { VerifyWorld } from '../support/verify-fixtures.js';

let world: VerifyWorld;

beforeAll(async () => {
  world = await VerifyWorld.start();
});

afterAll(async () => {
  await world?.close();
  cleanupTempDirs();
});

describe('readVenv', () => {
  it('reports the interpreter as Python itself does, and the installed distributions from disk', async () => {
    const project = await world.syncedProject(['tiny-app==1.0.0']);
    const venv = await readVenv(path.join(project, '.venv'));
    const python = venvPython(path.join(project, '.venv'));
    const expected = execFileSync(python, ['-c', 'import sys, platform; print("%d.%d.%d" % sys.version_info[:3]); print(platform.machine())'], { encoding: 'utf8' }).trim().split('\n');
    expect(venv.interpreter).toMatchObject({ implementation: 'cpython', version: expected[0], machine: expected[1], system: 'linux', libc: 'glibc' });
    expect(venv.interpreter.libcVersion).toMatch(/^2\.\d+$/);
    expect(venv.sitePackages).toEqual([path.join(project, '.venv', 'lib', `python${expected[0]!.split('.').slice(0, 2).join('.')}`, 'site-packages')]);
    expect(venv.installed.map((d) => [d.name, d.version, d.installer, d.tags, d.builtByUv])).toEqual([
      ['tiny-app', '1.0.0', 'uv', ['py3-none-any'], false],
      ['tiny-dep', '2.0.0', 'uv', ['py3-none-any'], false],
    ]);
    expect(venv.installed[0]!.generator).toBe('lockstep-tests');
  });

  it('does not run code from the venv’s site-packages while probing (.pth files are not executed)', async () => {
    const project = await world.syncedProject(['tiny-dep==2.0.0']);
    const venv = await readVenv(path.join(project, '.venv'));
    const marker = path.join(makeTempDir('pth'), 'ran');
    writeFileSync(path.join(venv.sitePackages[0]!, 'evil.pth'), `import pathlib; pathlib.Path(${JSON.stringify(marker)}).write_text("x")\n`);
    await readVenv(path.join(project, '.venv'));
    expect(() => execFileSync('test', ['-e', marker])).toThrow();
  });

  it('sees uv’s build marker on a package it had to build from an sdist', async () => {
    const project = await world.syncedProject(['tiny-src==0.1.0']);
    const venv = await readVenv(path.join(project, '.venv'));
    expect(venv.installed.find((d) => d.name === 'tiny-src')).toMatchObject({ version: '0.1.0', builtByUv: true, generator: 'in-tree-backend 1.0' });
  });

  it('explains a folder that is not a venv', async () => {
    await expect(readVenv(makeTempDir('not-venv'))).rejects.toThrow(/is not a virtual environment: no bin\/python/);
  });
});

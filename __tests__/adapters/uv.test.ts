/** The uv adapter against the real uv binary (from the test setup's cached PyPI wheel). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from '../../src/adapters/process.js';
import { pythonVersionOf, Uv } from '../../src/adapters/uv.js';
import { cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { UV_TEST_VERSION, uvBinaryPath } from '../support/uv-binary.js';

let index: LocalIndex;
let uv: Uv;

beforeAll(async () => {
  index = await LocalIndex.start();
  index.addWheel({ name: 'tiny-core', version: '1.0.0' });
  index.addWheel({ name: 'tiny-core', version: '2.0.0' });
  const env = { ...process.env, UV_DEFAULT_INDEX: index.url, UV_CACHE_DIR: makeTempDir('uv-cache'), UV_PYTHON_DOWNLOADS: 'never', UV_NO_CONFIG: '1' };
  uv = new Uv(uvBinaryPath(), runProcess, () => env);
});

afterAll(async () => {
  await index?.close();
  cleanupTempDirs();
});

const pyproject = (pin: string) => `[project]\nname = "p"\nversion = "0"\nrequires-python = ">=3.11"\ndependencies = ["tiny-core==${pin}"]\n[tool.uv]\npackage = false\n`;

describe('Uv', () => {
  it('reads its version', async () => {
    expect(await uv.version()).toBe(UV_TEST_VERSION);
  });

  it('uses the lock-check flag this uv spells (--check since it exists)', async () => {
    expect(await uv.lockCheckFlagSpelling()).toBe('--check');
  });

  it('finds an installed Python 3.11, and nothing for a version that is not installed', async () => {
    const dir = makeTempDir('py');
    const python = await uv.pythonFind('3.11', dir);
    expect(python).toBeTruthy();
    expect(await pythonVersionOf(python!, runProcess)).toMatch(/^3\.11\.\d+$/);
    expect(await uv.pythonFind('3.99', dir)).toBeUndefined();
    const installed = await uv.pythonListInstalled(dir);
    expect(installed.some((p) => p.version.startsWith('3.11.'))).toBe(true);
  });

  it('tells an up-to-date lock from a stale one', async () => {
    const project = makeProject({ 'pyproject.toml': pyproject('1.0.0') });
    const python = (await uv.pythonFind('3.11', project))!;
    const lock = await runProcess(uv.binary, ['lock'], { cwd: project, env: { ...process.env, UV_DEFAULT_INDEX: index.url, UV_PYTHON_DOWNLOADS: 'never', UV_NO_CONFIG: '1', UV_CACHE_DIR: makeTempDir('c') } });
    expect(lock.exitCode).toBe(0);
    expect(await uv.lockCheck(project, python)).toEqual({ status: 'up-to-date' });

    writeFileSync(path.join(project, 'pyproject.toml'), pyproject('2.0.0'));
    const stale = await uv.lockCheck(project, python);
    expect(stale.status).toBe('stale');
    expect(stale.status === 'stale' && stale.message).toMatch(/needs to be updated/);
  });
});

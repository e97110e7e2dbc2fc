import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupTempDirs, copyCorpusProject, copyProject, makeTempDir } from '../support/fixture-project.js';
import { LocalIndex } from '../support/local-index.js';
import { mirrorLockedPackages, relockAgainstIndex } from '../support/lock-mirror.js';
import { REPO_ROOT, runUv } from '../support/uv-binary.js';

describe('mirrorLockedPackages + relockAgainstIndex', () => {
  let index: LocalIndex;
  beforeAll(async () => {
    index = await LocalIndex.start();
  });
  afterAll(async () => {
    await index.close();
    cleanupTempDirs();
  });

  test('the example project locks and syncs offline at its locked versions, extras and groups included', async () => {
    const project = copyProject(join(REPO_ROOT, 'examples/research-project'));
    const original = readFileSync(join(project, 'uv.lock'), 'utf8');
    const served = mirrorLockedPackages(index, original);
    expect(served.map((f) => f.filename).sort()).toEqual([
      'attrs-25.3.0-py3-none-any.whl',
      'colorama-0.4.6-py3-none-any.whl',
      'iniconfig-2.1.0-py3-none-any.whl',
      'tabulate-0.9.0-py3-none-any.whl',
      'tqdm-4.67.1-py3-none-any.whl',
    ]);
    const cacheDir = makeTempDir('uv-cache');
    await relockAgainstIndex(project, index, cacheDir);
    const relocked = readFileSync(join(project, 'uv.lock'), 'utf8');
    expect(relocked).toContain(`registry = "${index.url}"`);
    for (const pin of ['attrs" }', 'version = "25.3.0"', 'version = "4.67.1"', 'version = "0.9.0"']) expect(relocked).toContain(pin);

    await runUv(['sync', '--locked', '--extra', 'report'], { cwd: project, indexUrl: index.url, cacheDir });
    const python = join(project, '.venv/bin/python');
    expect(execFileSync(python, ['-c', 'import attrs, tqdm, tabulate, iniconfig; print(tqdm.__version__)'], { encoding: 'utf8' }).trim()).toBe('4.67.1');
    expect(index.downloads('tabulate')).toBe(1);
    expect(index.downloads('colorama')).toBe(0); // win32-only marker kept
  });

  test('a corpus lock with extras-on-dependencies and markers is mirrored', () => {
    const dir = copyCorpusProject('astral-sh__uv-fastapi-example');
    const files = mirrorLockedPackages(index, readFileSync(join(dir, 'uv.lock'), 'utf8'), { sdistOnly: ['anyio'] });
    expect(files.length).toBeGreaterThan(5);
    expect(files.find((f) => f.project === 'anyio')?.filename).toMatch(/\.tar\.gz$/);
  });

  test('sdistOnly + in-tree backend: the lock has only an sdist for it and sync builds it offline', async () => {
    const sourceIndex = await LocalIndex.start();
    try {
      const project = copyProject(join(REPO_ROOT, 'examples/research-project'));
      mirrorLockedPackages(sourceIndex, readFileSync(join(project, 'uv.lock'), 'utf8'), { sdistOnly: ['iniconfig'], sdistBackend: 'in-tree' });
      const cacheDir = makeTempDir('uv-cache');
      await relockAgainstIndex(project, sourceIndex, cacheDir);
      const lock = readFileSync(join(project, 'uv.lock'), 'utf8');
      const iniconfig = lock.slice(lock.indexOf('name = "iniconfig"'), lock.indexOf('[[package]]', lock.indexOf('name = "iniconfig"')));
      expect(iniconfig).toContain('sdist = {');
      expect(iniconfig).not.toContain('wheels = [');
      const { stderr } = await runUv(['sync', '--locked'], { cwd: project, indexUrl: sourceIndex.url, cacheDir });
      expect(stderr).toMatch(/Built iniconfig==2\.1\.0/);
    } finally {
      await sourceIndex.close();
    }
  });
});

import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashDependencyFiles, matchDependencyFiles } from '../../src/adapters/dependency-files.js';
import { computeWheelStoreKeys } from '../../src/core/cache/key.js';
import { cleanupTempDirs, makeProject } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

describe('cache-dependency-glob', () => {
  const dir = makeProject({
    'requirements.txt': 'torch==2.5.1\n',
    'requirements-dev.txt': 'pytest==8\n',
    'sub/pkg/pyproject.toml': '[project]\nname = "pkg"\n',
    'sub/pkg/constraints.txt': 'numpy<2\n',
    'node_modules/x/requirements.txt': 'ignored\n',
    'src/app.py': 'print(1)\n',
  });

  it("matches setup-uv's patterns relative to the working directory, with ** across folders and ! excludes", () => {
    const rel = (files: string[]) => files.map((f) => path.relative(dir, f));
    expect(rel(matchDependencyFiles(dir, ['**/*requirements*.txt']))).toEqual(['requirements-dev.txt', 'requirements.txt']);
    expect(rel(matchDependencyFiles(dir, ['**/pyproject.toml', '**/*constraints*.txt']))).toEqual(['sub/pkg/constraints.txt', 'sub/pkg/pyproject.toml']);
    expect(rel(matchDependencyFiles(dir, ['**/*.txt', '!**/*dev*']))).toEqual(['requirements.txt', 'sub/pkg/constraints.txt']);
    expect(rel(matchDependencyFiles(dir, [path.join(dir, 'sub', '*', 'pyproject.toml')]))).toEqual(['sub/pkg/pyproject.toml']);
    expect(matchDependencyFiles(dir, ['nothing/*.txt'])).toEqual([]);
  });

  it('the digest changes when a matched file changes, and the key with it (same restore keys: a fallback)', () => {
    const before = hashDependencyFiles(dir, ['**/*requirements*.txt']);
    expect(before.files).toBe(2);
    writeFileSync(path.join(dir, 'src', 'app.py'), 'print(2)\n');
    expect(hashDependencyFiles(dir, ['**/*requirements*.txt']).digest).toBe(before.digest);
    writeFileSync(path.join(dir, 'requirements.txt'), 'torch==2.6.0\n');
    const after = hashDependencyFiles(dir, ['**/*requirements*.txt']);
    expect(after.digest).not.toBe(before.digest);
    mkdirSync(path.join(dir, 'more'));
    const base = { os: 'Linux', arch: 'X64', pythonVersion: '3.11.7', lockText: 'version = 1\n', groups: [], extras: [], allExtras: false, uvVersion: '0.13.9' };
    const k1 = computeWheelStoreKeys({ ...base, dependencyHash: before.digest });
    const k2 = computeWheelStoreKeys({ ...base, dependencyHash: after.digest });
    expect(k1.key).not.toBe(k2.key);
    expect(k1.restoreKeys).toEqual(k2.restoreKeys);
    expect(computeWheelStoreKeys(base).key).toBe(computeWheelStoreKeys({ ...base, dependencyHash: '' }).key);
  });
});

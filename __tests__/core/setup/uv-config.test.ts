/**
 * uv's `cache-dir` found as uv finds it, with the real uv as the oracle: for each layout, the folder
 * setup starts from (the workspace root in a project, the working directory without one, as
 * core/lock/workspace.ts decides) → discoverUvConfig → the value resolved from the working directory
 * must be the folder `uv cache dir` prints when run there (no UV_CACHE_DIR, no user-level config).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discoverProjectLayout } from '../../../src/core/lock/workspace.js';
import { configuredCacheDir, discoverUvConfig, uvEnvFlag } from '../../../src/core/setup/uv-config.js';
import { cleanupTempDirs, makeProject, makeTempDir } from '../../support/fixture-project.js';
import { uvBinaryPath } from '../../support/uv-binary.js';

afterAll(() => cleanupTempDirs());

const project = (name: string, extra = '') => `[project]\nname = "${name}"\nversion = "0.1.0"\n${extra}`;

function readIn(base: string) {
  return (rel: string) => {
    try {
      return readFileSync(path.join(base, rel), 'utf8');
    } catch {
      return null;
    }
  };
}

/** What setup decides, for a job whose working-directory is `cwd` (relative to the checkout `base`). */
function lockstepCacheDir(base: string, cwd: string): string | undefined {
  const layout = discoverProjectLayout(cwd, readIn(base));
  const start = layout.kind === 'none' || layout.kind === 'unmanaged' ? cwd : layout.rootDir;
  const value = configuredCacheDir(discoverUvConfig(start, readIn(base)));
  return value === undefined ? undefined : path.resolve(base, cwd, value);
}

/** uv's answer from the same folder; its default (no configured cache-dir) is under HOME. */
function uvCacheDir(base: string, cwd: string, home: string): string | undefined {
  const result = spawnSync(uvBinaryPath(), ['cache', 'dir'], { cwd: path.join(base, cwd), encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: home } });
  expect(result.status).toBe(0);
  const printed = path.resolve(base, cwd, result.stdout.trim());
  return printed === path.join(home, '.cache', 'uv') ? undefined : printed;
}

const LAYOUTS: [string, Record<string, string>, string][] = [
  ['uv.toml in the working directory, a relative cache-dir', { 'uv.toml': 'cache-dir = ".uv-cache"\n', 'pyproject.toml': project('app') }, ''],
  ['[tool.uv] in pyproject.toml', { 'pyproject.toml': project('app', '\n[tool.uv]\ncache-dir = "/tmp/lockstep-uv-config-test"\n') }, ''],
  ['uv.toml wins over [tool.uv] beside it', { 'uv.toml': 'cache-dir = "from-uv-toml"\n', 'pyproject.toml': project('app', '\n[tool.uv]\ncache-dir = "from-pyproject"\n') }, ''],
  ['no project: uv walks up to the nearest config, resolving from the working directory', { 'uv.toml': 'cache-dir = "shared-cache"\n', 'scripts/run.py': 'print(1)\n' }, 'scripts'],
  ['a nearer uv.toml without cache-dir hides a farther one', { 'uv.toml': 'cache-dir = "far"\n', 'scripts/uv.toml': 'native-tls = false\n' }, 'scripts'],
  ['a project without [tool.uv] is passed over; the config above it counts', { 'uv.toml': 'cache-dir = "above"\n', 'app/pyproject.toml': project('app') }, 'app'],
  ['an empty [tool.uv] table stops the search', { 'uv.toml': 'cache-dir = "above"\n', 'app/pyproject.toml': project('app', '\n[tool.uv]\n') }, 'app'],
  ['a workspace member: the root\'s setting, the member\'s own ignored', {
    'pyproject.toml': project('root', '\n[tool.uv.workspace]\nmembers = ["packages/*"]\n\n[tool.uv]\ncache-dir = "root-cache"\n'),
    'packages/app/pyproject.toml': project('app', '\n[tool.uv]\ncache-dir = "member-cache"\n'),
  }, 'packages/app'],
  ['a tool-config-only pyproject.toml: uv looks further up', { 'uv.toml': 'cache-dir = "up"\n', 'docs/pyproject.toml': '[tool.ruff]\nline-length = 100\n' }, 'docs'],
  ['`~` is not expanded (a folder named ~, as uv 0.13 does)', { 'uv.toml': 'cache-dir = "~/uv-cache"\n' }, ''],
  ['no configuration at all', { 'pyproject.toml': project('app') }, ''],
  ['a malformed pyproject.toml above is passed over (uv warns and goes on)', { 'uv.toml': 'cache-dir = "top"\n', 'tools/pyproject.toml': 'this is = = not toml\n', 'tools/app/pyproject.toml': project('app') }, 'tools/app'],
];

describe('cache-dir from uv\'s own configuration, as uv finds it', () => {
  it.each(LAYOUTS)('%s', (_name, files, cwd) => {
    const base = makeProject(files);
    const home = makeTempDir('home');
    expect(lockstepCacheDir(base, cwd)).toBe(uvCacheDir(base, cwd, home));
  });

  it('the layouts are not all alike: some set a cache-dir, some do not', () => {
    const found = LAYOUTS.map(([, files, cwd]) => lockstepCacheDir(makeProject(files), cwd) !== undefined);
    expect(found).toContain(true);
    expect(found).toContain(false);
  });

  it('a malformed uv.toml is an error on its line, as uv refuses it too', () => {
    const base = makeProject({ 'uv.toml': 'cache-dir = "x"\n[[[bad\n' });
    expect(() => discoverUvConfig('', readIn(base))).toThrow(expect.objectContaining({ file: 'uv.toml', line: 2 }));
    expect(spawnSync(uvBinaryPath(), ['cache', 'dir'], { cwd: base, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: makeTempDir('home') } }).status).not.toBe(0);
  });

  it('reads UV_NO_CONFIG the way uv reads its boolean variables', () => {
    expect(['1', 'true', 'TRUE', 'yes', 'on', 't', 'y'].map(uvEnvFlag)).toEqual(Array(7).fill(true));
    expect(['0', 'false', 'no', 'off', '', undefined].map(uvEnvFlag)).toEqual(Array(6).fill(false));
  });
});

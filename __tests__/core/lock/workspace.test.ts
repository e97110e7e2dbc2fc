/**
 * Where the project and its workspace root are, as uv decides: checked against the real uv (which
 * prints where it would put the project environment: at the workspace root), on a workspace the test
 * writes, and on an excerpt of NVIDIA-NeMo/RL's workspace (__tests__/fixtures/nemo-rl-workspace).
 */
import { describe, expect, it, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePyproject } from '../../../src/core/lock/pyproject.js';
import { staleLockFindings } from '../../../src/core/lock/stale.js';
import { parseLock } from '../../../src/core/lock/uvlock.js';
import { discoverProjectLayout, isWorkspaceMember, workspaceGlob } from '../../../src/core/lock/workspace.js';
import { cleanupTempDirs, makeTempDir } from '../../support/fixture-project.js';
import { REPO_ROOT, uvBinaryPath } from '../../support/uv-binary.js';

const NEMO = path.join(REPO_ROOT, '__tests__', 'fixtures', 'nemo-rl-workspace');
const reader = (base: string) => (rel: string) => {
  const file = path.join(base, rel);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null;
};

afterAll(() => cleanupTempDirs());

describe('workspace globs (the glob crate rules uv uses)', () => {
  it.each([
    ['packages/*', 'packages/a', true],
    ['packages/*', 'packages/a/b', false],
    ['packages/*', 'packages', false],
    ['./packages/*', 'packages/a', true],
    ['libs/**', 'libs/x/y', true],
    ['libs/**/core', 'libs/core', true],
    ['libs/**/core', 'libs/a/b/core', true],
    ['tools/[ab]*', 'tools/alpha', true],
    ['tools/[!ab]*', 'tools/alpha', false],
    ['pkg-?', 'pkg-1', true],
    ['a.b', 'axb', false],
  ])('%s matches %s: %s', (pattern, dir, expected) => {
    expect(workspaceGlob(pattern)(dir)).toBe(expected);
  });

  it('exclude wins over members', () => {
    expect(isWorkspaceMember('packages/skip', ['packages/*'], ['packages/skip'])).toBe(false);
    expect(isWorkspaceMember('packages/a', ['packages/*'], ['packages/skip'])).toBe(true);
  });
});

describe('discoverProjectLayout agrees with uv', () => {
  const project = (name: string, extra = '') => `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = []\n${extra}`;
  const files: Record<string, string> = {
    'pyproject.toml': project('root', '[tool.uv.workspace]\nmembers = ["packages/*", "libs/**/core"]\nexclude = ["packages/skip"]\n'),
    'packages/a/pyproject.toml': project('a'),
    'packages/skip/pyproject.toml': project('skip'),
    'libs/deep/core/pyproject.toml': project('core'),
    'examples/ex/pyproject.toml': project('ex'),
    'virtual/pyproject.toml': '[tool.uv.workspace]\nmembers = ["m"]\n',
    'virtual/m/pyproject.toml': project('m'),
    'lonely/nested/pyproject.toml': project('nested'),
    'lonely/pyproject.toml': project('lonely'),
  };
  const dir = realpathSync(makeTempDir('uv-workspace'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(path.join(dir, 'packages/a/src/a'), { recursive: true });

  /** The directory uv would put the project environment in, minus `/.venv`, relative to `dir`. */
  function uvRoot(start: string): string {
    const result = spawnSync(uvBinaryPath(), ['sync', '--dry-run', '--offline', '--no-progress'], {
      cwd: path.join(dir, start),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, UV_PYTHON_DOWNLOADS: 'never', NO_COLOR: '1', UV_NO_CONFIG: '1' },
    });
    const m = /project environment at: (.+)/.exec(result.stdout + result.stderr);
    if (!m) throw new Error(`uv said: ${result.stdout}${result.stderr}`);
    const venv = path.resolve(path.join(dir, start), m[1]!.trim());
    return path.relative(dir, path.dirname(venv)).split(path.sep).join('/');
  }

  it.each([
    ['', 'project', ''],
    ['packages/a', 'workspace-member', ''],
    ['packages/a/src/a', 'workspace-member', ''],
    ['packages/skip', 'project', 'packages/skip'],
    ['libs/deep/core', 'workspace-member', ''],
    ['examples/ex', 'project', 'examples/ex'],
    ['virtual', 'workspace-root', 'virtual'],
    ['virtual/m', 'workspace-member', 'virtual'],
    ['lonely/nested', 'project', 'lonely/nested'],
  ])('from %s: %s rooted at %s (uv agrees)', (start, kind, root) => {
    const layout = discoverProjectLayout(start, reader(dir));
    expect({ kind: layout.kind, root: layout.rootDir }).toEqual({ kind, root });
    expect(uvRoot(start)).toBe(root);
  });

  it('a folder without pyproject.toml, or one that only configures tools, is no project', () => {
    expect(discoverProjectLayout('nowhere', () => null)).toMatchObject({ kind: 'none', projectDir: 'nowhere' });
    expect(discoverProjectLayout('', (rel) => (rel === 'pyproject.toml' ? '[tool.ruff]\nline-length = 100\n' : null)).kind).toBe('none');
    expect(discoverProjectLayout('', (rel) => (rel === 'pyproject.toml' ? '[project]\nname = "x"\n[tool.uv]\nmanaged = false\n' : null)).kind).toBe('unmanaged');
  });
});

describe('NVIDIA-NeMo/RL workspace excerpt', () => {
  it('research/template_project is a member rooted at the repository root; the 3rdparty wrapper is not', () => {
    expect(discoverProjectLayout('research/template_project', reader(NEMO))).toEqual({
      kind: 'workspace-member',
      projectDir: 'research/template_project',
      rootDir: '',
      name: 'template-project',
    });
    expect(discoverProjectLayout('3rdparty/TensorRT-LLM-workspace', reader(NEMO))).toMatchObject({ kind: 'project', rootDir: '3rdparty/TensorRT-LLM-workspace' });
  });

  it('a member requirement that left the lock behind is reported on the member pyproject.toml line', () => {
    const file = 'research/template_project/pyproject.toml';
    const text = readFileSync(path.join(NEMO, file), 'utf8').replace('"pytest>=7.0.0"', '"pytest>=8.0.0"');
    const member = parsePyproject(text, file);
    const lock = parseLock(readFileSync(path.join(NEMO, 'uv.lock'), 'utf8'), 'uv.lock');
    expect(staleLockFindings(parsePyproject(readFileSync(path.join(NEMO, file), 'utf8'), file), lock)).toEqual([]);
    const findings = staleLockFindings(member, lock);
    const line = text.split('\n').findIndex((l) => l.includes('pytest>=8.0.0')) + 1;
    expect(findings).toEqual([expect.objectContaining({ code: 'lock-stale', file, line, package: 'pytest' })]);
  });
});

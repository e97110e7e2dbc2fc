// gatherProjectFacts on real directories and real git repositories (temp dirs), one fact at a time.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { gatherProjectFacts } from '../../src/adapters/project-facts.js';
import { runProcess } from '../../src/adapters/process.js';
import { commitFiles, initGitRepo, outsideAnyRepo } from '../support/git-repo.js';
import { cleanupTempDirs, makeProject, makeTempDir, writeFiles } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

const PYPROJECT = '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = []\n';
const LOCK = 'version = 1\nrevision = 3\nrequires-python = ">=3.11"\n';
const NO_ENV = {}; // no UV_PROJECT_ENVIRONMENT, whatever the developer's shell has

function project(extra: Record<string, string | null> = {}): string {
  return makeProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': LOCK, '.python-version': '3.11\n', ...extra }, 'facts');
}

describe('gatherProjectFacts: files', () => {
  it('describes a committed project that follows every rule', async () => {
    const dir = project();
    initGitRepo(dir);
    commitFiles(dir, ['pyproject.toml', 'uv.lock', '.python-version']);
    const facts = await gatherProjectFacts(dir, { env: NO_ENV });
    expect(facts).toEqual({
      hasPyproject: true,
      requiresPython: '>=3.11',
      legacyFiles: [],
      pythonVersionFile: { file: '.python-version', request: '3.11' },
      lockExists: true,
      lockGit: { tracked: true, ignoredBy: null },
      projectEnvironment: [{ source: 'default', value: '.venv', resolved: path.join(dir, '.venv'), outside: false }],
    });
  });

  it('lists legacy metadata files, with the metadata sections of setup.cfg', async () => {
    const dir = project({
      'requirements.txt': 'numpy==2.1.0\n',
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'setup.cfg': '[flake8]\nmax-line-length = 100\n\n[metadata]\nname = demo\n\n[options.packages.find]\nwhere = src\n',
    });
    const facts = await gatherProjectFacts(dir, { env: NO_ENV });
    expect(facts.legacyFiles).toEqual([
      { file: 'requirements.txt' },
      { file: 'setup.py' },
      { file: 'setup.cfg', metadataSections: [{ name: 'metadata', line: 4 }, { name: 'options.packages.find', line: 7 }] },
    ]);
  });

  it('sees no metadata in a setup.cfg that only configures tools, and ignores a requirements.txt directory', async () => {
    const dir = project({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n[isort]\nprofile = black\n', 'requirements.txt/base.txt': 'x\n' });
    expect((await gatherProjectFacts(dir, { env: NO_ENV })).legacyFiles).toEqual([{ file: 'setup.cfg', metadataSections: [] }]);
  });

  it('reads .python-version, falls back to .python-versions, and notices an empty pin', async () => {
    const missing = makeProject({ 'pyproject.toml': PYPROJECT }, 'facts');
    expect((await gatherProjectFacts(missing, { env: NO_ENV })).pythonVersionFile).toBeNull();
    const plural = makeProject({ 'pyproject.toml': PYPROJECT, '.python-versions': '3.12\n3.11\n' }, 'facts');
    expect((await gatherProjectFacts(plural, { env: NO_ENV })).pythonVersionFile).toEqual({ file: '.python-versions', request: '3.12' });
    const empty = makeProject({ 'pyproject.toml': PYPROJECT, '.python-version': '# pinned later\n\n' }, 'facts');
    expect((await gatherProjectFacts(empty, { env: NO_ENV })).pythonVersionFile).toEqual({ file: '.python-version', request: null });
  });

  it('keeps going when pyproject.toml is malformed (the engine reports it)', async () => {
    const dir = makeProject({ 'pyproject.toml': '[project\nname = ', 'uv.lock': LOCK }, 'facts');
    const facts = await gatherProjectFacts(dir, { env: NO_ENV });
    expect(facts).toMatchObject({ hasPyproject: true, requiresPython: null, lockExists: true });
  });
});

describe('gatherProjectFacts: uv.lock and git', () => {
  it('sees a lock git does not track', async () => {
    const dir = project();
    initGitRepo(dir);
    commitFiles(dir, ['pyproject.toml']);
    expect((await gatherProjectFacts(dir, { env: NO_ENV })).lockGit).toEqual({ tracked: false, ignoredBy: null });
  });

  it('finds the .gitignore line above the project that ignores the lock, relative to the project', async () => {
    const repo = makeTempDir('facts-repo');
    writeFiles(repo, { '.gitignore': 'dist/\n*.lock\n', 'research/pyproject.toml': PYPROJECT, 'research/uv.lock': LOCK });
    initGitRepo(repo);
    commitFiles(repo, ['.gitignore', 'research/pyproject.toml']);
    const facts = await gatherProjectFacts(path.join(repo, 'research'), { env: NO_ENV });
    expect(facts.lockGit).toEqual({ tracked: false, ignoredBy: { file: '../.gitignore', source: '.gitignore', line: 2, pattern: '*.lock' } });
  });

  it('sees a rule that matches a lock git already tracks', async () => {
    const dir = project();
    initGitRepo(dir);
    commitFiles(dir, ['pyproject.toml', 'uv.lock']);
    writeFiles(dir, { '.gitignore': '# generated\nuv.lock\n' });
    expect((await gatherProjectFacts(dir, { env: NO_ENV })).lockGit).toEqual({
      tracked: true,
      ignoredBy: { file: '.gitignore', source: '.gitignore', line: 2, pattern: 'uv.lock' },
    });
  });

  it('honours a `!uv.lock` exception after a broad rule', async () => {
    const dir = project({ '.gitignore': '*.lock\n!uv.lock\n' });
    initGitRepo(dir);
    commitFiles(dir, ['pyproject.toml', 'uv.lock', '.gitignore']);
    expect((await gatherProjectFacts(dir, { env: NO_ENV })).lockGit).toEqual({ tracked: true, ignoredBy: null });
  });

  it('reports a rule in .git/info/exclude without a file to annotate', async () => {
    const dir = project();
    initGitRepo(dir);
    writeFiles(dir, { '.git/info/exclude': 'uv.lock\n' });
    expect((await gatherProjectFacts(dir, { env: NO_ENV })).lockGit).toEqual({
      tracked: false,
      ignoredBy: { file: null, source: '.git/info/exclude', line: 1, pattern: 'uv.lock' },
    });
  });

  it('gives no git facts outside a repository, and says why', async () => {
    const dir = project();
    const restore = outsideAnyRepo(dir);
    try {
      const facts = await gatherProjectFacts(dir, { env: NO_ENV });
      expect(facts.lockGit).toBeNull();
      expect(facts.gitUnavailable).toMatch(/not a git work tree/);
    } finally {
      restore();
    }
  });

  it('gives no git facts when git cannot run', async () => {
    const dir = project();
    const facts = await gatherProjectFacts(dir, { env: NO_ENV, run: (_cmd, args, options) => runProcess('/nonexistent/bin/git', args, options) });
    expect(facts.lockGit).toBeNull();
    expect(facts.gitUnavailable).toMatch(/git could not run/);
  });
});

describe('gatherProjectFacts: project environment', () => {
  it('resolves UV_PROJECT_ENVIRONMENT like uv: absolute as is, relative against the project', async () => {
    const dir = project();
    const outside = makeTempDir('elsewhere');
    const abs = await gatherProjectFacts(dir, { env: { UV_PROJECT_ENVIRONMENT: path.join(outside, 'venv') } });
    expect(abs.projectEnvironment).toEqual([{ source: 'environment', value: path.join(outside, 'venv'), resolved: path.join(outside, 'venv'), outside: true }]);
    const up = await gatherProjectFacts(dir, { env: { UV_PROJECT_ENVIRONMENT: '../shared-venv' } });
    expect(up.projectEnvironment[0]).toMatchObject({ resolved: path.join(path.dirname(dir), 'shared-venv'), outside: true });
    const inside = await gatherProjectFacts(dir, { env: { UV_PROJECT_ENVIRONMENT: 'envs/py311' } });
    expect(inside.projectEnvironment).toEqual([{ source: 'environment', value: 'envs/py311', resolved: path.join(dir, 'envs/py311'), outside: false }]);
  });

  it('ignores an empty UV_PROJECT_ENVIRONMENT, as uv does', async () => {
    const dir = project();
    const facts = await gatherProjectFacts(dir, { env: { UV_PROJECT_ENVIRONMENT: '' } });
    expect(facts.projectEnvironment.map((e) => e.source)).toEqual(['default']);
  });

  it('reads UV_PROJECT_ENVIRONMENT from .env with its line', async () => {
    const dir = project({ '.env': 'HF_HOME=./hf\n# the venv lives on scratch\nUV_PROJECT_ENVIRONMENT=/scratch/demo-venv\n' });
    const facts = await gatherProjectFacts(dir, { env: NO_ENV });
    expect(facts.projectEnvironment).toEqual([
      { source: 'env-file', value: '/scratch/demo-venv', file: '.env', line: 3, resolved: '/scratch/demo-venv', outside: true },
      { source: 'default', value: '.venv', resolved: path.join(dir, '.venv'), outside: false },
    ]);
  });

  it('sees a .venv that is a symlink out of the project, and one that stays inside', async () => {
    const dir = project();
    const scratch = makeTempDir('scratch');
    mkdirSync(path.join(scratch, 'venv'));
    symlinkSync(path.join(scratch, 'venv'), path.join(dir, '.venv'));
    const [env] = (await gatherProjectFacts(dir, { env: NO_ENV })).projectEnvironment;
    expect(env).toMatchObject({ source: 'default', outside: true, realPath: path.join(scratch, 'venv') });

    const local = project({ 'venvs/py311/pyvenv.cfg': 'home = /usr/bin\n' });
    symlinkSync('venvs/py311', path.join(local, '.venv'));
    expect((await gatherProjectFacts(local, { env: NO_ENV })).projectEnvironment[0]).toMatchObject({ outside: false });
  });
});

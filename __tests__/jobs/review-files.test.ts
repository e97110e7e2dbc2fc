/**
 * How the review reads one side of a change from git: `git show REV:path` only (the work tree and the
 * index are never touched), workspace members found with `git ls-tree` at that revision.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readProjectFiles } from '../../src/adapters/project-files.js';
import { gitProjectAt, readProjectFilesAtRevision } from '../../src/jobs/review.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { git, handMadeProject, ProjectRepo, TQDM } from '../core/review/projects.js';

afterAll(() => cleanupTempDirs());

const WORKSPACE_ROOT = `[project]
name = "demo"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = ["tqdm==4.67.1"]

[tool.uv.workspace]
members = ["packages/*"]
exclude = ["packages/old"]
`;
const member = (name: string) => `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = []\n`;

describe('readProjectFilesAtRevision', () => {
  it('reads pyproject.toml, uv.lock and the workspace members of a project in a subfolder, as readProjectFiles does on disk', async () => {
    const repo = new ProjectRepo('files-repo');
    const lock = handMadeProject([TQDM])['uv.lock'];
    const first = repo.commit({
      'py/pyproject.toml': WORKSPACE_ROOT,
      'py/uv.lock': lock,
      'py/packages/client/pyproject.toml': member('client'),
      'py/packages/old/pyproject.toml': member('old'),
      'py/docs/pyproject.toml': member('not-a-member'),
      'other/pyproject.toml': member('elsewhere'),
    });
    // Later changes in the work tree and a later commit must not leak into the old revision.
    repo.commit({ 'py/packages/server/pyproject.toml': member('server') });
    repo.write('py/uv.lock', 'garbage');

    const project = await gitProjectAt(`${repo.dir}/py`);
    expect(project?.prefix).toBe('py/');
    const files = await readProjectFilesAtRevision(project!, first);
    expect(files).toEqual({
      pyproject: WORKSPACE_ROOT,
      lock,
      pyprojectPath: 'pyproject.toml',
      pythonVersion: null,
      lockPath: 'uv.lock',
      members: { 'packages/client/pyproject.toml': member('client') },
    });
    const later = await readProjectFilesAtRevision(project!, 'HEAD');
    expect(Object.keys(later.members).sort()).toEqual(['packages/client/pyproject.toml', 'packages/server/pyproject.toml']);
    // Same answer as reading a checkout of that revision from disk.
    const checkout = makeTempDir('checkout');
    git(checkout, ['clone', '--quiet', repo.dir, '.']);
    expect(readProjectFiles(`${checkout}/py`).members).toEqual(later.members);
    expect(git(repo.dir, ['status', '--porcelain'])).toBe('M py/uv.lock');
  });

  it('gives null for files a revision does not have, and null projects outside git', async () => {
    const repo = new ProjectRepo('files-repo');
    const sha = repo.commit({ 'README.md': 'nothing here yet\n' });
    const files = await readProjectFilesAtRevision((await gitProjectAt(repo.dir))!, sha);
    expect(files).toMatchObject({ pyproject: null, lock: null, members: {} });
    expect(await gitProjectAt(makeTempDir('plain'))).toBeNull();
    await expect(readProjectFilesAtRevision((await gitProjectAt(repo.dir))!, 'nope')).rejects.toThrow(/git rev-parse/);
  });
});

/**
 * The git adapter against real git and a local bare remote in a temp dir (the shape the bump bot and the
 * review bot use: clone, branch, commit, push, read files at revisions, list changed paths).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Git, GitError } from '../../src/adapters/git.js';
import { LockstepError } from '../../src/core/errors.js';

const BOT = { name: 'lockstep[bot]', email: 'lockstep@example.com' };
const HUMAN = { name: 'Ada', email: 'ada@example.com' };

let root: string;
let remote: string;

/** Plain git for assertions, so the adapter is not checked with itself. */
function rawGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'lockstep-git-'));
  remote = join(root, 'remote.git');
  await new Git(remote).init({ bare: true, initialBranch: 'main' });
  const seed = new Git(join(root, 'seed'));
  await seed.init({ initialBranch: 'main' });
  writeFileSync(join(seed.dir, 'pyproject.toml'), '[project]\nname = "demo"\ndependencies = ["numpy==2.1.0"]\n');
  writeFileSync(join(seed.dir, 'uv.lock'), 'version = 1\n');
  await seed.add(['.']);
  await seed.commit('Initial', { author: HUMAN });
  await seed.exec(['remote', 'add', 'origin', remote]);
  await seed.push('origin', ['main']);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('Git', () => {
  it('clones, reads files at revisions and tells a missing file from a missing revision', async () => {
    const git = await Git.clone(remote, join(root, 'work'));
    expect(await git.currentBranch()).toBe('main');
    expect(await git.showFile('HEAD', 'pyproject.toml')).toContain('numpy==2.1.0');
    expect(await git.showFile('origin/main', './uv.lock')).toBe('version = 1\n');
    expect(await git.showFile('HEAD', 'missing.toml')).toBeNull();
    await expect(git.showFile('no-such-branch', 'uv.lock')).rejects.toBeInstanceOf(GitError);
    expect(await git.tryRevParse('no-such-branch')).toBeNull();
    expect(await git.revParse('HEAD')).toBe(rawGit(remote, 'rev-parse', 'main'));
  });

  it('commits on a new branch, pushes it, and lists the changed paths', async () => {
    const git = await Git.clone(remote, join(root, 'work'));
    await git.checkout('lockstep/bump', { create: true, startPoint: 'origin/main' });
    writeFileSync(join(git.dir, 'pyproject.toml'), '[project]\nname = "demo"\ndependencies = ["numpy==2.2.0"]\n');
    expect(await git.hasChanges()).toBe(true);
    const sha = await git.commit('Bump numpy to 2.2.0', { author: BOT, paths: ['pyproject.toml'] });
    expect(await git.hasChanges()).toBe(false);
    await git.push('origin', ['lockstep/bump']);

    expect(rawGit(remote, 'rev-parse', 'refs/heads/lockstep/bump')).toBe(sha);
    expect(rawGit(remote, 'log', '-1', '--format=%an <%ae>|%s', 'lockstep/bump')).toBe('lockstep[bot] <lockstep@example.com>|Bump numpy to 2.2.0');
    expect(await git.remoteBranchSha('origin', 'lockstep/bump')).toBe(sha);
    expect(await git.remoteBranchSha('origin', 'nope')).toBeNull();
    expect(await git.diffNames('origin/main', 'lockstep/bump')).toEqual(['pyproject.toml']);
    expect(await git.showFile('origin/main', 'pyproject.toml')).toContain('numpy==2.1.0');
    expect(await git.showFile('lockstep/bump', 'pyproject.toml')).toContain('numpy==2.2.0');
  });

  it('fetches what others pushed', async () => {
    const git = await Git.clone(remote, join(root, 'work'));
    const other = await Git.clone(remote, join(root, 'other'));
    writeFileSync(join(other.dir, 'NOTES.md'), 'hi\n');
    await other.add(['NOTES.md']);
    const theirs = await other.commit('notes', { author: HUMAN });
    await other.push('origin', ['main']);

    await git.fetch('origin', ['main']);
    expect(await git.revParse('origin/main')).toBe(theirs);
    expect(await git.diffNames('HEAD', 'origin/main')).toEqual(['NOTES.md']);
  });

  it('push with lease refuses to overwrite a commit someone pushed in between', async () => {
    const bot = await Git.clone(remote, join(root, 'bot'));
    await bot.checkout('lockstep/bump', { create: true });
    writeFileSync(join(bot.dir, 'uv.lock'), 'version = 1\n# bot 1\n');
    const first = await bot.commit('bot 1', { author: BOT, paths: ['uv.lock'] });
    await bot.push('origin', ['lockstep/bump']);

    const human = await Git.clone(remote, join(root, 'human'), { branch: 'lockstep/bump' });
    writeFileSync(join(human.dir, 'README.md'), 'human fix\n');
    await human.add(['README.md']);
    const humanSha = await human.commit('human fix', { author: HUMAN });
    await human.push('origin', ['lockstep/bump']);

    // The bot rebuilds its branch from main and tries to replace what it pushed before.
    await bot.checkout('lockstep/bump', { create: true, startPoint: 'origin/main' });
    writeFileSync(join(bot.dir, 'uv.lock'), 'version = 1\n# bot 2\n');
    await bot.commit('bot 2', { author: BOT, paths: ['uv.lock'] });
    await expect(bot.push('origin', ['lockstep/bump'], { force: 'with-lease', expect: { ref: 'lockstep/bump', sha: first } })).rejects.toThrow(/\(stale info\)/);
    expect(rawGit(remote, 'rev-parse', 'lockstep/bump')).toBe(humanSha);
  });

  it('passes hostile names as data, never to a shell or as options', async () => {
    const git = await Git.clone(remote, join(root, 'work'));
    const canary = join(root, 'pwned');
    // Were any of these handed to a shell, `touch pwned` would run in the working tree.
    const name = `it's a "file" $(touch pwned); rm -rf uv.lock`;
    writeFileSync(join(git.dir, name), 'content\n');
    await git.add([name]);
    await git.commit('--amend $(touch pwned)', { author: BOT });
    expect(await git.showFile('HEAD', name)).toBe('content\n');
    expect(rawGit(git.dir, 'log', '-1', '--format=%s')).toBe('--amend $(touch pwned)');
    expect(existsSync(join(git.dir, 'pwned'))).toBe(false);

    await expect(git.showFile(`--output=${canary}`, 'uv.lock')).rejects.toBeInstanceOf(LockstepError);
    await expect(git.fetch(`--upload-pack=touch ${canary}`)).rejects.toBeInstanceOf(LockstepError);
    await expect(git.checkout('-b')).rejects.toThrow(/starts with "-"/);
    expect(existsSync(canary)).toBe(false);
    expect(readFileSync(join(git.dir, 'uv.lock'), 'utf8')).toBe('version = 1\n');
  });
});

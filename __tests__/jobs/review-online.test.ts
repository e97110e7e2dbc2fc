/**
 * The review comment says so when a pull request's lock references files that are already gone: the
 * head's new locked files are asked of their (loopback) index, as `check --online` does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REVIEW_MARKER } from '../../src/core/review/index.js';
import { cleanupActionDirs, runAction, type ActionResult } from '../support/action-harness.js';
import { FakeGitHub } from '../support/fake-github.js';
import { cleanupTempDirs } from '../support/fixture-project.js';
import { bundleEntry } from '../support/verify-fixtures.js';
import { ProjectRepo } from '../core/review/projects.js';
import { RotWorld } from './rot-scenario.js';

const OWNER = 'octo-org';
let fake: FakeGitHub;
let world: RotWorld;
let entry: string;

beforeAll(async () => {
  [fake, world, entry] = await Promise.all([FakeGitHub.start(), RotWorld.start(), bundleEntry('review')]);
});

afterAll(async () => {
  const violations = fake?.violations ?? [];
  await fake?.close();
  await world?.close();
  cleanupActionDirs();
  cleanupTempDirs();
  expect(violations).toEqual([]);
});

function review(repo: string, number: number, base: string, head: string, workspace: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction(entry, {
    cwd: workspace,
    workspace,
    inputs: { 'python-version': '3.11', platform: 'x86_64-manylinux_2_28', 'github-token': 'test-token', ...inputs },
    env: { ...fake.clientEnv(), ...world.env(), GITHUB_REPOSITORY: `${OWNER}/${repo}` },
    event: { name: 'pull_request', payload: { number, pull_request: { number, base: { sha: base }, head: { sha: head } } } },
  });
}

/** pyproject.toml and uv.lock of the rot world's locked project. */
function lockedFiles(): Record<string, string> {
  const project = world.project();
  return Object.fromEntries(['pyproject.toml', 'uv.lock'].map((f) => [f, readFileSync(path.join(project, f), 'utf8')]));
}

/** A repository whose main holds `baseFiles`, a `feature` branch adding `headFiles`, and its PR in the fake. */
function pullRequest(repo: string, baseFiles: Record<string, string>, headFiles: Record<string, string>) {
  const local = new ProjectRepo();
  const base = local.commit(baseFiles, 'base');
  local.branch('feature');
  const head = local.commit(headFiles, 'change');
  local.checkout('main');
  fake.createRepository({ owner: OWNER, repo, fromGit: local.dir });
  return { local, base, head, number: fake.openPullRequest({ owner: OWNER, repo, head: 'feature' }) };
}

describe('review action, online', () => {
  it('a PR that locks a file its index no longer serves gets an error row; unchanged files are not asked', async () => {
    const files = lockedFiles();
    const { local, base, head, number } = pullRequest('online-1', { 'README.md': 'research\n' }, files);

    world.index.removeFile(world.files.alpha);
    try {
      const run = await review('online-1', number, base, head, local.dir);
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ errors: '1', comment: 'created' });
      const comment = fake.comments(OWNER, 'online-1', number).find((c) => c.body.startsWith(REVIEW_MARKER))!;
      expect(comment.body).toMatch(/\| ❌ \| \*\*alpha\*\* 1\\\.0\\\.0 \| file gone from its index: alpha-1\\\.0\\\.0-py3-none-any\\\.whl is no longer served/);
      expect(comment.body).toContain('alpha==1.1.0');
      expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'uv.lock', title: 'lockstep review: artifact-missing alpha' }));
      // Only the project pages of the PR's files were read; no file was downloaded.
      expect(world.index.totalDownloads()).toBe(0);

      // online: false asks nothing.
      world.index.reset();
      const offline = await review('online-1', number, base, head, local.dir, { online: 'false', 'fail-on': 'never' });
      expect(offline.outputs.errors).toBe('0');
      expect(world.index.requests).toEqual([]);
    } finally {
      world.restore();
    }
  });

  it('files the base already locked are not asked (lock rot on the base is the health job\'s business)', async () => {
    const files = lockedFiles();
    const { local, base, head, number } = pullRequest('online-2', files, { ...files, 'README.md': 'docs only\n' });
    world.index.removeFile(world.files.alpha);
    try {
      const run = await review('online-2', number, base, head, local.dir);
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ errors: '0', comment: 'none' });
      expect(world.index.requests).toEqual([]);
    } finally {
      world.restore();
    }
  });
});

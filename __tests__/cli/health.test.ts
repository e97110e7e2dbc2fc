// `lockstep health` on a laptop: the issue it would write, and with --repo the issue itself (fake GitHub).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { restoreEnv, runCapturedCli } from '../support/cli-run.js';
import { FakeGitHub } from '../support/fake-github.js';
import { cleanupTempDirs } from '../support/fixture-project.js';
import { RotWorld } from '../jobs/rot-scenario.js';

let world: RotWorld;
let fake: FakeGitHub;
const savedEnv = { ...process.env };

beforeAll(async () => {
  [world, fake] = await Promise.all([RotWorld.start(), FakeGitHub.start()]);
  Object.assign(process.env, world.env(), fake.clientEnv());
  // The token comes from here only where a test puts it.
  delete process.env.GITHUB_TOKEN;
  delete process.env.GH_TOKEN;
});

afterEach(() => world.restore());

afterAll(async () => {
  restoreEnv(savedEnv);
  const violations = fake?.violations ?? [];
  await world?.close();
  await fake?.close();
  cleanupTempDirs();
  expect(violations).toEqual([]);
});

describe('lockstep health', () => {
  it('prints the issue it would write and exits 1 when a locked file is gone; writes nothing without --repo', async () => {
    world.index.removeFile(world.files.alpha);
    const r = await runCapturedCli(['health', world.project(), '--python', '3.11']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^# Lock rot in uv\.lock: 1 locked file is no longer served\n/);
    expect(r.stdout).toContain('move to `alpha==1.1.0`');
    expect(fake.requests).toEqual([]);
  });

  it('exits 0 on a healthy lock', async () => {
    const r = await runCapturedCli(['health', world.project()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Every locked file is served \(5 file\(s\)/);
  });

  it('--repo keeps the issue: opens it on rot and closes it when fixed', async () => {
    fake.createRepository({ owner: 'me', repo: 'paper', files: { 'README.md': 'x\n' } });
    process.env.GITHUB_TOKEN = 'test-token';
    try {
      world.index.removeFile(world.files.alpha);
      const rot = await runCapturedCli(['health', world.project(), '--repo', 'me/paper']);
      expect(rot.stderr).toMatch(/me\/paper: opened #1/);
      world.restore();
      const fixed = await runCapturedCli(['health', world.project(), '--repo', 'me/paper']);
      expect(fixed.code).toBe(0);
      expect(fixed.stderr).toMatch(/closed #1/);
      expect(fake.issues('me', 'paper').map((i) => i.state)).toEqual(['closed']);
    } finally {
      delete process.env.GITHUB_TOKEN;
    }
  });

  it('refuses --repo without a token, and a malformed --repo', async () => {
    expect((await runCapturedCli(['health', world.project(), '--repo', 'me/paper'])).code).toBe(2);
    expect((await runCapturedCli(['health', world.project(), '--repo', 'not a repo'])).stderr).toContain('expected OWNER/REPO');
  });
});

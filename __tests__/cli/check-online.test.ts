// `lockstep check --online` end to end (runCli in-process) against the rot world's loopback indexes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { restoreEnv, runCapturedCli, unwrapText } from '../support/cli-run.js';
import { cleanupTempDirs } from '../support/fixture-project.js';
import { RotWorld } from '../jobs/rot-scenario.js';

let world: RotWorld;
const savedEnv = { ...process.env };

beforeAll(async () => {
  world = await RotWorld.start();
  Object.assign(process.env, world.env());
});

afterEach(() => world.restore());

afterAll(async () => {
  restoreEnv(savedEnv);
  await world?.close();
  cleanupTempDirs();
});

const cli = (argv: string[]) => runCapturedCli(argv);

describe('lockstep check --online', () => {
  it('stays offline without --online: not one request, even with a rotted lock', async () => {
    world.index.removeFile(world.files.alpha);
    const r = await cli(['check', world.project()]);
    expect(r.code).toBe(0);
    expect(world.index.requests).toEqual([]);
    expect(world.releases.requests).toEqual([]);
    expect(r.stdout).not.toContain('online:');
  });

  it('exits 0 with a summary line when every locked file is served', async () => {
    const r = await cli(['check', world.project(), '--online']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/online: 5 locked file\(s\) checked on 2 host\(s\) .* 5 served, 0 yanked, 0 missing, 0 could not be checked/);
  });

  it('exits 1 on a removed file, with the finding on its uv.lock line and the problem in the JSON report', async () => {
    world.index.removeFile(world.files.alpha);
    world.releases.removeFile(world.files.direct);
    const text = await cli(['check', world.project(), '--online']);
    expect(text.code).toBe(1);
    expect(unwrapText(text.stdout)).toMatch(/uv\.lock:\d+: error artifact-missing alpha 1\.0\.0: alpha-1\.0\.0-py3-none-any\.whl is no longer served/);
    const json = await cli(['check', world.project(), '--online', '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.online).toMatchObject({ artifacts: 5, missing: 2, served: 3 });
    expect(report.online.problems.map((p: { package: string; status: string }) => `${p.package}:${p.status}`).sort()).toEqual(['alpha:missing', 'direct:missing']);
    expect(report.online.problems[0].targets.length).toBeGreaterThan(0);
  });

  it('keeps the offline exit code for a yanked release (a warning) and quotes the reason', async () => {
    world.index.addWheel({ name: 'beta', version: '1.0.0' }, { yanked: 'security: CVE-2099-1' });
    const r = await cli(['check', world.project(), '--online', '--no-cache']);
    expect(r.code).toBe(0);
    expect(unwrapText(r.stdout)).toMatch(/warning artifact-yanked beta 1\.0\.0: .*"security: CVE-2099-1"/);
  });

  it('refuses the online options without --online, and a bad deadline', async () => {
    expect((await cli(['check', world.project(), '--no-cache'])).code).toBe(2);
    const bad = await cli(['check', world.project(), '--online', '--online-deadline', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--online-deadline soon');
  });
});

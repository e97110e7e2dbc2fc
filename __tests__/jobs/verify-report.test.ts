/**
 * The verify-report action: several matrix jobs (the verify action, each with its own runtime token)
 * upload their results to the fake artifact service; the report job downloads every lockstep-verify-*
 * artifact through the real @actions/artifact client and writes one table.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VerifyResult } from '../../src/core/verify/types.js';
import { cleanupActionDirs, runAction, type ActionResult } from '../support/action-harness.js';
import { writeZip } from '../support/archives.js';
import { FakeArtifactServer } from '../support/fake-artifact-server.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { bundleEntry, VerifyWorld } from '../support/verify-fixtures.js';

let world: VerifyWorld;
let artifacts: FakeArtifactServer;
let verifyEntry: string;
let reportEntry: string;

beforeAll(async () => {
  [world, artifacts, verifyEntry, reportEntry] = await Promise.all([VerifyWorld.start(), FakeArtifactServer.start(), bundleEntry('verify'), bundleEntry('verify-report')]);
});

afterAll(async () => {
  await world?.close();
  await artifacts?.close();
  cleanupActionDirs();
  cleanupTempDirs();
});

/** Markdown escapes removed, to compare what a reader sees. */
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

function matrixJob(project: string, job: string, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction(verifyEntry, { cwd: project, workspace: project, inputs: { 'python-version': '3.11', ...inputs }, env: artifacts.env({ job }) });
}

describe('verify-report action', () => {
  it('merges every matrix job’s uploaded result into one table, failing details below', async () => {
    const good = await world.syncedProject(['tiny-app==1.0.0']);
    const changed = await world.syncedProject(['tiny-app==1.0.0']);
    await world.uv(changed, ['pip', 'install', 'tiny-dep==2.1.0']);
    const jobs = [
      await matrixJob(good, 'linux-native', {}),
      await matrixJob(good, 'linux-2_28', { platform: 'x86_64-manylinux_2_28' }),
      await matrixJob(changed, 'linux-2_17', { platform: 'x86_64-manylinux_2_17' }),
    ];
    expect(jobs.map((j) => j.exitCode)).toEqual([0, 0, 1]);
    artifacts.seed('coverage-html', writeZip([{ path: 'index.html', data: '<html></html>' }]));

    const report = await runAction(reportEntry, { env: artifacts.env({ job: 'report' }) });
    expect(report.exitCode).toBe(0);
    const targets = jobs.map((j) => j.outputs.target!).sort();
    expect(new Set(targets).size).toBe(3);
    expect(report.outputs.targets).toBe(targets.join(','));
    expect(report.outputs['failed-targets']).toBe('cp311-x86_64-manylinux_2_17');
    expect(report.outputs.result).toBe('fail');

    const summary = unescape(report.summary);
    const rows = summary.split('\n').filter((l) => l.startsWith('| cp311'));
    expect(rows).toEqual([
      '| cp311-x86_64-manylinux_2_17 | ✅ | ❌ | ✅ | ⏭ | ⏭ |',
      '| cp311-x86_64-manylinux_2_28 | ✅ | ✅ | ✅ | ⏭ | ⏭ |',
      `| ${jobs[0]!.outputs.target} | ✅ | ✅ | ✅ | ⏭ | ⏭ |`,
    ]);
    expect(summary).toContain('1 of 3 targets differ from the lock.');
    expect(summary).toContain('### cp311-x86_64-manylinux_2_17');
    expect(summary).toContain('| tiny-dep | 2.0.0 | 2.1.0 |');
    expect(report.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: 'cp311-x86_64-manylinux_2_17: packages failed' }));
    expect(artifacts.count('GetSignedArtifactURL')).toBe(3); // the unrelated artifact is not downloaded
    expect(artifacts.violations).toEqual([]);

    const strict = await runAction(reportEntry, { env: artifacts.env({ job: 'report-strict' }), inputs: { 'fail-on': 'error' } });
    expect(strict.exitCode).toBe(1);
  });

  it('reads results from a folder instead, and warns about files that are not results', async () => {
    const dir = makeTempDir('results');
    const result = (target: string, status: 'pass' | 'fail'): VerifyResult => ({
      schema: 1,
      target,
      checks: [{ name: 'interpreter', status: 'pass', details: 'ok' }, { name: 'packages', status, details: status === 'fail' ? 'numpy 2.1.0 missing' : 'ok' }],
      mismatches: status === 'fail' ? [{ name: 'numpy', locked: '2.1.0', installed: null }] : [],
    });
    writeFileSync(path.join(dir, 'lockstep-verify-cp312-aarch64-apple-darwin.json'), JSON.stringify(result('cp312-aarch64-apple-darwin', 'pass')));
    writeFileSync(path.join(dir, 'lockstep-verify-cp312-x86_64-pc-windows-msvc.json'), JSON.stringify(result('cp312-x86_64-pc-windows-msvc', 'fail')));
    writeFileSync(path.join(dir, 'lockstep-verify-broken.json'), '{"schema": 1');
    const report = await runAction(reportEntry, { inputs: { 'results-dir': dir } });
    expect(report.exitCode).toBe(0);
    expect(report.outputs.targets).toBe('cp312-aarch64-apple-darwin,cp312-x86_64-pc-windows-msvc');
    expect(unescape(report.summary)).toContain('| cp312-x86_64-pc-windows-msvc | ✅ | ❌ |');
    expect(unescape(report.summary)).toContain('- **packages**: numpy 2.1.0 missing');
    expect(report.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('lockstep-verify-broken.json: not valid JSON') }));
  });

  it('one malformed artifact is reported and the rest shown; no target id can forge an output or a command (issue 13)', async () => {
    const dir = makeTempDir('results');
    const good: VerifyResult = { schema: 1, target: 'cp312-x86_64-manylinux_2_28', checks: [{ name: 'packages', status: 'fail', details: 'numpy 2.1.0 missing' }], mismatches: [{ name: 'numpy', locked: '2.1.0', installed: null }] };
    writeFileSync(path.join(dir, 'lockstep-verify-good.json'), JSON.stringify(good));
    // Passes a shallow shape check, then breaks the renderer (details and mismatch values not text).
    writeFileSync(path.join(dir, 'lockstep-verify-shape.json'), JSON.stringify({ ...good, target: 'cp311-x86_64-manylinux_2_28', checks: [{ name: 'packages', status: 'fail', details: 42 }], mismatches: [{ name: { evil: 1 }, locked: 1, installed: [] }] }));
    // A target id that would put a line into GITHUB_OUTPUT-read values and a command into the log.
    writeFileSync(path.join(dir, 'lockstep-verify-nel.json'), JSON.stringify({ ...good, target: 'cp39\nresult=pass\n\u0085::add-mask::x\u2028::error::forged' }));
    const report = await runAction(reportEntry, { inputs: { 'results-dir': dir } });
    expect(report.exitCode).toBe(0);
    expect(report.outputs).toMatchObject({ targets: 'cp312-x86_64-manylinux_2_28', 'failed-targets': 'cp312-x86_64-manylinux_2_28', result: 'fail' });
    expect(unescape(report.summary)).toContain('- **packages**: numpy 2.1.0 missing');
    expect(report.summary).toContain('### Unreadable results');
    expect(unescape(report.summary)).toContain('lockstep-verify-shape.json: check "packages" has details that are not text');
    expect(unescape(report.summary)).toContain('lockstep-verify-nel.json: the target id is not one');
    expect(report.masks).toEqual([]);
    expect(report.annotations.filter((a) => a.level === 'warning')).toHaveLength(2);
    expect(report.annotations.some((a) => a.message.includes('forged') && a.level === 'error' && !a.message.includes('lockstep-verify'))).toBe(false);
  });

  it('warns, and still writes a summary, when no matrix job uploaded a result', async () => {
    const empty = await FakeArtifactServer.start();
    try {
      const report = await runAction(reportEntry, { env: empty.env({ job: 'report' }) });
      expect(report.exitCode).toBe(0);
      expect(report.summary).toContain('No `lockstep-verify-*` results were found');
      expect(report.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('did the matrix jobs run lockstep/verify') }));
      expect(empty.violations).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});

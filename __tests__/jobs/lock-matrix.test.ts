/**
 * The setup step's lock matrix check (`targets: auto`) on real corpus projects whose only errors are on
 * CPython 3.14, which an open-ended requires-python merely implies: `lockstep check` exits 0 with
 * warnings that name CPython 3.14 and the fix, and the setup step's check does not fail, so `uv sync`
 * runs (the sync itself after such a check: see setup.test.ts). Projects whose failure is true and
 * declared still fail.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { checkLockMatrix } from '../../src/jobs/lock-matrix.js';
import { CORPUS_DIR } from '../support/fixture-project.js';
import { recordingRunner } from '../support/recording-runner.js';

/** The four projects issue 12 names: every error they had was on CPython 3.14 (implied). */
const IMPLIED_ONLY: [string, string][] = [
  ['stanford-cs336__assignment1-basics', '>=3.12'],
  ['fishaudio__fish-speech', '>=3.10'],
  ['nari-labs__dia', '>=3.10'],
  ['Tetraslam__neuromonster', '>=3.11'],
];

async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: process.cwd() });
  return { code, stdout };
}

function runStep(project: string, python: string) {
  const { runner, record } = recordingRunner();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'lockstep-matrix-'));
  try {
    const outcome = checkLockMatrix(runner, {
      projectDir: path.join(CORPUS_DIR, project),
      targets: { kind: 'auto' },
      failOn: 'error',
      driver: null,
      extras: [],
      allExtras: false,
      groups: [],
      noDefaultGroups: false,
      // ubuntu-24.04: glibc 2.39
      thisRun: { python, platform: 'x86_64-manylinux_2_39' },
      rel: (f) => f,
      runnerTemp: temp,
    });
    return { outcome, record };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

describe('implied targets: warnings with the fix, not errors', () => {
  it.each(IMPLIED_ONLY)('%s: lockstep check exits 0, warning on CPython 3.14 with the upper-bound fix', async (project, requiresPython) => {
    const { code, stdout } = await cli(['check', path.join(CORPUS_DIR, project), '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const downgraded = json.findings.filter((f: { message: string }) => f.message.includes('Only on implied targets'));
    expect(downgraded.length).toBeGreaterThan(0);
    for (const f of downgraded) {
      expect(f).toMatchObject({ severity: 'warning', provenance: 'implied' });
      expect(f.target).toMatch(/^cp314-/);
      expect(f.message).toContain('CPython 3.14 is only implied');
      expect(f.message).toContain(`\`requires-python = "${requiresPython},<3.14"\``);
    }
    // Targets say where they come from.
    const cp314 = json.targets.find((t: { id: string }) => t.id.startsWith('cp314-'));
    expect(cp314).toMatchObject({ provenance: 'implied', origin: { python: 'requires-python-open' } });
    // The text output says it too.
    const text = await cli(['check', path.join(CORPUS_DIR, project)]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/only implied .*problems only there are warnings/);
  });

  it.each(IMPLIED_ONLY)('%s: the setup step\'s check (targets: auto) passes with warnings, so uv sync runs', (project) => {
    const { outcome, record } = runStep(project, project === 'stanford-cs336__assignment1-basics' ? '3.12' : project === 'Tetraslam__neuromonster' ? '3.11' : '3.10');
    expect(outcome.fails).toBe(false);
    expect(outcome.result).toBe('warnings');
    expect(record.errors).toEqual([]);
    expect(record.warnings.some((m) => m.includes('CPython 3.14 is only implied'))).toBe(true);
    expect(outcome.summary).toMatch(/^✅ \*\*No errors\*\*/m);
    expect(outcome.report.targets.find((t) => t.provenance?.python === 'this-run')).toMatchObject({ platform: 'x86_64-manylinux_2_39', provenance: { kind: 'declared' } });
  });

  it('a failure on a declared target still fails the step: assignment5 builds flash-attn from source on this run\'s own target', () => {
    const { outcome, record } = runStep('stanford-cs336__assignment5-alignment', '3.12');
    expect(outcome.fails).toBe(true);
    expect(record.errors.some((m) => m.includes('flash-attn'))).toBe(true);
    const finding = outcome.report.findings.find((f) => f.code === 'sdist-build' && f.package === 'flash-attn')!;
    expect(finding).toMatchObject({ severity: 'error', provenance: 'declared' });
  });

  it('each unpinned requirement keeps its own annotation in Actions, though the report has one finding per section', () => {
    // moshi-server: 5 unpinned requirements in [project] dependencies and two sdist warnings.
    const { outcome, record } = runStep('kyutai-labs__moshi__rust_moshi-server', '3.12');
    const section = outcome.report.findings.filter((f) => f.code === 'unpinned-dependency');
    expect(section).toHaveLength(1);
    expect(section[0]!.related).toHaveLength(5);
    const perLine = record.annotations.filter((a) => a.position?.title?.includes('unpinned-dependency'));
    const lines = (list: (number | undefined)[]) => [...list].sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(lines(perLine.map((a) => a.position?.line))).toEqual(lines(section[0]!.related!.map((r) => r.line)));
    expect(perLine.map((a) => a.position?.title).sort()).toEqual(section[0]!.related!.map((r) => `lockstep check: unpinned-dependency (${r.package})`).sort());
  });
});

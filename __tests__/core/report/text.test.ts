// The text report groups findings as the Markdown report does: one block per problem (not per target),
// each fix said once, errors first, every untrusted piece neutralised for the terminal.
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/core/findings.js';
import { checkProject } from '../../../src/core/matrix/engine.js';
import type { CheckReport } from '../../../src/core/matrix/types.js';
import { mergeProblemRows, problemRows } from '../../../src/core/report/problems.js';
import { renderText, TEXT_WIDTH } from '../../../src/core/report/text.js';
import { unwrapText } from '../../support/cli-run.js';
import { readCorpus } from '../lock/corpus-files.js';

const OPENPI = 'Physical-Intelligence__openpi';

function openpi(): CheckReport {
  return checkProject({ pyproject: readCorpus(OPENPI, 'pyproject.toml'), lock: readCorpus(OPENPI, 'uv.lock'), pythonVersion: readCorpus(OPENPI, '.python-version') }, {});
}

/** The head lines of the per-target problem blocks: `uv.lock:LINE: severity code: packages`. */
function heads(text: string): string[] {
  return text.split('\n').filter((l) => /^uv\.lock:\d+: (error|warning|notice) [a-z-]+: /.test(l));
}

describe('renderText on a lock with many per-target findings (openpi)', () => {
  const report = openpi();
  const text = renderText(report);
  const perTarget = report.findings.filter((f) => f.target !== undefined);

  it('prints one block per grouped problem, not a line per finding per target', () => {
    expect(perTarget.length).toBeGreaterThan(150);
    const groups = mergeProblemRows(problemRows(report.findings, report)).filter((g) => g.row.targets.length > 0 && g.row.package !== null);
    expect(heads(text)).toHaveLength(groups.length);
    expect(groups.length).toBeLessThan(30);
    // The package that failed on 8 targets is named in one head line, its targets summarised once.
    const pjrt = text.split('\n').filter((l) => l.includes('jax-cuda12-pjrt'));
    expect(pjrt).toEqual(['uv.lock:1734: warning no-distribution: jax-cuda12-pjrt 0.5.3']);
    const block = text.split('\n\n').find((b) => b.startsWith('uv.lock:1734:'))!;
    expect(block).toContain('on macOS arm64 (all Pythons); Windows x86_64 (all Pythons) (8 targets, implied only)');
    expect(text).not.toMatch(/\[cp3\d+-/); // no per-target finding lines
  });

  it('says each fix once: later blocks with the same fix point back to the first', () => {
    const fixes = text.split('\n').filter((l) => l.startsWith('    fix: '));
    expect(fixes.length).toBe(heads(text).length);
    const stated = fixes.filter((l) => !l.startsWith('    fix: the same as for '));
    expect(new Set(stated).size).toBe(stated.length);
    for (const fix of stated) expect(text.split(fix).length - 1).toBe(1);
    // The old report said a fix in each of its per-target lines.
    expect(stated.length).toBeLessThan(perTarget.length / 10);
    for (const back of fixes.filter((l) => l.startsWith('    fix: the same as for '))) {
      const named = / for (.+) above$/.exec(back)![1]!;
      expect(heads(text).some((h) => h.includes(named))).toBe(true);
    }
  });

  it('names every package and finding code of the per-target findings, or says how many more JSON lists', () => {
    const named = new Set(perTarget.map((f) => f.package!));
    const blocks = text.split('\n\n').filter((b) => /^uv\.lock:\d+: /.test(b)).map((b) => b.split('\n    no ')[0]!.replace(/\n {4}/g, ' '));
    const missing = [...named].filter((p) => !blocks.some((b) => b.includes(`: ${p} `) || b.includes(`, ${p} `)));
    const more = [...text.matchAll(/ and (\d+) more$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    // A package cut from one block ("and N more") may be named in another.
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThanOrEqual(more);
    expect(text).toContain(`with the ${more} package(s) shown as "and N more"`);
    for (const code of new Set(report.findings.map((f) => f.code))) expect(text).toContain(` ${code}`);
  });

  it('fits a 100-column terminal below the per-target summary', () => {
    // The per-target summary (before the first blank line) is as it was; the blocks wrap.
    const body = text.slice(text.indexOf('\n\n')).split('\n');
    expect(body.filter((l) => l.length > TEXT_WIDTH && !/^\S+$/.test(l.trim()))).toEqual([]);
  });
});

describe('renderText ordering and neutralisation', () => {
  const T1 = 'cp312-x86_64-manylinux_2_28';
  const T2 = 'cp313-x86_64-manylinux_2_28';
  const report = (findings: Finding[]): CheckReport => ({
    schema: 1,
    project: { name: 'demo', version: '0.1.0', requiresPython: '>=3.12', lockRevision: 3, packageCount: 3 },
    targets: [
      { id: T1, python: '3.12', platform: 'x86_64-manylinux_2_28', cuda: null },
      { id: T2, python: '3.13', platform: 'x86_64-manylinux_2_28', cuda: null },
    ],
    packages: [],
    findings,
  });
  const nodist = (pkg: string, target: string, severity: Finding['severity'], line: number): Finding => ({
    code: 'no-distribution', severity, package: pkg, version: '1.0', target, message: `${pkg} 1.0 has no wheel`, file: 'uv.lock', line,
  });

  it('puts errors before warnings before notices, as the Markdown report does', () => {
    const text = renderText(report([
      { code: 'no-python-version', severity: 'notice', message: 'no .python-version', file: '.python-version' },
      nodist('aaa', T1, 'warning', 5),
      nodist('zzz', T1, 'error', 9),
      nodist('zzz', T2, 'error', 9),
    ]));
    const order = ['error no-distribution: zzz 1.0', 'warning no-distribution: aaa 1.0', 'notice no-python-version'].map((s) => text.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('    on all 2 targets');
    expect(text).toContain('2 error(s), 1 warning(s) in 3 problem(s)');
  });

  it('neutralises a hostile package name (ANSI escape, newline, bidi control) in the grouped line', () => {
    const evil = 'evil\u001b[2J\u001b]8;;https://x.example\u0007pkg\n::error::forged\u202eexe.txt';
    const text = renderText(report([nodist(evil, T1, 'error', 7), nodist(evil, T2, 'error', 7)]));
    const head = text.split('\n').find((l) => l.startsWith('uv.lock:7: error no-distribution: '))!;
    expect(head).toContain('evil\\u001b[2J\\u001b]8;;https://x.example\\u0007pkg ::error::forged\\u202eexe.txt 1.0');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    // The package is named once, though it failed on both targets.
    expect(text.split('evil').length - 1).toBe(1);
  });

  it('neutralises untrusted text in the lines of project-wide findings and their related lines too', () => {
    const text = renderText(report([{
      code: 'unpinned-dependency', severity: 'warning', package: 'bad\u001b[31m\npkg', message: 'bad\u001b[31m\npkg is not pinned\u2066', file: 'pyproject.toml', line: 3,
      related: [{ package: 'x', message: 'x\u0085::warning::y is not pinned', line: 4 }],
    }]));
    expect(unwrapText(text)).toContain('pyproject.toml:3: warning unpinned-dependency bad\\u001b[31m pkg: bad\\u001b[31m pkg is not pinned\\u2066');
    expect(unwrapText(text)).toContain(' pyproject.toml:4: x\\u0085::warning::y is not pinned');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2066]/);
  });

  it('keeps the target of a per-target finding that names no package (an unsupported target)', () => {
    const text = renderText(report([{ code: 'target-unsupported', severity: 'error', target: T2, message: 'uv.lock does not support cp313 Linux x86_64', file: 'uv.lock' }]));
    expect(unwrapText(text)).toContain(`uv.lock: error target-unsupported [${T2}]: uv.lock does not support cp313 Linux x86_64`);
  });
});

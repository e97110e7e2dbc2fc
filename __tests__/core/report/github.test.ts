// `--format github`: each finding becomes one annotation on its line, and nothing a pull request
// controls (package names, versions, messages) can end the command or issue another one. Parsed with
// the test harness's model of the runner's command parser.
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/core/findings.js';
import type { CheckReport } from '../../../src/core/matrix/types.js';
import { reportWithFindings, T1 } from './report-fixture.js';
import { renderGithub } from '../../../src/core/report/index.js';
import { parseWorkflowCommands } from '../../support/action-harness.js';

const report = (findings: Finding[]): CheckReport => reportWithFindings(findings, 'demo\n::add-mask::name');

describe('--format github', () => {
  it('annotates each finding on its file and line, errors first, with a title naming code and package', () => {
    const out = renderGithub(report([
      { code: 'unpinned-dependency', severity: 'warning', package: 'numpy', message: 'numpy>=2 is not pinned', file: 'pyproject.toml', line: 7, column: 3 },
      { code: 'sdist-build', severity: 'error', package: 'fasttext', version: '0.9.3', target: T1, message: 'would build\nfrom the sdist', file: 'uv.lock', line: 20 },
      { code: 'no-python-version', severity: 'notice', message: 'no .python-version' },
    ]), 'services/api');
    expect(parseWorkflowCommands(out).annotations).toEqual([
      { level: 'error', file: 'services/api/uv.lock', line: 20, title: `lockstep sdist-build: fasttext 0.9.3 [${T1}]`, message: 'would build\nfrom the sdist' },
      { level: 'warning', file: 'services/api/pyproject.toml', line: 7, col: 3, title: 'lockstep unpinned-dependency: numpy', message: 'numpy>=2 is not pinned' },
      { level: 'notice', title: 'lockstep no-python-version', message: 'no .python-version' },
    ]);
    expect(out.trimEnd().split('\n').at(-1)).toBe('lockstep check: 1 target(s), 1 error(s), 1 warning(s)');
  });

  it('keeps hostile names and messages inside their own annotation', () => {
    const evil = 'evil,title=x:y%0A\r\n::add-mask::ghp_stolen\n\u0085::error file=forged::forged\n##[error]legacy';
    const out = renderGithub(report([
      { code: 'no-distribution', severity: 'error', package: evil, version: '1%2C0', target: T1, message: `no wheel for ${evil}`, file: 'uv.lock', line: 30 },
    ]), '');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2); // one command, one summary: no line break survived
    expect(lines[0]!.startsWith('::error file=uv.lock,line=30,title=')).toBe(true);
    const parsed = parseWorkflowCommands(out);
    expect(parsed.masks).toEqual([]);
    // What a reader sees: CR and NEL shown as escapes, not obeyed; line feeds kept in the message, the title on one line.
    const shown = evil.replace('\r', '\\u000d').replace('\u0085', '\\u0085');
    expect(parsed.annotations).toEqual([
      { level: 'error', file: 'uv.lock', line: 30, title: `lockstep no-distribution: ${shown.replace(/\n/g, ' ')} 1%2C0 [${T1}]`, message: `no wheel for ${shown}` },
    ]);
    // The summary line carries nothing from the lock (the runner still scans plain lines for `##[`).
    expect(lines[1]).not.toContain('demo');
  });

  it('prints only the summary when there is nothing to say', () => {
    expect(renderGithub(report([]), '')).toBe('lockstep check: 1 target(s), 0 error(s), 0 warning(s)\n');
  });
});

describe('--format github on many targets', () => {
  it('gives a problem that holds on several targets one annotation that names them', () => {
    const on = (target: string): Finding => ({ code: 'sdist-build', severity: 'warning', package: 'markupsafe', version: '2.1.5', target, message: `markupsafe 2.1.5 has no wheel for ${target}`, file: 'uv.lock', line: 210 });
    const other: Finding = { code: 'sdist-build', severity: 'warning', package: 'pyyaml', version: '6.0.2', target: 'cp314-x86_64-manylinux_2_28', message: 'pyyaml', file: 'uv.lock', line: 313 };
    const out = renderGithub(report([on('cp313-x86_64-manylinux_2_28'), other, on('cp314-x86_64-manylinux_2_28'), on('cp314-aarch64-apple-darwin')]), '');
    expect(parseWorkflowCommands(out).annotations).toEqual([
      { level: 'warning', file: 'uv.lock', line: 210, title: 'lockstep sdist-build: markupsafe 2.1.5 [3 targets]', message: 'markupsafe 2.1.5 has no wheel for cp313-x86_64-manylinux_2_28\nAlso on cp314-aarch64-apple-darwin, cp314-x86_64-manylinux_2_28.' },
      { level: 'warning', file: 'uv.lock', line: 313, title: 'lockstep sdist-build: pyyaml 6.0.2 [cp314-x86_64-manylinux_2_28]', message: 'pyyaml' },
    ]);
    // The summary still counts findings, as every other format does.
    expect(out.trimEnd().split('\n').at(-1)).toBe('lockstep check: 1 target(s), 0 error(s), 4 warning(s)');
  });
});

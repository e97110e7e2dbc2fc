// `--format sarif` as code scanning reads it: one rule per finding code (with help), one result per
// finding on its file and line as seen from the repository root. The schema and Microsoft's own
// validator are exercised on real corpus output in __tests__/cli/sarif.test.ts.
import { describe, expect, it } from '@jest/globals';
import { FINDING_HELP } from '../../../src/core/finding-help.js';
import type { Finding } from '../../../src/core/findings.js';
import type { CheckReport } from '../../../src/core/matrix/types.js';
import { reportWithFindings, T1 } from './report-fixture.js';
import { toSarif } from '../../../src/core/report/index.js';

const report = (findings: Finding[]): CheckReport => reportWithFindings(findings);

interface SarifRun {
  tool: { driver: { name: string; version: string; rules: { id: string; name: string; help: { text: string }; shortDescription: { text: string } }[] } };
  originalUriBaseIds?: Record<string, { uri: string }>;
  results: {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn?: number } } }[];
    properties: Record<string, string>;
  }[];
}

function run(findings: Finding[], projectDir = ''): SarifRun {
  const log = toSarif(report(findings), { version: '1.2.3', homepage: 'https://example.test/lockstep', projectDir, srcRoot: 'file:///repo/' }) as { version: string; runs: SarifRun[] };
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

const fasttext: Finding = { code: 'sdist-build', severity: 'error', package: 'fasttext', version: '0.9.3', target: T1, message: 'fasttext 0.9.3 would build from its sdist. Use fasttext-wheel', file: 'uv.lock', line: 20 };

describe('SARIF rules', () => {
  it('lists every finding code once, with its help text', () => {
    const rules = run([]).tool.driver.rules;
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(FINDING_HELP).sort());
    for (const rule of rules) {
      expect(rule.help.text.length).toBeGreaterThan(40);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    expect(rules.find((r) => r.id === 'lock-stale')!.help.text).toContain('uv lock');
  });

  it('names the tool and its version', () => {
    expect(run([]).tool.driver).toMatchObject({ name: 'lockstep', version: '1.2.3' });
  });
});

describe('SARIF results', () => {
  it('gives each finding its rule, level, message and line', () => {
    const notice: Finding = { code: 'legacy-metadata', severity: 'notice', message: 'requirements.txt beside pyproject.toml', file: 'requirements.txt' };
    const warning: Finding = { code: 'unpinned-dependency', severity: 'warning', package: 'numpy', message: 'numpy>=2 is not pinned', file: 'pyproject.toml', line: 7, column: 5 };
    const r = run([notice, warning, fasttext]);
    const rules = r.tool.driver.rules;
    // Errors first, like every other format.
    expect(r.results.map((x) => [x.ruleId, x.level])).toEqual([['sdist-build', 'error'], ['unpinned-dependency', 'warning'], ['legacy-metadata', 'note']]);
    for (const x of r.results) expect(rules[x.ruleIndex]!.id).toBe(x.ruleId);
    expect(r.results[0]!.message.text).toBe(`fasttext 0.9.3: ${fasttext.message} (target ${T1}).`);
    expect(r.results[0]!.properties).toEqual({ package: 'fasttext', version: '0.9.3', target: T1 });
    expect(r.results[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'uv.lock', uriBaseId: 'SRCROOT' }, region: { startLine: 20 } });
    expect(r.results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 5 });
    // A whole-file finding sits on line 1 of its file.
    expect(r.results[2]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('locates files from the repository root when the project is in a subdirectory', () => {
    const gitignore: Finding = { code: 'lock-untracked', severity: 'warning', message: 'ignored', file: '../.gitignore', line: 3 };
    const r = run([fasttext, gitignore], 'services/api');
    expect(r.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['services/api/uv.lock', 'services/.gitignore']);
    expect(r.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///repo/' } });
  });

  it('puts a finding without a file on the project\'s pyproject.toml', () => {
    const r = run([{ code: 'no-python-version', severity: 'notice', message: 'no .python-version' }], 'app');
    expect(r.results[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'app/pyproject.toml', uriBaseId: 'SRCROOT' }, region: { startLine: 1 } });
  });
});

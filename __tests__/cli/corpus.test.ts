// Sweep: the CLI over every corpus project (/work/shared/corpus) with default targets and with every
// extra, in-process. No crash (exit 0/1 only), no parse-error finding, valid JSON contract.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { CORPUS_DIR } from '../support/fixture-project.js';

const projects = readdirSync(CORPUS_DIR).filter((d) => statSync(path.join(CORPUS_DIR, d)).isDirectory()).sort();

describe('corpus sweep', () => {
  it('finds the corpus', () => expect(projects.length).toBeGreaterThanOrEqual(22));

  it.each(projects.flatMap((p) => [[p, []], [p, ['--all-extras']]] as [string, string[]][]))('%s %j', async (project, extra) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['check', path.join(CORPUS_DIR, project), '--format', 'json', ...extra], {
      stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(),
    });
    // uv refuses `--all-extras` when extras are declared as conflicting (tool.uv.conflicts), and so must we:
    // a usage error (exit 2) that names the conflict, not a crash and not a silently wrong report.
    const pyproject = readFileSync(path.join(CORPUS_DIR, project, 'pyproject.toml'), 'utf8');
    if (extra.includes('--all-extras') && /^\s*\{\s*extra\s*=/m.test(pyproject.split(/^conflicts\s*=/m)[1] ?? '')) {
      expect(code).toBe(2);
      expect(stderr).toMatch(/conflicting/);
      expect(stdout).toBe('');
      return;
    }
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const json = JSON.parse(stdout);
    expect(json.schema).toBe(1);
    expect(json.targets.length).toBeGreaterThan(0);
    expect(json.findings.filter((f: { code: string }) => f.code === 'parse-error')).toEqual([]);
    for (const p of json.packages) for (const t of json.targets) expect(p.verdicts[t.id]).toBeDefined();
  });
});

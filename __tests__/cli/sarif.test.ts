// `lockstep check --format sarif` on real projects, validated by Microsoft's own SARIF validator
// (`@microsoft/sarif-multitool`, a devDependency): the 2.1.0 schema plus its SARIF rules. The
// validator exits 0 even when it reports errors, so its report is read; a broken log proves it looks.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { CORPUS_DIR, PIXI_CORPUS_DIR, cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';
import { REPO_ROOT } from '../support/uv-binary.js';

afterAll(() => cleanupTempDirs());

const MULTITOOL = path.join(REPO_ROOT, 'node_modules', '.bin', 'sarif-multitool');

/** The validator's report on `files`: the lines it prints per problem, by level. */
function validate(files: string[]): { errors: string[]; warnings: string[]; output: string } {
  // Invariant globalization: the validator is a .NET program, and a bare runner may lack libicu.
  const r = spawnSync(MULTITOOL, ['validate', ...files], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 60_000 });
  const output = `${r.stdout}${r.stderr}`;
  expect(output).toContain(`Done. ${files.length} files scanned.`);
  const lines = output.split('\n');
  return { errors: lines.filter((l) => /\): error [A-Z]+\d+:/.test(l)), warnings: lines.filter((l) => /\): warning [A-Z]+\d+:/.test(l)), output };
}

async function sarifOf(argv: string[], cwd: string): Promise<{ code: number; log: any; text: string }> {
  let text = '';
  const code = await runCli(['check', ...argv, '--format', 'sarif'], { stdout: (t) => (text += t), stderr: () => undefined, cwd });
  return { code, log: JSON.parse(text), text };
}

const PROJECTS = ['stanford-cs336__assignment5-alignment', 'allenai__open-instruct', 'astral-sh__uv-fastapi-example', 'NVIDIA-NeMo__RL'];

describe('lockstep check --format sarif', () => {
  const files: string[] = [];
  const logs: Record<string, any> = {};

  beforeAll(async () => {
    const dir = makeTempDir('sarif');
    for (const name of PROJECTS) {
      const { log, text } = await sarifOf([name], CORPUS_DIR);
      logs[name] = log;
      files.push(path.join(dir, `${name}.sarif`));
      writeFileSync(files.at(-1)!, text);
    }
    // A pixi project: its findings sit on pixi.toml / pixi.lock.
    const pixi = await sarifOf(['218OSCAR__adaptive_compliance_policy'], PIXI_CORPUS_DIR);
    logs.pixi = pixi.log;
    files.push(path.join(dir, 'pixi.sarif'));
    writeFileSync(files.at(-1)!, pixi.text);
    // A parse error: the result points at the broken line.
    const broken = makeProject({ 'pyproject.toml': '[project]\nname = "x"\nversion = "0.1.0"\ndependencies = ["numpy==2.2.6"\n', 'uv.lock': 'version = 1\n' });
    const { code, log, text } = await sarifOf([broken], broken);
    expect(code).toBe(1);
    logs.broken = log;
    files.push(path.join(dir, 'broken.sarif'));
    writeFileSync(files.at(-1)!, text);
  });

  it('passes Microsoft\'s SARIF validator with no error', () => {
    const report = validate(files);
    expect(report.errors).toEqual([]);
  });

  it('the validator does report errors (so the check above can fail)', () => {
    const bad = path.join(makeTempDir('sarif-bad'), 'bad.sarif');
    const log = structuredClone(logs['allenai__open-instruct']);
    delete log.runs[0].tool.driver.name;
    log.runs[0].results[0].level = 'fatal';
    writeFileSync(bad, JSON.stringify(log));
    const report = validate([bad]);
    expect(report.errors.join('\n')).toMatch(/'name' is missing[\s\S]*does not match any of the enum values/);
  });

  it('has one result per finding, located relative to the directory lockstep ran in', async () => {
    let json = '';
    await runCli(['check', 'allenai__open-instruct', '--format', 'json'], { stdout: (t) => (json += t), stderr: () => undefined, cwd: CORPUS_DIR });
    const findings = JSON.parse(json).findings as { code: string; severity: string; file: string | null; line: number | null }[];
    const results = logs['allenai__open-instruct'].runs[0].results as any[];
    expect(results.length).toBe(findings.length);
    const level = { error: 'error', warning: 'warning', notice: 'note' } as Record<string, string>;
    expect(results.map((r) => r.level).sort()).toEqual(findings.map((f) => level[f.severity]).sort());
    const key = (code: string, uri: string, line: number) => `${code} ${uri}:${line}`;
    expect(results.map((r) => key(r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine)).sort()).toEqual(
      findings.map((f) => key(f.code, `allenai__open-instruct/${f.file ?? 'pyproject.toml'}`, f.line ?? 1)).sort(),
    );
    expect(logs['allenai__open-instruct'].runs[0].originalUriBaseIds.SRCROOT.uri).toBe(`file://${CORPUS_DIR}/`);
  });

  it('locates a pixi project\'s findings on its manifest and lock', () => {
    const uris = new Set((logs.pixi.runs[0].results as any[]).map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris.size).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toMatch(/^218OSCAR__adaptive_compliance_policy\/pixi\.(toml|lock)$/);
  });

  it('points a parse error at its line and exits 1', async () => {
    const results = logs.broken.runs[0].results as any[];
    const parse = results.find((r) => r.ruleId === 'parse-error');
    expect(parse.level).toBe('error');
    expect(parse.locations[0].physicalLocation.artifactLocation.uri).toBe('pyproject.toml');
    expect(parse.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(4);
  });
});

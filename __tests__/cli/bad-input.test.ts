// Bad input never crashes `lockstep check`: each case ends with exit ≤ 2, a message that names the file,
// and no stack trace (issue 11, item 8). Runs the CLI in-process (the same code the bundle runs).
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { cleanupTempDirs, makeProject } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

async function check(dir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(['check', dir, ...args], { stdout: (t) => (out += t), stderr: (t) => (out += t), cwd: dir });
  return { code, out };
}

const PYPROJECT = '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["torch==2.5.1"]\n';
function lockWith(torchWheelUrl: string): string {
  return [
    'version = 1', 'revision = 3', 'requires-python = ">=3.11"', '',
    '[[package]]', 'name = "demo"', 'version = "0.1.0"', 'source = { virtual = "." }', 'dependencies = [', '    { name = "torch" },', ']', '',
    '[package.metadata]', 'requires-dist = [{ name = "torch", specifier = "==2.5.1" }]', '',
    '[[package]]', 'name = "torch"', 'version = "2.5.1"', 'source = { registry = "https://pypi.org/simple" }',
    `wheels = [{ url = "${torchWheelUrl}", hash = "sha256:${'a'.repeat(64)}", size = 1 }]`, '',
  ].join('\n');
}

function expectClean(result: { code: number; out: string }): void {
  expect(result.code).toBeLessThanOrEqual(2);
  expect(result.out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|URIError|RangeError|EISDIR|TypeError/);
}

describe('lockstep check on hostile or broken project files', () => {
  it('a wheel URL with malformed percent-encoding is judged, not a URIError', async () => {
    const dir = makeProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': lockWith('https://example.org/whl/torch-2.5.1%E0%A4%A-cp311-cp311-manylinux_2_17_x86_64.whl') });
    const result = await check(dir, '--python', '3.11', '--platform', 'x86_64-manylinux_2_28');
    expectClean(result);
  });

  it('a uv.lock nested 4,000 deep is a parse error on its line', async () => {
    const deep = `version = 1\nrequires-python = ">=3.11"\nx = ${'['.repeat(4000)}${']'.repeat(4000)}\n`;
    const dir = makeProject({ 'pyproject.toml': PYPROJECT, 'uv.lock': deep });
    const result = await check(dir, '--format', 'json');
    expectClean(result);
    const report = JSON.parse(result.out) as { findings: { code: string; file: string; line?: number; message: string }[] };
    const parseErrors = report.findings.filter((f) => f.code === 'parse-error');
    expect(parseErrors).toEqual([expect.objectContaining({ file: 'uv.lock', line: 3 })]);
    expect(parseErrors[0]!.message).toMatch(/nested/);
  });

  it.each([
    ['pyproject.toml', 'directory'],
    ['uv.lock', 'directory'],
    ['uv.lock', 'FIFO'],
    ['pyproject.toml', 'FIFO'],
  ])('%s as a %s: exit 2 naming the file, no hang', async (name, kind) => {
    const dir = makeProject({ ...(name === 'pyproject.toml' ? { 'uv.lock': lockWith('https://example.org/torch-2.5.1-py3-none-any.whl') } : { 'pyproject.toml': PYPROJECT }) });
    if (kind === 'directory') mkdirSync(path.join(dir, name));
    else execFileSync('mkfifo', [path.join(dir, name)]);
    const result = await check(dir);
    expectClean(result);
    expect(result.code).toBe(2);
    expect(result.out).toContain(`${name} is a ${kind === 'FIFO' ? 'FIFO (named pipe)' : 'directory'}, not a regular file`);
  });
});

describe('one unparseable requirement costs that requirement, not the report', () => {
  it('reports a parse-error on its line and still judges the rest', async () => {
    const pyproject = '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [\n  "torch==2.5.1",\n  "pandas==2 .3.2",\n]\n';
    const dir = makeProject({ 'pyproject.toml': pyproject, 'uv.lock': lockWith('https://example.org/torch-2.5.1-py3-none-any.whl') });
    const result = await check(dir, '--python', '3.11', '--platform', 'linux', '--format', 'json');
    expectClean(result);
    const report = JSON.parse(result.out) as { project: { packageCount: number }; findings: { code: string; line?: number; message: string }[] };
    expect(report.project.packageCount).toBe(2);
    const errors = report.findings.filter((f) => f.code === 'parse-error');
    expect(errors).toEqual([expect.objectContaining({ line: 7, message: expect.stringContaining('no whitespace inside a version') })]);
    expect(report.findings.filter((f) => f.code === 'lock-stale')).toEqual([]);
  });
});

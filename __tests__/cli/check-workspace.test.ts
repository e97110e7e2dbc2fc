// `lockstep check MEMBER_DIR` in a uv workspace: the workspace's uv.lock is checked (as uv locks it),
// and a member's stale requirement is reported on the member's pyproject.toml line.
import { afterAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { cleanupTempDirs, makeProject } from '../support/fixture-project.js';
import { uvBinaryPath } from '../support/uv-binary.js';

afterAll(() => cleanupTempDirs());

const project = (name: string, deps: string[], extra = '') =>
  `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = [${deps.map((d) => JSON.stringify(d)).join(', ')}]\n${extra}`;

it('checks a workspace member against the workspace lock and annotates the member line', async () => {
  const root = makeProject({
    'pyproject.toml': project('mono', [], '[tool.uv.workspace]\nmembers = ["packages/*"]\n'),
    'packages/app/pyproject.toml': project('app', ['lib'], '[tool.uv.sources]\nlib = { workspace = true }\n'),
    'packages/lib/pyproject.toml': project('lib', []),
  });
  execFileSync(uvBinaryPath(), ['lock', '--offline'], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, UV_NO_CONFIG: '1', UV_PYTHON_DOWNLOADS: 'never' }, stdio: 'pipe' });
  const run = async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['check', path.join(root, 'packages', 'app'), '--format', 'json'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root });
    return { code, stderr, report: JSON.parse(stdout) as { findings: { code: string; file?: string; line?: number }[] } };
  };
  const clean = await run();
  expect(clean.stderr).toContain("packages/app is a member of the uv workspace at .: checking the workspace's uv.lock");
  expect(clean.report.findings.filter((f) => f.code === 'lock-stale')).toEqual([]);

  const edited = project('app', ['lib', 'tiny-extra==1.0'], '[tool.uv.sources]\nlib = { workspace = true }\n');
  writeFileSync(path.join(root, 'packages', 'app', 'pyproject.toml'), edited);
  const stale = await run();
  const line = edited.split('\n').findIndex((l) => l.includes('tiny-extra')) + 1;
  expect(stale.code).toBe(1);
  expect(stale.report.findings).toContainEqual(expect.objectContaining({ code: 'lock-stale', file: 'packages/app/pyproject.toml', line }));
});

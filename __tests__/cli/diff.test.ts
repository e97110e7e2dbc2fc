// `lockstep diff` in-process (runCli): two project directories, or two git revisions of a project in a
// real git repository (--project), in text, JSON and Markdown; exit codes 0 / 1 / 2.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/uv-binary.js';
import { bundleEntry } from '../support/verify-fixtures.js';
import { runCli } from '../../src/cli/main.js';
import { cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';
import { CUBLAS_CU11, CUBLAS_CU12, FASTTEXT, FASTTEXT_WHEEL, handMadeProject, ProjectRepo, TORCH_CU124, TQDM, type Dist } from '../core/review/projects.js';

afterAll(() => cleanupTempDirs());

async function cli(argv: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const TARGETS = ['--python', '3.11,3.12', '--platform', 'x86_64-manylinux_2_28'];
const dir = (dists: Dist[]) => makeProject(handMadeProject(dists));
const inSubfolder = (dists: Dist[]) => Object.fromEntries(Object.entries(handMadeProject(dists)).map(([f, t]) => [`py/${f}`, t]));

describe('lockstep diff DIR DIR', () => {
  it('exits 1 and names fasttext with the fasttext-wheel suggestion when the head adds it', async () => {
    const r = await cli(['diff', dir([TQDM]), dir([TQDM, FASTTEXT]), ...TARGETS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+sdist-build\s+fasttext 0\.9\.3 \[all 2 targets\]/);
    expect(r.stdout).toContain('fasttext-wheel==0.9.2');
    expect(r.stdout).toContain('+ fasttext 0.9.3');
  });

  it('JSON: the schema-1 contract with findings as `lockstep check` prints them', async () => {
    const head = dir([TQDM, FASTTEXT]);
    const r = await cli(['diff', dir([TQDM]), head, ...TARGETS, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const checked = JSON.parse((await cli(['check', head, ...TARGETS, '--format', 'json'])).stdout);
    expect(json).toEqual({
      schema: 1,
      introduced: checked.findings.filter((f: { code: string }) => f.code === 'sdist-build'),
      resolved: [],
      stillFailing: [],
      targets: { added: [], removed: [], requiresPython: null },
      lock: { added: [{ name: 'fasttext', version: '0.9.3', source: 'registry+https://pypi.org/simple' }], removed: [], changed: [] },
    });
    expect(json.introduced[0]).toMatchObject({ code: 'sdist-build', severity: 'error', package: 'fasttext', target: null, file: 'uv.lock' });
  });

  it('exits 0 for a fix, listing what it resolves; Markdown has the table-less "nothing introduced" verdict', async () => {
    const r = await cli(['diff', dir([TQDM, FASTTEXT]), dir([TQDM, FASTTEXT_WHEEL]), ...TARGETS, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.introduced).toEqual([]);
    expect(json.resolved.map((f: { code: string; package: string }) => [f.code, f.package])).toEqual([['sdist-build', 'fasttext']]);
    const md = await cli(['diff', dir([TQDM, FASTTEXT]), dir([TQDM, FASTTEXT_WHEEL]), ...TARGETS, '--format', 'markdown']);
    expect(md.stdout).toContain('✅ **Nothing introduced**');
    expect(md.stdout).toContain('**Resolved by this pull request**');
    expect(md.stdout).not.toContain('<!-- lockstep:review -->');
  });

  it('torch +cu124 next to nvidia-cublas-cu11 is a cuda-mismatch error', async () => {
    const r = await cli(['diff', dir([TORCH_CU124, CUBLAS_CU12]), dir([TORCH_CU124, CUBLAS_CU11]), ...TARGETS, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.introduced.map((f: { code: string; package: string; target: string }) => [f.code, f.package, f.target])).toEqual([
      ['cuda-mismatch', 'nvidia-cublas-cu11', 'cp311-x86_64-manylinux_2_28'],
      ['cuda-mismatch', 'nvidia-cublas-cu11', 'cp312-x86_64-manylinux_2_28'],
    ]);
  });
});

describe('lockstep diff REV REV --project DIR', () => {
  it('reads both revisions with git show from a project in a subfolder (the work tree is not used)', async () => {
    const repo = new ProjectRepo('diff-repo');
    const base = repo.commit(inSubfolder([TQDM]), 'base');
    const broken = repo.commit(inSubfolder([TQDM, FASTTEXT]), 'add fasttext');
    const fixed = repo.commit(inSubfolder([TQDM, FASTTEXT_WHEEL]), 'fix');
    // The checked-out files differ from every revision compared: they must not be read.
    repo.write('py/uv.lock', 'this is not TOML [');

    const r = await cli(['diff', base, broken, '--project', 'py', ...TARGETS, '--format', 'json'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).introduced.map((f: { package: string }) => f.package)).toEqual(['fasttext']);

    const ok = await cli(['diff', 'HEAD~2', 'HEAD', '--project', `${repo.dir}/py`, ...TARGETS]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('No new source builds');
    expect(ok.stdout).toContain('+ fasttext-wheel 0.9.2');
    expect(fixed).toMatch(/^[0-9a-f]{40}$/);
  });

  it('from a uv workspace member (NVIDIA-NeMo/RL excerpt): compares the root uv.lock, the member finding on its line', async () => {
    const repo = new ProjectRepo('diff-ws');
    cpSync(path.join(REPO_ROOT, '__tests__', 'fixtures', 'nemo-rl-workspace'), repo.dir, { recursive: true });
    const base = repo.commit({}, 'NeMo RL excerpt');
    const member = 'research/template_project/pyproject.toml';
    const edited = repo.read(member).replace('dependencies = ["nemo-rl"]', 'dependencies = ["nemo-rl", "einops==0.8.1"]');
    const head = repo.commit({ [member]: edited }, 'template project needs einops');
    const r = await cli(['diff', base, head, '--project', 'research/template_project', '--python', '3.13', '--platform', 'x86_64-manylinux_2_28', '--format', 'json'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const line = edited.split('\n').findIndex((l) => l.includes('einops')) + 1;
    expect(JSON.parse(r.stdout).introduced).toEqual([expect.objectContaining({ code: 'lock-stale', package: 'einops', file: member, line })]);
    // Two member folders on disk compare their workspaces the same way.
    const [baseDir, headDir] = [base, head].map((rev) => {
      const dir = makeTempDir('diff-ws-side');
      execFileSync('sh', ['-c', `git -C "${repo.dir}" archive ${rev} | tar -x -C "${dir}"`]);
      return path.join(dir, 'research', 'template_project');
    });
    const dirs = await cli(['diff', baseDir!, headDir!, '--python', '3.13', '--platform', 'x86_64-manylinux_2_28', '--format', 'json']);
    expect(JSON.parse(dirs.stdout).introduced).toEqual(JSON.parse(r.stdout).introduced);
  });

  it('exit 2 with a clear message for a revision that does not exist, a missing project, or bad usage', async () => {
    const repo = new ProjectRepo('diff-repo');
    const base = repo.commit(handMadeProject([TQDM]), 'base');
    const bad = await cli(['diff', base, 'no-such-branch', '--project', repo.dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-branch: no such revision');
    const option = await cli(['diff', base, '--upload-pack=touch /tmp/x', '--project', repo.dir]);
    expect(option.code).toBe(2);
    const missing = await cli(['diff', base, base, '--project', `${repo.dir}/nowhere`]);
    expect(missing.code).toBe(2);
    expect((await cli(['diff', dir([TQDM])])).code).toBe(2);
    expect((await cli(['diff', dir([TQDM]), dir([TQDM]), '--format', 'xml'])).stderr).toContain('--format xml: expected one of text, json, markdown');
    expect((await cli(['diff', dir([TQDM]), dir([TQDM]), '--platform', 'mars'])).code).toBe(2);
  });
});

describe('the bundled CLI', () => {
  it('runs `lockstep diff` as a real process with the same exit code and JSON', async () => {
    const cliJs = await bundleEntry('cli');
    const base = dir([TQDM]);
    const head = dir([TQDM, FASTTEXT]);
    const child = spawnSync(process.execPath, [cliJs, 'diff', base, head, ...TARGETS, '--format', 'json'], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
    expect(child.stdout).toBe((await cli(['diff', base, head, ...TARGETS, '--format', 'json'])).stdout);
  });
});

// `lockstep check` on pixi projects, in-process: the corpus sweep (no crash, no parse error, the JSON
// contract), selection flags, exit codes, and a project with both uv.lock and pixi.lock.
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { cleanupTempDirs, copyCorpusProject, makeProject, PIXI_CORPUS_DIR, writeFiles } from '../support/fixture-project.js';
import { unwrapText } from '../support/cli-run.js';
import { commitFiles, initGitRepo } from '../support/git-repo.js';

afterAll(cleanupTempDirs);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stdout, stderr };
}

const projects = readdirSync(PIXI_CORPUS_DIR).filter((d) => existsSync(path.join(PIXI_CORPUS_DIR, d, 'pixi.lock'))).sort();
const CUPY = 'matthewfeickert-talks__reproducible-cuda-workflows-with-pixi-scipy-2026__book_code_cupy-example';

describe('lockstep check on the pixi corpus', () => {
  it.each(projects)('%s', async (project) => {
    const r = await cli(['check', path.join(PIXI_CORPUS_DIR, project), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe(1);
    expect(json.targets.length).toBeGreaterThan(0);
    for (const t of json.targets) expect(t.id).toBe(`${t.environment}-${t.platform}`);
    expect(json.findings.filter((f: { code: string }) => f.code === 'parse-error')).toEqual([]);
    // Exit status follows the findings, as for uv.lock.
    expect(r.code).toBe(json.findings.some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
  });
});

describe('lockstep check options on pixi projects', () => {
  it('--environment and --platform select targets; text shows conda counts', async () => {
    const r = await cli(['check', path.join(PIXI_CORPUS_DIR, 'probcomp__genjax'), '--environment', 'cuda', '--platform', 'linux-64']);
    expect(r.stdout).toMatch(/^ {2}cuda-linux-64: \d+ conda, \d+ wheel, 0 sdist, 0 missing, \d+ source, \d+ not needed$/m);
    expect(r.stdout).not.toMatch(/osx-arm64:/);
  });

  it('an unknown environment or platform is a usage error (exit 2) listing what exists', async () => {
    const env = await cli(['check', path.join(PIXI_CORPUS_DIR, CUPY), '--environment', 'gpu']);
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/environment `gpu` not in pixi\.lock[\s\S]*Environments in pixi\.lock: default/);
    const platform = await cli(['check', path.join(PIXI_CORPUS_DIR, CUPY), '--platform', 'osx-arm64']);
    expect(platform.code).toBe(2);
    expect(platform.stderr).toMatch(/p1 \(linux-64, cuda 12\)/);
  });

  it('--environment on a uv-only project is a usage error', async () => {
    const dir = copyCorpusProject('stanford-cs336__assignment5-alignment');
    const r = await cli(['check', dir, '--environment', 'default']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--environment applies to pixi projects/);
  });

  it('a newer lock format is a clear error, not a guess (exit 2)', async () => {
    const dir = copyCorpusProject('stanford-cs336__assignment5-alignment');
    cpSync(path.join(PIXI_CORPUS_DIR, CUPY, 'pixi.toml'), path.join(dir, 'pixi.toml'));
    writeFiles(dir, { 'pixi.lock': readFileSync(path.join(PIXI_CORPUS_DIR, CUPY, 'pixi.lock'), 'utf8').replace(/^version: 7/, 'version: 9') });
    const r = await cli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pixi\.lock:1: pixi\.lock is lock format version 9, but lockstep reads versions 4 to 7/);
  });

  it('with both uv.lock and pixi.lock, both are checked and each finding names its lock', async () => {
    const dir = copyCorpusProject('stanford-cs336__assignment5-alignment');
    for (const f of ['pixi.toml', 'pixi.lock']) cpSync(path.join(PIXI_CORPUS_DIR, CUPY, f), path.join(dir, f));
    const r = await cli(['check', dir, '--format', 'json']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    const locks = new Set(json.targets.map((t: { lock: string }) => t.lock));
    expect(locks).toEqual(new Set(['uv.lock', 'pixi.lock']));
    const lockFindings = json.findings.filter((f: { file: string | null }) => f.file === 'uv.lock' || f.file === 'pixi.lock' || f.file === 'pixi.toml');
    expect(lockFindings.length).toBeGreaterThan(0);
    for (const f of lockFindings) expect(['uv.lock', 'pixi.lock']).toContain(f.lock);
    expect(json.findings.some((f: { lock?: string }) => f.lock === 'pixi.lock')).toBe(true);
    const text = await cli(['check', dir]);
    expect(text.stdout).toMatch(/^pixi\.toml:\d+(:\d+)?: \(pixi\.lock\) warning unpinned-dependency/m);
  });
});

describe('hygiene on pixi projects', () => {
  it('lock-untracked names pixi.lock when git does not track it, and goes once it is committed', async () => {
    const dir = makeProject({
      'pixi.toml': readFileSync(path.join(PIXI_CORPUS_DIR, CUPY, 'pixi.toml'), 'utf8'),
      'pixi.lock': readFileSync(path.join(PIXI_CORPUS_DIR, CUPY, 'pixi.lock'), 'utf8'),
    });
    initGitRepo(dir);
    commitFiles(dir, ['pixi.toml']);
    const untracked = await cli(['check', dir]);
    expect(unwrapText(untracked.stdout)).toMatch(/^pixi\.lock: warning lock-untracked: pixi\.lock is not tracked by git.*`git add pixi\.lock`/m);
    commitFiles(dir, ['pixi.lock']);
    expect((await cli(['check', dir])).stdout).not.toMatch(/lock-untracked/);
  });
});

describe('lockstep diff on pixi projects', () => {
  const GAUSS = '6cyc6__gausstwin';
  const copyPixi = (project: string, edit: (lock: string) => string = (l) => l): string => {
    const dir = copyCorpusProject('stanford-cs336__assignment5-alignment');
    // A pixi-only folder: drop the uv files the helper copied.
    writeFiles(dir, { 'pixi.toml': readFileSync(path.join(PIXI_CORPUS_DIR, project, 'pixi.toml'), 'utf8'), 'pixi.lock': edit(readFileSync(path.join(PIXI_CORPUS_DIR, project, 'pixi.lock'), 'utf8')) });
    rmSync(path.join(dir, 'uv.lock'));
    rmSync(path.join(dir, 'pyproject.toml'));
    return dir;
  };

  it('introduced problems and the lock diff per environment', async () => {
    const base = copyPixi(GAUSS);
    // The head re-locks torch to 2.7.0 without changing the manifest's `torch == 2.6.0`.
    const head = copyPixi(GAUSS, (l) => l.replace(/(\n  name: torch\n  version: )2\.6\.0\+cu124/, '$12.7.0+cu124'));
    const r = await cli(['diff', base, head, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.introduced.map((f: { code: string; package: string }) => `${f.code} ${f.package}`)).toEqual(['lock-stale torch']);
    expect(json.lock.changed).toEqual([expect.objectContaining({ name: 'torch', from: '2.6.0+cu124', to: '2.7.0+cu124', direction: 'upgraded', environment: 'default' })]);
    const md = await cli(['diff', base, head, '--format', 'markdown']);
    // Markdown-escaped as the comment shows it.
    expect(md.stdout).toContain('stale lock: pixi\\.lock is out of date\\: torch ==2\\.6\\.0');
    expect(md.stdout).toContain('Run `pixi lock` and commit the updated pixi\\.lock');
    expect(md.stdout).toContain('| ⬆️ upgraded | torch \\(default\\) | 2\\.6\\.0+cu124 | 2\\.7\\.0+cu124 |');
  });

  it('nothing changed: no problems, no lock changes', async () => {
    const r = await cli(['diff', copyPixi(CUPY), copyPixi(CUPY), '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No package was added, removed or changed in pixi.lock.');
  });
});

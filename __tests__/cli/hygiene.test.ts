// `lockstep check` hygiene findings end to end: hand-made fixture projects (temp dirs, real git), one per
// code, plus a clean project that must report nothing. The six 1.17.0 lock entry is copied from
// /work/shared/corpus/EdanToledo__Stoix/uv.lock.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { unwrapText } from '../support/cli-run.js';
import { commitFiles, initGitRepo, outsideAnyRepo } from '../support/git-repo.js';
import { cleanupTempDirs, makeProject, makeTempDir, writeFiles } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

const TARGET = ['--python', '3.12', '--platform', 'x86_64-manylinux_2_28'];

const PYPROJECT = '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["six==1.17.0"]\n';
const LOCK = [
  'version = 1', 'revision = 3', 'requires-python = ">=3.11"', '',
  '[[package]]', 'name = "demo"', 'version = "0.1.0"', 'source = { virtual = "." }', 'dependencies = [', '    { name = "six" },', ']', '',
  '[package.metadata]', 'requires-dist = [{ name = "six", specifier = "==1.17.0" }]', '',
  '[[package]]', 'name = "six"', 'version = "1.17.0"', 'source = { registry = "https://pypi.org/simple" }',
  'sdist = { url = "https://files.pythonhosted.org/packages/94/e7/b2c673351809dca68a0e064b6af791aa332cf192da575fd474ed7d6f16a2/six-1.17.0.tar.gz", hash = "sha256:ff70335d468e7eb6ec65b95b99d3a2836546063f63acc5171de367e834932a81", size = 34031, upload-time = "2024-12-04T17:35:28.174Z" }',
  'wheels = [',
  '    { url = "https://files.pythonhosted.org/packages/b7/ce/149a00dd41f10bc29e5921b496af8b574d8413afcd5e30dfa0ed46c2cc5e/six-1.17.0-py2.py3-none-any.whl", hash = "sha256:4721f391ed90541fddacab5acf947aa0d3dc7d27b2e1e8eda2be8970586c3274", size = 11050, upload-time = "2024-12-04T17:35:26.475Z" },',
  ']', '',
].join('\n');

/** The JSON contract's finding keys (src/core/report/json.ts); hygiene findings must have exactly these. */
const FINDING_KEYS = ['code', 'severity', 'package', 'version', 'target', 'message', 'file', 'line', 'provenance', 'related'];

interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
}

/**
 * A project that follows every rule, committed to its own git repository. `files` adds or replaces
 * files (null deletes one) before the commit; `commit` says which files to commit.
 */
function fixture(files: Record<string, string | null> = {}, options: { git?: boolean; commit?: string[] } = {}): string {
  const base: Record<string, string | null> = { 'pyproject.toml': PYPROJECT, 'uv.lock': LOCK, '.python-version': '3.12\n', '.gitignore': '.venv/\n', ...files };
  const dir = makeProject(Object.fromEntries(Object.entries(base).filter((e): e is [string, string] => e[1] !== null)), 'hygiene');
  if (options.git !== false) {
    initGitRepo(dir);
    commitFiles(dir, options.commit ?? Object.keys(base).filter((f) => base[f] !== null));
  }
  return dir;
}

/** Runs `lockstep check` with UV_PROJECT_ENVIRONMENT as given (unset by default, whatever the shell had). */
async function check(dir: string, args: string[] = [], env: { UV_PROJECT_ENVIRONMENT?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const saved = process.env.UV_PROJECT_ENVIRONMENT;
  if (env.UV_PROJECT_ENVIRONMENT === undefined) delete process.env.UV_PROJECT_ENVIRONMENT;
  else process.env.UV_PROJECT_ENVIRONMENT = env.UV_PROJECT_ENVIRONMENT;
  let stdout = '';
  let stderr = '';
  try {
    const code = await runCli(['check', dir, ...TARGET, ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
    return { code, stdout, stderr };
  } finally {
    if (saved === undefined) delete process.env.UV_PROJECT_ENVIRONMENT;
    else process.env.UV_PROJECT_ENVIRONMENT = saved;
  }
}

async function jsonFindings(dir: string, env: { UV_PROJECT_ENVIRONMENT?: string } = {}): Promise<JsonFinding[]> {
  const r = await check(dir, ['--format', 'json'], env);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

describe('lockstep check: project hygiene', () => {
  it('reports nothing for a project that follows every rule', async () => {
    const dir = fixture();
    const r = await check(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cp312-x86_64-manylinux_2_28: 1 wheel');
    expect(r.stdout).toMatch(/0 error\(s\), 0 warning\(s\)\n$/);
    expect(await jsonFindings(dir)).toEqual([]);
  });

  it('legacy-metadata: requirements.txt, setup.py and the metadata in setup.cfg, each with its fix', async () => {
    const dir = fixture({
      'requirements.txt': 'six==1.17.0\n',
      'setup.py': 'from setuptools import setup\nsetup(name="demo")\n',
      'setup.cfg': '[flake8]\nmax-line-length = 100\n[metadata]\nname = demo\n',
    });
    const r = await check(dir);
    expect(r.code).toBe(0);
    expect(unwrapText(r.stdout)).toMatch(/^requirements\.txt: notice legacy-metadata: .*`uv add -r requirements\.txt`, then delete it$/m);
    expect(unwrapText(r.stdout)).toMatch(/^setup\.py: notice legacy-metadata: .*then delete it/m);
    expect(unwrapText(r.stdout)).toMatch(/^setup\.cfg:3: notice legacy-metadata: setup\.cfg declares package metadata \(\[metadata\]\)/m);
    expect((await jsonFindings(dir)).map((f) => f.code)).toEqual(['legacy-metadata', 'legacy-metadata', 'legacy-metadata']);
  });

  it('legacy-metadata: a setup.cfg holding only tool settings is left alone', async () => {
    const dir = fixture({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n' });
    expect(await jsonFindings(dir)).toEqual([]);
  });

  it('no-python-version: suggests the pin requires-python allows', async () => {
    const dir = fixture({ '.python-version': null });
    const findings = await jsonFindings(dir);
    expect(findings).toEqual([expect.objectContaining({ code: 'no-python-version', severity: 'notice', file: null, line: null })]);
    expect(findings[0]!.message).toContain('`uv python pin 3.11` writes .python-version');
  });

  it('lock-untracked: a uv.lock git does not track is a warning, exit still 0', async () => {
    const dir = fixture({}, { commit: ['pyproject.toml', '.python-version', '.gitignore'] });
    const r = await check(dir);
    expect(r.code).toBe(0);
    expect(unwrapText(r.stdout)).toMatch(/^uv\.lock: warning lock-untracked: .*`git add uv\.lock`/m);
    expect(r.stdout).toMatch(/0 error\(s\), 1 warning\(s\)/);
  });

  it('lock-untracked: points at the .gitignore line that ignores uv.lock, in every format', async () => {
    const dir = fixture({ '.gitignore': '.venv/\nuv.lock\n' }, { commit: ['pyproject.toml', '.python-version', '.gitignore'] });
    const text = await check(dir);
    expect(unwrapText(text.stdout)).toMatch(/^\.gitignore:2: warning lock-untracked: uv\.lock is ignored by \.gitignore:2 \(`uv\.lock`\).*remove that line from \.gitignore, then `git add uv\.lock`$/m);
    const [finding] = await jsonFindings(dir);
    expect(finding).toMatchObject({ code: 'lock-untracked', severity: 'warning', file: '.gitignore', line: 2 });
    const md = await check(dir, ['--format', 'markdown']);
    expect(md.stdout).toContain('| ⚠️ | *(project)* | lock not in git: uv\\.lock is ignored by \\.gitignore\\:2 \\(`uv.lock`\\)');
    expect(md.stdout).toMatch(/then `git add uv\.lock` \| `\.gitignore:2` \|$/m);
  });

  it('lock-untracked: not reported when the project is not in a git repository', async () => {
    const dir = fixture({}, { git: false });
    const restore = outsideAnyRepo(dir);
    try {
      expect(await jsonFindings(dir)).toEqual([]);
    } finally {
      restore();
    }
  });

  it('venv-outside-project: UV_PROJECT_ENVIRONMENT outside the project, but not inside it', async () => {
    const dir = fixture();
    const elsewhere = path.join(makeTempDir('venvs'), 'demo');
    const findings = await jsonFindings(dir, { UV_PROJECT_ENVIRONMENT: elsewhere });
    expect(findings).toEqual([expect.objectContaining({ code: 'venv-outside-project', severity: 'notice', file: null })]);
    expect(findings[0]!.message).toContain(`UV_PROJECT_ENVIRONMENT=${elsewhere}`);
    expect(findings[0]!.message).toContain('unset UV_PROJECT_ENVIRONMENT or point it inside the project');
    expect(await jsonFindings(dir, { UV_PROJECT_ENVIRONMENT: '.venv-py312' })).toEqual([]);
  });

  it('venv-outside-project: a .env line that moves the environment, and a .venv symlinked away', async () => {
    const dir = fixture({ '.env': 'WANDB_MODE=offline\nUV_PROJECT_ENVIRONMENT=../venvs/demo\n' });
    expect((await check(dir)).stdout).toMatch(/^\.env:2: notice venv-outside-project: \.env sets UV_PROJECT_ENVIRONMENT=\.\.\/venvs\/demo/m);

    const linked = fixture();
    const scratch = path.join(makeTempDir('scratch'), 'venv');
    mkdirSync(scratch);
    symlinkSync(scratch, path.join(linked, '.venv'));
    const [finding] = await jsonFindings(linked);
    expect(finding).toMatchObject({ code: 'venv-outside-project', file: '.venv' });
    expect(finding!.message).toContain('`rm .venv && uv sync`');
    unlinkSync(path.join(linked, '.venv'));
    expect(await jsonFindings(linked)).toEqual([]);
  });

  it('keeps the JSON contract and groups every code once in Markdown when all rules fire', async () => {
    const dir = fixture(
      { 'requirements.txt': 'six\n', '.python-version': null, 'pyproject.toml': PYPROJECT.replace('"six==1.17.0"', '"six>=1.16"') },
      { commit: ['pyproject.toml'] },
    );
    writeFiles(dir, { '.gitignore': '*.lock\n' });
    const r = await check(dir, ['--format', 'json'], { UV_PROJECT_ENVIRONMENT: '/opt/venv' });
    const findings = (JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }).findings;
    // Engine findings (the loosened pin) and hygiene findings side by side, with the same keys.
    expect(new Set(findings.map((f) => f.code))).toEqual(
      new Set(['unpinned-dependency', 'lock-stale', 'legacy-metadata', 'no-python-version', 'lock-untracked', 'venv-outside-project']),
    );
    for (const f of findings) expect(Object.keys(f)).toEqual(FINDING_KEYS);

    const md = await check(dir, ['--format', 'markdown'], { UV_PROJECT_ENVIRONMENT: '/opt/venv' });
    // One problem row per finding, problem first; labels say what each is.
    const rows = md.stdout.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l));
    expect(rows).toHaveLength(findings.length);
    for (const label of ['legacy metadata: ', 'lock not in git: ', 'venv outside project: ', 'not pinned: ', 'stale lock: ']) {
      expect(rows.filter((r) => r.includes(label))).toHaveLength(1);
    }
    expect(rows.filter((r) => r.startsWith('| ℹ️ | *(project)* | no \\.python-version'))).toHaveLength(1);
  });
});

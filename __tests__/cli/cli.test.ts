// The CLI end to end: `runCli` in-process for exit codes and formats, and the esbuild bundle spawned
// as a real process (shebang first, runs under `node`). Projects are real corpus projects
// (/work/shared/corpus, read-only) plus one hand-made project with an sdist-only fasttext.
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { processIo, runCli } from '../../src/cli/main.js';
import { parseWorkflowCommands } from '../support/action-harness.js';
import { unwrapText } from '../support/cli-run.js';
import { CORPUS_DIR, cleanupTempDirs, makeProject, makeTempDir } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stdout, stderr };
}

const FASTAPI = path.join(CORPUS_DIR, 'astral-sh__uv-fastapi-example');
const CS336_A5 = path.join(CORPUS_DIR, 'stanford-cs336__assignment5-alignment');

/** A minimal project whose only dependency, fasttext 0.9.3, is locked as an sdist (as on PyPI). */
function fasttextProject(): string {
  return makeProject({
    'pyproject.toml': '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["fasttext==0.9.3"]\n',
    'uv.lock': [
      'version = 1', 'revision = 3', 'requires-python = ">=3.11"', '',
      '[[package]]', 'name = "demo"', 'version = "0.1.0"', 'source = { virtual = "." }', 'dependencies = [', '    { name = "fasttext" },', ']', '',
      '[package.metadata]', 'requires-dist = [{ name = "fasttext", specifier = "==0.9.3" }]', '',
      '[[package]]', 'name = "fasttext"', 'version = "0.9.3"', 'source = { registry = "https://pypi.org/simple" }',
      'sdist = { url = "https://files.pythonhosted.org/packages/fasttext-0.9.3.tar.gz", hash = "sha256:eb03f2ef6340c6ac9e2398a30026f04a6f5de1ef2a1d1f5e4c4d8c0e4d5b2a11", size = 73530 }', '',
    ].join('\n'),
  });
}

describe('lockstep check exit codes', () => {
  it('exits 0 on a corpus project without errors', async () => {
    const r = await cli(['check', FASTAPI, '--python', '3.12', '--platform', 'x86_64-manylinux_2_28,aarch64-apple-darwin']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cp312-x86_64-manylinux_2_28:');
    expect(r.stdout).toMatch(/0 error\(s\)/);
  });

  it('exits 1 when a compile-heavy package would build, with the prebuilt alternative', async () => {
    const r = await cli(['check', fasttextProject(), '--python', '3.12', '--platform', 'x86_64-manylinux_2_28']);
    expect(r.code).toBe(1);
    // One problem block (not a line per target): where, what, on which targets, and the fix once.
    expect(unwrapText(r.stdout)).toMatch(/^uv\.lock:\d+: error sdist-build: fasttext 0\.9\.3 no compatible wheel: uv would build it from source \(fasttext-0\.9\.3\.tar\.gz\) on cp312 Linux x86_64 \(1 target\) fix: .*fasttext-wheel/m);
    expect(r.stdout.match(/^ {4}fix: /gm)).toHaveLength(1);
  });

  it('exits 2 on an unknown platform and lists the valid names', async () => {
    const r = await cli(['check', FASTAPI, '--platform', 'x86_64-linux']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown platform');
    expect(r.stderr).toContain('x86_64-manylinux_2_28');
    expect(r.stdout).toBe('');
  });

  it.each([
    [['check', '--python', 'three']],
    [['check', '--format', 'yaml']],
    [['check', '--bogus']],
    [['check', 'a', 'b']],
    [['frobnicate']],
    [[]],
  ])('exits 2 on bad usage %j', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('exits 2 when the directory has no project', async () => {
    const r = await cli(['check', makeTempDir('empty')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/neither pyproject\.toml nor uv\.lock/);
  });

  it('prints help with exit 0', async () => {
    const r = await cli(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--no-default-groups');
    expect((await cli(['--help'])).stdout).toContain('check');
  });
});

describe('lockstep check formats', () => {
  it('emits the JSON contract with verdicts a person checked by hand', async () => {
    const r = await cli(['check', CS336_A5, '--python', '3.12', '--platform', 'x86_64-manylinux_2_28,aarch64-apple-darwin', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['schema', 'project', 'targets', 'packages', 'findings']);
    expect(json.targets.map((t: { id: string }) => t.id)).toEqual(['cp312-x86_64-manylinux_2_28', 'cp312-aarch64-apple-darwin']);
    const pkg = (name: string) => json.packages.find((p: { name: string }) => p.name === name);
    // flash-attn 2.7.4.post1 is sdist-only on PyPI; fire 0.7.0 likewise (pure Python).
    expect(pkg('flash-attn').verdicts['cp312-x86_64-manylinux_2_28'].status).toBe('sdist');
    expect(pkg('fire').verdicts['cp312-x86_64-manylinux_2_28']).toEqual({ status: 'sdist', file: 'fire-0.7.0.tar.gz' });
    // nvidia-* CUDA libraries are Linux-only in torch's markers.
    expect(pkg('nvidia-cublas-cu12').verdicts['cp312-aarch64-apple-darwin'].status).toBe('not-needed');
    expect(pkg('nvidia-cublas-cu12').verdicts['cp312-x86_64-manylinux_2_28'].status).toBe('wheel');
    const flash = json.findings.find((f: { code: string; package: string }) => f.code === 'sdist-build' && f.package === 'flash-attn');
    expect(flash).toMatchObject({ severity: 'error', file: 'uv.lock' });
    expect(typeof flash.line).toBe('number');
    expect(readFileSync(path.join(CS336_A5, 'uv.lock'), 'utf8').split('\n')[flash.line - 1]).toBe('[[package]]');
  });

  it('renders the Markdown table with problems first', async () => {
    const r = await cli(['check', CS336_A5, '--python', '3.12', '--platform', 'x86_64-manylinux_2_28', '--format', 'markdown']);
    const lines = r.stdout.split('\n');
    // The first table is the problems, worst first: flash-attn's source build is an error on a declared target.
    expect(lines.find((l) => l.startsWith('| ') && !l.startsWith('| |') && !l.startsWith('|:'))).toMatch(/^\| ❌ \| \*\*flash-attn\*\* .* \| source build: /);
    expect(r.stdout).toContain('**What to do**');
    expect(r.stdout).toMatch(/\| flash-attn \| [^|]+ \| 🔨 \|/);
  });

  it('checks the driver floor for a CUDA lock', async () => {
    const r = await cli(['check', path.join(CORPUS_DIR, 'NVIDIA-NeMo__RL'), '--python', '3.13', '--platform', 'x86_64-manylinux_2_28', '--driver', '535.104.05', '--format', 'json']);
    const floor = JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === 'driver-floor');
    expect(floor.length).toBeGreaterThan(0);
    expect(floor[0]).toMatchObject({ severity: 'error' });
    expect(floor[0].message).toContain('580.65.06');
  });
});

describe('bundled CLI', () => {
  it('runs as `node cli.js check` with the shebang first', async () => {
    const out = makeTempDir('bundle');
    await build({
      entryPoints: [path.resolve('src/entries/cli.ts')], outdir: out, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent',
      banner: { js: "import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);" },
    });
    const file = path.join(out, 'cli.js');
    expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(process.execPath, [file, 'check', FASTAPI, '--python', '3.12', '--platform', 'x86_64-manylinux_2_28', '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe(1);
    const bad = spawnSync(process.execPath, [file, 'check', FASTAPI, '--platform', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

describe('lockstep --version', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

  it('prints the version from package.json', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `lockstep ${version}\n`, stderr: '' });
  });

  it('is built into dist/cli.js, what the npm package and the wheel ship', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, `lockstep ${version}\n`]);
  });
});

describe('the CLI inside an Actions step', () => {
  /** What `processIo(env)` wrote to the real stdout and stderr for `text` on each. */
  function written(env: NodeJS.ProcessEnv, text: string): string {
    const chunks: string[] = [];
    const capture = (chunk: string | Uint8Array) => (chunks.push(String(chunk)), true);
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      const io = processIo(env);
      io.stdout(text);
      io.stderr(text);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    return chunks.join('');
  }

  // A package name from a PR's uv.lock, printed by `lockstep check`, that tries to issue commands.
  const hostile = 'x.whl: no wheel for evil\n::add-mask::ghp_stolen\n::error::forged\n';

  it('prints names from the lock without the runner obeying commands inside them', () => {
    const stdout = written({ GITHUB_ACTIONS: 'true' }, hostile);
    expect(stdout).toContain(hostile);
    expect(parseWorkflowCommands(stdout)).toMatchObject({ masks: [], annotations: [] });
  });

  it('leaves the output alone outside Actions', () => {
    expect(written({}, hostile)).toBe(hostile + hostile);
  });

  it('--format github writes annotations the runner obeys (its own commands are not made inert)', async () => {
    const chunks: string[] = [];
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true));
    const saved = process.env.GITHUB_ACTIONS;
    process.env.GITHUB_ACTIONS = 'true';
    let code;
    try {
      code = await runCli(['check', fasttextProject(), '--python', '3.12', '--platform', 'x86_64-manylinux_2_28', '--format', 'github']);
    } finally {
      out.mockRestore();
      if (saved === undefined) delete process.env.GITHUB_ACTIONS;
      else process.env.GITHUB_ACTIONS = saved;
    }
    expect(code).toBe(1);
    const { annotations } = parseWorkflowCommands(chunks.join(''));
    expect(annotations).toContainEqual(expect.objectContaining({ level: 'error', file: expect.stringMatching(/uv\.lock$/), line: 16, title: 'lockstep sdist-build: fasttext 0.9.3 [cp312-x86_64-manylinux_2_28]' }));
  });

  it('makes a command behind U+0085 inert too (the runner trims with .NET rules)', () => {
    const nel = 'evil 1.0\n\u0085::add-mask::ghp_stolen\n\u2003::error file=x::forged\n';
    expect(parseWorkflowCommands(written({ GITHUB_ACTIONS: 'true' }, nel))).toMatchObject({ masks: [], annotations: [] });
  });

  it('shows terminal escapes and bidi overrides instead of obeying them, and redacts URL credentials', () => {
    const text = 'evil\x1b]8;;http://x\x07name\x1b[2J\u202egpj.exe from http://bot:S3CRET@127.0.0.1/simple\n';
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }]) {
      const out = written(env, text);
      expect(out).not.toMatch(/[\x1b\x07\u202e]/);
      expect(out).toContain('evil\\u001b]8;;http://x\\u0007name\\u001b[2J\\u202egpj.exe');
      expect(out).not.toContain('S3CRET');
    }
  });
});


describe('first-hour usage errors', () => {
  it('suggests the flag a typo meant', async () => {
    const r = await cli(['check', CS336_A5, '--pyton', '3.12']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown option --pyton. Did you mean `--python`?');
    const far = await cli(['check', CS336_A5, '--frobnicate']);
    expect(far.stderr).toContain('Unknown option --frobnicate.');
    expect(far.stderr).not.toContain('Did you mean');
  });

  it('diff REV1 REV2 without --project says what to add', async () => {
    const r = await cli(['diff', 'main', 'HEAD']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`main` and `HEAD` are not directories. To compare two git revisions, add `--project DIR`');
  });
});

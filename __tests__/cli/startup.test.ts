// What `lockstep check` loads at startup. Issue 3 budgets the whole process at 150 ms, and loading
// @actions/* / octokit / undici (what verify, diff and bump need) cost ~60 ms of it. Commands import
// those lazily inside run(); this test bundles the entries like scripts/build.mjs (code splitting) into
// a temp dir and checks that dist/cli.js's static import graph stays free of them, and that the lazily
// loaded commands still run from the bundle.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CORPUS_DIR, cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';

const ENTRY_DIR = path.resolve('src/entries');
let out: string;

beforeAll(async () => {
  out = makeTempDir('split-bundle');
  await build({
    entryPoints: readdirSync(ENTRY_DIR).filter((f) => f.endsWith('.ts')).map((f) => path.join(ENTRY_DIR, f)),
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);" },
  });
});

afterAll(() => cleanupTempDirs());

/**
 * Files `lockstep check` loads: the entry, what it imports (statically, or dynamically: it imports the
 * CLI after enabling the compile cache), and from there static `import … from "./…"` only — the
 * commands' own `import()`s run only when that command is invoked.
 */
function checkPathClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm)].map((m) => m[1] ?? m[2]!);
    if (file === entry) imports.push(...[...text.matchAll(/\bimport\("(\.[^"]+)"\)/g)].map((m) => m[1]!));
    for (const specifier of imports) pending.push(path.resolve(path.dirname(file), specifier));
  }
  return [...seen];
}

describe('lockstep check startup', () => {
  it('does not statically load @actions/*, octokit or undici', () => {
    const closure = checkPathClosure(path.join(out, 'cli.js'));
    expect(closure.length).toBeGreaterThan(1);
    // esbuild marks each bundled module with a `// node_modules/<package>/…` comment.
    const heavy = closure.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/(@actions\/[\w-]+|@octokit\/[\w-]+|undici)\//gm)].map((m) => m[1]!));
    expect([...new Set(heavy)]).toEqual([]);
    // The engine itself is there (smol-toml parses uv.lock).
    expect(closure.some((file) => /^\/\/ node_modules\/smol-toml\//m.test(readFileSync(file, 'utf8')))).toBe(true);
  });

  it('still runs check, and the lazily loaded commands, from the split bundle', () => {
    const cli = path.join(out, 'cli.js');
    const check = spawnSync(process.execPath, [cli, 'check', path.join(CORPUS_DIR, 'astral-sh__uv-fastapi-example'), '--python', '3.12', '--platform', 'x86_64-manylinux_2_28', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).targets.map((t: { id: string }) => t.id)).toEqual(['cp312-x86_64-manylinux_2_28']);
    // verify loads its job (and @actions/*) on use: a missing venv is reported, not a module error.
    const verify = spawnSync(process.execPath, [cli, 'verify', path.join(CORPUS_DIR, 'astral-sh__uv-fastapi-example'), '--venv', makeTempDir('no-venv'), '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(verify.stderr).not.toMatch(/internal error|Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect([0, 1, 2]).toContain(verify.status);
    for (const command of ['diff', 'bump']) {
      const help = spawnSync(process.execPath, [cli, command, '--help'], { encoding: 'utf8' });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`lockstep ${command}`);
    }
  });

  it('stops quietly when its reader goes away (`lockstep check --format json | head`)', () => {
    const cli = path.join(out, 'cli.js');
    const project = path.join(CORPUS_DIR, 'fishaudio__fish-speech');
    // A shell pipeline into a reader that closes after the first bytes, as `head -c` does.
    const piped = spawnSync('bash', ['-c', 'set -o pipefail; "$0" "$1" check "$2" --format json | head -c 64 >/dev/null', process.execPath, cli, project], { encoding: 'utf8' });
    expect(piped.stderr).not.toMatch(/EPIPE|Unhandled|at .*\(node:/);
    expect(piped.status).toBe(0);
  });
});

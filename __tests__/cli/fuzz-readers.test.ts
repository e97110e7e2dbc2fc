/**
 * Fuzzing every reader `lockstep check` runs (pyproject.toml, uv.lock, pixi.toml, pixi.lock, workspace
 * members) through the CLI, with "exit ≤ 2, no stack trace, bounded time" as the property. Each file is
 * absent, arbitrary text or bytes (invalid UTF-8 included), a corrupted real-shaped file (deep nesting,
 * malformed percent-encoding, truncation), a directory or a FIFO. The `.env` parser gets the same
 * property on arbitrary text.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { parseEnvFile } from '../../src/core/setup/env-file.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

const PYPROJECT = '[project]\nname = "demo"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["torch==2.5.1", "tiny @ ./tiny"]\n[tool.uv.workspace]\nmembers = ["packages/*"]\n';
const LOCK = [
  'version = 1', 'revision = 3', 'requires-python = ">=3.11"', '',
  '[[package]]', 'name = "demo"', 'version = "0.1.0"', 'source = { virtual = "." }', 'dependencies = [', '    { name = "torch" },', ']', '',
  '[package.metadata]', 'requires-dist = [{ name = "torch", specifier = "==2.5.1" }]', '',
  '[[package]]', 'name = "torch"', 'version = "2.5.1+cu124"', 'source = { registry = "https://download.pytorch.org/whl/cu124" }',
  'wheels = [{ url = "https://download.pytorch.org/whl/cu124/torch-2.5.1%2Bcu124-cp311-cp311-linux_x86_64.whl", hash = "sha256:aa", size = 1 }]', '',
].join('\n');
const PIXI_TOML = '[workspace]\nname = "demo"\nchannels = ["conda-forge"]\nplatforms = ["linux-64"]\n[dependencies]\npython = "3.12.*"\n';
const PIXI_LOCK = 'version: 6\nenvironments:\n  default:\n    channels:\n    - url: https://conda.anaconda.org/conda-forge/\n    packages:\n      linux-64:\n      - conda: https://conda.anaconda.org/conda-forge/linux-64/python-3.12.8-h9e4cc4f_1_cpython.conda\npackages:\n- conda: https://conda.anaconda.org/conda-forge/linux-64/python-3.12.8-h9e4cc4f_1_cpython.conda\n  sha256: aa\n  md5: bb\n';

/** Ways to spoil a real-shaped file. */
const corruption = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.constantFrom('%E0%A4%A', '%', '%ZZ', '"', '[', '{', '\\', '\u0000', '\n[[package]]\n', ' = ', '\uFFFF')) }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 100, max: 20_000 }), open: fc.constantFrom('[', '{ a = ') }),
);

function spoil(text: string, c: typeof corruption extends fc.Arbitrary<infer T> ? T : never): string {
  if (c.kind === 'truncate') return text.slice(0, c.at % (text.length + 1));
  if (c.kind === 'insert') {
    const at = c.at % (text.length + 1);
    return text.slice(0, at) + c.text + text.slice(at);
  }
  const close = c.open === '[' ? ']' : ' }';
  return `${text}\nx = ${c.open.repeat(c.depth)}1${close.repeat(c.depth)}\n`;
}

type FileContent = { kind: 'absent' } | { kind: 'dir' } | { kind: 'fifo' } | { kind: 'bytes'; data: Uint8Array } | { kind: 'text'; text: string };

function fileArbitrary(base: string): fc.Arbitrary<FileContent> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<FileContent>({ kind: 'absent' }) },
    { weight: 1, arbitrary: fc.constant<FileContent>({ kind: 'dir' }) },
    { weight: 1, arbitrary: fc.constant<FileContent>({ kind: 'fifo' }) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 400 }).map<FileContent>((data) => ({ kind: 'bytes', data })) },
    { weight: 2, arbitrary: fc.string({ maxLength: 400 }).map<FileContent>((text) => ({ kind: 'text', text })) },
    { weight: 6, arbitrary: fc.array(corruption, { maxLength: 3 }).map<FileContent>((cs) => ({ kind: 'text', text: cs.reduce(spoil, base) })) },
  );
}

function place(dir: string, name: string, content: FileContent): void {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  if (content.kind === 'dir') mkdirSync(file);
  else if (content.kind === 'fifo') execFileSync('mkfifo', [file]);
  else if (content.kind === 'bytes') writeFileSync(file, content.data);
  else if (content.kind === 'text') writeFileSync(file, content.text);
}

const STACK_TRACE = /\n\s+at .+[:(]\d+:\d+\)?|URIError|RangeError|TypeError|EISDIR|Maximum call stack/;

describe('lockstep check never crashes, hangs or prints a stack trace on what a project holds', () => {
  it('exit ≤ 2 within a few seconds, for every mix of broken files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          'pyproject.toml': fileArbitrary(PYPROJECT),
          'uv.lock': fileArbitrary(LOCK),
          'pixi.toml': fileArbitrary(PIXI_TOML),
          'pixi.lock': fileArbitrary(PIXI_LOCK),
          'packages/a/pyproject.toml': fileArbitrary('[project]\nname = "a"\nversion = "1"\n'),
        }),
        async (files) => {
          const dir = makeTempDir('fuzz-project');
          for (const [name, content] of Object.entries(files)) place(dir, name, content);
          let out = '';
          const started = Date.now();
          const code = await runCli(['check', dir, '--format', 'json'], { stdout: (t) => (out += t), stderr: (t) => (out += t), cwd: dir });
          expect({ code: code <= 2 ? 'ok' : code, trace: STACK_TRACE.exec(out)?.[0] ?? null }).toEqual({ code: 'ok', trace: null });
          expect(Date.now() - started).toBeLessThan(10_000);
        },
      ),
      { numRuns: 150 },
    );
  }, 300_000);

  it('.env parsing returns (variables and problems) on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('A=1', 'export B="x', "C='y'", '$D', '${E:-f}', '#', '\\', '=', '\n', 'é=1', ' ', '"""'), { maxLength: 30 }).map((p) => p.join(''))), (text) => {
        const started = Date.now();
        const parsed = parseEnvFile(text, { expandFrom: { HOME: '/home/u' } });
        expect(Array.isArray(parsed.variables) && Array.isArray(parsed.problems)).toBe(true);
        expect(Date.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 2000 },
    );
  });
});

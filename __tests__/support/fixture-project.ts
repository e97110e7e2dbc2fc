/**
 * Throwaway project directories for tests, always under the OS temp dir, never in the repo or the corpus.
 *
 *   const dir = await makeProject({ 'pyproject.toml': '...', '.python-version': '3.11\n' });
 *   const copy = await copyCorpusProject('karpathy__nanochat');   // pyproject.toml + uv.lock, writable
 *   const ws = makeProject(uvWorkspaceFiles({ app: 'dependencies = ["lib"]\n[tool.uv.sources]\nlib = { workspace = true }\n', lib: 'dependencies = []\n' }));
 *   afterAll(cleanupTempDirs);
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The read-only corpus of real uv projects (override with LOCKSTEP_CORPUS_DIR). */
export const CORPUS_DIR = findCorpus();

/**
 * LOCKSTEP_CORPUS_DIR, else `shared/corpus` beside the checkout (where CI puts it), else the workplace
 * copy. Missing everywhere → the corpus tests fail loudly rather than skip: they are the engine's truth.
 */
function findCorpus(): string {
  if (process.env.LOCKSTEP_CORPUS_DIR) return process.env.LOCKSTEP_CORPUS_DIR;
  const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');
  const candidates = [join(repoRoot, '..', 'shared', 'corpus'), '/work/shared/corpus'];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

/** The read-only corpus of real pixi projects (override with LOCKSTEP_PIXI_CORPUS_DIR). */
export const PIXI_CORPUS_DIR = findPixiCorpus();

function findPixiCorpus(): string {
  if (process.env.LOCKSTEP_PIXI_CORPUS_DIR) return process.env.LOCKSTEP_PIXI_CORPUS_DIR;
  const candidates = [join(dirname(CORPUS_DIR), 'corpus-pixi'), '/work/shared/corpus-pixi'];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

const created = new Set<string>();

/** A new empty directory under the OS temp dir, removed by {@link cleanupTempDirs}. */
export function makeTempDir(prefix = 'project'): string {
  const dir = mkdtempSync(join(tmpdir(), `lockstep-${prefix.replace(/[^\w.-]/g, '_')}-`));
  created.add(dir);
  return dir;
}

/**
 * The files of a uv workspace: a root `mono` (`[tool.uv.workspace] members = ["packages/*"]`) that
 * depends on the first member, and one `packages/NAME/pyproject.toml` per member whose `[project]`
 * header (name, version 0.1.0, requires-python >=3.11: lines 1-4) is followed by `body` as written
 * (its dependencies, sources, comments), so a test knows each requirement's line.
 */
export function uvWorkspaceFiles(members: Record<string, string>): Record<string, string> {
  const first = Object.keys(members)[0]!;
  const header = (name: string) => `[project]\nname = "${name}"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n`;
  const files: Record<string, string> = {
    'pyproject.toml': `${header('mono')}dependencies = ["${first}"]\n\n[tool.uv.sources]\n${first} = { workspace = true }\n\n[tool.uv.workspace]\nmembers = ["packages/*"]\n`,
  };
  for (const [name, body] of Object.entries(members)) files[`packages/${name}/pyproject.toml`] = header(name) + body;
  return files;
}

/**
 * Writes `files` (relative path → content; `null` makes an empty directory) into a fresh temp dir and
 * returns its path. Paths may not escape the directory.
 */
export function makeProject(files: Record<string, string | Buffer | null>, prefix = 'project'): string {
  const dir = makeTempDir(prefix);
  writeFiles(dir, files);
  return dir;
}

/** Writes (or overwrites) files inside an existing directory; same format as {@link makeProject}. */
export function writeFiles(dir: string, files: Record<string, string | Buffer | null>): void {
  for (const [relative, content] of Object.entries(files)) {
    const target = resolve(dir, relative);
    if (!target.startsWith(resolve(dir) + '/')) throw new Error(`fixture path escapes the project: ${relative}`);
    if (content === null) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** Every file under `dir` (recursively) as UTF-8 text by its `/`-separated relative path; {} when `dir` is missing. */
export function readFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/**
 * Copies `/work/shared/corpus/<name>` (pyproject.toml, uv.lock, …) into a fresh temp dir and returns it.
 * The copy is writable; the corpus itself is never touched.
 */
export function copyCorpusProject(name: string): string {
  const source = join(CORPUS_DIR, name);
  if (!/^[\w.@-]+$/.test(name) || !existsSync(source)) throw new Error(`no corpus project ${name} in ${CORPUS_DIR}`);
  const dir = makeTempDir(`corpus-${name}`);
  cpSync(source, dir, { recursive: true });
  makeWritable(dir);
  return dir;
}

/** Copies any directory (e.g. examples/research-project) into a fresh temp dir, skipping `.venv`. */
export function copyProject(source: string, prefix = 'copy'): string {
  const dir = makeTempDir(prefix);
  cpSync(source, dir, { recursive: true, filter: (path) => !/(^|\/)\.venv(\/|$)/.test(path.slice(source.length)) });
  return dir;
}

function makeWritable(dir: string): void {
  // The corpus may be mounted read-only; copies keep its modes, so open them up for the test.
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    chmodSync(path, entry.isDirectory() ? 0o755 : 0o644);
  }
}

/** Removes every temp dir this module created (call from afterAll). */
export function cleanupTempDirs(): void {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
}

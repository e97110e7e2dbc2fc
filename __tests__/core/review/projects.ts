/**
 * Hand-made uv projects (pyproject.toml + a consistent uv.lock) and real git repositories with a base and
 * head commits, for the review tests (core, job and CLI).
 *
 * The lock entries follow uv's format (revision 3) as in the corpus projects (e.g.
 * corpus/astral-sh__uv-fastapi-example/uv.lock for registry entries, corpus/allenai__open-instruct@b7347d0d4
 * for torch `+cu124` from the PyTorch index); hashes and sizes are placeholders the engine never reads.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, makeTempDir, writeFiles } from '../../support/fixture-project.js';

export interface Dist {
  name: string;
  version: string;
  /** Wheel filenames (`tqdm-4.67.1-py3-none-any.whl`). */
  wheels?: string[];
  /** Give it an sdist (`<name>-<version>.tar.gz`). */
  sdist?: boolean;
  /** Registry URL (default PyPI). */
  index?: string;
  /** Names of locked packages it depends on. */
  deps?: string[];
  /** A direct dependency of the project (default true). */
  direct?: boolean;
}

const PYPI = 'https://pypi.org/simple';
const HASH = `sha256:${'0'.repeat(64)}`;

function fileUrl(dist: Dist, file: string): string {
  const host = dist.index && dist.index !== PYPI ? dist.index.replace(/\/$/, '') : 'https://files.pythonhosted.org/packages/00/00';
  return `${host}/${encodeURIComponent(file)}`;
}

/** pyproject.toml + uv.lock of project `demo` pinning every direct dist with `==`. */
export function handMadeProject(dists: Dist[], options: { name?: string; requiresPython?: string } = {}): { 'pyproject.toml': string; 'uv.lock': string } {
  const name = options.name ?? 'demo';
  const requiresPython = options.requiresPython ?? '>=3.11';
  const direct = dists.filter((d) => d.direct !== false).sort((a, b) => a.name.localeCompare(b.name));
  const pyproject = [
    '[project]',
    `name = "${name}"`,
    'version = "0.1.0"',
    `requires-python = "${requiresPython}"`,
    'dependencies = [',
    ...direct.map((d) => `    "${d.name}==${d.version}",`),
    ']',
    '',
  ].join('\n');
  const entries: string[] = [];
  const all: Dist[] = [...dists, { name, version: '0.1.0', deps: direct.map((d) => d.name) }].sort((a, b) => a.name.localeCompare(b.name));
  for (const d of all) {
    const lines = ['[[package]]', `name = "${d.name}"`, `version = "${d.version}"`];
    if (d.name === name) lines.push('source = { virtual = "." }');
    else lines.push(`source = { registry = "${d.index ?? PYPI}" }`);
    if (d.deps && d.deps.length > 0) lines.push('dependencies = [', ...d.deps.map((n) => `    { name = "${n}" },`), ']');
    if (d.sdist) lines.push(`sdist = { url = "${fileUrl(d, `${d.name.replace(/-/g, '_')}-${d.version}.tar.gz`)}", hash = "${HASH}", size = 1000 }`);
    if (d.wheels && d.wheels.length > 0) lines.push('wheels = [', ...d.wheels.map((w) => `    { url = "${fileUrl(d, w)}", hash = "${HASH}", size = 1000 },`), ']');
    if (d.name === name) {
      lines.push('', '[package.metadata]', `requires-dist = [${direct.map((x) => `{ name = "${x.name}", specifier = "==${x.version}" }`).join(', ')}]`);
    }
    entries.push(lines.join('\n'));
  }
  const lock = ['version = 1', 'revision = 3', `requires-python = "${requiresPython}"`, '', entries.join('\n\n'), ''].join('\n');
  return { 'pyproject.toml': pyproject, 'uv.lock': lock };
}

// A few real-shaped distributions.
export const TQDM: Dist = { name: 'tqdm', version: '4.67.1', wheels: ['tqdm-4.67.1-py3-none-any.whl'], sdist: true };
/** fasttext publishes only an sdist on PyPI (C++ build). */
export const FASTTEXT: Dist = { name: 'fasttext', version: '0.9.3', sdist: true };
/** fasttext-wheel: the prebuilt fork (same `import fasttext`). */
export const FASTTEXT_WHEEL: Dist = {
  name: 'fasttext-wheel',
  version: '0.9.2',
  wheels: ['fasttext_wheel-0.9.2-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', 'fasttext_wheel-0.9.2-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'],
};
export const TORCH_CU124: Dist = {
  name: 'torch',
  version: '2.6.0+cu124',
  index: 'https://download.pytorch.org/whl/cu124',
  wheels: ['torch-2.6.0+cu124-cp311-cp311-manylinux_2_28_x86_64.whl', 'torch-2.6.0+cu124-cp312-cp312-manylinux_2_28_x86_64.whl'],
};
export const CUBLAS_CU12: Dist = { name: 'nvidia-cublas-cu12', version: '12.4.5.8', wheels: ['nvidia_cublas_cu12-12.4.5.8-py3-none-manylinux2014_x86_64.whl'] };
export const CUBLAS_CU11: Dist = { name: 'nvidia-cublas-cu11', version: '11.11.3.6', wheels: ['nvidia_cublas_cu11-11.11.3.6-py3-none-manylinux2014_x86_64.whl'] };

/** The targets every review test checks (two Pythons on Linux x86_64): fast and deterministic. */
export const LINUX_TARGETS = { pythons: ['3.11', '3.12'], platforms: ['x86_64-manylinux_2_28'] };

// ---- git ------------------------------------------------------------------------------------------

const GIT_ENV = { GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com', GIT_CONFIG_NOSYSTEM: '1' };

export function git(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
}

/** A real git repository; `commit` writes files (null deletes) on the current branch and returns the sha. */
export class ProjectRepo {
  readonly dir: string;
  constructor(prefix = 'review-repo') {
    this.dir = makeTempDir(prefix);
    git(this.dir, ['init', '--quiet', '--initial-branch', 'main']);
  }

  commit(files: Record<string, string | null>, message = 'change'): string {
    for (const [rel, content] of Object.entries(files)) {
      if (content === null) rmSync(path.join(this.dir, rel), { force: true });
      else writeFiles(this.dir, { [rel]: content });
    }
    git(this.dir, ['add', '--all']);
    git(this.dir, ['commit', '--quiet', '--allow-empty', '--message', message]);
    return git(this.dir, ['rev-parse', 'HEAD']);
  }

  branch(name: string, from = 'main'): void {
    git(this.dir, ['checkout', '--quiet', '-B', name, from]);
  }

  checkout(ref: string): void {
    git(this.dir, ['checkout', '--quiet', ref]);
  }

  read(rel: string): string {
    return readFileSync(path.join(this.dir, rel), 'utf8');
  }

  /** Copies a corpus project (read-only source) into `sub` of the work tree (not committed yet). */
  copyCorpus(name: string, sub = '.'): void {
    cpSync(path.join(CORPUS_DIR, name), path.join(this.dir, sub), { recursive: true });
    execFileSync('chmod', ['-R', 'u+w', path.join(this.dir, sub)]);
  }

  write(rel: string, content: string): void {
    writeFileSync(path.join(this.dir, rel), content);
  }
}

/**
 * Bumps one locked package in a uv.lock text: its `version` and every file name/URL of its entry.
 * Used for "a version bump of a pure-Python wheel package" heads made from corpus locks.
 */
export function bumpLockedPackage(lock: string, name: string, from: string, to: string): string {
  const header = `[[package]]\nname = "${name}"\nversion = "${from}"\n`;
  const start = lock.indexOf(header);
  if (start < 0) throw new Error(`${name} ${from} is not in the lock`);
  const end = lock.indexOf('\n[[package]]', start + header.length);
  const block = lock.slice(start, end < 0 ? undefined : end);
  const bumped = block.replaceAll(from, to);
  return lock.slice(0, start) + bumped + (end < 0 ? '' : lock.slice(end));
}

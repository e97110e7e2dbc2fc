// Shared by bench/oracle.mjs and bench/check.mjs: run uv itself as the oracle for a project/target.
// Pure Node built-ins; process args are arrays (no shell).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const CORPUS = process.env.LOCKSTEP_CORPUS ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/** uv from the test cache (.cache/uv/<version>/uv, fetched by the jest global setup), else PATH. */
export function findUv() {
  const dir = path.join(REPO_ROOT, '.cache', 'uv');
  if (existsSync(dir)) {
    for (const v of readdirSync(dir).sort().reverse()) {
      const bin = path.join(dir, v, 'uv');
      if (existsSync(bin)) return bin;
    }
  }
  return 'uv';
}

export function run(cmd, args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Corpus projects from INDEX.tsv with their lock size. */
export function corpusProjects() {
  const lines = readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8').trim().split('\n');
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cols = Object.fromEntries(l.split('\t').map((v, i) => [header[i], v]));
    return { dir: path.join(CORPUS, cols.corpus_dir), name: cols.corpus_dir, bytes: Number(cols.uv_lock_bytes), requiresPython: cols.requires_python };
  });
}

/** name → source URL for every `[[package]]` of a uv.lock (a light scan: only what the oracle needs). */
export function lockSources(lockText) {
  const sources = new Map();
  for (const block of lockText.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const name = /^name = "([^"]+)"/m.exec(block)?.[1];
    const src = /^source = \{ (\w+) = "([^"]+)"/m.exec(block);
    if (!name || !src) continue;
    const set = sources.get(name) ?? new Set();
    set.add(`${src[1]}+${src[2]}`);
    sources.set(name, set);
  }
  return sources;
}

const PYPI = 'registry+https://pypi.org/simple';

/**
 * `uv export --frozen --no-hashes` of a private copy of the project (the corpus is read-only), keeping
 * only requirements whose every lock entry is on PyPI. Returns the requirement lines and their names.
 */
export function exportPypiRequirements(projectDir, uv, extraArgs = []) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-oracle-'));
  cpSync(projectDir, path.join(work, 'p'), { recursive: true });
  const r = run(uv, ['export', '--frozen', '--no-hashes', '--no-annotate', '--no-header', '--no-emit-project', '--no-emit-workspace', ...extraArgs], {
    cwd: path.join(work, 'p'),
  });
  if (r.code !== 0) throw new Error(`uv export failed in ${projectDir}: ${r.stderr.trim()}`);
  const sources = lockSources(readFileSync(path.join(projectDir, 'uv.lock'), 'utf8'));
  const lines = [];
  const names = new Set();
  for (const raw of r.stdout.split('\n')) {
    const line = raw.trim();
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)==/.exec(line);
    if (!m) continue; // URLs, git, -e paths: not PyPI-hosted
    const name = m[1].toLowerCase();
    const srcs = sources.get(name);
    if (!srcs || [...srcs].some((s) => s !== PYPI)) continue;
    lines.push(line);
    names.add(name);
  }
  const file = path.join(work, 'requirements.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, names, work, exportMs: r.ms };
}

/** One `uv pip install --dry-run --no-build` over a requirements file for one target. */
export function uvDryRun(uv, requirementsFile, platform, python, targetDir) {
  mkdirSync(targetDir, { recursive: true });
  return run(uv, [
    'pip', 'install', '--dry-run', '--no-build', '--no-deps', '--quiet',
    '--target', targetDir, '--python-platform', platform, '--python-version', python,
    '-r', requirementsFile,
  ]);
}

/** The package uv names as uninstallable in a failed dry run (`Because fire==0.7.0 has no usable wheels`). */
export function failingPackage(stderr) {
  // uv names the package bare or with its marker in braces (`triton{sys_platform == 'linux'}==3.2.0`).
  const m = /Because (?:only )?([A-Za-z0-9][A-Za-z0-9._-]*)(?:\{[^}\n]*\})?(?:==|<=|>=|\s)[^\n]*?(?:has no|have no|no usable|can't be installed|doesn't have)/.exec(stderr)
    ?? /Distribution `([A-Za-z0-9][A-Za-z0-9._-]*)==/.exec(stderr)
    ?? /Wheels are required for `([^`]+)`/.exec(stderr);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Every PyPI-hosted package uv cannot install without building on a target: rerun without each package
 * uv names until the dry run succeeds (uv stops at the first unsatisfiable requirement).
 */
export function uvFailures(uv, requirementsFile, platform, python) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-oracle-t-'));
  try {
    return uvFailuresIn(dir, uv, requirementsFile, platform, python);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function uvFailuresIn(dir, uv, requirementsFile, platform, python) {
  const lines = readFileSync(requirementsFile, 'utf8').split('\n').filter(Boolean);
  const failing = new Set();
  const file = path.join(dir, 'req.txt');
  for (let round = 0; round < 200; round++) {
    const keep = lines.filter((l) => !failing.has(/^([^=<>;\s]+)/.exec(l)[1].toLowerCase()));
    writeFileSync(file, `${keep.join('\n')}\n`);
    const r = uvDryRun(uv, file, platform, python, path.join(dir, 'target'));
    if (r.code === 0) return { failing, error: null };
    const pkg = failingPackage(r.stderr);
    if (!pkg || failing.has(pkg)) return { failing, error: r.stderr.trim().split('\n').slice(0, 4).join(' | ') };
    failing.add(pkg);
  }
  return { failing, error: 'too many rounds' };
}

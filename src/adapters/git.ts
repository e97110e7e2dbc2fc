/**
 * git as a typed object over the process adapter: every command is an argument array (never a shell
 * string), user-supplied revisions are refused when they could be read as options, and paths follow `--`.
 * The review bot reads base/head files with `show`; the bump bot clones, commits and pushes.
 */
import { runProcess, type RunProcess } from './process.js';
import { LockstepError } from '../core/errors.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export class GitError extends LockstepError {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-3).join(' | ') || 'no message'}`, {
      hint: 'Check that the repository, branch or revision exists and that the checkout has the history it needs (fetch-depth: 0).',
    });
    this.name = 'GitError';
  }
}

/** A revision or ref name that git could take for an option (`--upload-pack=...`) is never passed on. */
function safeRevision(rev: string): string {
  if (rev.length === 0 || rev.startsWith('-') || /[\0\n]/.test(rev)) {
    throw new LockstepError(`Refusing git revision ${JSON.stringify(rev)}: it is empty, starts with "-" or holds a control character.`);
  }
  return rev;
}

export class Git {
  constructor(
    /** The working tree every command runs in. */
    readonly dir: string,
    private readonly run: RunProcess = runProcess,
    private readonly timeoutMs = 300_000,
  ) {}

  /** Clones `url` into `dir` (which must not exist or be empty). */
  static async clone(url: string, dir: string, options: { branch?: string; depth?: number; run?: RunProcess } = {}): Promise<Git> {
    const git = new Git(dir, options.run);
    const args = ['clone', '--quiet'];
    if (options.branch) args.push('--branch', safeRevision(options.branch));
    if (options.depth) args.push('--depth', String(options.depth));
    args.push('--', safeRevision(url), dir);
    await git.exec(args, { cwd: process.cwd() });
    return git;
  }

  /** Runs git with `args` in the working tree; throws GitError on a non-zero exit. */
  async exec(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean } = {}): Promise<{ exitCode: number; stdout: string; stderr: string }> {
    const result = await this.run('git', args, {
      cwd: options.cwd ?? this.dir,
      timeoutMs: this.timeoutMs,
      env: {
        ...process.env,
        // Never wait for a password prompt in CI; messages in English so they can be read back.
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
        ...options.env,
      },
    });
    if (result.exitCode !== 0 && !options.allowFailure) throw new GitError(args, result.exitCode, result.stderr);
    return result;
  }

  async init(options: { initialBranch?: string; bare?: boolean } = {}): Promise<void> {
    await this.exec(['init', '--quiet', ...(options.bare ? ['--bare'] : []), '--initial-branch', safeRevision(options.initialBranch ?? 'main'), this.dir], { cwd: process.cwd() });
  }

  async fetch(remote = 'origin', refspecs: readonly string[] = [], options: { depth?: number; force?: boolean } = {}): Promise<void> {
    const args = ['fetch', '--quiet', '--no-tags'];
    if (options.depth) args.push('--depth', String(options.depth));
    if (options.force) args.push('--force');
    await this.exec([...args, '--', safeRevision(remote), ...refspecs.map(safeRevision)]);
  }

  /** Checks out `ref`; with `create`, makes (or resets, `-B`) a branch of that name at `startPoint`. */
  async checkout(ref: string, options: { create?: boolean; startPoint?: string } = {}): Promise<void> {
    const args = ['checkout', '--quiet'];
    if (options.create) args.push('-B', safeRevision(ref), ...(options.startPoint ? [safeRevision(options.startPoint)] : []));
    else args.push(safeRevision(ref));
    await this.exec([...args, '--']);
  }

  async add(paths: readonly string[]): Promise<void> {
    await this.exec(['add', '--', ...paths]);
  }

  /** Commits what is staged (or `paths` when given); returns the new commit's sha. */
  async commit(message: string, options: { author?: GitIdentity; paths?: readonly string[]; allowEmpty?: boolean } = {}): Promise<string> {
    const env: NodeJS.ProcessEnv = options.author
      ? { GIT_AUTHOR_NAME: options.author.name, GIT_AUTHOR_EMAIL: options.author.email, GIT_COMMITTER_NAME: options.author.name, GIT_COMMITTER_EMAIL: options.author.email }
      : {};
    // `--message VALUE`: git takes the next argument as the value even when it starts with "-".
    const args = ['commit', '--quiet', '--no-verify', '--message', message];
    if (options.allowEmpty) args.push('--allow-empty');
    if (options.paths) args.push('--', ...options.paths);
    await this.exec(args, { env });
    return this.revParse('HEAD');
  }

  /**
   * Pushes `refspecs` to `remote`. `force: 'with-lease'` overwrites only if the remote branch is still at
   * `expect` (so a human's push in between is never lost); `true` forces unconditionally.
   */
  async push(remote: string, refspecs: readonly string[], options: { force?: boolean | 'with-lease'; expect?: { ref: string; sha: string } } = {}): Promise<void> {
    const args = ['push', '--quiet'];
    if (options.force === true) args.push('--force');
    if (options.force === 'with-lease') {
      args.push(options.expect ? `--force-with-lease=${safeRevision(options.expect.ref)}:${safeRevision(options.expect.sha)}` : '--force-with-lease');
    }
    await this.exec([...args, '--', safeRevision(remote), ...refspecs.map(safeRevision)]);
  }

  /** The full sha `rev` names; throws GitError when it names nothing. */
  async revParse(rev: string): Promise<string> {
    const { stdout } = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${safeRevision(rev)}^{commit}`]);
    return stdout.trim();
  }

  /** Like revParse, but null when `rev` does not exist. */
  async tryRevParse(rev: string): Promise<string | null> {
    const result = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${safeRevision(rev)}^{commit}`], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : null;
  }

  /** A file's text at a revision (`git show REV:path`), or null when the file is not there at that revision. */
  async showFile(rev: string, path: string): Promise<string | null> {
    const spec = `${safeRevision(rev)}:${path.replace(/^\.?\//, '')}`;
    const exists = await this.exec(['cat-file', '-e', spec], { allowFailure: true });
    if (exists.exitCode !== 0) {
      await this.revParse(rev); // a missing revision is an error; a missing file at a real revision is null
      return null;
    }
    const { stdout } = await this.exec(['show', '--no-textconv', spec]);
    return stdout;
  }

  /** Paths that differ between two revisions (`to` defaults to the working tree). */
  async diffNames(from: string, to?: string): Promise<string[]> {
    const args = ['diff', '--name-only', '--no-renames', '-z', safeRevision(from), ...(to ? [safeRevision(to)] : []), '--'];
    const { stdout } = await this.exec(args);
    return stdout.split('\0').filter(Boolean);
  }

  /** True when the working tree or index has changes (untracked files included). */
  async hasChanges(): Promise<boolean> {
    const { stdout } = await this.exec(['status', '--porcelain', '--untracked-files=all']);
    return stdout.trim().length > 0;
  }

  /** The checked-out branch, or null on a detached HEAD. */
  async currentBranch(): Promise<string | null> {
    const result = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : null;
  }

  /** The sha of `branch` on `remote` without fetching, or null when the remote has no such branch. */
  async remoteBranchSha(remote: string, branch: string): Promise<string | null> {
    const { stdout } = await this.exec(['ls-remote', '--heads', '--', safeRevision(remote), `refs/heads/${safeRevision(branch)}`]);
    return stdout.split('\t')[0]?.trim() || null;
  }
}

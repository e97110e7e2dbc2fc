/**
 * Flag spelling across uv releases. Older uv (before `uv lock --check` existed) spelled the check
 * `uv lock --locked`; such a release cannot be fetched in tests (no network), so its `--help` text is
 * replayed through the process seam, and the adapter must pick `--locked` for it.
 */
import { describe, expect, it } from '@jest/globals';
import type { ProcessResult, RunProcess } from '../../src/adapters/process.js';
import { Uv } from '../../src/adapters/uv.js';

// Abridged `uv lock --help` of uv 0.4.x: no --check, only --locked / --frozen.
const OLD_LOCK_HELP = `Resolve the project requirements into a lockfile

Usage: uv lock [OPTIONS]

Options:
      --locked        Assert that the \`uv.lock\` will remain unchanged [env: UV_LOCKED=]
      --frozen        Assert that a \`uv.lock\` exists, without updating it [env: UV_FROZEN=]
      --dry-run       Perform a dry run, without writing the lockfile
`;

// What clap (uv's argument parser) prints for a flag the release does not know.
const UNKNOWN_CHECK = "error: unexpected argument '--check' found\n\n  tip: to pass '--check' as a value, use '-- --check'\n\nUsage: uv lock [OPTIONS]\n\nFor more information, try '--help'.\n";

/** A uv whose `lock --help` is `help`: it refuses `--check` when its help lacks it, else answers `lockResult`. */
function replay(help: string, lockResult: ProcessResult): { run: RunProcess; calls: string[][] } {
  const calls: string[][] = [];
  const run: RunProcess = async (_command, args) => {
    calls.push([...args]);
    if (args.includes('--help')) return { exitCode: 0, stdout: help, stderr: '' };
    if (args.includes('--check') && !/\s--check\b/.test(help)) return { exitCode: 2, stdout: '', stderr: UNKNOWN_CHECK };
    return lockResult;
  };
  return { run, calls };
}

describe('Uv.lockCheck flag spelling', () => {
  it('uses --locked on a uv whose `lock --help` has no --check', async () => {
    const { run, calls } = replay(OLD_LOCK_HELP, { exitCode: 0, stdout: '', stderr: '' });
    const uv = new Uv('/opt/uv-0.4/uv', run, () => ({}));
    expect(await uv.lockCheck('/project', '/usr/bin/python3.11')).toEqual({ status: 'up-to-date' });
    expect(calls).toEqual([
      ['lock', '--check', '--python', '/usr/bin/python3.11'],
      ['lock', '--locked', '--python', '/usr/bin/python3.11'],
    ]);
    // Remembered: the next check and the log line ask no more questions.
    expect(await uv.lockCheckFlagSpelling()).toBe('--locked');
    await uv.lockCheck('/project', '/usr/bin/python3.11');
    expect(calls).toHaveLength(3);
  });

  it('a current uv runs one process per check: --check, no --help first', async () => {
    const { run, calls } = replay('      --check   Check if the lockfile is up-to-date\n', { exitCode: 0, stdout: '', stderr: '' });
    const uv = new Uv('uv', run, () => ({}));
    expect(await uv.lockCheck('/project', 'python')).toEqual({ status: 'up-to-date' });
    expect(calls).toEqual([['lock', '--check', '--python', 'python']]);
  });

  it("reads an old uv's stale message as stale", async () => {
    const stderr = "error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.\n";
    const { run } = replay(OLD_LOCK_HELP, { exitCode: 2, stdout: '', stderr });
    const result = await new Uv('uv', run, () => ({})).lockCheck('/project', 'python');
    expect(result.status).toBe('stale');
  });

  it('reports any other failure as an error with uv\'s message, not as a stale lock', async () => {
    const stderr = 'error: Failed to parse `pyproject.toml`\n  Caused by: TOML parse error at line 3\n';
    const { run } = replay('      --check   Check if the lockfile is up-to-date\n', { exitCode: 2, stdout: '', stderr });
    await expect(new Uv('uv', run, () => ({})).lockCheck('/project', 'python')).rejects.toThrow(/uv lock --check failed \(exit 2\):\nerror: Failed to parse/);
  });
});

describe('Uv long-running commands', () => {
  it('gives uv sync and uv python install far longer than the 10-minute process default', async () => {
    const timeouts = new Map<string, number | undefined>();
    const run: RunProcess = async (_command, args, options) => {
      timeouts.set(args.slice(0, 2).join(' '), options?.timeoutMs);
      return { exitCode: 0, stdout: '', stderr: '' };
    };
    const uv = new Uv('uv', run, () => ({}));
    await uv.sync({ projectDir: '/project', python: 'python', locked: true, groups: [], extras: [], allExtras: false });
    await uv.pythonInstall('3.12', '/project');
    // A cold sync of torch + CUDA wheels, or an sdist build, routinely runs past 10 minutes.
    expect(timeouts.get('sync --python')).toBeGreaterThanOrEqual(60 * 60_000);
    expect(timeouts.get('python install')).toBeGreaterThanOrEqual(15 * 60_000);
  });
});

/**
 * The one way lockstep reads a project file (pyproject.toml, uv.lock, uv.toml, .python-version, .env,
 * workspace members): regular files only, a size cap, strict UTF-8. A pull request controls these
 * files, so a directory (EISDIR), a FIFO (a read that never returns), a device or a 2 GB file in their
 * place must end as a clear error naming the file, never as a stack trace or a hang.
 *
 * The FIFO case is closed without a race: the file is opened non-blocking and checked with fstat on the
 * open descriptor, so swapping the path for a FIFO after a stat cannot make the read block.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { LockstepError } from '../core/errors.js';

/**
 * Caps per file kind. The largest corpus uv.lock is 1.2 MB; pyproject.toml and .env are a few KB. The
 * lock cap leaves room for the 100k-package locks `lockstep check` is benchmarked on (~200 bytes per
 * wheel entry, ~7 wheels per package: ~130 MB at 100k; bench/check), and still stops a runaway file.
 */
export const PROJECT_FILE_LIMITS = {
  lock: 256 * 1024 * 1024,
  manifest: 8 * 1024 * 1024,
  small: 1024 * 1024,
} as const;

export interface ReadProjectFileOptions {
  /** Bytes beyond which the file is refused. */
  maxBytes: number;
  /** How messages name the file (relative path); default: the path as given. */
  shown?: string;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegular(shown: string, stats: Stats): LockstepError {
  return new LockstepError(`${shown} is ${kindOf(stats)}, not a regular file`, {
    file: shown,
    hint: `Replace ${shown} with a regular file (or remove it).`,
  });
}

const DECODER = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text, or null when it does not exist. Throws LockstepError (with `file`) when it is not a
 * regular file, is larger than `maxBytes`, is not UTF-8, or cannot be read.
 */
export function readProjectFile(file: string, options: ReadProjectFileOptions): string | null {
  const shown = options.shown ?? file;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'EISDIR') throw new LockstepError(`${shown} is a directory, not a regular file`, { file: shown, hint: `Replace ${shown} with a regular file (or remove it).` });
    throw new LockstepError(`cannot read ${shown}: ${(error as Error).message}`, { file: shown, hint: 'Check the file and its permissions.' });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(shown, stats);
    const limit = options.maxBytes;
    if (stats.size > limit) throw tooLarge(shown, limit);
    // Read until EOF (the size may change under us), never more than limit + 1 bytes.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw notRegular(shown, stats);
        throw new LockstepError(`cannot read ${shown}: ${(error as Error).message}`, { file: shown, hint: 'Check the file and its permissions.' });
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(shown, limit);
    }
    try {
      return DECODER.decode(Buffer.concat(chunks, total));
    } catch {
      throw new LockstepError(`${shown} is not valid UTF-8`, { file: shown, hint: `Save ${shown} as UTF-8 (uv reads it as UTF-8 too).` });
    }
  } finally {
    closeSync(fd);
  }
}

function tooLarge(shown: string, limit: number): LockstepError {
  return new LockstepError(`${shown} is larger than ${Math.round(limit / (1024 * 1024))} MiB; lockstep refuses to read it`, {
    file: shown,
    hint: `A real ${shown} is far smaller; check what was committed under that name.`,
  });
}

// The bounded project-file reader: what a hostile pull request can put where pyproject.toml, uv.lock or
// .env should be (a directory, a FIFO, a huge file, bytes that are not UTF-8) ends as a LockstepError
// naming the file — fast, never a hang or an EISDIR stack trace.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorOf } from '../support/errors.js';
import { readProjectFile } from '../../src/adapters/project-file.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';

afterAll(() => cleanupTempDirs());

describe('readProjectFile', () => {
  const dir = makeTempDir('project-file');
  it('reads a regular file and says null for a missing one', () => {
    writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\n');
    expect(readProjectFile(path.join(dir, 'pyproject.toml'), { maxBytes: 1024 })).toBe('[project]\nname = "x"\n');
    expect(readProjectFile(path.join(dir, 'nope.toml'), { maxBytes: 1024 })).toBeNull();
  });
  it('refuses a directory by name', () => {
    mkdirSync(path.join(dir, 'uv.lock'));
    const error = errorOf(() => readProjectFile(path.join(dir, 'uv.lock'), { maxBytes: 1024, shown: 'uv.lock' }));
    expect(error.message).toBe('uv.lock is a directory, not a regular file');
    expect(error.file).toBe('uv.lock');
  });
  it('refuses a FIFO without waiting for a writer', () => {
    execFileSync('mkfifo', [path.join(dir, '.env')]);
    const started = Date.now();
    const error = errorOf(() => readProjectFile(path.join(dir, '.env'), { maxBytes: 1024, shown: '.env' }));
    expect(error.message).toBe('.env is a FIFO (named pipe), not a regular file');
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('refuses a file over the cap and one that is not UTF-8', () => {
    writeFileSync(path.join(dir, 'big.lock'), 'x'.repeat(2048));
    expect(errorOf(() => readProjectFile(path.join(dir, 'big.lock'), { maxBytes: 1024, shown: 'uv.lock' })).message).toMatch(/uv\.lock is larger than/);
    writeFileSync(path.join(dir, 'latin1.toml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3d, 0xe9]));
    expect(errorOf(() => readProjectFile(path.join(dir, 'latin1.toml'), { maxBytes: 1024, shown: 'pyproject.toml' })).message).toBe('pyproject.toml is not valid UTF-8');
  });
});

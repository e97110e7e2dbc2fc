// The setup job's .env step on what a pull request can put there instead of a file (issue 11, item 8):
// a directory or a FIFO is an error naming the file, at once, never an EISDIR trace or a hang.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { LockstepError } from '../../src/core/errors.js';
import { exportEnvFile } from '../../src/jobs/setup/steps.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { recordingRunner } from '../support/recording-runner.js';

afterAll(() => cleanupTempDirs());

describe('Load .env', () => {
  it.each(['directory', 'FIFO'])('refuses a .env that is a %s', async (kind) => {
    const workspace = makeTempDir('env-step');
    const envPath = path.join(workspace, '.env');
    if (kind === 'directory') mkdirSync(envPath);
    else execFileSync('mkfifo', [envPath]);
    const started = Date.now();
    const attempt = exportEnvFile({
      runner: recordingRunner({}).runner,
      env: { GITHUB_WORKSPACE: workspace },
      dir: workspace,
      inputs: { envFile: '.env', envFileAllowIndex: false },
      expandFrom: {},
      rel: (p) => path.relative(workspace, p),
    });
    await expect(attempt).rejects.toThrow(LockstepError);
    await expect(attempt).rejects.toThrow(`.env is a ${kind === 'FIFO' ? 'FIFO (named pipe)' : 'directory'}, not a regular file`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

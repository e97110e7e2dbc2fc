import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../src/core/errors.js';
import { failStep } from '../../src/jobs/fail-step.js';
import { recordingRunner } from '../support/recording-runner.js';

describe('failStep', () => {
  const where = { workspace: '/repo', projectDir: '/repo/ml' };

  it('bad input: one error annotation on the file relative to the repository, with the hint', () => {
    const { runner, record } = recordingRunner();
    failStep(runner, new LockstepError('uv.lock: version 2 is not supported', { file: 'uv.lock', line: 1, hint: 'Re-lock with a uv that writes version 1.' }), 'bump', where);
    expect(record.failed).toBe(true);
    expect(record.annotations).toEqual([
      { level: 'error', message: 'uv.lock: version 2 is not supported Re-lock with a uv that writes version 1.', position: expect.objectContaining({ file: 'ml/uv.lock', line: 1, title: 'lockstep bump' }) },
    ]);
  });

  it('a bug: the message fails the step, the stack stays in the debug log', () => {
    const { runner, record } = recordingRunner();
    failStep(runner, new TypeError('x is undefined'), 'review', where);
    expect(record.failed).toBe(true);
    expect(record.annotations.map((a) => a.message)).toEqual(['lockstep review failed: x is undefined']);
    expect(record.debug.join('\n')).toContain('TypeError: x is undefined');
  });
});

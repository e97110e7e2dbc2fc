import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { refuseWritesOnUntrustedEvent } from '../../../src/core/plan/event-guard.js';

describe('refuseWritesOnUntrustedEvent', () => {
  it('refuses pull-request-like events, where the checkout may hold untrusted code', () => {
    for (const event of ['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment']) {
      expect(() => refuseWritesOnUntrustedEvent('bump', event)).toThrow(LockstepError);
    }
    try {
      refuseWritesOnUntrustedEvent('refresh', 'pull_request_target');
    } catch (error) {
      expect((error as LockstepError).message).toContain('refresh does not push branches or open PRs on `pull_request_target`');
      expect((error as LockstepError).hint).toContain('dry-run: true');
    }
  });

  it('allows the events a maintenance bot runs on', () => {
    for (const event of ['schedule', 'workflow_dispatch', 'push', undefined]) {
      expect(() => refuseWritesOnUntrustedEvent('bump', event)).not.toThrow();
    }
  });
});

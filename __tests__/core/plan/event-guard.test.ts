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

  it('allows only the events that run the default branch\'s own code (an allowlist)', () => {
    for (const event of ['schedule', 'workflow_dispatch', undefined]) {
      expect(() => refuseWritesOnUntrustedEvent('bump', event)).not.toThrow();
    }
    expect(() => refuseWritesOnUntrustedEvent('bump', { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' })).not.toThrow();
    for (const eventName of ['merge_group', 'check_suite', 'deployment', 'release', 'repository_dispatch', 'push']) {
      expect(() => refuseWritesOnUntrustedEvent('bump', { eventName, ref: 'refs/heads/feature', defaultBranch: 'main' })).toThrow(LockstepError);
    }
    // A push whose payload names no default branch cannot be shown to be one.
    expect(() => refuseWritesOnUntrustedEvent('bump', { eventName: 'push', ref: 'refs/heads/main' })).toThrow(LockstepError);
  });
});

import { describe, expect, it } from '@jest/globals';
import { decideCacheEnabled, decideCacheWrite, eventContextFrom, parseCacheWriteMode, type CacheWriteMode } from '../../../src/core/cache/trust.js';

const repo = { default_branch: 'main', full_name: 'octo-org/research' };
const samePr = { head: { repo: { fork: false, full_name: 'octo-org/research' } }, base: { repo: { full_name: 'octo-org/research' } } };
const forkPr = { head: { repo: { fork: true, full_name: 'mallory/research' } }, base: { repo: { full_name: 'octo-org/research' } } };

type Row = [CacheWriteMode, string, string, object, boolean];
const table: Row[] = [
  ['auto', 'push', 'refs/heads/main', { repository: repo }, true],
  ['auto', 'schedule', 'refs/heads/main', { repository: repo }, true],
  ['auto', 'workflow_dispatch', 'refs/heads/main', { repository: repo }, true],
  ['auto', 'push', 'refs/heads/feature', { repository: repo }, false],
  ['auto', 'push', 'refs/tags/v1.0.0', { repository: repo }, false],
  ['auto', 'push', 'refs/heads/main', {}, false],
  ['auto', 'pull_request', 'refs/pull/7/merge', { repository: repo, pull_request: samePr }, false],
  ['auto', 'pull_request', 'refs/pull/7/merge', { repository: repo, pull_request: forkPr }, false],
  ['auto', 'pull_request_target', 'refs/heads/main', { repository: repo, pull_request: forkPr }, false],
  ['auto', 'pull_request_target', 'refs/heads/main', { repository: repo, pull_request: samePr }, false],
  ['auto', 'workflow_run', 'refs/heads/main', { repository: repo }, false],
  ['auto', 'merge_group', 'refs/heads/gh-readonly-queue/main/pr-1', { repository: repo }, false],
  ['true', 'pull_request', 'refs/pull/7/merge', { repository: repo, pull_request: samePr }, true],
  ['true', 'push', 'refs/heads/feature', { repository: repo }, true],
  ['false', 'push', 'refs/heads/main', { repository: repo }, false],
];

describe('decideCacheWrite', () => {
  it.each(table)('cache-write %s on %s %s → write %s', (mode, event, ref, payload, expected) => {
    const decision = decideCacheWrite(mode, eventContextFrom({ GITHUB_EVENT_NAME: event, GITHUB_REF: ref }, payload));
    expect(decision.write).toBe(expected);
    expect(decision.reason).not.toBe('');
  });

  it('treats a PR whose head repository differs from the base as a fork even without the fork flag', () => {
    const payload = { repository: repo, pull_request: { head: { repo: { full_name: 'mallory/research' } }, base: { repo: { full_name: 'octo-org/research' } } } };
    const ctx = eventContextFrom({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }, payload);
    expect(decideCacheWrite('auto', ctx)).toEqual({ write: false, reason: 'pull request from a fork; only restoring' });
  });

  it('explains why it does not write', () => {
    const ctx = eventContextFrom({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature' }, { repository: repo });
    expect(decideCacheWrite('auto', ctx).reason).toBe('refs/heads/feature is not the default branch (main); only restoring');
  });
});

describe('parseCacheWriteMode', () => {
  it('accepts auto/true/false (empty means auto) and nothing else', () => {
    expect(['', 'auto', 'true', 'FALSE'].map(parseCacheWriteMode)).toEqual(['auto', 'auto', 'true', 'false']);
    expect(parseCacheWriteMode('yes')).toBeUndefined();
  });
});

describe('decideCacheEnabled (enable-cache, setup-uv\'s auto rule)', () => {
  const ctx = (event: string, ref = 'refs/heads/main') => eventContextFrom({ GITHUB_EVENT_NAME: event, GITHUB_REF: ref }, {});
  it.each([
    ['auto', 'push', 'refs/heads/main', 'github-hosted', true],
    ['auto', 'pull_request', 'refs/pull/1/merge', 'github-hosted', true],
    ['auto', 'push', 'refs/tags/v1.0', 'github-hosted', false],
    ['auto', 'release', 'refs/tags/v1.0', 'github-hosted', false],
    ['auto', 'pull_request_target', 'refs/heads/main', 'github-hosted', false],
    ['auto', 'workflow_run', 'refs/heads/main', 'github-hosted', false],
    ['auto', 'push', 'refs/heads/main', 'self-hosted', false],
    ['auto', 'push', 'refs/heads/main', undefined, false],
    ['true', 'pull_request_target', 'refs/heads/main', 'self-hosted', true],
    ['false', 'push', 'refs/heads/main', 'github-hosted', false],
  ] as const)('enable-cache %s on %s %s (%s runner) → %s', (mode, event, ref, runnerEnvironment, expected) => {
    expect(decideCacheEnabled(mode, ctx(event, ref), runnerEnvironment).enabled).toBe(expected);
  });
  it('says why the cache is off', () => {
    expect(decideCacheEnabled('auto', ctx('push'), 'self-hosted').reason).toMatch(/self-hosted runner/);
    expect(decideCacheEnabled('auto', ctx('push', 'refs/tags/v2'), 'github-hosted').reason).toBe('tag push (enable-cache: auto)');
  });
});

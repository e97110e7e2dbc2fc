/**
 * The bots' branch + PR publisher against the stateful fake GitHub: bodies over GitHub's limit (issue 13).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubApi, MAX_COMMENT_BODY_CHARS } from '../../src/adapters/github.js';
import { capPullRequestBody, publishBranchPullRequest } from '../../src/adapters/pull-request.js';
import { FakeGitHub } from '../support/fake-github.js';

const OWNER = 'octo';
const REPO = 'research';
const MARKER = '<!-- lockstep:bump -->';

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await FakeGitHub.start();
  fake.createRepository({ owner: OWNER, repo: REPO, files: { 'pyproject.toml': '[project]\n', 'uv.lock': 'version = 1\n' } });
});

afterEach(async () => {
  const violations = fake.violations;
  await fake.close();
  expect(violations).toEqual([]);
});

/** A bump body for `pins` moving pins, as long as a real one: one table row each. */
function hugeBody(pins: number): string {
  const rows = Array.from({ length: pins }, (_, i) => `| package-with-a-long-name-${i} | 1.0.0 | 1.1.0 | group-${i} | 2026-01-01 | ${'note '.repeat(20)}|`);
  return [MARKER, `<!-- lockstep:bump-versions ${'x'.repeat(100)} -->`, '', '| Package | From | To | Group | Released | Notes |', '|---|---|---|---|---|---|', ...rows, '', '```toml', ...rows, '```'].join('\n');
}

describe('publishBranchPullRequest with a body over 65,536 characters', () => {
  it('opens the PR (GitHub would answer 422) with the body cut at a line, markers kept, and a note where the rest is', async () => {
    const api = createGitHubApi({ token: 'test-token', owner: OWNER, repo: REPO, baseUrl: fake.url, writeSpacingMs: 0, retryBaseMs: 5, retryAfterUnitMs: 5 });
    const body = hugeBody(800);
    expect(body.length).toBeGreaterThan(2 * MAX_COMMENT_BODY_CHARS);
    const request = {
      branch: 'lockstep/bump',
      title: 'Bump 800 pins',
      body,
      marker: MARKER,
      proposalKey: 'k',
      readProposalKey: () => 'k',
      files: [{ path: 'pyproject.toml', content: '[project]\nname = "x"\n' }],
      commitMessage: 'Bump pins',
      blockedComment: () => 'blocked',
    };
    const first = await publishBranchPullRequest(api, request);
    expect(first.action).toBe('created');
    const [pr] = fake.pullRequests(OWNER, REPO);
    expect(pr!.body!.length).toBeLessThanOrEqual(MAX_COMMENT_BODY_CHARS);
    expect(pr!.body!.startsWith(`${MARKER}\n<!-- lockstep:bump-versions`)).toBe(true);
    expect(pr!.body).toContain('cut to fit GitHub\'s size limit');
    // The next run finds the same PR and sees nothing to change (no edit loop, no second PR).
    const again = await publishBranchPullRequest(api, request);
    expect(again.action).toBe('unchanged');
    expect(fake.pullRequests(OWNER, REPO)).toHaveLength(1);
  });

  it('closes a code fence the cut left open', () => {
    const body = capPullRequestBody(['top', '```', ...Array.from({ length: 100 }, () => 'x'.repeat(50))].join('\n'), 'see the summary.', 1000);
    expect(body.length).toBeLessThanOrEqual(1000);
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});

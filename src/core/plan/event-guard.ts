import { LockstepError } from '../errors.js';

/**
 * Events whose checkout may hold a pull request's code. `bump` and `refresh` run `uv lock`, which can run
 * a project's build backend (a git or path dependency, a dynamic version), and they hold a token that can
 * push: on these events that would run untrusted code with write access. They stay allowed as dry runs.
 */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment', 'workflow_run']);

/** Throws when a job that writes (branches, PRs) is asked to run on a pull-request-like event. */
export function refuseWritesOnUntrustedEvent(job: 'bump' | 'refresh', eventName: string | undefined): void {
  if (!eventName || !PULL_REQUEST_EVENTS.has(eventName)) return;
  throw new LockstepError(`${job} does not push branches or open PRs on \`${eventName}\` events: the checkout may hold a pull request's code, and \`uv lock\` can run it with a write token.`, {
    hint: `Run ${job} on \`schedule\` / \`workflow_dispatch\` / \`push\` to the default branch, or set \`dry-run: true\` to only preview the plan in this workflow.`,
  });
}

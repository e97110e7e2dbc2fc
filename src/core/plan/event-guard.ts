import { LockstepError } from '../errors.js';

/**
 * Whether a job that writes (branches, PRs) may push on this event. An allowlist: only the events that
 * run the default branch's own code — `schedule`, `workflow_dispatch` and `push` to the default branch.
 * `bump` and `refresh` run `uv lock`, which can run a project's build backend (a git or path dependency,
 * a dynamic version), and they hold a token that can push: on any other event (pull requests,
 * `merge_group`, `check_suite`, `workflow_run`, a push to a feature branch...) the checkout may hold code
 * nobody reviewed, so they stay allowed only as dry runs. Outside Actions (no event) there is nothing
 * to guard.
 */
export interface TriggerContext {
  eventName: string | undefined;
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  ref?: string;
  /** The repository's default branch, from the event payload; undefined when unknown. */
  defaultBranch?: string;
}

const DEFAULT_BRANCH_CODE_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export function mayWriteOn(trigger: TriggerContext): boolean {
  const { eventName } = trigger;
  if (!eventName) return true;
  if (DEFAULT_BRANCH_CODE_EVENTS.has(eventName)) return true;
  return eventName === 'push' && trigger.defaultBranch !== undefined && trigger.ref === `refs/heads/${trigger.defaultBranch}`;
}

/** Throws when a job that writes (branches, PRs) is asked to run on an event outside the allowlist. */
export function refuseWritesOnUntrustedEvent(job: 'bump' | 'refresh', trigger: TriggerContext | string | undefined): void {
  const context = typeof trigger === 'object' ? trigger : { eventName: trigger };
  if (mayWriteOn(context)) return;
  const what = context.eventName === 'push' ? `a push to ${context.ref ?? 'a branch'} (not the default branch${context.defaultBranch ? ` ${context.defaultBranch}` : ''})` : `\`${context.eventName}\` events`;
  throw new LockstepError(`${job} does not push branches or open PRs on ${what}: only schedule, workflow_dispatch and pushes to the default branch run the default branch's own code, and \`uv lock\` could otherwise run unreviewed code with a write token.`, {
    hint: `Run ${job} on \`schedule\` / \`workflow_dispatch\` / \`push\` to the default branch, or set \`dry-run: true\` to only preview the plan in this workflow.`,
  });
}

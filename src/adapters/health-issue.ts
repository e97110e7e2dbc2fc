/**
 * Keeps the repository's one lock-health issue (see core/health/issue.ts for the rules): finds the bot's
 * issue by label + marker + bot author, then creates, edits, comments on or closes it. Used by the
 * health job and by `lockstep health --repo`.
 */
import {
  fixedComment,
  HEALTH_UPDATE_MARKER,
  markFixed,
  planHealthIssue,
  splitHealthBody,
  type HealthState,
  type RotItem,
} from '../core/health/issue.js';
import type { GitHubApi, Issue } from './github.js';

export const DEFAULT_HEALTH_LABELS = ['lockstep-health'];

export type HealthIssueAction = 'created' | 'updated' | 'unchanged' | 'commented' | 'closed' | 'closed-before' | 'none';

export interface HealthIssueOutcome {
  action: HealthIssueAction;
  issue: Issue | null;
  message: string;
}

export interface KeepHealthIssueOptions {
  items: RotItem[];
  /** False when a host could not be checked: nothing is closed then. */
  complete: boolean;
  /** The issue for these items, given the previous issue's state (for the first-seen dates). */
  render: (previous: HealthState | null) => { title: string; body: string };
  labels?: readonly string[];
  now: Date;
  checkedFiles: number;
}

export async function keepHealthIssue(api: GitHubApi, options: KeepHealthIssueOptions): Promise<HealthIssueOutcome> {
  const labels = options.labels && options.labels.length > 0 ? options.labels : DEFAULT_HEALTH_LABELS;
  const issues = await api.listIssues({ labels, state: 'all' });
  const ours = issues.filter((i) => i.authorIsBot);
  const open = ours.find((i) => i.state === 'open' && splitHealthBody(i.body).state !== null);
  const rendered = options.items.length > 0 ? options.render(open ? splitHealthBody(open.body).state : null) : null;
  const plan = planHealthIssue(ours, rendered, options.items, options.complete);
  const find = (number: number) => ours.find((i) => i.number === number)!;
  switch (plan.kind) {
    case 'none':
      return { action: 'none', issue: null, message: options.items.length === 0 ? 'every locked file is served; no issue open' : 'nothing to change' };
    case 'create': {
      const issue = await api.createIssue({ title: rendered!.title, body: rendered!.body, labels });
      return { action: 'created', issue, message: `opened #${issue.number}` };
    }
    case 'update': {
      const issue = await api.updateIssue(plan.issue.number, { title: rendered!.title, body: rendered!.body });
      return { action: 'updated', issue, message: `updated #${issue.number}` };
    }
    case 'unchanged':
      return { action: 'unchanged', issue: find(plan.issue.number), message: `#${plan.issue.number} is up to date` };
    case 'comment': {
      // A person edited the issue: their text stays; the new report is the bot's one update comment.
      const { visible } = splitHealthBody(rendered!.body);
      const { action } = await api.upsertComment(plan.issue.number, HEALTH_UPDATE_MARKER, `${HEALTH_UPDATE_MARKER}\nThe issue text was edited, so lockstep reports here instead of overwriting it.\n\n${visible}`);
      return { action: action === 'unchanged' ? 'unchanged' : 'commented', issue: find(plan.issue.number), message: `#${plan.issue.number} was edited by a person: ${action === 'unchanged' ? 'the update comment is up to date' : 'reported in a comment'}` };
    }
    case 'close': {
      const number = plan.issue.number;
      const marked = markFixed(plan.issue.body, options.now);
      if (marked !== plan.issue.body) await api.updateIssue(number, { body: marked });
      await api.createComment(number, fixedComment(options.now, options.checkedFiles));
      const issue = await api.updateIssue(number, { state: 'closed', stateReason: 'completed' });
      return { action: 'closed', issue, message: `closed #${number}: the lock installs again` };
    }
    case 'closed-before':
      return {
        action: 'closed-before',
        issue: find(plan.issue.number),
        message: `#${plan.issue.number} about these same files was closed by a person; not reopening it (a new problem opens a new issue).`,
      };
  }
}

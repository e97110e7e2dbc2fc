/**
 * Who may write the wheel store. A cache entry written by untrusted code is restored by every later
 * trusted run of the same scope (cache poisoning, setup-uv #984), so `save-cache: auto` only writes
 * from events that run the repository's own default-branch code. Restoring is always allowed.
 */
export type CacheWriteMode = 'auto' | 'true' | 'false';

export interface EventContext {
  /** GITHUB_EVENT_NAME */
  eventName: string;
  /** GITHUB_REF, e.g. `refs/heads/main` */
  ref: string;
  /** repository.default_branch from the event payload, when present. */
  defaultBranch?: string;
  /** pull_request.head.repo.fork from the payload (pull_request events). */
  headRepoFork?: boolean;
  /** pull_request.head.repo.full_name / base repo full_name: a PR whose head lives elsewhere is a fork. */
  headRepoFullName?: string;
  baseRepoFullName?: string;
}

export interface WriteDecision {
  write: boolean;
  reason: string;
}

/** Events that run the repository's own code at a ref the repository chose. */
const TRUSTED_WRITE_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);
/** Events that run with the base repository's cache scope on behalf of someone else's code. */
const NEVER_WRITE_EVENTS = new Set(['pull_request_target', 'workflow_run']);

export function parseCacheWriteMode(value: string): CacheWriteMode | undefined {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'true') return 'true';
  if (v === 'false') return 'false';
  return undefined;
}

/** Builds the context from the runner's env and the parsed GITHUB_EVENT_PATH payload. */
export function eventContextFrom(env: Record<string, string | undefined>, payload: unknown): EventContext {
  const p = (payload ?? {}) as {
    repository?: { default_branch?: unknown; full_name?: unknown };
    pull_request?: { head?: { repo?: { fork?: unknown; full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } } };
  };
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    defaultBranch: str(p.repository?.default_branch),
    headRepoFork: typeof p.pull_request?.head?.repo?.fork === 'boolean' ? p.pull_request.head.repo.fork : undefined,
    headRepoFullName: str(p.pull_request?.head?.repo?.full_name),
    baseRepoFullName: str(p.pull_request?.base?.repo?.full_name) ?? str(p.repository?.full_name),
  };
}

function isForkPullRequest(ctx: EventContext): boolean {
  if (ctx.headRepoFork === true) return true;
  return !!ctx.headRepoFullName && !!ctx.baseRepoFullName && ctx.headRepoFullName !== ctx.baseRepoFullName;
}

export function decideCacheWrite(mode: CacheWriteMode, ctx: EventContext): WriteDecision {
  if (mode === 'false') return { write: false, reason: 'save-cache is false' };
  if (mode === 'true') return { write: true, reason: 'save-cache is true' };
  const event = ctx.eventName || 'unknown event';
  if (NEVER_WRITE_EVENTS.has(ctx.eventName)) {
    return { write: false, reason: `${event} runs code the repository did not review; only restoring` };
  }
  if (isForkPullRequest(ctx)) return { write: false, reason: 'pull request from a fork; only restoring' };
  if (!TRUSTED_WRITE_EVENTS.has(ctx.eventName)) {
    return { write: false, reason: `${event} is not push, schedule or workflow_dispatch; only restoring` };
  }
  if (!ctx.defaultBranch) {
    return { write: false, reason: 'the event payload names no default branch; only restoring' };
  }
  if (ctx.ref !== `refs/heads/${ctx.defaultBranch}`) {
    return { write: false, reason: `${ctx.ref || 'this ref'} is not the default branch (${ctx.defaultBranch}); only restoring` };
  }
  return { write: true, reason: `${event} on the default branch` };
}

export type EnableCacheMode = 'auto' | 'true' | 'false';

export function parseEnableCacheMode(value: string): EnableCacheMode | undefined {
  return parseCacheWriteMode(value);
}

export interface EnableDecision {
  enabled: boolean;
  reason: string;
}

/** Events setup-uv's `enable-cache: auto` turns the cache off for: release-sensitive or running others' code. */
const NO_CACHE_EVENTS = new Set(['release', 'pull_request_target', 'workflow_run']);

/**
 * `enable-cache` as setup-uv decides it. `auto` is off on self-hosted runners (uv's cache dir is not
 * wiped between jobs there, so the cache service only adds transfers) and for tag pushes, `release`,
 * `pull_request_target` and `workflow_run` (release-sensitive jobs, or jobs that must not restore a
 * store a pull request could have written).
 */
export function decideCacheEnabled(mode: EnableCacheMode, ctx: EventContext, runnerEnvironment: string | undefined): EnableDecision {
  if (mode === 'false') return { enabled: false, reason: 'enable-cache is false' };
  if (mode === 'true') return { enabled: true, reason: 'enable-cache is true' };
  if (runnerEnvironment !== 'github-hosted') {
    return { enabled: false, reason: 'self-hosted runner (enable-cache: auto): uv\'s cache dir stays on its disk between jobs' };
  }
  if (ctx.eventName === 'push' && ctx.ref.startsWith('refs/tags/')) return { enabled: false, reason: 'tag push (enable-cache: auto)' };
  if (NO_CACHE_EVENTS.has(ctx.eventName)) return { enabled: false, reason: `${ctx.eventName} event (enable-cache: auto)` };
  return { enabled: true, reason: 'enable-cache: auto on a GitHub-hosted runner' };
}

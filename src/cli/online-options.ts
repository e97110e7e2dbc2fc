/** The online-check options `check --online` and `health` share: one parseArgs spec, one validation. */
import type { OnlineCheckOptions } from '../adapters/online-check.js';
import { retryPolicyFromEnv } from '../adapters/http.js';
import { defaultPageCacheDir, PageCache } from '../adapters/page-cache.js';
import { UsageError } from './usage.js';

export const ONLINE_ARGS = {
  'online-deadline': { type: 'string' },
  'no-cache': { type: 'boolean' },
} as const;

export const ONLINE_HELP = `  --online-deadline S    stop asking after S seconds (default 60); files not answered by then are
                         "could not check", never "missing"
  --no-cache             neither read nor write the index page cache (LOCKSTEP_CACHE_DIR, else
                         ~/.cache/lockstep; pages are revalidated with ETag / Last-Modified)`;

export interface OnlineArgValues {
  'online-deadline'?: string;
  'no-cache'?: boolean;
}

export function onlineOptions(values: OnlineArgValues, env: NodeJS.ProcessEnv, progress: (line: string) => void): OnlineCheckOptions & { env: NodeJS.ProcessEnv } {
  const raw = values['online-deadline'];
  const seconds = raw === undefined ? 60 : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) throw new UsageError(`--online-deadline ${raw}: expected a number of seconds between 0 and 3600`);
  return {
    policy: retryPolicyFromEnv(env),
    deadlineMs: seconds * 1000,
    cache: values['no-cache'] ? null : new PageCache(defaultPageCacheDir(env)),
    progress,
    env,
  };
}

/**
 * Index lookups for the bots: every package's listing from the indexes its origin names, many at once
 * (a small pool, so 50 pins take about one round trip per 8), each request with the http.ts timeout and
 * retries. A 404 means "not on this index" (uv then tries the next index of the chain); anything else
 * that still fails after the retries is an error naming the index, and the caller stops before changing
 * anything.
 */
import { LockstepError } from '../core/errors.js';
import type { ChainListing, PackageOrigin } from '../core/plan/types.js';
import { HttpStatusError, NetworkError, redactUrl, retryPolicyFromEnv, type RetryPolicy } from './http.js';
import { SimpleApiIndex, type IndexReleaseFile } from './package-index.js';
import { withIndexCredentials } from './index-credentials.js';

/** The one call lookups need (SimpleApiIndex has it; tests may wrap it). */
export interface ReleaseSource {
  releaseFiles(project: string): Promise<IndexReleaseFile[]>;
}

export interface LookupOptions {
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  policy?: RetryPolicy;
  log?: (message: string) => void;
  /** Builds the client for an index URL (tests may wrap it to count calls). */
  indexFor?: (url: string) => ReleaseSource;
  /** Where UV_INDEX_<NAME>_USERNAME / _PASSWORD are read for named indexes (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

/** Runs `work` over `items` with at most `limit` at once; keeps the order of results. */
export async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function lookupListings(origins: ReadonlyMap<string, PackageOrigin>, options: LookupOptions = {}): Promise<Map<string, ChainListing[]>> {
  const policy = options.policy ?? retryPolicyFromEnv();
  const clients = new Map<string, ReleaseSource>();
  const client = (ref: { url: string; name?: string }) => {
    // A named index's credentials come from UV_INDEX_<NAME>_USERNAME / _PASSWORD, as uv reads them.
    const url = withIndexCredentials(ref.url, ref.name, options.env ?? process.env);
    let c = clients.get(url);
    if (!c) clients.set(url, (c = options.indexFor?.(url) ?? new SimpleApiIndex(url, policy, options.log)));
    return c;
  };
  const entries = [...origins.entries()].filter((e): e is [string, { chains: { url: string; name?: string }[][] }] => 'chains' in e[1]);
  const listings = await mapPool(entries, options.concurrency ?? 8, async ([name, origin]) => {
    const perChain: ChainListing[] = [];
    for (const chain of origin.chains) {
      const missed: string[] = [];
      let listing: ChainListing | null = null;
      for (const ref of chain) {
        try {
          const files = await client(ref).releaseFiles(name);
          listing = {
            indexUrl: ref.url,
            files: files.map((f) => ({ filename: f.filename, yanked: f.yanked ?? false, requiresPython: f.requiresPython, uploadTime: f.uploadTime })),
          };
          break;
        } catch (error) {
          if (error instanceof HttpStatusError && (error.status === 404 || error.status === 410)) {
            missed.push(ref.url);
            continue;
          }
          const why = error instanceof NetworkError || error instanceof HttpStatusError ? error.message : String((error as Error)?.message ?? error);
          throw new LockstepError(`Could not read ${name}'s releases from ${redactUrl(ref.url)}: ${why}`, {
            hint: 'The index did not answer after retries; nothing was changed. Re-run later, or set LOCKSTEP_HTTP_TIMEOUT_MS / LOCKSTEP_HTTP_ATTEMPTS for a slow index.',
            cause: error,
          });
        }
      }
      perChain.push(listing ?? { notFound: missed });
    }
    return [name, perChain] as const;
  });
  return new Map(listings);
}

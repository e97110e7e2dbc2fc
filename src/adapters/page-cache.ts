/**
 * An on-disk cache of index pages for `check --online`, revalidated the HTTP way: each entry keeps the
 * ETag / Last-Modified the server sent, the next request carries If-None-Match / If-Modified-Since,
 * and a 304 reuses the stored body (a weekly health job re-reads a large lock's 300 pages at the cost
 * of 300 empty answers). `Cache-Control: max-age` is honoured up to ten minutes, so an immediate re-run
 * asks nothing at all. One JSON file per URL, written through a temp file + rename; an unreadable or
 * oversized entry is ignored (and replaced by the next answer). Credentials are never part of a key
 * or an entry: keys are made from the URL without them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CachedPage {
  url: string;
  etag?: string;
  lastModified?: string;
  contentType: string;
  body: string;
  /** When the body was (re)validated, ms since the epoch. */
  storedAt: number;
  /** Seconds the server said the page stays fresh (capped). */
  maxAge?: number;
}

const MAX_FRESH_SECONDS = 600;
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** LOCKSTEP_CACHE_DIR, else $XDG_CACHE_HOME/lockstep, else ~/.cache/lockstep (each + `/index-pages`). */
export function defaultPageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.LOCKSTEP_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'lockstep');
  return path.join(root, 'index-pages');
}

function stripCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

export class PageCache {
  constructor(readonly dir: string) {}

  private file(url: string): string {
    return path.join(this.dir, `${createHash('sha256').update(stripCredentials(url)).digest('hex').slice(0, 40)}.json`);
  }

  get(url: string): CachedPage | null {
    const file = this.file(url);
    try {
      if (statSync(file).size > MAX_ENTRY_BYTES) return null;
      const entry = JSON.parse(readFileSync(file, 'utf8')) as CachedPage;
      return entry.url === stripCredentials(url) && typeof entry.body === 'string' ? entry : null;
    } catch {
      return null;
    }
  }

  /** Still fresh by the server's own max-age: usable without asking. */
  isFresh(entry: CachedPage, now: number): boolean {
    return entry.maxAge !== undefined && now - entry.storedAt < Math.min(entry.maxAge, MAX_FRESH_SECONDS) * 1000;
  }

  /** Conditional request headers for a cached entry. */
  validators(entry: CachedPage | null): Record<string, string> {
    const headers: Record<string, string> = {};
    if (entry?.etag) headers['If-None-Match'] = entry.etag;
    if (entry?.lastModified) headers['If-Modified-Since'] = entry.lastModified;
    return headers;
  }

  /** Stores an answer when the server gave a validator or a max-age (otherwise it could never be reused). */
  put(url: string, answer: { headers: Headers; body: string; contentType: string }, now: number): void {
    const etag = answer.headers.get('etag') ?? undefined;
    const lastModified = answer.headers.get('last-modified') ?? undefined;
    const maxAge = Number(/max-age=(\d+)/i.exec(answer.headers.get('cache-control') ?? '')?.[1]);
    const noStore = /no-store|private/i.test(answer.headers.get('cache-control') ?? '');
    if (noStore || (!etag && !lastModified && !Number.isFinite(maxAge))) return;
    const entry: CachedPage = { url: stripCredentials(url), contentType: answer.contentType, body: answer.body, storedAt: now };
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    if (Number.isFinite(maxAge)) entry.maxAge = maxAge;
    this.write(url, entry);
  }

  /** A 304 revalidated the entry: it is fresh again from now. */
  touch(url: string, entry: CachedPage, headers: Headers, now: number): void {
    const maxAge = Number(/max-age=(\d+)/i.exec(headers.get('cache-control') ?? '')?.[1]);
    this.write(url, { ...entry, storedAt: now, ...(Number.isFinite(maxAge) ? { maxAge } : {}) });
  }

  private write(url: string, entry: CachedPage): void {
    const file = this.file(url);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, JSON.stringify(entry));
      renameSync(temp, file);
    } catch {
      // A cache that cannot be written only costs the next run a full request; leave no partial file.
      rmSync(temp, { force: true });
    }
  }
}

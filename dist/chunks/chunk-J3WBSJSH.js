import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/page-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var MAX_FRESH_SECONDS = 600;
var MAX_ENTRY_BYTES = 64 * 1024 * 1024;
function defaultPageCacheDir(env = process.env) {
  const root = env.LOCKSTEP_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "lockstep");
  return path.join(root, "index-pages");
}
__name(defaultPageCacheDir, "defaultPageCacheDir");
function stripCredentials(url) {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href;
  } catch {
    return url;
  }
}
__name(stripCredentials, "stripCredentials");
var PageCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static {
    __name(this, "PageCache");
  }
  file(url) {
    return path.join(this.dir, `${createHash("sha256").update(stripCredentials(url)).digest("hex").slice(0, 40)}.json`);
  }
  get(url) {
    const file = this.file(url);
    try {
      if (statSync(file).size > MAX_ENTRY_BYTES) return null;
      const entry = JSON.parse(readFileSync(file, "utf8"));
      return entry.url === stripCredentials(url) && typeof entry.body === "string" ? entry : null;
    } catch {
      return null;
    }
  }
  /** Still fresh by the server's own max-age: usable without asking. */
  isFresh(entry, now) {
    return entry.maxAge !== void 0 && now - entry.storedAt < Math.min(entry.maxAge, MAX_FRESH_SECONDS) * 1e3;
  }
  /** Conditional request headers for a cached entry. */
  validators(entry) {
    const headers = {};
    if (entry?.etag) headers["If-None-Match"] = entry.etag;
    if (entry?.lastModified) headers["If-Modified-Since"] = entry.lastModified;
    return headers;
  }
  /** Stores an answer when the server gave a validator or a max-age (otherwise it could never be reused). */
  put(url, answer, now) {
    const etag = answer.headers.get("etag") ?? void 0;
    const lastModified = answer.headers.get("last-modified") ?? void 0;
    const maxAge = Number(/max-age=(\d+)/i.exec(answer.headers.get("cache-control") ?? "")?.[1]);
    const noStore = /no-store|private/i.test(answer.headers.get("cache-control") ?? "");
    if (noStore || !etag && !lastModified && !Number.isFinite(maxAge)) return;
    const entry = { url: stripCredentials(url), contentType: answer.contentType, body: answer.body, storedAt: now };
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    if (Number.isFinite(maxAge)) entry.maxAge = maxAge;
    this.write(url, entry);
  }
  /** A 304 revalidated the entry: it is fresh again from now. */
  touch(url, entry, headers, now) {
    const maxAge = Number(/max-age=(\d+)/i.exec(headers.get("cache-control") ?? "")?.[1]);
    this.write(url, { ...entry, storedAt: now, ...Number.isFinite(maxAge) ? { maxAge } : {} });
  }
  write(url, entry) {
    const file = this.file(url);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, JSON.stringify(entry));
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
};

export {
  defaultPageCacheDir,
  PageCache
};

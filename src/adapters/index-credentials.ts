import { rememberSecret } from './outgoing.js';

/**
 * Credentials for a named `[[tool.uv.index]]` the uv way: `UV_INDEX_<NAME>_USERNAME` and
 * `UV_INDEX_<NAME>_PASSWORD`, NAME being the index name upper-cased with every character that is not
 * a letter or digit replaced by `_` (uv's rule). They are added to the URL lockstep itself requests
 * (bump's release lookups, the uv download from `index-url`), never written into a file, a lock or a
 * message: every URL that is shown goes through redactUrl, the plan keeps the bare URL, and the
 * password is remembered by the one redaction gate (outgoing.ts) wherever it would show up alone.
 */
export function uvIndexEnvName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** `url` with the named index's credentials from the environment; unchanged when there are none. */
export function withIndexCredentials(url: string, name: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (!name) return url;
  const key = `UV_INDEX_${uvIndexEnvName(name)}`;
  const username = env[`${key}_USERNAME`];
  const password = env[`${key}_PASSWORD`];
  if (!username && !password) return url;
  if (password) rememberSecret(password);
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return url; // credentials in the URL itself win, as in uv
    parsed.username = encodeURIComponent(username ?? '');
    parsed.password = encodeURIComponent(password ?? '');
    return parsed.toString().replace(/\/$/, url.endsWith('/') ? '/' : '');
  } catch {
    return url;
  }
}

/** The named index whose URL is `url` (trailing slashes ignored), for credentials. */
export function indexNameFor(url: string, indexes: readonly { name?: string | null; url: string }[]): string | undefined {
  const bare = url.replace(/\/+$/, '');
  return indexes.find((i) => i.name && i.url.replace(/\/+$/, '') === bare)?.name ?? undefined;
}

/**
 * The one redaction every piece of text leaving the process passes through: logs, annotations, job
 * summaries, outputs, PR bodies, comments, commit messages, artifacts, CLI output and error messages.
 * Log masking (`::add-mask::`) covers only the runner's log, not what we send through the API, so
 * credentials must be taken out before the text leaves.
 */

/** `scheme://userinfo@`: the userinfo of a URL anywhere in a text (index URLs, proxy URLs, git remotes). */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@'"`<>]+)@/gi;

/** Shorter secrets would blank out ordinary words ("a", "ok") everywhere; the runner's mask covers them in logs. */
export const MIN_SECRET_LENGTH = 4;
const TOKEN_AS_USER_LENGTH = 20;

/**
 * `text` with the userinfo of every URL replaced by `***` (uv, pip and git all accept a token as the
 * user name, so the whole userinfo goes, except `git@` of an SSH-style URL) and every occurrence of a
 * known secret value replaced by `***`.
 */
export function redactText(text: string, secrets: Iterable<string> = []): string {
  let out = text.replace(URL_USERINFO, (match, scheme: string, userinfo: string) => (userinfo === 'git' ? match : `${scheme}***@`));
  const values = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const value of values) {
    if (out.includes(value)) out = out.split(value).join('***');
  }
  return out;
}

/**
 * The secret parts of a URL's userinfo (raw and percent-decoded), to be remembered as secrets; [] when
 * none. A user name alone counts only when it is token-sized (`https://ghp_…@github.com`): a plain
 * name such as `octocat` would otherwise be blanked out of every later text.
 */
export function urlCredentials(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const tokenAsUser = !parsed.password && parsed.username.length >= TOKEN_AS_USER_LENGTH ? parsed.username : '';
  const parts = [parsed.password, tokenAsUser].filter(Boolean);
  return parts.flatMap((part) => {
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      // a stray % is kept as is
    }
    return decoded === part ? [part] : [part, decoded];
  });
}

/**
 * The process's one gate for text that leaves it (see core/security/redact.ts): every secret the
 * process learns (tokens, index passwords, masked .env values) is remembered here, and `redact` takes
 * them and every URL's credentials out. The runner adapter, the GitHub adapter, the artifact upload and
 * the CLI's streams all call it, so no channel depends on its caller remembering to.
 */
import { MIN_SECRET_LENGTH, redactText, urlCredentials } from '../core/security/redact.js';

const secrets = new Set<string>();

/** Remembers a secret value (and each of its lines, for multi-line values such as key blocks). */
export function rememberSecret(value: string): void {
  for (const part of [value, ...value.split(/\r?\n/).map((line) => line.trim())]) {
    if (part.length >= MIN_SECRET_LENGTH) secrets.add(part);
  }
}

/** Remembers the password (or token-as-user-name) of a URL such as `https://user:TOKEN@host/simple`. */
export function rememberUrlCredentials(url: string): void {
  for (const part of urlCredentials(url)) rememberSecret(part);
}

/** `text` as it may leave the process: URL credentials and remembered secrets replaced by `***`. */
export function redact(text: string): string {
  return redactText(text, secrets);
}

/** For tests: forget what was remembered. */
export function forgetSecrets(): void {
  secrets.clear();
}

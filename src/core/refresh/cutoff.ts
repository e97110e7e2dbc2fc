/**
 * The `exclude-newer` timestamp a refresh passes to uv. The project's own `exclude-newer` (pyproject
 * `[tool.uv]`, uv.toml, UV_EXCLUDE_NEWER) is honoured by uv itself; the `min-release-age` cooldown
 * becomes `--exclude-newer <now − age>`, passed only when it is stricter than every configured cutoff
 * (uv's flag replaces the configured value, so a later one must never be passed).
 */
import { LockstepError } from '../errors.js';
import { parseUvDuration } from '../time/uv-duration.js';

/**
 * RFC 3339 timestamp, `YYYY-MM-DD` (read as UTC midnight), or a duration relative to `now` as uv
 * accepts it (`1 week`, `P7D`: the cutoff is `now` minus it) → epoch ms; null when none of these.
 */
export function parseExcludeNewer(value: string, now: Date = new Date()): number | null {
  const text = value.trim();
  const relative = parseUvDuration(text);
  if (relative !== null) return now.getTime() - relative;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Date.parse(`${text}T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const ms = Date.parse(text.replace(' ', 'T'));
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

export interface ConfiguredCutoff {
  value: string;
  /** Where it is set (`pyproject.toml [tool.uv] exclude-newer`), for the error message. */
  where: string;
}

/** `--exclude-newer` value for uv, or null when the configured cutoffs (or no cooldown) already do it. */
export function cooldownCutoff(input: { configured: readonly ConfiguredCutoff[]; minReleaseAgeMs: number | null; now: Date }): string | null {
  if (!input.minReleaseAgeMs) return null;
  const cutoff = input.now.getTime() - input.minReleaseAgeMs;
  for (const c of input.configured) {
    const ms = parseExcludeNewer(c.value, input.now);
    if (ms === null) {
      throw new LockstepError(`${c.where} = "${c.value}": lockstep cannot compare it with min-release-age`, {
        hint: 'Write exclude-newer as uv reads it: an RFC 3339 timestamp (2025-06-01T00:00:00Z), a date, or a duration (`1 week`, `P7D`; not months or years), or leave min-release-age unset.',
      });
    }
    if (ms <= cutoff) return null;
  }
  return new Date(Math.floor(cutoff / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

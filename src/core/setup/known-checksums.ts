/**
 * What a uv download must hash to, whatever host served it. The table (known-uv-checksums.ts) holds
 * the package index's own sha256 for each uv wheel lockstep can install; a mirror, proxy or tampered
 * index that serves other bytes under a known name fails, even when it also serves a matching hash.
 * A version the table does not know is verified against the index's hash or the `.sha256` beside a
 * GitHub archive, and against the `checksum` input when given.
 */
import { KNOWN_UV_WHEEL_SHA256 } from './known-uv-checksums.js';

/** The known sha256 of a uv wheel by its filename; undefined when the table does not cover it. */
export function knownUvWheelDigest(filename: string): string | undefined {
  const m = /^uv-([^-]+)-py3-none-(.+)\.whl$/.exec(filename);
  if (!m) return undefined;
  return KNOWN_UV_WHEEL_SHA256[m[1]!]?.[m[2]!];
}

/** The versions the table covers (lowest first), for messages and tests. */
export function knownUvVersions(): string[] {
  return Object.keys(KNOWN_UV_WHEEL_SHA256);
}

/** A `checksum` input: 64 hex digits (a `sha256:` prefix is accepted), or '' for none. */
export function parseChecksumInput(value: string): string | null {
  const v = value.trim().toLowerCase().replace(/^sha256:/, '');
  if (v === '') return '';
  return /^[0-9a-f]{64}$/.test(v) ? v : null;
}

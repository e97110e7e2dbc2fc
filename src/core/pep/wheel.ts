/**
 * PEP 427 wheel filenames: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`, where each tag
 * part may be a compressed set (`cp311.cp312`). Accepts a bare filename or a URL (lock files store URLs
 * such as `.../flash_attn-2.7.3%2Bcu12torch2.5cxx11abiFALSE-cp311-cp311-linux_x86_64.whl`).
 */
import { LockstepError } from '../errors.js';
import { isValidVersion } from './version.js';

export interface WheelFilename {
  name: string;
  version: string;
  build: string | null;
  pythonTags: string[];
  abiTags: string[];
  platformTags: string[];
}

/** The URL-decoded last path segment, without `?query` or `#fragment`. */
export function lastPathSegment(urlOrFilename: string): string {
  let s = urlOrFilename;
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const query = s.indexOf('?');
  if (query >= 0) s = s.slice(0, query);
  const slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
  const segment = slash >= 0 ? s.slice(slash + 1) : s;
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new LockstepError(`Malformed percent-encoding in ${JSON.stringify(urlOrFilename)}`, {
      hint: 'A "%" in a URL must be followed by two hex digits (e.g. %2B for "+").',
    });
  }
}

/** The decoded last segment of an sdist URL, e.g. `flash_attn-2.7.4.post1.tar.gz`. */
export function sdistFilename(urlOrFilename: string): string {
  return lastPathSegment(urlOrFilename);
}

const TAG_PART = /^[A-Za-z0-9_.]+$/;

function wheelError(urlOrFilename: string, why: string): LockstepError {
  const shown = urlOrFilename.length > 300 ? `${urlOrFilename.slice(0, 300)}…` : urlOrFilename;
  return new LockstepError(`Not a valid wheel filename ${JSON.stringify(shown)}: ${why}`, {
    hint: 'Wheel files are named {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl (PEP 427).',
  });
}

const PARSED = new Map<string, WheelFilename>();
const PARSED_LIMIT = 200_000;

/**
 * Parses a wheel filename or URL. Throws LockstepError for anything that is not a PEP 427 wheel name.
 * Memoised by input (the engine sees each lock URL once per target); the result is frozen and shared.
 */
export function parseWheelFilename(urlOrFilename: string): WheelFilename {
  const cached = PARSED.get(urlOrFilename);
  if (cached) return cached;
  const parsed = parseUncached(urlOrFilename);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(urlOrFilename, parsed);
  return parsed;
}

function parseUncached(urlOrFilename: string): WheelFilename {
  const file = lastPathSegment(urlOrFilename);
  if (!file.endsWith('.whl')) throw wheelError(urlOrFilename, 'it does not end in .whl');
  const parts = file.slice(0, -4).split('-');
  if (parts.length !== 5 && parts.length !== 6) {
    throw wheelError(urlOrFilename, `expected 5 or 6 dash-separated parts, found ${parts.length}`);
  }
  const [name, version] = parts as [string, string];
  const build = parts.length === 6 ? parts[2]! : null;
  const [python, abi, platform] = parts.slice(-3) as [string, string, string];
  // Like packaging: word characters and dots only (the escaped form of the project name), never `__`.
  if (!/^[\p{L}\p{N}_.]+$/u.test(name) || name.includes('__')) throw wheelError(urlOrFilename, `invalid distribution name '${name}'`);
  if (!isValidVersion(version)) throw wheelError(urlOrFilename, `invalid version '${version}'`);
  // PEP 427: the build tag must start with a digit.
  if (build !== null && !/^\d[A-Za-z0-9_.]*$/.test(build)) throw wheelError(urlOrFilename, `invalid build tag '${build}' (must start with a digit)`);
  for (const [label, part] of [['python', python], ['abi', abi], ['platform', platform]] as const) {
    if (!TAG_PART.test(part) || part.split('.').some((t) => t === '')) throw wheelError(urlOrFilename, `invalid ${label} tag '${part}'`);
  }
  // Frozen: parses are memoised and the same object goes to every caller.
  return Object.freeze({
    name,
    version,
    build,
    pythonTags: Object.freeze(python.split('.')) as string[],
    abiTags: Object.freeze(abi.split('.')) as string[],
    platformTags: Object.freeze(platform.split('.')) as string[],
  });
}

/**
 * Orders build tags as pip/uv do: the leading number first, then the rest as a string; a wheel with
 * no build tag sorts before any build tag. Returns <0, 0, >0.
 */
export function compareBuildTags(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const [, an = '0', as = ''] = /^(\d*)(.*)$/.exec(a)!;
  const [, bn = '0', bs = ''] = /^(\d*)(.*)$/.exec(b)!;
  const na = BigInt(an || '0');
  const nb = BigInt(bn || '0');
  if (na !== nb) return na < nb ? -1 : 1;
  return as < bs ? -1 : as > bs ? 1 : 0;
}

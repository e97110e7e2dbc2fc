import { isValidSpecifier, isValidVersion, newestSatisfying } from '../pep/version.js';
import { LockstepError } from '../errors.js';

/** The uv this action installs when nothing asks for another: tested with it, bumped deliberately. */
export const DEFAULT_UV_VERSION = '0.13.9';

/** Where the wanted uv version came from, for the log and the summary. */
export type UvVersionOrigin = 'input' | 'version-file' | 'uv.toml' | 'pyproject.toml' | 'default';

/** What the user asked for: an exact version, a PEP 440 specifier to resolve, or the newest release. */
export type UvVersionRequest =
  | { kind: 'exact'; version: string; origin: UvVersionOrigin }
  | { kind: 'specifier'; specifier: string; origin: UvVersionOrigin; file?: string }
  | { kind: 'latest'; origin: UvVersionOrigin };

export interface UvVersionSources {
  /** The `version` input ('' when unset). */
  input: string;
  /** What the `version-file` input's file says, and that file's name (relative, for messages). */
  versionFile?: { file: string; version: string };
  /** `required-version` from uv.toml, which uv itself prefers over pyproject.toml. */
  uvTomlRequiredVersion?: string;
  /** `[tool.uv] required-version` from pyproject.toml. */
  pyprojectRequiredVersion?: string;
}

/**
 * Decides which uv to install: the `version` input, else the `version-file`, else uv.toml's then
 * pyproject.toml's `required-version` (a PEP 440 specifier), else the pinned default.
 */
export function chooseUvVersionRequest(sources: UvVersionSources): UvVersionRequest {
  const input = sources.input.trim();
  if (input) return parseRequest(input, 'input', 'the `version` input');
  if (sources.versionFile) return parseRequest(sources.versionFile.version.trim(), 'version-file', sources.versionFile.file, sources.versionFile.file);
  if (sources.uvTomlRequiredVersion?.trim())
    return parseRequest(sources.uvTomlRequiredVersion.trim(), 'uv.toml', 'uv.toml', 'uv.toml');
  if (sources.pyprojectRequiredVersion?.trim())
    return parseRequest(sources.pyprojectRequiredVersion.trim(), 'pyproject.toml', 'pyproject.toml', 'pyproject.toml');
  return { kind: 'exact', version: DEFAULT_UV_VERSION, origin: 'default' };
}

function parseRequest(text: string, origin: UvVersionOrigin, where: string, file?: string): UvVersionRequest {
  if (text === 'latest') return { kind: 'latest', origin };
  const bare = text.replace(/^v/, '');
  if (isValidVersion(bare)) return { kind: 'exact', version: bare, origin };
  // uv's required-version is a specifier; a bare `==0.13.9` is one too and resolves to that release.
  if (isValidSpecifier(text)) return { kind: 'specifier', specifier: text, origin, file };
  throw new LockstepError(`uv version "${text}" from ${where} is neither a version nor a PEP 440 specifier`, {
    file,
    hint: 'Use an exact version (0.13.9), a specifier (>=0.13,<0.14) or "latest".',
  });
}

/** Picks the release to install for a request, given the releases the source publishes. */
export function resolveUvVersion(request: UvVersionRequest, releases: readonly string[]): string {
  if (request.kind === 'exact') return request.version;
  const finals = releases.filter((r) => isValidVersion(r) && !/[a-z]/i.test(r));
  if (request.kind === 'latest') {
    const newest = newestSatisfying(finals, '>=0', { prereleases: false });
    if (!newest) throw new LockstepError('no uv release found to resolve "latest"');
    return newest;
  }
  const picked = newestSatisfying(finals, request.specifier, { prereleases: false }) ?? newestSatisfying(releases, request.specifier, { prereleases: true });
  if (!picked) {
    throw new LockstepError(
      `no uv release satisfies required-version "${request.specifier}" (newest known: ${newestSatisfying(finals, '>=0', { prereleases: false }) ?? 'none'})`,
      { file: request.file, hint: 'Relax required-version, or set the `version` input to a published release.' },
    );
  }
  return picked;
}

/** A request needs the release list only when it is not already an exact version. */
export function needsReleaseList(request: UvVersionRequest): boolean {
  return request.kind !== 'exact';
}

/**
 * @actions/tool-cache's find() only matches semver-shaped versions: 0.13.9 is fine, but a PEP 440
 * pre-release such as 0.14.0a1 or a two-part 0.14 would be cached and never found again.
 */
export function toolCacheVersion(version: string): string {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[.-]?(a|b|rc|alpha|beta|c)\.?(\d+))?(?:\.?post\.?(\d+))?(?:\.?dev\.?(\d+))?$/i.exec(version);
  if (!m) return version;
  const core = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
  const pre = m[4] ? `-${m[4].toLowerCase()}.${m[5]}` : m[7] ? `-dev.${m[7]}` : '';
  const post = m[6] ? `+post.${m[6]}` : '';
  return core + pre + post;
}

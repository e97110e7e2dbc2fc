import { LockstepError } from '../../core/errors.js';
import { needsReleaseList, resolveUvVersion, type UvVersionRequest } from '../../core/setup/uv-version.js';
import { describeError, NetworkError } from '../http.js';
import type { PackageIndex } from '../package-index.js';
import { findCachedUv, type InstallContext, type InstalledUv, type UvDistribution } from './base.js';
import { GitHubReleaseDistribution } from './github-release.js';
import { PypiWheelDistribution } from './pypi-wheel.js';

export { ChecksumMismatchError, findCachedUv, type InstalledUv, type UvSourceName } from './base.js';

export type UvSourceInput = 'auto' | 'github' | 'pypi';

export interface UvInstallOptions extends InstallContext {
  source: UvSourceInput;
  index: PackageIndex;
  githubUrl: string;
  githubApiUrl: string;
  githubToken: string;
}

export function parseUvSource(value: string): UvSourceInput {
  const source = value.trim() || 'auto';
  if (source === 'auto' || source === 'github' || source === 'pypi') return source;
  throw new LockstepError(`uv-source must be auto, github or pypi, not "${value}"`, { hint: 'Set `uv-source` to auto, github or pypi.' });
}

/** The sources to try, in order: `auto` is GitHub first, then PyPI when GitHub cannot be reached. */
function distributions(options: UvInstallOptions): UvDistribution[] {
  const github = new GitHubReleaseDistribution(options, options.githubUrl, options.githubApiUrl, options.githubToken);
  const pypi = new PypiWheelDistribution(options, options.index);
  if (options.source === 'github') return [github];
  if (options.source === 'pypi') return [pypi];
  return [github, pypi];
}

/**
 * Resolves the wanted version and installs it: from the tool cache when it is there, else from the
 * first source that can be reached. A checksum mismatch or a missing release stops the search:
 * only "cannot reach" (network errors, timeouts, 5xx after retries) moves on to the next source.
 */
export async function installUv(request: UvVersionRequest, options: UvInstallOptions): Promise<InstalledUv> {
  const sources = distributions(options);
  const version = needsReleaseList(request) ? await resolveFromSources(request, sources, options) : resolveUvVersion(request, []);
  const cached = findCachedUv(version, options.platform);
  if (cached) return cached;
  const unreachable: string[] = [];
  for (const source of sources) {
    try {
      return await source.install(version);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      unreachable.push(`${source.name}: ${describeError(error)}`);
      options.log(`uv source ${source.name} cannot be reached (${describeError(error)})`);
    }
  }
  throw new LockstepError(`could not download uv ${version}: ${unreachable.join('; ')}`, {
    hint: 'Check the network, or point `github-url` / `index-url` at a mirror this runner can reach.',
  });
}

async function resolveFromSources(request: UvVersionRequest, sources: UvDistribution[], options: UvInstallOptions): Promise<string> {
  const failures: string[] = [];
  // The release list of a GitHub source comes from its API; a PyPI index lists the same releases,
  // so it is also the fallback when the API cannot be reached.
  const listers = sources.some((s) => s.name === 'pypi') ? sources : [...sources, new PypiWheelDistribution(options, options.index)];
  for (const source of listers) {
    try {
      const releases = await source.listReleases();
      return resolveUvVersion(request, releases);
    } catch (error) {
      if (error instanceof LockstepError) throw error;
      failures.push(`${source.name}: ${describeError(error)}`);
      options.log(`cannot list uv releases from ${source.name} (${describeError(error)})`);
    }
  }
  throw new LockstepError(`cannot list uv releases to resolve the required version: ${failures.join('; ')}`, {
    hint: 'Set the `version` input to an exact version, or check the network.',
  });
}

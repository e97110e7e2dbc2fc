/**
 * What the maintenance bots (bump, refresh) share to run: their dependencies, the uv that re-locks, and
 * the inputs both read the same way.
 */
import { createGitHubApi, type GitHubApi } from '../../adapters/github.js';
import { retryPolicyFromEnv } from '../../adapters/http.js';
import { DEFAULT_GITHUB_URL, githubReleasesApi } from '../../adapters/install/github-release.js';
import { installUv } from '../../adapters/install/index.js';
import { SimpleApiIndex } from '../../adapters/package-index.js';
import { runProcess, type RunProcess } from '../../adapters/process.js';
import { actionsRunner, type Runner } from '../../adapters/runner.js';
import { currentPlatform } from '../../adapters/runner-platform.js';
import { LockstepError } from '../../core/errors.js';
import { parseDuration } from '../../core/plan/index.js';
import { chooseUvVersionRequest } from '../../core/setup/uv-version.js';

export interface MaintenanceJobDependencies {
  runner: Runner;
  run: RunProcess;
  env: NodeJS.ProcessEnv;
  /** Builds the GitHub client (tests may count or wrap it). */
  github: (token: string, owner: string, repo: string, log: (m: string) => void) => GitHubApi;
  now: () => Date;
}

/** A bot's dependencies: the runner's, the real uv and GitHub, the clock, each replaceable by a test. */
export function maintenanceDependencies(overrides: Partial<MaintenanceJobDependencies>): MaintenanceJobDependencies {
  return {
    runner: overrides.runner ?? actionsRunner(),
    run: overrides.run ?? runProcess,
    env: overrides.env ?? process.env,
    github: overrides.github ?? ((token, owner, repo, log) => createGitHubApi({ token, owner, repo, log })),
    now: overrides.now ?? (() => new Date()),
  };
}

/**
 * The uv that re-locks: the `uv-path` input, else `uv` on PATH (the setup step puts it there), else the
 * version the project asks for (`required-version`), installed the way the setup job does it
 * (checksum-verified, tool-cached), so the bot workflows also work without a setup step.
 */
export async function resolveUv(runner: Runner, deps: Pick<MaintenanceJobDependencies, 'run' | 'env'>, requiredVersion: string | null, token: string): Promise<string> {
  const given = runner.input('uv-path');
  if (given) return given;
  try {
    const probe = await deps.run('uv', ['--version'], { env: deps.env, timeoutMs: 30_000 });
    if (probe.exitCode === 0) return 'uv';
  } catch {
    // not on PATH: install it below
  }
  const log = (m: string) => runner.info(m);
  const request = chooseUvVersionRequest({ input: '', pyprojectRequiredVersion: requiredVersion ?? undefined });
  const policy = retryPolicyFromEnv(deps.env);
  const releasesApi = githubReleasesApi(DEFAULT_GITHUB_URL, deps.env);
  const installed = await installUv(request, {
    source: 'auto',
    // The uv wheel comes from the same index as everything else (a mirror, when the project uses one).
    index: new SimpleApiIndex(runner.input('default-index') || deps.env.UV_DEFAULT_INDEX || undefined, policy, log),
    githubUrl: DEFAULT_GITHUB_URL,
    // The token goes only to the API that issued it (not api.github.com from a GHES runner).
    githubApiUrl: releasesApi.url,
    githubToken: releasesApi.sendToken ? token : '',
    platform: currentPlatform(),
    policy,
    log,
  });
  log(`uv ${installed.version} installed at ${installed.binary}`);
  return installed.binary;
}

/** The `min-release-age` input in milliseconds (null when empty); a bad value is an input error. */
export function minReleaseAgeInput(runner: Runner): number | null {
  const value = runner.input('min-release-age');
  if (value === '') return null;
  const ms = parseDuration(value);
  if (ms === null) throw new LockstepError(`min-release-age: "${value}" is not a duration`, { hint: 'Use a number of days (7) or a duration like "12h", "7d", "2w".' });
  return ms;
}

export function listInput(value: string): string[] {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}

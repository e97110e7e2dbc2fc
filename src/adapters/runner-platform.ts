import { runnerPlatformOf, type RunnerPlatform } from '../core/setup/platform.js';

/** This runner's platform; throws a LockstepError on an OS or CPU uv has no build for. */
export function currentPlatform(): RunnerPlatform {
  if (process.platform !== 'linux') return runnerPlatformOf(process.platform, process.arch);
  // Node's report says which C library it was built against; musl builds (the runner's Node in an
  // Alpine container) leave glibcVersionRuntime out.
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return runnerPlatformOf(process.platform, process.arch, header?.glibcVersionRuntime ? 'glibc' : 'musl', header?.glibcVersionRuntime);
}

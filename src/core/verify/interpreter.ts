/**
 * Does the venv's interpreter fit the target it claims? Version (`major.minor`, or the full version when
 * the claim names a patch; `3.13t` = free-threaded), CPython, and the
 * platform named in uv's `--python-platform` spelling (OS, CPU architecture, libc and, for
 * `manylinux_2_X`, a glibc at least that new: an older glibc cannot load the wheels the lock chose).
 */
import type { Target } from '../matrix/types.js';
import { PLATFORM_NAMES, resolvePlatform, type Platform } from '../pep/platforms.js';
import type { InterpreterInfo, VerifyCheck } from './types.js';

const ARCH_ALIASES: Record<string, string> = {
  amd64: 'x86_64',
  x64: 'x86_64',
  arm64: 'aarch64',
  i386: 'i686',
  i586: 'i686',
  x86: 'i686',
  ppc64el: 'ppc64le',
};

/** `AMD64` / `arm64` / `x86_64` → the spelling uv's platform names use. */
export function normalizeArch(machine: string): string {
  const lower = machine.toLowerCase();
  return ARCH_ALIASES[lower] ?? lower;
}

/** The target's platform as the PEP layer resolves it; null for a name uv does not know. */
function resolveClaim(platform: string): Platform | null {
  try {
    return resolvePlatform(platform);
  } catch {
    return null;
  }
}

/** Numeric comparison of dotted versions (`2.35` vs `2.28`): glibc and musl versions are not PEP 440. */
function compareDotted(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const SYSTEM_OS: Record<string, Platform['os']> = { linux: 'linux', darwin: 'macos', win32: 'windows', cygwin: 'windows' };

/**
 * The uv platform name that best describes this interpreter: used when the user claims none, so the lock
 * is judged as uv would install here (`x86_64-manylinux_2_35` on a glibc 2.36 runner: the newest
 * manylinux floor uv names that this glibc satisfies).
 */
export function detectPlatform(info: InterpreterInfo): string | null {
  const arch = normalizeArch(info.machine);
  const os = SYSTEM_OS[info.system];
  if (os === 'macos') return `${arch}-apple-darwin`;
  if (os === 'windows') return `${arch}-pc-windows-msvc`;
  if (os !== 'linux') return null;
  if (info.libc === 'musl') return `${arch}-unknown-linux-musl`;
  const glibc = info.libcVersion?.match(/^(\d+)\.(\d+)/);
  if (!glibc || glibc[1] !== '2') return `${arch}-unknown-linux-gnu`;
  const minor = Number(glibc[2]);
  let best: { name: string; minor: number } | null = null;
  for (const name of PLATFORM_NAMES) {
    const m = name.match(/^(.+)-manylinux_2_(\d+)$/);
    if (!m || m[1] !== arch || Number(m[2]) > minor) continue;
    if (!best || Number(m[2]) > best.minor) best = { name, minor: Number(m[2]) };
  }
  return best?.name ?? `${arch}-unknown-linux-gnu`;
}

/** `3.11.7` → `3.11`. */
export function pythonMinor(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

export function checkInterpreter(info: InterpreterInfo, target: Target): VerifyCheck {
  const problems: string[] = [];
  const seen = `${info.implementation} ${info.version}${info.freeThreaded ? ' (free-threaded)' : ''} on ${info.sysconfigPlatform}${info.libc ? ` (${info.libc} ${info.libcVersion ?? '?'})` : ''}`;
  if (info.implementation.toLowerCase() !== 'cpython') problems.push(`the interpreter is ${info.implementation}, the lock targets CPython`);
  // The claim is `3.11`, `3.11.9` (then the patch must match too) or `3.13t` (a free-threaded build).
  const claimedFreeThreaded = target.python.endsWith('t');
  const claimed = claimedFreeThreaded ? target.python.slice(0, -1) : target.python;
  const actual = claimed.split('.').length >= 3 ? info.version : pythonMinor(info.version);
  if (actual !== claimed) problems.push(`Python ${info.version} is not ${target.python}`);
  if (claimedFreeThreaded && !info.freeThreaded) problems.push('the interpreter is not a free-threaded build, the target is');
  if (!claimedFreeThreaded && info.freeThreaded) problems.push(`the interpreter is a free-threaded build (${claimed}t), the target is not`);
  const claim = resolveClaim(target.platform);
  if (!claim) {
    problems.push(`"${target.platform}" is not a platform name verify knows (use uv's --python-platform names)`);
  } else {
    const os = SYSTEM_OS[info.system] ?? info.system;
    const arch = normalizeArch(info.machine);
    if (os !== claim.os) problems.push(`the OS is ${os}, the target is ${claim.os}`);
    if (arch !== claim.arch) problems.push(`the CPU is ${arch}, the target is ${claim.arch}`);
    if (claim.os === 'linux' && os === 'linux') {
      const wanted = claim.libc === 'musl' ? 'musl' : 'glibc';
      const floor = (claim.libc === 'musl' ? claim.musl : claim.glibc)?.join('.');
      if (info.libc && info.libc !== wanted) problems.push(`the C library is ${info.libc}, the target needs ${wanted}`);
      else if (floor && info.libcVersion && compareDotted(info.libcVersion, floor) < 0) {
        problems.push(`${wanted} ${info.libcVersion} is older than the ${wanted} ${floor} the target's wheels need`);
      }
    }
  }
  if (problems.length > 0) return { name: 'interpreter', status: 'fail', details: `${seen}: ${problems.join('; ')}` };
  return { name: 'interpreter', status: 'pass', details: `${seen} fits ${target.python} / ${target.platform}` };
}

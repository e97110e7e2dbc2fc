/** This runner's OS, CPU and C library, as Node reports them (the adapter fills it in). */
export interface RunnerPlatform {
  os: 'linux' | 'darwin' | 'win32';
  arch: 'x64' | 'arm64';
  /** Linux only: glibc or musl decides which uv build runs. */
  libc?: 'glibc' | 'musl';
}

/** The Rust target triple uv's GitHub release archives are named after. */
export function uvTargetTriple(p: RunnerPlatform): string {
  const cpu = p.arch === 'x64' ? 'x86_64' : 'aarch64';
  if (p.os === 'darwin') return `${cpu}-apple-darwin`;
  if (p.os === 'win32') return `${cpu}-pc-windows-msvc`;
  return `${cpu}-unknown-linux-${p.libc === 'musl' ? 'musl' : 'gnu'}`;
}

/** Release archive name: `.zip` on Windows, `.tar.gz` elsewhere. */
export function uvArchiveName(p: RunnerPlatform): string {
  return `uv-${uvTargetTriple(p)}.${p.os === 'win32' ? 'zip' : 'tar.gz'}`;
}

export function uvExecutableName(p: RunnerPlatform): string {
  return p.os === 'win32' ? 'uv.exe' : 'uv';
}

/**
 * Whether a wheel platform tag (`manylinux_2_17_x86_64`, `macosx_11_0_arm64`, `win_amd64`) runs
 * here. glibc versions are not compared: uv's manylinux floor (2.17) is older than any runner's.
 */
export function wheelPlatformTagMatches(tag: string, p: RunnerPlatform): boolean {
  if (p.os === 'win32') return tag === (p.arch === 'x64' ? 'win_amd64' : 'win_arm64');
  if (p.os === 'darwin') {
    const cpu = p.arch === 'x64' ? 'x86_64' : 'arm64';
    return tag.startsWith('macosx_') && (tag.endsWith(`_${cpu}`) || tag.endsWith('_universal2'));
  }
  const cpu = p.arch === 'x64' ? 'x86_64' : 'aarch64';
  const family = p.libc === 'musl' ? /^musllinux_\d+_\d+_/ : /^(manylinux_\d+_\d+_|manylinux2014_|manylinux2010_|manylinux1_)/;
  return family.test(tag) && tag.endsWith(`_${cpu}`);
}

export interface UvWheelFile {
  filename: string;
  version: string;
  platformTags: string[];
}

/** Parses `uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl`; undefined for other files. */
export function parseUvWheelFilename(filename: string): UvWheelFile | undefined {
  const m = /^uv-([^-]+)-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(filename);
  if (!m) return undefined;
  return { filename, version: m[1] ?? '', platformTags: (m[4] ?? '').split('.') };
}

/** The uv wheel of `version` for this platform among an index's files. */
export function pickUvWheel(filenames: readonly string[], version: string, p: RunnerPlatform): string | undefined {
  for (const name of filenames) {
    const wheel = parseUvWheelFilename(name);
    if (wheel && wheel.version === version && wheel.platformTags.some((t) => wheelPlatformTagMatches(t, p))) return name;
  }
  return undefined;
}

/** Versions with at least one file on the index (sdists and wheels), from `uv-<version>...` names. */
export function uvVersionsFromFilenames(filenames: readonly string[]): string[] {
  const versions = new Set<string>();
  for (const name of filenames) {
    const m = /^uv-(\d[^-]*?)(?:-.*\.whl|\.tar\.gz|\.zip)$/.exec(name);
    if (m?.[1]) versions.add(m[1]);
  }
  return [...versions];
}

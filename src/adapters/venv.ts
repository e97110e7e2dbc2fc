/**
 * Reads a virtual environment without importing anything installed in it: the interpreter reports its
 * own facts (stdlib only, run with -I -S so no `.pth` hook or site-packages module runs), and the
 * `*.dist-info` directories are read from disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LockstepError } from '../core/errors.js';
import { parseCoreMetadata, parseDirectUrl, parseWheelInfo } from '../core/verify/dist-info.js';
import type { InstalledDist, InterpreterInfo } from '../core/verify/types.js';
import { runProcess, type RunProcess } from './process.js';

/** Printed as one JSON line. `sys.argv[1]` is the venv, so site-packages comes from its scheme, not from `site`. */
const PROBE = String.raw`
import json, os, platform, sys, sysconfig
venv = sys.argv[1]
paths = sysconfig.get_paths(vars={"base": venv, "platbase": venv})
libc, libc_version = platform.libc_ver() if sys.platform.startswith("linux") else ("", "")
host = " ".join(str(sysconfig.get_config_var(k) or "") for k in ("HOST_GNU_TYPE", "SOABI", "MULTIARCH"))
if sys.platform.startswith("linux") and not libc and "musl" in host:
    libc = "musl"
print(json.dumps({
    "implementation": sys.implementation.name,
    "version": ".".join(str(p) for p in sys.version_info[:3]),
    "system": sys.platform,
    "machine": platform.machine(),
    "sysconfig_platform": sysconfig.get_platform(),
    "libc": libc,
    "libc_version": libc_version,
    "macos_version": platform.mac_ver()[0] if sys.platform == "darwin" else "",
    "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "site_packages": sorted({paths["purelib"], paths["platlib"]}),
}))
`;

export interface VenvContents {
  venv: string;
  python: string;
  interpreter: InterpreterInfo;
  sitePackages: string[];
  installed: InstalledDist[];
}

/** The venv's interpreter: `bin/python` (POSIX) or `Scripts/python.exe` (Windows). */
export function venvPython(venv: string): string {
  const candidates = [path.join(venv, 'bin', 'python'), path.join(venv, 'Scripts', 'python.exe'), path.join(venv, 'bin', 'python3')];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new LockstepError(`${venv} is not a virtual environment: no bin/python or Scripts/python.exe in it`, {
      file: venv,
      hint: 'Run the setup job (or `uv sync`) first, or pass the venv with --venv PATH / the `venv` input.',
    });
  }
  return found;
}

export async function probeInterpreter(python: string, venv: string, run: RunProcess = runProcess): Promise<{ info: InterpreterInfo; sitePackages: string[] }> {
  const result = await run(python, ['-I', '-S', '-c', PROBE, venv], { timeoutMs: 60_000 });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new LockstepError(`${python} did not report its version and platform (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 400)}`, {
      file: python,
      hint: 'The venv may be broken (its base interpreter moved or was removed): recreate it with `uv sync`.',
    });
  }
  const str = (k: string): string => (typeof data[k] === 'string' ? (data[k] as string) : '');
  const libc = str('libc');
  const info: InterpreterInfo = {
    implementation: str('implementation'),
    version: str('version'),
    system: str('system'),
    machine: str('machine'),
    sysconfigPlatform: str('sysconfig_platform'),
    libc: libc === 'glibc' ? 'glibc' : libc === 'musl' ? 'musl' : null,
    libcVersion: str('libc_version') || null,
    macosVersion: str('macos_version') || null,
    freeThreaded: data.free_threaded === true,
  };
  const sitePackages = Array.isArray(data.site_packages) ? data.site_packages.filter((p): p is string => typeof p === 'string') : [];
  return { info, sitePackages };
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** `tiny_lib-1.0.dist-info` → name and version, for a dist-info whose METADATA is missing. */
function fromDirName(dir: string): { name: string; version: string } {
  const stem = dir.slice(0, -'.dist-info'.length);
  const dash = stem.indexOf('-');
  return dash < 0 ? { name: stem, version: '' } : { name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}

/** Every `*.dist-info` directory in these site-packages directories, read from disk. */
export function readInstalledDists(sitePackages: string[]): InstalledDist[] {
  const dists: InstalledDist[] = [];
  for (const dir of new Set(sitePackages)) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).sort()) {
      if (!entry.endsWith('.dist-info')) continue;
      const full = path.join(dir, entry);
      if (!statSync(full).isDirectory()) continue;
      const metadata = parseCoreMetadata(readText(path.join(full, 'METADATA')) ?? '') ?? fromDirName(entry);
      const wheel = parseWheelInfo(readText(path.join(full, 'WHEEL')) ?? '');
      const directUrlText = readText(path.join(full, 'direct_url.json'));
      dists.push({
        name: metadata.name,
        version: metadata.version,
        distInfo: entry,
        installer: readText(path.join(full, 'INSTALLER'))?.trim() || null,
        generator: wheel.generator,
        tags: wheel.tags,
        directUrl: directUrlText === null ? null : parseDirectUrl(directUrlText),
        builtByUv: existsSync(path.join(full, 'uv_build.json')),
      });
    }
  }
  return dists;
}

export async function readVenv(venv: string, run: RunProcess = runProcess): Promise<VenvContents> {
  const python = venvPython(venv);
  const { info, sitePackages } = await probeInterpreter(python, venv, run);
  return { venv, python, interpreter: info, sitePackages, installed: readInstalledDists(sitePackages) };
}

/**
 * The CUDA checks: which CUDA runtime the lock selects (from the torch / nvidia-* pins), whether the
 * installed packages carry that flavour, and whether the GPU driver `nvidia-smi` reports is new enough
 * for it. Without a GPU the driver check is skipped, never failed: CPU runners are normal in a matrix.
 */
import type { Target } from '../matrix/types.js';
import { normalizeName, splitLocal } from '../pep/version.js';
import { compareDriver, cudaFlavour, fullFeatureDriver, type CudaFlavour } from '../matrix/cuda.js';
import type { GpuInfo, InstalledDist, LockedDist, VerifyCheck } from './types.js';

/** What running `nvidia-smi --query-gpu=driver_version,name --format=csv,noheader` told us. */
export type GpuQuery =
  | { kind: 'absent' }
  | { kind: 'failed'; message: string }
  | { kind: 'ok'; gpus: GpuInfo[] };

const DRIVER = /^\d+(\.\d+)+$/;

/**
 * Parses nvidia-smi's CSV query output, with or without its header line (`driver_version, name`).
 * Each row is `<driver>, <name>`; the name may itself contain commas, so only the first one splits.
 * Output that is not such rows (`NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA
 * driver...`, `No devices were found`) becomes `failed` with that text.
 */
export function parseNvidiaSmiCsv(stdout: string): GpuQuery {
  const lines = stdout.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const gpus: GpuInfo[] = [];
  for (const [index, line] of lines.entries()) {
    const comma = line.indexOf(',');
    const first = (comma < 0 ? line : line.slice(0, comma)).trim();
    const rest = comma < 0 ? '' : line.slice(comma + 1).trim();
    if (index === 0 && /^driver_version\b/i.test(first)) continue;
    if (!DRIVER.test(first)) return { kind: 'failed', message: lines.join(' ').slice(0, 300) };
    gpus.push({ driver: first, name: rest });
  }
  if (gpus.length === 0) return { kind: 'failed', message: lines.join(' ').slice(0, 300) || 'nvidia-smi printed no GPU' };
  return { kind: 'ok', gpus };
}

function flavourOf(l: LockedDist): CudaFlavour | null {
  return cudaFlavour({ name: l.name, version: l.version, source: l.source, wheelUrls: [], chosenFile: l.status === 'wheel' ? l.file : undefined });
}

export interface LockedCuda {
  /** `12.4` (or `12` when only the major is known). */
  cuda: string;
  /** The package the version was read from, for messages (`torch 2.5.1+cu124`). */
  from: string;
}

/**
 * The CUDA runtime the lock selects, by the engine's flavour rules: torch's build flavour first, then any
 * other package built for a CUDA toolkit, then a CUDA library's (`nvidia-cuda-runtime-cu12 12.4.127`).
 * A `+cpu` build is no CUDA.
 */
export function lockedCuda(selection: LockedDist[]): LockedCuda | null {
  const flavoured = selection
    .map((l) => ({ l, f: flavourOf(l) }))
    .filter((x): x is { l: LockedDist; f: CudaFlavour } => x.f !== null && x.f.cuda !== 'cpu');
  const pick =
    flavoured.find((x) => x.l.name === 'torch' && x.f.kind === 'build') ??
    flavoured.find((x) => x.f.kind === 'build') ??
    flavoured.find((x) => x.f.minor !== null) ??
    flavoured[0];
  return pick ? { cuda: pick.f.cuda, from: `${pick.l.name} ${pick.l.version}` } : null;
}

/**
 * The locked flavour is installed: every selected package with a CUDA local label (`+cu124`) is present
 * with that same label, and the target's claimed CUDA (when given) has the locked major version.
 */
export function checkCudaFlavour(selection: LockedDist[], installed: InstalledDist[], target: Target): VerifyCheck {
  const locked = lockedCuda(selection);
  const installedByName = new Map(installed.map((d) => [normalizeName(d.name), d]));
  const problems: string[] = [];
  for (const l of selection) {
    const lockedLocal = splitLocal(l.version).local;
    // Packages whose locked version carries the flavour (`+cu124`, `+cpu`) must carry the same one.
    if (!lockedLocal || !flavourOf(l)?.evidence.startsWith('local label')) continue;
    const dist = installedByName.get(l.name);
    if (!dist) continue; // reported by the packages check
    const installedLocal = splitLocal(dist.version).local;
    if (installedLocal !== lockedLocal) problems.push(`${l.name} ${dist.version} is installed, the lock has ${l.version}`);
  }
  if (target.cuda && !locked) problems.push(`the target claims CUDA ${target.cuda} but the lock selects no CUDA packages for it`);
  if (target.cuda && locked && target.cuda.split('.')[0] !== locked.cuda.split('.')[0]) {
    problems.push(`the target claims CUDA ${target.cuda}, the lock selects CUDA ${locked.cuda} (${locked.from})`);
  }
  if (problems.length > 0) return { name: 'cuda-flavour', status: 'fail', details: problems.join('; ') };
  if (!locked) return { name: 'cuda-flavour', status: 'skip', details: 'the lock selects no CUDA packages for this target' };
  return { name: 'cuda-flavour', status: 'pass', details: `CUDA ${locked.cuda} as locked (${locked.from})` };
}

function describeGpus(gpus: GpuInfo[]): string {
  const names = [...new Set(gpus.map((g) => g.name || 'unnamed GPU'))].join(', ');
  return `${gpus.length} GPU${gpus.length === 1 ? '' : 's'} (${names})`;
}

/**
 * Driver ≥ the floor the locked CUDA runtime needs. `minimumDriver` is the engine's table (passed in so
 * this module stays testable on its own); it returns null (or throws) for a CUDA version it does not know.
 */
export function checkCudaDriver(
  query: GpuQuery,
  selection: LockedDist[],
  minimumDriver: (cuda: string) => string | null,
): VerifyCheck {
  if (query.kind === 'absent') {
    return { name: 'cuda-driver', status: 'skip', details: 'nvidia-smi is not on PATH (no NVIDIA GPU on this runner): CUDA driver check skipped' };
  }
  if (query.kind === 'failed') {
    return { name: 'cuda-driver', status: 'skip', details: `nvidia-smi reports no usable GPU (${query.message}): CUDA driver check skipped` };
  }
  const locked = lockedCuda(selection);
  if (!locked) return { name: 'cuda-driver', status: 'skip', details: `${describeGpus(query.gpus)}; the lock selects no CUDA runtime to check the driver against` };
  let floor: string | null = null;
  try {
    floor = minimumDriver(locked.cuda);
  } catch {
    floor = null;
  }
  if (!floor) {
    return { name: 'cuda-driver', status: 'skip', details: `${describeGpus(query.gpus)}; no known minimum driver for CUDA ${locked.cuda}` };
  }
  const tooOld = query.gpus.filter((g) => compareDriver(g.driver, floor!) < 0);
  const drivers = [...new Set(query.gpus.map((g) => g.driver))].join(', ');
  if (tooOld.length > 0) {
    return {
      name: 'cuda-driver',
      status: 'fail',
      details: `${describeGpus(query.gpus)}: driver ${drivers} is older than ${floor}, the minimum for CUDA ${locked.cuda} (${locked.from}). Use a runner with a newer driver or lock an older CUDA build.`,
    };
  }
  // Above the floor but below the toolkit's own driver: runs through minor-version compatibility, where
  // PTX JIT of newer code is not available; worth a word, not a failure.
  const full = fullFeatureDriver(locked.cuda);
  const caveat =
    full && query.gpus.some((g) => compareDriver(g.driver, full) < 0)
      ? ` (below ${full}, the driver CUDA ${locked.cuda} ships with: it runs under minor-version compatibility, without PTX JIT of newer code)`
      : '';
  return { name: 'cuda-driver', status: 'pass', details: `${describeGpus(query.gpus)}: driver ${drivers} ≥ ${floor} needed by CUDA ${locked.cuda} (${locked.from})${caveat}` };
}

/**
 * CUDA flavour rules: which CUDA each locked package was built for, and whether the packages that end up
 * together on one target can load side by side (`cuda-mismatch`) on the driver the user has
 * (`driver-floor`). Pure: the engine passes the packages needed on a target.
 */
import type { Finding } from '../findings.js';
import type { Target } from './types.js';
import { flashAttnWheelUrl, torchCxx11Abi } from './knowledge.js';

/** A locked package as the CUDA rules see it (the engine builds these from the lock model). */
export interface LockedDist {
  name: string;
  version: string;
  /** `registry+URL`, `url+URL`, `git+URL`, ... (a bare URL is accepted too). */
  source: string;
  /** 1-based line of the `[[package]]` header in uv.lock. */
  line?: number;
  wheelUrls: string[];
  /** Filename of the wheel chosen for the target, if any. */
  chosenFile?: string;
}

/**
 * Where a CUDA claim comes from decides what it can be compared with:
 * - `build`: the package contains code compiled against a CUDA toolkit (local label `+cu124`, a
 *   `/whl/cu124` index, a flash-attn style wheel name). Its major.minor is the toolkit it was built with.
 * - `runtime`: the package *is* a CUDA library for one major (`nvidia-cublas-cu12`, `cupy-cuda12x`,
 *   `jax-cuda12-plugin`, `cuda-toolkit 12.8`). Libraries of one major share sonames (libcudart.so.12)
 *   and NVIDIA guarantees minor-version compatibility inside a major, so only the major is comparable:
 *   torch +cu124 next to nvidia-cuda-runtime-cu12 12.1 loads fine; torch +cu124 next to a cu11 library
 *   does not (two libcudart/libcublas sonames, symbols resolved from the wrong one).
 */
export type FlavourKind = 'build' | 'runtime';

export interface CudaFlavour {
  /** `12.4`, or `12` when only the major is known; `cpu` for explicit CPU builds. */
  cuda: string;
  major: number | null;
  minor: number | null;
  kind: FlavourKind;
  /** Human-readable evidence: `local label +cu124`, `index https://download.pytorch.org/whl/cu124`, `name suffix -cu12`. */
  evidence: string;
  /** torch `major.minor` the package was compiled against (`+cu12torch2.5...`, `+pt25cu124`). */
  torch?: string;
  /** C++11 ABI flag from the label (`cxx11abiTRUE`). */
  cxx11abi?: boolean;
}

/** `124` → 12.4, `12` → 12, `118` → 11.8, `92` → 9.2, `1210` → 12.10. */
function cudaFromDigits(digits: string): { cuda: string; major: number; minor: number | null } {
  if (digits.startsWith('1') && digits.length >= 2) {
    const major = Number(digits.slice(0, 2));
    const rest = digits.slice(2);
    return rest ? { cuda: `${major}.${Number(rest)}`, major, minor: Number(rest) } : { cuda: String(major), major, minor: null };
  }
  const major = Number(digits[0]);
  const rest = digits.slice(1);
  return rest ? { cuda: `${major}.${Number(rest)}`, major, minor: Number(rest) } : { cuda: String(major), major, minor: null };
}

/** torch `major.minor` from a label fragment: `2.5`, `25` (pt25), `271` (2.7.1), `2100` (2.10.0). */
function torchFromDigits(text: string): string {
  if (text.includes('.')) return text.split('.').slice(0, 2).join('.');
  if (text.length <= 3) return `${text[0]}.${text[1]}`;
  return `${text[0]}.${text.slice(1, 3)}`;
}

/**
 * Reads a local version label or a wheel's local part. Handles `cu124`, `cpu`,
 * `cu12torch2.5cxx11abiFALSE`, `cu128.torch271`, `pt25cu124`, `cu13torch2.10cxx11abitrue`,
 * `20260318.cu128torch2100cxx11abitrue.8afc61`. Git-hash labels (`+29d31c0`) carry nothing.
 */
function parseLabel(label: string): Omit<CudaFlavour, 'kind' | 'evidence'> | null {
  const lower = label.toLowerCase();
  if (/^cpu(\b|$|[._])/.test(lower)) return { cuda: 'cpu', major: null, minor: null };
  const cu = /(?:^|[^a-z])(?:pt\d+)?cu(\d{2,4})(?!\d)/.exec(lower) ?? /(?:^|[._])cu(\d{2,4})/.exec(lower);
  if (!cu) return null;
  const result: Omit<CudaFlavour, 'kind' | 'evidence'> = cudaFromDigits(cu[1]!);
  const torch = /torch(\d+\.\d+|\d{2,4})/.exec(lower) ?? /(?:^|[^a-z])pt(\d{2,3})cu/.exec(lower);
  if (torch) result.torch = torchFromDigits(torch[1]!);
  const abi = /cxx11abi(true|false)/.exec(lower);
  if (abi) result.cxx11abi = abi[1] === 'true';
  return result;
}

/** Index URLs name their flavour as a path segment: `/whl/cu124`, `/whl/nightly/cu128`, `flashinfer.ai/whl/cu130`. */
function flavourFromUrl(url: string): Omit<CudaFlavour, 'kind' | 'evidence'> | null {
  const path = url.replace(/^[a-z+]+:\/\/[^/]+/i, '');
  for (const segment of path.split('/')) {
    const s = segment.toLowerCase();
    if (s === 'cpu') return { cuda: 'cpu', major: null, minor: null };
    const m = /^cu(\d{2,4})$/.exec(s);
    if (m) return cudaFromDigits(m[1]!);
  }
  return null;
}

/**
 * Packages whose own version *is* the CUDA toolkit version (unlike cublas 12.4.5.8 or cudnn 9.1),
 * including NVIDIA's Python bindings: `cuda-python` / `cuda-bindings` 13.x load libcuda through the
 * CUDA 13 API and need a CUDA 13 driver.
 */
const TOOLKIT_VERSIONED = new Set([
  'cuda-toolkit', 'nvidia-cuda-runtime', 'nvidia-cuda-nvrtc', 'nvidia-cuda-cupti', 'nvidia-cuda-nvcc',
  'nvidia-nvjitlink', 'nvidia-cuda-crt', 'nvidia-nvvm', 'cuda-python', 'cuda-bindings',
]);

/** Published on CUDA indexes (`/whl/cu124`) as CUDA builds whose versions carry no `+cu124` label. */
const UNLABELLED_CUDA_BUILDS = new Set(['xformers', 'fbgemm-gpu', 'torchrec', 'flashinfer-python', 'flashinfer-jit-cache']);

/** The file name a wheel URL ends in; malformed percent-encoding (`%E0%A4%A`) is kept as written, not thrown. */
function wheelFileName(url: string): string {
  const last = url.split('/').pop()!;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function sourceUrl(source: string): string {
  return source.replace(/^(registry|url|git|path|directory|editable|virtual)\+/, '');
}

/** The CUDA flavour a locked package was built for / belongs to, or null when it says nothing about CUDA. */
const FLAVOURS = new WeakMap<LockedDist, CudaFlavour | null>();

/**
 * The CUDA flavour of a locked distribution; memoised per dist object (the engine passes the same
 * object for a package on every target, and this runs once per package per target).
 */
export function cudaFlavour(dist: LockedDist): CudaFlavour | null {
  let flavour = FLAVOURS.get(dist);
  if (flavour === undefined) FLAVOURS.set(dist, (flavour = cudaFlavourUncached(dist)));
  return flavour;
}

function cudaFlavourUncached(dist: LockedDist): CudaFlavour | null {
  const name = dist.name.toLowerCase();
  const label = dist.version.split('+')[1];
  if (label) {
    const parsed = parseLabel(label);
    if (parsed) return { ...parsed, kind: 'build', evidence: `local label +${label}` };
  }
  // Direct-URL wheels (flash-attn releases) carry the flavour in the file name even when the locked
  // version has no label.
  const fileName = dist.chosenFile ?? (dist.wheelUrls.length === 1 ? wheelFileName(dist.wheelUrls[0]!) : undefined);
  const fileLabel = fileName ? /^[^-]+-[^-]+\+([^-]+)-/.exec(fileName)?.[1] : undefined;
  if (fileLabel) {
    const parsed = parseLabel(fileLabel);
    if (parsed) return { ...parsed, kind: 'build', evidence: `wheel ${fileName}` };
  }
  // A `/whl/cu124` index serves plenty that is not a CUDA build (certifi, filelock, numpy, CPU-only
  // aarch64 torchaudio, triton): only packages those indexes publish as CUDA builds without a label
  // take the index's CUDA version.
  if (UNLABELLED_CUDA_BUILDS.has(name) && (dist.source.startsWith('registry+') || /^https?:/.test(dist.source))) {
    const url = sourceUrl(dist.source);
    const parsed = flavourFromUrl(url);
    if (parsed && parsed.cuda !== 'cpu') return { ...parsed, kind: 'build', evidence: `index ${url}` };
  }
  const suffix = /(?:^|-)cu(?:da)?(\d{2})x?(?=-|$)/.exec(name);
  const base = suffix ? name.replace(/-cu\d{2}$/, '') : name;
  if (TOOLKIT_VERSIONED.has(base)) {
    const m = /^(\d+)\.(\d+)/.exec(dist.version);
    if (m) {
      const major = Number(m[1]);
      if (!suffix || Number(suffix[1]) === major) {
        return { cuda: `${major}.${Number(m[2])}`, major, minor: Number(m[2]), kind: 'runtime', evidence: `${dist.name} ${dist.version}` };
      }
    }
  }
  if (suffix) {
    const major = Number(suffix[1]);
    return { cuda: String(major), major, minor: null, kind: 'runtime', evidence: `name suffix ${suffix[0].replace(/^-/, '-')}` };
  }
  return null;
}

interface Flavoured {
  dist: LockedDist;
  flavour: CudaFlavour & { major: number };
}

function describe(d: Flavoured): string {
  return `${d.dist.name} ${d.dist.version} (CUDA ${d.flavour.cuda}, from ${d.flavour.evidence})`;
}

const INDEX_FOR_MAJOR: Record<number, string> = { 11: 'cu118', 12: 'cu128', 13: 'cu130' };

/** How to get a package of a given CUDA major: swap the name suffix, or pick the right index. */
function majorFix(d: Flavoured, wantedMajor: number): string {
  const name = d.dist.name;
  const suffixed = name.replace(/(-cu(?:da)?)(\d{2})(x?)(?=-|$)/, (_m, pre: string, _d: string, x: string) => `${pre}${wantedMajor}${x}`);
  if (suffixed !== name) return `depend on \`${suffixed}\` instead of \`${name}\``;
  if (d.flavour.evidence.startsWith('index ')) return `lock ${name} from a CUDA ${wantedMajor} index as well (e.g. https://download.pytorch.org/whl/${INDEX_FOR_MAJOR[wantedMajor] ?? `cu${wantedMajor}x`})`;
  return `lock a ${name} build for CUDA ${wantedMajor}`;
}

// --- driver table --------------------------------------------------------------------------------

/**
 * Minimum Linux x86_64 driver per CUDA toolkit, from NVIDIA's CUDA Toolkit Release Notes, table
 * "CUDA Toolkit and Corresponding Driver Versions" (https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/,
 * GA release of each toolkit), and the minor-version-compatibility floors from
 * https://docs.nvidia.com/deploy/cuda-compatibility/minor-version-compatibility.html (Table 1:
 * 11.x ≥ 450.80.02, 12.x ≥ 525.60.13, 13.x ≥ 580).
 */
const FULL_FEATURE_DRIVER: Record<string, string> = {
  '11.0': '450.51.05', '11.1': '455.23', '11.2': '460.27.03', '11.3': '465.19.01', '11.4': '470.42.01',
  '11.5': '495.29.05', '11.6': '510.39.01', '11.7': '515.43.04', '11.8': '520.61.05',
  '12.0': '525.60.13', '12.1': '530.30.02', '12.2': '535.54.03', '12.3': '545.23.06', '12.4': '550.54.14',
  '12.5': '555.42.02', '12.6': '560.28.03', '12.8': '570.26', '12.9': '575.51.03',
  '13.0': '580.65.06', '13.1': '590.44.01',
};
const MINOR_COMPAT_FLOOR: Record<number, string> = { 11: '450.80.02', 12: '525.60.13', 13: '580.65.06' };

/** Dotted numeric comparison of driver versions (`550.54.14` vs `550.54`). */
export function compareDriver(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The oldest Linux driver on which code built with this CUDA runs at all (minor-version compatibility
 * floor of its major; for CUDA 10 and older, the toolkit's own driver).
 */
export function minimumDriver(cuda: string): string {
  const major = Number(cuda.split('.')[0]);
  const floor = MINOR_COMPAT_FLOOR[major];
  if (floor) return floor;
  if (major > 13) throw new Error(`no driver data for CUDA ${cuda}; update the table in src/core/matrix/cuda.ts`);
  throw new Error(`CUDA ${cuda} predates minor-version compatibility; lockstep knows CUDA 11 and newer`);
}

/** The driver that supports every feature of this toolkit (PTX JIT of its PTX included), or null if unknown. */
export function fullFeatureDriver(cuda: string): string | null {
  const [major, minor] = cuda.split('.');
  if (minor === undefined) return null;
  return FULL_FEATURE_DRIVER[`${major}.${minor}`] ?? null;
}

// --- findings ------------------------------------------------------------------------------------

const RELEASE_WHEEL_PACKAGES = new Set(['flash-attn', 'mamba-ssm', 'causal-conv1d']);

/** `nixl-cu12` → `nixl`, `cupy-cuda13x` → `cupy`: the name without its CUDA-major suffix, or null when it has none. */
export function cudaSuffixBase(name: string): { base: string; major: number } | null {
  const m = /^(.+?)-cu(?:da)?(\d{2})x?$/.exec(name.toLowerCase());
  return m ? { base: m[1]!, major: Number(m[2]) } : null;
}

/**
 * Packages a meta-package pulls in for several CUDA majors side by side (`nixl` → `nixl-cu12` +
 * `nixl-cu13`, choosing one at run time): given each needed package's direct dependency names, the
 * names of such flavour sets. They are not a mismatch and set no driver floor.
 */
export function sideBySideFlavours(dependencyNames: Iterable<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const names of dependencyNames) {
    const byBase = new Map<string, Map<number, string>>();
    for (const name of names) {
      const suffix = cudaSuffixBase(name);
      if (!suffix) continue;
      let majors = byBase.get(suffix.base);
      if (!majors) byBase.set(suffix.base, (majors = new Map()));
      majors.set(suffix.major, name.toLowerCase());
    }
    for (const majors of byBase.values()) if (majors.size > 1) for (const name of majors.values()) out.add(name);
  }
  return out;
}

/** CUDA findings for the packages needed on one target. */
export function cudaFindings(dists: LockedDist[], target: Target, options: { driver?: string | null; lockFile: string; sideBySide?: ReadonlySet<string> }): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (code: Finding['code'], severity: Finding['severity'], dist: LockedDist | undefined, message: string): void => {
    const key = `${code}\0${dist?.name ?? ''}\0${dist?.version ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const finding: Finding = { code, severity, message, target: target.id, file: options.lockFile };
    if (dist) {
      finding.package = dist.name;
      finding.version = dist.version;
      if (dist.line !== undefined) finding.line = dist.line;
    }
    findings.push(finding);
  };

  const flavoured: Flavoured[] = [];
  for (const dist of dists) {
    if (options.sideBySide?.has(dist.name.toLowerCase())) continue;
    const flavour = cudaFlavour(dist);
    if (flavour && flavour.major !== null) flavoured.push({ dist, flavour: flavour as CudaFlavour & { major: number } });
  }
  const torch = dists.find((d) => d.name.toLowerCase() === 'torch');
  const torchEntry = flavoured.find((d) => d.dist === torch);

  // The reference is torch when it is CUDA-flavoured (everything else compiles against it), else the
  // most common major among the others.
  let reference: Flavoured | undefined = torchEntry;
  if (!reference && flavoured.length > 0) {
    const counts = new Map<number, number>();
    for (const d of flavoured) counts.set(d.flavour.major, (counts.get(d.flavour.major) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    reference = flavoured.find((d) => d.flavour.major === best && d.flavour.kind === 'build') ?? flavoured.find((d) => d.flavour.major === best);
  }

  if (reference) {
    const ref = reference.flavour;
    for (const d of flavoured) {
      if (d === reference) continue;
      if (d.flavour.major !== ref.major) {
        add('cuda-mismatch', 'error', d.dist,
          `${describe(d)} and ${describe(reference)} need different CUDA majors; libraries of two majors cannot load in one process. Fix: ${majorFix(d, ref.major)}, or move ${reference.dist.name} to CUDA ${d.flavour.major}.`);
      } else if (d.flavour.kind === 'build' && ref.kind === 'build' && d.flavour.minor !== null && ref.minor !== null && d.flavour.minor !== ref.minor) {
        // Compiled pieces of one major usually work together (minor-version compatibility), but
        // extensions that check the toolkit at import (torchvision, torchaudio) and PTX built for the
        // newer minor can fail on drivers that only cover the older one.
        add('cuda-mismatch', 'warning', d.dist,
          `${describe(d)} was built with a different CUDA minor than ${describe(reference)}. Lock both from the same cu${ref.major}${ref.minor} index/build to rule out import-time version checks and PTX JIT failures.`);
      }
    }
  }

  if (torch) {
    const torchMm = /^(\d+\.\d+)/.exec(torch.version)?.[1];
    const torchAbi = torchCxx11Abi(torch.version);
    for (const d of flavoured) {
      if (d.dist === torch) continue;
      const fix = (): string => {
        const name = d.dist.name.toLowerCase();
        if (!RELEASE_WHEEL_PACKAGES.has(name) || !/linux/.test(target.platform)) return `use the ${d.dist.name} build for torch ${torchMm}`;
        try {
          const url = flashAttnWheelUrl({
            package: name, version: d.dist.version.split('+')[0]!, cuda: torchEntry?.flavour.cuda ?? d.flavour.cuda,
            torch: torch.version, python: target.python, platform: target.platform,
          });
          return `use ${url}`;
        } catch {
          return `use the ${d.dist.name} build for torch ${torchMm}`;
        }
      };
      if (d.flavour.torch && torchMm && d.flavour.torch !== torchMm) {
        add('cuda-mismatch', 'error', d.dist,
          `${d.dist.name} ${d.dist.version} was compiled against torch ${d.flavour.torch}, but torch ${torch.version} is locked: its C++ extension fails to import (undefined symbol). Fix: ${fix()}.`);
      } else if (d.flavour.cxx11abi !== undefined && torchAbi !== null && d.flavour.cxx11abi !== torchAbi) {
        add('cuda-mismatch', 'error', d.dist,
          `${d.dist.name} ${d.dist.version} is built with cxx11abi${d.flavour.cxx11abi ? 'TRUE' : 'FALSE'}, but torch ${torch.version} wheels use cxx11abi${torchAbi ? 'TRUE' : 'FALSE'}: the extension fails to import (undefined symbol). Fix: ${fix()}.`);
      }
    }
  }

  if (target.cuda && reference) {
    const wantedMajor = Number(target.cuda.split('.')[0]);
    const ref = reference.flavour;
    if (wantedMajor !== ref.major) {
      // Name the package to change: torch when it is locked (its nvidia-*-cuXX dependencies follow it),
      // not the CUDA library it happens to pull in.
      const subject = torch && reference.dist !== torch ? torch : reference.dist;
      const via = subject !== reference.dist ? `, which ${subject.name} ${subject.version} pulls in` : '';
      add('cuda-mismatch', 'error', subject,
        `target ${target.id} provides CUDA ${target.cuda}, but the lock uses CUDA ${ref.cuda} (${describe(reference)}${via}). Fix: lock ${subject.name} from the cu${target.cuda.replace('.', '')} index for this target${subject.name.toLowerCase() === 'torch' ? ` (https://download.pytorch.org/whl/cu${target.cuda.replace('.', '')})` : ''}, or change the target's CUDA.`);
    }
  }

  if (options.driver && !/darwin/.test(target.platform)) {
    // The newest CUDA any package was built for sets the floor.
    const needing = flavoured
      .filter((d) => MINOR_COMPAT_FLOOR[d.flavour.major] !== undefined)
      .sort((a, b) => b.flavour.major - a.flavour.major || (b.flavour.minor ?? -1) - (a.flavour.minor ?? -1))[0];
    if (needing) {
      const floor = minimumDriver(needing.flavour.cuda);
      const full = fullFeatureDriver(needing.flavour.cuda);
      if (compareDriver(options.driver, floor) < 0) {
        add('driver-floor', 'error', needing.dist,
          `driver ${options.driver} is older than ${floor}, the minimum for CUDA ${needing.flavour.major}.x that ${describe(needing)} needs: CUDA fails to initialise. Fix: upgrade the NVIDIA driver to ≥ ${full ?? floor}, or lock CUDA ${needing.flavour.major - 1}.x builds.`);
      } else if (full && compareDriver(options.driver, full) < 0) {
        add('driver-floor', 'warning', needing.dist,
          `driver ${options.driver} runs CUDA ${needing.flavour.cuda} (${describe(needing)}) only through minor-version compatibility (≥ ${floor}); CUDA ${needing.flavour.cuda} needs ≥ ${full} for all features (PTX JIT of newer kernels fails with "unsupported toolchain"). Fix: upgrade the driver to ≥ ${full}.`);
      }
    }
  }

  return findings;
}

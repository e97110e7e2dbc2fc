/**
 * CUDA agreement inside one pixi environment on one platform, across the conda and PyPI records it
 * installs. What each record says about CUDA:
 * - conda `cuda-version X.Y`: the CUDA runtime the environment is pinned to (conda-forge's meta-package);
 *   `cudatoolkit X.Y` (legacy runtime bundle) and `cuda-cudart X.Y` say the same.
 * - conda `cuda-nvcc X.Y`: the compiler that builds extensions in the environment.
 * - conda framework builds: `pytorch`/`pytorch-gpu` build strings `cuda126_…` (conda-forge) or
 *   `py3.11_cuda11.8_…` (pytorch channel), `pytorch-cuda X.Y` (the pytorch channel's selector),
 *   `jaxlib` `cuda129py…`; `cpu_…` / `…_cpu_…` builds are CPU-only.
 * - PyPI: the uv rules (`+cu124` labels, `/whl/cu124` indexes, `nvidia-*-cu12` suffixes, `cuda-toolkit`).
 * - The driver the environment declares: v7 `__cuda` on the platform, else `system-requirements.cuda`.
 *
 * Findings (all `cuda-mismatch`):
 * - nvcc of another major than the torch build it compiles extensions for: error (torch's
 *   cpp_extension refuses); another minor: warning (it warns, and PTX/ABI trouble is possible).
 * - PyPI CUDA wheels of a major above the declared CUDA, or of another major than the conda CUDA
 *   runtime: error (two libcudart majors in one process, or a driver that cannot load them).
 * - CUDA declared on a Linux/Windows platform but pytorch/jaxlib resolved to a CPU build: warning.
 * Not flagged: a framework built for an older CUDA minor beside a newer `cuda-version` of the same
 * major (minor-version compatibility makes that work).
 */
import type { Finding } from '../findings.js';
import type { CondaRecord, PixiRecord } from '../lock/pixilock.js';
import { cudaFlavour } from './cuda.js';

export interface CudaFact {
  /** `12.4`, or `12` when only the major is known. */
  cuda: string;
  major: number;
  minor: number | null;
  record: PixiRecord;
  evidence: string;
}

function fact(cuda: string, record: PixiRecord, evidence: string): CudaFact | null {
  const m = /^(\d+)(?:\.(\d+))?/.exec(cuda);
  if (!m) return null;
  const major = Number(m[1]);
  const minor = m[2] !== undefined ? Number(m[2]) : null;
  return { cuda: minor === null ? String(major) : `${major}.${minor}`, major, minor, record, evidence };
}

/** `cuda126`, `cuda11.8`, `cuda120` → `12.6`, `11.8`, `12.0`. */
function cudaFromBuildToken(token: string): string | null {
  const dotted = /^(\d+)\.(\d+)/.exec(token);
  if (dotted) return `${dotted[1]}.${dotted[2]}`;
  const digits = /^(\d{2,4})/.exec(token)?.[1];
  if (!digits) return null;
  if (digits.startsWith('1') && digits.length >= 3) return `${digits.slice(0, 2)}.${Number(digits.slice(2))}`;
  if (digits.length === 2 && digits.startsWith('1')) return `${digits}`;
  return `${digits[0]}.${Number(digits.slice(1))}`;
}

/** The CUDA a conda framework build string names, `cpu`, or null when it says nothing. */
export function condaBuildCuda(build: string): string | null {
  const b = build.toLowerCase();
  const cuda = /(?:^|_)cuda[_]?(\d[\d.]*)/.exec(b);
  if (cuda) return cudaFromBuildToken(cuda[1]!);
  if (/(?:^|_)cpu(?:_|$)/.test(b) || b.startsWith('cpu')) return 'cpu';
  return null;
}

const FRAMEWORKS = new Set(['pytorch', 'pytorch-gpu', 'pytorch-cpu', 'jaxlib']);

export interface CudaFacts {
  runtime: CudaFact | null;
  nvcc: CudaFact | null;
  /** torch (conda pytorch/pytorch-cuda build or PyPI torch). */
  torch: CudaFact | null;
  torchCpu: PixiRecord | null;
  jaxCpu: PixiRecord | null;
  /** PyPI records with a CUDA flavour. */
  pypi: CudaFact[];
}

export function collectCudaFacts(records: PixiRecord[]): CudaFacts {
  const facts: CudaFacts = { runtime: null, nvcc: null, torch: null, torchCpu: null, jaxCpu: null, pypi: [] };
  let pytorchCuda: CudaFact | null = null;
  for (const r of records) {
    if (r.kind === 'conda') {
      const c: CondaRecord = r;
      if (c.name === 'cuda-version' || (!facts.runtime && (c.name === 'cudatoolkit' || c.name === 'cuda-cudart'))) {
        const f = fact(c.version, c, `conda ${c.name} ${c.version}`);
        if (f && (c.name === 'cuda-version' || !facts.runtime)) facts.runtime = f;
      } else if (c.name === 'cuda-nvcc') {
        facts.nvcc = fact(c.version, c, `conda cuda-nvcc ${c.version}`);
      } else if (c.name === 'pytorch-cuda') {
        pytorchCuda = fact(c.version, c, `conda pytorch-cuda ${c.version}`);
      } else if (FRAMEWORKS.has(c.name)) {
        const cuda = condaBuildCuda(c.build);
        if (cuda === 'cpu') {
          if (c.name === 'jaxlib') facts.jaxCpu = c;
          else if (c.name === 'pytorch') facts.torchCpu = c;
        } else if (cuda && c.name === 'pytorch') {
          facts.torch = fact(cuda, c, `conda pytorch ${c.version} build ${c.build}`);
        }
      }
    } else {
      const flavour = cudaFlavour({ name: r.name, version: r.version, source: r.location, wheelUrls: [r.location] });
      if (r.name === 'torch') {
        if (flavour?.cuda === 'cpu') facts.torchCpu = r;
        else if (flavour && flavour.major !== null) facts.torch = fact(flavour.cuda, r, `PyPI torch ${r.version} (${flavour.evidence})`);
      }
      if (flavour && flavour.major !== null) {
        const f = fact(flavour.cuda, r, `PyPI ${r.name} ${r.version} (${flavour.evidence})`);
        if (f) facts.pypi.push(f);
      }
    }
  }
  if (!facts.torch && pytorchCuda) facts.torch = pytorchCuda;
  return facts;
}

export interface PixiCudaContext {
  targetId: string;
  /** The platform's conda subdir. */
  subdir: string;
  /** CUDA the environment declares for this platform (`__cuda` / system-requirements), or null. */
  declared: string | null;
  declaredBy: string;
  lockFile: string;
}

function label(f: CudaFact): string {
  return `${f.evidence}, CUDA ${f.cuda}`;
}

export function pixiCudaFindings(records: PixiRecord[], ctx: PixiCudaContext): Finding[] {
  const facts = collectCudaFacts(records);
  const findings: Finding[] = [];
  const add = (severity: Finding['severity'], record: PixiRecord, message: string): void => {
    const f: Finding = { code: 'cuda-mismatch', severity, package: record.name, version: record.version, target: ctx.targetId, message, file: ctx.lockFile };
    if (record.line !== undefined) f.line = record.line;
    findings.push(f);
  };

  if (facts.nvcc && facts.torch) {
    const { nvcc, torch } = facts;
    if (nvcc.major !== torch.major) {
      add('error', nvcc.record, `${label(nvcc)} cannot build extensions for ${label(torch)}: torch.utils.cpp_extension refuses a compiler of another CUDA major. Fix: pin \`cuda-nvcc\` (or \`cuda-version\`) to ${torch.cuda}.*, or move torch to CUDA ${nvcc.major}.`);
    } else if (nvcc.minor !== null && torch.minor !== null && nvcc.minor !== torch.minor) {
      add('warning', nvcc.record, `${label(nvcc)} differs in minor from ${label(torch)}: extensions it builds target CUDA ${nvcc.cuda} while torch runs CUDA ${torch.cuda} (torch warns; newer PTX can fail on a driver for the older minor). Fix: pin \`cuda-nvcc = "${torch.cuda}.*"\` (and \`cuda-version\`) beside torch.`);
    }
  }

  const declaredMajor = ctx.declared ? Number(ctx.declared.split('.')[0]) : null;
  const reported = new Set<PixiRecord>();
  for (const p of facts.pypi) {
    if (declaredMajor !== null && p.major > declaredMajor) {
      reported.add(p.record);
      add('error', p.record, `${label(p)} needs a CUDA ${p.major} driver, but the environment declares CUDA ${ctx.declared} (${ctx.declaredBy}): PyPI wheels are not checked against it by the solver, and fail to load there. Fix: take the cu${declaredMajor} build of ${p.record.name}, or raise the declared CUDA.`);
    } else if (facts.runtime && p.major !== facts.runtime.major) {
      reported.add(p.record);
      add('error', p.record, `${label(p)} and ${label(facts.runtime)} are different CUDA majors in one environment: two libcudart majors cannot load in one process. Fix: take the cu${facts.runtime.major} build of ${p.record.name}, or pin conda \`cuda-version\` to ${p.major}.*.`);
    }
  }

  const gpuPlatform = !ctx.subdir.startsWith('osx') && ctx.subdir !== 'noarch';
  if (ctx.declared && gpuPlatform) {
    for (const [cpu, what] of [[facts.torchCpu, 'pytorch'], [facts.jaxCpu, 'jaxlib']] as const) {
      if (!cpu) continue;
      if (what === 'pytorch' && facts.torch) continue;
      add('warning', cpu, `the environment declares CUDA ${ctx.declared} (${ctx.declaredBy}) on this platform, but ${cpu.name} ${cpu.version} resolved to a CPU build${cpu.kind === 'conda' ? ` (${cpu.build})` : ''}: nothing runs on the GPU. Fix: require the CUDA build (conda: \`${what === 'pytorch' ? 'pytorch-gpu' : 'jaxlib = { build = "cuda*" }'}\`), or drop the CUDA requirement for this environment.`);
    }
  }
  return findings;
}

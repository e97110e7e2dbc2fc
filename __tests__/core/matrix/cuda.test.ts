// Version strings and URLs below are copied from real corpus locks (/work/shared/corpus): allenai
// open-instruct (flash-attn +cu128torch2.10 wheels from mjun0812's releases), NVIDIA-NeMo/RL
// (flash-attn 2.8.1+cu13torch2.10cxx11abitrue, cuda-toolkit 13.0.2), fish-speech (torch 2.8.0+cu128),
// openpi (jax-cuda12-plugin), OpenPipe/ART (cupy-cuda12x).
import { describe, expect, it } from '@jest/globals';
import { compareDriver, cudaFindings, cudaFlavour, fullFeatureDriver, minimumDriver, sideBySideFlavours } from '../../../src/core/matrix/cuda.js';
import type { LockedDist } from '../../../src/core/matrix/cuda.js';
import type { Target } from '../../../src/core/matrix/types.js';

const PYPI = 'registry+https://pypi.org/simple';
function dist(name: string, version: string, source = PYPI, extra: Partial<LockedDist> = {}): LockedDist {
  return { name, version, source, wheelUrls: [], line: 42, ...extra };
}
const linux: Target = { id: 'cp312-x86_64-manylinux_2_28', python: '3.12', platform: 'x86_64-manylinux_2_28', cuda: null };
const opts = { lockFile: 'uv.lock' };

describe('cudaFlavour', () => {
  it.each([
    ['torch', '2.8.0+cu128', PYPI, '12.8', undefined, undefined],
    ['torch', '2.10.0+cu130', PYPI, '13.0', undefined, undefined],
    ['flash-attn', '2.8.1+cu13torch2.10cxx11abitrue', PYPI, '13', '2.10', true],
    ['flash-attn', '2.7.4.post1+cu12torch2.5cxx11abiFALSE', PYPI, '12', '2.5', false],
    ['flash-attn', '2.8.3+cu128torch2.10', PYPI, '12.8', '2.10', undefined],
    ['flash-attn-3', '3.0.0+20260318.cu130torch2100cxx11abitrue.8afc61', PYPI, '13.0', '2.10', true],
    ['some-ext', '1.0+cu128.torch271', PYPI, '12.8', '2.7', undefined],
    ['some-ext', '0.5+pt25cu124', PYPI, '12.4', '2.5', undefined],
  ])('reads %s %s', (name, version, source, cuda, torch, abi) => {
    const f = cudaFlavour(dist(name, version, source))!;
    expect(f.cuda).toBe(cuda);
    expect(f.kind).toBe('build');
    expect(f.torch).toBe(torch);
    expect(f.cxx11abi).toBe(abi);
  });

  it('reads the index URL only for packages CUDA indexes publish unlabelled, and CPU builds', () => {
    // Only CUDA builds carry a CUDA version: what else a /whl/cu124 index serves (certifi, CPU-only
    // aarch64 torchvision) does not, so it can neither mismatch nor set the driver floor.
    expect(cudaFlavour(dist('xformers', '0.0.28.post3', 'registry+https://download.pytorch.org/whl/cu124'))).toMatchObject({ cuda: '12.4', kind: 'build' });
    expect(cudaFlavour(dist('certifi', '2024.8.30', 'registry+https://download.pytorch.org/whl/cu124'))).toBeNull();
    expect(cudaFlavour(dist('torchvision', '0.21.0', 'registry+https://download.pytorch.org/whl/cu126'))).toBeNull();
    expect(cudaFlavour(dist('torch', '2.6.0+cpu'))).toMatchObject({ cuda: 'cpu', major: null });
    expect(cudaFlavour(dist('flashinfer-python', '0.6.8.post1', 'registry+https://flashinfer.ai/whl/cu130'))).toMatchObject({ cuda: '13.0' });
  });

  it('reads direct-URL wheel file names when the version has no label', () => {
    const url = 'https://github.com/Dao-AILab/flash-attention/releases/download/v2.8.1/flash_attn-2.8.1+cu13torch2.10cxx11abiTRUE-cp313-cp313-linux_x86_64.whl';
    const f = cudaFlavour(dist('flash-attn', '2.8.1', `url+${url}`, { wheelUrls: [url] }))!;
    expect(f).toMatchObject({ cuda: '13', torch: '2.10', cxx11abi: true });
  });

  it('treats -cuXX names and toolkit versions as runtime flavours (major-only unless toolkit-versioned)', () => {
    expect(cudaFlavour(dist('nvidia-cublas-cu12', '12.4.5.8'))).toMatchObject({ cuda: '12', kind: 'runtime', minor: null });
    expect(cudaFlavour(dist('cupy-cuda12x', '13.4.1'))).toMatchObject({ cuda: '12', kind: 'runtime' });
    expect(cudaFlavour(dist('jax-cuda12-plugin', '0.5.3'))).toMatchObject({ cuda: '12', kind: 'runtime' });
    expect(cudaFlavour(dist('nvidia-cuda-runtime-cu12', '12.1.105'))).toMatchObject({ cuda: '12.1', kind: 'runtime' });
    expect(cudaFlavour(dist('cuda-toolkit', '13.0.2'))).toMatchObject({ cuda: '13.0', kind: 'runtime' });
    expect(cudaFlavour(dist('nvidia-cuda-runtime', '13.0.96'))).toMatchObject({ cuda: '13.0' });
  });

  it('says nothing for git-hash labels and plain packages', () => {
    expect(cudaFlavour(dist('deep-ep', '1.2.1+29d31c0'))).toBeNull();
    expect(cudaFlavour(dist('numpy', '2.2.6'))).toBeNull();
    expect(cudaFlavour(dist('nvidia-ml-py', '12.575.51'))).toBeNull();
  });
});

describe('cudaFindings', () => {
  it('errors on a CUDA major mismatch and names the fix', () => {
    const findings = cudaFindings([dist('torch', '2.6.0+cu124'), dist('nvidia-cublas-cu11', '11.11.3.6', PYPI, { line: 99 })], linux, opts);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'cuda-mismatch', severity: 'error', package: 'nvidia-cublas-cu11', target: linux.id, file: 'uv.lock', line: 99 });
    expect(findings[0]!.message).toContain('nvidia-cublas-cu12');
  });

  it('accepts torch +cu124 with 12.1 runtime libraries (minor-version compatible)', () => {
    const findings = cudaFindings([
      dist('torch', '2.6.0+cu124'), dist('nvidia-cuda-runtime-cu12', '12.1.105'), dist('nvidia-cublas-cu12', '12.1.3.1'), dist('cupy-cuda12x', '13.4.1'),
    ], linux, opts);
    expect(findings).toEqual([]);
  });

  it('warns on a minor mismatch between compiled builds', () => {
    const [f] = cudaFindings([dist('torch', '2.6.0+cu124'), dist('torchvision', '0.21.0+cu126')], linux, opts);
    expect(f).toMatchObject({ code: 'cuda-mismatch', severity: 'warning', package: 'torchvision' });
  });

  it('errors when flash-attn was built for another torch and suggests the matching release wheel', () => {
    const [f] = cudaFindings([dist('torch', '2.9.1+cu128'), dist('flash-attn', '2.8.3+cu128torch2.10')], linux, opts);
    expect(f).toMatchObject({ code: 'cuda-mismatch', severity: 'error', package: 'flash-attn' });
    expect(f!.message).toContain('torch 2.10');
    expect(f!.message).toContain('flash_attn-2.8.3%2Bcu12torch2.9cxx11abiTRUE-cp312-cp312-linux_x86_64.whl');
  });

  it('errors on a cxx11abi flag that differs from torch (torch 2.5 = old ABI, 2.7+ = new ABI)', () => {
    const old = cudaFindings([dist('torch', '2.5.1+cu124'), dist('flash-attn', '2.7.4.post1+cu12torch2.5cxx11abiTRUE')], linux, opts);
    expect(old).toHaveLength(1);
    expect(old[0]!.message).toContain('cxx11abiFALSE');
    const ok = cudaFindings([dist('torch', '2.10.0+cu130'), dist('flash-attn', '2.8.1+cu13torch2.10cxx11abitrue')], linux, opts);
    expect(ok).toEqual([]);
    // torch 2.6: only the cu126 build switched to the new ABI.
    expect(cudaFindings([dist('torch', '2.6.0+cu126'), dist('flash-attn', '2.7.4.post1+cu12torch2.6cxx11abiTRUE')], linux, opts)).toEqual([]);
    expect(cudaFindings([dist('torch', '2.6.0+cu124'), dist('flash-attn', '2.7.4.post1+cu12torch2.6cxx11abiTRUE')], linux, opts)).toHaveLength(1);
  });

  it('errors when the target CUDA major differs from the lock', () => {
    const target = { ...linux, id: 'cp312-x86_64-manylinux_2_28-cu118', cuda: '11.8' };
    const [f] = cudaFindings([dist('torch', '2.8.0+cu128')], target, opts);
    expect(f).toMatchObject({ code: 'cuda-mismatch', severity: 'error', package: 'torch', target: target.id });
  });

  it('checks the driver floor: error below the major floor, warning below full-feature support', () => {
    const lock = [dist('torch', '2.8.0+cu128')];
    expect(cudaFindings(lock, linux, { ...opts, driver: '470.82.01' })[0]).toMatchObject({ code: 'driver-floor', severity: 'error' });
    expect(cudaFindings(lock, linux, { ...opts, driver: '550.54.15' })[0]).toMatchObject({ code: 'driver-floor', severity: 'warning' });
    expect(cudaFindings(lock, linux, { ...opts, driver: '570.124.06' })).toEqual([]);
    const mac = { ...linux, id: 'cp312-aarch64-apple-darwin', platform: 'aarch64-apple-darwin' };
    expect(cudaFindings(lock, mac, { ...opts, driver: '470' })).toEqual([]);
  });
});

describe('driver table', () => {
  it('has the minor-version-compatibility floors from NVIDIA', () => {
    expect(minimumDriver('12.4')).toBe('525.60.13');
    expect(minimumDriver('11.8')).toBe('450.80.02');
    expect(minimumDriver('13.0')).toBe('580.65.06');
    expect(fullFeatureDriver('12.4')).toBe('550.54.14');
    expect(() => minimumDriver('10.2')).toThrow(/CUDA 11 and newer/);
  });
  it('compares dotted driver versions numerically', () => {
    expect(compareDriver('550.54', '550.54.14')).toBeLessThan(0);
    expect(compareDriver('1000.1', '999.9')).toBeGreaterThan(0);
  });
});

describe('CUDA attribution (issue 11)', () => {
  const CU124 = 'registry+https://download.pytorch.org/whl/cu124';
  it('blames the driver floor on the CUDA build, never on certifi from the same index', () => {
    const lock = [dist('certifi', '2024.8.30', CU124), dist('torch', '2.5.1+cu124', CU124)];
    const findings = cudaFindings(lock, linux, { ...opts, driver: '470.82.01' });
    expect(findings).toEqual([expect.objectContaining({ code: 'driver-floor', package: 'torch' })]);
  });

  it.each([
    ['cuda-bindings', '13.0.1'],
    ['cuda-python', '13.0.0'],
    ['cupy-cuda13x', '13.6.0'],
  ])('%s %s in a CUDA 12 stack is a cuda-mismatch and needs a CUDA 13 driver', (name, version) => {
    const lock = [dist('torch', '2.8.0+cu128'), dist(name, version)];
    expect(cudaFindings(lock, linux, opts)).toEqual([expect.objectContaining({ code: 'cuda-mismatch', severity: 'error', package: name })]);
    const floor = cudaFindings(lock, linux, { ...opts, driver: '570.124.06' }).filter((f) => f.code === 'driver-floor');
    expect(floor).toEqual([expect.objectContaining({ severity: 'error', package: name })]);
    expect(floor[0]!.message).toMatch(/minimum for CUDA 13\.x/);
  });

  it('a meta-package that ships every CUDA flavour side by side is no mismatch (NeMo RL: nixl → nixl-cu12 + nixl-cu13)', () => {
    const lock = [dist('torch', '2.11.0+cu130'), dist('nixl', '1.3.0'), dist('nixl-cu12', '1.3.0'), dist('nixl-cu13', '1.3.0')];
    const sideBySide = sideBySideFlavours([['nixl-cu12', 'nixl-cu13'], ['filelock']]);
    expect([...sideBySide].sort()).toEqual(['nixl-cu12', 'nixl-cu13']);
    expect(cudaFindings(lock, linux, { ...opts, sideBySide })).toEqual([]);
    // Without the meta-package, a lone cu12 library beside torch +cu130 still is one.
    expect(cudaFindings(lock.filter((d) => d.name !== 'nixl-cu13'), linux, { ...opts, sideBySide: sideBySideFlavours([['nixl-cu12']]) })).toHaveLength(1);
  });
});

describe('a target CUDA the lock does not match', () => {
  it('names torch, the package to change, not the nvidia library it pulls in (issue 12)', () => {
    // torch 2.6.0 from PyPI carries no CUDA label; its CUDA shows in nvidia-cublas-cu12.
    const target: Target = { ...linux, id: 'cp312-x86_64-manylinux_2_28-cu118', cuda: '11.8' };
    const findings = cudaFindings([dist('torch', '2.6.0', PYPI, { line: 10 }), dist('nvidia-cublas-cu12', '12.4.5.8', PYPI, { line: 20 })], target, opts);
    const mismatch = findings.find((f) => f.code === 'cuda-mismatch')!;
    expect(mismatch).toMatchObject({ package: 'torch', version: '2.6.0', line: 10, severity: 'error' });
    expect(mismatch.message).toContain('which torch 2.6.0 pulls in');
    expect(mismatch.message).toContain('Fix: lock torch from the cu118 index for this target (https://download.pytorch.org/whl/cu118)');
  });
});

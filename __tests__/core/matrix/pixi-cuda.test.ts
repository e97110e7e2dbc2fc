// CUDA agreement rules across conda and PyPI records of one pixi environment on one platform.
import { describe, expect, it } from '@jest/globals';
import type { CondaRecord, PypiRecord } from '../../../src/core/lock/pixilock.js';
import { condaBuildCuda, pixiCudaFindings, type PixiCudaContext } from '../../../src/core/matrix/pixi-cuda.js';

const conda = (name: string, version: string, build = 'h0_0'): CondaRecord => ({ kind: 'conda', location: `https://conda.anaconda.org/conda-forge/linux-64/${name}-${version}-${build}.conda`, name, version, build, subdir: 'linux-64', source: false, depends: [], pypiNames: null });
const pypi = (name: string, version: string, file = `${name.replace(/-/g, '_')}-${version}-py3-none-manylinux_2_28_x86_64.whl`): PypiRecord => ({ kind: 'pypi', location: `https://files.pythonhosted.org/packages/x/${file}`, name, version, editable: false, requiresDist: [] });
const ctx = (over: Partial<PixiCudaContext> = {}): PixiCudaContext => ({ targetId: 'default-linux-64', subdir: 'linux-64', declared: null, declaredBy: '', lockFile: 'pixi.lock', ...over });
const summary = (findings: ReturnType<typeof pixiCudaFindings>) => findings.map((f) => `${f.severity} ${f.package}`);

describe('condaBuildCuda', () => {
  it.each([
    ['cuda126_mkl_py312_h1_300', '12.6'],
    ['py3.11_cuda11.8_cudnn8.7.0_0', '11.8'],
    ['cuda120_py312h26b3cf7_301', '12.0'],
    ['cuda129py311h0_200', '12.9'],
    ['cpu_mkl_py312_h1_100', 'cpu'],
    ['py3.10_cpu_0', 'cpu'],
    ['py313hdf5e20e_1', null],
  ])('%s → %s', (build, cuda) => expect(condaBuildCuda(build)).toBe(cuda));
});

describe('pixiCudaFindings', () => {
  it('nvcc of another minor than the torch it builds for: warning; another major: error', () => {
    expect(summary(pixiCudaFindings([conda('cuda-nvcc', '12.6.20'), conda('pytorch', '2.4.0', 'py3.12_cuda12.4_cudnn9.1.0_0')], ctx()))).toEqual(['warning cuda-nvcc']);
    expect(summary(pixiCudaFindings([conda('cuda-nvcc', '11.8.89'), pypi('torch', '2.6.0+cu124')], ctx()))).toEqual(['error cuda-nvcc']);
    expect(pixiCudaFindings([conda('cuda-nvcc', '12.8.93'), pypi('torch', '2.10.0+cu128')], ctx())).toEqual([]);
  });

  it('does not flag a framework built for an older minor beside a newer cuda-version of the same major', () => {
    expect(pixiCudaFindings([conda('cuda-version', '12.9', 'h0_3'), conda('pytorch', '2.9.1', 'cuda128_mkl_py312_h5_302'), pypi('nvidia-cublas-cu12', '12.8.4.1')], ctx())).toEqual([]);
  });

  it('PyPI wheels needing CUDA 13 where the environment declares CUDA 12: error', () => {
    const findings = pixiCudaFindings([pypi('nvidia-cublas-cu13', '13.0.0.19')], ctx({ declared: '12.9', declaredBy: 'platform p1: __cuda=12.9' }));
    expect(summary(findings)).toEqual(['error nvidia-cublas-cu13']);
    expect(findings[0]!.message).toMatch(/declares CUDA 12\.9 \(platform p1: __cuda=12\.9\)/);
  });

  it('PyPI CUDA wheels of another major than the conda CUDA runtime: error', () => {
    expect(summary(pixiCudaFindings([conda('cuda-version', '11.8'), pypi('torch', '2.6.0+cu124')], ctx()))).toEqual(['error torch']);
  });

  it('CUDA declared but a CPU build of pytorch/jaxlib resolved: warning, except on macOS', () => {
    const records = [conda('pytorch', '2.13.0', 'cpu_mkl_py314_h1_101'), conda('jaxlib', '0.7.2', 'cpu_py312h0_0')];
    expect(summary(pixiCudaFindings(records, ctx({ declared: '12.9', declaredBy: 'x' })))).toEqual(['warning pytorch', 'warning jaxlib']);
    expect(pixiCudaFindings(records, ctx({ declared: '12.9', declaredBy: 'x', subdir: 'osx-arm64' }))).toEqual([]);
    expect(pixiCudaFindings(records, ctx())).toEqual([]);
  });
});

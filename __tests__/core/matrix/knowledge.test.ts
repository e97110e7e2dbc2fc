import { describe, expect, it } from '@jest/globals';
import { flashAttnWheelName, flashAttnWheelUrl, isCompileHeavy, sdistBuildAdvice, torchCxx11Abi } from '../../../src/core/matrix/knowledge.js';

const linux = { python: '3.11', platform: 'x86_64-manylinux_2_28' };

describe('release wheel names', () => {
  it('computes the real flash-attn 2.7.4.post1 name and URL', () => {
    const spec = { version: '2.7.4.post1', cuda: '12.4', torch: '2.5.1', python: '3.11', platform: 'x86_64-manylinux_2_28' };
    expect(flashAttnWheelName(spec)).toBe('flash_attn-2.7.4.post1+cu12torch2.5cxx11abiFALSE-cp311-cp311-linux_x86_64.whl');
    expect(flashAttnWheelUrl(spec)).toBe(
      'https://github.com/Dao-AILab/flash-attention/releases/download/v2.7.4.post1/flash_attn-2.7.4.post1%2Bcu12torch2.5cxx11abiFALSE-cp311-cp311-linux_x86_64.whl',
    );
  });
  it('matches the NeMo-RL corpus lock (flash-attn 2.8.1, torch 2.10 / CUDA 13, aarch64)', () => {
    expect(flashAttnWheelName({ version: '2.8.1', cuda: '13.0', torch: '2.10.0+cu130', python: '3.13', platform: 'aarch64-manylinux_2_28' }))
      .toBe('flash_attn-2.8.1+cu13torch2.10cxx11abiTRUE-cp313-cp313-linux_aarch64.whl');
  });
  it('uses each project repo for mamba-ssm and causal-conv1d', () => {
    expect(flashAttnWheelUrl({ package: 'mamba-ssm', version: '2.2.4', cuda: '12', torch: '2.6.0', python: '3.12', platform: 'x86_64-unknown-linux-gnu' }))
      .toBe('https://github.com/state-spaces/mamba/releases/download/v2.2.4/mamba_ssm-2.2.4%2Bcu12torch2.6cxx11abiFALSE-cp312-cp312-linux_x86_64.whl');
    expect(flashAttnWheelUrl({ package: 'causal-conv1d', version: '1.5.0.post8', cuda: '12', torch: '2.7.1', python: '3.12', platform: 'x86_64-unknown-linux-gnu' }))
      .toBe('https://github.com/Dao-AILab/causal-conv1d/releases/download/v1.5.0.post8/causal_conv1d-1.5.0.post8%2Bcu12torch2.7cxx11abiTRUE-cp312-cp312-linux_x86_64.whl');
  });
  it('refuses platforms without release wheels', () => {
    expect(() => flashAttnWheelName({ version: '2.8.3', cuda: '12', torch: '2.8.0', python: '3.12', platform: 'aarch64-apple-darwin' })).toThrow(/Linux/);
  });
  it('knows which torch wheels use the C++11 ABI', () => {
    expect(torchCxx11Abi('2.5.1')).toBe(false);
    expect(torchCxx11Abi('2.6.0+cu124')).toBe(false);
    expect(torchCxx11Abi('2.6.0+cu126')).toBe(true);
    expect(torchCxx11Abi('2.7.1')).toBe(true);
    expect(torchCxx11Abi('2.10.0+cu130')).toBe(true);
  });
});

describe('sdistBuildAdvice', () => {
  it('makes fasttext an error with the fasttext-wheel swap', () => {
    const advice = sdistBuildAdvice('fasttext', linux);
    expect(advice.severity).toBe('error');
    expect(advice.suggestion).toContain('fasttext-wheel');
    expect(advice.suggestion).toContain('override-dependencies');
  });
  it('points flash-attn (as locked in stanford-cs336 assignment5: 2.7.4.post1 sdist, torch 2.5.1) at the matching wheel', () => {
    const advice = sdistBuildAdvice('flash-attn', { ...linux, torch: '2.5.1', cuda: '12.4', version: '2.7.4.post1' });
    expect(advice.severity).toBe('error');
    expect(advice.suggestion).toContain('flash_attn-2.7.4.post1%2Bcu12torch2.5cxx11abiFALSE-cp311-cp311-linux_x86_64.whl');
    expect(advice.suggestion).toContain('[tool.uv.sources]');
  });
  it('tells macOS users to exclude flash-attn', () => {
    const advice = sdistBuildAdvice('flash_attn', { python: '3.12', platform: 'aarch64-apple-darwin', torch: '2.8.0' });
    expect(advice.severity).toBe('error');
    expect(advice.suggestion).toContain("sys_platform == 'linux'");
  });
  it('gives deepspeed the locked torch at build time', () => {
    expect(sdistBuildAdvice('deepspeed', linux).suggestion).toContain('match-runtime');
  });
  it('keeps unknown and pure-Python sdists at warning', () => {
    expect(sdistBuildAdvice('antlr4-python3-runtime', linux).severity).toBe('warning');
    expect(sdistBuildAdvice('some-unknown-pkg', linux)).toEqual({ severity: 'warning' });
    expect(isCompileHeavy('Mamba_SSM')).toBe(true);
    expect(isCompileHeavy('requests')).toBe(false);
  });
});

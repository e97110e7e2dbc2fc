// CUDA checks: nvidia-smi's CSV, the locked flavour, and the driver floor (the engine's minimumDriver table).
import { describe, expect, it } from '@jest/globals';
import { minimumDriver } from '../../../src/core/matrix/cuda.js';
import type { Target } from '../../../src/core/matrix/types.js';
import { checkCudaDriver, checkCudaFlavour, lockedCuda, parseNvidiaSmiCsv } from '../../../src/core/verify/cuda.js';
import type { InstalledDist, LockedDist } from '../../../src/core/verify/types.js';

// Output of `nvidia-smi --query-gpu=driver_version,name --format=csv[,noheader]`: per nvidia-smi(1)
// ("--format=csv ... Additional options: noheader"), one row per GPU, fields in query order separated by
// ", ", preceded by a header row naming the fields unless noheader is given.
const HEADER_FORM = 'driver_version, name\n550.54.15, NVIDIA A100-SXM4-80GB\n550.54.15, NVIDIA A100-SXM4-80GB\n';
const NOHEADER_FORM = '535.104.05, Tesla T4\n';
const FAILED = "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.\n";

const locked = (name: string, version: string, source = 'registry+https://download.pytorch.org/whl/cu124'): LockedDist => ({ name, version, source, status: 'wheel', projectLocal: false });
const installed = (name: string, version: string): InstalledDist => ({ name, version, distInfo: '', installer: 'uv', generator: null, tags: [], directUrl: null, builtByUv: false });
const target: Target = { id: 'cp311-x86_64-manylinux_2_28', python: '3.11', platform: 'x86_64-manylinux_2_28', cuda: null };

describe('parseNvidiaSmiCsv', () => {
  it('reads both the header and the noheader form, one GPU per row', () => {
    expect(parseNvidiaSmiCsv(HEADER_FORM)).toEqual({ kind: 'ok', gpus: [{ driver: '550.54.15', name: 'NVIDIA A100-SXM4-80GB' }, { driver: '550.54.15', name: 'NVIDIA A100-SXM4-80GB' }] });
    expect(parseNvidiaSmiCsv(NOHEADER_FORM)).toEqual({ kind: 'ok', gpus: [{ driver: '535.104.05', name: 'Tesla T4' }] });
  });

  it('turns the tool’s failure texts into "failed", keeping the message', () => {
    const r = parseNvidiaSmiCsv(FAILED);
    expect(r.kind).toBe('failed');
    expect(r.kind === 'failed' && r.message).toContain('NVIDIA-SMI has failed');
    expect(parseNvidiaSmiCsv('No devices were found\n').kind).toBe('failed');
    expect(parseNvidiaSmiCsv('').kind).toBe('failed');
  });
});

describe('locked CUDA and its flavour', () => {
  it('takes torch’s +cuXYZ first, then other CUDA packages; +cpu is no CUDA', () => {
    expect(lockedCuda([locked('nvidia-cuda-runtime-cu12', '12.1.105', 'registry+https://pypi.org/simple'), locked('torch', '2.5.1+cu124')])).toEqual({ cuda: '12.4', from: 'torch 2.5.1+cu124' });
    expect(lockedCuda([locked('nvidia-cuda-runtime-cu12', '12.1.105', 'registry+https://pypi.org/simple')])?.cuda).toBe('12.1');
    expect(lockedCuda([locked('torch', '2.5.1+cpu', 'registry+https://download.pytorch.org/whl/cpu')])).toBeNull();
  });

  it('passes the locked flavour, fails another one and a target claiming another CUDA major', () => {
    const sel = [locked('torch', '2.5.1+cu124')];
    expect(checkCudaFlavour(sel, [installed('torch', '2.5.1+cu124')], target)).toEqual({ name: 'cuda-flavour', status: 'pass', details: 'CUDA 12.4 as locked (torch 2.5.1+cu124)' });
    expect(checkCudaFlavour(sel, [installed('torch', '2.5.1+cu118')], target).details).toBe('torch 2.5.1+cu118 is installed, the lock has 2.5.1+cu124');
    expect(checkCudaFlavour(sel, [installed('torch', '2.5.1+cu124')], { ...target, cuda: '11.8' }).status).toBe('fail');
    expect(checkCudaFlavour([], [], target).status).toBe('skip');
    // A CPU lock with a CUDA torch installed is a wrong flavour too.
    const cpu = [locked('torch', '2.5.1+cpu', 'registry+https://download.pytorch.org/whl/cpu')];
    expect(checkCudaFlavour(cpu, [installed('torch', '2.5.1+cu124')], target)).toMatchObject({ status: 'fail', details: 'torch 2.5.1+cu124 is installed, the lock has 2.5.1+cpu' });
    expect(checkCudaFlavour(cpu, [installed('torch', '2.5.1+cpu')], target).status).toBe('skip');
  });
});

describe('checkCudaDriver', () => {
  const sel = [locked('torch', '2.5.1+cu124')];

  it('passes a driver at or above the floor for the locked CUDA and reports the GPU count', () => {
    const r = checkCudaDriver(parseNvidiaSmiCsv(HEADER_FORM), sel, minimumDriver);
    expect(r.status).toBe('pass');
    expect(r.details).toContain(`2 GPUs (NVIDIA A100-SXM4-80GB): driver 550.54.15 ≥ ${minimumDriver('12.4')}`);
  });

  it('passes a driver between the floor and the toolkit’s own driver, with the minor-version-compatibility caveat', () => {
    const r = checkCudaDriver(parseNvidiaSmiCsv(NOHEADER_FORM), sel, minimumDriver);
    expect(r.status).toBe('pass');
    expect(r.details).toContain('runs under minor-version compatibility');
    expect(checkCudaDriver(parseNvidiaSmiCsv(HEADER_FORM), sel, minimumDriver).details).not.toContain('minor-version compatibility');
  });

  it('fails a driver below the floor, naming both versions', () => {
    const r = checkCudaDriver(parseNvidiaSmiCsv('470.82.01, Tesla V100-SXM2-16GB\n'), sel, minimumDriver);
    expect(r.status).toBe('fail');
    expect(r.details).toContain(`driver 470.82.01 is older than ${minimumDriver('12.4')}, the minimum for CUDA 12.4`);
  });

  it('skips, never fails, without nvidia-smi or when it finds no GPU', () => {
    expect(checkCudaDriver({ kind: 'absent' }, sel, minimumDriver).status).toBe('skip');
    const failed = checkCudaDriver(parseNvidiaSmiCsv(FAILED), sel, minimumDriver);
    expect(failed.status).toBe('skip');
    expect(failed.details).toContain('NVIDIA-SMI has failed');
    expect(checkCudaDriver(parseNvidiaSmiCsv(NOHEADER_FORM), [], minimumDriver)).toMatchObject({ status: 'skip', details: expect.stringContaining('1 GPU (Tesla T4)') });
  });
});

// nvidia-smi is hardware: a small script of that name on PATH prints what the real tool prints for
// `nvidia-smi --query-gpu=driver_version,name --format=csv,noheader` — per nvidia-smi(1) (NVIDIA's man
// page, "--format=csv" with the "noheader" option): one line per GPU, the queried fields in order
// separated by ", ". Without a working driver the real tool prints "NVIDIA-SMI has failed because it
// couldn't communicate with the NVIDIA driver..." and exits non-zero (9).
import { afterAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { queryGpus } from '../../src/adapters/nvidia-smi.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { fakeNvidiaSmi } from '../support/verify-fixtures.js';

afterAll(() => cleanupTempDirs());

const env = (dir: string): NodeJS.ProcessEnv => ({ PATH: `${dir}${path.delimiter}/usr/bin${path.delimiter}/bin` });

describe('queryGpus', () => {
  it('lists every GPU with its driver', async () => {
    const dir = fakeNvidiaSmi('550.54.15, NVIDIA H100 80GB HBM3\n550.54.15, NVIDIA H100 80GB HBM3');
    expect(await queryGpus(env(dir))).toEqual({ kind: 'ok', gpus: [{ driver: '550.54.15', name: 'NVIDIA H100 80GB HBM3' }, { driver: '550.54.15', name: 'NVIDIA H100 80GB HBM3' }] });
  });

  it('reports "absent" when nvidia-smi is not on PATH', async () => {
    expect(await queryGpus(env(makeTempDir('empty')))).toEqual({ kind: 'absent' });
  });

  it('reports "failed" with the tool’s own words when it cannot reach a GPU', async () => {
    const dir = fakeNvidiaSmi("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.", 9);
    const r = await queryGpus(env(dir));
    expect(r.kind).toBe('failed');
    expect(r.kind === 'failed' && r.message).toMatch(/^exit 9: NVIDIA-SMI has failed/);
  });
});

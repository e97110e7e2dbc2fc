// `lockstep verify` over real venvs built by uv from the loopback index (support/verify-fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { verifyCommand } from '../../src/cli/commands/verify.js';
import { UsageError } from '../../src/cli/usage.js';
import { LockstepError } from '../../src/core/errors.js';
import type { VerifyResult } from '../../src/core/verify/types.js';
import { cleanupTempDirs, makeTempDir } from '../support/fixture-project.js';
import { VerifyWorld } from '../support/verify-fixtures.js';

let world: VerifyWorld;
let project: string;

beforeAll(async () => {
  world = await VerifyWorld.start();
  project = await world.syncedProject(['tiny-app==1.0.0']);
});

afterAll(async () => {
  await world?.close();
  cleanupTempDirs();
});

async function verify(args: string[], cwd = project): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await verifyCommand.run(args, { stdout: (t) => (stdout += t), stderr: () => {}, cwd });
  return { code, stdout };
}

describe('lockstep verify', () => {
  it('exits 0 and prints one line per check for the env uv synced', async () => {
    const { code, stdout } = await verify([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^lockstep verify: cp311-x86_64-manylinux_2_\d+\n/);
    expect(stdout).toMatch(/PASS {2}packages +2 installed distributions match the 2 the lock selects/);
    expect(stdout).toContain('SKIP  cuda-driver');
    expect(stdout).toContain('The environment matches the lock.');
  });

  it('prints the JSON contract with --format json and exits 1 naming a changed package', async () => {
    const changed = await world.syncedProject(['tiny-app==1.0.0']);
    await world.uv(changed, ['pip', 'install', 'tiny-dep==2.1.0']);
    const outputDir = makeTempDir('verify-out');
    const { code, stdout } = await verify([changed, '--format', 'json', '--python', '3.11', '--platform', 'x86_64-manylinux_2_28', '--output-dir', outputDir], '/');
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as VerifyResult;
    expect(Object.keys(result).slice(0, 4)).toEqual(['schema', 'target', 'checks', 'mismatches']);
    expect(result.schema).toBe(1);
    expect(result.target).toBe('cp311-x86_64-manylinux_2_28');
    expect(result.checks.map((c) => [c.name, c.status])).toEqual([
      ['interpreter', 'pass'],
      ['packages', 'fail'],
      ['source-builds', 'pass'],
      ['cuda-flavour', 'skip'],
      ['cuda-driver', 'skip'],
    ]);
    expect(result.mismatches).toEqual([{ name: 'tiny-dep', locked: '2.0.0', installed: '2.1.0' }]);
    expect(JSON.parse(readFileSync(path.join(outputDir, 'lockstep-verify-cp311-x86_64-manylinux_2_28.json'), 'utf8'))).toEqual(result);
  });

  it('reads the venv given with --venv (relative to the current directory)', async () => {
    const other = await world.syncedProject(['tiny-dep==2.0.0']);
    // This project's lock selects tiny-app + tiny-dep; the other venv lacks tiny-app.
    const { code, stdout } = await verify(['--venv', path.relative(project, path.join(other, '.venv')), '--format', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as VerifyResult).mismatches).toEqual([{ name: 'tiny-app', locked: '1.0.0', installed: null }]);
  });

  it('counts the editable project uv installed (and built) as the project, not as a source build', async () => {
    const packaged = await world.syncedProject(['tiny-dep==2.0.0'], { packaged: true });
    const { code, stdout } = await verify([packaged, '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as VerifyResult;
    expect(result.checks.find((c) => c.name === 'packages')?.details).toBe('2 installed distributions match the 2 the lock selects');
    expect(result.checks.find((c) => c.name === 'source-builds')?.status).toBe('pass');
    // Without the project installed (uv sync --no-install-project), nothing is missing either.
    const bare = await world.syncedProject(['tiny-dep==2.0.0'], { packaged: true, syncArgs: ['--no-install-project'] });
    const second = await verify([bare, '--format', 'json']);
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as VerifyResult).checks.find((c) => c.name === 'packages')?.details).toContain('verify-demo (the project itself) is not installed');
  });

  it('judges the env with the extras it was synced with, and hints at them when they were not given', async () => {
    const withExtra = await world.syncedProject(['tiny-dep==2.0.0'], { extras: { plots: ['tiny-extra==0.3.0'] }, syncArgs: ['--extra', 'plots'] });
    const told = await verify([withExtra, '--extra', 'plots']);
    expect(told.code).toBe(0);
    const untold = await verify([withExtra, '--format', 'json']);
    expect(untold.code).toBe(1);
    const result = JSON.parse(untold.stdout) as VerifyResult;
    expect(result.mismatches).toEqual([{ name: 'tiny-extra', locked: null, installed: '0.3.0' }]);
    expect(result.checks.find((c) => c.name === 'packages')?.details).toContain('synced with extras or groups verify was not told about');
  });

  it('accepts a source build only when --allow-build names it', async () => {
    const src = await world.syncedProject(['tiny-src==0.1.0']);
    expect((await verify([src])).code).toBe(1);
    const allowed = await verify([src, '--allow-build', 'tiny-src']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('built from source, allowed: tiny-src');
  });

  it('refuses bad usage and a missing venv with a message saying what to do', async () => {
    await expect(verify(['--format', 'xml'])).rejects.toThrow(UsageError);
    await expect(verify(['--python', 'three'])).rejects.toThrow('--python three: expected a CPython minor like 3.12');
    const noVenv = verify([makeTempDir('empty-project')]);
    await expect(noVenv).rejects.toThrow(LockstepError);
    await expect(noVenv).rejects.toThrow(/is not a virtual environment/);
  });
});

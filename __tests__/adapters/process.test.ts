import { describe, expect, it } from '@jest/globals';
import { ProcessTimeoutError, runProcess } from '../../src/adapters/process.js';

describe('runProcess', () => {
  it('passes arguments exactly, with no shell in between', async () => {
    const args = ['$HOME', 'two words', '; echo injected', '"quoted"'];
    const result = await runProcess(process.execPath, ['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', ...args]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(args);
  });

  it('captures stderr and the exit code', async () => {
    const result = await runProcess(process.execPath, ['-e', 'console.error("bad"); process.exit(3)']);
    expect(result).toMatchObject({ exitCode: 3, stderr: 'bad\n' });
  });

  it('stops a process that runs past its timeout', async () => {
    await expect(runProcess(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 200 })).rejects.toThrow(ProcessTimeoutError);
  });

  it('stops on time even when a grandchild keeps the output pipes open', async () => {
    // The child starts a grandchild that inherits stdout/stderr and outlives it.
    const script = "require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 4000)'], { stdio: 'inherit' }); setTimeout(() => {}, 60000)";
    const started = Date.now();
    await expect(runProcess(process.execPath, ['-e', script], { timeoutMs: 300 })).rejects.toThrow(ProcessTimeoutError);
    expect(Date.now() - started).toBeLessThan(2500);
  });
});

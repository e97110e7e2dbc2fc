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
});

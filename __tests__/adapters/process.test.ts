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

  it("hands no runner credential to the programs it starts (uv builds third-party sdists), but keeps uv's index credentials", async () => {
    const env = {
      ...process.env,
      'INPUT_GITHUB-TOKEN': 'ghs_write_token',
      GITHUB_TOKEN: 'ghs_workflow_token',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      UV_INDEX_PRIVATE_PASSWORD: 'index-secret',
    };
    const result = await runProcess(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'], { env });
    const seen = JSON.parse(result.stdout) as Record<string, string>;
    expect(result.stdout).not.toMatch(/ghs_|runtime|oidc/);
    expect(seen.UV_INDEX_PRIVATE_PASSWORD).toBe('index-secret');
    expect(seen.PATH).toBe(process.env.PATH);
  });
});

import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { redact } from './outgoing.js';
import { inertOutputChunk } from './workflow-commands.js';

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process after this long (default 10 minutes); the result then says so. */
  timeoutMs?: number;
  /** Copy the process's output to this step's log as it comes (long-running commands like `uv sync`). */
  echo?: boolean;
}

/** Runs a program; never through a shell, so arguments are passed exactly as given. */
export type RunProcess = (command: string, args: readonly string[], options?: RunOptions) => Promise<ProcessResult>;

export class ProcessTimeoutError extends Error {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`${command} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`);
    this.name = 'ProcessTimeoutError';
  }
}

/**
 * The runner's credentials, which no program lockstep starts needs: the action's inputs (the
 * `github-token` input among them), the workflow token, and the Actions runtime / OIDC tokens. uv
 * builds sdists (third-party code) during `uv lock` and `uv sync`, so bump and refresh, which hold a
 * write token, must not hand it down. Index credentials (`UV_INDEX_*`) stay: uv needs them.
 */
const RUNNER_CREDENTIALS = /^(INPUT_.*|GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL))$/i;

/** The environment a child process gets: the given one (or ours) without the runner's credentials. */
export function childEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!RUNNER_CREDENTIALS.test(name)) out[name] = value;
  return out;
}

/** The process adapter over node:child_process: args as an array, output captured, a timeout. */
export const runProcess: RunProcess = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: childEnvironment(options.env ?? process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const echo = options.echo ? lineEcho() : null;
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      echo?.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      echo?.write(chunk);
    });
    const timeoutMs = options.timeoutMs ?? 600_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // 'close' waits for the output pipes, which a grandchild (a build uv started, a git helper) may
      // hold open long after: settle on the child's own exit instead, and let go of the pipes.
      child.once('exit', () => {
        child.stdout.destroy();
        child.stderr.destroy();
        reject(new ProcessTimeoutError(command, timeoutMs));
      });
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      echo?.end();
      if (timedOut) return reject(new ProcessTimeoutError(command, timeoutMs));
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });

/**
 * Echo of a child's output to this step's log, whole lines at a time, each redacted and made inert:
 * what a build backend or a package name prints must not become a workflow command or show a secret.
 */
function lineEcho(): { write(chunk: Buffer): void; end(): void } {
  let pending = '';
  const decoder = new StringDecoder('utf8');
  const flush = (text: string) => {
    if (text) process.stdout.write(inertOutputChunk(redact(text)));
  };
  return {
    write(chunk) {
      pending += decoder.write(chunk);
      const cut = pending.lastIndexOf('\n');
      if (cut < 0) return;
      flush(pending.slice(0, cut + 1));
      pending = pending.slice(cut + 1);
    },
    end() {
      pending += decoder.end();
      flush(pending && `${pending}\n`);
      pending = '';
    },
  };
}

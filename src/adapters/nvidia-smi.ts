/**
 * Asks `nvidia-smi` (NVIDIA's own tool, present wherever the driver is) for each GPU's driver version and
 * name. Absence is normal (CPU runners): that is a result, not an error.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseNvidiaSmiCsv, type GpuQuery } from '../core/verify/cuda.js';
import { runProcess, type RunProcess } from './process.js';

/** The query verify runs; its CSV format is documented in nvidia-smi(1) (`--format=csv,noheader`). */
export const NVIDIA_SMI_ARGS = ['--query-gpu=driver_version,name', '--format=csv,noheader'] as const;

/** `nvidia-smi` on PATH (`nvidia-smi.exe` with PATHEXT on Windows), or null. */
export function findOnPath(program: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, program + ext);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

export async function queryGpus(env: NodeJS.ProcessEnv = process.env, run: RunProcess = runProcess): Promise<GpuQuery> {
  const tool = findOnPath('nvidia-smi', env);
  if (!tool) return { kind: 'absent' };
  let result;
  try {
    result = await run(tool, [...NVIDIA_SMI_ARGS], { env, timeoutMs: 30_000 });
  } catch (error) {
    return { kind: 'failed', message: `nvidia-smi could not run: ${(error as Error).message}` };
  }
  const parsed = parseNvidiaSmiCsv(result.stdout);
  if (result.exitCode !== 0 && parsed.kind === 'ok') return parsed;
  if (result.exitCode !== 0) {
    const text = `${result.stdout}\n${result.stderr}`.trim().replace(/\s+/g, ' ').slice(0, 300);
    return { kind: 'failed', message: `exit ${result.exitCode}: ${text || 'no output'}` };
  }
  return parsed;
}

/** The uv cache command the wheel store needs, run through the process adapter (args as an array). */
import type { RunProcess } from '../process.js';

export interface UvCacheCommands {
  /** `uv cache prune --ci`: drops downloaded wheels, keeps the ones built from source. */
  pruneForCi(storeDir: string): Promise<void>;
}

export function uvCacheCommands(uvPath: string, runProcess: RunProcess): UvCacheCommands {
  return {
    async pruneForCi(storeDir) {
      const result = await runProcess(uvPath, ['cache', 'prune', '--ci'], {
        env: { ...process.env, UV_CACHE_DIR: storeDir },
        timeoutMs: 10 * 60_000,
      });
      if (result.exitCode !== 0) {
        throw new Error(`uv cache prune --ci exited with ${result.exitCode}: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
      }
    },
  };
}

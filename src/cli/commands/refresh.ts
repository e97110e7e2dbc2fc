/** `lockstep refresh`: `uv lock --upgrade`, verified, with the breaking upgrades held back; printed (--dry-run) or kept (--write). */
import { runProcess } from '../../adapters/process.js';
import { renderRefreshJson, renderRefreshMarkdown, renderRefreshText } from '../../core/refresh/index.js';
import { parseMaintenanceArgs } from '../maintenance-options.js';
import type { CliIo, Command } from '../usage.js';

const HELP = `Usage: lockstep refresh [PROJECT_DIR] (--dry-run | --write) [options]

Move every package in uv.lock to its newest allowed version (uv lock --upgrade; the pins in
pyproject.toml never change), honouring the project's exclude-newer and the cooldown. The refreshed
lock is checked with the lock engine; upgrades that would add sdist builds, missing files or CUDA
mismatches are held at their old versions (uv lock --upgrade-package NAME==OLD, nothing written to
pyproject.toml) and the rest goes ahead.

  --dry-run               print the refresh; uv.lock is put back as it was (the default)
  --write                 keep the refreshed uv.lock (the only file that changes)
  --format F              text (default), json, markdown
  --min-release-age D     only releases at least this old: 7 (days), 12h, 7d, 2w (uv --exclude-newer);
                          default [tool.lockstep.bump] min-release-age
  --default-index URL     passed to uv lock as --default-index
  --uv PATH               the uv binary (default: uv on PATH)
  --python V[,V...]       verification targets, as in lockstep check (default: every minor inside requires-python)
  --platform P[,P...]     verification platforms (default: the lock's)
  --cuda X.Y              CUDA version of the targets
  -h, --help              show this help

JSON (--format json), schema 1:
  { "schema": 1, "changes": [{ "name", "from", "to" }], "held": [{ "name", "version", "reason" }] }
  from is null for an added package, to is null for a removed one; version is the version held.

Exit status: 0 done (also when nothing is newer), 1 an upgrade was held back (--write),
2 bad input or uv cannot lock.
`;

async function runRefresh(args: string[], io: CliIo): Promise<number> {
  const parsed = parseMaintenanceArgs('refresh', args, io.cwd);
  if (parsed === 'help') {
    io.stdout(HELP);
    return 0;
  }
  // Loaded on use: the job module pulls in @actions/* and octokit, which `lockstep check` must not pay for.
  const { refreshProject } = await import('../../jobs/refresh.js');
  const result = await refreshProject(parsed.projectDir, {
    check: parsed.check,
    uv: { binary: parsed.uvBinary, run: runProcess, env: process.env, extraArgs: parsed.uvIndexArgs },
    minReleaseAgeMs: parsed.minReleaseAgeMs,
    keep: parsed.write,
    log: (m) => io.stderr(`${m}\n`),
  });
  if (parsed.format === 'json') io.stdout(renderRefreshJson(result));
  else if (parsed.format === 'markdown') io.stdout(renderRefreshMarkdown(result, { dryRun: !parsed.write }));
  else io.stdout(renderRefreshText(result));
  return parsed.write && result.held.length > 0 ? 1 : 0;
}

export const refreshCommand: Command = {
  name: 'refresh',
  summary: 'move every locked package to its newest allowed version (uv lock --upgrade), verified, breaking upgrades held',
  help: HELP,
  run: runRefresh,
};

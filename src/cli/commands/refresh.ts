/** `lockstep refresh`: `uv lock --upgrade`, verified, with the breaking upgrades held back; printed (--dry-run) or kept (--write). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runProcess } from '../../adapters/process.js';
import { PLATFORM_NAMES } from '../../core/pep/platforms.js';
import { parseDuration } from '../../core/plan/index.js';
import { renderRefreshJson, renderRefreshMarkdown, renderRefreshText } from '../../core/refresh/index.js';
import type { CheckOptions } from '../../core/matrix/types.js';
import { splitList, UsageError } from '../usage.js';
import type { CliIo, Command } from '../usage.js';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

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
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean' },
        write: { type: 'boolean' },
        format: { type: 'string' },
        'min-release-age': { type: 'string' },
        'default-index': { type: 'string' },
        uv: { type: 'string' },
        python: { type: 'string', multiple: true },
        platform: { type: 'string', multiple: true },
        cuda: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun \`lockstep refresh --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values['dry-run'] && values.write) throw new UsageError('--dry-run and --write exclude each other');
  if (positionals.length > 1) throw new UsageError(`refresh takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: expected one of ${FORMATS.join(', ')}`);
  let minReleaseAgeMs: number | null = null;
  if (values['min-release-age'] !== undefined) {
    const raw = values['min-release-age'];
    minReleaseAgeMs = parseDuration(/^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
    if (minReleaseAgeMs === null) throw new UsageError(`--min-release-age ${raw}: expected days (7) or a duration like 12h, 7d, 2w`);
  }
  const platforms = splitList(values.platform);
  for (const p of platforms) if (!PLATFORM_NAMES.includes(p)) throw new UsageError(`--platform ${p}: unknown platform. Valid names: ${PLATFORM_NAMES.join(', ')}`);
  // Loaded on use: the job module pulls in @actions/* and octokit, which `lockstep check` must not pay for.
  const { refreshProject } = await import('../../jobs/refresh.js');
  const check: CheckOptions = { pythons: splitList(values.python), platforms, cuda: values.cuda ?? null };
  const result = await refreshProject(path.resolve(io.cwd, positionals[0] ?? '.'), {
    check,
    uv: { binary: values.uv ?? 'uv', run: runProcess, env: process.env, extraArgs: values['default-index'] ? ['--default-index', values['default-index']] : [] },
    minReleaseAgeMs,
    keep: Boolean(values.write),
    log: (m) => io.stderr(`${m}\n`),
  });
  if (format === 'json') io.stdout(renderRefreshJson(result));
  else if (format === 'markdown') io.stdout(renderRefreshMarkdown(result, { dryRun: !values.write }));
  else io.stdout(renderRefreshText(result));
  return values.write && result.held.length > 0 ? 1 : 0;
}

export const refreshCommand: Command = {
  name: 'refresh',
  summary: 'move every locked package to its newest allowed version (uv lock --upgrade), verified, breaking upgrades held',
  help: HELP,
  run: runRefresh,
};

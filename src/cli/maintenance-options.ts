/**
 * The options `lockstep bump` and `lockstep refresh` share: plan or apply (--dry-run / --write), output
 * format, cooldown, index, uv binary, and the verification targets.
 */
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { CheckOptions } from '../core/matrix/types.js';
import { parseDuration } from '../core/plan/index.js';
import { checkCuda, checkPlatforms, checkPythons, parseFormat } from './target-options.js';
import { splitList, UsageError, parseCommandArgs } from './usage.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

const MAINTENANCE_ARGS = {
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
} as const;

export interface MaintenanceArgs {
  projectDir: string;
  format: (typeof FORMATS)[number];
  write: boolean;
  minReleaseAgeMs: number | null;
  check: CheckOptions;
  uvBinary: string;
  /** `--default-index URL` as uv arguments (empty without the flag). */
  uvIndexArgs: string[];
  defaultIndex: string | null;
  /** Values of the command's own extra options. */
  extra: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** Parses and validates the shared options (plus `extraOptions`); 'help' when -h/--help was given. */
export function parseMaintenanceArgs(command: string, args: string[], cwd: string, extraOptions: ParseArgsConfig['options'] = {}): MaintenanceArgs | 'help' {
  const parsed = parseCommandArgs(command, { args, allowPositionals: true, strict: true, options: { ...MAINTENANCE_ARGS, ...extraOptions } });
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values['dry-run'] && values.write) throw new UsageError('--dry-run and --write exclude each other');
  if (positionals.length > 1) throw new UsageError(`${command} takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(' ')}`);
  const age = values['min-release-age'] as string | undefined;
  const minReleaseAgeMs = age === undefined ? null : parseDuration(age);
  if (age !== undefined && minReleaseAgeMs === null) throw new UsageError(`--min-release-age ${age}: expected days (7) or a duration like 12h, 7d, 2w`);
  const defaultIndex = (values['default-index'] as string | undefined) ?? null;
  const all = values as Record<string, MaintenanceArgs['extra'][string]>;
  const extra = Object.fromEntries(Object.keys(extraOptions ?? {}).map((key) => [key, all[key]]));
  return {
    projectDir: path.resolve(cwd, positionals[0] ?? '.'),
    format: parseFormat(values.format as string | undefined, FORMATS),
    write: Boolean(values.write),
    minReleaseAgeMs,
    check: {
      pythons: checkPythons(splitList(values.python as string[] | undefined)),
      platforms: checkPlatforms(splitList(values.platform as string[] | undefined)),
      cuda: checkCuda(values.cuda as string | undefined),
    },
    uvBinary: (values.uv as string | undefined) ?? 'uv',
    uvIndexArgs: defaultIndex ? ['--default-index', defaultIndex] : [],
    defaultIndex,
    extra,
  };
}

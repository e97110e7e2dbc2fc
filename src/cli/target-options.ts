/**
 * The target options every engine-backed command shares (`check`, `diff`, `bump`, `refresh`, `verify`):
 * one parseArgs spec, one validation, one set of messages.
 */
import type { CheckOptions } from '../core/matrix/types.js';
import { PLATFORM_NAMES } from '../core/pep/platforms.js';
import { splitList, UsageError } from './usage.js';

/** parseArgs option specs for the engine's target selection (spread into a command's own options). */
export const TARGET_ARGS = {
  python: { type: 'string', multiple: true },
  platform: { type: 'string', multiple: true },
  cuda: { type: 'string' },
  extra: { type: 'string', multiple: true },
  'all-extras': { type: 'boolean' },
  group: { type: 'string', multiple: true },
  'no-default-groups': { type: 'boolean' },
} as const;

export interface TargetArgValues {
  python?: string[] | string;
  platform?: string[] | string;
  cuda?: string;
  extra?: string[];
  'all-extras'?: boolean;
  group?: string[];
  'no-default-groups'?: boolean;
}

const asList = (v: string[] | string | undefined): string[] => splitList(v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export function checkPythons(values: readonly string[]): string[] {
  for (const p of values) if (!/^3\.\d{1,2}$/.test(p)) throw new UsageError(`--python ${p}: expected a CPython minor like 3.12`);
  return [...values];
}

export function checkPlatforms(values: readonly string[]): string[] {
  for (const p of values) {
    if (!PLATFORM_NAMES.includes(p)) throw new UsageError(`--platform ${p}: unknown platform. Valid names (uv --python-platform): ${PLATFORM_NAMES.join(', ')}`);
  }
  return [...values];
}

export function checkCuda(value: string | undefined): string | null {
  if (value !== undefined && !/^\d{2}(\.\d{1,2})?$/.test(value)) throw new UsageError(`--cuda ${value}: expected a CUDA version like 12.4`);
  return value ?? null;
}

export function checkDriver(value: string | undefined): string | null {
  if (value !== undefined && !/^\d{3}(\.\d+){0,2}$/.test(value)) throw new UsageError(`--driver ${value}: expected an NVIDIA driver version like 550.54.15`);
  return value ?? null;
}

/** Validated engine options from the shared target flags. */
export function targetOptions(values: TargetArgValues): CheckOptions {
  return {
    pythons: checkPythons(asList(values.python)),
    platforms: checkPlatforms(asList(values.platform)),
    cuda: checkCuda(values.cuda),
    extras: splitList(values.extra),
    allExtras: values['all-extras'] ?? false,
    groups: splitList(values.group),
    noDefaultGroups: values['no-default-groups'] ?? false,
  };
}

/** `--format`, one of the command's formats (the first is the default). */
export function parseFormat<F extends string>(value: string | undefined, formats: readonly F[]): F {
  const format = (value ?? formats[0]) as F;
  if (!formats.includes(format)) throw new UsageError(`--format ${value}: expected one of ${formats.join(', ')}`);
  return format;
}

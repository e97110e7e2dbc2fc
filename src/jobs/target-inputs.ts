/** The engine's target selection from a job's inputs (the shared vocabulary: python-version, platform, cuda, extras, groups, …). */
import type { Runner } from '../adapters/runner.js';
import type { CheckOptions } from '../core/matrix/types.js';

const list = (value: string): string[] => value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);

export function checkOptionsFromInputs(runner: Runner): CheckOptions {
  return {
    pythons: list(runner.input('python-version')),
    platforms: list(runner.input('platform')),
    cuda: runner.input('cuda') || null,
    extras: list(runner.input('extras')),
    allExtras: runner.booleanInput('all-extras', false),
    groups: list(runner.input('groups')),
    noDefaultGroups: runner.booleanInput('no-default-groups', false),
  };
}

/**
 * The setup job's `targets` input: `auto`, or explicit `PYTHON:PLATFORM[:CUDA]` items separated by
 * commas and/or newlines (`3.11:x86_64-manylinux_2_28, 3.12:aarch64-apple-darwin`). Each item is one
 * target: a list of pairs, not a cartesian product, because real matrices are rarely full squares.
 */
import { LockstepError } from '../errors.js';
import { PLATFORM_NAMES } from '../pep/platforms.js';
import type { TargetSpec } from './types.js';

/** What the input asks for: nothing (check off), the engine's default targets, or these pairs. */
export type TargetSelection = { kind: 'off' } | { kind: 'auto' } | { kind: 'explicit'; targets: TargetSpec[] };

const PYTHON = /^3\.\d{1,2}t?$/;
const CUDA = /^\d{2}(\.\d{1,2})?$/;
const EXAMPLE = '3.11:x86_64-manylinux_2_28, 3.12:aarch64-apple-darwin, 3.12:x86_64-manylinux_2_28:12.4';

function badItem(item: string, what: string, hint: string): LockstepError {
  return new LockstepError(`targets item \`${item}\`: ${what}`, { hint });
}

/** Parses one `PYTHON:PLATFORM[:CUDA]` item; a bad item is a LockstepError naming it and what is valid. */
export function parseTargetItem(item: string): TargetSpec {
  const parts = item.split(':').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) {
    throw badItem(item, 'expected PYTHON:PLATFORM or PYTHON:PLATFORM:CUDA.', `Example: targets: ${EXAMPLE}`);
  }
  const [python, platform, cuda] = parts as [string, string, string | undefined];
  if (!PYTHON.test(python)) {
    throw badItem(item, `\`${python}\` is not a CPython minor.`, "Give a version like 3.12 (append 't' for free-threaded, e.g. 3.13t).");
  }
  if (!PLATFORM_NAMES.includes(platform)) {
    throw badItem(item, `unknown platform \`${platform}\`.`, `Valid platforms (uv --python-platform names): ${PLATFORM_NAMES.join(', ')}.`);
  }
  if (cuda !== undefined && !CUDA.test(cuda)) {
    throw badItem(item, `\`${cuda}\` is not a CUDA version.`, 'Give the CUDA version the target provides, like 12.4.');
  }
  return { python, platform, cuda: cuda ?? null };
}

/** Parses the whole input (trimmed; `auto` in any case); an empty value turns the check off. */
export function parseTargetSelection(value: string): TargetSelection {
  const text = value.trim();
  if (text === '') return { kind: 'off' };
  if (text.toLowerCase() === 'auto') return { kind: 'auto' };
  const items = text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
  if (items.some((item) => item.toLowerCase() === 'auto')) {
    throw new LockstepError('targets: `auto` cannot be combined with explicit items.', {
      hint: 'Use `targets: auto` alone for the default targets, or list every PYTHON:PLATFORM[:CUDA] item you want.',
    });
  }
  const targets: TargetSpec[] = [];
  for (const item of items) {
    // A YAML-list habit (`- 3.11:…` in a block scalar) is forgiven; anything else is reported as typed.
    const spec = parseTargetItem(item.replace(/^-\s+/, ''));
    if (!targets.some((t) => t.python === spec.python && t.platform === spec.platform && t.cuda === spec.cuda)) targets.push(spec);
  }
  return targets.length > 0 ? { kind: 'explicit', targets } : { kind: 'off' };
}

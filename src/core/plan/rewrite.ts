/**
 * Byte-exact pin rewrites: only the version characters inside each changed requirement string are
 * replaced; every other byte of pyproject.toml (comments, spacing, quoting, key order, line endings)
 * stays as it was. Offsets come from the parser (the string's span in the file and the specifier's range
 * inside the string), so no regex ever runs over the whole file.
 */
import { LockstepError } from '../errors.js';
import type { Pin } from './types.js';

export interface PinEdit {
  pin: Pin;
  to: string;
}

/** [start, end) of the pinned version's characters in the file. */
export function versionOffsets(text: string, pin: Pin, file = 'pyproject.toml'): [number, number] {
  const source = text.slice(pin.span.start, pin.span.end);
  const quote = source.startsWith('"""') || source.startsWith("'''") ? 3 : 1;
  const inner = source.slice(quote, source.length - quote);
  const fail = (why: string): never => {
    throw new LockstepError(`cannot rewrite ${pin.name}==${pin.version}: ${why}`, {
      file,
      line: pin.line,
      column: pin.column,
      hint: 'Write the requirement as a plain one-line string ("name==1.2.3") so lockstep can edit it in place, or bump it by hand.',
    });
  };
  if (inner === pin.raw) {
    // The common case: the string has no escapes, so offsets in the value are offsets in the file.
    const spec = pin.raw.slice(pin.specifierRange[0], pin.specifierRange[1]);
    const m = /^==\s*/.exec(spec);
    if (!m) fail('the specifier is not a single "=="');
    const at = pin.specifierRange[0] + m![0].length;
    if (pin.raw.slice(at, at + pin.version.length) !== pin.version) fail('the version text is not where the parser put it');
    const start = pin.span.start + quote + at;
    return [start, start + pin.version.length];
  }
  // Escapes in the string (`\u0030`, `\"`): only a unique literal `==VERSION` can be edited safely.
  const hits = [...inner.matchAll(/==\s*/g)].filter((m) => inner.startsWith(pin.version, m.index + m[0].length));
  if (hits.length !== 1) return fail('the string uses escapes around the version');
  const start = pin.span.start + quote + hits[0]!.index + hits[0]![0].length;
  return [start, start + pin.version.length];
}

/**
 * Applies the edits (any order) to `file`'s text; throws LockstepError naming the file and line when one
 * cannot be made safely.
 */
export function rewritePins(text: string, edits: readonly PinEdit[], file = 'pyproject.toml'): string {
  const ranges = edits
    .filter((e) => e.to !== e.pin.version)
    .map((e) => ({ range: versionOffsets(text, e.pin, file), to: e.to }))
    .sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  for (const { range, to } of ranges) out = out.slice(0, range[0]) + to + out.slice(range[1]);
  return out;
}

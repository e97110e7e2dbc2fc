/**
 * Property tests: the PEP parsers either return a value or throw LockstepError — never a TypeError,
 * RangeError, stack overflow or hang — on arbitrary input and on near-miss input assembled from
 * real grammar pieces.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LockstepError } from '../../../src/core/errors.js';
import { evaluateMarker, parseMarker } from '../../../src/core/pep/markers.js';
import { resolvePlatform } from '../../../src/core/pep/platforms.js';
import { parseRequirement } from '../../../src/core/pep/requirement.js';
import { bestWheel } from '../../../src/core/pep/tags.js';
import { parseWheelFilename } from '../../../src/core/pep/wheel.js';

function returnsOrThrowsLockstepError(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (error) {
    if (error instanceof LockstepError) return true;
    throw error;
  }
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 80 }));

const markerPiece = fc.constantFrom(
  'python_version', 'python_full_version', 'sys_platform', 'platform_machine', 'extra', 'os.name', 'implementation_name',
  "'3.11'", '"linux"', "'x86_64'", "'extra-11-fish-speech-cu129'", "'1.0+local'", "'3.*'", "''", '"',
  '==', '!=', '<', '<=', '>', '>=', '~=', '===', 'in', 'not in', 'not', 'and', 'or', '(', ')', ' ', ';',
);
const markerLike = fc.array(markerPiece, { maxLength: 25 }).map((pieces) => pieces.join(' '));

const requirementPiece = fc.constantFrom(
  'torch', 'flash_attn', 'A', '-', '.', '[', ']', ',', 'cuda', '==', '>=', '~=', '===', '2.5.1', '1.*', '2.5.1+cu124',
  '(', ')', '@', ' ', 'https://x/y.whl', 'file:///p', ';', "sys_platform == 'linux'", 'and', 'extra', '!',
);
const requirementLike = fc.array(requirementPiece, { maxLength: 20 }).map((pieces) => pieces.join(''));

const wheelPiece = fc.constantFrom(
  'torch', 'flash_attn', '2.5.1', '2.5.1%2Bcu124', '2.5.1+cu124', '1', '1abc', 'cp311', 'cp311.cp312', 'abi3', 'none',
  'py3', 'py2.py3', 'manylinux_2_28_x86_64', 'linux_x86_64', 'macosx_11_0_arm64.macosx_10_9_universal2', 'win_amd64',
  'any', '', '-', '.whl', '.tar.gz', '%', '%2', '%ZZ', '/', '?x=1', '#sha256=', 'https://h/p/',
);
const wheelLike = fc.array(wheelPiece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const wheelDashed = fc.array(wheelPiece, { minLength: 5, maxLength: 7 }).map((pieces) => `${pieces.join('-')}.whl`);

const LINUX = resolvePlatform('x86_64-manylinux_2_28').markerEnvironment('3.11');

describe('parsers never fail with anything but LockstepError', () => {
  it('parseMarker (and evaluating whatever parses)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, markerLike), (text) =>
        returnsOrThrowsLockstepError(() => {
          const marker = parseMarker(text);
          expect(typeof evaluateMarker(marker, { env: LINUX, extras: new Set(['cuda']) })).toBe('boolean');
        }),
      ),
      { numRuns: 3000 },
    );
  });

  it('parseRequirement', () => {
    fc.assert(fc.property(fc.oneof(anyText, requirementLike), (text) => returnsOrThrowsLockstepError(() => parseRequirement(text))), {
      numRuns: 3000,
    });
  });

  it('parseWheelFilename (and bestWheel over whatever it is given)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, wheelLike, wheelDashed), { maxLength: 6 }), (names) =>
        names.every((name) => returnsOrThrowsLockstepError(() => parseWheelFilename(name))) &&
        returnsOrThrowsLockstepError(() => bestWheel(names, (n) => n, '3.11', resolvePlatform('linux'))),
      ),
      { numRuns: 3000 },
    );
  });

  it('deeply nested and very long markers do not overflow the stack', () => {
    const deep = `${'('.repeat(100_000)}os_name == 'nt'${')'.repeat(100_000)}`;
    expect(() => parseMarker(deep)).toThrow(/at most 200 nested parentheses/);
    expect(parseMarker(`${'('.repeat(150)}os_name == 'nt'${')'.repeat(150)}`)).toEqual(parseMarker("os_name == 'nt'"));
    const long = Array.from({ length: 5000 }, (_, i) => `python_version == '3.${i}'`).join(' or ');
    expect(evaluateMarker(long, { env: LINUX })).toBe(true);
  });
});

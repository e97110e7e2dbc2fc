import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import { cooldownCutoff, parseExcludeNewer } from '../../../src/core/refresh/index.js';

const now = new Date('2026-11-25T12:00:30.500Z');
const DAY = 86_400_000;

describe('cooldownCutoff', () => {
  it('is null without a cooldown: uv applies the configured exclude-newer itself', () => {
    expect(cooldownCutoff({ configured: [{ value: '2025-01-01', where: 'x' }], minReleaseAgeMs: null, now })).toBeNull();
    expect(cooldownCutoff({ configured: [], minReleaseAgeMs: 0, now })).toBeNull();
  });

  it('is now minus the cooldown, to the second, when nothing stricter is configured', () => {
    expect(cooldownCutoff({ configured: [], minReleaseAgeMs: 7 * DAY, now })).toBe('2026-11-18T12:00:30Z');
    expect(cooldownCutoff({ configured: [{ value: '2026-11-20T00:00:00Z', where: 'pyproject.toml exclude-newer' }], minReleaseAgeMs: 7 * DAY, now })).toBe('2026-11-18T12:00:30Z');
  });

  it('is null when a configured cutoff is stricter (uv would otherwise replace it with a later one)', () => {
    expect(cooldownCutoff({ configured: [{ value: '2026-11-01', where: 'uv.toml exclude-newer' }], minReleaseAgeMs: 7 * DAY, now })).toBeNull();
    expect(cooldownCutoff({ configured: [{ value: '2026-11-18T12:00:30+00:00', where: 'UV_EXCLUDE_NEWER' }], minReleaseAgeMs: 7 * DAY, now })).toBeNull();
  });

  it('refuses a cutoff it cannot compare, naming where it is set', () => {
    // `1 month` is not a uv duration either (uv refuses months): nothing to compare with.
    const call = () => cooldownCutoff({ configured: [{ value: '1 month', where: 'pyproject.toml exclude-newer' }], minReleaseAgeMs: DAY, now });
    expect(call).toThrow(LockstepError);
    expect(call).toThrow('pyproject.toml exclude-newer = "1 month": lockstep cannot compare it with min-release-age');
  });
});

describe('parseExcludeNewer', () => {
  it('reads RFC 3339 timestamps and plain dates (UTC midnight)', () => {
    expect(parseExcludeNewer('2025-06-01')).toBe(Date.parse('2025-06-01T00:00:00Z'));
    expect(parseExcludeNewer('2025-06-01T02:00:00+02:00')).toBe(Date.parse('2025-06-01T00:00:00Z'));
    expect(parseExcludeNewer('2025-06-01 00:00:00Z')).toBe(Date.parse('2025-06-01T00:00:00Z'));
    expect(parseExcludeNewer('yesterday')).toBeNull();
  });
});

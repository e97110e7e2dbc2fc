/**
 * uv's relative exclude-newer durations. The real uv is the oracle for which spellings are valid:
 * every value accepted here is one uv accepts (`uv pip compile --exclude-newer VALUE`), and months
 * and years are refused by both.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { parseUvDuration } from '../../../src/core/time/uv-duration.js';
import { cooldownCutoff, parseExcludeNewer } from '../../../src/core/refresh/index.js';
import { parseDuration } from '../../../src/core/plan/config.js';
import { uvBinaryPath } from '../../support/uv-binary.js';

const H = 3_600_000;
const D = 24 * H;

function uvAccepts(value: string): boolean {
  const result = spawnSync(uvBinaryPath(), ['pip', 'compile', '--offline', '--no-progress', '--exclude-newer', value, '-'], { input: '', encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, UV_NO_CONFIG: '1' } });
  return !/invalid value/.test(result.stderr);
}

describe('parseUvDuration', () => {
  it.each([
    ['1 week', 7 * D],
    ['2 weeks', 14 * D],
    ['24 hours', 24 * H],
    ['30 days', 30 * D],
    ['1w', 7 * D],
    ['7d', 7 * D],
    ['10 minutes', 10 * 60_000],
    ['3 days ago', 3 * D],
    ['1 week, 2 days', 9 * D],
    ['P7D', 7 * D],
    ['P1W', 7 * D],
    ['PT24H', 24 * H],
    ['P1DT12H', 36 * H],
  ])('%s is %d ms, and uv accepts it too', (value, ms) => {
    expect(parseUvDuration(value)).toBe(ms);
    expect(uvAccepts(value)).toBe(true);
  });

  it.each(['1 month', '1 year', 'P1M', 'P1Y'])('%s is refused, as uv refuses it', (value) => {
    expect(parseUvDuration(value)).toBeNull();
    expect(uvAccepts(value)).toBe(false);
  });

  it('is not a timestamp or free text', () => {
    for (const value of ['2025-06-01', 'yesterday', 'week', '', 'P', 'PT']) expect(parseUvDuration(value)).toBeNull();
  });
});

describe('relative exclude-newer where lockstep reads exclude-newer', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('is now minus the duration', () => {
    expect(parseExcludeNewer('1 week', now)).toBe(now.getTime() - 7 * D);
    expect(parseExcludeNewer('P7D', now)).toBe(now.getTime() - 7 * D);
  });

  it('min-release-age compares with it instead of throwing (refresh)', () => {
    // The project already holds back 2 weeks: stricter than a 7-day cooldown, so no --exclude-newer is passed.
    expect(cooldownCutoff({ configured: [{ value: '2 weeks', where: 'pyproject.toml exclude-newer' }], minReleaseAgeMs: 7 * D, now })).toBeNull();
    expect(cooldownCutoff({ configured: [{ value: 'P1D', where: 'uv.toml exclude-newer' }], minReleaseAgeMs: 7 * D, now })).toBe('2026-11-18T12:00:00Z');
  });

  it('min-release-age itself takes uv spellings too', () => {
    expect(parseDuration('1 week')).toBe(7 * D);
    expect(parseDuration('P2D')).toBe(2 * D);
    expect(parseDuration('7')).toBe(7 * D);
  });
});

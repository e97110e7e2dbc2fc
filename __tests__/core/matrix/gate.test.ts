import { describe, expect, it } from '@jest/globals';
import { LockstepError } from '../../../src/core/errors.js';
import type { Finding, Severity } from '../../../src/core/findings.js';
import { checkResult, failsStep, parseFailOn, planAnnotations } from '../../../src/core/matrix/gate.js';

const finding = (severity: Severity, pkg: string): Finding => ({ code: 'sdist-build', severity, package: pkg, message: `${pkg} builds`, file: 'uv.lock', line: 1 });
const many = (severity: Severity, n: number) => Array.from({ length: n }, (_, i) => finding(severity, `pkg-${String(i).padStart(2, '0')}`));

describe('check result and fail-on', () => {
  it('is the worst severity present', () => {
    expect(checkResult([])).toBe('pass');
    expect(checkResult([finding('notice', 'a')])).toBe('pass');
    expect(checkResult([finding('notice', 'a'), finding('warning', 'b')])).toBe('warnings');
    expect(checkResult([finding('warning', 'b'), finding('error', 'c')])).toBe('errors');
  });

  it('fails the step as fail-on says', () => {
    expect([failsStep('errors', 'error'), failsStep('warnings', 'error'), failsStep('pass', 'error')]).toEqual([true, false, false]);
    expect([failsStep('errors', 'warning'), failsStep('warnings', 'warning'), failsStep('pass', 'warning')]).toEqual([true, true, false]);
    expect([failsStep('errors', 'never'), failsStep('warnings', 'never')]).toEqual([false, false]);
  });

  it('reads fail-on, defaulting to error, and names the valid values otherwise', () => {
    expect(parseFailOn('')).toBe('error');
    expect(parseFailOn('Warning')).toBe('warning');
    expect(parseFailOn('never')).toBe('never');
    expect(() => parseFailOn('always')).toThrow(LockstepError);
    expect(() => parseFailOn('always')).toThrow(/`always` is not one of error, warning, never/);
  });
});

describe('planAnnotations', () => {
  it('annotates everything that fits in the per-severity limit', () => {
    const plan = planAnnotations([...many('error', 10), ...many('warning', 3)]);
    expect(plan.annotate).toHaveLength(13);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('keeps one slot for the "N more" annotation when a severity overflows, errors first', () => {
    const plan = planAnnotations([...many('warning', 25), ...many('error', 11)]);
    expect(plan.annotate.filter((f) => f.severity === 'error').map((f) => f.package)).toEqual(many('error', 9).map((f) => f.package));
    expect(plan.annotate.filter((f) => f.severity === 'warning')).toHaveLength(9);
    expect(plan.annotate[0]!.severity).toBe('error');
    expect(plan.omitted).toEqual({ error: 2, warning: 16, notice: 0 });
  });
});

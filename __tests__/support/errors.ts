/**
 * `errorOf(() => parse(bad))`: the LockstepError a call throws, so a test can assert its message, file
 * and hint; anything else thrown (a crash) is rethrown, and no throw at all fails the test.
 */
import { LockstepError } from '../../src/core/errors.js';

export function errorOf(fn: () => unknown): LockstepError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LockstepError) return error;
    throw error;
  }
  throw new Error('expected a LockstepError');
}

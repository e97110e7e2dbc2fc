/** A one-target CheckReport holding `findings`: what the renderers' tests feed them. */
import type { Finding } from '../../../src/core/findings.js';
import type { CheckReport } from '../../../src/core/matrix/types.js';

export const T1 = 'cp312-x86_64-manylinux_2_28';

export function reportWithFindings(findings: Finding[], name = 'demo'): CheckReport {
  return {
    schema: 1,
    project: { name, version: '0.1.0', requiresPython: '>=3.12', lockRevision: 3, packageCount: 2 },
    targets: [{ id: T1, python: '3.12', platform: 'x86_64-manylinux_2_28', cuda: null }],
    packages: [],
    findings,
  };
}

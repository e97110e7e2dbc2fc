/** One target's verification: every check, in report order, into the `lockstep-verify-<target>.json` shape. */
import type { Target } from '../matrix/types.js';
import { checkCudaDriver, checkCudaFlavour, type GpuQuery } from './cuda.js';
import { checkInterpreter } from './interpreter.js';
import { checkSourceBuilds, comparePackages, type SourceBuildAllowance } from './packages.js';
import type { InstalledDist, InterpreterInfo, LockedDist, VerifyResult } from './types.js';

export interface VerifyInput {
  target: Target;
  interpreter: InterpreterInfo;
  installed: InstalledDist[];
  selection: LockedDist[];
  allowance: SourceBuildAllowance;
  gpu: GpuQuery;
  minimumDriver: (cuda: string) => string | null;
}

export function verifyEnvironment(input: VerifyInput): VerifyResult {
  const packages = comparePackages(input.selection, input.installed);
  return {
    schema: 1,
    target: input.target.id,
    checks: [
      checkInterpreter(input.interpreter, input.target),
      packages.check,
      checkSourceBuilds(input.selection, input.installed, input.allowance),
      checkCudaFlavour(input.selection, input.installed, input.target),
      checkCudaDriver(input.gpu, input.selection, input.minimumDriver),
    ],
    mismatches: packages.mismatches,
    python: input.target.python,
    platform: input.target.platform,
    cuda: input.target.cuda,
    gpus: input.gpu.kind === 'ok' ? input.gpu.gpus : [],
  };
}

export function hasFailure(result: VerifyResult): boolean {
  return result.checks.some((c) => c.status === 'fail');
}

/** The artifact / file name for a target: `lockstep-verify-<target>` (characters artifacts forbid become `_`). */
export function verifyArtifactName(targetId: string): string {
  return `lockstep-verify-${targetId.replace(/[\s"':<>|*?\\/]+/g, '_')}`;
}

/**
 * Reads a `lockstep-verify-*.json` file written by any lockstep version: the schema-1 contract is
 * required, unknown fields are ignored. Throws with a message naming the file otherwise.
 */
const TARGET_ID = /^[A-Za-z0-9._+-]{1,200}$/;

export function parseVerifyResult(text: string, file: string): VerifyResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const r = data as Partial<VerifyResult> | null;
  if (!r || typeof r !== 'object' || r.schema !== 1 || typeof r.target !== 'string' || !Array.isArray(r.checks) || !Array.isArray(r.mismatches)) {
    throw new Error(`${file}: not a lockstep verify result (expected {"schema": 1, "target", "checks", "mismatches"})`);
  }
  // The target id reaches step outputs, annotations and the summary: a line break or U+0085 in it could
  // start a workflow command or forge an output line, so only what target ids are made of is accepted.
  if (!TARGET_ID.test(r.target)) {
    throw new Error(`${file}: the target id is not one (letters, digits, \`._+-\`, at most 200 characters)`);
  }
  for (const c of r.checks) {
    if (!c || typeof c.name !== 'string' || !['pass', 'fail', 'skip'].includes(c.status as string)) {
      throw new Error(`${file}: a check has no name or a status other than pass/fail/skip`);
    }
    if (c.details !== undefined && typeof c.details !== 'string') throw new Error(`${file}: check ${JSON.stringify(c.name)} has details that are not text`);
  }
  const textOrNull = (v: unknown) => v === null || typeof v === 'string';
  for (const m of r.mismatches) {
    if (!m || typeof m.name !== 'string' || !textOrNull(m.locked) || !textOrNull(m.installed)) {
      throw new Error(`${file}: a mismatch is not {"name", "locked", "installed"} with text or null values`);
    }
  }
  return r as VerifyResult;
}

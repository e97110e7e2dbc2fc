/**
 * A Runner (src/adapters/runner.ts) that records what a job did, for running a job's `run()` in-process:
 *
 *   const { runner, record } = recordingRunner({ 'fail-on': 'error' });
 *   await run({ runner, env });
 *   expect(record.annotations).toEqual([...]); expect(record.failed).toBe(true);
 *
 * Inputs are trimmed and booleans parsed like the real runner; `setFailed` records an error annotation
 * (as @actions/core does) and `markFailed` does not.
 */
import type { AnnotationPosition, Runner } from '../../src/adapters/runner.js';

export interface RecordedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  position?: AnnotationPosition;
}

export function recordingRunner(inputs: Record<string, string> = {}, state: Record<string, string> = {}) {
  const record = {
    outputs: {} as Record<string, string>,
    state: { ...state },
    notices: [] as string[],
    warnings: [] as string[],
    errors: [] as string[],
    annotations: [] as RecordedAnnotation[],
    info: [] as string[],
    debug: [] as string[],
    summary: '',
    problemMatchers: [] as string[],
    failed: false,
  };
  const annotate = (level: RecordedAnnotation['level'], list: string[]) => (message: string, position?: AnnotationPosition) => {
    list.push(message);
    record.annotations.push({ level, message, ...(position ? { position } : {}) });
  };
  const runner: Runner = {
    input: (name) => (inputs[name] ?? '').trim(),
    booleanInput(name, fallback) {
      const v = (inputs[name] ?? '').trim();
      if (!v) return fallback;
      if (['true', 'True', 'TRUE'].includes(v)) return true;
      if (['false', 'False', 'FALSE'].includes(v)) return false;
      throw new TypeError(`Input "${name}" must be true or false`);
    },
    setOutput: (name, value) => void (record.outputs[name] = value),
    exportVariable: () => undefined,
    addPath: () => undefined,
    addProblemMatcher: (file) => void record.problemMatchers.push(file),
    setSecret: () => undefined,
    saveState: (name, value) => void (record.state[name] = value),
    getState: (name) => record.state[name] ?? '',
    info: (m) => void record.info.push(m),
    debug: (m) => void record.debug.push(m),
    notice: annotate('notice', record.notices),
    warning: annotate('warning', record.warnings),
    error: annotate('error', record.errors),
    group: (_name, fn) => fn(),
    appendSummary: async (md) => void (record.summary += md),
    setFailed: (m) => {
      annotate('error', record.errors)(m);
      record.failed = true;
    },
    markFailed: () => {
      record.errors.push('(marked failed)');
      record.failed = true;
    },
  };
  return { runner, record };
}

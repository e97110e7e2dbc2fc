import * as core from '@actions/core';
import { EOL } from 'node:os';
import { singleLine } from '../core/security/neutralise.js';
import { redact, rememberSecret, rememberUrlCredentials } from './outgoing.js';
import { inertLogText, workflowCommand } from './workflow-commands.js';

/** Where an annotation points: a file relative to the repository root, and a line/column in it. */
export interface AnnotationPosition {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

/**
 * Everything a job does to the Actions runner, behind one small interface so jobs can be run with
 * @actions/core (the action) or a recording fake (tests, the CLI).
 */
export interface Runner {
  /** The input's value, trimmed; '' when unset. */
  input(name: string): string;
  /** A `true`/`false` input (YAML 1.2 core schema spellings); `fallback` when unset. */
  booleanInput(name: string, fallback: boolean): boolean;
  setOutput(name: string, value: string): void;
  /** Sets the variable for this process and every later step. */
  exportVariable(name: string, value: string): void;
  /** Prepends to PATH for this process and every later step. */
  addPath(dir: string): void;
  /** Registers a problem matcher file (`::add-matcher::`) for the rest of the job. */
  addProblemMatcher(file: string): void;
  /** Masks the value in every later log line. */
  setSecret(value: string): void;
  /** State for the `post:` step of the same action. */
  saveState(name: string, value: string): void;
  getState(name: string): string;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, position?: AnnotationPosition): void;
  warning(message: string, position?: AnnotationPosition): void;
  error(message: string, position?: AnnotationPosition): void;
  /** A collapsible log group around `fn`. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  /** Marks the step failed (exit code 1) with the message as an error annotation. */
  setFailed(message: string): void;
  /** Marks the step failed without another annotation (the error was already annotated). */
  markFailed(): void;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function toProperties(position?: AnnotationPosition): core.AnnotationProperties {
  if (!position) return {};
  const title = position.title === undefined ? undefined : singleLine(redact(position.title));
  return { file: position.file, startLine: position.line, startColumn: position.column, title };
}

/**
 * The runner of a real Actions step, over @actions/core. Every text that leaves through it is
 * redacted (URL credentials, remembered secrets); log lines are made inert against workflow commands
 * (annotations, debug lines and group titles are escaped by @actions/core itself).
 */
export function actionsRunner(): Runner {
  // Credentials in index/proxy URLs the step was given (inputs, UV_INDEX_URL, HTTPS_PROXY...) are secrets
  // even where they later appear without their URL.
  for (const value of Object.values(process.env)) if (value?.includes('@')) rememberUrlCredentials(value);
  return {
    input: (name) => {
      const value = core.getInput(name).trim();
      if (value.includes('@')) rememberUrlCredentials(value);
      return value;
    },
    booleanInput(name, fallback) {
      const value = core.getInput(name).trim();
      if (!value) return fallback;
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      throw new TypeError(`Input "${name}" must be true or false, not "${value}".`);
    },
    setOutput: (name, value) => core.setOutput(name, redact(value)),
    exportVariable: (name, value) => core.exportVariable(name, value),
    addPath: (dir) => core.addPath(dir),
    addProblemMatcher: (file) => void process.stdout.write(`${workflowCommand('add-matcher', file)}${EOL}`),
    setSecret: (value) => {
      rememberSecret(value);
      core.setSecret(value);
    },
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    info: (message) => core.info(inertLogText(redact(message))),
    debug: (message) => core.debug(redact(message)),
    notice: (message, position) => core.notice(redact(message), toProperties(position)),
    warning: (message, position) => core.warning(redact(message), toProperties(position)),
    error: (message, position) => core.error(redact(message), toProperties(position)),
    group: (name, fn) => core.group(singleLine(redact(name)), fn),
    async appendSummary(markdown) {
      // Outside Actions (no GITHUB_STEP_SUMMARY) there is nowhere to write: skip, do not fail.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(redact(markdown), true).write();
    },
    setFailed: (message) => core.setFailed(redact(message)),
    markFailed: () => {
      process.exitCode = 1;
    },
  };
}

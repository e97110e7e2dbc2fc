import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  addPath,
  debug,
  error,
  exportVariable,
  getInput,
  getState,
  group,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-MGPWKA2X.js";

// src/core/errors.ts
var LockstepError = class extends Error {
  file;
  line;
  column;
  /** One line telling the user what to do about it. */
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "LockstepError";
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }
  /** `file:line:col: message (hint)`, the shape compilers use, so editors and people can jump to it. */
  describe() {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ""}` : ""}: ` : "";
    return `${where}${this.message}${this.hint ? `
  ${this.hint}` : ""}`;
  }
};
var ParseError = class extends LockstepError {
  constructor(message, position) {
    super(message, position);
    this.name = "ParseError";
  }
};

// src/adapters/runner.ts
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function toProperties(position) {
  if (!position) return {};
  return { file: position.file, startLine: position.line, startColumn: position.column, title: position.title };
}
function actionsRunner() {
  return {
    input: (name) => getInput(name).trim(),
    booleanInput(name, fallback) {
      const value = getInput(name).trim();
      if (!value) return fallback;
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      throw new TypeError(`Input "${name}" must be true or false, not "${value}".`);
    },
    setOutput: (name, value) => setOutput(name, value),
    exportVariable: (name, value) => exportVariable(name, value),
    addPath: (dir) => addPath(dir),
    setSecret: (value) => setSecret(value),
    saveState: (name, value) => saveState(name, value),
    getState: (name) => getState(name),
    info: (message) => info(message),
    debug: (message) => debug(message),
    notice: (message, position) => notice(message, toProperties(position)),
    warning: (message, position) => warning(message, toProperties(position)),
    error: (message, position) => error(message, toProperties(position)),
    group: (name, fn) => group(name, fn),
    async appendSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(markdown, true).write();
    },
    setFailed: (message) => setFailed(message),
    markFailed: () => {
      process.exitCode = 1;
    }
  };
}

export {
  LockstepError,
  ParseError,
  actionsRunner
};

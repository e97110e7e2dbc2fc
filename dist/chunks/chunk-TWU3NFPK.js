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
} from "./chunk-XWKXAGII.js";
import {
  inertLogText,
  workflowCommand
} from "./chunk-K4IRNN4I.js";
import {
  singleLine
} from "./chunk-YKLTUEQ7.js";
import {
  redact,
  rememberSecret,
  rememberUrlCredentials
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/runner.ts
import { EOL } from "node:os";
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function toProperties(position) {
  if (!position) return {};
  const title = position.title === void 0 ? void 0 : singleLine(redact(position.title));
  return { file: position.file, startLine: position.line, startColumn: position.column, title };
}
__name(toProperties, "toProperties");
function actionsRunner() {
  for (const value of Object.values(process.env)) if (value?.includes("@")) rememberUrlCredentials(value);
  return {
    input: /* @__PURE__ */ __name((name) => {
      const value = getInput(name).trim();
      if (value.includes("@")) rememberUrlCredentials(value);
      return value;
    }, "input"),
    booleanInput(name, fallback) {
      const value = getInput(name).trim();
      if (!value) return fallback;
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      throw new TypeError(`Input "${name}" must be true or false, not "${value}".`);
    },
    setOutput: /* @__PURE__ */ __name((name, value) => setOutput(name, redact(value)), "setOutput"),
    exportVariable: /* @__PURE__ */ __name((name, value) => exportVariable(name, value), "exportVariable"),
    addPath: /* @__PURE__ */ __name((dir) => addPath(dir), "addPath"),
    addProblemMatcher: /* @__PURE__ */ __name((file) => void process.stdout.write(`${workflowCommand("add-matcher", file)}${EOL}`), "addProblemMatcher"),
    setSecret: /* @__PURE__ */ __name((value) => {
      rememberSecret(value);
      setSecret(value);
    }, "setSecret"),
    saveState: /* @__PURE__ */ __name((name, value) => saveState(name, value), "saveState"),
    getState: /* @__PURE__ */ __name((name) => getState(name), "getState"),
    info: /* @__PURE__ */ __name((message) => info(inertLogText(redact(message))), "info"),
    debug: /* @__PURE__ */ __name((message) => debug(redact(message)), "debug"),
    notice: /* @__PURE__ */ __name((message, position) => notice(redact(message), toProperties(position)), "notice"),
    warning: /* @__PURE__ */ __name((message, position) => warning(redact(message), toProperties(position)), "warning"),
    error: /* @__PURE__ */ __name((message, position) => error(redact(message), toProperties(position)), "error"),
    group: /* @__PURE__ */ __name((name, fn) => group(singleLine(redact(name)), fn), "group"),
    async appendSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(redact(markdown), true).write();
    },
    setFailed: /* @__PURE__ */ __name((message) => setFailed(redact(message)), "setFailed"),
    markFailed: /* @__PURE__ */ __name(() => {
      process.exitCode = 1;
    }, "markFailed")
  };
}
__name(actionsRunner, "actionsRunner");

export {
  actionsRunner
};

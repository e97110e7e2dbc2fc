import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/fail-step.ts
import path from "node:path";
function failStep(runner, error, job, where) {
  if (error instanceof LockstepError) {
    const file = error.file ? path.relative(where.workspace, path.resolve(where.projectDir, error.file)).split(path.sep).join("/") || error.file : void 0;
    runner.error(`${error.message}${error.hint ? ` ${error.hint}` : ""}`, { file, line: error.line, column: error.column, title: `lockstep ${job}` });
    runner.markFailed();
    return;
  }
  runner.debug(error?.stack ?? String(error));
  runner.setFailed(`lockstep ${job} failed: ${error?.message ?? String(error)}`);
}
__name(failStep, "failStep");

export {
  failStep
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  sortFindings
} from "./chunk-3DLKCNQW.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/matrix/gate.ts
var FAIL_ON = ["error", "warning", "never"];
var ANNOTATIONS_PER_SEVERITY = 10;
function parseFailOn(value, allowed = FAIL_ON, fallback = "error") {
  const v = (value.trim() || fallback).toLowerCase();
  if (allowed.includes(v)) return v;
  const hint = allowed.includes("warning") ? "`error` (default) fails the step on error findings, `warning` on warnings too, `never` only reports." : `Set \`fail-on: error\` to fail the step on errors, or \`fail-on: never\` to only report (default: ${fallback}).`;
  throw new LockstepError(`fail-on: \`${value}\` is not one of ${allowed.join(", ")}.`, { hint });
}
__name(parseFailOn, "parseFailOn");
function checkResult(findings) {
  if (findings.some((f) => f.severity === "error")) return "errors";
  if (findings.some((f) => f.severity === "warning")) return "warnings";
  return "pass";
}
__name(checkResult, "checkResult");
function failsStep(result, failOn) {
  if (failOn === "never") return false;
  return result === "errors" || failOn === "warning" && result === "warnings";
}
__name(failsStep, "failsStep");
function planAnnotations(findings, limit = ANNOTATIONS_PER_SEVERITY) {
  const sorted = sortFindings(findings);
  const omitted = { error: 0, warning: 0, notice: 0 };
  const annotate = [];
  for (const severity of ["error", "warning", "notice"]) {
    const all = sorted.filter((f) => f.severity === severity);
    const keep = all.length <= limit ? all.length : Math.max(0, limit - 1);
    annotate.push(...all.slice(0, keep));
    omitted[severity] = all.length - keep;
  }
  return { annotate, omitted };
}
__name(planAnnotations, "planAnnotations");

export {
  parseFailOn,
  checkResult,
  failsStep,
  planAnnotations
};

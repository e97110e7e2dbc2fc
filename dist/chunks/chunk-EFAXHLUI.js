import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/plan/event-guard.ts
var DEFAULT_BRANCH_CODE_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
function mayWriteOn(trigger) {
  const { eventName } = trigger;
  if (!eventName) return true;
  if (DEFAULT_BRANCH_CODE_EVENTS.has(eventName)) return true;
  return eventName === "push" && trigger.defaultBranch !== void 0 && trigger.ref === `refs/heads/${trigger.defaultBranch}`;
}
__name(mayWriteOn, "mayWriteOn");
function refuseWritesOnUntrustedEvent(job, trigger) {
  const context = typeof trigger === "object" ? trigger : { eventName: trigger };
  if (mayWriteOn(context)) return;
  const what = context.eventName === "push" ? `a push to ${context.ref ?? "a branch"} (not the default branch${context.defaultBranch ? ` ${context.defaultBranch}` : ""})` : `\`${context.eventName}\` events`;
  throw new LockstepError(`${job} does not push branches or open PRs on ${what}: only schedule, workflow_dispatch and pushes to the default branch run the default branch's own code, and \`uv lock\` could otherwise run unreviewed code with a write token.`, {
    hint: `Run ${job} on \`schedule\` / \`workflow_dispatch\` / \`push\` to the default branch, or set \`dry-run: true\` to only preview the plan in this workflow.`
  });
}
__name(refuseWritesOnUntrustedEvent, "refuseWritesOnUntrustedEvent");

// src/jobs/target-inputs.ts
var list = /* @__PURE__ */ __name((value) => value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean), "list");
function checkOptionsFromInputs(runner) {
  return {
    pythons: list(runner.input("python-version")),
    platforms: list(runner.input("platform")),
    cuda: runner.input("cuda") || null,
    extras: list(runner.input("extras")),
    allExtras: runner.booleanInput("all-extras", false),
    groups: list(runner.input("groups")),
    noDefaultGroups: runner.booleanInput("no-default-groups", false)
  };
}
__name(checkOptionsFromInputs, "checkOptionsFromInputs");

export {
  mayWriteOn,
  refuseWritesOnUntrustedEvent,
  checkOptionsFromInputs
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/cache/event.ts
import { readFileSync } from "node:fs";

// src/core/cache/trust.ts
var TRUSTED_WRITE_EVENTS = /* @__PURE__ */ new Set(["push", "schedule", "workflow_dispatch"]);
var NEVER_WRITE_EVENTS = /* @__PURE__ */ new Set(["pull_request_target", "workflow_run"]);
function parseCacheWriteMode(value) {
  const v = value.trim().toLowerCase();
  if (v === "" || v === "auto") return "auto";
  if (v === "true") return "true";
  if (v === "false") return "false";
  return void 0;
}
__name(parseCacheWriteMode, "parseCacheWriteMode");
function eventContextFrom(env, payload) {
  const p = payload ?? {};
  const str = /* @__PURE__ */ __name((v) => typeof v === "string" && v ? v : void 0, "str");
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    ref: env.GITHUB_REF ?? "",
    defaultBranch: str(p.repository?.default_branch),
    headRepoFork: typeof p.pull_request?.head?.repo?.fork === "boolean" ? p.pull_request.head.repo.fork : void 0,
    headRepoFullName: str(p.pull_request?.head?.repo?.full_name),
    baseRepoFullName: str(p.pull_request?.base?.repo?.full_name) ?? str(p.repository?.full_name)
  };
}
__name(eventContextFrom, "eventContextFrom");
function isForkPullRequest(ctx) {
  if (ctx.headRepoFork === true) return true;
  return !!ctx.headRepoFullName && !!ctx.baseRepoFullName && ctx.headRepoFullName !== ctx.baseRepoFullName;
}
__name(isForkPullRequest, "isForkPullRequest");
function decideCacheWrite(mode, ctx) {
  if (mode === "false") return { write: false, reason: "save-cache is false" };
  if (mode === "true") return { write: true, reason: "save-cache is true" };
  const event = ctx.eventName || "unknown event";
  if (NEVER_WRITE_EVENTS.has(ctx.eventName)) {
    return { write: false, reason: `${event} runs code the repository did not review; only restoring` };
  }
  if (isForkPullRequest(ctx)) return { write: false, reason: "pull request from a fork; only restoring" };
  if (!TRUSTED_WRITE_EVENTS.has(ctx.eventName)) {
    return { write: false, reason: `${event} is not push, schedule or workflow_dispatch; only restoring` };
  }
  if (!ctx.defaultBranch) {
    return { write: false, reason: "the event payload names no default branch; only restoring" };
  }
  if (ctx.ref !== `refs/heads/${ctx.defaultBranch}`) {
    return { write: false, reason: `${ctx.ref || "this ref"} is not the default branch (${ctx.defaultBranch}); only restoring` };
  }
  return { write: true, reason: `${event} on the default branch` };
}
__name(decideCacheWrite, "decideCacheWrite");
function parseEnableCacheMode(value) {
  return parseCacheWriteMode(value);
}
__name(parseEnableCacheMode, "parseEnableCacheMode");
var NO_CACHE_EVENTS = /* @__PURE__ */ new Set(["release", "pull_request_target", "workflow_run"]);
function decideCacheEnabled(mode, ctx, runnerEnvironment) {
  if (mode === "false") return { enabled: false, reason: "enable-cache is false" };
  if (mode === "true") return { enabled: true, reason: "enable-cache is true" };
  if (runnerEnvironment !== "github-hosted") {
    return { enabled: false, reason: "self-hosted runner (enable-cache: auto): uv's cache dir stays on its disk between jobs" };
  }
  if (ctx.eventName === "push" && ctx.ref.startsWith("refs/tags/")) return { enabled: false, reason: "tag push (enable-cache: auto)" };
  if (NO_CACHE_EVENTS.has(ctx.eventName)) return { enabled: false, reason: `${ctx.eventName} event (enable-cache: auto)` };
  return { enabled: true, reason: "enable-cache: auto on a GitHub-hosted runner" };
}
__name(decideCacheEnabled, "decideCacheEnabled");

// src/adapters/cache/event.ts
function readEventContext(env = process.env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
    }
  }
  return eventContextFrom(env, payload);
}
__name(readEventContext, "readEventContext");

export {
  parseCacheWriteMode,
  decideCacheWrite,
  parseEnableCacheMode,
  decideCacheEnabled,
  readEventContext
};

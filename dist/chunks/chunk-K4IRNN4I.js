import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  couldIssueWorkflowCommand
} from "./chunk-YKLTUEQ7.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/workflow-commands.ts
import { randomUUID } from "node:crypto";
function inertLogText(message, token = randomUUID) {
  if (!couldIssueWorkflowCommand(message)) return message;
  const resume = token();
  return `::stop-commands::${resume}
${message}
::${resume}::`;
}
__name(inertLogText, "inertLogText");
function workflowCommand(name, value) {
  const escaped = value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return `::${name}::${escaped}`;
}
__name(workflowCommand, "workflowCommand");
function inertOutputChunk(chunk, token = randomUUID) {
  const body = chunk.endsWith("\n") ? chunk.slice(0, -1) : chunk;
  const inert = inertLogText(body, token);
  return inert === body ? chunk : `${inert}
`;
}
__name(inertOutputChunk, "inertOutputChunk");

export {
  inertLogText,
  workflowCommand,
  inertOutputChunk
};

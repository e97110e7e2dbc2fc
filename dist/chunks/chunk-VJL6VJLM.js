import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/workflow-commands.ts
import { randomUUID } from "node:crypto";
var COMMAND_LINE = /^\s*::|##\[/m;
function inertLogText(message, token = randomUUID) {
  if (!COMMAND_LINE.test(message)) return message;
  const resume = token();
  return `::stop-commands::${resume}
${message}
::${resume}::`;
}
__name(inertLogText, "inertLogText");
function inertOutputChunk(chunk, token = randomUUID) {
  const body = chunk.endsWith("\n") ? chunk.slice(0, -1) : chunk;
  const inert = inertLogText(body, token);
  return inert === body ? chunk : `${inert}
`;
}
__name(inertOutputChunk, "inertOutputChunk");

export {
  inertLogText,
  inertOutputChunk
};

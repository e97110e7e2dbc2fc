import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/security/neutralise.ts
var DOTNET_WHITESPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;
var LEADING_WHITESPACE = new RegExp(`^[${DOTNET_WHITESPACE}]+`);
function dotnetTrimStart(line) {
  return line.replace(LEADING_WHITESPACE, "");
}
__name(dotnetTrimStart, "dotnetTrimStart");
function couldIssueWorkflowCommand(text) {
  if (text.includes("##[")) return true;
  if (!text.includes("::")) return false;
  return text.split(LINE_BREAK).some((line) => dotnetTrimStart(line).startsWith("::"));
}
__name(couldIssueWorkflowCommand, "couldIssueWorkflowCommand");
function singleLine(text) {
  return text.replace(new RegExp(`[${DOTNET_WHITESPACE}]`, "g"), " ");
}
__name(singleLine, "singleLine");
function escapeTerminalText(text) {
  return text.replace(TERMINAL_CONTROL, (ch) => {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
__name(escapeTerminalText, "escapeTerminalText");
var BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export {
  couldIssueWorkflowCommand,
  singleLine,
  escapeTerminalText,
  BIDI_CONTROLS
};

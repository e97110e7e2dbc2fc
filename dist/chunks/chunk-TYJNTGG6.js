import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  BIDI_CONTROLS,
  singleLine
} from "./chunk-YKLTUEQ7.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/report/markdown-escape.ts
var MARKDOWN_SPECIAL = /[\\`*_[\]()#.!|<>~&@:$]/g;
var HTML_ENTITIES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
function escapeMarkdown(text) {
  return showBidiControls(
    singleLine(text).replace(MARKDOWN_SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`)
  );
}
__name(escapeMarkdown, "escapeMarkdown");
function showBidiControls(text) {
  return text.replace(BIDI_CONTROLS, (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}
__name(showBidiControls, "showBidiControls");
function markdownCode(text) {
  const flat = showBidiControls(singleLine(text)).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
__name(markdownCode, "markdownCode");

export {
  escapeMarkdown,
  showBidiControls,
  markdownCode
};

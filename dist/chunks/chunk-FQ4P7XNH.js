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
function inlineRich(text) {
  const out = [];
  for (const part of text.split(/(`[^`\n]+`)/)) {
    if (/^`[^`\n]+`$/.test(part)) {
      out.push(markdownCode(part.slice(1, -1)));
      continue;
    }
    for (const piece of part.split(/(https?:\/\/[^\s)]+[^\s).,;:])/)) {
      out.push(/^https?:\/\//.test(piece) ? markdownCode(piece) : escapeMarkdown(piece));
    }
  }
  return out.join("");
}
__name(inlineRich, "inlineRich");
function codeBlock(text, language = "") {
  const body = showBidiControls(text);
  let longest = 2;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${body}
${fence}`;
}
__name(codeBlock, "codeBlock");

export {
  escapeMarkdown,
  showBidiControls,
  markdownCode,
  inlineRich,
  codeBlock
};

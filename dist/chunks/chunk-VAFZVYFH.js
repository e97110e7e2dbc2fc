import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  BIDI_CONTROLS,
  singleLine
} from "./chunk-YKLTUEQ7.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/errors.ts
var LockstepError = class extends Error {
  static {
    __name(this, "LockstepError");
  }
  file;
  line;
  column;
  /** One line telling the user what to do about it. */
  hint;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "LockstepError";
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }
  /** `file:line:col: message (hint)`, the shape compilers use, so editors and people can jump to it. */
  describe() {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ""}` : ""}: ` : "";
    return `${where}${this.message}${this.hint ? `
  ${this.hint}` : ""}`;
  }
};
var ParseError = class extends LockstepError {
  static {
    __name(this, "ParseError");
  }
  constructor(message, position) {
    super(message, position);
    this.name = "ParseError";
  }
};

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
  LockstepError,
  ParseError,
  escapeMarkdown,
  showBidiControls,
  markdownCode
};

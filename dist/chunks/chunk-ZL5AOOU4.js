import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
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

export {
  LockstepError,
  ParseError
};

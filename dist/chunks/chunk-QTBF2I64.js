import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  ParseError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
__name(getLineColFromPtr, "getLineColFromPtr");
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
__name(makeCodeBlock, "makeCodeBlock");
var TomlError = class _TomlError extends Error {
  static {
    __name(this, "TomlError");
  }
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
__name(parseString, "parseString");

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  static {
    __name(this, "TomlDate");
  }
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
__name(isDigit, "isDigit");
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
__name(isEndOfValue, "isEndOfValue");
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
__name(extractValue, "extractValue");
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
__name(parseNumber, "parseNumber");
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
__name(parseIntegerBaseN, "parseIntegerBaseN");
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
__name(parseInteger, "parseInteger");
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
__name(parseDate, "parseDate");
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
__name(parseTime, "parseTime");
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
__name(readDate, "readDate");

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
__name(skipComment, "skipComment");
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
__name(skipVoid, "skipVoid");

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
__name(parseKey, "parseKey");
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
__name(parseInlineTable, "parseInlineTable");
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
__name(parseArray, "parseArray");

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
__name(peekTable, "peekTable");
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
__name(validateTablePeek, "validateTablePeek");
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
__name(parse, "parse");

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/core/toml.ts
function parseToml(text, file) {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split("\n")[0]?.replace(/^Invalid TOML document:\s*/, "") ?? "invalid TOML";
      throw new ParseError(`invalid TOML: ${reason}`, {
        file,
        line: error.line,
        column: error.column,
        hint: `Fix the syntax at line ${error.line}, column ${error.column} of ${file}.`,
        cause: error
      });
    }
    throw error;
  }
}
__name(parseToml, "parseToml");

// src/core/lock/workspace.ts
var posix = {
  join: /* @__PURE__ */ __name((...parts) => parts.filter((p) => p !== "" && p !== ".").join("/"), "join"),
  parent: /* @__PURE__ */ __name((dir) => dir === "" ? null : dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "", "parent")
};
function tableAt(doc, ...keys) {
  let current = doc;
  for (const key of keys) {
    if (!current || typeof current !== "object" || Array.isArray(current)) return void 0;
    current = current[key];
  }
  return current && typeof current === "object" && !Array.isArray(current) ? current : void 0;
}
__name(tableAt, "tableAt");
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
__name(strings, "strings");
function globSegmentRegex(segment) {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end === -1) out += "\\[";
      else {
        const body = segment.slice(i + 1, end);
        out += `[${body.startsWith("!") ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return out;
}
__name(globSegmentRegex, "globSegmentRegex");
function workspaceGlob(pattern) {
  const segments = pattern.split("/").filter((s) => s !== "" && s !== ".");
  let body = "";
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "**") body += last ? ".*" : "(?:[^/]+/)*";
    else body += globSegmentRegex(segment) + (last ? "" : "/");
  });
  const re = new RegExp(`^${body}$`);
  return (dir) => re.test(dir);
}
__name(workspaceGlob, "workspaceGlob");
function isWorkspaceMember(memberDir, members, exclude) {
  return members.some((m) => workspaceGlob(m)(memberDir)) && !exclude.some((e) => workspaceGlob(e)(memberDir));
}
__name(isWorkspaceMember, "isWorkspaceMember");
function parseOrNull(text, file) {
  try {
    return parseToml(text, file);
  } catch {
    return null;
  }
}
__name(parseOrNull, "parseOrNull");
function discoverProjectLayout(startDir, read) {
  let projectDir = startDir;
  let text = null;
  while (projectDir !== null) {
    text = read(posix.join(projectDir, "pyproject.toml"));
    if (text !== null) break;
    projectDir = posix.parent(projectDir);
  }
  if (projectDir === null || text === null) return { kind: "none", projectDir: startDir, rootDir: startDir, name: null };
  const doc = parseOrNull(text, posix.join(projectDir, "pyproject.toml"));
  if (doc === null) return { kind: "project", projectDir, rootDir: projectDir, name: null };
  const project = tableAt(doc, "project");
  const name = typeof project?.name === "string" ? project.name : null;
  if (tableAt(doc, "tool", "uv")?.managed === false) return { kind: "unmanaged", projectDir, rootDir: projectDir, name };
  if (tableAt(doc, "tool", "uv", "workspace")) return { kind: project ? "project" : "workspace-root", projectDir, rootDir: projectDir, name };
  if (!project) return { kind: "none", projectDir, rootDir: projectDir, name: null };
  for (let above = posix.parent(projectDir); above !== null; above = posix.parent(above)) {
    const aboveText = read(posix.join(above, "pyproject.toml"));
    if (aboveText === null) continue;
    const workspace = tableAt(parseOrNull(aboveText, posix.join(above, "pyproject.toml")) ?? {}, "tool", "uv", "workspace");
    const memberDir = above === "" ? projectDir : projectDir.slice(above.length + 1);
    if (workspace && isWorkspaceMember(memberDir, strings(workspace.members), strings(workspace.exclude))) {
      return { kind: "workspace-member", projectDir, rootDir: above, name };
    }
    break;
  }
  return { kind: "project", projectDir, rootDir: projectDir, name };
}
__name(discoverProjectLayout, "discoverProjectLayout");
function layoutCandidates(startDir) {
  const out = [];
  for (let dir = startDir; dir !== null; dir = posix.parent(dir)) out.push(posix.join(dir, "pyproject.toml"));
  return out;
}
__name(layoutCandidates, "layoutCandidates");
function workspaceGlobs(pyproject, file = "pyproject.toml") {
  const workspace = tableAt(parseOrNull(pyproject, file) ?? {}, "tool", "uv", "workspace");
  return { members: strings(workspace?.members), exclude: strings(workspace?.exclude) };
}
__name(workspaceGlobs, "workspaceGlobs");

// src/core/lock/locate.ts
var SEP = "\0";
var pathKey = /* @__PURE__ */ __name((path) => path.map(String).join(SEP), "pathKey");
var ScanStop = class extends Error {
  static {
    __name(this, "ScanStop");
  }
};
var isBareKeyChar = /* @__PURE__ */ __name((c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45, "isBareKeyChar");
function locateTableHeaders(text) {
  const headers = /* @__PURE__ */ new Map();
  const interesting = /["'#[\]{}\n]/g;
  let line = 1;
  let depth = 0;
  let lastNewline = -1;
  const countLines = /* @__PURE__ */ __name((from, to) => {
    for (let k = text.indexOf("\n", from); k >= 0 && k < to; k = text.indexOf("\n", k + 1)) {
      line++;
      lastNewline = k;
    }
  }, "countLines");
  const endOfBasic = /* @__PURE__ */ __name((open, triple) => {
    const delim = triple ? '"""' : '"';
    let k = open + delim.length;
    for (; ; ) {
      const close = text.indexOf(delim, k);
      if (close < 0) return -1;
      let backslashes = 0;
      for (let b = close - 1; b >= 0 && text.charCodeAt(b) === 92; b--) backslashes++;
      if (backslashes % 2 === 0) {
        let end = close + delim.length;
        if (triple) while (text.charCodeAt(end) === 34 && end - close < 5) end++;
        return end;
      }
      k = close + 1;
    }
  }, "endOfBasic");
  let m;
  while ((m = interesting.exec(text)) !== null) {
    const at = m.index;
    const c = m[0];
    if (c === "\n") {
      line++;
      lastNewline = at;
      continue;
    }
    if (c === "#") {
      const nl = text.indexOf("\n", at);
      interesting.lastIndex = nl < 0 ? text.length : nl;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), at);
      const end = c === '"' ? endOfBasic(at, triple) : (() => {
        const close = text.indexOf(triple ? "'''" : "'", at + (triple ? 3 : 1));
        if (close < 0) return -1;
        let e = close + (triple ? 3 : 1);
        if (triple) while (text.charCodeAt(e) === 39 && e - close < 5) e++;
        return e;
      })();
      if (end < 0) break;
      if (triple) countLines(at, end);
      interesting.lastIndex = end;
      continue;
    }
    if (c === "[" && depth === 0 && /^[ \t\r]*$/.test(text.slice(lastNewline + 1, at))) {
      const isArray = text[at + 1] === "[";
      const close = text.indexOf(isArray ? "]]" : "]", at);
      const nl = text.indexOf("\n", at);
      if (close < 0 || nl >= 0 && nl < close) break;
      const name = text.slice(at + (isArray ? 2 : 1), close).split(".").map((part) => part.trim().replace(/^"(.*)"$|^'(.*)'$/, "$1$2")).join(".");
      const lines = headers.get(name);
      if (lines) lines.push(line);
      else headers.set(name, [line]);
      interesting.lastIndex = close + (isArray ? 2 : 1);
      continue;
    }
    if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return headers;
}
__name(locateTableHeaders, "locateTableHeaders");
function locateValues(text) {
  const spans = /* @__PURE__ */ new Map();
  const headers = /* @__PURE__ */ new Map();
  const lineStarts = [0];
  for (let i2 = 0; i2 < text.length; i2++) if (text.charCodeAt(i2) === 10) lineStarts.push(i2 + 1);
  const span = /* @__PURE__ */ __name((start, end) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= start) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: start - lineStarts[lo] + 1, start, end };
  }, "span");
  let i = 0;
  const n = text.length;
  const fail = /* @__PURE__ */ __name(() => {
    throw new ScanStop();
  }, "fail");
  const skipWs = /* @__PURE__ */ __name((newlines) => {
    while (i < n) {
      const c = text[i];
      if (c === " " || c === "	" || c === "\r") i++;
      else if (newlines && c === "\n") i++;
      else if (newlines && c === "#") {
        while (i < n && text[i] !== "\n") i++;
      } else break;
    }
  }, "skipWs");
  const readBasicString = /* @__PURE__ */ __name(() => {
    i++;
    let out = "";
    let run = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (c === 10) fail();
      if (c !== 92) {
        i++;
        continue;
      }
      out += text.slice(run, i);
      const e = text[i + 1];
      i += 2;
      switch (e) {
        case "n":
          out += "\n";
          break;
        case "t":
          out += "	";
          break;
        case "r":
          out += "\r";
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "e":
          out += "\x1B";
          break;
        case '"':
          out += '"';
          break;
        case "\\":
          out += "\\";
          break;
        case "u":
        case "U": {
          const len = e === "u" ? 4 : 8;
          const hex = text.slice(i, i + len);
          if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) fail();
          out += String.fromCodePoint(parseInt(hex, 16));
          i += len;
          break;
        }
        default:
          fail();
      }
      run = i;
    }
    return fail();
  }, "readBasicString");
  const readLiteralString = /* @__PURE__ */ __name(() => {
    const close = text.indexOf("'", i + 1);
    const nl = text.indexOf("\n", i + 1);
    if (close < 0 || nl >= 0 && nl < close) fail();
    const out = text.slice(i + 1, close);
    i = close + 1;
    return out;
  }, "readLiteralString");
  const skipMultiline = /* @__PURE__ */ __name((quote) => {
    const delim = quote.repeat(3);
    i += 3;
    while (i < n) {
      if (quote === '"' && text[i] === "\\") {
        i += 2;
        continue;
      }
      if (text.startsWith(delim, i)) {
        let j = i + 3;
        while (j < n && text[j] === quote && j - i < 5) j++;
        i = j;
        return;
      }
      i++;
    }
    fail();
  }, "skipMultiline");
  const readKeyPart = /* @__PURE__ */ __name(() => {
    const c = text[i];
    if (c === '"') return readBasicString();
    if (c === "'") return readLiteralString();
    const start = i;
    while (i < n && isBareKeyChar(text.charCodeAt(i))) i++;
    if (i === start) fail();
    return text.slice(start, i);
  }, "readKeyPart");
  const readDottedKey = /* @__PURE__ */ __name(() => {
    const parts = [];
    for (; ; ) {
      skipWs(false);
      parts.push(readKeyPart());
      skipWs(false);
      if (text[i] === ".") {
        i++;
        continue;
      }
      return parts;
    }
  }, "readDottedKey");
  const readValue = /* @__PURE__ */ __name((path) => {
    const start = i;
    const c = text[i];
    if (c === '"' || c === "'") {
      if (text.startsWith(c.repeat(3), i)) skipMultiline(c);
      else if (c === '"') readBasicString();
      else readLiteralString();
    } else if (c === "[") {
      i++;
      let index = 0;
      for (; ; ) {
        skipWs(true);
        if (i >= n) fail();
        if (text[i] === "]") {
          i++;
          break;
        }
        path.push(index);
        readValue(path);
        path.pop();
        index++;
        skipWs(true);
        if (text[i] === ",") i++;
        else if (text[i] !== "]") fail();
      }
    } else if (c === "{") {
      i++;
      for (; ; ) {
        skipWs(true);
        if (i >= n) fail();
        if (text[i] === "}") {
          i++;
          break;
        }
        const key = readDottedKey();
        skipWs(false);
        if (text[i] !== "=") fail();
        i++;
        skipWs(false);
        const depth = path.length;
        for (let k = 0; k < key.length - 1; k++) path.push(key[k]);
        path.push(key[key.length - 1]);
        readValue(path);
        path.length = depth;
        skipWs(true);
        if (text[i] === ",") i++;
        else if (text[i] !== "}") fail();
      }
    } else {
      while (i < n && !",]}\n#".includes(text[i])) i++;
      let end = i;
      while (end > start && (text[end - 1] === " " || text[end - 1] === "	" || text[end - 1] === "\r")) end--;
      if (end === start) fail();
      spans.set(pathKey(path), span(start, end));
      return;
    }
    spans.set(pathKey(path), span(start, i));
  }, "readValue");
  const arrayCounts = /* @__PURE__ */ new Map();
  let table = [];
  const resolveHeader = /* @__PURE__ */ __name((parts, isArray) => {
    const resolved = [];
    parts.forEach((part, index) => {
      resolved.push(part);
      const key = pathKey(resolved);
      const last = index === parts.length - 1;
      if (last && isArray) {
        const count = (arrayCounts.get(key) ?? 0) + 1;
        arrayCounts.set(key, count);
        resolved.push(count - 1);
      } else if (arrayCounts.has(key)) {
        resolved.push(arrayCounts.get(key) - 1);
      }
    });
    return resolved;
  }, "resolveHeader");
  try {
    for (; ; ) {
      skipWs(true);
      if (i >= n) break;
      const lineStartOffset = i;
      if (text[i] === "[") {
        const isArray = text[i + 1] === "[";
        i += isArray ? 2 : 1;
        const parts = readDottedKey();
        if (text[i] !== "]" || isArray && text[i + 1] !== "]") fail();
        i += isArray ? 2 : 1;
        table = resolveHeader(parts, isArray);
        const s = span(lineStartOffset, i);
        spans.set(pathKey(table), s);
        const name = parts.join(".");
        const lines = headers.get(name);
        if (lines) lines.push(s.line);
        else headers.set(name, [s.line]);
        continue;
      }
      const key = readDottedKey();
      if (text[i] !== "=") fail();
      i++;
      skipWs(false);
      readValue([...table, ...key]);
    }
  } catch {
  }
  return {
    get: /* @__PURE__ */ __name((path) => spans.get(pathKey(path)), "get"),
    tableHeaderLines: /* @__PURE__ */ __name((name) => headers.get(name) ?? [], "tableHeaderLines")
  };
}
__name(locateValues, "locateValues");

// src/core/lock/uvlock-reader.ts
var OUTSIDE_SUBSET = /* @__PURE__ */ Symbol("outside the uv.lock subset");
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var EQUALS = 61;
var LBRACKET = 91;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var DOT = 46;
var HASH = 35;
var BARE_KEY = /[A-Za-z0-9_-]*/y;
var STRING_RUN = /[^"\\\u0000-\u0008\u000a-\u001f\u007f]*/y;
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
__name(isDigit2, "isDigit");
var MAX_DEPTH = 32;
function readUvLockToml(text) {
  try {
    return new SubsetReader(text).document();
  } catch (error) {
    if (error === OUTSIDE_SUBSET) return null;
    throw error;
  }
}
__name(readUvLockToml, "readUvLockToml");
var SubsetReader = class {
  static {
    __name(this, "SubsetReader");
  }
  p = 0;
  /** Tables a `[header]` defined: the only ones a later header may descend through. */
  headerTables = /* @__PURE__ */ new Set();
  /** Arrays made by `[[header]]`: the only arrays a later `[[header]]` may append to. */
  tableArrays = /* @__PURE__ */ new Set();
  s;
  constructor(text) {
    this.s = text;
  }
  document() {
    const s = this.s;
    const root = /* @__PURE__ */ Object.create(null);
    let table = root;
    if (s.charCodeAt(0) === 65279) throw OUTSIDE_SUBSET;
    while (true) {
      this.skipSpaces();
      if (this.p >= s.length) return root;
      const c = s.charCodeAt(this.p);
      if (c === LF || c === CR || c === HASH) {
        this.endOfLine();
      } else if (c === LBRACKET) {
        table = this.header(root);
      } else {
        const key = this.key();
        this.skipSpaces();
        if (s.charCodeAt(this.p) !== EQUALS) throw OUTSIDE_SUBSET;
        this.p++;
        this.skipSpaces();
        const value = this.value();
        if (key in table) throw OUTSIDE_SUBSET;
        table[key] = value;
        this.endOfLine();
      }
    }
  }
  /** `[a.b]` or `[[a.b]]`: bare keys, no spaces; every key but the last must name a header table. */
  header(root) {
    const s = this.s;
    const isArray = s.charCodeAt(this.p + 1) === LBRACKET;
    this.p += isArray ? 2 : 1;
    let parent = root;
    let key = this.bareKey();
    while (s.charCodeAt(this.p) === DOT) {
      this.p++;
      const existing = parent[key];
      if (Array.isArray(existing) && this.tableArrays.has(existing)) {
        parent = existing[existing.length - 1];
      } else if (this.headerTables.has(existing)) {
        parent = existing;
      } else {
        throw OUTSIDE_SUBSET;
      }
      key = this.bareKey();
    }
    if (s.charCodeAt(this.p++) !== RBRACKET) throw OUTSIDE_SUBSET;
    if (isArray && s.charCodeAt(this.p++) !== RBRACKET) throw OUTSIDE_SUBSET;
    this.endOfLine();
    const table = /* @__PURE__ */ Object.create(null);
    this.headerTables.add(table);
    if (isArray) {
      const existing = parent[key];
      if (existing === void 0) {
        const array = [table];
        this.tableArrays.add(array);
        parent[key] = array;
      } else if (Array.isArray(existing) && this.tableArrays.has(existing)) {
        existing.push(table);
      } else {
        throw OUTSIDE_SUBSET;
      }
    } else {
      if (key in parent) throw OUTSIDE_SUBSET;
      parent[key] = table;
    }
    return table;
  }
  bareKey() {
    const start = this.p;
    BARE_KEY.lastIndex = start;
    BARE_KEY.test(this.s);
    this.p = BARE_KEY.lastIndex;
    if (this.p === start) throw OUTSIDE_SUBSET;
    const key = this.s.slice(start, this.p);
    if (key === "__proto__") throw OUTSIDE_SUBSET;
    return key;
  }
  /** A bare or basic-string key; a dotted key is outside the subset. */
  key() {
    const c = this.s.charCodeAt(this.p);
    const key = c === QUOTE ? this.basicString() : this.bareKey();
    if (key === "" || key === "__proto__") throw OUTSIDE_SUBSET;
    return key;
  }
  /** Nesting of inline tables/arrays; uv.lock never goes past 4, so deep input is left to smol-toml (which caps it). */
  depth = 0;
  value() {
    const s = this.s;
    const c = s.charCodeAt(this.p);
    if (c === QUOTE) return this.basicString();
    if (c === LBRACE || c === LBRACKET) {
      if (++this.depth > MAX_DEPTH) throw OUTSIDE_SUBSET;
      const nested = c === LBRACE ? this.inlineTable() : this.array();
      this.depth--;
      return nested;
    }
    if (isDigit2(c)) return this.integer();
    if (s.startsWith("true", this.p)) {
      this.p += 4;
      this.expectEndOfValue();
      return true;
    }
    if (s.startsWith("false", this.p)) {
      this.p += 5;
      this.expectEndOfValue();
      return false;
    }
    throw OUTSIDE_SUBSET;
  }
  /** A decimal integer without sign or underscores that a double holds exactly (as smol-toml returns it). */
  integer() {
    const s = this.s;
    const start = this.p;
    while (this.p < s.length && isDigit2(s.charCodeAt(this.p))) this.p++;
    if (s.charCodeAt(start) === 48 && this.p - start > 1) throw OUTSIDE_SUBSET;
    this.expectEndOfValue();
    const value = Number(s.slice(start, this.p));
    if (!Number.isSafeInteger(value)) throw OUTSIDE_SUBSET;
    return value;
  }
  /** After a number or boolean: the value must end here (a `.`, `-`, `:`, `e` … would make it a float or date). */
  expectEndOfValue() {
    if (this.p >= this.s.length) return;
    const c = this.s.charCodeAt(this.p);
    if (c !== SPACE && c !== TAB && c !== LF && c !== CR && c !== COMMA && c !== RBRACKET && c !== RBRACE) {
      throw OUTSIDE_SUBSET;
    }
  }
  /** `"…"` on one line; escapes \" \\ \n \t \r \b \f (no \u, \x, \e); no control characters. */
  basicString() {
    const s = this.s;
    if (s.charCodeAt(this.p + 1) === QUOTE && s.charCodeAt(this.p + 2) === QUOTE) throw OUTSIDE_SUBSET;
    let start = ++this.p;
    let out = "";
    while (true) {
      STRING_RUN.lastIndex = this.p;
      STRING_RUN.test(s);
      this.p = STRING_RUN.lastIndex;
      const c = s.charCodeAt(this.p);
      if (c === QUOTE) {
        out += s.slice(start, this.p++);
        return out;
      }
      if (c !== BACKSLASH) throw OUTSIDE_SUBSET;
      out += s.slice(start, this.p);
      const e = s.charCodeAt(this.p + 1);
      if (e === QUOTE) out += '"';
      else if (e === BACKSLASH) out += "\\";
      else if (e === 110) out += "\n";
      else if (e === 116) out += "	";
      else if (e === 114) out += "\r";
      else if (e === 98) out += "\b";
      else if (e === 102) out += "\f";
      else throw OUTSIDE_SUBSET;
      this.p += 2;
      start = this.p;
    }
  }
  /** `{ k = v, … }` on one line, no trailing comma. */
  inlineTable() {
    const s = this.s;
    const table = /* @__PURE__ */ Object.create(null);
    this.p++;
    this.skipSpaces();
    if (s.charCodeAt(this.p) === RBRACE) {
      this.p++;
      return table;
    }
    while (true) {
      const key = this.key();
      this.skipSpaces();
      if (s.charCodeAt(this.p) !== EQUALS) throw OUTSIDE_SUBSET;
      this.p++;
      this.skipSpaces();
      const value = this.value();
      if (key in table) throw OUTSIDE_SUBSET;
      table[key] = value;
      this.skipSpaces();
      const c = s.charCodeAt(this.p++);
      if (c === RBRACE) return table;
      if (c !== COMMA) throw OUTSIDE_SUBSET;
      this.skipSpaces();
    }
  }
  /** `[v, …]` over any number of lines, trailing comma and comments allowed. */
  array() {
    const s = this.s;
    const array = [];
    this.p++;
    while (true) {
      this.skipSpacesAndNewlines();
      if (s.charCodeAt(this.p) === RBRACKET) {
        this.p++;
        return array;
      }
      array.push(this.value());
      this.skipSpacesAndNewlines();
      const c = s.charCodeAt(this.p++);
      if (c === RBRACKET) return array;
      if (c !== COMMA) throw OUTSIDE_SUBSET;
    }
  }
  skipSpaces() {
    const s = this.s;
    let c = s.charCodeAt(this.p);
    while (c === SPACE || c === TAB) c = s.charCodeAt(++this.p);
  }
  skipSpacesAndNewlines() {
    const s = this.s;
    while (true) {
      const c = s.charCodeAt(this.p);
      if (c === SPACE || c === TAB || c === LF) this.p++;
      else if (c === CR && s.charCodeAt(this.p + 1) === LF) this.p += 2;
      else if (c === HASH) this.comment();
      else return;
    }
  }
  newline() {
    const c = this.s.charCodeAt(this.p);
    if (c === LF) this.p++;
    else if (c === CR && this.s.charCodeAt(this.p + 1) === LF) this.p += 2;
    else throw OUTSIDE_SUBSET;
  }
  /** `# …` up to (not including) the newline; control characters are outside the subset, as in TOML. */
  comment() {
    const s = this.s;
    while (++this.p < s.length) {
      const c = s.charCodeAt(this.p);
      if (c === LF || c === CR && s.charCodeAt(this.p + 1) === LF) return;
      if (c < 32 && c !== TAB || c === 127) throw OUTSIDE_SUBSET;
    }
  }
  /** Spaces and an optional comment, then a newline or the end of the text. */
  endOfLine() {
    this.skipSpaces();
    if (this.s.charCodeAt(this.p) === HASH) this.comment();
    if (this.p >= this.s.length) return;
    this.newline();
  }
};

// src/core/lock/uvlock.ts
function sourceLabel(source) {
  return `${source.kind}+${source.location}`;
}
__name(sourceLabel, "sourceLabel");
function filenameFromUrl(url) {
  let end = url.length;
  const query = url.indexOf("?");
  if (query >= 0) end = query;
  const hash = url.indexOf("#");
  if (hash >= 0 && hash < end) end = hash;
  const last = url.slice(url.lastIndexOf("/", end - 1) + 1, end);
  if (!last.includes("%")) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
__name(filenameFromUrl, "filenameFromUrl");
var SOURCE_KINDS = ["registry", "git", "url", "path", "directory", "editable", "virtual"];
var Reader = class {
  constructor(text, file) {
    this.text = text;
    this.file = file;
  }
  text;
  file;
  static {
    __name(this, "Reader");
  }
  locator;
  fail(path, expected, actual) {
    this.locator ??= locateValues(this.text);
    let span;
    for (let depth = path.length; depth >= 0 && !span; depth--) span = this.locator.get(path.slice(0, depth));
    const key = path.map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("").replace(/^\./, "");
    const got = actual === void 0 ? "nothing" : Array.isArray(actual) ? "an array" : typeof actual === "object" ? "a table" : `${typeof actual} ${JSON.stringify(actual)}`;
    throw new ParseError(`\`${key}\` must be ${expected}, found ${got}`, {
      file: this.file,
      line: span?.line,
      column: span?.column,
      hint: `Regenerate ${this.file} with \`uv lock\` (it is written by uv, not by hand).`
    });
  }
  // Each check takes the parent path and the key separately and joins them only to report a failure:
  // a lock has ~100k values, and an array per value read was a measurable share of a cold check.
  table(value, path, key) {
    if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) this.fail(join(path, key), "a table", value);
    return value;
  }
  optTable(value, path, key) {
    return value === void 0 ? void 0 : this.table(value, path, key);
  }
  array(value, path, key) {
    if (!Array.isArray(value)) this.fail(join(path, key), "an array", value);
    return value;
  }
  optArray(value, path, key) {
    return value === void 0 ? [] : this.array(value, path, key);
  }
  string(value, path, key) {
    if (typeof value !== "string") this.fail(join(path, key), "a string", value);
    return value;
  }
  optString(value, path, key) {
    return value === void 0 ? void 0 : this.string(value, path, key);
  }
  strings(value, path, key) {
    const items = this.optArray(value, path, key);
    for (let index = 0; index < items.length; index++) if (typeof items[index] !== "string") this.string(items[index], join(path, key), index);
    return items;
  }
  optInteger(value, path, key) {
    if (value === void 0) return void 0;
    if (typeof value === "bigint") return Number(value);
    if (typeof value !== "number" || !Number.isInteger(value)) this.fail(join(path, key), "an integer", value);
    return value;
  }
};
function join(path, key) {
  return key === void 0 ? path : [...path, key];
}
__name(join, "join");
function readSource(r, value, path) {
  const table = r.table(value, path);
  for (const kind of SOURCE_KINDS) {
    if (kind in table) {
      const location = r.string(table[kind], path, kind);
      const subdirectory = r.optString(table.subdirectory, path, "subdirectory");
      return subdirectory === void 0 ? { kind, location } : { kind, location, subdirectory };
    }
  }
  return r.fail(path, `a source table with one of ${SOURCE_KINDS.join(", ")}`, value);
}
__name(readSource, "readSource");
function readExtras(r, value, path, key) {
  if (typeof value === "string") return [value];
  return r.strings(value, path, key);
}
__name(readExtras, "readExtras");
function readDependency(r, value, path) {
  const t = r.table(value, path);
  const dep = {
    name: r.string(t.name, path, "name"),
    extras: readExtras(r, t.extra, path, "extra")
  };
  const version = r.optString(t.version, path, "version");
  if (version !== void 0) dep.version = version;
  if (t.source !== void 0) dep.source = readSource(r, t.source, [...path, "source"]);
  const marker = r.optString(t.marker, path, "marker");
  if (marker !== void 0) dep.marker = marker;
  return dep;
}
__name(readDependency, "readDependency");
function readDependencies(r, value, path) {
  return r.optArray(value, path).map((item, index) => readDependency(r, item, [...path, index]));
}
__name(readDependencies, "readDependencies");
function readDependencyTable(r, value, path) {
  const table = r.optTable(value, path) ?? {};
  const out = {};
  for (const [key, list] of Object.entries(table)) out[key] = readDependencies(r, list, [...path, key]);
  return out;
}
__name(readDependencyTable, "readDependencyTable");
function readArtifact(r, value, path) {
  const t = r.table(value, path);
  const url = r.optString(t.url, path, "url");
  const filePath = r.optString(t.path, path, "path");
  const filename = r.optString(t.filename, path, "filename");
  const name = filename ?? (url !== void 0 ? filenameFromUrl(url) : filePath !== void 0 ? filenameFromUrl(filePath) : void 0);
  if (name === void 0) r.fail(path, "a distribution with `url`, `path` or `filename`", value);
  const artifact = { filename: name };
  if (url !== void 0) artifact.url = url;
  if (filePath !== void 0) artifact.path = filePath;
  const hash = r.optString(t.hash, path, "hash");
  if (hash !== void 0) artifact.hash = hash;
  const size = r.optInteger(t.size, path, "size");
  if (size !== void 0) artifact.size = size;
  return artifact;
}
__name(readArtifact, "readArtifact");
function readMetadataRequirement(r, value, path) {
  const t = r.table(value, path);
  const req = {
    name: r.string(t.name, path, "name"),
    extras: readExtras(r, t.extras, path, "extras"),
    sourceKeys: {}
  };
  const specifier = r.optString(t.specifier, path, "specifier");
  if (specifier !== void 0) req.specifier = specifier;
  const marker = r.optString(t.marker, path, "marker");
  if (marker !== void 0) req.marker = marker;
  for (const [key, v] of Object.entries(t)) {
    if (!["name", "extras", "specifier", "marker"].includes(key)) req.sourceKeys[key] = v;
  }
  return req;
}
__name(readMetadataRequirement, "readMetadataRequirement");
function readMetadataRequirements(r, value, path) {
  return r.optArray(value, path).map((item, index) => readMetadataRequirement(r, item, [...path, index]));
}
__name(readMetadataRequirements, "readMetadataRequirements");
function readPackage(r, value, index, headerLines) {
  const path = ["package", index];
  const t = r.table(value, path);
  const pkg = {
    name: r.string(t.name, path, "name"),
    source: t.source === void 0 ? r.fail([...path, "source"], "a source table", void 0) : readSource(r, t.source, [...path, "source"]),
    index,
    wheels: r.optArray(t.wheels, path, "wheels").map((w, i) => readArtifact(r, w, [...path, "wheels", i])),
    dependencies: readDependencies(r, t.dependencies, [...path, "dependencies"]),
    optionalDependencies: readDependencyTable(r, t["optional-dependencies"], [...path, "optional-dependencies"]),
    devDependencies: readDependencyTable(r, t["dev-dependencies"], [...path, "dev-dependencies"]),
    resolutionMarkers: r.strings(t["resolution-markers"], path, "resolution-markers")
  };
  const line = headerLines[index];
  if (line !== void 0) pkg.line = line;
  const version = r.optString(t.version, path, "version");
  if (version !== void 0) pkg.version = version;
  if (t.sdist !== void 0) pkg.sdist = readArtifact(r, t.sdist, [...path, "sdist"]);
  const meta = r.optTable(t.metadata, path, "metadata");
  if (meta) {
    const devPath = [...path, "metadata", "requires-dev"];
    const dev = r.optTable(meta["requires-dev"], devPath) ?? {};
    pkg.metadata = {
      requiresDist: readMetadataRequirements(r, meta["requires-dist"], [...path, "metadata", "requires-dist"]),
      requiresDev: Object.fromEntries(Object.entries(dev).map(([g, list]) => [g, readMetadataRequirements(r, list, [...devPath, g])])),
      providesExtras: meta["provides-extras"] === void 0 ? null : r.strings(meta["provides-extras"], [...path, "metadata"], "provides-extras")
    };
  }
  return pkg;
}
__name(readPackage, "readPackage");
function readConflicts(r, value) {
  return r.optArray(value, ["conflicts"]).map(
    (set, i) => r.array(set, ["conflicts", i]).map((item, j) => {
      const p = ["conflicts", i, j];
      const t = r.table(item, p);
      const c = { package: r.string(t.package, p, "package") };
      const extra = r.optString(t.extra, p, "extra");
      const group = r.optString(t.group, p, "group");
      if (extra !== void 0) c.extra = extra;
      if (group !== void 0) c.group = group;
      return c;
    })
  );
}
__name(readConflicts, "readConflicts");
function readManifest(r, value) {
  const t = r.optTable(value, ["manifest"]) ?? {};
  const groups = r.optTable(t["dependency-groups"], ["manifest", "dependency-groups"]) ?? {};
  return {
    members: r.strings(t.members, ["manifest", "members"]),
    requirements: readMetadataRequirements(r, t.requirements, ["manifest", "requirements"]),
    constraints: readMetadataRequirements(r, t.constraints, ["manifest", "constraints"]),
    overrides: readMetadataRequirements(r, t.overrides, ["manifest", "overrides"]),
    dependencyGroups: Object.fromEntries(
      Object.entries(groups).map(([g, list]) => [g, readMetadataRequirements(r, list, ["manifest", "dependency-groups", g])])
    ),
    dependencyMetadata: r.optArray(t["dependency-metadata"], ["manifest", "dependency-metadata"]).map((item, i) => {
      const p = ["manifest", "dependency-metadata", i];
      const m = r.table(item, p);
      const entry = {
        name: r.string(m.name, p, "name"),
        requiresDist: r.strings(m["requires-dist"], p, "requires-dist")
      };
      const version = r.optString(m.version, p, "version");
      if (version !== void 0) entry.version = version;
      return entry;
    })
  };
}
__name(readManifest, "readManifest");
function packageHeaderLines(text, expected) {
  const scan = /* @__PURE__ */ __name(() => locateTableHeaders(text).get("package") ?? [], "scan");
  if (text.includes('"""') || text.includes("'''")) return scan();
  const lines = [];
  const header = "[[package]]";
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf(header); at >= 0; at = text.indexOf(header, at + header.length)) {
    if (at > 0 && text[at - 1] !== "\n") continue;
    for (let k = text.indexOf("\n", counted); k >= 0 && k < at; k = text.indexOf("\n", k + 1)) line++;
    counted = at;
    lines.push(line);
  }
  return lines.length === expected ? lines : scan();
}
__name(packageHeaderLines, "packageHeaderLines");
function parseLock(text, file = "uv.lock") {
  const doc = readUvLockToml(text) ?? parseToml(text, file);
  const r = new Reader(text, file);
  const version = doc.version;
  if (version !== 1 && version !== 1n) {
    if (typeof version === "number" || typeof version === "bigint") {
      throw new ParseError(`unsupported uv.lock version ${String(version)}: lockstep reads lock version 1`, {
        file,
        line: locateValues(text).get(["version"])?.line,
        hint: `This lock was written by a uv newer than lockstep knows. Update lockstep, or re-lock with a uv that writes version 1 (\`uv lock\`).`
      });
    }
    r.fail(["version"], "the integer 1", version);
  }
  const rawPackages = r.optArray(doc.package, ["package"]);
  const headerLines = packageHeaderLines(text, rawPackages.length);
  const packages = rawPackages.map((p, i) => readPackage(r, p, i, headerLines));
  const byName = /* @__PURE__ */ new Map();
  for (const pkg of packages) {
    const list = byName.get(pkg.name);
    if (list) list.push(pkg);
    else byName.set(pkg.name, [pkg]);
  }
  return {
    file,
    version: 1,
    revision: r.optInteger(doc.revision, ["revision"]) ?? null,
    requiresPython: r.optString(doc["requires-python"], ["requires-python"]) ?? null,
    resolutionMarkers: r.strings(doc["resolution-markers"], ["resolution-markers"]),
    supportedMarkers: r.strings(doc["supported-markers"], ["supported-markers"]),
    requiredMarkers: r.strings(doc["required-markers"], ["required-markers"]),
    conflicts: readConflicts(r, doc.conflicts),
    options: r.optTable(doc.options, ["options"]) ?? {},
    manifest: readManifest(r, doc.manifest),
    packages,
    byName
  };
}
__name(parseLock, "parseLock");
function sameSource(a, b) {
  return a.kind === b.kind && a.location.replace(/\/+$/, "") === b.location.replace(/\/+$/, "") && a.subdirectory === b.subdirectory;
}
__name(sameSource, "sameSource");
function resolveDependency(lock, dep) {
  const candidates = lock.byName.get(dep.name);
  if (!candidates) return void 0;
  if (candidates.length === 1) return candidates[0];
  return candidates.find(
    (pkg) => (dep.version === void 0 || pkg.version === dep.version) && (dep.source === void 0 || sameSource(pkg.source, dep.source))
  );
}
__name(resolveDependency, "resolveDependency");

export {
  parseToml,
  locateValues,
  posix,
  tableAt,
  workspaceGlob,
  isWorkspaceMember,
  discoverProjectLayout,
  layoutCandidates,
  workspaceGlobs,
  sourceLabel,
  parseLock,
  resolveDependency
};

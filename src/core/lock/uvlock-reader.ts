/**
 * A fast reader for the TOML subset uv writes into uv.lock: `key = value` lines, `[[package]]` and
 * `[a.b]` / `[[a.b]]` headers under existing tables, inline tables on one line, arrays (one or many
 * lines, trailing comma), basic strings with simple escapes, decimal integers, booleans and comments
 * (uv writes one after `exclude-newer` in `[options]`).
 * It builds the same plain object smol-toml builds (null-prototype tables) and returns null on anything
 * else — literal or multi-line strings, floats, dates, dotted keys, `\u` escapes, any syntax
 * error — so the caller falls back to smol-toml, which parses the rest and reports errors with positions.
 * Why: smol-toml's general parser (and the garbage it leaves) is the largest cost of `lockstep check`
 * on big locks.
 */
import type { TomlTable } from '../toml.js';

/** Thrown inside the reader when the text leaves the subset; never escapes readUvLockToml. */
const OUTSIDE_SUBSET = Symbol('outside the uv.lock subset');

type Table = Record<string, unknown>;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const EQUALS = 0x3d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const DOT = 0x2e;
const HASH = 0x23;

// Sticky scanners: the regex engine runs over long keys and strings (URLs, hashes) far faster than a
// charCodeAt loop does in a cold process.
const BARE_KEY = /[A-Za-z0-9_-]*/y;
/** The characters a basic string holds as they are: not `"`, `\\`, or a control character other than tab. */
const STRING_RUN = /[^"\\\u0000-\u0008\u000a-\u001f\u007f]*/y;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Deeper nesting than this leaves the subset (a hostile lock must not overflow the stack here). */
const MAX_DEPTH = 32;

/** Reads uv.lock text into smol-toml's object shape, or returns null when the text leaves the subset. */
export function readUvLockToml(text: string): TomlTable | null {
  try {
    return new SubsetReader(text).document();
  } catch (error) {
    if (error === OUTSIDE_SUBSET) return null;
    throw error;
  }
}

class SubsetReader {
  private p = 0;
  /** Tables a `[header]` defined: the only ones a later header may descend through. */
  private readonly headerTables = new Set<Table>();
  /** Arrays made by `[[header]]`: the only arrays a later `[[header]]` may append to. */
  private readonly tableArrays = new Set<unknown[]>();

  private readonly s: string;

  constructor(text: string) {
    this.s = text;
  }

  document(): TomlTable {
    const s = this.s;
    const root: Table = Object.create(null);
    let table = root;
    if (s.charCodeAt(0) === 0xfeff) throw OUTSIDE_SUBSET;
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
  private header(root: Table): Table {
    const s = this.s;
    const isArray = s.charCodeAt(this.p + 1) === LBRACKET;
    this.p += isArray ? 2 : 1;
    let parent = root;
    let key = this.bareKey();
    while (s.charCodeAt(this.p) === DOT) {
      this.p++;
      const existing = parent[key];
      if (Array.isArray(existing) && this.tableArrays.has(existing)) {
        parent = existing[existing.length - 1] as Table;
      } else if (this.headerTables.has(existing as Table)) {
        parent = existing as Table;
      } else {
        throw OUTSIDE_SUBSET;
      }
      key = this.bareKey();
    }
    if (s.charCodeAt(this.p++) !== RBRACKET) throw OUTSIDE_SUBSET;
    if (isArray && s.charCodeAt(this.p++) !== RBRACKET) throw OUTSIDE_SUBSET;
    this.endOfLine();
    const table: Table = Object.create(null);
    this.headerTables.add(table);
    if (isArray) {
      const existing = parent[key];
      if (existing === undefined) {
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

  private bareKey(): string {
    const start = this.p;
    BARE_KEY.lastIndex = start;
    BARE_KEY.test(this.s);
    this.p = BARE_KEY.lastIndex;
    if (this.p === start) throw OUTSIDE_SUBSET;
    const key = this.s.slice(start, this.p);
    if (key === '__proto__') throw OUTSIDE_SUBSET;
    return key;
  }

  /** A bare or basic-string key; a dotted key is outside the subset. */
  private key(): string {
    const c = this.s.charCodeAt(this.p);
    const key = c === QUOTE ? this.basicString() : this.bareKey();
    if (key === '' || key === '__proto__') throw OUTSIDE_SUBSET;
    return key;
  }

  /** Nesting of inline tables/arrays; uv.lock never goes past 4, so deep input is left to smol-toml (which caps it). */
  private depth = 0;

  private value(): unknown {
    const s = this.s;
    const c = s.charCodeAt(this.p);
    if (c === QUOTE) return this.basicString();
    if (c === LBRACE || c === LBRACKET) {
      if (++this.depth > MAX_DEPTH) throw OUTSIDE_SUBSET;
      const nested = c === LBRACE ? this.inlineTable() : this.array();
      this.depth--;
      return nested;
    }
    if (isDigit(c)) return this.integer();
    if (s.startsWith('true', this.p)) {
      this.p += 4;
      this.expectEndOfValue();
      return true;
    }
    if (s.startsWith('false', this.p)) {
      this.p += 5;
      this.expectEndOfValue();
      return false;
    }
    throw OUTSIDE_SUBSET;
  }

  /** A decimal integer without sign or underscores that a double holds exactly (as smol-toml returns it). */
  private integer(): number {
    const s = this.s;
    const start = this.p;
    while (this.p < s.length && isDigit(s.charCodeAt(this.p))) this.p++;
    if (s.charCodeAt(start) === 0x30 && this.p - start > 1) throw OUTSIDE_SUBSET;
    this.expectEndOfValue();
    const value = Number(s.slice(start, this.p));
    if (!Number.isSafeInteger(value)) throw OUTSIDE_SUBSET;
    return value;
  }

  /** After a number or boolean: the value must end here (a `.`, `-`, `:`, `e` … would make it a float or date). */
  private expectEndOfValue(): void {
    if (this.p >= this.s.length) return;
    const c = this.s.charCodeAt(this.p);
    if (c !== SPACE && c !== TAB && c !== LF && c !== CR && c !== COMMA && c !== RBRACKET && c !== RBRACE) {
      throw OUTSIDE_SUBSET;
    }
  }

  /** `"…"` on one line; escapes \" \\ \n \t \r \b \f (no \u, \x, \e); no control characters. */
  private basicString(): string {
    const s = this.s;
    if (s.charCodeAt(this.p + 1) === QUOTE && s.charCodeAt(this.p + 2) === QUOTE) throw OUTSIDE_SUBSET;
    let start = ++this.p;
    let out = '';
    while (true) {
      STRING_RUN.lastIndex = this.p;
      STRING_RUN.test(s);
      this.p = STRING_RUN.lastIndex;
      const c = s.charCodeAt(this.p);
      if (c === QUOTE) {
        out += s.slice(start, this.p++);
        return out;
      }
      if (c !== BACKSLASH) throw OUTSIDE_SUBSET; // a control character, or the end of the text
      out += s.slice(start, this.p);
      const e = s.charCodeAt(this.p + 1);
      if (e === QUOTE) out += '"';
      else if (e === BACKSLASH) out += '\\';
      else if (e === 0x6e) out += '\n';
      else if (e === 0x74) out += '\t';
      else if (e === 0x72) out += '\r';
      else if (e === 0x62) out += '\b';
      else if (e === 0x66) out += '\f';
      else throw OUTSIDE_SUBSET;
      this.p += 2;
      start = this.p;
    }
  }

  /** `{ k = v, … }` on one line, no trailing comma. */
  private inlineTable(): Table {
    const s = this.s;
    const table: Table = Object.create(null);
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
  private array(): unknown[] {
    const s = this.s;
    const array: unknown[] = [];
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

  private skipSpaces(): void {
    const s = this.s;
    let c = s.charCodeAt(this.p);
    while (c === SPACE || c === TAB) c = s.charCodeAt(++this.p);
  }

  private skipSpacesAndNewlines(): void {
    const s = this.s;
    while (true) {
      const c = s.charCodeAt(this.p);
      if (c === SPACE || c === TAB || c === LF) this.p++;
      else if (c === CR && s.charCodeAt(this.p + 1) === LF) this.p += 2;
      else if (c === HASH) this.comment();
      else return;
    }
  }

  private newline(): void {
    const c = this.s.charCodeAt(this.p);
    if (c === LF) this.p++;
    else if (c === CR && this.s.charCodeAt(this.p + 1) === LF) this.p += 2;
    else throw OUTSIDE_SUBSET;
  }

  /** `# …` up to (not including) the newline; control characters are outside the subset, as in TOML. */
  private comment(): void {
    const s = this.s;
    while (++this.p < s.length) {
      const c = s.charCodeAt(this.p);
      if (c === LF || (c === CR && s.charCodeAt(this.p + 1) === LF)) return;
      if ((c < 0x20 && c !== TAB) || c === 0x7f) throw OUTSIDE_SUBSET;
    }
  }

  /** Spaces and an optional comment, then a newline or the end of the text. */
  private endOfLine(): void {
    this.skipSpaces();
    if (this.s.charCodeAt(this.p) === HASH) this.comment();
    if (this.p >= this.s.length) return;
    this.newline();
  }
}

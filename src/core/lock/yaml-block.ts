/**
 * A reader for the block-style YAML that rattler_lock (serde_yaml) writes as pixi.lock: indented
 * mappings and sequences, plain / single-quoted / double-quoted scalars, empty flow collections (`[]`,
 * `{}`), simple one-line flow sequences and literal/folded block scalars. It records the 1-based line of
 * every mapping, so findings can point at a package record. A general YAML parser (the `yaml` package)
 * takes ~1 s on a 2 MB lock; this takes a few tens of milliseconds because the format never needs
 * anchors, tags, multi-document streams or multi-line flow collections. Anything outside that subset
 * is a ParseError naming the line, never a guess.
 */
import { ParseError } from '../errors.js';

export type YamlValue = string | number | boolean | null | YamlValue[] | YamlMap;
export interface YamlMap {
  [key: string]: YamlValue;
}

/** 1-based line of each mapping the reader produced. */
export const YAML_LINE: unique symbol = Symbol('yaml-line');

export function lineOf(value: YamlValue | undefined): number | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as unknown as Record<symbol, number>)[YAML_LINE] : undefined;
}

interface Line {
  indent: number;
  text: string;
  no: number;
}

class Reader {
  private pos = 0;
  constructor(
    private readonly lines: Line[],
    private readonly file: string,
  ) {}

  fail(no: number, message: string): never {
    throw new ParseError(`invalid YAML: ${message}`, { file: this.file, line: no, hint: `${this.file} is not in the format pixi writes; regenerate it with \`pixi lock\`.` });
  }

  done(): boolean {
    return this.pos >= this.lines.length;
  }

  peek(): Line | undefined {
    return this.lines[this.pos];
  }

  /** A block node whose lines start at column `indent`. */
  block(indent: number): YamlValue {
    const first = this.peek();
    if (!first || first.indent < indent) return null;
    return first.text.startsWith('- ') || first.text === '-' ? this.sequence(first.indent) : this.mapping(first.indent, first.text, first.no);
  }

  sequence(indent: number): YamlValue[] {
    const items: YamlValue[] = [];
    for (let line = this.peek(); line && line.indent === indent && (line.text.startsWith('- ') || line.text === '-'); line = this.peek()) {
      const rest = line.text === '-' ? '' : line.text.slice(2).trimStart();
      const column = indent + (line.text.length - rest.length);
      if (rest === '') {
        this.pos++;
        items.push(this.block(indent + 1));
      } else if (isMappingEntry(rest)) {
        // `- key: value` opens a mapping whose keys sit at the column after the dash.
        this.lines[this.pos] = { indent: column, text: rest, no: line.no };
        items.push(this.mapping(column, rest, line.no));
      } else {
        this.pos++;
        items.push(this.scalar(rest, line.no, indent));
      }
    }
    return items;
  }

  mapping(indent: number, _text: string, no: number): YamlMap {
    const map: YamlMap = {};
    Object.defineProperty(map, YAML_LINE, { value: no, enumerable: false });
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      if (line.text.startsWith('- ')) break;
      const colon = keyEnd(line.text);
      if (colon < 0) this.fail(line.no, `expected \`key: value\`, got \`${line.text.slice(0, 60)}\``);
      const key = unquoteKey(line.text.slice(0, colon));
      const rest = line.text.slice(colon + 1).trim();
      this.pos++;
      if (rest === '') {
        const next = this.peek();
        // A sequence may sit at the key's own indentation (serde_yaml does this).
        if (next && (next.indent > indent || (next.indent === indent && (next.text.startsWith('- ') || next.text === '-')))) map[key] = this.block(next.indent);
        else map[key] = null;
      } else {
        map[key] = this.scalar(rest, line.no, indent);
      }
    }
    return map;
  }

  scalar(text: string, no: number, indent: number): YamlValue {
    if (text === '|' || text === '|-' || text === '>' || text === '>-' || text === '|+' || text === '>+') return this.blockScalar(text, indent);
    const c = text[0];
    if (c === "'") {
      const end = closingSingle(text);
      if (end < 0) this.fail(no, 'unterminated single-quoted string');
      return text.slice(1, end).replace(/''/g, "'");
    }
    if (c === '"') {
      try {
        const end = closingDouble(text);
        return JSON.parse(text.slice(0, end + 1)) as string;
      } catch {
        this.fail(no, 'unsupported double-quoted string');
      }
    }
    if (c === '[') {
      if (/^\[\s*\]$/.test(text)) return [];
      if (!text.endsWith(']')) this.fail(no, 'multi-line flow sequences are not supported');
      return text.slice(1, -1).split(',').map((s) => this.scalar(s.trim(), no, indent));
    }
    if (c === '{') {
      if (/^\{\s*\}$/.test(text)) return {};
      this.fail(no, 'flow mappings are not supported');
    }
    if (c === '&' || c === '*' || c === '!') this.fail(no, 'anchors, aliases and tags are not supported');
    const hash = text.indexOf(' #');
    const plain = hash >= 0 ? text.slice(0, hash).trimEnd() : text;
    if (plain === 'null' || plain === '~') return null;
    if (plain === 'true') return true;
    if (plain === 'false') return false;
    if (/^-?\d+$/.test(plain) && plain.length < 16) return Number(plain);
    return plain;
  }

  blockScalar(indicator: string, indent: number): string {
    const parts: string[] = [];
    for (let line = this.peek(); line && line.indent > indent; line = this.peek()) {
      parts.push(line.text);
      this.pos++;
    }
    const joined = indicator.startsWith('>') ? parts.join(' ') : parts.join('\n');
    return indicator.endsWith('-') ? joined : `${joined}\n`;
  }
}

/** Index of the `:` that ends a mapping key, or -1. */
function keyEnd(text: string): number {
  if (text[0] === '"' || text[0] === "'") {
    const end = text[0] === '"' ? closingDouble(text) : closingSingle(text);
    return end >= 0 && text[end + 1] === ':' ? end + 1 : -1;
  }
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if (i === text.length - 1 || text[i + 1] === ' ') return i;
  }
  return -1;
}

function isMappingEntry(text: string): boolean {
  if (text[0] === '[' || text[0] === '{') return false;
  return keyEnd(text) > 0;
}

function unquoteKey(key: string): string {
  if (key[0] === "'") return key.slice(1, -1).replace(/''/g, "'");
  if (key[0] === '"') return JSON.parse(key) as string;
  return key;
}

function closingSingle(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function closingDouble(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** Parses the YAML subset pixi.lock uses. Throws ParseError (with the line) on anything else. */
export function parseYamlBlock(text: string, file: string): YamlValue {
  const raw = text.split('\n');
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) continue;
    if (line.charCodeAt(indent) === 35 /* # */) continue;
    if (line.charCodeAt(indent) === 9) throw new ParseError('invalid YAML: tab used for indentation', { file, line: i + 1 });
    if (indent === 0 && (line === '---' || line === '...')) continue;
    lines.push({ indent, text: indent === 0 ? line : line.slice(indent), no: i + 1 });
  }
  const reader = new Reader(lines, file);
  const root = reader.block(0);
  if (!reader.done()) {
    const stray = reader.peek()!;
    reader.fail(stray.no, `unexpected indentation at \`${stray.text.slice(0, 60)}\``);
  }
  return root;
}

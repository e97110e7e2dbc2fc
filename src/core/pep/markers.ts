/**
 * PEP 508 environment markers: a small recursive-descent parser and an evaluator against a target
 * environment. Locks repeat the same marker strings thousands of times, so parsing is memoised by text.
 */
import { LockstepError } from '../errors.js';
import { isValidVersion, normalizeName, versionSatisfies } from './version.js';

export interface MarkerEnvironment {
  python_version: string;
  python_full_version: string;
  implementation_name: string;
  implementation_version: string;
  os_name: string;
  platform_machine: string;
  platform_python_implementation: string;
  platform_release: string;
  platform_system: string;
  platform_version: string;
  sys_platform: string;
}

export interface MarkerContext {
  env: MarkerEnvironment;
  /**
   * Active extras, and uv's encoded conflict extras/groups (`extra-11-fish-speech-cu129`, `group-...`).
   * Names are compared PEP 685-normalised. Do not change a set's members after evaluating with it
   * (adding is noticed; swapping one member for another is not, because the normalised view is cached).
   */
  extras?: ReadonlySet<string>;
  /** PEP 751 `dependency_groups` (rare in uv.lock; `'dev' in dependency_groups`). */
  dependencyGroups?: ReadonlySet<string>;
}

/** Variables whose values PEP 508 compares as PEP 440 versions (when both sides are valid versions). */
const VERSION_VARIABLES = new Set(['python_version', 'python_full_version', 'implementation_version', 'platform_release']);

type EnvironmentVariable = keyof MarkerEnvironment;
type SetVariable = 'extra' | 'extras' | 'dependency_groups';
export type MarkerVariable = EnvironmentVariable | SetVariable;

const ENVIRONMENT_VARIABLES: ReadonlySet<string> = new Set<EnvironmentVariable>([
  'python_version', 'python_full_version', 'implementation_name', 'implementation_version', 'os_name',
  'platform_machine', 'platform_python_implementation', 'platform_release', 'platform_system',
  'platform_version', 'sys_platform',
]);

/** Pre-PEP 508 spellings that packaging still accepts (PEP 345 dotted names). */
const LEGACY_ALIASES: Readonly<Record<string, EnvironmentVariable>> = {
  'os.name': 'os_name',
  'sys.platform': 'sys_platform',
  'platform.version': 'platform_version',
  'platform.machine': 'platform_machine',
  'platform.python_implementation': 'platform_python_implementation',
  python_implementation: 'platform_python_implementation',
};

export type MarkerOperator = '<' | '<=' | '==' | '!=' | '>=' | '>' | '~=' | '===' | 'in' | 'not in';

export type MarkerValue = { readonly kind: 'variable'; readonly name: MarkerVariable } | { readonly kind: 'string'; readonly value: string };

/** A parsed marker. Parsed markers are memoised and shared between callers: treat them as immutable. */
export type Marker =
  | { readonly kind: 'compare'; readonly left: MarkerValue; readonly op: MarkerOperator; readonly right: MarkerValue }
  | { readonly kind: 'and'; readonly items: readonly Marker[] }
  | { readonly kind: 'or'; readonly items: readonly Marker[] };

// ---------------------------------------------------------------------------------------------- parsing

type Token =
  | { kind: 'string'; value: string; at: number }
  | { kind: 'variable'; name: MarkerVariable; at: number }
  | { kind: 'op'; value: MarkerOperator; at: number }
  | { kind: 'and' | 'or' | '(' | ')' | 'end'; at: number };

function markerError(text: string, at: number, expected: string): LockstepError {
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return new LockstepError(`Invalid environment marker ${JSON.stringify(shown)} at column ${at + 1}: expected ${expected}`, {
    hint: 'Markers follow PEP 508, e.g. `sys_platform == "linux" and python_version >= "3.11"`.',
  });
}

// Sticky (`y`) so each token is matched in place, without copying the rest of the text.
const WORD = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NOT_IN_REST = /\s+in\b/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ kind: c, at: i });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw markerError(text, i, `a closing ${c}`);
      tokens.push({ kind: 'string', value: text.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    const op = /^(===|~=|==|!=|<=|>=|<|>)/.exec(text.slice(i, i + 3));
    if (op) {
      tokens.push({ kind: 'op', value: op[1] as MarkerOperator, at: i });
      i += op[1]!.length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (!word) throw markerError(text, i, 'a marker variable, a quoted string, an operator or a parenthesis');
    const w = word[0];
    const at = i;
    i += w.length;
    if (w === 'and' || w === 'or') tokens.push({ kind: w, at });
    else if (w === 'in') tokens.push({ kind: 'op', value: 'in', at });
    else if (w === 'not') {
      NOT_IN_REST.lastIndex = i;
      const rest = NOT_IN_REST.exec(text);
      if (!rest) throw markerError(text, i, "'in' after 'not'");
      i += rest[0].length;
      tokens.push({ kind: 'op', value: 'not in', at });
    } else {
      const name: string = LEGACY_ALIASES[w] ?? w;
      if (!ENVIRONMENT_VARIABLES.has(name) && name !== 'extra' && name !== 'extras' && name !== 'dependency_groups') {
        throw markerError(text, at, `a known marker variable (got '${w}')`);
      }
      tokens.push({ kind: 'variable', name: name as MarkerVariable, at });
    }
  }
  tokens.push({ kind: 'end', at: text.length });
  return tokens;
}

const MAX_NESTING = 200;

class MarkerParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly text: string, private readonly tokens: Token[]) {}

  parse(): Marker {
    const marker = this.parseOr();
    const next = this.peek();
    if (next.kind !== 'end') throw markerError(this.text, next.at, "'and', 'or' or the end of the marker");
    return marker;
  }

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private parseOr(): Marker {
    const items = [this.parseAnd()];
    while (this.peek().kind === 'or') {
      this.pos++;
      items.push(this.parseAnd());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private parseAnd(): Marker {
    const items = [this.parseAtom()];
    while (this.peek().kind === 'and') {
      this.pos++;
      items.push(this.parseAtom());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private parseAtom(): Marker {
    const token = this.peek();
    if (token.kind === '(') {
      // Real markers nest a few levels; a bound turns pathological input into an error, not a stack overflow.
      if (++this.depth > MAX_NESTING) throw markerError(this.text, token.at, `at most ${MAX_NESTING} nested parentheses`);
      this.pos++;
      const inner = this.parseOr();
      this.depth--;
      const close = this.peek();
      if (close.kind !== ')') throw markerError(this.text, close.at, "')'");
      this.pos++;
      return inner;
    }
    const left = this.parseValue();
    const op = this.peek();
    if (op.kind !== 'op') throw markerError(this.text, op.at, 'a comparison operator (==, !=, <, <=, >, >=, ~=, ===, in, not in)');
    this.pos++;
    const right = this.parseValue();
    return { kind: 'compare', left, op: op.value, right };
  }

  private parseValue(): MarkerValue {
    const token = this.peek();
    if (token.kind === 'string') {
      this.pos++;
      return { kind: 'string', value: token.value };
    }
    if (token.kind === 'variable') {
      this.pos++;
      return { kind: 'variable', name: token.name };
    }
    throw markerError(this.text, token.at, 'a marker variable or a quoted string');
  }
}

const PARSED = new Map<string, Marker>();
/** Bounds the memo so a long-lived process fed arbitrary strings cannot grow it without limit. */
const PARSED_LIMIT = 50_000;

/** Parses a PEP 508 marker expression (the part after `;`). Throws LockstepError on malformed input. */
export function parseMarker(text: string): Marker {
  const cached = PARSED.get(text);
  if (cached) return cached;
  const marker = new MarkerParser(text, tokenize(text)).parse();
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(text, marker);
  return marker;
}

// ------------------------------------------------------------------------------------------- evaluation

export function evaluateMarker(marker: Marker | string, ctx: MarkerContext): boolean {
  return evaluate(typeof marker === 'string' ? parseMarker(marker) : marker, ctx);
}

function evaluate(marker: Marker, ctx: MarkerContext): boolean {
  switch (marker.kind) {
    case 'and':
      for (const item of marker.items) if (!evaluate(item, ctx)) return false;
      return true;
    case 'or':
      for (const item of marker.items) if (evaluate(item, ctx)) return true;
      return false;
    case 'compare':
      return evaluateCompare(marker.left, marker.op, marker.right, ctx);
  }
}

function isSetVariable(value: MarkerValue): value is { kind: 'variable'; name: SetVariable } {
  return value.kind === 'variable' && (value.name === 'extra' || value.name === 'extras' || value.name === 'dependency_groups');
}

function setFor(name: SetVariable, ctx: MarkerContext): ReadonlySet<string> | undefined {
  return name === 'dependency_groups' ? ctx.dependencyGroups : ctx.extras;
}

/** PEP 685-normalised copies of the callers' extras sets, built once per set (callers treat them as immutable). */
const NORMALISED_SETS = new WeakMap<ReadonlySet<string>, { size: number; names: Set<string> }>();
const NORMALISED_NAMES = new Map<string, string>();

function normalisedName(name: string): string {
  let normalised = NORMALISED_NAMES.get(name);
  if (normalised === undefined) {
    normalised = normalizeName(name);
    if (NORMALISED_NAMES.size >= PARSED_LIMIT) NORMALISED_NAMES.clear();
    NORMALISED_NAMES.set(name, normalised);
  }
  return normalised;
}

/** Whether `name` (normalised, PEP 685) is in the set; the caller's set may hold un-normalised names. */
function setHas(set: ReadonlySet<string> | undefined, name: string): boolean {
  if (!set || set.size === 0) return false;
  let view = NORMALISED_SETS.get(set);
  // The size check catches the common way a reused set changes (an added extra).
  if (!view || view.size !== set.size) {
    view = { size: set.size, names: new Set([...set].map(normalisedName)) };
    NORMALISED_SETS.set(set, view);
  }
  return view.names.has(normalisedName(name));
}

function evaluateCompare(left: MarkerValue, op: MarkerOperator, right: MarkerValue, ctx: MarkerContext): boolean {
  // `extra == 'x'` asks "is x active" (PEP 508 evaluates it once per requested extra); likewise
  // PEP 751's `'x' in extras` / `'x' in dependency_groups`.
  if (isSetVariable(left) || isSetVariable(right)) {
    const variable = isSetVariable(left) ? left : (right as { kind: 'variable'; name: SetVariable });
    const other = variable === left ? right : left;
    if (other.kind !== 'string') return false;
    const set = setFor(variable.name, ctx);
    if (variable.name === 'extra') {
      if (op === '==' || op === '===') return setHas(set, other.value);
      if (op === '!=') return !setHas(set, other.value);
      return false;
    }
    // `extras` / `dependency_groups` are sets: only membership is meaningful.
    if (variable === right && op === 'in') return setHas(set, other.value);
    if (variable === right && op === 'not in') return !setHas(set, other.value);
    return false;
  }
  const lhs = left.kind === 'string' ? left.value : ctx.env[left.name as EnvironmentVariable];
  const rhs = right.kind === 'string' ? right.value : ctx.env[right.name as EnvironmentVariable];
  const versionLike =
    (left.kind === 'variable' && VERSION_VARIABLES.has(left.name)) || (right.kind === 'variable' && VERSION_VARIABLES.has(right.name));
  return compareValues(lhs, op, rhs, versionLike);
}

function compareValues(lhs: string, op: MarkerOperator, rhs: string, versionLike: boolean): boolean {
  if (op === 'in') return rhs.includes(lhs);
  if (op === 'not in') return !rhs.includes(lhs);
  if (op === '===') return lhs === rhs;
  if (versionLike) {
    // PEP 440 parsing is the slow part of evaluation and targets repeat the same few comparisons
    // (python_full_version >= '3.11' …) across thousands of markers, so results are memoised.
    const key = `${lhs}\u0000${op}\u0000${rhs}`;
    let result = VERSION_COMPARISONS.get(key);
    if (result === undefined) {
      // PEP 508: the right-hand side becomes a specifier (`op + rhs`) and the left-hand side is tested
      // against it, pre-releases included (a target running 3.14.0b1 still satisfies `>= '3.12'`).
      result =
        isValidVersion(lhs) && isValidVersionPattern(rhs, op)
          ? versionSatisfies(lhs, `${op}${rhs}`, { prereleases: true })
          : compareStrings(lhs, op, rhs);
      if (VERSION_COMPARISONS.size >= PARSED_LIMIT) VERSION_COMPARISONS.clear();
      VERSION_COMPARISONS.set(key, result);
    }
    return result;
  }
  return compareStrings(lhs, op, rhs);
}

const VERSION_COMPARISONS = new Map<string, boolean>();

/**
 * Non-version values compare as plain strings (PEP 508's fallback). packaging 26 instead answers
 * false to `<`/`>` between non-versions; no marker in the corpus locks depends on the difference.
 */
function compareStrings(lhs: string, op: MarkerOperator, rhs: string): boolean {
  switch (op) {
    case '==':
      return lhs === rhs;
    case '!=':
      return lhs !== rhs;
    case '<':
      return lhs < rhs;
    case '<=':
      return lhs <= rhs;
    case '>':
      return lhs > rhs;
    case '>=':
      return lhs >= rhs;
    case '~=':
      return false; // only defined for versions
    case '===':
      return lhs === rhs;
    case 'in':
      return rhs.includes(lhs);
    case 'not in':
      return !rhs.includes(lhs);
  }
}

function isValidVersionPattern(rhs: string, op: MarkerOperator): boolean {
  if ((op === '==' || op === '!=') && rhs.endsWith('.*')) return isValidVersion(rhs.slice(0, -2));
  if (op === '~=') return isValidVersion(rhs) && !rhs.includes('+') && /^\s*(\d+!)?\d+\.\d+/.test(rhs);
  return isValidVersion(rhs);
}

// ----------------------------------------------------------------------------------- uv conflict extras

/**
 * uv encodes conflicting extras/groups as synthetic extras in lock markers:
 * `extra-{len(name)}-{name}-{extra}` (e.g. `extra-11-fish-speech-cu129`). The length prefix keeps the
 * encoding unambiguous when names contain dashes. Names are PEP 503-normalised first.
 */
export function conflictExtra(pkg: string, extra: string): string {
  const name = normalizeName(pkg);
  return `extra-${name.length}-${name}-${normalizeName(extra)}`;
}

/** The dependency-group form of {@link conflictExtra}: `group-13-open-instruct-cuda13`. */
export function conflictGroup(pkg: string, group: string): string {
  const name = normalizeName(pkg);
  return `group-${name.length}-${name}-${normalizeName(group)}`;
}

/** Serialises a parsed marker back to PEP 508 text (normalised quoting and spacing), for messages and tests. */
export function formatMarker(marker: Marker): string {
  const value = (v: MarkerValue): string => (v.kind === 'variable' ? v.name : v.value.includes("'") ? `"${v.value}"` : `'${v.value}'`);
  switch (marker.kind) {
    case 'compare':
      return `${value(marker.left)} ${marker.op} ${value(marker.right)}`;
    case 'and':
      return marker.items.map((m) => (m.kind === 'or' ? `(${formatMarker(m)})` : formatMarker(m))).join(' and ');
    case 'or':
      return marker.items.map(formatMarker).join(' or ');
  }
}

/**
 * PEP 440 versions and specifiers, and PEP 503 names, implemented here (not delegated) so that every
 * comparison in lockstep follows the spec as pypa/packaging and uv apply it.
 *
 * Why not `@renovatebot/pep440` (which the first release wrapped): its ordered comparisons drop the
 * epoch and apply the "exclusive ordered comparison" rules to the wrong versions — `>1.0a1` did not
 * contain `1.0`, `>3.13.0rc1` not `3.13.0`, `<1.7.post2` not `1.7`, `>1.7` not `1!1.7`, `==1.7.0.*` not
 * `1.7`, and `===foobar` matched nothing (README, "Notes", has the upstream report). The rules below are
 * the specification's (https://packaging.python.org/en/latest/specifications/version-specifiers/), and
 * `__tests__/core/pep/packaging-differential.test.ts` checks them against pypa/packaging on every
 * version and specifier in the corpus.
 */

export interface SpecifierOptions {
  /** Admit pre-releases. Default: only when the specifier itself names one (PEP 440's rule). */
  prereleases?: boolean;
}

/** PEP 503 normalisation: lowercase, every run of `-`, `_`, `.` becomes one `-`. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** A parsed PEP 440 version. */
export interface Pep440Version {
  epoch: number;
  release: number[];
  /** ['a' | 'b' | 'rc', n] */
  pre: [string, number] | null;
  post: number | null;
  dev: number | null;
  /** Local segments, lowercased; numeric segments as numbers. */
  local: (string | number)[] | null;
}

// The specification's own regular expression (Appendix: "Parsing version strings with regular
// expressions"), anchored, with the surrounding whitespace it allows.
const VERSION_PATTERN =
  /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

const PARSED = new Map<string, Pep440Version | null>();

/** Parses a version (null when it is not PEP 440). Numbers beyond 2^53 keep their order as far as JS numbers do. */
export function parseVersion(text: string): Pep440Version | null {
  const cached = PARSED.get(text);
  if (cached !== undefined) return cached;
  const m = VERSION_PATTERN.exec(text);
  let parsed: Pep440Version | null = null;
  if (m) {
    const preLetter = m[3]?.toLowerCase();
    const pre: [string, number] | null = preLetter
      ? [preLetter === 'alpha' || preLetter === 'a' ? 'a' : preLetter === 'beta' || preLetter === 'b' ? 'b' : 'rc', Number(m[4] ?? 0)]
      : null;
    const post = m[5] !== undefined ? Number(m[5]) : m[6] !== undefined ? Number(m[7] ?? 0) : null;
    parsed = {
      epoch: Number(m[1] ?? 0),
      release: m[2]!.split('.').map(Number),
      pre,
      post,
      dev: m[8] !== undefined ? Number(m[9] ?? 0) : null,
      local: m[10] ? m[10].toLowerCase().split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : null,
    };
  }
  if (PARSED.size > 50_000) PARSED.clear();
  PARSED.set(text, parsed);
  return parsed;
}

export function isValidVersion(version: string): boolean {
  return parseVersion(version) !== null;
}

const PRE_ORDER: Record<string, number> = { a: 0, b: 1, rc: 2 };

function compareReleases(a: number[], b: number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** packaging's sort key pieces: a dev release sorts before every pre-release of its release. */
function preKey(v: Pep440Version): number[] {
  if (v.pre === null && v.post === null && v.dev !== null) return [-Infinity];
  if (v.pre === null) return [Infinity];
  return [PRE_ORDER[v.pre[0]]!, v.pre[1]];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -Infinity) - (b[i] ?? -Infinity);
    if (d !== 0 && !Number.isNaN(d)) return Math.sign(d);
  }
  return 0;
}

/** Local labels: absent < present; segment by segment, numbers above strings, a longer label above its prefix. */
function compareLocal(a: Pep440Version['local'], b: Pep440Version['local']): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (typeof x !== typeof y) return typeof x === 'number' ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** PEP 440 order of two parsed versions (the local label included). */
export function comparePep440(a: Pep440Version, b: Pep440Version, ignoreLocal = false): number {
  return (
    Math.sign(a.epoch - b.epoch) ||
    compareReleases(a.release, b.release) ||
    compareKeys(preKey(a), preKey(b)) ||
    compareKeys([a.post ?? -Infinity], [b.post ?? -Infinity]) ||
    compareKeys([a.dev ?? Infinity], [b.dev ?? Infinity]) ||
    (ignoreLocal ? 0 : compareLocal(a.local, b.local))
  );
}

/** PEP 440 order. Invalid versions sort before every valid one, then by plain string order, so sorting never throws. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (pa && pb) return comparePep440(pa, pb);
  if ((pa === null) !== (pb === null)) return pa ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function isPre(v: Pep440Version): boolean {
  return v.pre !== null || v.dev !== null;
}

/** a/b/rc and .dev versions are pre-releases (PEP 440); post releases are not. */
export function isPrerelease(version: string): boolean {
  const v = parseVersion(version);
  return v !== null && isPre(v);
}

// --- specifiers ----------------------------------------------------------------------------------

type Operator = '~=' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '===';

interface Clause {
  op: Operator;
  /** The version text after the operator (trimmed, `.*` removed). */
  text: string;
  wildcard: boolean;
  /** null for `===` with a non-PEP 440 string. */
  version: Pep440Version | null;
}

const CLAUSE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*(.*?)\s*$/s;

/** One clause, validated as packaging's Specifier does; null when invalid. */
function parseClause(text: string): Clause | null {
  const m = CLAUSE.exec(text);
  if (!m) return null;
  const op = m[1] as Operator;
  let rest = m[2]!;
  if (op === '===') return /^\S+$/.test(rest) ? { op, text: rest, wildcard: false, version: parseVersion(rest) } : null;
  if (/\s/.test(rest) || rest === '') return null;
  let wildcard = false;
  if (rest.endsWith('.*')) {
    if (op !== '==' && op !== '!=') return null;
    wildcard = true;
    rest = rest.slice(0, -2);
  }
  const version = parseVersion(rest);
  if (!version) return null;
  // Only `==`/`!=` may name a local version; a wildcard follows a release only; `~=` needs two release parts.
  if (wildcard && (version.pre !== null || version.post !== null || version.dev !== null || version.local !== null)) return null;
  if (version.local !== null && op !== '==' && op !== '!=') return null;
  if (op === '~=' && version.release.length < 2) return null;
  return { op, text: rest, wildcard, version };
}

const SPECIFIERS = new Map<string, Clause[] | null>();

/** A comma-separated specifier set, or null when any clause is invalid. '' is the empty set (no constraint). */
function parseSpecifierSet(spec: string): Clause[] | null {
  const cached = SPECIFIERS.get(spec);
  if (cached !== undefined) return cached;
  let clauses: Clause[] | null = [];
  if (spec.trim() !== '') {
    // Empty parts (`>=1,`) are skipped, as packaging's SpecifierSet and uv do.
    for (const part of spec.split(',')) {
      if (part.trim() === '') continue;
      const clause = parseClause(part);
      if (!clause) {
        clauses = null;
        break;
      }
      clauses.push(clause);
    }
  }
  if (SPECIFIERS.size > 20_000) SPECIFIERS.clear();
  SPECIFIERS.set(spec, clauses);
  return clauses;
}

/** True for an empty specifier (no constraint) or a valid comma-separated PEP 440 specifier set. */
export function isValidSpecifier(spec: string): boolean {
  return parseSpecifierSet(spec) !== null;
}

function publicOf(v: Pep440Version): Pep440Version {
  return v.local === null ? v : { ...v, local: null };
}

/** Same epoch and release prefix (the candidate padded with zeros): the `==X.*` rule. */
function prefixMatches(v: Pep440Version, spec: Pep440Version): boolean {
  if (v.epoch !== spec.epoch) return false;
  return spec.release.every((part, i) => (v.release[i] ?? 0) === part);
}

/** Does one clause contain a version (pre-release filtering aside)? The specification's rules per operator. */
function clauseContains(clause: Clause, raw: string, v: Pep440Version | null): boolean {
  // Arbitrary equality is string equality (packaging compares the text as given, whitespace included).
  if (clause.op === '===') return raw.toLowerCase() === clause.text.toLowerCase();
  if (v === null) return false;
  const s = clause.version!;
  switch (clause.op) {
    case '==':
      if (clause.wildcard) return prefixMatches(v, s);
      return s.local === null ? comparePep440(v, s, true) === 0 : comparePep440(v, s) === 0;
    case '!=':
      return !clauseContains({ ...clause, op: '==' }, raw, v);
    case '~=': {
      const prefix: Pep440Version = { epoch: s.epoch, release: s.release.slice(0, -1), pre: null, post: null, dev: null, local: null };
      return comparePep440(v, s, true) >= 0 && prefixMatches(v, prefix);
    }
    case '<=':
      return comparePep440(publicOf(v), s) <= 0;
    case '>=':
      return comparePep440(publicOf(v), s) >= 0;
    case '<':
      // "<V MUST NOT allow a pre-release of the specified version unless the specified version is itself
      // a pre-release": 1.7rc1 and 1.7.dev0 are pre-releases of 1.7, 1.7.post2.dev1 of 1.7.post2, but
      // 1.7rc1 and 1.7b2.post3 are not ones of 1.7.post2 (uv 0.13.9 and packaging 26 agree; older
      // packaging compared only the release numbers).
      // Put as an interval: a final V excludes [V.dev0, V), the pre-releases that lead up to V itself.
      if (comparePep440(v, s) >= 0) return false;
      return !(!isPre(s) && isPre(v) && comparePep440(v, { ...s, dev: 0, local: null }) >= 0);
    case '>':
      // ">V MUST NOT allow a post-release of the given version unless V is itself a post release", nor a
      // local version of it: 1.7.post1 is one of 1.7, not of 1.7rc1 or 1.7.dev0.
      if (comparePep440(v, s) <= 0) return false;
      if (v.post !== null && comparePep440({ ...v, post: null, dev: null, local: null }, s) === 0) return false;
      return !(v.local !== null && comparePep440({ ...v, local: null }, s) === 0);
  }
}

/** Whether the specifier (by its own clauses) admits pre-releases: packaging's `Specifier.prereleases`. */
function namesPrerelease(clauses: Clause[]): boolean {
  return clauses.some((c) => c.op !== '!=' && !c.wildcard && c.version !== null && isPre(c.version));
}

/**
 * Does the version satisfy the specifier set? Pre-releases: as `opts.prereleases` says, else (PEP 440)
 * only when a clause names one. An invalid specifier contains nothing. A string that is not a PEP 440
 * version can only match `===`.
 */
export function versionSatisfies(version: string, specifier: string, opts: SpecifierOptions = {}): boolean {
  const clauses = parseSpecifierSet(specifier);
  if (clauses === null) return false;
  const v = parseVersion(version);
  if (v === null) return clauses.length > 0 && clauses.every((c) => clauseContains(c, version, null));
  const allowPre = opts.prereleases ?? namesPrerelease(clauses);
  if (isPre(v) && !allowPre) return false;
  return clauses.every((c) => clauseContains(c, version, v));
}

/**
 * The highest version inside the specifier. Pre-releases count only when allowed, or (PEP 440) when no
 * final release satisfies it and the caller did not forbid them.
 */
export function newestSatisfying(versions: readonly string[], specifier: string, opts: SpecifierOptions = {}): string | null {
  const pick = (prereleases: boolean): string | null => {
    let best: string | null = null;
    for (const v of versions) {
      if (!isValidVersion(v) || !versionSatisfies(v, specifier, { prereleases })) continue;
      if (best === null || compareVersions(v, best) > 0) best = v;
    }
    return best;
  };
  if (opts.prereleases !== undefined) return pick(opts.prereleases);
  const clauses = parseSpecifierSet(specifier);
  return pick(clauses !== null && namesPrerelease(clauses)) ?? pick(true);
}

/** `2.5.1+cu124` → `{ public: '2.5.1', local: 'cu124' }`. Works on any string (split at the first `+`). */
export function splitLocal(version: string): { public: string; local: string | null } {
  const plus = version.indexOf('+');
  if (plus < 0) return { public: version, local: null };
  return { public: version.slice(0, plus), local: version.slice(plus + 1) };
}

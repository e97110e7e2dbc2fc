/**
 * Conda version order and version specs, enough to decide whether a locked conda record satisfies a
 * manifest requirement (`>=1.2,<2`, `1.2.*`, `==3.11.9`, `3.11|3.12`, `!=1.0`, `~=1.4`).
 *
 * Order (conda's VersionOrder): the epoch (`1!`), then components split at `.`, `_` and `-`, each
 * split further into number and letter runs; numbers compare numerically, `dev` sorts before any
 * other text, text before numbers, `post` after numbers; missing trailing components count as 0
 * (`1.2` == `1.2.0`). A spec this module cannot read yields `null` ("unknown"): callers then stay
 * silent rather than call a lock stale on a guess.
 */

type Atom = number | string;

function components(version: string): Atom[][] {
  let v = version.trim().toLowerCase();
  const local = v.indexOf('+');
  if (local >= 0) v = v.slice(0, local);
  let epoch = 0;
  const bang = v.indexOf('!');
  if (bang >= 0) {
    epoch = Number(v.slice(0, bang)) || 0;
    v = v.slice(bang + 1);
  }
  const parts: Atom[][] = [[epoch]];
  for (const segment of v.split(/[._-]/)) {
    const atoms: Atom[] = [];
    for (const m of segment.matchAll(/(\d+)|([a-z]+)|(\*)/g)) {
      if (m[1] !== undefined) atoms.push(Number(m[1]));
      else if (m[2] !== undefined) atoms.push(m[2]);
    }
    // `1.1a` is `1.1.a`-like in conda only when text follows a number; a leading text atom stays.
    if (atoms.length === 0) atoms.push(0);
    if (typeof atoms[0] === 'string') atoms.unshift(0);
    parts.push(atoms);
  }
  return parts;
}

function atomRank(a: Atom): number {
  if (typeof a === 'number') return 2;
  if (a === 'dev') return 0;
  if (a === 'post') return 3;
  return 1;
}

function compareAtoms(a: Atom, b: Atom): number {
  const ra = atomRank(a);
  const rb = atomRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Conda version order: negative, zero or positive. */
export function compareCondaVersions(a: string, b: string): number {
  const pa = components(a);
  const pb = components(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const ca = pa[i] ?? [0];
    const cb = pb[i] ?? [0];
    for (let j = 0; j < Math.max(ca.length, cb.length); j++) {
      const d = compareAtoms(ca[j] ?? 0, cb[j] ?? 0);
      if (d !== 0) return Math.sign(d);
    }
  }
  return 0;
}

/** `1.2.*` / `1.2` as a prefix of `1.2.5`, component-wise. */
function startsWith(version: string, prefix: string): boolean {
  const pv = components(version);
  const pp = components(prefix);
  for (let i = 0; i < pp.length; i++) {
    const a = pv[i] ?? [0];
    const b = pp[i]!;
    if (a.length !== b.length || a.some((x, j) => compareAtoms(x, b[j]!) !== 0)) {
      // The last prefix component may be a prefix of the version's component (`1.2` of `1.2a1` is not).
      return false;
    }
  }
  return true;
}

function single(version: string, constraint: string): boolean | null {
  const c = constraint.trim();
  if (c === '' || c === '*') return true;
  const m = /^(>=|<=|==|!=|~=|>|<|=)?\s*([0-9A-Za-z!.+_*-]+)$/.exec(c);
  if (!m) return null;
  const op = m[1] ?? '';
  let target = m[2]!;
  const wildcard = target.endsWith('.*') || target.endsWith('*');
  if (wildcard) target = target.replace(/\.?\*$/, '');
  if (!/^[0-9]/.test(target.replace(/^\d+!/, ''))) return null;
  switch (op) {
    case '':
    case '=':
      // A bare version: exact in strict parsing, a prefix in conda's fuzzy `=1.2` form; accept both.
      return compareCondaVersions(version, target) === 0 || startsWith(version, target);
    case '==':
      return wildcard ? startsWith(version, target) : compareCondaVersions(version, target) === 0;
    case '!=':
      return wildcard ? !startsWith(version, target) : compareCondaVersions(version, target) !== 0;
    case '>=':
      return compareCondaVersions(version, target) >= 0;
    case '<=':
      return compareCondaVersions(version, target) <= 0;
    case '>':
      return compareCondaVersions(version, target) > 0;
    case '<':
      return compareCondaVersions(version, target) < 0;
    case '~=': {
      const prefix = target.split('.').slice(0, -1).join('.');
      return compareCondaVersions(version, target) >= 0 && (prefix === '' || startsWith(version, prefix));
    }
    default:
      return null;
  }
}

/**
 * Whether `version` satisfies a conda version spec (`|` = or, `,` = and; `*` or empty = anything).
 * null when the spec is beyond this reader (parentheses, regexes): the caller must not decide.
 */
export function condaVersionSatisfies(version: string, spec: string): boolean | null {
  const s = spec.trim();
  if (s === '' || s === '*') return true;
  if (/[()^$]/.test(s)) return null;
  let unknown = false;
  for (const alternative of s.split('|')) {
    let all = true;
    for (const part of alternative.split(',')) {
      const r = single(version, part);
      if (r === null) unknown = true;
      if (r !== true) all = false;
    }
    if (all) return true;
  }
  return unknown ? null : false;
}

/** conda build-string globs (`cuda*`, `*cpu*`, `py311_0`). */
export function condaBuildMatches(build: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(build);
}

/** True for an exact pin: `==3.12.7` or a bare full version without wildcard or operator (`3.12.7`). */
export function isExactCondaPin(spec: string): boolean {
  const s = spec.trim();
  return /^(==)?\s*\d[0-9A-Za-z!._+-]*$/.test(s) && !s.includes('*');
}

/**
 * PEP 440 versions and specifiers, and PEP 503 names: a thin, typed layer over @renovatebot/pep440
 * so the rest of the core never imports it directly (and never re-implements version ordering).
 */
import { compare, explain, satisfies, validRange, valid } from '@renovatebot/pep440';

export interface SpecifierOptions {
  /** Admit pre-releases. Default: only when the specifier itself names one (PEP 440's rule). */
  prereleases?: boolean;
}

/** PEP 503 normalisation: lowercase, every run of `-`, `_`, `.` becomes one `-`. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

export function isValidVersion(version: string): boolean {
  return valid(version) !== null;
}

/** PEP 440 order. Invalid versions sort before every valid one, then by plain string order, so sorting never throws. */
export function compareVersions(a: string, b: string): number {
  const aValid = isValidVersion(a);
  const bValid = isValidVersion(b);
  if (aValid && bValid) return Math.sign(compare(a, b));
  if (aValid !== bValid) return aValid ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for an empty specifier (no constraint) or a valid comma-separated PEP 440 specifier set. */
export function isValidSpecifier(spec: string): boolean {
  return spec.trim() === '' || validRange(spec);
}

export function versionSatisfies(version: string, specifier: string, opts: SpecifierOptions = {}): boolean {
  if (!isValidVersion(version)) return false;
  if (specifier.trim() === '') return opts.prereleases === true || !isPrerelease(version);
  return satisfies(version, specifier, opts.prereleases === undefined ? {} : { prereleases: opts.prereleases });
}

/**
 * The highest version inside the specifier. Pre-releases count only when allowed, or (PEP 440) when no
 * final release satisfies it and the caller did not forbid them.
 */
export function newestSatisfying(versions: string[], specifier: string, opts: SpecifierOptions = {}): string | null {
  const pick = (prereleases: boolean): string | null => {
    let best: string | null = null;
    for (const v of versions) {
      if (!versionSatisfies(v, specifier, { prereleases })) continue;
      if (best === null || compare(v, best) > 0) best = v;
    }
    return best;
  };
  if (opts.prereleases !== undefined) return pick(opts.prereleases);
  return pick(specifierNamesPrerelease(specifier)) ?? pick(true);
}

function specifierNamesPrerelease(specifier: string): boolean {
  return specifier.split(',').some((clause) => {
    const v = clause.trim().replace(/^(===|~=|==|!=|<=|>=|<|>)\s*/, '').replace(/\.\*$/, '');
    return v !== '' && isPrerelease(v);
  });
}

/** a/b/rc and .dev versions are pre-releases (PEP 440); post releases are not. */
export function isPrerelease(version: string): boolean {
  return explain(version)?.is_prerelease ?? false;
}

/** `2.5.1+cu124` → `{ public: '2.5.1', local: 'cu124' }`. Works on any string (split at the first `+`). */
export function splitLocal(version: string): { public: string; local: string | null } {
  const plus = version.indexOf('+');
  if (plus < 0) return { public: version, local: null };
  return { public: version.slice(0, plus), local: version.slice(plus + 1) };
}

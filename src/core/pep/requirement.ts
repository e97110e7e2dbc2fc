/**
 * PEP 508 dependency specifiers (`name[extra1,extra2] >=1,<2 ; marker`, `name @ url ; marker`).
 * Keeps the offsets of the specifier text so a pin can later be rewritten byte-exactly in pyproject.toml.
 */
import { LockstepError } from '../errors.js';
import { parseMarker } from './markers.js';
import { isValidSpecifier, normalizeName } from './version.js';

export interface Requirement {
  name: string;
  normalizedName: string;
  extras: string[];
  /** '' when none, e.g. '==2.5.1' or '>=1,<2' (clauses trimmed, joined by ','). */
  specifier: string;
  url: string | null;
  marker: string | null;
  /** [start, end) offsets of the specifier text inside the original string (for byte-exact rewrites later) */
  specifierRange: [number, number] | null;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const WHITESPACE = /[ \t]/;

function requirementError(text: string, at: number, expected: string): LockstepError {
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return new LockstepError(`Invalid requirement ${JSON.stringify(shown)} at column ${at + 1}: expected ${expected}`, {
    hint: 'Requirements follow PEP 508, e.g. "torch==2.5.1", "numpy>=1.26,<2", "pkg[extra] @ https://…/pkg.whl ; sys_platform == \'linux\'".',
  });
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && WHITESPACE.test(text[i]!)) i++;
  return i;
}

/** Parses one PEP 508 requirement. Throws LockstepError saying where and what was expected. */
export function parseRequirement(text: string): Requirement {
  let i = skipSpaces(text, 0);
  const nameMatch = NAME.exec(text.slice(i));
  if (!nameMatch) throw requirementError(text, i, 'a package name (letters, digits, ".", "-", "_")');
  const name = nameMatch[0];
  i = skipSpaces(text, i + name.length);

  const extras: string[] = [];
  if (text[i] === '[') {
    const close = text.indexOf(']', i);
    if (close < 0) throw requirementError(text, i, "']' closing the extras");
    const inner = text.slice(i + 1, close);
    if (inner.trim() !== '') {
      let offset = i + 1;
      for (const part of inner.split(',')) {
        const extra = part.trim();
        if (!NAME.test(extra) || NAME.exec(extra)![0] !== extra) {
          throw requirementError(text, offset + part.indexOf(extra), 'an extra name inside [...]');
        }
        extras.push(extra);
        offset += part.length + 1;
      }
    }
    i = skipSpaces(text, close + 1);
  }

  let specifier = '';
  let specifierRange: [number, number] | null = null;
  let url: string | null = null;
  let markerStart: number | null = null;

  if (text[i] === '@') {
    i = skipSpaces(text, i + 1);
    const start = i;
    // As uv reads it: the URL ends at whitespace, or before a `;` that whitespace follows
    // (`pkg @ git+https://host/repo@rev; sys_platform == 'linux'`); a `;` glued to more text stays in the URL.
    while (i < text.length && !/\s/.test(text[i]!) && !(text[i] === ';' && /\s/.test(text[i + 1] ?? ''))) i++;
    url = text.slice(start, i);
    if (url === '') throw requirementError(text, start, 'a URL or path after "@"');
    // Without a scheme it is a path (PEP 508 and uv: `pkg @ ./local`, `pkg @ /abs/path`, `pkg @ ../sibling`).
    const afterUrl = skipSpaces(text, i);
    if (afterUrl < text.length) {
      if (text[afterUrl] !== ';') throw requirementError(text, afterUrl, "';' and a marker, or the end after the URL");
      markerStart = afterUrl + 1;
    }
  } else {
    const parenthesised = text[i] === '(';
    const start = parenthesised ? i + 1 : i;
    let end = start;
    while (end < text.length && text[end] !== ';' && !(parenthesised && text[end] === ')')) end++;
    if (parenthesised) {
      if (text[end] !== ')') throw requirementError(text, end, "')' closing the version specifier");
    }
    const raw = text.slice(start, end);
    const trimmedStart = start + (raw.length - raw.trimStart().length);
    const trimmedEnd = end - (raw.length - raw.trimEnd().length);
    const specText = text.slice(trimmedStart, trimmedEnd);
    if (specText !== '') {
      // Clauses are trimmed, never squeezed: `==2 .3.2` is an error (uv: "Trailing `.3.2` is not
      // allowed"), not `==2.3.2`. Empty clauses (`>=1,`) are skipped, as uv and packaging do.
      const clauses = specText.split(',').map((clause) => clause.trim()).filter((clause) => clause !== '');
      specifier = clauses.map((clause) => clause.replace(/^(===|~=|==|!=|<=|>=|<|>)\s+/, '$1')).join(',');
      if (!/^(===|~=|==|!=|<=|>=|<|>)/.test(specText) || !isValidSpecifier(specifier)) {
        const spaced = clauses.find((clause) => /^(===|~=|==|!=|<=|>=|<|>)\s*\S+\s+\S/.test(clause));
        throw requirementError(text, trimmedStart, spaced
          ? `no whitespace inside a version (\`${spaced}\`)`
          : 'a version specifier such as "==1.2.3" or ">=1,<2"');
      }
      specifierRange = [trimmedStart, trimmedEnd];
    } else if (parenthesised) {
      throw requirementError(text, start, 'a version specifier inside (...)');
    }
    i = skipSpaces(text, parenthesised ? end + 1 : end);
    if (i < text.length) {
      if (text[i] !== ';') throw requirementError(text, i, "';' and a marker, or the end");
      markerStart = i + 1;
    }
  }

  let marker: string | null = null;
  if (markerStart !== null) {
    marker = text.slice(markerStart).trim();
    if (marker === '') throw requirementError(text, markerStart, 'a marker after ";"');
    try {
      parseMarker(marker);
    } catch (error) {
      throw new LockstepError(`Invalid requirement ${JSON.stringify(text)}: ${(error as Error).message}`, {
        hint: (error as LockstepError).hint,
        cause: error,
      });
    }
  }

  return { name, normalizedName: normalizeName(name), extras, specifier, url, marker, specifierRange };
}

/** '2.5.1' when the specifier is exactly one '==X' (not '==X.*'), else null. */
export function exactPin(req: Requirement): string | null {
  const m = /^==(?!=)([^,*]+)$/.exec(req.specifier);
  return m ? m[1]! : null;
}

/**
 * Parsers for the files of an installed `*.dist-info` directory (text in, facts out; the venv adapter
 * reads the files). Core metadata and WHEEL use the email-header format (PEP 566 / PEP 427).
 */
import type { DirectUrl } from './types.js';

/** Header fields of an email-header style file, up to the first blank line. Repeated fields keep every value. */
export function parseHeaderFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let last: string | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw === '') break;
    if (/^[ \t]/.test(raw) && last !== null) {
      // A folded continuation line belongs to the previous field.
      const values = fields.get(last)!;
      values[values.length - 1] += `\n${raw.trim()}`;
      continue;
    }
    const colon = raw.indexOf(':');
    if (colon <= 0) continue;
    last = raw.slice(0, colon).trim().toLowerCase();
    const value = raw.slice(colon + 1).trim();
    const values = fields.get(last);
    if (values) values.push(value);
    else fields.set(last, [value]);
  }
  return fields;
}

export interface CoreMetadata {
  name: string;
  version: string;
}

/** `Name` and `Version` from METADATA; null when either is missing (a broken install). */
export function parseCoreMetadata(text: string): CoreMetadata | null {
  const fields = parseHeaderFields(text);
  const name = fields.get('name')?.[0];
  const version = fields.get('version')?.[0];
  return name && version ? { name, version } : null;
}

export interface WheelInfo {
  generator: string | null;
  /** Every `Tag` line, each one tag (`cp311-cp311-manylinux_2_17_x86_64`). */
  tags: string[];
}

export function parseWheelInfo(text: string): WheelInfo {
  const fields = parseHeaderFields(text);
  return { generator: fields.get('generator')?.[0] ?? null, tags: fields.get('tag') ?? [] };
}

/** PEP 610 direct_url.json; null when it is not valid JSON with a `url`. */
export function parseDirectUrl(text: string): DirectUrl | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  if (typeof record.url !== 'string') return null;
  const dirInfo = record.dir_info as Record<string, unknown> | undefined;
  const kind = dirInfo ? 'dir' : record.vcs_info ? 'vcs' : record.archive_info ? 'archive' : 'unknown';
  return { url: record.url, kind, editable: dirInfo?.editable === true };
}

/** `cp311.cp312-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64` → every tag in the set. */
export function expandTagSet(pythonTags: string[], abiTags: string[], platformTags: string[]): string[] {
  return pythonTags.flatMap((py) => abiTags.flatMap((abi) => platformTags.map((plat) => `${py}-${abi}-${plat}`)));
}

/**
 * setup-uv's `version-file`: the uv version (and, from .tool-versions, the Python version) read from a
 * file the user names. Which format is decided by the file's name, as setup-uv does:
 * - `.tool-versions` (asdf): `uv 0.13.9`, `python 3.12.4` (the first version on the line; `ref:`,
 *   `path:` and `system` are not versions and are skipped);
 * - `uv.toml`: `required-version`;
 * - `pyproject.toml`: `[tool.uv] required-version`, else a `uv` requirement in `project.dependencies`
 *   or a dependency group;
 * - `uv.lock`: the locked `uv` package's version;
 * - anything else (`requirements*.txt`): a `uv==X` / `uv>=X` line.
 */
import { parseToml, type TomlTable } from '../toml.js';

export interface VersionFileContents {
  /** A uv version or PEP 440 specifier, as written (`0.13.9`, `>=0.13`). */
  uv?: string;
  /** A Python request (only .tool-versions carries one). */
  python?: string;
  /** What was skipped, for a warning (e.g. `python system` in .tool-versions). */
  ignored: string[];
}

function toolVersions(text: string): VersionFileContents {
  const out: VersionFileContents = { ignored: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const [tool, ...versions] = line.split(/\s+/);
    if (tool !== 'uv' && tool !== 'python') continue;
    const version = versions.find((v) => !/^(ref:|path:)/.test(v) && v !== 'system');
    if (versions.length > 1 || (versions[0] && versions[0] !== version)) out.ignored.push(line);
    if (version && out[tool] === undefined) out[tool] = version;
  }
  return out;
}

/** The specifier of a `uv` requirement string (`uv==0.13.9` → `==0.13.9`), undefined for other names. */
function uvRequirement(requirement: string): string | undefined {
  const m = /^\s*uv\s*(\[[^\]]*\])?\s*((?:[<>=!~]=?|===)[^;#]*)?(?:[;#].*)?$/i.exec(requirement);
  if (!m) return undefined;
  const spec = (m[2] ?? '').trim();
  return spec.startsWith('==') && !spec.includes(',') && !spec.includes('*') ? spec.slice(2).trim() : spec || undefined;
}

function table(value: unknown): TomlTable | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as TomlTable) : undefined;
}

function pyproject(text: string, file: string): VersionFileContents {
  const doc = parseToml(text, file);
  const required = table(table(doc.tool)?.uv)?.['required-version'];
  if (typeof required === 'string') return { uv: required, ignored: [] };
  const lists = [table(doc.project)?.dependencies, ...Object.values(table(doc['dependency-groups']) ?? {})];
  for (const list of lists) {
    for (const item of Array.isArray(list) ? list : []) {
      const spec = typeof item === 'string' ? uvRequirement(item) : undefined;
      if (spec) return { uv: spec, ignored: [] };
    }
  }
  return { ignored: [] };
}

function uvLock(text: string, file: string): VersionFileContents {
  const packages = parseToml(text, file).package;
  const uv = Array.isArray(packages) ? packages.map(table).find((p) => p?.name === 'uv') : undefined;
  return typeof uv?.version === 'string' ? { uv: uv.version, ignored: [] } : { ignored: [] };
}

export function readVersionFile(file: string, text: string): VersionFileContents {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (name === '.tool-versions') return toolVersions(text);
  if (name === 'uv.toml') {
    const required = parseToml(text, file)['required-version'];
    return typeof required === 'string' ? { uv: required, ignored: [] } : { ignored: [] };
  }
  if (name === 'pyproject.toml') return pyproject(text, file);
  if (name === 'uv.lock') return uvLock(text, file);
  for (const line of text.split(/\r?\n/)) {
    const spec = uvRequirement(line);
    if (spec) return { uv: spec, ignored: [] };
  }
  return { ignored: [] };
}

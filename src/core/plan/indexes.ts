/**
 * Which index each package really comes from, the way uv decides it: `[tool.uv.sources]` (one source,
 * or the list form with `marker` / `extra` / `group` selectors, each naming an index) pins a package to
 * named `[[tool.uv.index]]` entries; otherwise uv searches the non-explicit indexes in order and then the
 * default one, and the first index that knows the package wins (`index-strategy = "first-index"`).
 */
import { LockstepError } from '../errors.js';
import type { Pyproject } from '../lock/pyproject.js';
import { normalizeName } from '../pep/version.js';
import type { IndexRef, PackageOrigin } from './types.js';

export const PYPI_SIMPLE = 'https://pypi.org/simple';

export interface IndexOptions {
  /** The default index (PyPI unless `--default-index` / UV_DEFAULT_INDEX / UV_INDEX_URL say otherwise). */
  defaultIndexUrl?: string;
  /** `[[tool.uv.index]]` name → URL to use instead (a mirror, or a local index in tests). */
  indexUrlOverrides?: Record<string, string>;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export function packageOrigin(pyproject: Pyproject, normalizedName: string, options: IndexOptions = {}): PackageOrigin {
  const uv = pyproject.tool.uv;
  const urlOf = (index: { name?: string; url: string }) => trimSlash(options.indexUrlOverrides?.[index.name ?? ''] ?? index.url);
  const sourceKey = Object.keys(uv.sources).find((key) => normalizeName(key) === normalizedName);
  const sources = sourceKey ? uv.sources[sourceKey]! : [];
  if (sources.length > 0) {
    const chains: IndexRef[][] = [];
    const kinds = new Set<string>();
    for (const source of sources) {
      if (typeof source.index === 'string') {
        const index = uv.indexes.find((i) => i.name === source.index);
        if (!index) {
          throw new LockstepError(`[tool.uv.sources] ${sourceKey} names index "${source.index}", which no [[tool.uv.index]] defines`, {
            file: pyproject.file,
            hint: `Add [[tool.uv.index]] with name = "${source.index}" and its url, or fix the name.`,
          });
        }
        const ref: IndexRef = { url: urlOf(index), name: index.name };
        if (!chains.some((c) => c[0]!.url === ref.url)) chains.push([ref]);
      } else {
        kinds.add(['git', 'url', 'path', 'workspace'].find((k) => k in source) ?? 'non-index');
      }
    }
    if (chains.length === 0) return { notFromIndex: `comes from a ${[...kinds].join('/')} source in [tool.uv.sources]` };
    return { chains };
  }
  const implicit = uv.indexes.filter((i) => !i.explicit && !i.default).map((i): IndexRef => ({ url: urlOf(i), ...(i.name ? { name: i.name } : {}) }));
  const declaredDefault = uv.indexes.find((i) => i.default);
  const fallback: IndexRef = declaredDefault
    ? { url: urlOf(declaredDefault), ...(declaredDefault.name ? { name: declaredDefault.name } : {}) }
    : { url: trimSlash(options.defaultIndexUrl ?? PYPI_SIMPLE) };
  const chain = [...implicit, fallback].filter((ref, i, all) => all.findIndex((r) => r.url === ref.url) === i);
  return { chains: [chain] };
}

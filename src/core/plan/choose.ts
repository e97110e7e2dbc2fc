/**
 * Choosing the version a pin moves to, from what its indexes list: the newest release that is not
 * yanked, not a pre-release (unless the pin is one), installable on the project's oldest Python, of the
 * same local-label flavour (`2.5.1+cu124` → `2.6.0+cu124`, never `+cpu`), outside the cooldown, not
 * ignored, and present on every index the package's sources name.
 */
import { KNOWN_PYTHONS, markerPython } from '../matrix/targets.js';
import { compareVersions, isPrerelease, isValidSpecifier, isValidVersion, splitLocal, versionSatisfies } from '../pep/version.js';
import type { ChainListing, Pin, ReleaseFile } from './types.js';

export interface ChoiceContext {
  /** The project's `requires-python`. */
  requiresPython: string | null;
  now: Date;
  minReleaseAgeMs: number;
  /** From `[tool.lockstep.bump] ignore`: undefined = not ignored, '' = never bump, else versions to skip. */
  ignore?: string;
}

export interface Choice {
  /** The new version, or null when nothing newer is usable. */
  to: string | null;
  released: string | null;
  notes: string[];
  /** Why nothing was chosen (or, with `ignored`, why `to` is not taken), when not simply "already the newest". */
  reason: string | null;
  /** `to` is newer but `[tool.lockstep.bump] ignore` names the package: report it, do not move it. */
  ignored?: boolean;
  indexes: string[];
}

/** Version of a distribution file name; null for files that are not wheels or sdists. */
export function fileVersion(filename: string): string | null {
  if (filename.endsWith('.whl')) return filename.split('-')[1] ?? null;
  const stem = /^(.*)\.(tar\.gz|zip|tar\.bz2|tgz)$/.exec(filename)?.[1];
  if (!stem) return null;
  const cut = stem.lastIndexOf('-');
  return cut > 0 ? stem.slice(cut + 1) : null;
}

/** The oldest Python the project supports, as uv checks a file's requires-python against (its lower bound). */
export function oldestPython(requiresPython: string | null): string | null {
  if (!requiresPython || !isValidSpecifier(requiresPython)) return null;
  for (const minor of KNOWN_PYTHONS) {
    const version = markerPython(minor, requiresPython);
    if (safeSatisfies(version, requiresPython)) return version;
  }
  return null;
}

function safeSatisfies(version: string, specifier: string): boolean {
  try {
    return versionSatisfies(version, specifier, { prereleases: true });
  } catch {
    return true;
  }
}

interface Candidate {
  /** What the pin would say: public version, plus the pin's local label when it has one. */
  version: string;
  released: string | null;
}

type Skip = { version: string; why: string };

function candidatesOn(files: readonly ReleaseFile[], pin: Pin, ctx: ChoiceContext, python: string | null, skips: Skip[]): Map<string, Candidate> {
  const pinned = splitLocal(pin.version);
  const pinIsPre = isPrerelease(pinned.public);
  const byVersion = new Map<string, ReleaseFile[]>();
  for (const file of files) {
    const raw = fileVersion(file.filename);
    if (raw === null || !isValidVersion(raw)) continue;
    const { public: pub, local } = splitLocal(raw);
    // A pin with a local label stays in its flavour; a pin without one matches any (PEP 440 `==`), written without.
    if (pinned.local !== null && (local ?? '').toLowerCase() !== pinned.local.toLowerCase()) continue;
    const version = pinned.local !== null ? `${pub}+${pinned.local}` : pub;
    if (compareVersions(pub, pinned.public) <= 0) continue;
    const list = byVersion.get(version) ?? [];
    list.push(file);
    byVersion.set(version, list);
  }
  const out = new Map<string, Candidate>();
  for (const [version, list] of byVersion) {
    const pub = splitLocal(version).public;
    if (isPrerelease(pub) && !pinIsPre) {
      skips.push({ version, why: 'pre-release' });
      continue;
    }
    if (ctx.ignore !== undefined && ctx.ignore !== '' && safeSatisfies(pub, ctx.ignore)) {
      skips.push({ version, why: `ignored (${ctx.ignore})` });
      continue;
    }
    const live = list.filter((f) => !f.yanked);
    if (live.length === 0) {
      skips.push({ version, why: 'yanked' });
      continue;
    }
    const usable = python === null ? live : live.filter((f) => !f.requiresPython || !isValidSpecifier(f.requiresPython) || safeSatisfies(python, f.requiresPython));
    if (usable.length === 0) {
      skips.push({ version, why: `needs Python ${live[0]!.requiresPython} (project supports ${python})` });
      continue;
    }
    const times = usable.map((f) => f.uploadTime).filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)));
    const released = times.length > 0 ? times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
    if (ctx.minReleaseAgeMs > 0 && released !== null && ctx.now.getTime() - Date.parse(released) < ctx.minReleaseAgeMs) {
      skips.push({ version, why: `released ${released.slice(0, 10)}, inside the cooldown` });
      continue;
    }
    out.set(version, { version, released });
  }
  return out;
}

export function chooseVersion(pin: Pin, listings: readonly ChainListing[], ctx: ChoiceContext): Choice {
  const none = (reason: string | null, notes: string[] = []): Choice => ({ to: null, released: null, notes, reason, indexes: [] });
  const found = listings.filter((l): l is { indexUrl: string; files: ReleaseFile[] } => 'files' in l);
  if (found.length === 0) {
    const urls = listings.flatMap((l) => ('notFound' in l ? l.notFound : []));
    return none(`not found on ${urls.join(', ') || 'any index'}`);
  }
  const python = oldestPython(ctx.requiresPython);
  const skips: Skip[] = [];
  const perIndex = found.map((listing) => candidatesOn(listing.files, pin, ctx, python, skips));
  // Present on every index the sources name (e.g. the cu124 index for Linux AND the cpu index for macOS).
  const common = [...perIndex[0]!.values()].filter((c) => perIndex.every((m) => m.has(c.version)));
  if (perIndex.length > 1) {
    for (const c of perIndex.flatMap((m) => [...m.values()])) {
      if (!common.some((x) => x.version === c.version)) skips.push({ version: c.version, why: 'not on every index its sources name' });
    }
  }
  common.sort((a, b) => compareVersions(splitLocal(b.version).public, splitLocal(a.version).public));
  const best = common[0];
  const floor = best ? splitLocal(best.version).public : splitLocal(pin.version).public;
  const notes = uniqueSkips(skips)
    .filter((s) => compareVersions(splitLocal(s.version).public, floor) > 0)
    .sort((a, b) => compareVersions(splitLocal(b.version).public, splitLocal(a.version).public))
    .slice(0, 3)
    .map((s) => `${s.version}: ${s.why}`);
  if (!best) return none(null, notes);
  const released = perIndex.map((m) => m.get(best.version)!.released).find((r) => r !== null) ?? null;
  const chosen: Choice = { to: best.version, released, notes, reason: null, indexes: found.map((l) => l.indexUrl) };
  return ctx.ignore === '' ? { ...chosen, reason: 'ignored by [tool.lockstep.bump] ignore', ignored: true } : chosen;
}

function uniqueSkips(skips: Skip[]): Skip[] {
  const seen = new Set<string>();
  return skips.filter((s) => {
    const key = `${s.version}\0${s.why}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

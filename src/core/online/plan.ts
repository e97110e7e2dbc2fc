/**
 * What `check --online` asks the network (pure): for every file a selected target installs — the
 * wheel the engine picked, or the sdist uv would build — one question to the place it comes from.
 * Registry packages become one Simple API question per (index, project), however many files and
 * targets use it; direct-URL files (a GitHub release wheel, a `/whl/cu124/...` URL in `[tool.uv.sources]`)
 * become one question per URL. Git, path and directory sources have nothing an index could stop serving.
 */
import type { LockArtifact, LockPackage, UvLock } from '../lock/uvlock.js';
import type { CheckReport } from '../matrix/types.js';
import { normalizeName } from '../pep/version.js';

/** One locked file some target installs. */
export interface LockedArtifact {
  package: string;
  version: string | null;
  /** 1-based line of the package's `[[package]]` entry in uv.lock. */
  line?: number;
  filename: string;
  kind: 'wheel' | 'sdist';
  /** Where uv downloads it from (as locked). */
  url?: string;
  /** Locked sha256, lowercase hex, when the lock records one. */
  sha256?: string;
  /** Target ids that install this file, in the report's order. */
  targets: string[];
}

export type OnlineQuery =
  /** The project's Simple API page on `indexUrl` lists the files (filename, sha256, yanked). */
  | { kind: 'index'; indexUrl: string; project: string; artifacts: LockedArtifact[] }
  /** A file locked by URL: only the URL itself can say whether it is still there. */
  | { kind: 'url'; url: string; artifacts: LockedArtifact[] };

const isHttp = (location: string) => /^https?:\/\//i.test(location);

function lockedSha256(artifact: LockArtifact): string | undefined {
  const hash = artifact.hash;
  return hash?.toLowerCase().startsWith('sha256:') ? hash.slice('sha256:'.length).toLowerCase() : undefined;
}

/** The lock entry's artifact with this filename (what the engine's verdict names). */
function artifactNamed(pkg: LockPackage, filename: string): { artifact: LockArtifact; kind: 'wheel' | 'sdist' } | null {
  const wheel = pkg.wheels.find((w) => w.filename === filename);
  if (wheel) return { artifact: wheel, kind: 'wheel' };
  if (pkg.sdist?.filename === filename) return { artifact: pkg.sdist, kind: 'sdist' };
  return null;
}

/**
 * The questions for a checked report. `report.packages` are the lock's entries in lock order (the
 * engine builds them so); each is matched back by position and name.
 */
export function onlineQueries(lock: UvLock, report: CheckReport): OnlineQuery[] {
  const byIndex = new Map<string, Extract<OnlineQuery, { kind: 'index' }>>();
  const byUrl = new Map<string, Extract<OnlineQuery, { kind: 'url' }>>();
  report.packages.forEach((row, position) => {
    const pkg = lock.packages[position];
    if (!pkg || pkg.name !== row.name) return;
    const { kind, location } = pkg.source;
    if (kind !== 'registry' && kind !== 'url') return;
    const artifacts = new Map<string, LockedArtifact>();
    for (const target of report.targets) {
      const verdict = row.verdicts[target.id];
      if (!verdict?.file || (verdict.status !== 'wheel' && verdict.status !== 'sdist')) continue;
      let locked = artifacts.get(verdict.file);
      if (!locked) {
        const found = artifactNamed(pkg, verdict.file);
        if (!found) continue;
        locked = { package: pkg.name, version: pkg.version ?? null, filename: verdict.file, kind: found.kind, targets: [] };
        if (pkg.line !== undefined) locked.line = pkg.line;
        if (found.artifact.url) locked.url = found.artifact.url;
        const sha256 = lockedSha256(found.artifact);
        if (sha256) locked.sha256 = sha256;
        artifacts.set(verdict.file, locked);
      }
      locked.targets.push(target.id);
    }
    for (const artifact of artifacts.values()) {
      if (kind === 'registry') {
        // A registry on the local disk (`registry = "../wheels"`) has no server to ask.
        if (!isHttp(location)) continue;
        const indexUrl = location.replace(/\/+$/, '');
        const key = `${indexUrl}\n${normalizeName(pkg.name)}`;
        let query = byIndex.get(key);
        if (!query) byIndex.set(key, (query = { kind: 'index', indexUrl, project: normalizeName(pkg.name), artifacts: [] }));
        query.artifacts.push(artifact);
      } else {
        const url = artifact.url ?? location;
        if (!isHttp(url)) continue;
        let query = byUrl.get(url);
        if (!query) byUrl.set(url, (query = { kind: 'url', url, artifacts: [] }));
        query.artifacts.push(artifact);
      }
    }
  });
  return [...byIndex.values(), ...byUrl.values()];
}

/** `https://pypi.org/simple` → `pypi.org` (what politeness limits and messages group by). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function queryUrl(query: OnlineQuery): string {
  return query.kind === 'index' ? query.indexUrl : query.url;
}

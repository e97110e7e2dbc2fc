/**
 * Turns what the indexes answered into per-file results and findings (pure).
 *
 * - `artifact-missing` (error): the file is no longer listed, its project page is gone (404/410), the URL
 *   answers 404/410, or the index lists the filename with another sha256 (not the locked artifact: uv
 *   refuses it). The message names the newest version the index still serves.
 * - `artifact-yanked` (warning): PEP 592, with the index's reason.
 * - `artifact-unchecked` (error): a host that could not be asked (down, refused, timed out, deadline):
 *   its files are neither "served" nor "missing" — one finding per host, never a false "missing".
 */
import type { Finding } from '../findings.js';
import { compareVersions, isPrerelease, isValidVersion } from '../pep/version.js';
import { hostOf, queryUrl, type LockedArtifact, type OnlineQuery } from './plan.js';

/** One file as an index lists it. */
export interface ServedFile {
  filename: string;
  sha256?: string;
  yanked: boolean;
  yankedReason?: string;
}

export type OnlineAnswer =
  /** The project page (registry) or the URL (direct) answered. A URL answer lists no files: it is `served`. */
  | { kind: 'listing'; files: ServedFile[] }
  | { kind: 'served' }
  /** 404 / 410: the project or file is gone. */
  | { kind: 'gone'; status: number }
  /** No answer that says anything about the file: network error, 5xx after retries, 401/403, deadline. */
  | { kind: 'unreachable'; reason: string };

export type ArtifactStatus = 'served' | 'yanked' | 'missing' | 'hash-changed' | 'unchecked';

export interface ArtifactResult {
  artifact: LockedArtifact;
  /** Asked through a Simple API page (`index`) or at its own URL (`url`). */
  via: OnlineQuery['kind'];
  /** Index URL (registry) or file URL (direct). */
  source: string;
  status: ArtifactStatus;
  /** Yank reason, unreachable reason, or what the index serves instead. */
  detail?: string;
  /** Newest non-yanked version the index still lists for the project (registry only). */
  newestServed?: string | null;
}

export interface OnlineJudgement {
  results: ArtifactResult[];
  findings: Finding[];
}

/** Version from a wheel (`name-1.0-py3-none-any.whl`) or sdist (`name-1.0.tar.gz`) filename, or null. */
export function versionOfFilename(filename: string): string | null {
  if (filename.endsWith('.whl')) return filename.split('-')[1] ?? null;
  const stem = filename.replace(/\.(tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/i, '');
  if (stem === filename) return null;
  const cut = stem.lastIndexOf('-');
  return cut > 0 ? stem.slice(cut + 1) : null;
}

/** The newest version with a non-yanked file; final releases preferred over pre-releases. */
export function newestServedVersion(files: readonly ServedFile[]): string | null {
  const candidates = new Set<string>();
  for (const f of files) {
    if (f.yanked) continue;
    const version = versionOfFilename(f.filename);
    if (version !== null) candidates.add(version);
  }
  const versions = [...candidates].filter(isValidVersion);
  if (versions.length === 0) return null;
  const finals = versions.filter((v) => !isPrerelease(v));
  return (finals.length > 0 ? finals : versions).sort(compareVersions).at(-1)!;
}

function resultsFor(query: OnlineQuery, answer: OnlineAnswer): ArtifactResult[] {
  const source = queryUrl(query);
  const via = query.kind;
  // Once per page, not per file: a large project's page lists thousands of files.
  const newest = answer.kind === 'listing' ? newestServedVersion(answer.files) : null;
  const byName = answer.kind === 'listing' ? new Map(answer.files.map((f) => [f.filename, f])) : null;
  return query.artifacts.map((artifact): ArtifactResult => {
    switch (answer.kind) {
      case 'unreachable':
        return { artifact, via, source, status: 'unchecked', detail: answer.reason };
      case 'gone':
        return { artifact, via, source, status: 'missing', detail: `HTTP ${answer.status}`, newestServed: query.kind === 'index' ? null : undefined };
      case 'served':
        return { artifact, via, source, status: 'served' };
      case 'listing': {
        const newestServed = newest;
        const file = byName!.get(artifact.filename);
        if (!file) return { artifact, via, source, status: 'missing', newestServed };
        if (file.sha256 && artifact.sha256 && file.sha256 !== artifact.sha256) {
          return { artifact, via, source, status: 'hash-changed', detail: file.sha256, newestServed };
        }
        if (file.yanked) return { artifact, via, source, status: 'yanked', detail: file.yankedReason ?? '', newestServed };
        return { artifact, via, source, status: 'served', newestServed };
      }
    }
  });
}

const MAX_LISTED = 5;

function listTargets(targets: readonly string[]): string {
  return targets.length <= MAX_LISTED ? targets.join(', ') : `${targets.slice(0, MAX_LISTED).join(', ')} and ${targets.length - MAX_LISTED} more`;
}

/** `sha256 1a2b3c4d…` for messages: enough to tell two digests apart. */
const shortHash = (hex: string | undefined) => (hex ? `${hex.slice(0, 12)}…` : 'none');

function fixAdvice(name: string, newest: string | null | undefined, via: OnlineQuery['kind'], hashChanged: boolean): string {
  if (hashChanged && via === 'index') {
    return `Fix: find out why the index serves another file under this name (a re-upload, or tampering?) before trusting it; \`uv lock --refresh-package ${name}\` records the new hash, \`uv lock --upgrade-package ${name}\` moves to another release.`;
  }
  if (via === 'url') return `Fix: point the requirement in pyproject.toml at a URL (or an index release) that is served, then run \`uv lock\`.`;
  const pin = newest ? `, or pin \`${name}==${newest}\`` : '';
  return `Fix: re-lock onto a release that is served (\`uv lock --upgrade-package ${name}\`; \`lockstep bump\` / \`lockstep refresh\` open that as a pull request)${pin}.`;
}

function packageFinding(results: ArtifactResult[], lockPath: string): Finding | null {
  const first = results[0]!.artifact;
  const label = first.version ? `${first.package} ${first.version}` : first.package;
  const broken = results.filter((r) => r.status === 'missing' || r.status === 'hash-changed');
  const yanked = results.filter((r) => r.status === 'yanked');
  const base = { package: first.package, ...(first.version ? { version: first.version } : {}), file: lockPath, ...(first.line !== undefined ? { line: first.line } : {}) };
  if (broken.length > 0) {
    const targets = [...new Set(broken.flatMap((r) => r.artifact.targets))];
    const newest = broken.find((r) => r.newestServed !== undefined)?.newestServed;
    const what = broken.map((r) => {
      const where = hostOf(r.source);
      if (r.status === 'hash-changed') {
        return `${r.artifact.filename} is served by ${where} with another sha256 (${shortHash(r.detail)}, locked ${shortHash(r.artifact.sha256)}): not the locked artifact, uv refuses it`;
      }
      return `${r.artifact.filename} is no longer served by ${where}${r.detail ? ` (${r.detail})` : ''}`;
    });
    const newestText = newest === undefined ? '' : newest === null ? ` ${hostOf(broken[0]!.source)} serves no installable version of ${first.package} any more.` : ` Newest version still served: ${newest}.`;
    return {
      code: 'artifact-missing',
      severity: 'error',
      ...base,
      message: `${what.join('; ')}. \`uv sync --locked\` fails on ${listTargets(targets)}.${newestText} ${fixAdvice(first.package, newest === first.version ? null : newest, broken[0]!.via, broken.every((r) => r.status === 'hash-changed'))}`,
    };
  }
  if (yanked.length > 0) {
    const reason = yanked.find((r) => r.detail)?.detail;
    const newest = yanked[0]!.newestServed;
    return {
      code: 'artifact-yanked',
      severity: 'warning',
      ...base,
      message: `${label} is yanked on ${hostOf(yanked[0]!.source)}${reason ? `: "${reason}"` : ' (no reason given)'}. uv still installs it from this lock, but the next \`uv lock\` moves away from it.${newest ? ` Newest version still served: ${newest}.` : ''}`,
    };
  }
  return null;
}

function uncheckedFindings(results: ArtifactResult[], lockPath: string): Finding[] {
  const byHost = new Map<string, ArtifactResult[]>();
  for (const r of results.filter((x) => x.status === 'unchecked')) {
    const host = hostOf(r.source);
    byHost.set(host, [...(byHost.get(host) ?? []), r]);
  }
  return [...byHost].map(([host, list]): Finding => {
    const names = [...new Set(list.map((r) => r.artifact.package))];
    const shownNames = names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')} and ${names.length - 8} more`;
    return {
      code: 'artifact-unchecked',
      severity: 'error',
      message: `could not check ${list.length} locked file(s) from ${host} (${list[0]!.detail ?? 'no answer'}): whether they are still served is unknown, so none is reported missing. Packages: ${shownNames}. Re-run when ${host} answers; a private index needs its credentials (UV_INDEX_<NAME>_USERNAME / _PASSWORD).`,
      file: lockPath,
    };
  });
}

/** Results and findings for every question and its answer (`answers[i]` answers `queries[i]`). */
export function judgeOnline(queries: readonly OnlineQuery[], answers: readonly OnlineAnswer[], lockPath = 'uv.lock'): OnlineJudgement {
  const results = queries.flatMap((q, i) => resultsFor(q, answers[i] ?? { kind: 'unreachable', reason: 'not asked' }));
  const byPackage = new Map<string, ArtifactResult[]>();
  for (const r of results) {
    const key = `${r.artifact.package}\n${r.artifact.version ?? ''}\n${r.artifact.line ?? ''}`;
    byPackage.set(key, [...(byPackage.get(key) ?? []), r]);
  }
  const findings = [...byPackage.values()].map((list) => packageFinding(list, lockPath)).filter((f): f is Finding => f !== null);
  findings.push(...uncheckedFindings(results, lockPath));
  return { results, findings };
}

export interface OnlineSummary {
  artifacts: number;
  requests: number;
  fromCache: number;
  hosts: string[];
  served: number;
  yanked: number;
  missing: number;
  unchecked: number;
  elapsedMs: number;
}

export function summarizeOnline(judgement: OnlineJudgement, stats: { requests: number; fromCache: number; elapsedMs: number }): OnlineSummary {
  const count = (...statuses: ArtifactStatus[]) => judgement.results.filter((r) => statuses.includes(r.status)).length;
  return {
    artifacts: judgement.results.length,
    requests: stats.requests,
    fromCache: stats.fromCache,
    hosts: [...new Set(judgement.results.map((r) => hostOf(r.source)))].sort(),
    served: count('served'),
    yanked: count('yanked'),
    missing: count('missing', 'hash-changed'),
    unchecked: count('unchecked'),
    elapsedMs: stats.elapsedMs,
  };
}

/** What reports carry about an online check (JSON `online`): the counts and every file not plainly served. */
export interface OnlineSection extends OnlineSummary {
  problems: {
    package: string;
    version: string | null;
    file: string;
    status: Exclude<ArtifactStatus, 'served'>;
    /** `index`: asked through its Simple API page; `url`: a direct-URL file asked at its URL. */
    via: OnlineQuery['kind'];
    source: string;
    detail: string | null;
    newestServed: string | null;
    targets: string[];
  }[];
}

export function onlineSection(summary: OnlineSummary, results: readonly ArtifactResult[]): OnlineSection {
  return {
    ...summary,
    problems: results
      .filter((r): r is ArtifactResult & { status: Exclude<ArtifactStatus, 'served'> } => r.status !== 'served')
      .map((r) => ({
        package: r.artifact.package,
        version: r.artifact.version,
        file: r.artifact.filename,
        status: r.status,
        via: r.via,
        source: r.source,
        detail: r.detail ?? null,
        newestServed: r.newestServed ?? null,
        targets: r.artifact.targets,
      })),
  };
}

/** One line for text output: what was checked, where, how long, what came of it. */
export function renderOnlineSummary(s: OnlineSummary): string {
  const seconds = (s.elapsedMs / 1000).toFixed(1);
  const cache = s.fromCache > 0 ? `, ${s.fromCache} answered from the cache` : '';
  return `online: ${s.artifacts} locked file(s) checked on ${s.hosts.length} host(s) (${s.hosts.join(', ') || 'none'}) in ${seconds} s, ${s.requests} request(s)${cache}: ${s.served} served, ${s.yanked} yanked, ${s.missing} missing, ${s.unchecked} could not be checked`;
}

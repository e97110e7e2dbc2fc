/**
 * `lockstep check --format json`: the stable, documented contract (schema 1). Every key is always
 * present (null when unknown) so consumers can rely on the shape; add keys, never rename or drop one.
 */
import type { CheckReport } from '../matrix/types.js';
import type { OnlineSection } from '../online/judge.js';

export interface JsonReport {
  schema: 1;
  project: { name: string | null; version: string | null; requiresPython: string | null; lockRevision: number | null; packageCount: number };
  /**
   * `provenance`: `declared` (the project or workflow named the target) or `implied` (only inferred);
   * `origin`: what named its Python and its platform (see the README).
   */
  targets: {
    id: string;
    python: string;
    platform: string;
    cuda: string | null;
    environment?: string;
    lock?: string;
    provenance: 'declared' | 'implied';
    origin: { python: string; platform: string };
  }[];
  packages: { name: string; version: string; source: string; verdicts: Record<string, { status: string; file: string | null }> }[];
  findings: {
    code: string;
    severity: string;
    package: string | null;
    version: string | null;
    target: string | null;
    message: string;
    file: string | null;
    line: number | null;
    lock?: string;
    /** Per-target problems: `declared` or `implied` (only on implied targets: at most a warning); else null. */
    provenance: 'declared' | 'implied' | null;
    /** Further lines the same finding covers (each unpinned requirement of a manifest section); [] when none. */
    related: { package: string | null; message: string; line: number | null }[];
  }[];
  /** Only with `check --online`. */
  online?: OnlineSection;
}

/** Projects a report onto the JSON contract (explicit field by field, so internal fields never leak). */
export function toJsonReport(report: CheckReport): JsonReport {
  return {
    schema: 1,
    project: {
      name: report.project.name,
      version: report.project.version,
      requiresPython: report.project.requiresPython,
      lockRevision: report.project.lockRevision,
      packageCount: report.project.packageCount,
    },
    targets: report.targets.map((t) => ({
      id: t.id,
      python: t.python,
      platform: t.platform,
      cuda: t.cuda ?? null,
      // pixi targets and two-lock projects only, so uv-only reports keep their exact shape.
      ...(t.environment !== undefined ? { environment: t.environment } : {}),
      ...(t.lock !== undefined ? { lock: t.lock } : {}),
      provenance: t.provenance?.kind ?? 'declared',
      // pixi targets are the manifest's own environments × platforms.
      origin: { python: t.provenance?.python ?? (t.environment !== undefined ? 'manifest' : 'option'), platform: t.provenance?.platform ?? (t.environment !== undefined ? 'manifest' : 'option') },
    })),
    packages: report.packages.map((p) => ({
      name: p.name,
      version: p.version,
      source: p.source,
      verdicts: Object.fromEntries(
        report.targets.map((t) => {
          const v = p.verdicts[t.id];
          return [t.id, { status: v?.status ?? 'not-needed', file: v?.file ?? null }];
        }),
      ),
    })),
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      package: f.package ?? null,
      version: f.version ?? null,
      target: f.target ?? null,
      message: f.message,
      file: f.file ?? null,
      line: f.line ?? null,
      ...(f.lock !== undefined ? { lock: f.lock } : {}),
      provenance: f.provenance ?? null,
      related: (f.related ?? []).map((r) => ({ package: r.package ?? null, message: r.message, line: r.line ?? null })),
    })),
    ...(report.online ? { online: report.online } : {}),
  };
}

/**
 * Each package of the report as the one-line JSON of its `toJsonReport` projection, written without
 * building the projection: ~130k verdicts (scipy's pixi.lock × 134 targets) as objects cost more (and
 * more garbage collection) than the whole check. Identical text to `JSON.stringify` of the projection
 * (a test holds the two equal); target ids that look like array indices, which object key order would
 * move, take the plain path.
 */
function packageLines(report: CheckReport): string[] {
  const ids = report.targets.map((t) => t.id);
  if (ids.some((id) => /^(0|[1-9]\d*)$/.test(id))) return toJsonReport(report).packages.map((p) => JSON.stringify(p));
  const keys = ids.map((id) => `${JSON.stringify(id)}:`);
  const notNeeded = '{"status":"not-needed","file":null}';
  const statuses = new Map<string, string>();
  const status = (s: string): string => {
    let json = statuses.get(s);
    if (json === undefined) statuses.set(s, (json = JSON.stringify(s)));
    return json;
  };
  return report.packages.map((p) => {
    let verdicts = '';
    for (let i = 0; i < ids.length; i++) {
      const v = p.verdicts[ids[i]!];
      const value = v ? `{"status":${status(v.status ?? 'not-needed')},"file":${v.file == null ? 'null' : JSON.stringify(v.file)}}` : notNeeded;
      verdicts += `${i === 0 ? '' : ','}${keys[i]}${value}`;
    }
    return `{"name":${JSON.stringify(p.name)},"version":${JSON.stringify(p.version)},"source":${JSON.stringify(p.source)},"verdicts":{${verdicts}}}`;
  });
}

/**
 * Indented like `JSON.stringify(…, null, 2)`, except that each package is one line: a pixi lock with
 * 134 targets has ~200k verdicts, and one line per verdict field made a 14 MB report (most of the time
 * of a check went into writing it). Same JSON value; `jq` and diff tools read it as before.
 */
export function renderJson(report: CheckReport): string {
  const json = toJsonReport({ ...report, packages: [] });
  const nested = (value: unknown): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  const lines = packageLines(report);
  const packages = lines.length === 0 ? '[]' : `[\n${lines.map((line) => `    ${line}`).join(',\n')}\n  ]`;
  const online = json.online ? `,\n  "online": ${nested(json.online)}` : '';
  return `{\n  "schema": 1,\n  "project": ${nested(json.project)},\n  "targets": ${nested(json.targets)},\n  "packages": ${packages},\n  "findings": ${nested(json.findings)}${online}\n}\n`;
}

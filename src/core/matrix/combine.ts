/**
 * One report from several locks (a project with both uv.lock and pixi.lock): targets, rows and
 * findings side by side, each target and finding naming its lock. Target ids cannot collide (uv's
 * `cp311-…` vs pixi's `environment-platform`), so verdict maps merge as they are.
 */
import type { CheckReport } from './types.js';

/** Marks every target and lock-derived finding of `report` with `lock`. */
export function tagLock(report: CheckReport, lock: string): CheckReport {
  return {
    ...report,
    targets: report.targets.map((t) => ({ ...t, lock })),
    findings: report.findings.map((f) => ({ ...f, lock })),
  };
}

export function combineReports(reports: CheckReport[]): CheckReport {
  if (reports.length === 1) return reports[0]!;
  const [first] = reports;
  return {
    schema: 1,
    project: {
      name: reports.find((r) => r.project.name)?.project.name ?? null,
      version: reports.find((r) => r.project.version)?.project.version ?? null,
      requiresPython: first?.project.requiresPython ?? null,
      lockRevision: first?.project.lockRevision ?? null,
      packageCount: reports.reduce((n, r) => n + r.project.packageCount, 0),
    },
    targets: reports.flatMap((r) => r.targets),
    packages: reports.flatMap((r) => r.packages),
    findings: reports.flatMap((r) => r.findings),
  };
}

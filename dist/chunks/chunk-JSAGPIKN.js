import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/report/json.ts
function toJsonReport(report) {
  return {
    schema: 1,
    project: {
      name: report.project.name,
      version: report.project.version,
      requiresPython: report.project.requiresPython,
      lockRevision: report.project.lockRevision,
      packageCount: report.project.packageCount
    },
    targets: report.targets.map((t) => ({
      id: t.id,
      python: t.python,
      platform: t.platform,
      cuda: t.cuda ?? null,
      // pixi targets and two-lock projects only, so uv-only reports keep their exact shape.
      ...t.environment !== void 0 ? { environment: t.environment } : {},
      ...t.lock !== void 0 ? { lock: t.lock } : {},
      provenance: t.provenance?.kind ?? "declared",
      // pixi targets are the manifest's own environments × platforms.
      origin: { python: t.provenance?.python ?? (t.environment !== void 0 ? "manifest" : "option"), platform: t.provenance?.platform ?? (t.environment !== void 0 ? "manifest" : "option") }
    })),
    packages: report.packages.map((p) => ({
      name: p.name,
      version: p.version,
      source: p.source,
      verdicts: Object.fromEntries(
        report.targets.map((t) => {
          const v = p.verdicts[t.id];
          return [t.id, { status: v?.status ?? "not-needed", file: v?.file ?? null }];
        })
      )
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
      ...f.lock !== void 0 ? { lock: f.lock } : {},
      provenance: f.provenance ?? null,
      related: (f.related ?? []).map((r) => ({ package: r.package ?? null, message: r.message, line: r.line ?? null }))
    })),
    ...report.online ? { online: report.online } : {}
  };
}
__name(toJsonReport, "toJsonReport");
function packageLines(report) {
  const ids = report.targets.map((t) => t.id);
  if (ids.some((id) => /^(0|[1-9]\d*)$/.test(id))) return toJsonReport(report).packages.map((p) => JSON.stringify(p));
  const keys = ids.map((id) => `${JSON.stringify(id)}:`);
  const notNeeded = '{"status":"not-needed","file":null}';
  const statuses = /* @__PURE__ */ new Map();
  const status = /* @__PURE__ */ __name((s) => {
    let json = statuses.get(s);
    if (json === void 0) statuses.set(s, json = JSON.stringify(s));
    return json;
  }, "status");
  return report.packages.map((p) => {
    let verdicts = "";
    for (let i = 0; i < ids.length; i++) {
      const v = p.verdicts[ids[i]];
      const value = v ? `{"status":${status(v.status ?? "not-needed")},"file":${v.file == null ? "null" : JSON.stringify(v.file)}}` : notNeeded;
      verdicts += `${i === 0 ? "" : ","}${keys[i]}${value}`;
    }
    return `{"name":${JSON.stringify(p.name)},"version":${JSON.stringify(p.version)},"source":${JSON.stringify(p.source)},"verdicts":{${verdicts}}}`;
  });
}
__name(packageLines, "packageLines");
function renderJson(report) {
  const json = toJsonReport({ ...report, packages: [] });
  const nested = /* @__PURE__ */ __name((value) => JSON.stringify(value, null, 2).replace(/\n/g, "\n  "), "nested");
  const lines = packageLines(report);
  const packages = lines.length === 0 ? "[]" : `[
${lines.map((line) => `    ${line}`).join(",\n")}
  ]`;
  const online = json.online ? `,
  "online": ${nested(json.online)}` : "";
  return `{
  "schema": 1,
  "project": ${nested(json.project)},
  "targets": ${nested(json.targets)},
  "packages": ${packages},
  "findings": ${nested(json.findings)}${online}
}
`;
}
__name(renderJson, "renderJson");

export {
  toJsonReport,
  renderJson
};

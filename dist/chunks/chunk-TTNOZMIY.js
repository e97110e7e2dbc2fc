import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  renderOnlineSummary
} from "./chunk-P27DNI6D.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/report/text.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code) || (a.package ?? "").localeCompare(b.package ?? "") || (a.target ?? "").localeCompare(b.target ?? "")
  );
}
__name(sortFindings, "sortFindings");
function findingLocation(f) {
  if (!f.file) return "";
  return `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}: `;
}
__name(findingLocation, "findingLocation");
function countStatuses(report, targetId) {
  const counts = { wheel: 0, sdist: 0, missing: 0, source: 0, conda: 0, "not-needed": 0 };
  for (const p of report.packages) counts[p.verdicts[targetId]?.status ?? "not-needed"]++;
  return counts;
}
__name(countStatuses, "countStatuses");
function renderText(report) {
  const lines = [];
  const name = report.project.name ?? "(unnamed project)";
  lines.push(`${name}${report.project.version ? ` ${report.project.version}` : ""}: ${report.project.packageCount} locked packages, ${report.targets.length} target(s)`);
  for (const t of report.targets) {
    const c = countStatuses(report, t.id);
    const conda = c.conda > 0 ? `${c.conda} conda, ` : "";
    const origin = t.provenance ? ` [${t.provenance.kind}: ${t.provenance.python === t.provenance.platform ? t.provenance.python : `${t.provenance.python} \xD7 ${t.provenance.platform}`}]` : "";
    lines.push(`  ${t.id}: ${conda}${c.wheel} wheel, ${c.sdist} sdist, ${c.missing} missing, ${c.source} source, ${c["not-needed"]} not needed${origin}`);
  }
  if (report.online) lines.push(renderOnlineSummary(report.online));
  const implied = report.targets.filter((t) => t.provenance?.kind === "implied").length;
  if (implied > 0) lines.push(`  ${implied} of ${report.targets.length} target(s) are only implied (requires-python without an upper bound, or no platforms declared): problems only there are warnings.`);
  const findings = sortFindings(report.findings);
  if (findings.length > 0) lines.push("");
  for (const f of findings) {
    const what = [f.package, f.version].filter(Boolean).join(" ");
    const head = `${findingLocation(f)}${f.lock && f.lock !== f.file ? `(${f.lock}) ` : ""}${f.severity} ${f.code}${f.target ? ` [${f.target}]` : ""}${what ? ` ${what}` : ""}`;
    const [first, ...rest] = f.message.split("\n");
    lines.push(`${head}: ${first}`);
    for (const r of rest) lines.push(`    ${r}`);
    for (const r of f.related ?? []) lines.push(`    ${f.file ?? ""}${r.line ? `:${r.line}` : ""}: ${r.message}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  lines.push("", `${errors} error(s), ${warnings} warning(s)`);
  return `${lines.join("\n")}
`;
}
__name(renderText, "renderText");

export {
  sortFindings,
  renderText
};

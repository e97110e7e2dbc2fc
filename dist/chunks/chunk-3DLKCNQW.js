import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  renderOnlineSummary
} from "./chunk-P27DNI6D.js";
import {
  TARGET_CODES,
  impliedNote
} from "./chunk-T3HDM63S.js";
import {
  sdistBuildAdvice
} from "./chunk-YKG64RBM.js";
import {
  escapeTerminalText,
  singleLine
} from "./chunk-YKLTUEQ7.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/report/problems.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var CODE_RANK = {
  "parse-error": 0,
  "lock-stale": 1,
  "target-unsupported": 2,
  "artifact-missing": 2,
  "no-distribution": 2,
  "cuda-mismatch": 3,
  "driver-floor": 4,
  "sdist-build": 5,
  "artifact-yanked": 6
};
var LATER_CODE_RANK = 10;
var STALE_FIX = /\s*Run `(?:uv|pixi) lock` and commit (?:the updated uv\.lock|pixi\.lock)[^.]*(?:\([^)]*\))?\.\s*$/;
function lockOf(finding, report) {
  if (finding.lock === "pixi.lock" || finding.lock === "uv.lock") return finding.lock;
  return report.targets.length > 0 && report.targets.every((t) => t.environment !== void 0) ? "pixi.lock" : "uv.lock";
}
__name(lockOf, "lockOf");
var RELEASE_WHEEL_PACKAGES = /* @__PURE__ */ new Set(["flash-attn", "mamba-ssm", "causal-conv1d"]);
var INDEX = /* @__PURE__ */ new WeakMap();
function packagesNamed(report, name) {
  let index = INDEX.get(report);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of report.packages) {
      const list = index.get(p.name) ?? [];
      list.push(p);
      index.set(p.name, list);
    }
    INDEX.set(report, index);
  }
  return index.get(name) ?? [];
}
__name(packagesNamed, "packagesNamed");
function torchOn(report, targetId) {
  const torch = packagesNamed(report, "torch");
  return (torch.find((p) => p.verdicts[targetId] && p.verdicts[targetId].status !== "not-needed") ?? torch[0])?.version ?? null;
}
__name(torchOn, "torchOn");
function splitAdvice(advice) {
  const [text = "", ...rest] = advice.split("\n");
  return rest.length > 0 ? { text, snippet: rest.join("\n") } : { text };
}
__name(splitAdvice, "splitAdvice");
function sdistFile(report, row) {
  const pkg = packagesNamed(report, row.package ?? "").find((p) => row.version === null || p.version === row.version);
  if (!pkg) return null;
  for (const id of row.targets) if (pkg.verdicts[id]?.status === "sdist") return pkg.verdicts[id].file ?? null;
  return Object.values(pkg.verdicts).find((v) => v.status === "sdist")?.file ?? null;
}
__name(sdistFile, "sdistFile");
function problemOf(row, first, report) {
  switch (row.code) {
    case "sdist-build": {
      const file = sdistFile(report, row);
      return `no compatible wheel: ${lockOf(first, report) === "pixi.lock" ? "pixi" : "uv"} would build it from source${file ? ` (${file})` : ""}`;
    }
    case "no-distribution":
      return "no compatible wheel and no sdist: the install fails";
    case "cuda-mismatch":
    case "driver-floor":
    case "target-unsupported":
    case "artifact-missing":
    case "artifact-yanked":
      return first.message.split(" Fix: ")[0].split(" Only on implied targets:")[0];
    case "lock-stale":
      return `${lockOf(first, report)} is out of date: ${first.message.replace(STALE_FIX, "")}`;
    default:
      return first.message.split("\n")[0];
  }
}
__name(problemOf, "problemOf");
function suggestionFor(row, first, report, targetsById) {
  if (row.provenance === "implied" && first.downgradedFrom) {
    const covered = row.targets.map((id) => targetsById.get(id)).filter((t) => t !== void 0);
    return { text: impliedNote(null, covered, report.project.requiresPython).replace("move the package to", "move these packages to") };
  }
  switch (row.code) {
    case "sdist-build": {
      const targets = row.targets.map((id) => targetsById.get(id)).filter((t) => t !== void 0);
      const linux = targets.filter((t) => /linux/.test(t.platform));
      const target = linux.find((t) => t.provenance?.kind === "declared") ?? linux[0] ?? targets[0] ?? report.targets[0];
      if (!target || !row.package) return { text: "Pin a version that publishes wheels for these targets." };
      const advice = sdistBuildAdvice(row.package, {
        python: target.python,
        platform: target.platform,
        torch: torchOn(report, target.id),
        cuda: target.cuda,
        version: row.version
      });
      if (!advice.suggestion) {
        const gap = /(Its wheels need a newer glibc: .*? target a newer glibc\.|There is no wheel for cp.*? drop that Python\.)/.exec(first.message)?.[1];
        if (gap) return { text: gap };
        return { text: "No prebuilt alternative is known to lockstep: pin a version that publishes wheels for these targets, or accept the build." };
      }
      const suggestion = splitAdvice(advice.suggestion);
      const pythons = new Set(targets.map((t) => t.python));
      if (RELEASE_WHEEL_PACKAGES.has(row.package) && pythons.size > 1) {
        suggestion.text += ` (shown for CPython ${target.python} on ${target.platform}; the cpXY tags change with the Python)`;
      }
      return suggestion;
    }
    case "no-distribution": {
      const gap = /(Its wheels need a newer glibc: .*? target a newer glibc\.|There is no wheel for cp.*? drop that Python\.)/.exec(first.message)?.[1];
      if (gap) return { text: gap };
      return {
        text: "Pin a version that publishes a wheel for these targets, restrict the dependency with an environment marker, or drop the targets; `required-environments` makes `uv lock` itself refuse such a lock."
      };
    }
    case "cuda-mismatch":
    case "driver-floor": {
      const fix = first.message.split(" Fix: ")[1];
      return { text: fix ? fix.trim() : "Lock every CUDA package for the same CUDA major as torch." };
    }
    case "target-unsupported":
    case "artifact-missing":
    case "artifact-yanked": {
      const fix = first.message.split(" Fix: ")[1];
      return { text: fix ? fix.trim() : "Lock a release the index serves: `uv lock --upgrade-package NAME`." };
    }
    case "lock-stale":
      return lockOf(first, report) === "pixi.lock" ? { text: "Run `pixi lock` and commit the updated pixi.lock." } : { text: "Run `uv lock` and commit the updated uv.lock." };
    case "parse-error":
      return { text: "Fix the file at the line the problem names; lockstep cannot check a file it cannot read." };
    default:
      return { text: "" };
  }
}
__name(suggestionFor, "suggestionFor");
function findingTargets(finding, report) {
  if (finding.target !== void 0) return [finding.target];
  return TARGET_CODES.has(finding.code) ? report.targets.map((t) => t.id) : [];
}
__name(findingTargets, "findingTargets");
function problemRows(findings, report) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = [f.code, f.package ?? "", f.version ?? "", f.package === void 0 ? f.message : "", f.provenance ?? ""].join("\0");
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const order = new Map(report.targets.map((t, i) => [t.id, i]));
  const targetsById = new Map(report.targets.map((t) => [t.id, t]));
  const rows = [];
  for (const list of groups.values()) {
    const first = list[0];
    const ids = /* @__PURE__ */ new Set();
    for (const f of list) for (const id of findingTargets(f, report)) ids.add(id);
    const targets = [...ids].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
    let severity = first.severity;
    for (const f of list) if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[severity]) severity = f.severity;
    const base = { code: first.code, package: first.package ?? null, version: first.version ?? null, targets, provenance: first.provenance ?? null };
    rows.push({
      ...base,
      severity,
      everyTarget: targets.length > 0 && targets.length === report.targets.length,
      problem: problemOf(base, first, report),
      suggestion: suggestionFor(base, { ...first, severity }, report, targetsById),
      findings: list
    });
  }
  return rows.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.provenance === "implied" ? 1 : 0) - (b.provenance === "implied" ? 1 : 0) || (CODE_RANK[a.code] ?? LATER_CODE_RANK) - (CODE_RANK[b.code] ?? LATER_CODE_RANK) || (a.package ?? "").localeCompare(b.package ?? "")
  );
}
__name(problemRows, "problemRows");
function groupAdvice(rows) {
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (!row.suggestion.text) continue;
    const key = `${row.suggestion.text}\0${row.suggestion.snippet ?? ""}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { suggestion: row.suggestion, rows: [row] });
  }
  return [...groups.values()];
}
__name(groupAdvice, "groupAdvice");
function mergeProblemRows(rows) {
  const merged = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const key = row.code === "unpinned-dependency" ? "unpinned" : row.package === null || row.targets.length === 0 ? `${merged.size}` : [row.severity, row.code, row.provenance ?? "", row.targets.join(","), row.suggestion.text, row.suggestion.snippet ?? ""].join("\0");
    const entry = merged.get(key);
    if (entry) entry.packages.push(row);
    else merged.set(key, { row, packages: [row] });
  }
  return [...merged.values()];
}
__name(mergeProblemRows, "mergeProblemRows");
function mergedProblemText({ row, packages }) {
  return packages.length > 1 ? row.problem.replace(/ \([^()]*\.(?:tar\.gz|tar\.bz2|zip|tgz)\)$/, "") : row.problem;
}
__name(mergedProblemText, "mergedProblemText");
var MAX_NAMES_SHOWN = 8;
function namesWithMore(shown, total) {
  return `${shown.join(", ")}${total > shown.length ? ` and ${total - shown.length} more` : ""}`;
}
__name(namesWithMore, "namesWithMore");

// src/core/report/target-labels.ts
function pythonTag(python) {
  const [major, minor = ""] = python.replace(/t$/, "").split(".");
  return `cp${major}${minor}${python.endsWith("t") ? "t" : ""}`;
}
__name(pythonTag, "pythonTag");
function platformLabel(platform) {
  const cpu = platform.startsWith("aarch64") ? /apple|windows/.test(platform) ? "arm64" : "aarch64" : platform.startsWith("i686") ? "x86" : "x86_64";
  if (/apple-darwin|^macos$/.test(platform)) return `macOS ${platform === "macos" ? "arm64" : cpu}`;
  if (/windows|^windows$/.test(platform)) return `Windows ${platform === "windows" ? "x86_64" : cpu}`;
  if (/musl/.test(platform)) return `Linux musl ${cpu}`;
  const glibc = /manylinux_2_(\d+)/.exec(platform);
  return `Linux ${platform === "linux" ? "x86_64" : cpu}${glibc && glibc[1] !== "28" ? ` (glibc 2.${glibc[1]})` : ""}`;
}
__name(platformLabel, "platformLabel");
function targetLabel(t) {
  return `${pythonTag(t.python)} ${platformLabel(t.platform)}${t.cuda ? ` CUDA ${t.cuda}` : ""}`;
}
__name(targetLabel, "targetLabel");
function platformKey(t) {
  return `${t.platform}\0${t.cuda ?? ""}`;
}
__name(platformKey, "platformKey");
function platformKeyLabel(t) {
  return `${platformLabel(t.platform)}${t.cuda ? ` CUDA ${t.cuda}` : ""}`;
}
__name(platformKeyLabel, "platformKeyLabel");
function collapseTargets(ids, all) {
  if (ids.length === 0) return "project-wide";
  const wanted = new Set(ids);
  const chosen = all.filter((t) => wanted.has(t.id));
  if (chosen.length === 0) return ids.join(", ");
  if (chosen.length === all.length && all.length > 1) return `all ${all.length} targets`;
  if (chosen.length === 1) return targetLabel(chosen[0]);
  const group = /* @__PURE__ */ __name((keyOf) => {
    const groups = /* @__PURE__ */ new Map();
    for (const t of all) {
      const g = groups.get(keyOf(t)) ?? { chosen: [], total: 0 };
      g.total++;
      if (wanted.has(t.id)) g.chosen.push(t);
      groups.set(keyOf(t), g);
    }
    return new Map([...groups].filter(([, g]) => g.chosen.length > 0));
  }, "group");
  const byPython = group((t) => t.python);
  const byPlatform = group(platformKey);
  const complete = /* @__PURE__ */ __name((groups) => [...groups.values()].filter((g) => g.chosen.length === g.total).length, "complete");
  const usePlatform = byPlatform.size < byPython.size || byPlatform.size === byPython.size && complete(byPlatform) > complete(byPython);
  const parts = [];
  for (const g of (usePlatform ? byPlatform : byPython).values()) {
    const first = g.chosen[0];
    if (usePlatform) {
      const head = platformKeyLabel(first);
      parts.push(g.chosen.length === g.total && g.total > 1 ? `${head} (all Pythons)` : `${head} on ${g.chosen.map((t) => pythonTag(t.python)).join(", ")}`);
    } else {
      const head = pythonTag(first.python);
      parts.push(g.chosen.length === g.total && g.total > 1 ? `${head} (all platforms)` : `${head} on ${g.chosen.map(platformKeyLabel).join(", ")}`);
    }
  }
  return parts.join("; ");
}
__name(collapseTargets, "collapseTargets");

// src/core/report/text.ts
var TEXT_WIDTH = 100;
var INDENT = "    ";
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
function term(text) {
  return singleLine(escapeTerminalText(text));
}
__name(term, "term");
var GLUE = "\0";
function wrapText(text, indent = INDENT, first = "") {
  const lines = [];
  let line = first;
  for (const glued of text.split(" ")) {
    const word = glued.replaceAll(GLUE, " ");
    if (line.length > 0 && line !== first && line.length + 1 + word.length > TEXT_WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.length === 0 || line === first ? `${line}${word}` : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}
__name(wrapText, "wrapText");
function lockNote(f) {
  return f.lock && f.lock !== f.file ? `(${term(f.lock)}) ` : "";
}
__name(lockNote, "lockNote");
function findingLines(f) {
  const what = term([f.package, f.version].filter(Boolean).join(" "));
  const [first = "", ...rest] = f.message.split("\n");
  const out = wrapText(term(first), INDENT, `${term(findingLocation(f))}${lockNote(f)}${f.severity} ${f.code}${f.target ? ` [${term(f.target)}]` : ""}${what ? ` ${what}` : ""}: `);
  for (const r of rest) out.push(...wrapText(term(r), INDENT + "  ", INDENT));
  for (const r of f.related ?? []) out.push(...wrapText(term(r.message), INDENT + "  ", `${INDENT}${term(f.file ?? "")}${r.line ? `:${r.line}` : ""}: `));
  return out;
}
__name(findingLines, "findingLines");
function problemBlock(problem, targets, fixes) {
  const { row, packages } = problem;
  const f = row.findings[0];
  const shown = packages.slice(0, MAX_NAMES_SHOWN).map((r) => term(`${r.package}${r.version ? ` ${r.version}` : ""}`));
  const names = namesWithMore(shown.map((n) => n.replaceAll(" ", GLUE)), packages.length).replace(/ and (\d+) more$/, `${GLUE}and${GLUE}$1${GLUE}more`);
  const out = wrapText(names, INDENT, `${term(findingLocation(f))}${lockNote(f)}${row.severity} ${row.code}: `);
  out.push(...wrapText(term(mergedProblemText(problem)), INDENT, INDENT));
  const where = term(collapseTargets(row.targets, targets));
  const notes = [where.startsWith("all ") ? "" : `${row.targets.length} target${row.targets.length === 1 ? "" : "s"}`, row.provenance === "implied" ? "implied only" : ""].filter(Boolean);
  out.push(...wrapText(`${where}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`, INDENT, `${INDENT}on `));
  if (row.suggestion.text) {
    const key = `${row.suggestion.text}\0${row.suggestion.snippet ?? ""}`;
    const said = fixes.get(key);
    if (said !== void 0) out.push(...wrapText(`the same as for ${said} above`, INDENT, `${INDENT}fix: `));
    else {
      fixes.set(key, shown[0]);
      out.push(...wrapText(term(row.suggestion.text), INDENT, `${INDENT}fix: `));
      for (const l of (row.suggestion.snippet ?? "").split("\n").filter(Boolean)) out.push(`${INDENT}  ${term(l)}`);
    }
  }
  return { lines: out, cut: packages.length - shown.length };
}
__name(problemBlock, "problemBlock");
function renderText(report) {
  const lines = [];
  const name = term(report.project.name ?? "(unnamed project)");
  lines.push(`${name}${report.project.version ? ` ${term(report.project.version)}` : ""}: ${report.project.packageCount} locked packages, ${report.targets.length} target(s)`);
  for (const t of report.targets) {
    const c = countStatuses(report, t.id);
    const conda = c.conda > 0 ? `${c.conda} conda, ` : "";
    const origin = t.provenance ? ` [${t.provenance.kind}: ${t.provenance.python === t.provenance.platform ? t.provenance.python : `${t.provenance.python} \xD7 ${t.provenance.platform}`}]` : "";
    lines.push(`  ${term(t.id)}: ${conda}${c.wheel} wheel, ${c.sdist} sdist, ${c.missing} missing, ${c.source} source, ${c["not-needed"]} not needed${origin}`);
  }
  if (report.online) lines.push(renderOnlineSummary(report.online));
  const implied = report.targets.filter((t) => t.provenance?.kind === "implied").length;
  if (implied > 0) lines.push(`  ${implied} of ${report.targets.length} target(s) are only implied (requires-python without an upper bound, or no platforms declared): problems only there are warnings.`);
  const problems = mergeProblemRows(problemRows(report.findings, report));
  const fixes = /* @__PURE__ */ new Map();
  let cut = 0;
  for (const problem of problems) {
    lines.push("");
    if (problem.row.package !== null && problem.row.targets.length > 0) {
      const block = problemBlock(problem, report.targets, fixes);
      lines.push(...block.lines);
      cut += block.cut;
    } else {
      for (const row of problem.packages) for (const f of row.findings) lines.push(...findingLines(f));
    }
  }
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  const count = report.findings.length === problems.length ? "" : ` in ${problems.length} problem(s)`;
  lines.push("", `${errors} error(s), ${warnings} warning(s)${count}`);
  if (cut > 0 || count) lines.push(`--format json lists each finding per target${cut > 0 ? `, with the ${cut} package(s) shown as "and N more"` : ""}.`);
  return `${lines.join("\n")}
`;
}
__name(renderText, "renderText");

export {
  SEVERITY_RANK,
  findingTargets,
  problemRows,
  groupAdvice,
  mergeProblemRows,
  mergedProblemText,
  MAX_NAMES_SHOWN,
  namesWithMore,
  pythonTag,
  platformLabel,
  collapseTargets,
  sortFindings,
  renderText
};

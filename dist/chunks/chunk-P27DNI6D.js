import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  compareVersions,
  isPrerelease,
  isValidVersion,
  normalizeName
} from "./chunk-2HEI5EQZ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/online/plan.ts
var isHttp = /* @__PURE__ */ __name((location) => /^https?:\/\//i.test(location), "isHttp");
function lockedSha256(artifact) {
  const hash = artifact.hash;
  return hash?.toLowerCase().startsWith("sha256:") ? hash.slice("sha256:".length).toLowerCase() : void 0;
}
__name(lockedSha256, "lockedSha256");
function artifactNamed(pkg, filename) {
  const wheel = pkg.wheels.find((w) => w.filename === filename);
  if (wheel) return { artifact: wheel, kind: "wheel" };
  if (pkg.sdist?.filename === filename) return { artifact: pkg.sdist, kind: "sdist" };
  return null;
}
__name(artifactNamed, "artifactNamed");
function onlineQueries(lock, report) {
  const byIndex = /* @__PURE__ */ new Map();
  const byUrl = /* @__PURE__ */ new Map();
  report.packages.forEach((row, position) => {
    const pkg = lock.packages[position];
    if (!pkg || pkg.name !== row.name) return;
    const { kind, location } = pkg.source;
    if (kind !== "registry" && kind !== "url") return;
    const artifacts = /* @__PURE__ */ new Map();
    for (const target of report.targets) {
      const verdict = row.verdicts[target.id];
      if (!verdict?.file || verdict.status !== "wheel" && verdict.status !== "sdist") continue;
      let locked = artifacts.get(verdict.file);
      if (!locked) {
        const found = artifactNamed(pkg, verdict.file);
        if (!found) continue;
        locked = { package: pkg.name, version: pkg.version ?? null, filename: verdict.file, kind: found.kind, targets: [] };
        if (pkg.line !== void 0) locked.line = pkg.line;
        if (found.artifact.url) locked.url = found.artifact.url;
        const sha256 = lockedSha256(found.artifact);
        if (sha256) locked.sha256 = sha256;
        artifacts.set(verdict.file, locked);
      }
      locked.targets.push(target.id);
    }
    for (const artifact of artifacts.values()) {
      if (kind === "registry") {
        if (!isHttp(location)) continue;
        const indexUrl = location.replace(/\/+$/, "");
        const key = `${indexUrl}
${normalizeName(pkg.name)}`;
        let query = byIndex.get(key);
        if (!query) byIndex.set(key, query = { kind: "index", indexUrl, project: normalizeName(pkg.name), artifacts: [] });
        query.artifacts.push(artifact);
      } else {
        const url = artifact.url ?? location;
        if (!isHttp(url)) continue;
        let query = byUrl.get(url);
        if (!query) byUrl.set(url, query = { kind: "url", url, artifacts: [] });
        query.artifacts.push(artifact);
      }
    }
  });
  return [...byIndex.values(), ...byUrl.values()];
}
__name(onlineQueries, "onlineQueries");
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
__name(hostOf, "hostOf");
function queryUrl(query) {
  return query.kind === "index" ? query.indexUrl : query.url;
}
__name(queryUrl, "queryUrl");

// src/core/online/judge.ts
function versionOfFilename(filename) {
  if (filename.endsWith(".whl")) return filename.split("-")[1] ?? null;
  const stem = filename.replace(/\.(tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/i, "");
  if (stem === filename) return null;
  const cut = stem.lastIndexOf("-");
  return cut > 0 ? stem.slice(cut + 1) : null;
}
__name(versionOfFilename, "versionOfFilename");
function newestServedVersion(files) {
  const candidates = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.yanked) continue;
    const version = versionOfFilename(f.filename);
    if (version !== null) candidates.add(version);
  }
  const versions = [...candidates].filter(isValidVersion);
  if (versions.length === 0) return null;
  const finals = versions.filter((v) => !isPrerelease(v));
  return (finals.length > 0 ? finals : versions).sort(compareVersions).at(-1);
}
__name(newestServedVersion, "newestServedVersion");
function resultsFor(query, answer) {
  const source = queryUrl(query);
  const via = query.kind;
  const newest = answer.kind === "listing" ? newestServedVersion(answer.files) : null;
  const byName = answer.kind === "listing" ? new Map(answer.files.map((f) => [f.filename, f])) : null;
  return query.artifacts.map((artifact) => {
    switch (answer.kind) {
      case "unreachable":
        return { artifact, via, source, status: "unchecked", detail: answer.reason };
      case "gone":
        return { artifact, via, source, status: "missing", detail: `HTTP ${answer.status}`, newestServed: query.kind === "index" ? null : void 0 };
      case "served":
        return { artifact, via, source, status: "served" };
      case "listing": {
        const newestServed = newest;
        const file = byName.get(artifact.filename);
        if (!file) return { artifact, via, source, status: "missing", newestServed };
        if (file.sha256 && artifact.sha256 && file.sha256 !== artifact.sha256) {
          return { artifact, via, source, status: "hash-changed", detail: file.sha256, newestServed };
        }
        if (file.yanked) return { artifact, via, source, status: "yanked", detail: file.yankedReason ?? "", newestServed };
        return { artifact, via, source, status: "served", newestServed };
      }
    }
  });
}
__name(resultsFor, "resultsFor");
var MAX_LISTED = 5;
function listTargets(targets) {
  return targets.length <= MAX_LISTED ? targets.join(", ") : `${targets.slice(0, MAX_LISTED).join(", ")} and ${targets.length - MAX_LISTED} more`;
}
__name(listTargets, "listTargets");
var shortHash = /* @__PURE__ */ __name((hex) => hex ? `${hex.slice(0, 12)}\u2026` : "none", "shortHash");
function fixAdvice(name, newest, via, hashChanged) {
  if (hashChanged && via === "index") {
    return `Fix: find out why the index serves another file under this name (a re-upload, or tampering?) before trusting it; \`uv lock --refresh-package ${name}\` records the new hash, \`uv lock --upgrade-package ${name}\` moves to another release.`;
  }
  if (via === "url") return `Fix: point the requirement in pyproject.toml at a URL (or an index release) that is served, then run \`uv lock\`.`;
  const pin = newest ? `, or pin \`${name}==${newest}\`` : "";
  return `Fix: re-lock onto a release that is served (\`uv lock --upgrade-package ${name}\`; \`lockstep bump\` / \`lockstep refresh\` open that as a pull request)${pin}.`;
}
__name(fixAdvice, "fixAdvice");
function packageFinding(results, lockPath) {
  const first = results[0].artifact;
  const label = first.version ? `${first.package} ${first.version}` : first.package;
  const broken = results.filter((r) => r.status === "missing" || r.status === "hash-changed");
  const yanked = results.filter((r) => r.status === "yanked");
  const base = { package: first.package, ...first.version ? { version: first.version } : {}, file: lockPath, ...first.line !== void 0 ? { line: first.line } : {} };
  if (broken.length > 0) {
    const targets = [...new Set(broken.flatMap((r) => r.artifact.targets))];
    const newest = broken.find((r) => r.newestServed !== void 0)?.newestServed;
    const what = broken.map((r) => {
      const where = hostOf(r.source);
      if (r.status === "hash-changed") {
        return `${r.artifact.filename} is served by ${where} with another sha256 (${shortHash(r.detail)}, locked ${shortHash(r.artifact.sha256)}): not the locked artifact, uv refuses it`;
      }
      return `${r.artifact.filename} is no longer served by ${where}${r.detail ? ` (${r.detail})` : ""}`;
    });
    const newestText = newest === void 0 ? "" : newest === null ? ` ${hostOf(broken[0].source)} serves no installable version of ${first.package} any more.` : ` Newest version still served: ${newest}.`;
    return {
      code: "artifact-missing",
      severity: "error",
      ...base,
      message: `${what.join("; ")}. \`uv sync --locked\` fails on ${listTargets(targets)}.${newestText} ${fixAdvice(first.package, newest === first.version ? null : newest, broken[0].via, broken.every((r) => r.status === "hash-changed"))}`
    };
  }
  if (yanked.length > 0) {
    const reason = yanked.find((r) => r.detail)?.detail;
    const newest = yanked[0].newestServed;
    return {
      code: "artifact-yanked",
      severity: "warning",
      ...base,
      message: `${label} is yanked on ${hostOf(yanked[0].source)}${reason ? `: "${reason}"` : " (no reason given)"}. uv still installs it from this lock, but the next \`uv lock\` moves away from it.${newest ? ` Newest version still served: ${newest}.` : ""}`
    };
  }
  return null;
}
__name(packageFinding, "packageFinding");
function uncheckedFindings(results, lockPath) {
  const byHost = /* @__PURE__ */ new Map();
  for (const r of results.filter((x) => x.status === "unchecked")) {
    const host = hostOf(r.source);
    byHost.set(host, [...byHost.get(host) ?? [], r]);
  }
  return [...byHost].map(([host, list]) => {
    const names = [...new Set(list.map((r) => r.artifact.package))];
    const shownNames = names.length <= 8 ? names.join(", ") : `${names.slice(0, 8).join(", ")} and ${names.length - 8} more`;
    return {
      code: "artifact-unchecked",
      severity: "error",
      message: `could not check ${list.length} locked file(s) from ${host} (${list[0].detail ?? "no answer"}): whether they are still served is unknown, so none is reported missing. Packages: ${shownNames}. Re-run when ${host} answers; a private index needs its credentials (UV_INDEX_<NAME>_USERNAME / _PASSWORD).`,
      file: lockPath
    };
  });
}
__name(uncheckedFindings, "uncheckedFindings");
function judgeOnline(queries, answers, lockPath = "uv.lock") {
  const results = queries.flatMap((q, i) => resultsFor(q, answers[i] ?? { kind: "unreachable", reason: "not asked" }));
  const byPackage = /* @__PURE__ */ new Map();
  for (const r of results) {
    const key = `${r.artifact.package}
${r.artifact.version ?? ""}
${r.artifact.line ?? ""}`;
    byPackage.set(key, [...byPackage.get(key) ?? [], r]);
  }
  const findings = [...byPackage.values()].map((list) => packageFinding(list, lockPath)).filter((f) => f !== null);
  findings.push(...uncheckedFindings(results, lockPath));
  return { results, findings };
}
__name(judgeOnline, "judgeOnline");
function summarizeOnline(judgement, stats) {
  const count = /* @__PURE__ */ __name((...statuses) => judgement.results.filter((r) => statuses.includes(r.status)).length, "count");
  return {
    artifacts: judgement.results.length,
    requests: stats.requests,
    fromCache: stats.fromCache,
    hosts: [...new Set(judgement.results.map((r) => hostOf(r.source)))].sort(),
    served: count("served"),
    yanked: count("yanked"),
    missing: count("missing", "hash-changed"),
    unchecked: count("unchecked"),
    elapsedMs: stats.elapsedMs
  };
}
__name(summarizeOnline, "summarizeOnline");
function onlineSection(summary, results) {
  return {
    ...summary,
    problems: results.filter((r) => r.status !== "served").map((r) => ({
      package: r.artifact.package,
      version: r.artifact.version,
      file: r.artifact.filename,
      status: r.status,
      via: r.via,
      source: r.source,
      detail: r.detail ?? null,
      newestServed: r.newestServed ?? null,
      targets: r.artifact.targets
    }))
  };
}
__name(onlineSection, "onlineSection");
function renderOnlineSummary(s) {
  const seconds = (s.elapsedMs / 1e3).toFixed(1);
  const cache = s.fromCache > 0 ? `, ${s.fromCache} answered from the cache` : "";
  return `online: ${s.artifacts} locked file(s) checked on ${s.hosts.length} host(s) (${s.hosts.join(", ") || "none"}) in ${seconds} s, ${s.requests} request(s)${cache}: ${s.served} served, ${s.yanked} yanked, ${s.missing} missing, ${s.unchecked} could not be checked`;
}
__name(renderOnlineSummary, "renderOnlineSummary");

export {
  onlineQueries,
  hostOf,
  versionOfFilename,
  judgeOnline,
  summarizeOnline,
  onlineSection,
  renderOnlineSummary
};

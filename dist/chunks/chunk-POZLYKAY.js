import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  KNOWN_PYTHONS,
  exactPin,
  isGroupInclude,
  markerPython,
  parseRequirement
} from "./chunk-4GBUUBSV.js";
import {
  compareVersions,
  isPrerelease,
  isValidSpecifier,
  isValidVersion,
  normalizeName,
  splitLocal,
  versionSatisfies
} from "./chunk-2HEI5EQZ.js";
import {
  escapeMarkdown,
  markdownCode
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError,
  ParseError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/time/uv-duration.ts
var SECOND = 1e3;
var UNIT_MS = {
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  m: 60 * SECOND,
  min: 60 * SECOND,
  mins: 60 * SECOND,
  minute: 60 * SECOND,
  minutes: 60 * SECOND,
  h: 3600 * SECOND,
  hr: 3600 * SECOND,
  hrs: 3600 * SECOND,
  hour: 3600 * SECOND,
  hours: 3600 * SECOND,
  d: 86400 * SECOND,
  day: 86400 * SECOND,
  days: 86400 * SECOND,
  w: 7 * 86400 * SECOND,
  wk: 7 * 86400 * SECOND,
  wks: 7 * 86400 * SECOND,
  week: 7 * 86400 * SECOND,
  weeks: 7 * 86400 * SECOND
};
function iso8601(text) {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text);
  if (!m || text.length <= 1 || /T$/i.test(text)) return null;
  const [, w, d, h, min, s] = m;
  return (Number(w ?? 0) * 7 * 86400 + Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0)) * SECOND;
}
__name(iso8601, "iso8601");
function friendly(text) {
  const body = text.replace(/\s+ago$/i, "").trim();
  const pair = /(\d+(?:\.\d+)?)\s*([a-z]+)(?:\s*,\s*|\s+)?/giy;
  let total = 0;
  let count = 0;
  for (let m = pair.exec(body); m !== null; m = pair.exec(body)) {
    const ms = UNIT_MS[m[2].toLowerCase()];
    if (ms === void 0) return null;
    total += Number(m[1]) * ms;
    count++;
    if (pair.lastIndex === body.length) return total;
  }
  return count > 0 && pair.lastIndex === body.length ? total : null;
}
__name(friendly, "friendly");
function parseUvDuration(value) {
  const text = value.trim();
  if (text === "") return null;
  return /^P/i.test(text) ? iso8601(text) : friendly(text);
}
__name(parseUvDuration, "parseUvDuration");

// src/core/plan/config.ts
var DEFAULT_GROUPS = [
  { name: "pytorch", members: ["torch", "torchvision", "torchaudio"] },
  { name: "jax", members: ["jax", "jaxlib", "jax-cuda12-plugin", "jax-cuda12-pjrt", "jax-cuda13-plugin", "jax-cuda13-pjrt"] }
];
var DAY_MS = 864e5;
var UNITS = { m: 6e4, h: 36e5, d: DAY_MS, w: 7 * DAY_MS };
function parseDuration(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value * DAY_MS : null;
  if (typeof value !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|h|d|w|min|minutes?|hours?|days?|weeks?)?\s*$/i.exec(value);
  if (!m) return parseUvDuration(value);
  const unit = (m[2] ?? "d").toLowerCase()[0];
  return Number(m[1]) * UNITS[unit];
}
__name(parseDuration, "parseDuration");
var KNOWN_KEYS = /* @__PURE__ */ new Set(["ignore", "min-release-age", "default-groups", "groups"]);
function readBumpConfig(pyproject) {
  const base = ["tool", "lockstep", "bump"];
  const fail = /* @__PURE__ */ __name((path, message, hint) => {
    let span;
    for (let depth = path.length; depth >= 0 && !span; depth--) span = pyproject.locator.get(path.slice(0, depth));
    throw new ParseError(`\`${path.join(".")}\` ${message}`, { file: pyproject.file, line: span?.line, column: span?.column, hint });
  }, "fail");
  const raw = pyproject.tool.lockstep?.bump;
  const config = { groups: [], ignore: /* @__PURE__ */ new Map(), minReleaseAgeMs: 0 };
  if (raw === void 0) {
    config.groups = DEFAULT_GROUPS.map((g) => ({ name: g.name, members: [...g.members] }));
    return config;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(base, "must be a table", "Write `[tool.lockstep.bump]` with keys ignore, min-release-age, default-groups, groups.");
  const table = raw;
  for (const key of Object.keys(table)) {
    if (!KNOWN_KEYS.has(key)) fail([...base, key], "is not a lockstep bump setting", `Known keys: ${[...KNOWN_KEYS].join(", ")}.`);
  }
  const ignore = table.ignore ?? [];
  if (!Array.isArray(ignore)) fail([...base, "ignore"], "must be a list of names or requirements", 'e.g. ignore = ["numpy", "torch>=2.7"]');
  ignore.forEach((item, i) => {
    if (typeof item !== "string") return fail([...base, "ignore", i], "must be a string", 'e.g. "numpy" or "torch>=2.7"');
    let req;
    try {
      req = parseRequirement(item);
    } catch (error) {
      return fail([...base, "ignore", i], `is not a name or requirement: ${error.message}`, 'e.g. "numpy" or "torch>=2.7"');
    }
    config.ignore.set(req.normalizedName, req.specifier);
  });
  if (table["min-release-age"] !== void 0) {
    const ms = parseDuration(table["min-release-age"]);
    if (ms === null) fail([...base, "min-release-age"], "must be a duration", 'e.g. min-release-age = "7d" (also "12h", "2w", or a number of days).');
    config.minReleaseAgeMs = ms;
  }
  const defaults = table["default-groups"] ?? true;
  if (typeof defaults !== "boolean") fail([...base, "default-groups"], "must be true or false", "default-groups = false turns off the built-in families.");
  const groups = table.groups ?? {};
  if (typeof groups !== "object" || groups === null || Array.isArray(groups)) {
    fail([...base, "groups"], "must be a table of name = [packages]", 'e.g. [tool.lockstep.bump.groups] with hf = ["transformers", "tokenizers"]');
  }
  const seen = /* @__PURE__ */ new Map();
  for (const [name, members] of Object.entries(groups)) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) fail([...base, "groups", name], "is not a usable group name", 'Use letters, digits, ".", "_" and "-" (it becomes part of a branch name).');
    if (!Array.isArray(members) || members.some((m) => typeof m !== "string")) {
      fail([...base, "groups", name], "must be a list of package names", `e.g. ${name} = ["transformers", "tokenizers"]`);
    }
    const normalized = members.map(normalizeName);
    for (const member of normalized) {
      const other = seen.get(member);
      if (other) fail([...base, "groups", name], `lists ${member}, which is already in group ${other}`, "A package belongs to one group.");
      seen.set(member, name);
    }
    config.groups.push({ name, members: normalized });
  }
  if (defaults) {
    for (const family of DEFAULT_GROUPS) {
      const members = family.members.filter((m) => !seen.has(m));
      if (members.length > 0 && !config.groups.some((g) => g.name === family.name)) config.groups.push({ name: family.name, members });
    }
  }
  return config;
}
__name(readBumpConfig, "readBumpConfig");
function groupOf(config, normalizedName) {
  return config.groups.find((g) => g.members.includes(normalizedName))?.name ?? normalizedName;
}
__name(groupOf, "groupOf");

// src/core/plan/choose.ts
function fileVersion(filename) {
  if (filename.endsWith(".whl")) return filename.split("-")[1] ?? null;
  const stem = /^(.*)\.(tar\.gz|zip|tar\.bz2|tgz)$/.exec(filename)?.[1];
  if (!stem) return null;
  const cut = stem.lastIndexOf("-");
  return cut > 0 ? stem.slice(cut + 1) : null;
}
__name(fileVersion, "fileVersion");
function oldestPython(requiresPython) {
  if (!requiresPython || !isValidSpecifier(requiresPython)) return null;
  for (const minor of KNOWN_PYTHONS) {
    const version = markerPython(minor, requiresPython);
    if (safeSatisfies(version, requiresPython)) return version;
  }
  return null;
}
__name(oldestPython, "oldestPython");
function safeSatisfies(version, specifier) {
  try {
    return versionSatisfies(version, specifier, { prereleases: true });
  } catch {
    return true;
  }
}
__name(safeSatisfies, "safeSatisfies");
function candidatesOn(files, pin, ctx, python, skips) {
  const pinned = splitLocal(pin.version);
  const pinIsPre = isPrerelease(pinned.public);
  const byVersion = /* @__PURE__ */ new Map();
  for (const file of files) {
    const raw = fileVersion(file.filename);
    if (raw === null || !isValidVersion(raw)) continue;
    const { public: pub, local } = splitLocal(raw);
    if (pinned.local !== null && (local ?? "").toLowerCase() !== pinned.local.toLowerCase()) continue;
    const version = pinned.local !== null ? `${pub}+${pinned.local}` : pub;
    if (compareVersions(pub, pinned.public) <= 0) continue;
    const list = byVersion.get(version) ?? [];
    list.push(file);
    byVersion.set(version, list);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [version, list] of byVersion) {
    const pub = splitLocal(version).public;
    if (isPrerelease(pub) && !pinIsPre) {
      skips.push({ version, why: "pre-release" });
      continue;
    }
    if (ctx.ignore !== void 0 && ctx.ignore !== "" && safeSatisfies(pub, ctx.ignore)) {
      skips.push({ version, why: `ignored (${ctx.ignore})` });
      continue;
    }
    const live = list.filter((f) => !f.yanked);
    if (live.length === 0) {
      skips.push({ version, why: "yanked" });
      continue;
    }
    const usable = python === null ? live : live.filter((f) => !f.requiresPython || !isValidSpecifier(f.requiresPython) || safeSatisfies(python, f.requiresPython));
    if (usable.length === 0) {
      skips.push({ version, why: `needs Python ${live[0].requiresPython} (project supports ${python})` });
      continue;
    }
    const times = usable.map((f) => f.uploadTime).filter((t) => typeof t === "string" && !Number.isNaN(Date.parse(t)));
    const released = times.length > 0 ? times.reduce((a, b) => Date.parse(a) <= Date.parse(b) ? a : b) : null;
    if (ctx.minReleaseAgeMs > 0 && released !== null && ctx.now.getTime() - Date.parse(released) < ctx.minReleaseAgeMs) {
      skips.push({ version, why: `released ${released.slice(0, 10)}, inside the cooldown` });
      continue;
    }
    out.set(version, { version, released });
  }
  return out;
}
__name(candidatesOn, "candidatesOn");
function chooseVersion(pin, listings, ctx) {
  const none = /* @__PURE__ */ __name((reason, notes2 = []) => ({ to: null, released: null, notes: notes2, reason, indexes: [] }), "none");
  const found = listings.filter((l) => "files" in l);
  if (found.length === 0) {
    const urls = listings.flatMap((l) => "notFound" in l ? l.notFound : []);
    return none(`not found on ${urls.join(", ") || "any index"}`);
  }
  const python = oldestPython(ctx.requiresPython);
  const skips = [];
  const perIndex = found.map((listing) => candidatesOn(listing.files, pin, ctx, python, skips));
  const common = [...perIndex[0].values()].filter((c) => perIndex.every((m) => m.has(c.version)));
  if (perIndex.length > 1) {
    for (const c of perIndex.flatMap((m) => [...m.values()])) {
      if (!common.some((x) => x.version === c.version)) skips.push({ version: c.version, why: "not on every index its sources name" });
    }
  }
  common.sort((a, b) => compareVersions(splitLocal(b.version).public, splitLocal(a.version).public));
  const best = common[0];
  const floor = best ? splitLocal(best.version).public : splitLocal(pin.version).public;
  const notes = uniqueSkips(skips).filter((s) => compareVersions(splitLocal(s.version).public, floor) > 0).sort((a, b) => compareVersions(splitLocal(b.version).public, splitLocal(a.version).public)).slice(0, 3).map((s) => `${s.version}: ${s.why}`);
  if (!best) return none(null, notes);
  const released = perIndex.map((m) => m.get(best.version).released).find((r) => r !== null) ?? null;
  const chosen = { to: best.version, released, notes, reason: null, indexes: found.map((l) => l.indexUrl) };
  return ctx.ignore === "" ? { ...chosen, reason: "ignored by [tool.lockstep.bump] ignore", ignored: true } : chosen;
}
__name(chooseVersion, "chooseVersion");
function uniqueSkips(skips) {
  const seen = /* @__PURE__ */ new Set();
  return skips.filter((s) => {
    const key = `${s.version}\0${s.why}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
__name(uniqueSkips, "uniqueSkips");

// src/core/plan/indexes.ts
var PYPI_SIMPLE = "https://pypi.org/simple";
var trimSlash = /* @__PURE__ */ __name((url) => url.replace(/\/+$/, ""), "trimSlash");
function packageOrigin(pyproject, normalizedName, options = {}) {
  const uv = pyproject.tool.uv;
  const urlOf = /* @__PURE__ */ __name((index) => trimSlash(options.indexUrlOverrides?.[index.name ?? ""] ?? index.url), "urlOf");
  const sourceKey = Object.keys(uv.sources).find((key) => normalizeName(key) === normalizedName);
  const sources = sourceKey ? uv.sources[sourceKey] : [];
  if (sources.length > 0) {
    const chains = [];
    const kinds = /* @__PURE__ */ new Set();
    for (const source of sources) {
      if (typeof source.index === "string") {
        const index = uv.indexes.find((i) => i.name === source.index);
        if (!index) {
          throw new LockstepError(`[tool.uv.sources] ${sourceKey} names index "${source.index}", which no [[tool.uv.index]] defines`, {
            file: pyproject.file,
            hint: `Add [[tool.uv.index]] with name = "${source.index}" and its url, or fix the name.`
          });
        }
        const ref = { url: urlOf(index), name: index.name };
        if (!chains.some((c) => c[0].url === ref.url)) chains.push([ref]);
      } else {
        kinds.add(["git", "url", "path", "workspace"].find((k) => k in source) ?? "non-index");
      }
    }
    if (chains.length === 0) return { notFromIndex: `comes from a ${[...kinds].join("/")} source in [tool.uv.sources]` };
    return { chains };
  }
  const implicit = uv.indexes.filter((i) => !i.explicit && !i.default).map((i) => ({ url: urlOf(i), ...i.name ? { name: i.name } : {} }));
  const declaredDefault = uv.indexes.find((i) => i.default);
  const fallback = declaredDefault ? { url: urlOf(declaredDefault), ...declaredDefault.name ? { name: declaredDefault.name } : {} } : { url: trimSlash(options.defaultIndexUrl ?? PYPI_SIMPLE) };
  const chain = [...implicit, fallback].filter((ref, i, all) => all.findIndex((r) => r.url === ref.url) === i);
  return { chains: [chain] };
}
__name(packageOrigin, "packageOrigin");

// src/core/plan/pins.ts
function toPin(entry, section) {
  const version = exactPin(entry.req);
  if (version === null || entry.req.url !== null || entry.req.specifierRange === null) return null;
  return {
    name: entry.req.name,
    normalizedName: entry.req.normalizedName,
    version,
    section,
    raw: entry.raw,
    line: entry.line,
    column: entry.column,
    span: entry.span,
    specifierRange: entry.req.specifierRange,
    marker: entry.req.marker
  };
}
__name(toPin, "toPin");
function findPins(pyproject) {
  const pins = [];
  const add = /* @__PURE__ */ __name((entries, section) => {
    for (const entry of entries) {
      const pin = toPin(entry, section);
      if (pin) pins.push(pin);
    }
  }, "add");
  add(pyproject.dependencies, "project.dependencies");
  for (const [extra, entries] of Object.entries(pyproject.optionalDependencies)) add(entries, `project.optional-dependencies.${extra}`);
  for (const [group, items] of Object.entries(pyproject.dependencyGroups)) {
    add(items.filter((i) => !isGroupInclude(i)), `dependency-groups.${group}`);
  }
  add(pyproject.tool.uv.overrideDependencies, "tool.uv.override-dependencies");
  add(pyproject.tool.uv.constraintDependencies, "tool.uv.constraint-dependencies");
  return pins.sort((a, b) => a.span.start - b.span.start);
}
__name(findPins, "findPins");

// src/core/plan/planner.ts
function lookupsNeeded(pyproject, options = {}) {
  const pins = findPins(pyproject);
  const origins = /* @__PURE__ */ new Map();
  for (const pin of pins) if (!origins.has(pin.normalizedName)) origins.set(pin.normalizedName, packageOrigin(pyproject, pin.normalizedName, options));
  return { pins, origins };
}
__name(lookupsNeeded, "lookupsNeeded");
function withWorkspaceSources(member, root) {
  if (member === root) return member;
  const own = member.tool.uv;
  const ownSources = new Set(Object.keys(own.sources).map(normalizeName));
  const ownIndexes = new Set(own.indexes.map((i) => i.name).filter(Boolean));
  const inherited = Object.fromEntries(Object.entries(root.tool.uv.sources).filter(([name]) => !ownSources.has(normalizeName(name))));
  return {
    ...member,
    tool: {
      ...member.tool,
      uv: { ...own, sources: { ...inherited, ...own.sources }, indexes: [...own.indexes, ...root.tool.uv.indexes.filter((i) => !i.name || !ownIndexes.has(i.name))] }
    }
  };
}
__name(withWorkspaceSources, "withWorkspaceSources");
function workspaceRequiresPython(projects) {
  const specifiers = [...new Set(projects.map((p) => p.requiresPython?.trim()).filter((r) => Boolean(r)))];
  return specifiers.length > 0 ? specifiers.join(",") : null;
}
__name(workspaceRequiresPython, "workspaceRequiresPython");
function planBumps(input) {
  const { pyproject, config } = input;
  const minReleaseAgeMs = input.minReleaseAgeMs ?? config.minReleaseAgeMs;
  const bumps = input.pins.map((pin) => {
    const base = {
      name: pin.name,
      normalizedName: pin.normalizedName,
      from: pin.version,
      to: pin.version,
      group: groupOf(config, pin.normalizedName),
      file: pyproject.file,
      line: pin.line,
      section: pin.section,
      released: null,
      notes: [],
      indexes: [],
      pin
    };
    const origin = input.origins.get(pin.normalizedName);
    if (!origin) return { ...base, status: "current", reason: "not looked up" };
    if ("notFromIndex" in origin) return { ...base, status: "current", reason: origin.notFromIndex };
    const choice = chooseVersion(pin, input.listings.get(pin.normalizedName) ?? [], {
      requiresPython: pyproject.requiresPython,
      now: input.now,
      minReleaseAgeMs,
      ignore: config.ignore.get(pin.normalizedName)
    });
    if (choice.to === null) return { ...base, status: "current", reason: choice.reason, notes: choice.notes };
    const released = choice.released?.slice(0, 10) ?? null;
    if (choice.ignored) return { ...base, to: choice.to, status: "dropped", reason: choice.reason, released, notes: choice.notes };
    return { ...base, to: choice.to, status: "planned", reason: null, released: choice.released?.slice(0, 10) ?? null, notes: choice.notes, indexes: choice.indexes };
  });
  return { file: pyproject.file, bumps };
}
__name(planBumps, "planBumps");
function plannedGroups(plan) {
  const groups = [];
  for (const bump of plan.bumps) {
    if (bump.status !== "planned" && bump.status !== "applied") continue;
    let entry = groups.find((g) => g.group === bump.group);
    if (!entry) groups.push(entry = { group: bump.group, bumps: [] });
    entry.bumps.push(bump);
  }
  return groups;
}
__name(plannedGroups, "plannedGroups");
function groupPackages(bumps) {
  return [...new Set(bumps.map((b) => b.normalizedName))];
}
__name(groupPackages, "groupPackages");
function withOutcome(plan, applied, dropped) {
  return {
    ...plan,
    bumps: plan.bumps.map((b) => {
      if (b.status !== "planned") return b;
      if (dropped.has(b.group)) return { ...b, status: "dropped", reason: dropped.get(b.group) };
      if (applied.has(b.group)) return { ...b, status: "applied" };
      return b;
    })
  };
}
__name(withOutcome, "withOutcome");

// src/core/plan/rewrite.ts
function versionOffsets(text, pin, file = "pyproject.toml") {
  const source = text.slice(pin.span.start, pin.span.end);
  const quote = source.startsWith('"""') || source.startsWith("'''") ? 3 : 1;
  const inner = source.slice(quote, source.length - quote);
  const fail = /* @__PURE__ */ __name((why) => {
    throw new LockstepError(`cannot rewrite ${pin.name}==${pin.version}: ${why}`, {
      file,
      line: pin.line,
      column: pin.column,
      hint: 'Write the requirement as a plain one-line string ("name==1.2.3") so lockstep can edit it in place, or bump it by hand.'
    });
  }, "fail");
  if (inner === pin.raw) {
    const spec = pin.raw.slice(pin.specifierRange[0], pin.specifierRange[1]);
    const m = /^==\s*/.exec(spec);
    if (!m) fail('the specifier is not a single "=="');
    const at = pin.specifierRange[0] + m[0].length;
    if (pin.raw.slice(at, at + pin.version.length) !== pin.version) fail("the version text is not where the parser put it");
    const start2 = pin.span.start + quote + at;
    return [start2, start2 + pin.version.length];
  }
  const hits = [...inner.matchAll(/==\s*/g)].filter((m) => inner.startsWith(pin.version, m.index + m[0].length));
  if (hits.length !== 1) return fail("the string uses escapes around the version");
  const start = pin.span.start + quote + hits[0].index + hits[0][0].length;
  return [start, start + pin.version.length];
}
__name(versionOffsets, "versionOffsets");
function rewritePins(text, edits, file = "pyproject.toml") {
  const ranges = edits.filter((e) => e.to !== e.pin.version).map((e) => ({ range: versionOffsets(text, e.pin, file), to: e.to })).sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  for (const { range, to } of ranges) out = out.slice(0, range[0]) + to + out.slice(range[1]);
  return out;
}
__name(rewritePins, "rewritePins");

// src/core/plan/verify.ts
var BLOCKING_CODES = /* @__PURE__ */ new Set(["sdist-build", "no-distribution", "cuda-mismatch"]);
var findingKey = /* @__PURE__ */ __name((f) => `${f.code}\0${f.package ?? ""}\0${f.version ?? ""}\0${f.target ?? ""}`, "findingKey");
function newBlockingFindings(before, after) {
  const known = new Set((before?.findings ?? []).filter((f) => BLOCKING_CODES.has(f.code)).map(findingKey));
  return after.findings.filter((f) => BLOCKING_CODES.has(f.code) && !known.has(findingKey(f)));
}
__name(newBlockingFindings, "newBlockingFindings");
var WHAT = {
  "sdist-build": "would build from source",
  "no-distribution": "has no installable file",
  "cuda-mismatch": "CUDA flavours disagree"
};
function describeFindings(findings) {
  const byWhat = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.code}\0${f.package ?? ""}\0${f.version ?? ""}`;
    const entry = byWhat.get(key) ?? { code: f.code, targets: /* @__PURE__ */ new Set() };
    if (f.target) entry.targets.add(f.target);
    byWhat.set(key, entry);
  }
  return [...byWhat.entries()].map(([key, { code, targets }]) => {
    const [, pkg, version] = key.split("\0");
    const list = [...targets];
    const on = list.length === 0 ? "" : ` on ${list[0]}${list.length > 1 ? ` (+${list.length - 1} more)` : ""}`;
    return `${code}: ${[pkg, version].filter(Boolean).join(" ")} ${WHAT[code] ?? ""}${on}`.replace(/\s+/g, " ").trim();
  }).join("; ");
}
__name(describeFindings, "describeFindings");
function summarizeTargets(report) {
  return report.targets.map((t) => {
    const blocking = report.findings.filter((f) => BLOCKING_CODES.has(f.code) && (f.target === void 0 || f.target === t.id));
    return { target: t.id, ok: blocking.length === 0, detail: blocking.length === 0 ? "every package installs from a wheel" : describeFindings(blocking) };
  });
}
__name(summarizeTargets, "summarizeTargets");

// src/core/plan/render.ts
function toPlanJson(plan) {
  return {
    schema: 1,
    bumps: plan.bumps.map((b) => ({ name: b.name, from: b.from, to: b.to, group: b.group, file: b.file, line: b.line, status: b.status, reason: b.reason }))
  };
}
__name(toPlanJson, "toPlanJson");
function renderPlanJson(plan) {
  return `${JSON.stringify(toPlanJson(plan), null, 2)}
`;
}
__name(renderPlanJson, "renderPlanJson");
function renderPlanText(plan) {
  const moving = plan.bumps.filter((b) => b.status === "planned" || b.status === "applied");
  const lines = [];
  for (const b of plan.bumps) {
    const arrow = b.status === "current" ? `${b.from} (current)` : `${b.from} -> ${b.to}`;
    const extra = [b.status !== "current" ? b.status : "", b.reason ?? "", ...b.notes.map((n) => `skipped ${n}`)].filter(Boolean).join("; ");
    lines.push(`${b.file}:${b.line}: ${b.name} ${arrow} [${b.group}]${extra ? `  ${extra}` : ""}`);
  }
  lines.push(`${moving.length} of ${plan.bumps.length} pin(s) ${moving.some((b) => b.status === "applied") ? "bumped" : "to bump"}, ${plan.bumps.filter((b) => b.status === "dropped").length} dropped.`);
  return `${lines.join("\n")}
`;
}
__name(renderPlanText, "renderPlanText");
var CHANGELOGS = {
  torch: /* @__PURE__ */ __name((v) => `https://github.com/pytorch/pytorch/releases/tag/v${v}`, "torch"),
  torchvision: /* @__PURE__ */ __name((v) => `https://github.com/pytorch/vision/releases/tag/v${v}`, "torchvision"),
  torchaudio: /* @__PURE__ */ __name((v) => `https://github.com/pytorch/audio/releases/tag/v${v}`, "torchaudio"),
  numpy: /* @__PURE__ */ __name((v) => `https://numpy.org/doc/stable/release/${v}-notes.html`, "numpy"),
  transformers: /* @__PURE__ */ __name((v) => `https://github.com/huggingface/transformers/releases/tag/v${v}`, "transformers"),
  jax: /* @__PURE__ */ __name(() => "https://docs.jax.dev/en/latest/changelog.html", "jax"),
  jaxlib: /* @__PURE__ */ __name(() => "https://docs.jax.dev/en/latest/changelog.html", "jaxlib"),
  vllm: /* @__PURE__ */ __name((v) => `https://github.com/vllm-project/vllm/releases/tag/v${v}`, "vllm"),
  "flash-attn": /* @__PURE__ */ __name((v) => `https://github.com/Dao-AILab/flash-attention/releases/tag/v${v}`, "flash-attn")
};
function releaseNotesUrl(bump) {
  const pub = splitLocal(bump.to).public;
  const known = CHANGELOGS[bump.normalizedName];
  if (known) return known(pub);
  if (bump.indexes.some((u) => /^https:\/\/pypi\.org\/simple\/?$/.test(u))) return `https://pypi.org/project/${encodeURIComponent(bump.normalizedName)}/${encodeURIComponent(pub)}/`;
  return null;
}
__name(releaseNotesUrl, "releaseNotesUrl");
var BUMP_MARKER = "<!-- lockstep:bump -->";
function versionsKey(bumps) {
  return [...new Set(bumps.map((b) => `${b.normalizedName}==${b.to}`))].sort().join(",");
}
__name(versionsKey, "versionsKey");
function versionsMarker(bumps) {
  return `<!-- lockstep:bump-versions ${versionsKey(bumps).replace(/-->/g, "")} -->`;
}
__name(versionsMarker, "versionsMarker");
function proposedVersions(body) {
  return /<!-- lockstep:bump-versions (\S*) -->/.exec(body)?.[1] ?? null;
}
__name(proposedVersions, "proposedVersions");
function pullRequestTitle(bumps, group) {
  const names = [...new Set(bumps.map((b) => b.name))];
  if (names.length === 1) return `Bump ${names[0]} to ${bumps.find((b) => b.name === names[0]).to}`;
  return group ? `Bump the ${group} group (${names.length} packages)` : `Bump ${names.length} pinned dependencies`;
}
__name(pullRequestTitle, "pullRequestTitle");
var cell = /* @__PURE__ */ __name((text) => escapeMarkdown(text), "cell");
function renderPlanMarkdown(plan, options = {}) {
  const inScope = /* @__PURE__ */ __name((b) => !options.groups || options.groups.includes(b.group), "inScope");
  const moving = plan.bumps.filter((b) => inScope(b) && (b.status === "planned" || b.status === "applied"));
  const dropped = plan.bumps.filter((b) => inScope(b) && b.status === "dropped");
  const current = plan.bumps.filter((b) => inScope(b) && b.status === "current");
  const out = [BUMP_MARKER, versionsMarker(moving), ""];
  out.push(options.dryRun ? "## lockstep bump (dry run: nothing was changed)" : "## lockstep bump", "");
  if (moving.length === 0) out.push("No pin has a newer usable release.", "");
  else {
    const files = [...new Set(moving.map((b) => b.file))];
    const where = files.length === 1 ? markdownCode(files[0]) : `${files.slice(0, -1).map(markdownCode).join(", ")} and ${markdownCode(files.at(-1))}`;
    out.push(`${moving.length} pin(s) in ${where} move to their newest usable release.`, "");
    const showFile = files.length > 1 || files[0] !== plan.file;
    out.push("| Package | From | To | Group | Released | Notes |", "|---|---|---|---|---|---|");
    for (const b of moving) {
      const url = releaseNotesUrl(b);
      const notes = [url ? `[release notes](${url})` : "", ...b.notes.map((n) => `skipped ${cell(n)}`)].filter(Boolean).join("<br>");
      const name = showFile ? `${cell(b.name)}<br><sub>${markdownCode(`${b.file}:${b.line}`)}</sub>` : cell(b.name);
      out.push(`| ${name} | ${cell(b.from)} | ${cell(b.to)} | ${cell(b.group)} | ${b.released ? cell(b.released) : "\u2014"} | ${notes || "\u2014"} |`);
    }
    out.push("");
  }
  const v = options.verification;
  if (v) {
    out.push("### Verification", "");
    if (v.lockCommands.length > 0) out.push(`Re-locked with ${v.lockCommands.map((c) => markdownCode(c)).join(", ")}, then checked with the lock engine:`, "");
    out.push("| Target | Result |", "|---|---|");
    for (const t of v.targets) out.push(`| ${markdownCode(t.target)} | ${t.ok ? "\u2705" : "\u26A0\uFE0F"} ${cell(t.detail)} |`);
    out.push("");
  } else if (options.dryRun && moving.length > 0) {
    out.push("Verification (re-lock and lock-engine check per target) runs when the bump is applied.", "");
  }
  if (dropped.length > 0) {
    out.push("### Dropped", "");
    for (const b of dropped) out.push(`- **${cell(b.name)}** ${cell(b.from)} \u2192 ${cell(b.to)} (group ${cell(b.group)}): ${cell(b.reason ?? "dropped")}`);
    out.push("");
  }
  const explained = current.filter((b) => b.reason || b.notes.length > 0);
  if (explained.length > 0) {
    out.push("<details><summary>Pins left as they are</summary>", "");
    for (const b of explained) out.push(`- ${cell(b.name)} ${cell(b.from)}: ${cell([b.reason, ...b.notes.map((n) => `skipped ${n}`)].filter(Boolean).join("; "))}`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}
__name(renderPlanMarkdown, "renderPlanMarkdown");

export {
  parseUvDuration,
  parseDuration,
  readBumpConfig,
  lookupsNeeded,
  withWorkspaceSources,
  workspaceRequiresPython,
  planBumps,
  plannedGroups,
  groupPackages,
  withOutcome,
  rewritePins,
  newBlockingFindings,
  describeFindings,
  summarizeTargets,
  renderPlanJson,
  renderPlanText,
  BUMP_MARKER,
  versionsKey,
  proposedVersions,
  pullRequestTitle,
  renderPlanMarkdown
};

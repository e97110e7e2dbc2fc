import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  MAX_NAMES_SHOWN,
  SEVERITY_RANK,
  collapseTargets,
  groupAdvice,
  mergeProblemRows,
  mergedProblemText,
  namesWithMore,
  platformLabel,
  problemRows,
  pythonTag
} from "./chunk-3DLKCNQW.js";
import {
  exactPin,
  parseRequirement,
  unpinnedBySection
} from "./chunk-4GBUUBSV.js";
import {
  cudaFlavour,
  sdistBuildAdvice
} from "./chunk-YKG64RBM.js";
import {
  locateValues,
  parseToml
} from "./chunk-QTBF2I64.js";
import {
  isValidSpecifier,
  normalizeName,
  versionSatisfies
} from "./chunk-2HEI5EQZ.js";
import {
  codeBlock,
  escapeMarkdown,
  inlineRich,
  markdownCode
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError,
  ParseError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/lock/pixi-manifest.ts
var CONDA_TABLES = ["dependencies", "host-dependencies", "build-dependencies"];
function isTable(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}
__name(isTable, "isTable");
function channelUrl(channel) {
  const c = channel.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(c)) return `${c.replace(/\/+$/, "")}/`;
  return `https://conda.anaconda.org/${c.replace(/^\/+|\/+$/g, "")}/`;
}
__name(channelUrl, "channelUrl");
var ManifestReader = class {
  constructor(file, locator, prefix) {
    this.file = file;
    this.locator = locator;
    this.prefix = prefix;
  }
  file;
  locator;
  prefix;
  static {
    __name(this, "ManifestReader");
  }
  position(path) {
    const full = [...this.prefix, ...path];
    for (let depth = full.length; depth > this.prefix.length - 1 && depth >= 0; depth--) {
      const span = this.locator.get(full.slice(0, depth));
      if (span) return { line: span.line, column: span.column };
      const header = this.locator.tableHeaderLines(full.slice(0, depth).join("."));
      if (header.length > 0) return { line: header[0] };
    }
    return {};
  }
  fail(path, message) {
    throw this.error(path, message);
  }
  error(path, message) {
    return new ParseError(`\`${[...this.prefix, ...path].join(".")}\` ${message}`, { file: this.file, ...this.position(path), hint: `Fix it in ${this.file}; \`pixi lock\` rejects it too.` });
  }
  channels(value, path) {
    if (value === void 0) return null;
    if (!Array.isArray(value)) this.fail(path, "must be an array of channels");
    return value.map((c, i) => {
      if (typeof c === "string") return channelUrl(c);
      if (isTable(c) && typeof c.channel === "string") return channelUrl(c.channel);
      return this.fail([...path, i], "must be a channel name, URL or { channel = \u2026 }");
    });
  }
  platforms(value, path) {
    if (value === void 0) return null;
    if (!Array.isArray(value)) this.fail(path, "must be an array of platforms");
    return value.map((p, i) => {
      const line = this.position([...path, i]).line;
      const out = typeof p === "string" ? { subdir: p, cuda: null } : isTable(p) && typeof p.platform === "string" ? { subdir: p.platform, cuda: typeof p.cuda === "string" || typeof p.cuda === "number" ? String(p.cuda) : null } : this.fail([...path, i], "must be a platform name or { platform = \u2026, cuda = \u2026 }");
      if (line !== void 0) out.line = line;
      return out;
    });
  }
  dependencies(table, path, feature, platform, out) {
    for (const key of CONDA_TABLES) this.depTable(table[key], [...path, key], "conda", feature, platform, out);
    this.depTable(table["pypi-dependencies"], [...path, "pypi-dependencies"], "pypi", feature, platform, out);
  }
  depTable(value, path, kind, feature, platform, out) {
    if (value === void 0) return;
    if (!isTable(value)) this.fail(path, "must be a table of dependencies");
    for (const [name, raw] of Object.entries(value)) {
      const dep = { kind, name, spec: "*", direct: false, platform, feature, ...this.position([...path, name]) };
      if (typeof raw === "string") dep.spec = raw;
      else if (isTable(raw)) {
        if (typeof raw.version === "string") dep.spec = raw.version;
        if (typeof raw.build === "string") dep.build = raw.build;
        dep.direct = ["git", "path", "url"].some((k) => k in raw);
      } else this.fail([...path, name], "must be a version string or a table");
      out.push(dep);
    }
  }
  feature(name, table, path) {
    const dependencies = [];
    this.dependencies(table, path, name, null, dependencies);
    const targets = table.target;
    if (targets !== void 0) {
      if (!isTable(targets)) this.fail([...path, "target"], "must be a table of platforms");
      for (const [platform, t] of Object.entries(targets)) {
        if (isTable(t)) this.dependencies(t, [...path, "target", platform], name, platform, dependencies);
      }
    }
    const system = isTable(table["system-requirements"]) ? table["system-requirements"] : {};
    const cuda = typeof system.cuda === "string" || typeof system.cuda === "number" ? String(system.cuda) : null;
    const feature = { name, dependencies, platforms: this.platforms(table.platforms, [...path, "platforms"]), channels: this.channels(table.channels, [...path, "channels"]), cuda };
    const line = this.position(path).line;
    if (line !== void 0) feature.line = line;
    return feature;
  }
};
function pyprojectRequirementName(req) {
  return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req)?.[1] ?? null;
}
__name(pyprojectRequirementName, "pyprojectRequirementName");
function parsePixiManifest(text, file) {
  const doc = parseToml(text, file);
  const isPyproject = file.endsWith("pyproject.toml");
  const tool = isTable(doc.tool) ? doc.tool : {};
  const root = isPyproject ? isTable(tool.pixi) ? tool.pixi : null : doc;
  if (!root) return null;
  const prefix = isPyproject ? ["tool", "pixi"] : [];
  const reader = new ManifestReader(file, locateValues(text), prefix);
  const wsKey = isTable(root.workspace) ? "workspace" : "project";
  const ws = isTable(root[wsKey]) ? root[wsKey] : {};
  const features = /* @__PURE__ */ new Map();
  const defaultFeature = reader.feature("default", root, []);
  defaultFeature.platforms = null;
  defaultFeature.channels = null;
  features.set("default", defaultFeature);
  if (isPyproject) {
    const project = isTable(doc.project) ? doc.project : {};
    const pep621 = new ManifestReader(file, reader.locator, []);
    const add = /* @__PURE__ */ __name((list, path, feature) => {
      if (!Array.isArray(list)) return;
      list.forEach((req, i) => {
        if (typeof req !== "string") return;
        const name = pyprojectRequirementName(req);
        if (!name) return;
        const spec = req.slice(req.indexOf(name) + name.length).replace(/^\s*\[[^\]]*\]/, "").split(";")[0].trim();
        feature.dependencies.push({ kind: "pypi", name, spec: spec === "" ? "*" : spec, direct: spec.startsWith("@"), platform: null, feature: feature.name, ...pep621.position([...path, i]) });
      });
    }, "add");
    add(project.dependencies, ["project", "dependencies"], defaultFeature);
    const groups = [
      ...Object.entries(isTable(project["optional-dependencies"]) ? project["optional-dependencies"] : {}).map(([n, l]) => [n, l, ["project", "optional-dependencies", n]]),
      ...Object.entries(isTable(doc["dependency-groups"]) ? doc["dependency-groups"] : {}).map(([n, l]) => [n, l, ["dependency-groups", n]])
    ];
    for (const [name, list, path] of groups) {
      const feature = features.get(name) ?? { name, dependencies: [], platforms: null, channels: null, cuda: null };
      add(list, path, feature);
      features.set(name, feature);
    }
  }
  const featureTables = isTable(root.feature) ? root.feature : {};
  for (const [name, table] of Object.entries(featureTables)) {
    if (!isTable(table)) throw reader.error(["feature", name], "must be a table");
    const feature = reader.feature(name, table, ["feature", name]);
    const existing = features.get(name);
    if (existing) feature.dependencies.push(...existing.dependencies);
    features.set(name, feature);
  }
  const environments = [];
  const envTable = isTable(root.environments) ? root.environments : {};
  for (const [name, value] of Object.entries(envTable)) {
    const path = ["environments", name];
    const line = reader.position(path).line;
    let spec;
    if (Array.isArray(value)) spec = { name, features: value.filter((f) => typeof f === "string"), noDefaultFeature: false };
    else if (isTable(value)) {
      spec = { name, features: Array.isArray(value.features) ? value.features.filter((f) => typeof f === "string") : [], noDefaultFeature: value["no-default-feature"] === true };
    } else throw reader.error(path, "must be a list of features or a table");
    for (const f of spec.features) if (!features.has(f)) throw reader.error(path, `uses the undefined feature \`${f}\``);
    if (line !== void 0) spec.line = line;
    environments.push(spec);
  }
  if (!environments.some((e) => e.name === "default")) environments.unshift({ name: "default", features: [], noDefaultFeature: false, line: reader.position([wsKey]).line ?? 1 });
  const pkg = isTable(root.package) ? root.package : null;
  const manifest = {
    file,
    workspaceLine: reader.position([wsKey]).line ?? 1,
    channels: reader.channels(ws.channels, [wsKey, "channels"]) ?? [],
    platforms: reader.platforms(ws.platforms, [wsKey, "platforms"]) ?? [],
    features,
    environments,
    package: pkg ? { name: typeof pkg.name === "string" ? pkg.name : null, version: typeof pkg.version === "string" ? pkg.version : null, ...reader.position(["package", "version"]) } : null
  };
  const channelsLine = reader.position([wsKey, "channels"]).line;
  if (channelsLine !== void 0) manifest.channelsLine = channelsLine;
  return manifest;
}
__name(parsePixiManifest, "parsePixiManifest");
function environmentFeatures(manifest, env) {
  const names = env.noDefaultFeature ? env.features : ["default", ...env.features.filter((f) => f !== "default")];
  return names.map((n) => manifest.features.get(n)).filter((f) => f !== void 0);
}
__name(environmentFeatures, "environmentFeatures");
function environmentPlatforms(manifest, features) {
  let platforms = manifest.platforms;
  for (const f of features) {
    if (!f.platforms) continue;
    platforms = platforms.filter((p) => f.platforms.some((q) => q.subdir === p.subdir && q.cuda === p.cuda));
  }
  return platforms;
}
__name(environmentPlatforms, "environmentPlatforms");
function environmentChannels(manifest, features) {
  const out = [];
  for (const f of features) for (const c of f.channels ?? []) if (!out.includes(c)) out.push(c);
  for (const c of manifest.channels) if (!out.includes(c)) out.push(c);
  return out;
}
__name(environmentChannels, "environmentChannels");

// src/core/pep/conda-version.ts
function components(version) {
  let v = version.trim().toLowerCase();
  const local = v.indexOf("+");
  if (local >= 0) v = v.slice(0, local);
  let epoch = 0;
  const bang = v.indexOf("!");
  if (bang >= 0) {
    epoch = Number(v.slice(0, bang)) || 0;
    v = v.slice(bang + 1);
  }
  const parts = [[epoch]];
  for (const segment of v.split(/[._-]/)) {
    const atoms = [];
    for (const m of segment.matchAll(/(\d+)|([a-z]+)|(\*)/g)) {
      if (m[1] !== void 0) atoms.push(Number(m[1]));
      else if (m[2] !== void 0) atoms.push(m[2]);
    }
    if (atoms.length === 0) atoms.push(0);
    if (typeof atoms[0] === "string") atoms.unshift(0);
    parts.push(atoms);
  }
  return parts;
}
__name(components, "components");
function atomRank(a) {
  if (typeof a === "number") return 2;
  if (a === "dev") return 0;
  if (a === "post") return 3;
  return 1;
}
__name(atomRank, "atomRank");
function compareAtoms(a, b) {
  const ra = atomRank(a);
  const rb = atomRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
__name(compareAtoms, "compareAtoms");
function compareCondaVersions(a, b) {
  const pa = components(a);
  const pb = components(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const ca = pa[i] ?? [0];
    const cb = pb[i] ?? [0];
    for (let j = 0; j < Math.max(ca.length, cb.length); j++) {
      const d = compareAtoms(ca[j] ?? 0, cb[j] ?? 0);
      if (d !== 0) return Math.sign(d);
    }
  }
  return 0;
}
__name(compareCondaVersions, "compareCondaVersions");
function startsWith(version, prefix) {
  const pv = components(version);
  const pp = components(prefix);
  for (let i = 0; i < pp.length; i++) {
    const a = pv[i] ?? [0];
    const b = pp[i];
    if (a.length !== b.length || a.some((x, j) => compareAtoms(x, b[j]) !== 0)) {
      return false;
    }
  }
  return true;
}
__name(startsWith, "startsWith");
function single(version, constraint) {
  const c = constraint.trim();
  if (c === "" || c === "*") return true;
  const m = /^(>=|<=|==|!=|~=|>|<|=)?\s*([0-9A-Za-z!.+_*-]+)$/.exec(c);
  if (!m) return null;
  const op = m[1] ?? "";
  let target = m[2];
  const wildcard = target.endsWith(".*") || target.endsWith("*");
  if (wildcard) target = target.replace(/\.?\*$/, "");
  if (!/^[0-9]/.test(target.replace(/^\d+!/, ""))) return null;
  switch (op) {
    case "":
    case "=":
      return compareCondaVersions(version, target) === 0 || startsWith(version, target);
    case "==":
      return wildcard ? startsWith(version, target) : compareCondaVersions(version, target) === 0;
    case "!=":
      return wildcard ? !startsWith(version, target) : compareCondaVersions(version, target) !== 0;
    case ">=":
      return compareCondaVersions(version, target) >= 0;
    case "<=":
      return compareCondaVersions(version, target) <= 0;
    case ">":
      return compareCondaVersions(version, target) > 0;
    case "<":
      return compareCondaVersions(version, target) < 0;
    case "~=": {
      const prefix = target.split(".").slice(0, -1).join(".");
      return compareCondaVersions(version, target) >= 0 && (prefix === "" || startsWith(version, prefix));
    }
    default:
      return null;
  }
}
__name(single, "single");
function condaVersionSatisfies(version, spec) {
  const s = spec.trim();
  if (s === "" || s === "*") return true;
  if (/[()^$]/.test(s)) return null;
  let unknown = false;
  for (const alternative of s.split("|")) {
    let all = true;
    for (const part of alternative.split(",")) {
      const r = single(version, part);
      if (r === null) unknown = true;
      if (r !== true) all = false;
    }
    if (all) return true;
  }
  return unknown ? null : false;
}
__name(condaVersionSatisfies, "condaVersionSatisfies");
function condaBuildMatches(build, pattern) {
  const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(build);
}
__name(condaBuildMatches, "condaBuildMatches");
function isExactCondaPin(spec) {
  const s = spec.trim();
  return /^(==)?\s*\d[0-9A-Za-z!._+-]*$/.test(s) && !s.includes("*");
}
__name(isExactCondaPin, "isExactCondaPin");

// src/core/lock/pixi-stale.ts
var RELOCK = "Run `pixi lock` and commit pixi.lock (CI installs with `--locked`, which refuses a stale lock).";
function lockPlatformFor(lock, wanted, available) {
  const candidates = lock.platforms.filter((p) => available.includes(p.name) && p.subdir === wanted.subdir);
  if (lock.version < 7) return candidates[0];
  return candidates.find((p) => (p.cuda ?? null) === (wanted.cuda ?? null));
}
__name(lockPlatformFor, "lockPlatformFor");
function satisfiedBy(dep, records) {
  const name = dep.kind === "pypi" ? normalizeName(dep.name) : dep.name.toLowerCase().replace(/^.*::/, "");
  if (dep.kind === "conda") {
    const found = records.filter((r) => r.kind === "conda" && r.name === name);
    if (found.length === 0) return { ok: false, found };
    let unknown = false;
    for (const r of found) {
      if (r.kind !== "conda") continue;
      const version = r.source ? true : condaVersionSatisfies(r.version, dep.spec);
      const build = dep.build === void 0 || r.source || condaBuildMatches(r.build, dep.build);
      if (version === true && build) return { ok: true, found };
      if (version === null) unknown = true;
    }
    return { ok: unknown ? null : false, found };
  }
  const pypi = records.filter((r) => r.kind === "pypi" && r.name === name);
  if (pypi.length > 0) {
    if (dep.direct || dep.spec === "*" || pypi.some((r) => r.location.startsWith("git+") || !/^https?:/.test(r.location))) return { ok: true, found: pypi };
    const spec = dep.spec.replace(/^\s*@.*$/, "");
    if (!isValidSpecifier(spec)) return { ok: null, found: pypi };
    return { ok: pypi.some((r) => versionSatisfies(r.version, spec, { prereleases: true })), found: pypi };
  }
  const conda = records.filter((r) => r.kind === "conda" && (r.pypiNames ? r.pypiNames.includes(name) : r.name === name));
  return { ok: conda.length > 0 ? true : false, found: conda };
}
__name(satisfiedBy, "satisfiedBy");
function targetApplies(selector, subdir) {
  return selector === subdir || subdir.startsWith(`${selector}-`) || selector === "unix" && !subdir.startsWith("win");
}
__name(targetApplies, "targetApplies");
function featureDependencies(deps, subdir) {
  const specific = deps.filter((d) => d.platform !== null && targetApplies(d.platform, subdir));
  const overridden = new Set(specific.map((d) => `${d.kind}\0${d.name.toLowerCase()}`));
  return [...deps.filter((d) => d.platform === null && !overridden.has(`${d.kind}\0${d.name.toLowerCase()}`)), ...specific];
}
__name(featureDependencies, "featureDependencies");
function where(dep) {
  const table = dep.kind === "pypi" ? "pypi-dependencies" : "dependencies";
  return `${dep.feature === "default" ? "" : `feature \`${dep.feature}\` `}${dep.platform ? `target \`${dep.platform}\` ` : ""}${table}`;
}
__name(where, "where");
function pixiStaleFindings(manifest, lock, files) {
  const findings = [];
  const stale = /* @__PURE__ */ __name((message, line, extra = {}) => {
    const f = { code: "lock-stale", severity: "error", message: `${message} ${RELOCK}`, file: files.manifest, ...extra };
    if (line !== void 0) f.line = line;
    findings.push(f);
  }, "stale");
  const byName = new Map(lock.environments.map((e) => [e.name, e]));
  for (const spec of manifest.environments) {
    const env = byName.get(spec.name);
    if (!env) {
      stale(`environment \`${spec.name}\` is in ${files.manifest} but not in ${files.lock}.`, spec.line);
      continue;
    }
    const features = environmentFeatures(manifest, spec);
    const wanted = new Set(environmentChannels(manifest, features));
    const locked = new Set(env.channels.map((c) => `${c.replace(/\/+$/, "")}/`));
    const missing = [...wanted].filter((c) => !locked.has(c));
    const extra = [...locked].filter((c) => !wanted.has(c));
    if (missing.length > 0 || extra.length > 0) {
      stale(`environment \`${spec.name}\` resolves from ${[...wanted].join(", ") || "(no channels)"}, but ${files.lock} was solved with ${[...locked].join(", ") || "(no channels)"}.`, manifest.channelsLine ?? manifest.workspaceLine);
    }
    const available = [...env.packages.keys()];
    for (const platform of environmentPlatforms(manifest, features)) {
      const lockPlatform = lockPlatformFor(lock, platform, available);
      const label3 = `${platform.subdir}${platform.cuda ? ` (cuda ${platform.cuda})` : ""}`;
      if (!lockPlatform) {
        stale(`environment \`${spec.name}\` needs platform ${label3}, which ${files.lock} has no packages for.`, platform.line ?? spec.line);
        continue;
      }
      const records = env.packages.get(lockPlatform.name) ?? [];
      const targetId = `${spec.name}-${lockPlatform.name}`;
      for (const feature of features) {
        for (const dep of featureDependencies(feature.dependencies, platform.subdir)) {
          const { ok, found } = satisfiedBy(dep, records);
          if (ok !== false) continue;
          const what = found.length === 0 ? `is not in ${files.lock} for environment \`${spec.name}\` on ${lockPlatform.name}` : `is not satisfied by the locked ${found.map((r) => `${r.name} ${r.version}${r.kind === "conda" && dep.build ? ` (${r.build})` : ""}`).join(", ")}`;
          stale(`${dep.name}${dep.spec !== "*" ? ` ${dep.spec}` : ""}${dep.build ? ` [build ${dep.build}]` : ""} (${where(dep)}) ${what}.`, dep.line, { package: normalizeName(dep.name), target: targetId });
        }
      }
    }
  }
  const pkg = manifest.package;
  if (pkg?.name && pkg.version) {
    const own = lock.records.filter((r) => r.kind === "conda" && r.source && r.name === pkg.name);
    const other = [...new Set(own.map((r) => r.version).filter((v) => v !== "" && v !== pkg.version))];
    if (own.length > 0 && other.length > 0) stale(`[package] ${pkg.name} is version ${pkg.version}, but ${files.lock} records it as ${other.join(", ")}.`, pkg.line, { package: pkg.name });
  }
  return dedupe(findings);
}
__name(pixiStaleFindings, "pixiStaleFindings");
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = `${f.line}\0${f.message.replace(/ for environment `[^`]+` on \S+/, "")}`;
    if (seen.has(key)) continue;
    seen.set(key, f);
    out.push(f);
  }
  return out;
}
__name(dedupe, "dedupe");

// src/core/lock/yaml-block.ts
var YAML_LINE = /* @__PURE__ */ Symbol("yaml-line");
function lineOf(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value[YAML_LINE] : void 0;
}
__name(lineOf, "lineOf");
var Reader = class {
  constructor(lines, file) {
    this.lines = lines;
    this.file = file;
  }
  lines;
  file;
  static {
    __name(this, "Reader");
  }
  pos = 0;
  fail(no, message) {
    throw new ParseError(`invalid YAML: ${message}`, { file: this.file, line: no, hint: `${this.file} is not in the format pixi writes; regenerate it with \`pixi lock\`.` });
  }
  done() {
    return this.pos >= this.lines.length;
  }
  peek() {
    return this.lines[this.pos];
  }
  /** A block node whose lines start at column `indent`. */
  block(indent) {
    const first = this.peek();
    if (!first || first.indent < indent) return null;
    return first.text.startsWith("- ") || first.text === "-" ? this.sequence(first.indent) : this.mapping(first.indent, first.text, first.no);
  }
  sequence(indent) {
    const items = [];
    for (let line = this.peek(); line && line.indent === indent && (line.text.startsWith("- ") || line.text === "-"); line = this.peek()) {
      const rest = line.text === "-" ? "" : line.text.slice(2).trimStart();
      const column = indent + (line.text.length - rest.length);
      if (rest === "") {
        this.pos++;
        items.push(this.block(indent + 1));
      } else if (isMappingEntry(rest)) {
        this.lines[this.pos] = { indent: column, text: rest, no: line.no };
        items.push(this.mapping(column, rest, line.no));
      } else {
        this.pos++;
        items.push(this.scalar(rest, line.no, indent));
      }
    }
    return items;
  }
  mapping(indent, _text, no) {
    const map = {};
    Object.defineProperty(map, YAML_LINE, { value: no, enumerable: false });
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      if (line.text.startsWith("- ")) break;
      const colon = keyEnd(line.text);
      if (colon < 0) this.fail(line.no, `expected \`key: value\`, got \`${line.text.slice(0, 60)}\``);
      const key = unquoteKey(line.text.slice(0, colon));
      const rest = line.text.slice(colon + 1).trim();
      this.pos++;
      if (rest === "") {
        const next = this.peek();
        if (next && (next.indent > indent || next.indent === indent && (next.text.startsWith("- ") || next.text === "-"))) map[key] = this.block(next.indent);
        else map[key] = null;
      } else {
        map[key] = this.scalar(rest, line.no, indent);
      }
    }
    return map;
  }
  scalar(text, no, indent) {
    if (text === "|" || text === "|-" || text === ">" || text === ">-" || text === "|+" || text === ">+") return this.blockScalar(text, indent);
    const c = text[0];
    if (c === "'") {
      const end = closingSingle(text);
      if (end < 0) this.fail(no, "unterminated single-quoted string");
      return text.slice(1, end).replace(/''/g, "'");
    }
    if (c === '"') {
      try {
        const end = closingDouble(text);
        return JSON.parse(text.slice(0, end + 1));
      } catch {
        this.fail(no, "unsupported double-quoted string");
      }
    }
    if (c === "[") {
      if (/^\[\s*\]$/.test(text)) return [];
      if (!text.endsWith("]")) this.fail(no, "multi-line flow sequences are not supported");
      return text.slice(1, -1).split(",").map((s) => this.scalar(s.trim(), no, indent));
    }
    if (c === "{") {
      if (/^\{\s*\}$/.test(text)) return {};
      this.fail(no, "flow mappings are not supported");
    }
    if (c === "&" || c === "*" || c === "!") this.fail(no, "anchors, aliases and tags are not supported");
    const hash = text.indexOf(" #");
    const plain = hash >= 0 ? text.slice(0, hash).trimEnd() : text;
    if (plain === "null" || plain === "~") return null;
    if (plain === "true") return true;
    if (plain === "false") return false;
    if (/^-?\d+$/.test(plain) && plain.length < 16) return Number(plain);
    return plain;
  }
  blockScalar(indicator, indent) {
    const parts = [];
    for (let line = this.peek(); line && line.indent > indent; line = this.peek()) {
      parts.push(line.text);
      this.pos++;
    }
    const joined = indicator.startsWith(">") ? parts.join(" ") : parts.join("\n");
    return indicator.endsWith("-") ? joined : `${joined}
`;
  }
};
function keyEnd(text) {
  if (text[0] === '"' || text[0] === "'") {
    const end = text[0] === '"' ? closingDouble(text) : closingSingle(text);
    return end >= 0 && text[end + 1] === ":" ? end + 1 : -1;
  }
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    if (i === text.length - 1 || text[i + 1] === " ") return i;
  }
  return -1;
}
__name(keyEnd, "keyEnd");
function isMappingEntry(text) {
  if (text[0] === "[" || text[0] === "{") return false;
  return keyEnd(text) > 0;
}
__name(isMappingEntry, "isMappingEntry");
function unquoteKey(key) {
  if (key[0] === "'") return key.slice(1, -1).replace(/''/g, "'");
  if (key[0] === '"') return JSON.parse(key);
  return key;
}
__name(unquoteKey, "unquoteKey");
function closingSingle(text) {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
__name(closingSingle, "closingSingle");
function closingDouble(text) {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}
__name(closingDouble, "closingDouble");
function parseYamlBlock(text, file) {
  const raw = text.split("\n");
  const lines = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    if (line.endsWith("\r")) line = line.slice(0, -1);
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) continue;
    if (line.charCodeAt(indent) === 35) continue;
    if (line.charCodeAt(indent) === 9) throw new ParseError("invalid YAML: tab used for indentation", { file, line: i + 1 });
    if (indent === 0 && (line === "---" || line === "...")) continue;
    lines.push({ indent, text: indent === 0 ? line : line.slice(indent), no: i + 1 });
  }
  const reader = new Reader(lines, file);
  const root = reader.block(0);
  if (!reader.done()) {
    const stray = reader.peek();
    reader.fail(stray.no, `unexpected indentation at \`${stray.text.slice(0, 60)}\``);
  }
  return root;
}
__name(parseYamlBlock, "parseYamlBlock");

// src/core/lock/pixilock.ts
var ARCHIVE = /\.(conda|tar\.bz2)$/;
function asMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
}
__name(asMap, "asMap");
function asList(value) {
  return Array.isArray(value) ? value : [];
}
__name(asList, "asList");
function str(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}
__name(str, "str");
function strings(value) {
  return asList(value).map(str).filter((s) => s !== null);
}
__name(strings, "strings");
function condaArchiveParts(location) {
  const clean = location.split(/[?#]/)[0];
  const segments = clean.split("/");
  const file = segments.pop() ?? "";
  if (!ARCHIVE.test(file)) return null;
  const stem = file.replace(ARCHIVE, "");
  const build = stem.lastIndexOf("-");
  const version = build > 0 ? stem.lastIndexOf("-", build - 1) : -1;
  if (build < 0 || version < 0) return null;
  return { name: stem.slice(0, version), version: stem.slice(version + 1, build), build: stem.slice(build + 1), subdir: segments.pop() ?? null };
}
__name(condaArchiveParts, "condaArchiveParts");
function pypiNames(record) {
  if (!("purls" in record)) return null;
  return strings(record.purls).map((p) => /^pkg:pypi\/([^@?#]+)/.exec(p)?.[1]).filter((n) => !!n).map((n) => decodeURIComponent(n).toLowerCase().replace(/[-_.]+/g, "-"));
}
__name(pypiNames, "pypiNames");
var LockReader = class {
  constructor(file, version) {
    this.file = file;
    this.version = version;
  }
  file;
  version;
  static {
    __name(this, "LockReader");
  }
  error(line, message) {
    return new ParseError(message, { file: this.file, line, hint: `Regenerate ${this.file} with \`pixi lock\`.` });
  }
  fail(line, message) {
    throw this.error(line, message);
  }
  record(raw) {
    const map = asMap(raw);
    if (!map) this.fail(void 0, "a `packages` entry is not a mapping");
    const line = lineOf(map);
    const kind = this.version <= 5 ? str(map.kind) : "conda" in map ? "conda" : "conda_source" in map ? "conda_source" : "pypi" in map ? "pypi" : null;
    if (kind === "pypi") {
      const location = this.version <= 5 ? str(map.url) ?? str(map.path) : str(map.pypi);
      const name = str(map.name);
      const version = str(map.version);
      if (!location || !name || version === null) this.fail(line, "a PyPI record lacks its location, name or version");
      const record = { kind: "pypi", location, name: name.toLowerCase().replace(/[-_.]+/g, "-"), version, editable: map.editable === true, requiresDist: strings(map.requires_dist) };
      if (line !== void 0) record.line = line;
      return record;
    }
    if (kind === "conda" || kind === "conda_source") {
      const location = kind === "conda_source" ? str(map.conda_source) : this.version <= 5 ? str(map.url) : str(map.conda);
      if (!location) this.fail(line, "a conda record lacks its location");
      const parts = condaArchiveParts(location);
      const sourceName = kind === "conda_source" ? /^([^[@\s]+)/.exec(location)?.[1] ?? null : null;
      const name = str(map.name) ?? parts?.name ?? sourceName;
      if (!name) this.fail(line, `conda record ${location} has no name`);
      const record = {
        kind: "conda",
        location,
        name,
        version: str(map.version) ?? parts?.version ?? "",
        build: str(map.build) ?? parts?.build ?? "",
        subdir: str(map.subdir) ?? parts?.subdir ?? "",
        source: kind === "conda_source" || parts === null,
        depends: strings(map.depends),
        pypiNames: pypiNames(map)
      };
      if (line !== void 0) record.line = line;
      return record;
    }
    this.fail(line, `unknown record kind${kind ? ` \`${kind}\`` : ""}`);
  }
};
var SELECTOR_FIELDS = ["name", "version", "build", "subdir"];
function parsePixiLock(text, file = "pixi.lock") {
  const doc = asMap(parseYamlBlock(text, file));
  if (!doc) throw new ParseError("not a pixi lock file (expected a mapping with `version`)", { file, line: 1 });
  const version = doc.version;
  if (typeof version !== "number") throw new ParseError("missing or non-integer `version` field", { file, line: 1, hint: `Regenerate ${file} with \`pixi lock\`.` });
  if (version > 7) {
    throw new LockstepError(`${file} is lock format version ${version}, but lockstep reads versions 4 to 7.`, {
      file,
      line: 1,
      hint: "Upgrade lockstep, or write the lock with the pixi version your CI pins."
    });
  }
  if (version < 4) {
    throw new LockstepError(`${file} is lock format version ${version}, which lockstep does not read (versions 4 to 7).`, {
      file,
      line: 1,
      hint: "Re-lock with a current pixi (`pixi lock`) to write a newer format."
    });
  }
  const reader = new LockReader(file, version);
  const records = asList(doc.packages).map((r) => reader.record(r));
  const byLocation = /* @__PURE__ */ new Map();
  for (const r of records) {
    const key = `${r.kind}\0${r.location}`;
    const list = byLocation.get(key);
    if (list) list.push(r);
    else byLocation.set(key, [r]);
  }
  const platforms = /* @__PURE__ */ new Map();
  if (version >= 7) {
    for (const raw of asList(doc.platforms)) {
      const map = asMap(raw);
      const name = str(map?.name);
      if (!map || !name) throw reader.error(lineOf(raw), "a `platforms` entry has no name");
      const virtualPackages = strings(map.virtual_packages ?? map["virtual-packages"]);
      const cuda = virtualPackages.map((v) => /^__cuda=([^=]+)/.exec(v)?.[1]).find((v) => v !== void 0) ?? null;
      const platform = { name, subdir: str(map.subdir) ?? name, virtualPackages, cuda };
      const line = lineOf(map);
      if (line !== void 0) platform.line = line;
      platforms.set(name, platform);
    }
  }
  const environments = [];
  for (const [name, raw] of Object.entries(asMap(doc.environments) ?? {})) {
    const map = asMap(raw);
    if (!map) throw reader.error(void 0, `environment \`${name}\` is not a mapping`);
    const channels = asList(map.channels).map((c) => str(asMap(c)?.url ?? c)).filter((c) => c !== null);
    const env = { name, channels, indexes: strings(map.indexes), packages: /* @__PURE__ */ new Map() };
    const line = lineOf(map);
    if (line !== void 0) env.line = line;
    for (const [platform, entries] of Object.entries(asMap(map.packages) ?? {})) {
      if (!platforms.has(platform)) {
        if (version >= 7) throw reader.error(env.line, `environment \`${name}\` uses the unregistered platform \`${platform}\``);
        platforms.set(platform, { name: platform, subdir: platform, virtualPackages: [], cuda: null });
      }
      const list = [];
      for (const entry of asList(entries)) {
        const e = asMap(entry);
        if (!e) continue;
        const kind = "conda_source" in e ? "conda" : "conda" in e ? "conda" : "pypi" in e ? "pypi" : null;
        const location = str(e.conda_source ?? e.conda ?? e.pypi);
        if (!kind || !location) throw reader.error(lineOf(e), `environment \`${name}\` lists an entry without \`conda\` or \`pypi\``);
        let candidates = byLocation.get(`${kind}\0${location}`);
        if (!candidates) throw reader.error(lineOf(e), `environment \`${name}\` (${platform}) refers to a package that does not exist: ${location}`);
        if (candidates.length > 1) {
          const subdir = platforms.get(platform).subdir;
          const narrowed = candidates.filter(
            (c) => SELECTOR_FIELDS.every((f) => e[f] === void 0 || str(e[f]) === c[f]) && (c.kind !== "conda" || !c.subdir || c.subdir === subdir || c.subdir === "noarch")
          );
          if (narrowed.length > 0) candidates = narrowed;
        }
        list.push(candidates[0]);
      }
      env.packages.set(platform, list);
    }
    environments.push(env);
  }
  return { file, version, platforms: [...platforms.values()], environments, records };
}
__name(parsePixiLock, "parsePixiLock");

// src/core/matrix/pixi-cuda.ts
function fact(cuda, record, evidence) {
  const m = /^(\d+)(?:\.(\d+))?/.exec(cuda);
  if (!m) return null;
  const major = Number(m[1]);
  const minor = m[2] !== void 0 ? Number(m[2]) : null;
  return { cuda: minor === null ? String(major) : `${major}.${minor}`, major, minor, record, evidence };
}
__name(fact, "fact");
function cudaFromBuildToken(token) {
  const dotted = /^(\d+)\.(\d+)/.exec(token);
  if (dotted) return `${dotted[1]}.${dotted[2]}`;
  const digits = /^(\d{2,4})/.exec(token)?.[1];
  if (!digits) return null;
  if (digits.startsWith("1") && digits.length >= 3) return `${digits.slice(0, 2)}.${Number(digits.slice(2))}`;
  if (digits.length === 2 && digits.startsWith("1")) return `${digits}`;
  return `${digits[0]}.${Number(digits.slice(1))}`;
}
__name(cudaFromBuildToken, "cudaFromBuildToken");
function condaBuildCuda(build) {
  const b = build.toLowerCase();
  const cuda = /(?:^|_)cuda[_]?(\d[\d.]*)/.exec(b);
  if (cuda) return cudaFromBuildToken(cuda[1]);
  if (/(?:^|_)cpu(?:_|$)/.test(b) || b.startsWith("cpu")) return "cpu";
  return null;
}
__name(condaBuildCuda, "condaBuildCuda");
var FRAMEWORKS = /* @__PURE__ */ new Set(["pytorch", "pytorch-gpu", "pytorch-cpu", "jaxlib"]);
function collectCudaFacts(records) {
  const facts = { runtime: null, nvcc: null, torch: null, torchCpu: null, jaxCpu: null, pypi: [] };
  let pytorchCuda = null;
  for (const r of records) {
    if (r.kind === "conda") {
      const c = r;
      if (c.name === "cuda-version" || !facts.runtime && (c.name === "cudatoolkit" || c.name === "cuda-cudart")) {
        const f = fact(c.version, c, `conda ${c.name} ${c.version}`);
        if (f && (c.name === "cuda-version" || !facts.runtime)) facts.runtime = f;
      } else if (c.name === "cuda-nvcc") {
        facts.nvcc = fact(c.version, c, `conda cuda-nvcc ${c.version}`);
      } else if (c.name === "pytorch-cuda") {
        pytorchCuda = fact(c.version, c, `conda pytorch-cuda ${c.version}`);
      } else if (FRAMEWORKS.has(c.name)) {
        const cuda = condaBuildCuda(c.build);
        if (cuda === "cpu") {
          if (c.name === "jaxlib") facts.jaxCpu = c;
          else if (c.name === "pytorch") facts.torchCpu = c;
        } else if (cuda && c.name === "pytorch") {
          facts.torch = fact(cuda, c, `conda pytorch ${c.version} build ${c.build}`);
        }
      }
    } else {
      const flavour = cudaFlavour({ name: r.name, version: r.version, source: r.location, wheelUrls: [r.location] });
      if (r.name === "torch") {
        if (flavour?.cuda === "cpu") facts.torchCpu = r;
        else if (flavour && flavour.major !== null) facts.torch = fact(flavour.cuda, r, `PyPI torch ${r.version} (${flavour.evidence})`);
      }
      if (flavour && flavour.major !== null) {
        const f = fact(flavour.cuda, r, `PyPI ${r.name} ${r.version} (${flavour.evidence})`);
        if (f) facts.pypi.push(f);
      }
    }
  }
  if (!facts.torch && pytorchCuda) facts.torch = pytorchCuda;
  return facts;
}
__name(collectCudaFacts, "collectCudaFacts");
function label(f) {
  return `${f.evidence}, CUDA ${f.cuda}`;
}
__name(label, "label");
function pixiCudaFindings(records, ctx) {
  const facts = collectCudaFacts(records);
  const findings = [];
  const add = /* @__PURE__ */ __name((severity, record, message) => {
    const f = { code: "cuda-mismatch", severity, package: record.name, version: record.version, target: ctx.targetId, message, file: ctx.lockFile };
    if (record.line !== void 0) f.line = record.line;
    findings.push(f);
  }, "add");
  if (facts.nvcc && facts.torch) {
    const { nvcc, torch } = facts;
    if (nvcc.major !== torch.major) {
      add("error", nvcc.record, `${label(nvcc)} cannot build extensions for ${label(torch)}: torch.utils.cpp_extension refuses a compiler of another CUDA major. Fix: pin \`cuda-nvcc\` (or \`cuda-version\`) to ${torch.cuda}.*, or move torch to CUDA ${nvcc.major}.`);
    } else if (nvcc.minor !== null && torch.minor !== null && nvcc.minor !== torch.minor) {
      add("warning", nvcc.record, `${label(nvcc)} differs in minor from ${label(torch)}: extensions it builds target CUDA ${nvcc.cuda} while torch runs CUDA ${torch.cuda} (torch warns; newer PTX can fail on a driver for the older minor). Fix: pin \`cuda-nvcc = "${torch.cuda}.*"\` (and \`cuda-version\`) beside torch.`);
    }
  }
  const declaredMajor = ctx.declared ? Number(ctx.declared.split(".")[0]) : null;
  const reported = /* @__PURE__ */ new Set();
  for (const p of facts.pypi) {
    if (declaredMajor !== null && p.major > declaredMajor) {
      reported.add(p.record);
      add("error", p.record, `${label(p)} needs a CUDA ${p.major} driver, but the environment declares CUDA ${ctx.declared} (${ctx.declaredBy}): PyPI wheels are not checked against it by the solver, and fail to load there. Fix: take the cu${declaredMajor} build of ${p.record.name}, or raise the declared CUDA.`);
    } else if (facts.runtime && p.major !== facts.runtime.major) {
      reported.add(p.record);
      add("error", p.record, `${label(p)} and ${label(facts.runtime)} are different CUDA majors in one environment: two libcudart majors cannot load in one process. Fix: take the cu${facts.runtime.major} build of ${p.record.name}, or pin conda \`cuda-version\` to ${p.major}.*.`);
    }
  }
  const gpuPlatform = !ctx.subdir.startsWith("osx") && ctx.subdir !== "noarch";
  if (ctx.declared && gpuPlatform) {
    for (const [cpu, what] of [[facts.torchCpu, "pytorch"], [facts.jaxCpu, "jaxlib"]]) {
      if (!cpu) continue;
      if (what === "pytorch" && facts.torch) continue;
      add("warning", cpu, `the environment declares CUDA ${ctx.declared} (${ctx.declaredBy}) on this platform, but ${cpu.name} ${cpu.version} resolved to a CPU build${cpu.kind === "conda" ? ` (${cpu.build})` : ""}: nothing runs on the GPU. Fix: require the CUDA build (conda: \`${what === "pytorch" ? "pytorch-gpu" : 'jaxlib = { build = "cuda*" }'}\`), or drop the CUDA requirement for this environment.`);
    }
  }
  return findings;
}
__name(pixiCudaFindings, "pixiCudaFindings");

// src/core/matrix/pixi-engine.ts
var WHEEL = /\.whl$/i;
var SDIST = /\.(tar\.gz|zip|tar\.bz2|tgz|tar\.xz)$/i;
var UV_PLATFORM = {
  "linux-64": "x86_64-manylinux_2_28",
  "linux-aarch64": "aarch64-manylinux_2_28",
  "osx-arm64": "aarch64-apple-darwin",
  "osx-64": "x86_64-apple-darwin",
  "win-64": "x86_64-pc-windows-msvc"
};
function fileName(location) {
  return decodeURIComponent(location.split(/[?#]/)[0].split("/").pop() ?? location);
}
__name(fileName, "fileName");
function pixiVerdict(record) {
  if (record.kind === "conda") return record.source ? { status: "source", file: record.location } : { status: "conda", file: fileName(record.location) };
  const loc = record.location.replace(/^direct\+/, "");
  if (record.editable || loc.startsWith("git+") || !/^[a-z]+:\/\//i.test(loc)) return { status: "source", file: loc };
  const file = fileName(loc);
  if (WHEEL.test(file)) return { status: "wheel", file };
  if (SDIST.test(file)) return { status: "sdist", file };
  return { status: "source", file: loc };
}
__name(pixiVerdict, "pixiVerdict");
function sourceLabel(record) {
  if (record.kind === "conda") {
    if (record.source) return `source+${record.location}`;
    const url = record.location.split("/");
    return `conda+${url.slice(0, -2).join("/")}`;
  }
  const v = pixiVerdict(record);
  if (record.location.startsWith("git+")) return record.location;
  if (v.status === "source") return `path+${record.location}`;
  return `url+${record.location}`;
}
__name(sourceLabel, "sourceLabel");
function applySeverity(finding, options) {
  const override = options.severities?.[finding.code];
  return override ? { ...finding, severity: override } : finding;
}
__name(applySeverity, "applySeverity");
function emptyReport() {
  return { schema: 1, project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 }, targets: [], packages: [], findings: [] };
}
__name(emptyReport, "emptyReport");
function declaredCuda(platform, manifest, envName) {
  if (platform.cuda) return { cuda: platform.cuda, by: `platform ${platform.name}: __cuda=${platform.cuda}` };
  if (!manifest) return { cuda: null, by: "" };
  const spec = manifest.environments.find((e) => e.name === envName);
  if (!spec) return { cuda: null, by: "" };
  let best = null;
  for (const f of environmentFeatures(manifest, spec)) {
    if (f.cuda && (!best || Number.parseFloat(f.cuda) > Number.parseFloat(best.cuda))) best = { cuda: f.cuda, feature: f.name };
  }
  if (!best) return { cuda: null, by: "" };
  return { cuda: best.cuda, by: `system-requirements.cuda = "${best.cuda}"${best.feature === "default" ? "" : ` in feature \`${best.feature}\``}` };
}
__name(declaredCuda, "declaredCuda");
function selectTargets(lock, options) {
  const envNames = options.environments ?? [];
  const unknownEnvs = envNames.filter((e) => !lock.environments.some((x) => x.name === e));
  if (unknownEnvs.length > 0) {
    throw new LockstepError(`environment ${unknownEnvs.map((e) => `\`${e}\``).join(", ")} not in ${lock.file}.`, {
      hint: `Environments in ${lock.file}: ${lock.environments.map((e) => e.name).join(", ")}.`
    });
  }
  const platformNames = options.platforms ?? [];
  const unknownPlatforms = platformNames.filter((p) => !lock.platforms.some((x) => x.name === p || x.subdir === p));
  if (unknownPlatforms.length > 0) {
    throw new LockstepError(`platform ${unknownPlatforms.map((p) => `\`${p}\``).join(", ")} not in ${lock.file}.`, {
      hint: `Platforms in ${lock.file}: ${lock.platforms.map((p) => p.name === p.subdir ? p.name : `${p.name} (${p.subdir}${p.cuda ? `, cuda ${p.cuda}` : ""})`).join(", ")}.`
    });
  }
  const platforms = new Map(lock.platforms.map((p) => [p.name, p]));
  const out = [];
  for (const env of lock.environments) {
    if (envNames.length > 0 && !envNames.includes(env.name)) continue;
    for (const name of env.packages.keys()) {
      const platform = platforms.get(name);
      if (platformNames.length > 0 && !platformNames.includes(platform.name) && !platformNames.includes(platform.subdir)) continue;
      out.push({ env, platform });
    }
  }
  return out;
}
__name(selectTargets, "selectTargets");
function unpinnedFindings(manifest, lock) {
  const entries = [];
  const lockedVersions = /* @__PURE__ */ __name((kind, name) => [...new Set((lock?.records ?? []).filter((r) => r.kind === kind && r.name === name).map((r) => r.version))], "lockedVersions");
  const seen = /* @__PURE__ */ new Set();
  for (const feature of manifest.features.values()) {
    for (const dep of feature.dependencies) {
      if (dep.direct) continue;
      const key = `${dep.kind}\0${dep.name}\0${dep.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let pinned;
      if (dep.kind === "conda") pinned = isExactCondaPin(dep.spec);
      else {
        try {
          pinned = exactPin(parseRequirement(`${dep.name}${dep.spec === "*" ? "" : dep.spec}`)) !== null;
        } catch {
          pinned = true;
        }
      }
      if (pinned) continue;
      const name = dep.kind === "pypi" ? normalizeName(dep.name) : dep.name.toLowerCase();
      const locked = lockedVersions(dep.kind, name);
      const table = dep.kind === "pypi" ? "pypi-dependencies" : "dependencies";
      const suggestion = locked.length === 1 ? ` Pin what pixi.lock resolved: \`${dep.name} = "==${locked[0]}"\`.` : " Pin it with `==` to the version you tested.";
      const where2 = `${feature.name === "default" ? "" : `feature \`${feature.name}\` `}${dep.platform ? `target \`${dep.platform}\` ` : ""}${table}`;
      const f = {
        code: "unpinned-dependency",
        severity: "warning",
        package: name,
        message: `${dep.name} in ${where2} is not pinned exactly (${dep.spec === "*" ? "any version" : `\`${dep.spec}\``}).${suggestion}`,
        file: manifest.file
      };
      if (dep.line !== void 0) f.line = dep.line;
      if (dep.column !== void 0) f.column = dep.column;
      entries.push({ where: where2, name: dep.name, pin: locked.length === 1 ? `${dep.name} = "==${locked[0]}"` : null, finding: f });
    }
  }
  return unpinnedBySection(entries, "pixi.lock");
}
__name(unpinnedFindings, "unpinnedFindings");
function label2(record) {
  return `${record.name} ${record.version}`;
}
__name(label2, "label");
function checkPixiProject(files, options = {}) {
  const lockPath = files.lockPath ?? "pixi.lock";
  let manifest = null;
  let lock = null;
  try {
    if (files.manifest !== null) manifest = parsePixiManifest(files.manifest, files.manifestPath);
    if (files.lock !== null) lock = parsePixiLock(files.lock, lockPath);
  } catch (error) {
    if (error instanceof ParseError) {
      const report = emptyReport();
      const finding = { code: "parse-error", severity: "error", message: `${error.message}${error.hint ? ` \u2014 ${error.hint}` : ""}`, file: error.file ?? lockPath };
      if (error.line !== void 0) finding.line = error.line;
      if (error.column !== void 0) finding.column = error.column;
      report.findings.push(applySeverity(finding, options));
      return report;
    }
    throw error;
  }
  const findings = manifest ? unpinnedFindings(manifest, lock) : [];
  if (!lock) {
    findings.push({
      code: "lock-stale",
      severity: "error",
      message: `no ${lockPath} beside ${files.manifestPath}: the project is not locked, so no target can be checked and every machine solves its own environment. Fix: run \`pixi lock\` and commit ${lockPath}.`,
      file: files.manifestPath,
      line: manifest?.workspaceLine ?? 1
    });
    const report = emptyReport();
    report.findings = findings.map((f) => applySeverity(f, options));
    return report;
  }
  if (manifest) findings.push(...pixiStaleFindings(manifest, lock, { manifest: files.manifestPath, lock: lockPath }));
  const selected = selectTargets(lock, options);
  const targets = [];
  const rows = /* @__PURE__ */ new Map();
  const sdists = /* @__PURE__ */ new Map();
  const verdicts = /* @__PURE__ */ new Map();
  for (const { env, platform } of selected) {
    const records = env.packages.get(platform.name) ?? [];
    const python = records.find((r) => r.kind === "conda" && r.name === "python");
    const declared = declaredCuda(platform, manifest, env.name);
    const target = {
      id: `${env.name}-${platform.name}`,
      python: python ? python.version.split(".").slice(0, 2).join(".") : "",
      platform: platform.name,
      cuda: declared.cuda,
      environment: env.name,
      lock: lockPath
    };
    targets.push(target);
    for (const record of records) {
      const key = `${record.kind}\0${record.name}\0${record.version}`;
      let row = rows.get(key);
      if (!row) {
        row = { name: record.name, version: record.version, source: sourceLabel(record), verdicts: {} };
        if (record.line !== void 0) row.line = record.line;
        rows.set(key, row);
      }
      let verdict = verdicts.get(record);
      if (!verdict) verdicts.set(record, verdict = pixiVerdict(record));
      row.verdicts[target.id] = verdict;
      if (verdict.status === "sdist") {
        const list = sdists.get(record);
        if (list) list.push(target);
        else sdists.set(record, [target]);
      }
    }
    findings.push(...pixiCudaFindings(records, { targetId: target.id, subdir: platform.subdir, declared: declared.cuda, declaredBy: declared.by, lockFile: lockPath }));
  }
  for (const [record, list] of sdists) {
    const everywhere = list.length === targets.length && targets.length > 1;
    for (const target of everywhere ? [null] : list) {
      const t = target ?? list[0];
      const platform = lock.platforms.find((p) => p.name === t.platform);
      const torch = (lock.environments.find((e) => e.name === t.environment)?.packages.get(t.platform) ?? []).find((r) => r.name === "torch" || r.name === "pytorch");
      const advice = sdistBuildAdvice(record.name, { python: t.python, platform: UV_PLATFORM[platform?.subdir ?? ""] ?? t.platform, torch: torch?.version ?? null, cuda: t.cuda, version: record.version });
      const f = {
        code: "sdist-build",
        severity: advice.severity,
        package: record.name,
        version: record.version,
        message: `${label2(record)} has no wheel in ${lockPath} ${target ? `for environment \`${t.environment}\` on ${t.platform}` : "on any target"}; pixi would build it from ${fileName(record.location)}.${advice.suggestion ? ` ${advice.suggestion}` : ""}`,
        file: lockPath
      };
      if (target) f.target = target.id;
      if (record.line !== void 0) f.line = record.line;
      findings.push(f);
    }
  }
  const lockRecords = lock.records;
  return {
    schema: 1,
    project: {
      name: manifestName(files.manifest, manifest),
      version: manifest?.package?.version ?? null,
      requiresPython: null,
      lockRevision: lock.version,
      packageCount: lockRecords.length
    },
    targets,
    packages: [...rows.values()],
    findings: findings.map((f) => applySeverity(f, options))
  };
}
__name(checkPixiProject, "checkPixiProject");
function manifestName(text, manifest) {
  if (!text || !manifest) return null;
  const m = /^\s*name\s*=\s*"([^"]+)"/m.exec(text);
  return manifest.package?.name ?? m?.[1] ?? null;
}
__name(manifestName, "manifestName");

// src/core/report/markdown.ts
var MAX_COLUMNS = 6;
var MAX_MATRIX_ROWS = 15;
var GLYPH = { wheel: "\u2705", sdist: "\u{1F528}", missing: "\u274C", source: "\u{1F4E6}", conda: "\u{1F40D}", "not-needed": "\xB7" };
var LEGEND = "\u2705 wheel \xB7 \u{1F528} builds from sdist \xB7 \u274C cannot install \xB7 \u{1F4E6} built from a source tree \xB7 `\xB7` not needed";
var CONDA_LEGEND = " \xB7 \u{1F40D} conda package";
var STATUS_RANK = { missing: 0, sdist: 1, source: 2, wheel: 3, conda: 3, "not-needed": 4 };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var CODE_LABEL = {
  "sdist-build": "source build",
  "no-distribution": "cannot install",
  "cuda-mismatch": "CUDA mismatch",
  "driver-floor": "driver too old",
  "lock-stale": "stale lock",
  "parse-error": "unreadable file",
  "unpinned-dependency": "not pinned",
  "legacy-metadata": "legacy metadata",
  "no-python-version": "no .python-version",
  "lock-untracked": "lock not in git",
  "venv-outside-project": "venv outside project",
  "target-unsupported": "target not in the lock",
  "artifact-missing": "file gone from its index",
  "artifact-yanked": "yanked release",
  "artifact-unchecked": "index not reachable"
};
var ORIGIN_LABEL = {
  targets: "the targets list",
  option: "the command line",
  "this-run": "this run",
  "tool.lockstep.targets": "`[tool.lockstep] targets`",
  ".python-version": "`.python-version`",
  "requires-python": "`requires-python`",
  "required-environments": "`required-environments`",
  environments: "`[tool.uv] environments`",
  "requires-python-open": "requires-python has no upper bound",
  "default-platforms": "no platforms declared"
};
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
__name(plural, "plural");
function codeLabel(code) {
  return CODE_LABEL[code] ?? escapeMarkdown(code);
}
__name(codeLabel, "codeLabel");
function packageCell(row) {
  if (!row.package) return "*(project)*";
  return `**${escapeMarkdown(row.package)}**${row.version ? ` ${escapeMarkdown(row.version)}` : ""}`;
}
__name(packageCell, "packageCell");
function targetsCell(row, targets) {
  if (row.targets.length === 0) {
    const f = row.findings[0];
    return f?.file ? `${markdownCode(`${f.file}${f.line ? `:${f.line}` : ""}`)}${f.lock && f.lock !== f.file ? ` (${markdownCode(f.lock)})` : ""}` : "project";
  }
  return `${escapeMarkdown(collapseTargets(row.targets, targets))}${row.provenance === "implied" ? " *(implied)*" : ""}`;
}
__name(targetsCell, "targetsCell");
function problemTable(rows, targets, max) {
  const out = ["| | Package | Problem | Targets |", "|:-:|---|---|---|"];
  const merged = mergeProblemRows(rows);
  for (const { row, packages } of merged.slice(0, max)) {
    const label3 = row.problem.toLowerCase().startsWith(codeLabel(row.code).toLowerCase()) ? "" : `${codeLabel(row.code)}: `;
    let who = packageCell(row);
    if (row.code === "unpinned-dependency" && packages.length > 1) {
      const count = packages.reduce((n, r) => n + r.findings.reduce((m, f) => m + (f.related?.length ?? 1), 0), 0);
      const where2 = packages.map((r) => r.findings[0]?.file && r.findings[0].line ? `${r.findings[0].file}:${r.findings[0].line}` : "").filter(Boolean);
      out.push(`| ${SEVERITY_ICON[row.severity]} | *(project)* | ${codeLabel(row.code)}: ${count} requirements in ${packages.length} sections are not pinned with ${markdownCode("==")}; pin each to what uv.lock resolved (the annotations and the JSON report list them). | ${where2.slice(0, 3).map((w) => markdownCode(w)).join(", ")}${where2.length > 3 ? ` and ${where2.length - 3} more` : ""} |`);
      continue;
    }
    if (packages.length > 1) who = namesWithMore(packages.slice(0, MAX_NAMES_SHOWN).map((r) => `**${escapeMarkdown(r.package)}**`), packages.length);
    out.push(`| ${SEVERITY_ICON[row.severity]} | ${who} | ${label3}${inlineRich(mergedProblemText({ row, packages }))} | ${targetsCell(row, targets)} |`);
  }
  if (merged.length > max) out.push("", `\u2026and ${plural(merged.length - max, "more problem")} (see the JSON report).`);
  return out;
}
__name(problemTable, "problemTable");
function adviceLines(rows, maxNames = 12) {
  const out = [];
  for (const { suggestion, rows: group } of groupAdvice(rows)) {
    const names = [...new Set(group.map((r) => r.package).filter((p) => p !== null))];
    const who = names.length === 0 ? "" : `${namesWithMore(names.slice(0, maxNames).map((n) => `**${escapeMarkdown(n)}**`), names.length)}: `;
    const worst = group.reduce((w, r) => SEVERITY_RANK[r.severity] < SEVERITY_RANK[w] ? r.severity : w, group[0].severity);
    out.push(`- ${SEVERITY_ICON[worst]} ${who}${inlineRich(suggestion.text)}`);
    if (suggestion.snippet) out.push("", codeBlock(suggestion.snippet, "toml").replace(/^/gm, "  "), "");
  }
  return out;
}
__name(adviceLines, "adviceLines");
function origins(targets, implied) {
  const seen = /* @__PURE__ */ new Set();
  for (const t of targets) {
    const axes = [t.provenance?.python, t.provenance?.platform].filter((o) => o !== void 0);
    for (const o of axes) if ((o === "requires-python-open" || o === "default-platforms") === implied) seen.add(ORIGIN_LABEL[o]);
  }
  return [...seen].join(", ");
}
__name(origins, "origins");
function provenanceLine(targets) {
  const declared = targets.filter((t) => t.provenance?.kind !== "implied");
  const implied = targets.filter((t) => t.provenance?.kind === "implied");
  const parts = [];
  if (declared.length > 0) {
    const by = origins(declared, false);
    parts.push(`**Declared** (${by || "explicit"}): ${escapeMarkdown(collapseTargets(declared.map((t) => t.id), targets))}`);
  }
  if (implied.length > 0) {
    parts.push(`**Implied** (${origins(implied, true)}; problems only there are warnings): ${escapeMarkdown(collapseTargets(implied.map((t) => t.id), targets))}`);
  }
  return parts.join(" \xB7 ");
}
__name(provenanceLine, "provenanceLine");
function layout(targets) {
  if (targets.length <= MAX_COLUMNS) {
    return { header: targets.map((t) => `${pythonTag(t.python)}<br>${escapeMarkdown(platformLabel(t.platform))}${t.cuda ? ` CUDA ${escapeMarkdown(t.cuda)}` : ""}`), columns: targets.map((t) => [t]), note: "" };
  }
  const pythons = [...new Set(targets.map((t) => t.python))];
  const platforms = [...new Set(targets.map((t) => `${t.platform}\0${t.cuda ?? ""}`))];
  const byId = new Map(targets.map((t) => [`${t.python}${t.platform}\0${t.cuda ?? ""}`, t]));
  const label3 = /* @__PURE__ */ __name((key) => {
    const [platform = "", cuda = ""] = key.split("\0");
    return `${platformLabel(platform)}${cuda ? ` CUDA ${cuda}` : ""}`;
  }, "label");
  if (pythons.length <= MAX_COLUMNS && pythons.length <= platforms.length * 2) {
    return {
      header: pythons.map(pythonTag),
      columns: pythons.map((py) => platforms.map((pl) => byId.get(`${py}${pl}`) ?? null)),
      note: `Each cell: ${escapeMarkdown(platforms.map(label3).join(" \xB7 "))}.`
    };
  }
  return {
    header: platforms.map((pl) => escapeMarkdown(label3(pl))),
    columns: platforms.map((pl) => pythons.map((py) => byId.get(`${py}${pl}`) ?? null)),
    note: `Each cell: ${pythons.map(pythonTag).join(" \xB7 ")}.`
  };
}
__name(layout, "layout");
function cell(p, shown) {
  return shown.map((t) => t ? GLYPH[p.verdicts[t.id]?.status ?? "not-needed"] : "\u2013").join(" ");
}
__name(cell, "cell");
function worstStatus(p) {
  let worst = 4;
  for (const v of Object.values(p.verdicts)) worst = Math.min(worst, STATUS_RANK[v.status]);
  return worst;
}
__name(worstStatus, "worstStatus");
function problemMatrix(packages, targets) {
  if (packages.length === 0 || targets.length === 0) return [];
  const out = [];
  const name = /* @__PURE__ */ __name((p) => `**${escapeMarkdown(p.name)}** ${escapeMarkdown(p.version)}`, "name");
  if (targets.length > MAX_COLUMNS && packages.length <= MAX_COLUMNS && packages.length < targets.length) {
    const bad = targets.filter((t) => packages.some((p) => STATUS_RANK[p.verdicts[t.id]?.status ?? "not-needed"] < 2));
    out.push(`| Target | ${packages.map(name).join(" | ")} |`, `|---|${packages.map(() => ":-:").join("|")}|`);
    for (const t of bad) out.push(`| ${escapeMarkdown(collapseTargets([t.id], targets))} | ${packages.map((p) => GLYPH[p.verdicts[t.id]?.status ?? "not-needed"]).join(" | ")} |`);
    if (bad.length < targets.length) out.push("", `The other ${plural(targets.length - bad.length, "target")}: no problem for these packages.`);
    return out;
  }
  const l = layout(targets);
  out.push(`| Package | ${l.header.join(" | ")} |`, `|---|${l.header.map(() => ":-:").join("|")}|`);
  for (const p of packages.slice(0, MAX_MATRIX_ROWS)) out.push(`| ${name(p)} | ${l.columns.map((c) => cell(p, c)).join(" | ")} |`);
  if (packages.length > MAX_MATRIX_ROWS) out.push("", `\u2026and ${plural(packages.length - MAX_MATRIX_ROWS, "more package")} with a problem (full table below).`);
  if (l.note) out.push("", l.note);
  return out;
}
__name(problemMatrix, "problemMatrix");
function fullTable(report, order, maxRows) {
  const needed = [];
  for (const p of report.packages) {
    const status = worstStatus(p);
    if (status === 4 || p.source.startsWith("virtual+")) continue;
    needed.push({ p, rank: (order.get(p.name) ?? 3) * 10 + status });
  }
  needed.sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name));
  const out = [`| Package | Version | ${report.targets.map((t) => markdownCode(t.id)).join(" | ")} |`, `|---|---|${report.targets.map(() => ":-:").join("|")}|`];
  for (const { p } of needed.slice(0, maxRows)) {
    out.push(`| ${escapeMarkdown(p.name)} | ${escapeMarkdown(p.version)} | ${report.targets.map((t) => GLYPH[p.verdicts[t.id]?.status ?? "not-needed"]).join(" | ")} |`);
  }
  if (needed.length > maxRows) out.push("", `\u2026and ${needed.length - maxRows} more package(s); rows with problems come first, so the rest have fewer or none.`);
  return out;
}
__name(fullTable, "fullTable");
function renderMarkdown(report, options = {}) {
  const maxRows = options.maxRows ?? 300;
  const out = [];
  let errors = 0;
  let warnings = 0;
  for (const f of report.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  const rows = problemRows(report.findings, report);
  const impliedRows = rows.filter((r) => r.provenance === "implied").length;
  const title = report.project.name ? escapeMarkdown(report.project.name) : "project";
  out.push(`### lockstep check: ${title}`, "");
  const across = `across ${plural(report.targets.length, "target")}`;
  const impliedNote = impliedRows > 0 ? ` ${plural(impliedRows, "problem")} occur${impliedRows === 1 ? "s" : ""} only on implied targets: warnings.` : "";
  out.push(
    errors > 0 ? `\u274C **${errors} error(s)**, ${warnings} warning(s) ${across}.${impliedNote}` : `\u2705 **No errors**; ${warnings} warning(s) ${across}.${impliedNote}`,
    ""
  );
  if (report.targets.some((t) => t.provenance)) out.push(provenanceLine(report.targets), "");
  if (rows.length > 0) {
    out.push(...problemTable(rows, report.targets, options.maxProblems ?? 40), "");
    const advice = adviceLines(rows);
    if (advice.length > 0) out.push("**What to do**", "", ...advice, "");
  }
  const rank = /* @__PURE__ */ new Map();
  for (const r of rows) if (r.package && r.targets.length > 0 && !rank.has(r.package)) rank.set(r.package, SEVERITY_RANK[r.severity]);
  const problemPackages = [];
  for (const p of report.packages) if (rank.has(p.name) || worstStatus(p) < 2) problemPackages.push(p);
  problemPackages.sort((a, b) => (rank.get(a.name) ?? 3) - (rank.get(b.name) ?? 3) || worstStatus(a) - worstStatus(b) || a.name.localeCompare(b.name));
  if (problemPackages.length > 0 && report.targets.length > 0) {
    out.push(`**Packages with a problem** (${problemPackages.length}) \xD7 targets`, "", ...problemMatrix(problemPackages, report.targets), "");
  }
  if (report.targets.length > 0 && report.packages.length > 0) {
    out.push(`<details><summary>All packages \xD7 ${plural(report.targets.length, "target")}</summary>`, "", ...fullTable(report, rank, maxRows), "", "</details>", "");
    out.push(`${LEGEND}${report.packages.some((p) => Object.values(p.verdicts).some((v) => v.status === "conda")) ? CONDA_LEGEND : ""}`, "");
  }
  return `${out.join("\n").trimEnd()}
`;
}
__name(renderMarkdown, "renderMarkdown");

export {
  parsePixiManifest,
  compareCondaVersions,
  condaVersionSatisfies,
  checkPixiProject,
  SEVERITY_ICON,
  codeLabel,
  packageCell,
  problemTable,
  adviceLines,
  renderMarkdown
};

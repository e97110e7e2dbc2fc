import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  applyProvenance,
  conflictExtra,
  conflictGroup,
  evaluateMarker,
  parseMarker,
  targetProvenance
} from "./chunk-T3HDM63S.js";
import {
  PLATFORM_NAMES,
  compareBuildTags,
  cudaFindings,
  parsePythonTarget,
  resolvePlatform,
  sdistBuildAdvice,
  sideBySideFlavours
} from "./chunk-YKG64RBM.js";
import {
  locateValues,
  parseLock,
  parseToml,
  resolveDependency,
  sourceLabel
} from "./chunk-QTBF2I64.js";
import {
  isValidSpecifier,
  normalizeName,
  versionSatisfies
} from "./chunk-2HEI5EQZ.js";
import {
  LockstepError,
  ParseError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/project-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var PROJECT_FILE_LIMITS = {
  lock: 256 * 1024 * 1024,
  manifest: 8 * 1024 * 1024,
  small: 1024 * 1024
};
function kindOf(stats) {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
__name(kindOf, "kindOf");
function notRegular(shown, stats) {
  return new LockstepError(`${shown} is ${kindOf(stats)}, not a regular file`, {
    file: shown,
    hint: `Replace ${shown} with a regular file (or remove it).`
  });
}
__name(notRegular, "notRegular");
var DECODER = new TextDecoder("utf-8", { fatal: true });
function readProjectFile(file, options) {
  const shown = options.shown ?? file;
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    if (code === "EISDIR") throw new LockstepError(`${shown} is a directory, not a regular file`, { file: shown, hint: `Replace ${shown} with a regular file (or remove it).` });
    throw new LockstepError(`cannot read ${shown}: ${error.message}`, { file: shown, hint: "Check the file and its permissions." });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(shown, stats);
    const limit = options.maxBytes;
    if (stats.size > limit) throw tooLarge(shown, limit);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      let n;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if (error.code === "EISDIR") throw notRegular(shown, stats);
        throw new LockstepError(`cannot read ${shown}: ${error.message}`, { file: shown, hint: "Check the file and its permissions." });
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(shown, limit);
    }
    try {
      return DECODER.decode(Buffer.concat(chunks, total));
    } catch {
      throw new LockstepError(`${shown} is not valid UTF-8`, { file: shown, hint: `Save ${shown} as UTF-8 (uv reads it as UTF-8 too).` });
    }
  } finally {
    closeSync(fd);
  }
}
__name(readProjectFile, "readProjectFile");
function tooLarge(shown, limit) {
  return new LockstepError(`${shown} is larger than ${Math.round(limit / (1024 * 1024))} MiB; lockstep refuses to read it`, {
    file: shown,
    hint: `A real ${shown} is far smaller; check what was committed under that name.`
  });
}
__name(tooLarge, "tooLarge");

// src/core/pep/requirement.ts
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var WHITESPACE = /[ \t]/;
function requirementError(text, at, expected) {
  const shown = text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
  return new LockstepError(`Invalid requirement ${JSON.stringify(shown)} at column ${at + 1}: expected ${expected}`, {
    hint: `Requirements follow PEP 508, e.g. "torch==2.5.1", "numpy>=1.26,<2", "pkg[extra] @ https://\u2026/pkg.whl ; sys_platform == 'linux'".`
  });
}
__name(requirementError, "requirementError");
function skipSpaces(text, i) {
  while (i < text.length && WHITESPACE.test(text[i])) i++;
  return i;
}
__name(skipSpaces, "skipSpaces");
function parseRequirement(text) {
  let i = skipSpaces(text, 0);
  const nameMatch = NAME.exec(text.slice(i));
  if (!nameMatch) throw requirementError(text, i, 'a package name (letters, digits, ".", "-", "_")');
  const name = nameMatch[0];
  i = skipSpaces(text, i + name.length);
  const extras = [];
  if (text[i] === "[") {
    const close = text.indexOf("]", i);
    if (close < 0) throw requirementError(text, i, "']' closing the extras");
    const inner = text.slice(i + 1, close);
    if (inner.trim() !== "") {
      let offset = i + 1;
      for (const part of inner.split(",")) {
        const extra = part.trim();
        if (!NAME.test(extra) || NAME.exec(extra)[0] !== extra) {
          throw requirementError(text, offset + part.indexOf(extra), "an extra name inside [...]");
        }
        extras.push(extra);
        offset += part.length + 1;
      }
    }
    i = skipSpaces(text, close + 1);
  }
  let specifier = "";
  let specifierRange = null;
  let url = null;
  let markerStart = null;
  if (text[i] === "@") {
    i = skipSpaces(text, i + 1);
    const start = i;
    while (i < text.length && !/\s/.test(text[i]) && !(text[i] === ";" && /\s/.test(text[i + 1] ?? ""))) i++;
    url = text.slice(start, i);
    if (url === "") throw requirementError(text, start, 'a URL or path after "@"');
    const afterUrl = skipSpaces(text, i);
    if (afterUrl < text.length) {
      if (text[afterUrl] !== ";") throw requirementError(text, afterUrl, "';' and a marker, or the end after the URL");
      markerStart = afterUrl + 1;
    }
  } else {
    const parenthesised = text[i] === "(";
    const start = parenthesised ? i + 1 : i;
    let end = start;
    while (end < text.length && text[end] !== ";" && !(parenthesised && text[end] === ")")) end++;
    if (parenthesised) {
      if (text[end] !== ")") throw requirementError(text, end, "')' closing the version specifier");
    }
    const raw = text.slice(start, end);
    const trimmedStart = start + (raw.length - raw.trimStart().length);
    const trimmedEnd = end - (raw.length - raw.trimEnd().length);
    const specText = text.slice(trimmedStart, trimmedEnd);
    if (specText !== "") {
      const clauses = specText.split(",").map((clause) => clause.trim()).filter((clause) => clause !== "");
      specifier = clauses.map((clause) => clause.replace(/^(===|~=|==|!=|<=|>=|<|>)\s+/, "$1")).join(",");
      if (!/^(===|~=|==|!=|<=|>=|<|>)/.test(specText) || !isValidSpecifier(specifier)) {
        const spaced = clauses.find((clause) => /^(===|~=|==|!=|<=|>=|<|>)\s*\S+\s+\S/.test(clause));
        throw requirementError(text, trimmedStart, spaced ? `no whitespace inside a version (\`${spaced}\`)` : 'a version specifier such as "==1.2.3" or ">=1,<2"');
      }
      specifierRange = [trimmedStart, trimmedEnd];
    } else if (parenthesised) {
      throw requirementError(text, start, "a version specifier inside (...)");
    }
    i = skipSpaces(text, parenthesised ? end + 1 : end);
    if (i < text.length) {
      if (text[i] !== ";") throw requirementError(text, i, "';' and a marker, or the end");
      markerStart = i + 1;
    }
  }
  let marker = null;
  if (markerStart !== null) {
    marker = text.slice(markerStart).trim();
    if (marker === "") throw requirementError(text, markerStart, 'a marker after ";"');
    try {
      parseMarker(marker);
    } catch (error) {
      throw new LockstepError(`Invalid requirement ${JSON.stringify(text)}: ${error.message}`, {
        hint: error.hint,
        cause: error
      });
    }
  }
  return { name, normalizedName: normalizeName(name), extras, specifier, url, marker, specifierRange };
}
__name(parseRequirement, "parseRequirement");
function exactPin(req) {
  const m = /^==(?!=)([^,*]+)$/.exec(req.specifier);
  return m ? m[1] : null;
}
__name(exactPin, "exactPin");

// src/core/lock/pyproject.ts
function isRelativePath(url) {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url) && !/^[\\/]/.test(url) && !/^[A-Za-z]:[\\/]/.test(url);
}
__name(isRelativePath, "isRelativePath");
function isGroupInclude(item) {
  return "includeGroup" in item;
}
__name(isGroupInclude, "isGroupInclude");
var Reader = class {
  constructor(file, locator) {
    this.file = file;
    this.locator = locator;
  }
  file;
  locator;
  static {
    __name(this, "Reader");
  }
  position(path3) {
    for (let depth = path3.length; depth >= 0; depth--) {
      const span = this.locator.get(path3.slice(0, depth));
      if (span) return { line: span.line, column: span.column };
    }
    return {};
  }
  fail(path3, message, hint) {
    const key = path3.map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("").replace(/^\./, "");
    throw new ParseError(`\`${key}\` ${message}`, { file: this.file, ...this.position(path3), hint: hint ?? `Fix \`${key}\` in ${this.file}.` });
  }
  table(value, path3) {
    if (value === void 0) return void 0;
    if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) this.fail(path3, "must be a table");
    return value;
  }
  array(value, path3) {
    if (value === void 0) return [];
    if (!Array.isArray(value)) this.fail(path3, "must be an array");
    return value;
  }
  string(value, path3) {
    if (value === void 0) return null;
    if (typeof value !== "string") this.fail(path3, "must be a string");
    return value;
  }
  strings(value, path3) {
    return this.array(value, path3).map((item, i) => {
      if (typeof item !== "string") this.fail([...path3, i], "must be a string");
      return item;
    });
  }
  bool(value, path3) {
    if (value === void 0) return null;
    if (typeof value !== "boolean") this.fail(path3, "must be true or false");
    return value;
  }
  requirement(value, path3) {
    if (typeof value !== "string") this.fail(path3, 'must be a requirement string such as "numpy==2.1.3"');
    const span = this.locator.get(path3) ?? { line: 1, column: 1, start: 0, end: 0 };
    let req;
    try {
      req = parseRequirement(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ParseError(reason, {
        file: this.file,
        line: span.line,
        column: span.column,
        hint: error instanceof LockstepError && error.hint ? error.hint : "Write the requirement as PEP 508 describes.",
        cause: error
      });
    }
    if (req.url !== null && isRelativePath(req.url)) {
      throw new ParseError(`\`${value}\`: uv refuses a relative path in pyproject.toml requirements ("relative path without a working directory")`, {
        file: this.file,
        line: span.line,
        column: span.column,
        hint: `Use \`[tool.uv.sources]\` (\`${req.name} = { path = "${req.url}" }\`) with a plain \`${req.name}\` requirement, or a file:// URL.`
      });
    }
    return { raw: value, req, line: span.line, column: span.column, span };
  }
  /** Requirement strings that failed to parse (collected by {@link requirements}, not thrown). */
  problems = [];
  /** A list of requirements; an item that does not parse is skipped and recorded in `problems`. */
  requirements(value, path3) {
    const out = [];
    this.array(value, path3).forEach((item, i) => {
      const parsed = this.tolerant(() => this.requirement(item, [...path3, i]));
      if (parsed) out.push(parsed);
    });
    return out;
  }
  /** Runs a parse step; a requirement-level ParseError is recorded and yields undefined. */
  tolerant(step) {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      this.problems.push(error);
      return void 0;
    }
  }
};
function readUv(r, uv) {
  const base = ["tool", "uv"];
  const t = uv ?? {};
  const sources = {};
  for (const [name, value] of Object.entries(r.table(t.sources, [...base, "sources"]) ?? {})) {
    const path3 = [...base, "sources", name];
    const list = Array.isArray(value) ? value : [value];
    sources[name] = list.map((item, i) => r.table(item, Array.isArray(value) ? [...path3, i] : path3));
  }
  const indexes = r.array(t.index, [...base, "index"]).map((item, i) => {
    const path3 = [...base, "index", i];
    const index = r.table(item, path3);
    const url = r.string(index.url, [...path3, "url"]) ?? r.fail([...path3, "url"], "is required");
    const entry = { url, explicit: r.bool(index.explicit, [...path3, "explicit"]) ?? false, default: r.bool(index.default, [...path3, "default"]) ?? false };
    const name = r.string(index.name, [...path3, "name"]);
    if (name !== null) entry.name = name;
    return entry;
  });
  let defaultGroups2 = null;
  if (t["default-groups"] === "all") defaultGroups2 = "all";
  else if (t["default-groups"] !== void 0) defaultGroups2 = r.strings(t["default-groups"], [...base, "default-groups"]);
  const conflicts = r.array(t.conflicts, [...base, "conflicts"]).map(
    (set, i) => r.array(set, [...base, "conflicts", i]).map((item, j) => {
      const path3 = [...base, "conflicts", i, j];
      const c = r.table(item, path3);
      const out = {};
      for (const key of ["extra", "group", "package"]) {
        const v = r.string(c[key], [...path3, key]);
        if (v !== null) out[key] = v;
      }
      return out;
    })
  );
  const workspace = r.table(t.workspace, [...base, "workspace"]) ?? {};
  const strOrList = /* @__PURE__ */ __name((value, path3) => typeof value === "string" ? [value] : r.strings(value, path3), "strOrList");
  return {
    requiredVersion: r.string(t["required-version"], [...base, "required-version"]),
    sources,
    indexes,
    overrideDependencies: r.requirements(t["override-dependencies"], [...base, "override-dependencies"]),
    constraintDependencies: r.requirements(t["constraint-dependencies"], [...base, "constraint-dependencies"]),
    devDependencies: r.requirements(t["dev-dependencies"], [...base, "dev-dependencies"]),
    defaultGroups: defaultGroups2,
    environments: strOrList(t.environments, [...base, "environments"]),
    requiredEnvironments: strOrList(t["required-environments"], [...base, "required-environments"]),
    conflicts,
    package: r.bool(t.package, [...base, "package"]),
    workspaceMembers: r.strings(workspace.members, [...base, "workspace", "members"]),
    workspaceExclude: r.strings(workspace.exclude, [...base, "workspace", "exclude"])
  };
}
__name(readUv, "readUv");
function parsePyproject(text, file = "pyproject.toml") {
  const doc = parseToml(text, file);
  const locator = locateValues(text);
  const r = new Reader(file, locator);
  const project = r.table(doc.project, ["project"]);
  const tool = r.table(doc.tool, ["tool"]) ?? {};
  const optionalDependencies = {};
  for (const [extra, list] of Object.entries(r.table(project?.["optional-dependencies"], ["project", "optional-dependencies"]) ?? {})) {
    optionalDependencies[extra] = r.requirements(list, ["project", "optional-dependencies", extra]);
  }
  const dependencyGroups = {};
  for (const [group, list] of Object.entries(r.table(doc["dependency-groups"], ["dependency-groups"]) ?? {})) {
    const path3 = ["dependency-groups", group];
    dependencyGroups[group] = r.array(list, path3).flatMap((item, i) => {
      if (typeof item === "string") {
        const parsed = r.tolerant(() => r.requirement(item, [...path3, i]));
        return parsed ? [parsed] : [];
      }
      const include = r.table(item, [...path3, i]);
      const target = r.string(include["include-group"], [...path3, i, "include-group"]) ?? r.fail([...path3, i], 'must be a requirement string or { include-group = "NAME" }');
      const entry = { includeGroup: target, line: r.position([...path3, i]).line ?? 1 };
      return [entry];
    });
  }
  const dynamic = project ? r.strings(project.dynamic, ["project", "dynamic"]) : [];
  return {
    file,
    name: project ? r.string(project.name, ["project", "name"]) : null,
    version: project ? r.string(project.version, ["project", "version"]) : null,
    dynamicVersion: dynamic.includes("version"),
    dynamic,
    requiresPython: project ? r.string(project["requires-python"], ["project", "requires-python"]) : null,
    requiresPythonLine: locator.get(["project", "requires-python"])?.line ?? null,
    dependencies: project ? r.requirements(project.dependencies, ["project", "dependencies"]) : [],
    optionalDependencies,
    dependencyGroups,
    tool: {
      uv: readUv(r, r.table(tool.uv, ["tool", "uv"])),
      lockstep: r.table(tool.lockstep, ["tool", "lockstep"]) ?? null
    },
    projectLine: locator.get(["project"])?.line ?? 1,
    locator,
    problems: r.problems
  };
}
__name(parsePyproject, "parsePyproject");

// src/core/security/paths.ts
import path from "node:path";
function lexicallyInside(root, relative) {
  const resolved = path.resolve(root, relative);
  const rel = path.relative(path.resolve(root), resolved);
  if (rel === "") return resolved;
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return resolved;
}
__name(lexicallyInside, "lexicallyInside");
function isWithin(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
__name(isWithin, "isWithin");

// src/adapters/pixi-files.ts
import path2 from "node:path";
function readIfFile(file, shown) {
  return readProjectFile(file, { maxBytes: shown === "pixi.lock" ? PROJECT_FILE_LIMITS.lock : PROJECT_FILE_LIMITS.manifest, shown });
}
__name(readIfFile, "readIfFile");
function pixiProjectFrom(files) {
  const { pixiToml, pyproject, lock } = files;
  if (pixiToml !== null) return { manifest: pixiToml, manifestPath: "pixi.toml", lock, lockPath: "pixi.lock" };
  if (pyproject !== null && /^\s*\[\s*tool\.pixi[\].]/m.test(pyproject)) return { manifest: pyproject, manifestPath: "pyproject.toml", lock, lockPath: "pixi.lock" };
  if (lock !== null) return { manifest: null, manifestPath: "pixi.toml", lock, lockPath: "pixi.lock" };
  return null;
}
__name(pixiProjectFrom, "pixiProjectFrom");
function readPixiProjectFiles(projectDir, pyproject) {
  return pixiProjectFrom({
    pixiToml: readIfFile(path2.join(projectDir, "pixi.toml"), "pixi.toml"),
    pyproject: pyproject !== void 0 ? pyproject : readIfFile(path2.join(projectDir, "pyproject.toml"), "pyproject.toml"),
    lock: readIfFile(path2.join(projectDir, "pixi.lock"), "pixi.lock")
  });
}
__name(readPixiProjectFiles, "readPixiProjectFiles");

// src/core/matrix/unpinned.ts
function unpinnedBySection(entries, lockFile) {
  const sections = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const list = sections.get(entry.where) ?? [];
    list.push(entry);
    sections.set(entry.where, list);
  }
  const shown = /* @__PURE__ */ __name((items, n) => `${items.slice(0, n).map((i) => `\`${i}\``).join(", ")}${items.length > n ? ` and ${items.length - n} more` : ""}`, "shown");
  const findings = [];
  for (const [where, list] of sections) {
    if (list.length === 1) {
      findings.push(list[0].finding);
      continue;
    }
    const pins = list.map((e) => e.pin).filter((p) => p !== null);
    const first = list[0].finding;
    const grouped = {
      code: "unpinned-dependency",
      severity: "warning",
      message: `${list.length} requirements in ${where} are not pinned with \`==\`: ${shown(list.map((e) => e.name), 12)}.` + (pins.length > 0 ? ` Pin each to what ${lockFile} resolved (e.g. ${shown(pins, 3)}).` : " Pin each with `==` to the version you tested."),
      related: list.map((e) => ({ package: e.finding.package, message: e.finding.message, line: e.finding.line, column: e.finding.column }))
    };
    if (first.file !== void 0) grouped.file = first.file;
    if (first.line !== void 0) grouped.line = first.line;
    if (first.column !== void 0) grouped.column = first.column;
    findings.push(grouped);
  }
  return findings;
}
__name(unpinnedBySection, "unpinnedBySection");

// src/core/lock/stale.ts
var FIX = "Run `uv lock` and commit the updated uv.lock.";
function canonicalSpecifier(spec) {
  if (!spec) return "";
  return spec.split(",").map((clause) => clause.replace(/\s+/g, "")).filter((clause) => clause !== "").sort().join(",");
}
__name(canonicalSpecifier, "canonicalSpecifier");
var canonicalExtras = /* @__PURE__ */ __name((extras) => [...new Set(extras.map(normalizeName))].sort().join(","), "canonicalExtras");
function markerExtras(marker) {
  if (!marker || !marker.includes("extra")) return [];
  const found = /* @__PURE__ */ new Set();
  const walk2 = /* @__PURE__ */ __name((m) => {
    if (m.kind === "compare") {
      if (m.left.kind === "variable" && m.left.name === "extra" && m.right.kind === "string") found.add(normalizeName(m.right.value));
      else if (m.right.kind === "variable" && m.right.name === "extra" && m.left.kind === "string") found.add(normalizeName(m.left.value));
    } else m.items.forEach(walk2);
  }, "walk");
  try {
    walk2(parseMarker(marker));
  } catch {
    return [];
  }
  return [...found];
}
__name(markerExtras, "markerExtras");
function comparisonEnvironments(requiresPython) {
  const platforms = ["x86_64-manylinux_2_28", "aarch64-manylinux_2_28", "aarch64-apple-darwin", "x86_64-apple-darwin", "x86_64-pc-windows-msvc", "aarch64-pc-windows-msvc", "x86_64-unknown-linux-musl"];
  const envs = [];
  for (let minor = 6; minor <= 15; minor++) {
    const patches = [0, 1, 5, 10, 14, 20, 30].map((p) => `3.${minor}.${p}`).filter((v) => !requiresPython || satisfiesSafe(v, requiresPython));
    const chosen = patches.length > 2 ? [patches[0], patches[patches.length - 1]] : patches;
    for (const python of chosen) for (const name of platforms) envs.push(resolvePlatform(name).markerEnvironment(python));
  }
  return envs;
}
__name(comparisonEnvironments, "comparisonEnvironments");
function satisfiesSafe(version, spec) {
  try {
    return versionSatisfies(version, spec, { prereleases: true });
  } catch {
    return true;
  }
}
__name(satisfiesSafe, "satisfiesSafe");
function samePythonRange(a, b) {
  if (canonicalSpecifier(a) === canonicalSpecifier(b)) return true;
  if (a === null || b === null) return false;
  for (let major = 2; major <= 4; major++) {
    for (let minor = 0; minor <= 20; minor++) {
      for (const patch of [0, 1, 5, 10, 14, 20, 30]) {
        const v = `${major}.${minor}.${patch}`;
        if (satisfiesSafe(v, a) !== satisfiesSafe(v, b)) return false;
      }
    }
  }
  return true;
}
__name(samePythonRange, "samePythonRange");
function sameMeaning(a, b, envs, extras) {
  const holds = /* @__PURE__ */ __name((markers, env) => markers.some((m) => {
    if (m === null) return true;
    try {
      return evaluateMarker(m, { env, extras });
    } catch {
      return true;
    }
  }), "holds");
  return envs.every((env) => holds(a, env) === holds(b, env));
}
__name(sameMeaning, "sameMeaning");
var keyOf = /* @__PURE__ */ __name((context, name) => `${context}\0${name}`, "keyOf");
function add(side, context, normal, line) {
  const key = keyOf(context, normal.name);
  const list = side.entries.get(key);
  if (list) list.push(normal);
  else side.entries.set(key, [normal]);
  if (line !== void 0 && !side.lines.has(key)) side.lines.set(key, line);
}
__name(add, "add");
function fromPyproject(req) {
  return {
    name: req.req.normalizedName,
    extras: canonicalExtras(req.req.extras),
    specifier: canonicalSpecifier(req.req.specifier),
    marker: req.req.marker && req.req.marker.trim() !== "" ? req.req.marker : null,
    direct: req.req.url !== null
  };
}
__name(fromPyproject, "fromPyproject");
function fromLock(req, marker) {
  const direct = ["git", "url", "path", "directory", "editable"].some((key) => key in req.sourceKeys);
  return { name: normalizeName(req.name), extras: canonicalExtras(req.extras), specifier: canonicalSpecifier(req.specifier), marker, direct };
}
__name(fromLock, "fromLock");
function flattenGroups(pyproject) {
  const out = /* @__PURE__ */ new Map();
  const expand = /* @__PURE__ */ __name((group, seen) => {
    const items = Object.entries(pyproject.dependencyGroups).find(([g]) => normalizeName(g) === group)?.[1] ?? [];
    return items.flatMap((item) => {
      if (!isGroupInclude(item)) return [item];
      const target = normalizeName(item.includeGroup);
      if (seen.has(target)) return [];
      return expand(target, /* @__PURE__ */ new Set([...seen, target]));
    });
  }, "expand");
  for (const group of Object.keys(pyproject.dependencyGroups)) {
    const name = normalizeName(group);
    out.set(name, [...out.get(name) ?? [], ...expand(name, /* @__PURE__ */ new Set([name]))]);
  }
  if (pyproject.tool.uv.devDependencies.length > 0) out.set("dev", [...out.get("dev") ?? [], ...pyproject.tool.uv.devDependencies]);
  return out;
}
__name(flattenGroups, "flattenGroups");
function findRootPackage(lock, name) {
  const candidates = lock.byName.get(normalizeName(name)) ?? [];
  const local = /* @__PURE__ */ __name((p) => ["editable", "virtual", "directory", "path"].includes(p.source.kind), "local");
  return candidates.find((p) => p.metadata && local(p)) ?? candidates.find((p) => p.metadata) ?? candidates.find(local);
}
__name(findRootPackage, "findRootPackage");
var NO_METADATA = { requiresDist: [], requiresDev: {}, providesExtras: null };
function describe(list) {
  return list.map((n) => `${n.name}${n.extras ? `[${n.extras}]` : ""}${n.specifier ? n.specifier : " (any version)"}${n.marker ? `; ${n.marker}` : ""}`).join(" | ");
}
__name(describe, "describe");
function contextLabel(context) {
  if (context === "") return "project.dependencies";
  if (context.startsWith("extra:")) return `optional dependency \`${context.slice(6)}\``;
  return `dependency group \`${context.slice(6)}\``;
}
__name(contextLabel, "contextLabel");
function staleLockFindings(pyproject, lock, files = { pyproject: pyproject.file, lock: lock.file }) {
  const findings = [];
  const stale = /* @__PURE__ */ __name((message, file, line, pkg) => {
    const finding = { code: "lock-stale", severity: "error", message: `${message} ${FIX}`, file };
    if (line !== void 0) finding.line = line;
    if (pkg !== void 0) finding.package = pkg;
    findings.push(finding);
  }, "stale");
  const requiresPython = lock.requiresPython ?? pyproject.requiresPython;
  if (lock.manifest.members.length <= 1 && !samePythonRange(pyproject.requiresPython, lock.requiresPython)) {
    stale(
      `requires-python differs: pyproject.toml says ${pyproject.requiresPython ?? "(nothing)"}, uv.lock was resolved for ${lock.requiresPython ?? "(nothing)"}.`,
      files.pyproject,
      pyproject.requiresPythonLine ?? pyproject.projectLine
    );
  }
  if (!pyproject.name) return findings;
  const root = findRootPackage(lock, pyproject.name);
  if (!root) {
    const nameLine = pyproject.locator.get(["project", "name"])?.line ?? pyproject.projectLine;
    stale(`uv.lock has no entry for the project \`${pyproject.name}\` (renamed, or never locked).`, files.pyproject, nameLine, pyproject.name);
    return findings;
  }
  const dynamic = new Set(pyproject.dynamic);
  if (!root.metadata && dynamic.size > 0) return findings;
  const meta = root.metadata ?? NO_METADATA;
  const compared = /* @__PURE__ */ __name((context) => context === "" ? !dynamic.has("dependencies") : context.startsWith("extra:") ? !dynamic.has("optional-dependencies") : true, "compared");
  const want = { entries: /* @__PURE__ */ new Map(), lines: /* @__PURE__ */ new Map() };
  for (const req of pyproject.dependencies) add(want, "", fromPyproject(req), req.line);
  for (const [extra, list] of Object.entries(pyproject.optionalDependencies)) {
    for (const req of list) add(want, `extra:${normalizeName(extra)}`, fromPyproject(req), req.line);
  }
  for (const [group, list] of flattenGroups(pyproject)) for (const req of list) add(want, `group:${group}`, fromPyproject(req), req.line);
  const have = { entries: /* @__PURE__ */ new Map(), lines: /* @__PURE__ */ new Map() };
  for (const req of meta.requiresDist) {
    const extras = markerExtras(req.marker);
    if (extras.length === 0) add(have, "", fromLock(req, req.marker ?? null));
    for (const extra of extras) add(have, `extra:${extra}`, fromLock(req, req.marker ?? null));
  }
  for (const [group, list] of Object.entries(meta.requiresDev)) {
    for (const req of list) add(have, `group:${normalizeName(group)}`, fromLock(req, req.marker ?? null));
  }
  const directSources = /* @__PURE__ */ new Map();
  for (const [name, list] of Object.entries(pyproject.tool.uv.sources)) {
    directSources.set(normalizeName(name), list.some((source) => ["git", "url", "path", "workspace"].some((key) => key in source)));
  }
  let envs;
  const keys = /* @__PURE__ */ new Set([...want.entries.keys(), ...have.entries.keys()]);
  for (const key of keys) {
    const [context, name] = key.split("\0");
    if (!compared(context)) continue;
    const wanted = want.entries.get(key);
    const had = have.entries.get(key);
    const where = contextLabel(context);
    if (!had) {
      stale(`${name} was added to ${where} (${describe(wanted)}) but uv.lock does not have it.`, files.pyproject, want.lines.get(key), name);
      continue;
    }
    if (!wanted) {
      stale(`${name} was removed from ${where} but uv.lock still requires it (${describe(had)}).`, files.lock, root.line, name);
      continue;
    }
    const specs = /* @__PURE__ */ __name((list) => [...new Set(list.map((n) => n.specifier))].sort().join(" | "), "specs");
    const extras = /* @__PURE__ */ __name((list) => [...new Set(list.map((n) => n.extras))].sort().join(" | "), "extras");
    const direct = (directSources.get(name) ?? false) || had.some((n) => n.direct);
    let differs = !direct && specs(wanted) !== specs(had) || extras(wanted) !== extras(had);
    if (!differs) {
      const wm = wanted.map((n) => n.marker);
      const hm = had.map((n) => n.marker);
      const textEqual = [...new Set(wm)].sort().join("|") === [...new Set(hm)].sort().join("|");
      const active = new Set(context.startsWith("extra:") ? [context.slice(6)] : []);
      if (!textEqual) differs = !sameMeaning(wm, hm, envs ??= comparisonEnvironments(requiresPython), active);
    }
    if (differs) {
      stale(`${name} in ${where} changed: pyproject.toml has ${describe(wanted)}, uv.lock was resolved for ${describe(had)}.`, files.pyproject, want.lines.get(key), name);
    }
  }
  if (meta.providesExtras !== null && !dynamic.has("optional-dependencies")) {
    const declared = new Set(Object.keys(pyproject.optionalDependencies).map(normalizeName));
    const locked = new Set(meta.providesExtras.map(normalizeName));
    for (const extra of declared) {
      if (!locked.has(extra)) {
        const line = pyproject.locator.get(["project", "optional-dependencies", Object.keys(pyproject.optionalDependencies).find((e) => normalizeName(e) === extra)])?.line;
        if (![...want.entries.keys()].some((k) => k.startsWith(`extra:${extra}\0`) && !have.entries.has(k))) {
          stale(`extra \`${extra}\` was added to pyproject.toml but uv.lock does not provide it.`, files.pyproject, line ?? pyproject.projectLine);
        }
      }
    }
    for (const extra of locked) {
      if (!declared.has(extra) && ![...have.entries.keys()].some((k) => k.startsWith(`extra:${extra}\0`))) {
        stale(`extra \`${extra}\` was removed from pyproject.toml but uv.lock still provides it.`, files.lock, root.line);
      }
    }
  }
  return findings;
}
__name(staleLockFindings, "staleLockFindings");

// src/core/pep/tags.ts
function minimumManylinuxMinor(arch) {
  switch (arch) {
    case "x86_64":
    case "i686":
      return 5;
    case "aarch64":
    case "armv7l":
    case "ppc64le":
    case "s390x":
      return 17;
    case "riscv64":
      return 31;
  }
}
__name(minimumManylinuxMinor, "minimumManylinuxMinor");
function macBinaryFormats(arch) {
  if (arch === "aarch64") return ["arm64", "universal2"];
  if (arch === "x86_64") return ["x86_64", "intel", "fat64", "fat32", "universal2", "universal"];
  if (arch === "i686") return ["i386", "intel", "fat32", "fat", "universal"];
  return [];
}
__name(macBinaryFormats, "macBinaryFormats");
function platformTags(platform) {
  const tags = [];
  const arch = platform.arch;
  if (platform.os === "windows") {
    if (arch === "x86_64") tags.push("win_amd64");
    else if (arch === "aarch64") tags.push("win_arm64");
    else if (arch === "i686") tags.push("win32");
    return tags;
  }
  if (platform.os === "macos") {
    const [major, minor] = platform.macos ?? [13, 0];
    const formats = macBinaryFormats(arch);
    if (major >= 11) {
      for (let m = major; m >= 11; m--) for (const f of formats) tags.push(`macosx_${m}_0_${f}`);
      const tenFormats = arch === "aarch64" ? ["universal2"] : formats;
      for (let m = 16; m >= 4; m--) for (const f of tenFormats) tags.push(`macosx_10_${m}_${f}`);
    } else if (major === 10 && arch !== "aarch64") {
      for (let m = minor; m >= 4; m--) for (const f of formats) tags.push(`macosx_10_${m}_${f}`);
    }
    return tags;
  }
  if (platform.libc === "musl") {
    const [major, minor] = platform.musl ?? [1, 2];
    for (let m = minor; m >= 0; m--) tags.push(`musllinux_${major}_${m}_${arch}`);
  } else {
    const [major, floor] = platform.glibc ?? [2, 17];
    const lowest = minimumManylinuxMinor(arch);
    if (lowest !== null) {
      for (let m = floor; m >= lowest; m--) {
        tags.push(`manylinux_${major}_${m}_${arch}`);
        if (major === 2 && m === 17) tags.push(`manylinux2014_${arch}`);
        if (major === 2 && m === 12) tags.push(`manylinux2010_${arch}`);
        if (major === 2 && m === 5) tags.push(`manylinux1_${arch}`);
      }
    }
  }
  tags.push(`linux_${arch}`);
  return tags;
}
__name(platformTags, "platformTags");
function compatibleTagTriples(python, platform) {
  const target = parsePythonTarget(python);
  if (target.major !== 3) {
    throw new LockstepError(`Unsupported Python version ${JSON.stringify(python)}`, { hint: "Only CPython 3.x targets are supported." });
  }
  const { major, minor, freethreaded } = target;
  const cp = `cp${major}${minor}`;
  const abi = freethreaded ? `${cp}t` : minor <= 7 ? `${cp}m` : cp;
  const plats = platformTags(platform);
  const out = [];
  for (const p of plats) out.push({ python: cp, abi, platform: p });
  for (let m = minor; m >= 2; m--) {
    if (!freethreaded) for (const p of plats) out.push({ python: `cp${major}${m}`, abi: "abi3", platform: p });
    if (m === minor) for (const p of plats) out.push({ python: cp, abi: "none", platform: p });
  }
  for (let m = minor; m >= 0; m--) {
    for (const p of plats) out.push({ python: `py${major}${m}`, abi: "none", platform: p });
    if (m === minor) for (const p of plats) out.push({ python: `py${major}`, abi: "none", platform: p });
  }
  out.push({ python: cp, abi: "none", platform: "any" });
  for (let m = minor; m >= 0; m--) {
    out.push({ python: `py${major}${m}`, abi: "none", platform: "any" });
    if (m === minor) out.push({ python: `py${major}`, abi: "none", platform: "any" });
  }
  return out;
}
__name(compatibleTagTriples, "compatibleTagTriples");
var MapTagMatcher = class {
  constructor(triples, freethreaded, cpVersion) {
    this.freethreaded = freethreaded;
    this.cpVersion = cpVersion;
    triples.forEach((t, rank) => {
      let abis = this.index.get(t.python);
      if (!abis) this.index.set(t.python, abis = /* @__PURE__ */ new Map());
      let plats = abis.get(t.abi);
      if (!plats) abis.set(t.abi, plats = /* @__PURE__ */ new Map());
      if (!plats.has(t.platform)) plats.set(t.platform, rank);
    });
  }
  freethreaded;
  cpVersion;
  static {
    __name(this, "MapTagMatcher");
  }
  /** python tag → abi tag → platform tag → rank (0 = most preferred). */
  index = /* @__PURE__ */ new Map();
  /** null when the wheel is installable; otherwise the closest miss (see {@link Incompatibility}). */
  incompatibility(wheel) {
    if (this.priority(wheel) !== null) return null;
    if (this.freethreaded && !wheel.abiTags.some((a) => a === "none" || /^cp\d+t$/.test(a))) return "freethreaded-abi";
    const versionAbis = wheel.abiTags.map((abi) => /^cp(\d+)/.exec(abi)?.[1]);
    if (versionAbis.every((v) => v !== void 0 && v !== this.cpVersion)) return "python";
    let closest = "python";
    for (const py of wheel.pythonTags) {
      const abis = this.index.get(py);
      if (!abis) continue;
      if (wheel.abiTags.some((abi) => abis.has(abi))) return "platform";
      closest = "abi";
    }
    return closest;
  }
  priority(wheel) {
    if (this.freethreaded && !wheel.abiTags.some((a) => a === "none" || /^cp\d+t$/.test(a))) return null;
    let best = null;
    for (const py of wheel.pythonTags) {
      const abis = this.index.get(py);
      if (!abis) continue;
      for (const abi of wheel.abiTags) {
        const plats = abis.get(abi);
        if (!plats) continue;
        for (const plat of wheel.platformTags) {
          const rank = plats.get(plat);
          if (rank !== void 0 && (best === null || rank < best)) best = rank;
        }
      }
    }
    return best;
  }
};
var MATCHERS = /* @__PURE__ */ new Map();
var MATCHERS_BY_PLATFORM = /* @__PURE__ */ new WeakMap();
function platformKey(platform) {
  return `${platform.name}|${platform.os}|${platform.arch}|${platform.libc}|${platform.glibc}|${platform.musl}|${platform.macos}`;
}
__name(platformKey, "platformKey");
function tagMatcher(python, platform) {
  return matcherFor(python, platform);
}
__name(tagMatcher, "tagMatcher");
function matcherFor(python, platform) {
  let perPython = MATCHERS_BY_PLATFORM.get(platform);
  const hit = perPython?.get(python);
  if (hit) return hit;
  const key = `${python}|${platformKey(platform)}`;
  let matcher = MATCHERS.get(key);
  if (!matcher) {
    const target = parsePythonTarget(python);
    matcher = new MapTagMatcher(compatibleTagTriples(python, platform), target.freethreaded, `${target.major}${target.minor}`);
    MATCHERS.set(key, matcher);
  }
  if (!perPython) MATCHERS_BY_PLATFORM.set(platform, perPython = /* @__PURE__ */ new Map());
  perPython.set(python, matcher);
  return matcher;
}
__name(matcherFor, "matcherFor");

// src/core/matrix/why-no-wheel.ts
var MANYLINUX_FLOORS = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40];
var LEGACY_GLIBC = { manylinux1: 5, manylinux2010: 12, manylinux2014: 17 };
var OTHER_PYTHONS = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.13t", "3.14t"];
function glibcMinor(tag, arch) {
  const m = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (m) return m[3] === arch && m[1] === "2" ? Number(m[2]) : null;
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(tag);
  return legacy && legacy[2] === arch ? LEGACY_GLIBC[legacy[1]] : null;
}
__name(glibcMinor, "glibcMinor");
function whyNoWheel(wheels, python, platform) {
  const here = tagMatcher(python, platform);
  if (wheels.some((w) => here.priority(w) !== null)) return null;
  if (platform.os === "linux" && platform.libc === "gnu" && platform.glibc) {
    let needs = null;
    for (const wheel of wheels) {
      for (const tag of wheel.platformTags) {
        const minor = glibcMinor(tag, platform.arch);
        if (minor === null || minor <= platform.glibc[1]) continue;
        const floor = MANYLINUX_FLOORS.find((f) => f >= minor);
        if (floor === void 0) continue;
        const raised = resolvePlatform(`${platform.arch}-manylinux_2_${floor}`);
        if (tagMatcher(python, raised).priority(wheel) !== null && (needs === null || minor < needs)) needs = minor;
      }
    }
    if (needs !== null) {
      const floor = MANYLINUX_FLOORS.find((f) => f >= needs);
      return { kind: "glibc", needs: [2, needs], has: [...platform.glibc], works: `${platform.arch}-manylinux_2_${floor}` };
    }
  }
  const available = OTHER_PYTHONS.filter((other) => other !== python && wheels.some((w) => tagMatcher(other, platform).priority(w) !== null));
  if (available.length > 0) return { kind: "python", available };
  return { kind: "platform" };
}
__name(whyNoWheel, "whyNoWheel");
function cpTag(python) {
  return `cp${python.replace(".", "")}`;
}
__name(cpTag, "cpTag");
function describeNoWheel(reason, python, platformName, examples) {
  switch (reason.kind) {
    case "glibc":
      return `Its wheels need a newer glibc: the oldest that fits is manylinux_2_${reason.needs[1]} (glibc \u2265 2.${reason.needs[1]}), and ${platformName} assumes glibc ${reason.has.join(".")}. It installs on \`${reason.works}\` (or newer); pick a version with a manylinux_2_${reason.has[1]} wheel, or target a newer glibc.`;
    case "python":
      return `There is no wheel for ${cpTag(python)} (wheels exist for ${reason.available.map(cpTag).join(", ")} on this platform); pick a version that publishes ${cpTag(python)} wheels, or drop that Python.`;
    case "platform":
      return `Its wheels are for other platforms (${examples.slice(0, 3).join(", ")}${examples.length > 3 ? ", \u2026" : ""}); restrict it with a marker, pick a version with a wheel for this target, or drop the target.`;
  }
}
__name(describeNoWheel, "describeNoWheel");

// src/core/matrix/target-list.ts
var PYTHON = /^3\.\d{1,2}t?$/;
var CUDA = /^\d{2}(\.\d{1,2})?$/;
var EXAMPLE = "3.11:x86_64-manylinux_2_28, 3.12:aarch64-apple-darwin, 3.12:x86_64-manylinux_2_28:12.4";
function badItem(item, what, hint) {
  return new LockstepError(`targets item \`${item}\`: ${what}`, { hint });
}
__name(badItem, "badItem");
function parseTargetItem(item) {
  const parts = item.split(":").map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "")) {
    throw badItem(item, "expected PYTHON:PLATFORM or PYTHON:PLATFORM:CUDA.", `Example: targets: ${EXAMPLE}`);
  }
  const [python, platform, cuda] = parts;
  if (!PYTHON.test(python)) {
    throw badItem(item, `\`${python}\` is not a CPython minor.`, "Give a version like 3.12 (append 't' for free-threaded, e.g. 3.13t).");
  }
  if (!PLATFORM_NAMES.includes(platform)) {
    throw badItem(item, `unknown platform \`${platform}\`.`, `Valid platforms (uv --python-platform names): ${PLATFORM_NAMES.join(", ")}.`);
  }
  if (cuda !== void 0 && !CUDA.test(cuda)) {
    throw badItem(item, `\`${cuda}\` is not a CUDA version.`, "Give the CUDA version the target provides, like 12.4.");
  }
  return { python, platform, cuda: cuda ?? null };
}
__name(parseTargetItem, "parseTargetItem");
function parseTargetSelection(value) {
  const text = value.trim();
  if (text === "") return { kind: "off" };
  if (text.toLowerCase() === "auto") return { kind: "auto" };
  const items = text.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
  if (items.some((item) => item.toLowerCase() === "auto")) {
    throw new LockstepError("targets: `auto` cannot be combined with explicit items.", {
      hint: "Use `targets: auto` alone for the default targets, or list every PYTHON:PLATFORM[:CUDA] item you want."
    });
  }
  const targets = [];
  for (const item of items) {
    const spec = parseTargetItem(item.replace(/^-\s+/, ""));
    if (!targets.some((t) => t.python === spec.python && t.platform === spec.platform && t.cuda === spec.cuda)) targets.push(spec);
  }
  return targets.length > 0 ? { kind: "explicit", targets } : { kind: "off" };
}
__name(parseTargetSelection, "parseTargetSelection");

// src/core/matrix/targets.ts
var KNOWN_PYTHONS = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14"];
var DEFAULT_PLATFORMS = ["x86_64-manylinux_2_28", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"];
var CANDIDATES = [
  { name: "x86_64-manylinux_2_28", os: "linux", secondary: false },
  { name: "aarch64-manylinux_2_28", os: "linux", secondary: false },
  { name: "aarch64-apple-darwin", os: "macos", secondary: false },
  { name: "x86_64-apple-darwin", os: "macos", secondary: true },
  { name: "x86_64-pc-windows-msvc", os: "windows", secondary: false },
  { name: "aarch64-pc-windows-msvc", os: "windows", secondary: true }
];
function targetId(python, platform, cuda) {
  const p = parsePythonTarget(python);
  const cudaPart = cuda ? `-cu${cuda.replace(/\./g, "")}` : "";
  return `cp${p.major}${p.minor}${p.freethreaded ? "t" : ""}-${platform}${cudaPart}`;
}
__name(targetId, "targetId");
function satisfies(version, spec) {
  try {
    return versionSatisfies(version, spec, { prereleases: true });
  } catch {
    return true;
  }
}
__name(satisfies, "satisfies");
function markerPython(minor, requiresPython) {
  if (!requiresPython || /^\d+\.\d+\.\d+/.test(minor)) return minor;
  const base = minor.replace(/t$/, "");
  for (let patch = 0; patch <= 40; patch++) if (satisfies(`${base}.${patch}`, requiresPython)) return `${base}.${patch}`;
  return minor;
}
__name(markerPython, "markerPython");
function minorsInside(requiresPython, candidates = KNOWN_PYTHONS) {
  if (!requiresPython) return [...candidates];
  return candidates.filter((minor) => {
    for (let patch = 0; patch <= 40; patch++) if (satisfies(`${minor}.${patch}`, requiresPython)) return true;
    return false;
  });
}
__name(minorsInside, "minorsInside");
function markerHolds(marker, env) {
  try {
    return evaluateMarker(marker, { env });
  } catch {
    return false;
  }
}
__name(markerHolds, "markerHolds");
function checkPython(python, requiresPython) {
  parsePythonTarget(python);
  if (requiresPython && !minorsInside(requiresPython, [python.replace(/t$/, "").split(".").slice(0, 2).join(".")]).length) {
    throw new LockstepError(`Python ${python} is outside the project's requires-python (${requiresPython}).`, {
      hint: `uv would refuse to install the project there; pick Pythons inside ${requiresPython}.`
    });
  }
}
__name(checkPython, "checkPython");
function explicitTargets(specs, requiresPython) {
  const targets = [];
  for (const spec of specs) {
    checkPython(spec.python, requiresPython);
    const platform = resolvePlatform(spec.platform);
    const cuda = spec.cuda || null;
    if (cuda && platform.os === "macos") {
      throw new LockstepError(`Target ${spec.python}:${spec.platform}:${cuda} asks for CUDA on macOS, which has none.`, {
        hint: `Drop the CUDA part (${spec.python}:${spec.platform}) or use a Linux/Windows platform.`
      });
    }
    const id = targetId(spec.python, spec.platform, cuda);
    if (!targets.some((t) => t.id === id)) targets.push({ id, python: spec.python, platform: spec.platform, cuda });
  }
  return targets;
}
__name(explicitTargets, "explicitTargets");
function resolveTargets(lock, pyproject, options) {
  const requiresPython = lock?.requiresPython ?? pyproject?.requiresPython ?? null;
  if (options.targets && options.targets.length > 0) return explicitTargets(options.targets, requiresPython);
  const pythons = options.pythons && options.pythons.length > 0 ? options.pythons : minorsInside(requiresPython);
  for (const python of pythons) checkPython(python, requiresPython);
  const explicitPlatforms = options.platforms && options.platforms.length > 0 ? options.platforms : null;
  const markers = lock && lock.supportedMarkers.length > 0 ? lock.supportedMarkers : pyproject?.tool.uv.environments ?? [];
  let pairs = [];
  if (explicitPlatforms) {
    for (const name of explicitPlatforms) resolvePlatform(name);
    for (const python of pythons) for (const platform of explicitPlatforms) pairs.push({ python, platform });
  } else if (markers.length === 0) {
    for (const python of pythons) for (const platform of DEFAULT_PLATFORMS) pairs.push({ python, platform });
  } else {
    const holds = /* @__PURE__ */ __name((python, name) => {
      const env = resolvePlatform(name).markerEnvironment(markerPython(python, requiresPython));
      return markers.some((m) => markerHolds(m, env));
    }, "holds");
    const chosen = CANDIDATES.filter((c) => {
      if (!pythons.some((py) => holds(py, c.name))) return false;
      if (!c.secondary) return true;
      return !CANDIDATES.some((p) => p.os === c.os && !p.secondary && pythons.some((py) => holds(py, p.name)));
    });
    for (const python of pythons) for (const c of chosen) if (holds(python, c.name)) pairs.push({ python, platform: c.name });
  }
  if (pairs.length === 0) {
    throw new LockstepError("No target to check: the requested Pythons/platforms fall outside what the lock supports.", {
      hint: `requires-python is ${requiresPython ?? "unset"}${markers.length ? `; supported environments: ${markers.join(" | ")}` : ""}. Pick --python/--platform values inside them.`
    });
  }
  pairs = pairs.filter((p, i) => pairs.findIndex((q) => q.python === p.python && q.platform === p.platform) === i);
  return pairs.map(({ python, platform }) => {
    const cuda = options.cuda && resolvePlatform(platform).os !== "macos" ? options.cuda : null;
    return { id: targetId(python, platform, cuda), python, platform, cuda };
  });
}
__name(resolveTargets, "resolveTargets");

// src/core/setup/python-version.ts
var KNOWN_MINORS = [8, 9, 10, 11, 12, 13, 14, 15];
function readPythonVersionFile(text) {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line && !line.startsWith("#")) return line;
  }
  return void 0;
}
__name(readPythonVersionFile, "readPythonVersionFile");
function lowestAllowedPython(requiresPython) {
  if (requiresPython.trim() === "" || !isValidSpecifier(requiresPython)) return void 0;
  for (const minor of KNOWN_MINORS) {
    if (versionSatisfies(`3.${minor}.0`, requiresPython)) return `3.${minor}`;
    for (let patch = 1; patch <= 99; patch++) if (versionSatisfies(`3.${minor}.${patch}`, requiresPython)) return `${requiresPython},<3.${minor + 1}`;
  }
  return void 0;
}
__name(lowestAllowedPython, "lowestAllowedPython");
function choosePythonRequest(sources) {
  if (sources.input.trim()) return { request: sources.input.trim(), origin: "input" };
  if (sources.uvPythonEnv?.trim()) return { request: sources.uvPythonEnv.trim(), origin: "UV_PYTHON" };
  if (sources.toolVersions?.trim()) return { request: sources.toolVersions.trim(), origin: ".tool-versions" };
  const fromFile = sources.pythonVersionFile === void 0 ? void 0 : readPythonVersionFile(sources.pythonVersionFile);
  if (fromFile) return { request: fromFile, origin: ".python-version" };
  if (sources.requiresPython) {
    const lowest = lowestAllowedPython(sources.requiresPython);
    if (lowest) return { request: lowest, origin: "requires-python" };
    throw new LockstepError(`requires-python "${sources.requiresPython}" allows no known CPython version`, {
      file: "pyproject.toml",
      hint: "Fix requires-python, or set the `python-version` input."
    });
  }
  if (sources.anyWhenUnset) return { request: "3", origin: "default" };
  throw new LockstepError("no Python version to use: no `python-version` input, no .python-version, no requires-python", {
    file: "pyproject.toml",
    hint: "Set the `python-version` input, add a .python-version file (`uv python pin 3.11`), or set requires-python."
  });
}
__name(choosePythonRequest, "choosePythonRequest");

// src/core/matrix/engine.ts
var SOURCE_TREE_KINDS = /* @__PURE__ */ new Set(["git", "directory", "editable", "virtual"]);
function emptyReport(targets = []) {
  return {
    schema: 1,
    project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 },
    targets,
    packages: [],
    findings: []
  };
}
__name(emptyReport, "emptyReport");
function parseErrorFinding(error, fallbackFile) {
  const finding = {
    code: "parse-error",
    severity: "error",
    message: `${error.message}${error.hint ? ` \u2014 ${error.hint}` : ""}`,
    file: error.file ?? fallbackFile
  };
  if (error.line !== void 0) finding.line = error.line;
  if (error.column !== void 0) finding.column = error.column;
  return finding;
}
__name(parseErrorFinding, "parseErrorFinding");
function defaultGroups(pyproject, available) {
  const setting = pyproject?.tool.uv.defaultGroups ?? null;
  if (setting === "all") return available;
  if (setting) return setting.map(normalizeName);
  return ["dev"];
}
__name(defaultGroups, "defaultGroups");
function findRoots(lock, pyproject, options) {
  let packages = [];
  const own = pyproject?.name ? findRootPackage(lock, pyproject.name) : void 0;
  if (own) packages = [own];
  else if (lock.manifest.members.length > 0) {
    packages = lock.manifest.members.map((m) => findRootPackage(lock, m)).filter((p) => p !== void 0);
  }
  if (packages.length === 0) {
    packages = lock.packages.filter((p) => (p.source.kind === "editable" || p.source.kind === "virtual") && p.source.location === ".");
  }
  const availableGroups = [...new Set(packages.flatMap((p) => Object.keys(p.devDependencies)))];
  const availableExtras = [...new Set(packages.flatMap((p) => Object.keys(p.optionalDependencies)))];
  const extras = options.allExtras ? availableExtras : [...new Set((options.extras ?? []).map(normalizeName))];
  const groups = [.../* @__PURE__ */ new Set([...options.noDefaultGroups ? [] : defaultGroups(pyproject, availableGroups), ...(options.groups ?? []).map(normalizeName)])];
  if (packages.length > 0) {
    const unknownExtras = (options.extras ?? []).filter((e) => !availableExtras.includes(normalizeName(e)));
    const unknownGroups = (options.groups ?? []).filter((g) => !availableGroups.includes(normalizeName(g)));
    if (unknownExtras.length > 0 || unknownGroups.length > 0) {
      const what = [...unknownExtras.map((e) => `extra \`${e}\``), ...unknownGroups.map((g) => `group \`${g}\``)].join(", ");
      throw new LockstepError(`${what} not defined by ${packages.map((p) => p.name).join(", ")} in ${lock.file}.`, {
        hint: `Defined extras: ${availableExtras.join(", ") || "(none)"}; dependency groups: ${availableGroups.join(", ") || "(none)"}. If pyproject.toml defines it, run \`uv lock\`.`
      });
    }
  }
  for (const set of lock.conflicts) {
    const chosen = set.filter(
      (item) => packages.some((root) => root.name === normalizeName(item.package)) && (item.extra !== void 0 && extras.includes(normalizeName(item.extra)) || item.group !== void 0 && groups.includes(normalizeName(item.group)))
    );
    if (chosen.length > 1) {
      const names = chosen.map((c) => c.extra !== void 0 ? `extra \`${c.extra}\`` : `group \`${c.group}\``).join(" and ");
      throw new LockstepError(`${names} are declared as conflicting (tool.uv.conflicts), so uv cannot install them together.`, {
        hint: chosen.some((c) => c.group !== void 0) ? "Select one of them; a conflicting default group is dropped with --no-default-groups (then list the groups you want)." : "Select only one of them."
      });
    }
  }
  const active = /* @__PURE__ */ new Set();
  for (const root of packages) {
    for (const extra of extras) active.add(conflictExtra(root.name, extra));
    for (const group of groups) active.add(conflictGroup(root.name, group));
  }
  return { packages, extras, groups, active };
}
__name(findRoots, "findRoots");
function installSet(lock, roots, env, conflictPackages, resolve) {
  let active = roots.active;
  for (let round = 0; ; round++) {
    const { needed, activated } = walk(lock, roots, { env, extras: active }, resolve);
    const grown = new Set(active);
    for (const [pkg, extra] of activated) if (conflictPackages.has(pkg.name)) grown.add(conflictExtra(pkg.name, extra));
    if (grown.size === active.size || round >= 4) return { needed };
    active = grown;
  }
}
__name(installSet, "installSet");
function memoisedResolve(lock) {
  const resolved = /* @__PURE__ */ new Map();
  return (dep) => {
    let target = resolved.get(dep);
    if (target === void 0) resolved.set(dep, target = resolveDependency(lock, dep) ?? null);
    return target ?? void 0;
  };
}
__name(memoisedResolve, "memoisedResolve");
function walk(lock, roots, ctx, resolve) {
  const memo = /* @__PURE__ */ new Map();
  const holds = /* @__PURE__ */ __name((marker) => {
    if (marker === void 0) return true;
    let value = memo.get(marker);
    if (value === void 0) {
      value = evaluateMarker(marker, ctx);
      memo.set(marker, value);
    }
    return value;
  }, "holds");
  const needed = new Uint8Array(lock.packages.length);
  const activated = [];
  const seenBase = new Uint8Array(lock.packages.length);
  const seenExtras = /* @__PURE__ */ new Set();
  const queue = [];
  const visit = /* @__PURE__ */ __name((pkg, extra) => {
    if (extra === "") {
      if (seenBase[pkg.index] === 1) return;
      seenBase[pkg.index] = 1;
    } else {
      const key = `${pkg.index}\0${extra}`;
      if (seenExtras.has(key)) return;
      seenExtras.add(key);
    }
    needed[pkg.index] = 1;
    queue.push([pkg, extra]);
    if (extra !== "") activated.push([pkg, extra]);
  }, "visit");
  const follow = /* @__PURE__ */ __name((deps) => {
    for (const dep of deps ?? []) {
      if (!holds(dep.marker)) continue;
      const target = resolve(dep);
      if (!target) continue;
      visit(target, "");
      for (const extra of dep.extras) visit(target, extra);
    }
  }, "follow");
  for (const root of roots.packages) {
    visit(root, "");
    for (const extra of roots.extras) if (root.optionalDependencies[extra]) visit(root, extra);
    for (const group of roots.groups) follow(root.devDependencies[group]);
  }
  if (roots.packages.length === 0) {
    needed.fill(1);
    return { needed, activated };
  }
  while (queue.length > 0) {
    const [pkg, extra] = queue.pop();
    follow(extra === "" ? pkg.dependencies : pkg.optionalDependencies[extra]);
  }
  return { needed, activated };
}
__name(walk, "walk");
function wheelTags(filename) {
  if (!filename.endsWith(".whl")) return null;
  const parts = filename.slice(0, -4).split("-");
  if (parts.length !== 5 && parts.length !== 6 || parts.some((p) => p === "")) return null;
  const [python, abi, platform] = parts.slice(-3);
  return {
    name: parts[0],
    version: parts[1],
    build: parts.length === 6 ? parts[2] : null,
    pythonTags: python.split("."),
    abiTags: abi.split("."),
    platformTags: platform.split(".")
  };
}
__name(wheelTags, "wheelTags");
var WheelTagCache = class {
  static {
    __name(this, "WheelTagCache");
  }
  byPackage = /* @__PURE__ */ new Map();
  of(pkg) {
    let tags = this.byPackage.get(pkg);
    if (!tags) this.byPackage.set(pkg, tags = pkg.wheels.map((w) => wheelTags(w.filename)));
    return tags;
  }
};
function chooseWheel(pkg, matcher, tags) {
  let best = null;
  let bestRank = Infinity;
  let bestBuild = null;
  const parsedWheels = tags.of(pkg);
  for (const [i, wheel] of pkg.wheels.entries()) {
    const parsed = parsedWheels[i];
    if (!parsed) continue;
    const rank = matcher.priority(parsed);
    if (rank === null) continue;
    if (rank < bestRank || rank === bestRank && compareBuildTags(parsed.build, bestBuild) > 0) {
      best = wheel.filename;
      bestRank = rank;
      bestBuild = parsed.build;
    }
  }
  return best;
}
__name(chooseWheel, "chooseWheel");
var NOT_NEEDED = Object.freeze({ status: "not-needed" });
function verdictFor(pkg, matcher, tags, previous) {
  const same = /* @__PURE__ */ __name((status, file) => previous && previous.status === status && previous.file === file ? previous : file === void 0 ? { status } : { status, file }, "same");
  if (SOURCE_TREE_KINDS.has(pkg.source.kind)) return same("source", pkg.source.location);
  const wheel = pkg.wheels.length > 0 ? chooseWheel(pkg, matcher, tags) : null;
  if (wheel) return same("wheel", wheel);
  if (pkg.sdist) return same("sdist", pkg.sdist.filename);
  if (pkg.source.kind === "path" && pkg.wheels.length === 0) return same("source", pkg.source.location);
  return same("missing");
}
__name(verdictFor, "verdictFor");
function pkgLabel(pkg) {
  return pkg.version ? `${pkg.name} ${pkg.version}` : pkg.name;
}
__name(pkgLabel, "pkgLabel");
function targetLabel(target) {
  return `CPython ${target.python} on ${target.platform}${target.cuda ? ` (CUDA ${target.cuda})` : ""}`;
}
__name(targetLabel, "targetLabel");
function unpinnedFindings(pyproject, lock, file) {
  const direct = new Set(
    Object.entries(pyproject.tool.uv.sources).filter(([, list]) => list.some((s) => ["git", "url", "path", "workspace"].some((k) => k in s))).map(([name]) => normalizeName(name))
  );
  const own = pyproject.name ? normalizeName(pyproject.name) : null;
  const all = [
    ...pyproject.dependencies.map((r) => ["`[project] dependencies`", r]),
    ...Object.entries(pyproject.optionalDependencies).flatMap(([extra, list]) => list.map((r) => [`optional dependency \`${extra}\``, r])),
    ...Object.entries(pyproject.dependencyGroups).flatMap(
      ([group, list]) => list.filter((r) => !isGroupInclude(r)).map((r) => [`dependency group \`${group}\``, r])
    ),
    ...pyproject.tool.uv.devDependencies.map((r) => ["`[tool.uv] dev-dependencies`", r])
  ];
  const entries = [];
  for (const [where, r] of all) {
    const name = r.req.normalizedName;
    if (r.req.url !== null || direct.has(name) || name === own || exactPin(r.req) !== null) continue;
    const locked = [...new Set((lock?.byName.get(name) ?? []).map((p) => p.version).filter((v) => !!v))];
    const pin = locked.length === 1 ? `${r.req.name}==${locked[0]}` : null;
    const suggestion = pin ? ` Pin what uv.lock resolved: \`${pin}\`.` : " Pin it with `==` to the version you tested.";
    entries.push({
      where,
      name: r.req.name,
      pin,
      finding: {
        code: "unpinned-dependency",
        severity: "warning",
        package: name,
        message: `${r.req.name} in ${where} is not pinned with \`==\` (${r.req.specifier ? `\`${r.req.specifier}\`` : "any version"}).${suggestion}`,
        file,
        line: r.line,
        column: r.column
      }
    });
  }
  return unpinnedBySection(entries, "uv.lock");
}
__name(unpinnedFindings, "unpinnedFindings");
function lockedDist(pkg) {
  const dist = {
    name: pkg.name,
    version: pkg.version ?? "",
    source: sourceLabel(pkg.source),
    wheelUrls: pkg.wheels.map((w) => w.url ?? w.path ?? w.filename)
  };
  if (pkg.line !== void 0) dist.line = pkg.line;
  return dist;
}
__name(lockedDist, "lockedDist");
function checkProject(files, options) {
  const pyprojectPath = files.pyprojectPath ?? "pyproject.toml";
  const lockPath = files.lockPath ?? "uv.lock";
  let pyproject = null;
  let lock = null;
  const members = [];
  try {
    if (files.pyproject !== null) pyproject = parsePyproject(files.pyproject, pyprojectPath);
    for (const [path3, text] of Object.entries(files.members ?? {})) members.push(parsePyproject(text, path3));
    if (files.lock !== null) lock = parseLock(files.lock, lockPath);
  } catch (error) {
    if (error instanceof ParseError) {
      const report = emptyReport();
      report.findings.push(applySeverity(parseErrorFinding(error, lockPath), options));
      return report;
    }
    throw error;
  }
  const findings = [];
  for (const project of [pyproject, ...members]) {
    if (!project) continue;
    for (const problem of project.problems) findings.push(parseErrorFinding(problem, project.file));
    findings.push(...unpinnedFindings(project, lock, project.file));
  }
  if (!lock) {
    if (pyproject) {
      const missing = {
        code: "lock-stale",
        severity: "error",
        message: `no ${lockPath} beside ${pyprojectPath}: the project is not locked, so no target can be checked and every machine resolves its own versions. Fix: run \`uv lock\` and commit ${lockPath}.`,
        file: pyprojectPath,
        line: pyproject.projectLine
      };
      findings.push(missing);
    }
    const report = emptyReport();
    report.project = { name: pyproject?.name ?? null, version: pyproject?.version ?? null, requiresPython: pyproject?.requiresPython ?? null, lockRevision: null, packageCount: 0 };
    report.findings = findings.flatMap((f) => severityOf(f, projectSeverities(pyproject), options));
    return report;
  }
  if (pyproject && pyproject.problems.length === 0) findings.push(...staleLockFindings(pyproject, lock, { pyproject: pyprojectPath, lock: lockPath }));
  for (const member of members) {
    if (member.name && member.problems.length === 0 && findRootPackage(lock, member.name)) findings.push(...staleLockFindings(member, lock, { pyproject: member.file, lock: lockPath }));
  }
  const targets = withProvenance(resolveTargets(lock, pyproject, options), lock, pyproject, files, options);
  const configured = projectSeverities(pyproject);
  const roots = findRoots(lock, pyproject, options);
  const conflictPackages = new Set(lock.conflicts.flat().map((c) => normalizeName(c.package)));
  const resolve = memoisedResolve(lock);
  const reports = lock.packages.map((pkg) => {
    const report = { name: pkg.name, version: pkg.version ?? "", source: sourceLabel(pkg.source), verdicts: {} };
    if (pkg.line !== void 0) report.line = pkg.line;
    return report;
  });
  const problems = /* @__PURE__ */ new Map();
  const dists = new Array(lock.packages.length);
  const tags = new WheelTagCache();
  const lastVerdict = new Array(lock.packages.length);
  const lastWheelDist = new Array(lock.packages.length);
  const firstNeeded = new Int32Array(lock.packages.length).fill(-1);
  let neededSeq = 0;
  const judged = [];
  const metaPackages = lock.packages.map((pkg) => ({ pkg, flavours: sideBySideFlavours([pkg.dependencies.map((d) => d.name)]) })).filter((m) => m.flavours.size > 0);
  for (const target of targets) {
    const platform = resolvePlatform(target.platform);
    const env = platform.markerEnvironment(markerPython(target.python, lock.requiresPython));
    if (!lockSupports(lock, env)) {
      findings.push(unsupportedTargetFinding(target, lock, pyproject, { pyproject: pyprojectPath, lock: lockPath }));
      continue;
    }
    judged.push(target);
    const { needed } = installSet(lock, roots, env, conflictPackages, resolve);
    const matcher = tagMatcher(target.python, platform);
    const targetDists = [];
    for (const pkg of lock.packages) {
      const i = pkg.index;
      if (needed[i] !== 1) {
        reports[i].verdicts[target.id] = NOT_NEEDED;
        continue;
      }
      const verdict = verdictFor(pkg, matcher, tags, lastVerdict[i]);
      lastVerdict[i] = verdict;
      reports[i].verdicts[target.id] = verdict;
      if (pkg.source.kind === "virtual") continue;
      if (firstNeeded[i] === -1) firstNeeded[i] = neededSeq++;
      if (verdict.status === "sdist" || verdict.status === "missing") {
        let entry = problems.get(pkg);
        if (!entry) problems.set(pkg, entry = { sdist: [], missing: [] });
        entry[verdict.status].push(target);
      }
      const dist = dists[i] ??= lockedDist(pkg);
      if (verdict.status === "wheel") {
        let chosen = lastWheelDist[i];
        if (!chosen || chosen.chosenFile !== verdict.file) lastWheelDist[i] = chosen = { ...dist, chosenFile: verdict.file };
        targetDists.push(chosen);
      } else {
        targetDists.push(dist);
      }
    }
    const sideBySide = new Set(metaPackages.filter((m) => needed[m.pkg.index] === 1).flatMap((m) => [...m.flavours]));
    findings.push(...cudaFindings(targetDists, target, { driver: options.driver ?? null, lockFile: lockPath, sideBySide }));
  }
  const torchOn = /* @__PURE__ */ __name((target) => {
    const torch = lock.byName.get("torch") ?? [];
    const needed = torch.find((p) => reports[p.index].verdicts[target.id]?.status !== "not-needed");
    return needed?.version ?? null;
  }, "torchOn");
  for (const [pkg, entry] of [...problems].sort((a, b) => firstNeeded[a[0].index] - firstNeeded[b[0].index])) {
    const everywhere = /* @__PURE__ */ __name((list) => list.length === judged.length && judged.length > 1, "everywhere");
    if (entry.sdist.length > 0) {
      const groups = everywhere(entry.sdist) ? [null] : entry.sdist;
      for (const target of groups) {
        const t = target ?? entry.sdist[0];
        const advice = sdistBuildAdvice(pkg.name, { python: t.python, platform: t.platform, torch: torchOn(t), cuda: t.cuda, version: pkg.version ?? null });
        const where = target ? `for ${targetLabel(target)}` : "on any target";
        const finding = {
          code: "sdist-build",
          severity: advice.severity,
          package: pkg.name,
          message: `${pkgLabel(pkg)} has no compatible wheel ${where}; uv would build it from ${pkg.sdist.filename}.${wheelGap(pkg, target ? [target] : entry.sdist, tags)}${advice.suggestion ? ` ${advice.suggestion}` : ""}`,
          file: lockPath
        };
        if (pkg.version) finding.version = pkg.version;
        if (target) finding.target = target.id;
        if (pkg.line !== void 0) finding.line = pkg.line;
        findings.push(finding);
      }
    }
    if (entry.missing.length > 0) {
      const groups = everywhere(entry.missing) ? [null] : entry.missing;
      for (const target of groups) {
        const where = target ? targetLabel(target) : "every target";
        const finding = {
          code: "no-distribution",
          severity: "error",
          package: pkg.name,
          message: `${pkgLabel(pkg)} is needed on ${where} but uv.lock has neither a compatible wheel nor an sdist for it: the install fails there. ${pkg.wheels.length > 0 ? noWheelSentence(pkg, target ? [target] : entry.missing, tags) : "Re-lock with `uv lock` so uv records its distributions."}`,
          file: lockPath
        };
        if (pkg.version) finding.version = pkg.version;
        if (target) finding.target = target.id;
        if (pkg.line !== void 0) finding.line = pkg.line;
        findings.push(finding);
      }
    }
  }
  return {
    schema: 1,
    project: {
      name: pyproject?.name ?? roots.packages[0]?.name ?? null,
      version: pyproject?.version ?? roots.packages[0]?.version ?? null,
      requiresPython: lock.requiresPython ?? pyproject?.requiresPython ?? null,
      lockRevision: lock.revision,
      packageCount: lock.packages.length
    },
    targets,
    packages: reports,
    // Provenance first, so an explicit severity override (`sdist-build = "error"`) has the last word.
    findings: applyProvenance(findings, targets, lock.requiresPython ?? pyproject?.requiresPython ?? null).flatMap((f) => severityOf(f, configured, options))
  };
}
__name(checkProject, "checkProject");
function noWheelReason(pkg, targets, tags) {
  const wheels = tags.of(pkg).filter((w) => w !== null);
  const examples = pkg.wheels.map((w) => w.filename);
  const reasons = targets.map((t) => {
    const reason = whyNoWheel(wheels, t.python, resolvePlatform(t.platform)) ?? { kind: "platform" };
    return { kind: reason.kind, sentence: describeNoWheel(reason, t.python, t.platform, examples) };
  });
  if (reasons.every((r) => r.sentence === reasons[0].sentence)) return reasons[0];
  return { kind: "platform", sentence: describeNoWheel({ kind: "platform" }, targets[0].python, targets[0].platform, examples) };
}
__name(noWheelReason, "noWheelReason");
function noWheelSentence(pkg, targets, tags) {
  return noWheelReason(pkg, targets, tags).sentence;
}
__name(noWheelSentence, "noWheelSentence");
function wheelGap(pkg, targets, tags) {
  if (pkg.wheels.length === 0) return "";
  const reason = noWheelReason(pkg, targets, tags);
  return reason.kind === "platform" ? "" : ` ${reason.sentence}`;
}
__name(wheelGap, "wheelGap");
function lockSupports(lock, env) {
  if (lock.supportedMarkers.length === 0) return true;
  return lock.supportedMarkers.some((marker) => {
    try {
      return evaluateMarker(marker, { env });
    } catch {
      return true;
    }
  });
}
__name(lockSupports, "lockSupports");
function unsupportedTargetFinding(target, lock, pyproject, files) {
  const line = pyproject?.locator.get(["tool", "uv", "environments"])?.line;
  const finding = {
    code: "target-unsupported",
    severity: "error",
    target: target.id,
    message: `uv.lock does not support ${targetLabel(target)}: it was resolved only for ${lock.supportedMarkers.map((m) => `\`${m}\``).join(" or ")} (\`tool.uv.environments\`), so \`uv sync\` refuses to install there and nothing else is judged on this target. Fix: add a marker that covers it to \`[tool.uv] environments\` in pyproject.toml and run \`uv lock\`, or drop the target.`,
    file: line !== void 0 ? files.pyproject : files.lock
  };
  if (line !== void 0) finding.line = line;
  return finding;
}
__name(unsupportedTargetFinding, "unsupportedTargetFinding");
function lockstepTargets(pyproject) {
  const value = pyproject?.tool.lockstep?.targets;
  if (value === void 0) return [];
  const line = pyproject.locator.get(["tool", "lockstep", "targets"])?.line;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new LockstepError('[tool.lockstep] targets must be a list of "PYTHON:PLATFORM[:CUDA]" strings.', { file: pyproject.file, ...line ? { line } : {} });
  }
  try {
    return value.map(parseTargetItem);
  } catch (error) {
    if (error instanceof LockstepError) throw new LockstepError(`[tool.lockstep] ${error.message}`, { file: pyproject.file, ...line ? { line } : {}, ...error.hint ? { hint: error.hint } : {} });
    throw error;
  }
}
__name(lockstepTargets, "lockstepTargets");
function withProvenance(resolved, lock, pyproject, files, options) {
  const explicitPairs = (options.targets?.length ?? 0) > 0;
  const thisRun = options.thisRun ?? [];
  const fromProject = explicitPairs ? [] : lockstepTargets(pyproject);
  const targets = [...resolved];
  if (!explicitPairs && thisRun.length + fromProject.length > 0) {
    const extra = resolveTargets(lock, pyproject, { targets: [...thisRun, ...fromProject] }).filter((t) => !targets.some((r) => r.id === t.id));
    targets.push(...extra);
  }
  const ctx = {
    requiresPython: lock.requiresPython ?? pyproject?.requiresPython ?? null,
    pythonVersionFile: files.pythonVersion ? readPythonVersionFile(files.pythonVersion) ?? null : null,
    requiredMarkers: lock.requiredMarkers.length > 0 ? lock.requiredMarkers : pyproject?.tool.uv.requiredEnvironments ?? [],
    environmentMarkers: lock.supportedMarkers.length > 0 ? lock.supportedMarkers : pyproject?.tool.uv.environments ?? [],
    explicitPairs,
    pythonsGiven: (options.pythons?.length ?? 0) > 0,
    platformsGiven: (options.platforms?.length ?? 0) > 0,
    thisRun,
    lockstepTargets: fromProject
  };
  return targets.map((t) => ({ ...t, provenance: targetProvenance(t, ctx) }));
}
__name(withProvenance, "withProvenance");
function applySeverity(finding, options) {
  const override = options.severities?.[finding.code];
  return override ? { ...finding, severity: override } : finding;
}
__name(applySeverity, "applySeverity");
function severityOf(finding, configured, options) {
  const level = options.severities?.[finding.code] ?? configured[finding.code];
  if (level === "off") return [];
  return level ? [{ ...finding, severity: level }] : [finding];
}
__name(severityOf, "severityOf");
var CODE_SET = {
  "sdist-build": true,
  "no-distribution": true,
  "target-unsupported": true,
  "cuda-mismatch": true,
  "driver-floor": true,
  "lock-stale": true,
  "unpinned-dependency": true,
  "parse-error": true,
  "legacy-metadata": true,
  "no-python-version": true,
  "lock-untracked": true,
  "venv-outside-project": true,
  "artifact-missing": true,
  "artifact-yanked": true,
  "artifact-unchecked": true
};
var FINDING_CODES = Object.keys(CODE_SET);
function projectSeverities(pyproject) {
  const table = pyproject?.tool.lockstep?.severity;
  if (table === void 0) return {};
  const at = /* @__PURE__ */ __name((key) => {
    const line = pyproject.locator.get(key ? ["tool", "lockstep", "severity", key] : ["tool", "lockstep", "severity"])?.line;
    return { file: pyproject.file, ...line ? { line } : {} };
  }, "at");
  if (typeof table !== "object" || table === null || Array.isArray(table)) {
    throw new LockstepError('[tool.lockstep] severity must be a table of finding code = "error" | "warning" | "notice" | "off".', at());
  }
  const out = {};
  for (const [code, level] of Object.entries(table)) {
    if (!FINDING_CODES.includes(code)) {
      throw new LockstepError(`[tool.lockstep.severity] ${code}: not a finding code.`, { ...at(code), hint: `Codes: ${FINDING_CODES.join(", ")}.` });
    }
    if (level !== "error" && level !== "warning" && level !== "notice" && level !== "off") {
      throw new LockstepError(`[tool.lockstep.severity] ${code} = ${JSON.stringify(level)}: expected "error", "warning", "notice" or "off".`, at(code));
    }
    out[code] = level;
  }
  return out;
}
__name(projectSeverities, "projectSeverities");

export {
  PROJECT_FILE_LIMITS,
  readProjectFile,
  parseRequirement,
  exactPin,
  isGroupInclude,
  parsePyproject,
  KNOWN_PYTHONS,
  markerPython,
  lexicallyInside,
  isWithin,
  pixiProjectFrom,
  readPixiProjectFiles,
  unpinnedBySection,
  staleLockFindings,
  parseTargetSelection,
  readPythonVersionFile,
  lowestAllowedPython,
  choosePythonRequest,
  checkProject
};

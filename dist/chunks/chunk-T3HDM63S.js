import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  resolvePlatform
} from "./chunk-YKG64RBM.js";
import {
  isValidVersion,
  normalizeName,
  versionSatisfies
} from "./chunk-2HEI5EQZ.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/pep/markers.ts
var VERSION_VARIABLES = /* @__PURE__ */ new Set(["python_version", "python_full_version", "implementation_version", "platform_release"]);
var ENVIRONMENT_VARIABLES = /* @__PURE__ */ new Set([
  "python_version",
  "python_full_version",
  "implementation_name",
  "implementation_version",
  "os_name",
  "platform_machine",
  "platform_python_implementation",
  "platform_release",
  "platform_system",
  "platform_version",
  "sys_platform"
]);
var LEGACY_ALIASES = {
  "os.name": "os_name",
  "sys.platform": "sys_platform",
  "platform.version": "platform_version",
  "platform.machine": "platform_machine",
  "platform.python_implementation": "platform_python_implementation",
  python_implementation: "platform_python_implementation"
};
function markerError(text, at, expected) {
  const shown = text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
  return new LockstepError(`Invalid environment marker ${JSON.stringify(shown)} at column ${at + 1}: expected ${expected}`, {
    hint: 'Markers follow PEP 508, e.g. `sys_platform == "linux" and python_version >= "3.11"`.'
  });
}
__name(markerError, "markerError");
var WORD = /[A-Za-z_][A-Za-z0-9_.]*/y;
var NOT_IN_REST = /\s+in\b/y;
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (c === "(" || c === ")") {
      tokens.push({ kind: c, at: i });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw markerError(text, i, `a closing ${c}`);
      tokens.push({ kind: "string", value: text.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    const op = /^(===|~=|==|!=|<=|>=|<|>)/.exec(text.slice(i, i + 3));
    if (op) {
      tokens.push({ kind: "op", value: op[1], at: i });
      i += op[1].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (!word) throw markerError(text, i, "a marker variable, a quoted string, an operator or a parenthesis");
    const w = word[0];
    const at = i;
    i += w.length;
    if (w === "and" || w === "or") tokens.push({ kind: w, at });
    else if (w === "in") tokens.push({ kind: "op", value: "in", at });
    else if (w === "not") {
      NOT_IN_REST.lastIndex = i;
      const rest = NOT_IN_REST.exec(text);
      if (!rest) throw markerError(text, i, "'in' after 'not'");
      i += rest[0].length;
      tokens.push({ kind: "op", value: "not in", at });
    } else {
      const name = LEGACY_ALIASES[w] ?? w;
      if (!ENVIRONMENT_VARIABLES.has(name) && name !== "extra" && name !== "extras" && name !== "dependency_groups") {
        throw markerError(text, at, `a known marker variable (got '${w}')`);
      }
      tokens.push({ kind: "variable", name, at });
    }
  }
  tokens.push({ kind: "end", at: text.length });
  return tokens;
}
__name(tokenize, "tokenize");
var MAX_NESTING = 200;
var MarkerParser = class {
  constructor(text, tokens) {
    this.text = text;
    this.tokens = tokens;
  }
  text;
  tokens;
  static {
    __name(this, "MarkerParser");
  }
  pos = 0;
  depth = 0;
  parse() {
    const marker = this.parseOr();
    const next = this.peek();
    if (next.kind !== "end") throw markerError(this.text, next.at, "'and', 'or' or the end of the marker");
    return marker;
  }
  peek() {
    return this.tokens[this.pos];
  }
  parseOr() {
    const items = [this.parseAnd()];
    while (this.peek().kind === "or") {
      this.pos++;
      items.push(this.parseAnd());
    }
    return items.length === 1 ? items[0] : { kind: "or", items };
  }
  parseAnd() {
    const items = [this.parseAtom()];
    while (this.peek().kind === "and") {
      this.pos++;
      items.push(this.parseAtom());
    }
    return items.length === 1 ? items[0] : { kind: "and", items };
  }
  parseAtom() {
    const token = this.peek();
    if (token.kind === "(") {
      if (++this.depth > MAX_NESTING) throw markerError(this.text, token.at, `at most ${MAX_NESTING} nested parentheses`);
      this.pos++;
      const inner = this.parseOr();
      this.depth--;
      const close = this.peek();
      if (close.kind !== ")") throw markerError(this.text, close.at, "')'");
      this.pos++;
      return inner;
    }
    const left = this.parseValue();
    const op = this.peek();
    if (op.kind !== "op") throw markerError(this.text, op.at, "a comparison operator (==, !=, <, <=, >, >=, ~=, ===, in, not in)");
    this.pos++;
    const right = this.parseValue();
    return { kind: "compare", left, op: op.value, right };
  }
  parseValue() {
    const token = this.peek();
    if (token.kind === "string") {
      this.pos++;
      return { kind: "string", value: token.value };
    }
    if (token.kind === "variable") {
      this.pos++;
      return { kind: "variable", name: token.name };
    }
    throw markerError(this.text, token.at, "a marker variable or a quoted string");
  }
};
var PARSED = /* @__PURE__ */ new Map();
var PARSED_LIMIT = 5e4;
function parseMarker(text) {
  const cached = PARSED.get(text);
  if (cached) return cached;
  const marker = new MarkerParser(text, tokenize(text)).parse();
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(text, marker);
  return marker;
}
__name(parseMarker, "parseMarker");
function evaluateMarker(marker, ctx) {
  return evaluate(typeof marker === "string" ? parseMarker(marker) : marker, ctx);
}
__name(evaluateMarker, "evaluateMarker");
function evaluate(marker, ctx) {
  switch (marker.kind) {
    case "and":
      for (const item of marker.items) if (!evaluate(item, ctx)) return false;
      return true;
    case "or":
      for (const item of marker.items) if (evaluate(item, ctx)) return true;
      return false;
    case "compare":
      return evaluateCompare(marker.left, marker.op, marker.right, ctx);
  }
}
__name(evaluate, "evaluate");
function isSetVariable(value) {
  return value.kind === "variable" && (value.name === "extra" || value.name === "extras" || value.name === "dependency_groups");
}
__name(isSetVariable, "isSetVariable");
function setFor(name, ctx) {
  return name === "dependency_groups" ? ctx.dependencyGroups : ctx.extras;
}
__name(setFor, "setFor");
var NORMALISED_SETS = /* @__PURE__ */ new WeakMap();
var NORMALISED_NAMES = /* @__PURE__ */ new Map();
function normalisedName(name) {
  let normalised = NORMALISED_NAMES.get(name);
  if (normalised === void 0) {
    normalised = normalizeName(name);
    if (NORMALISED_NAMES.size >= PARSED_LIMIT) NORMALISED_NAMES.clear();
    NORMALISED_NAMES.set(name, normalised);
  }
  return normalised;
}
__name(normalisedName, "normalisedName");
function setHas(set, name) {
  if (!set || set.size === 0) return false;
  let view = NORMALISED_SETS.get(set);
  if (!view || view.size !== set.size) {
    view = { size: set.size, names: new Set([...set].map(normalisedName)) };
    NORMALISED_SETS.set(set, view);
  }
  return view.names.has(normalisedName(name));
}
__name(setHas, "setHas");
function evaluateCompare(left, op, right, ctx) {
  if (isSetVariable(left) || isSetVariable(right)) {
    const variable = isSetVariable(left) ? left : right;
    const other = variable === left ? right : left;
    if (other.kind !== "string") return false;
    const set = setFor(variable.name, ctx);
    if (variable.name === "extra") {
      if (op === "==" || op === "===") return setHas(set, other.value);
      if (op === "!=") return !setHas(set, other.value);
      return false;
    }
    if (variable === right && op === "in") return setHas(set, other.value);
    if (variable === right && op === "not in") return !setHas(set, other.value);
    return false;
  }
  const lhs = left.kind === "string" ? left.value : ctx.env[left.name];
  const rhs = right.kind === "string" ? right.value : ctx.env[right.name];
  const versionLike = left.kind === "variable" && VERSION_VARIABLES.has(left.name) || right.kind === "variable" && VERSION_VARIABLES.has(right.name);
  return compareValues(lhs, op, rhs, versionLike);
}
__name(evaluateCompare, "evaluateCompare");
function compareValues(lhs, op, rhs, versionLike) {
  if (op === "in") return rhs.includes(lhs);
  if (op === "not in") return !rhs.includes(lhs);
  if (op === "===") return lhs === rhs;
  if (versionLike) {
    const key = `${lhs}\0${op}\0${rhs}`;
    let result = VERSION_COMPARISONS.get(key);
    if (result === void 0) {
      result = isValidVersion(lhs) && isValidVersionPattern(rhs, op) ? versionSatisfies(lhs, `${op}${rhs}`, { prereleases: true }) : compareStrings(lhs, op, rhs);
      if (VERSION_COMPARISONS.size >= PARSED_LIMIT) VERSION_COMPARISONS.clear();
      VERSION_COMPARISONS.set(key, result);
    }
    return result;
  }
  return compareStrings(lhs, op, rhs);
}
__name(compareValues, "compareValues");
var VERSION_COMPARISONS = /* @__PURE__ */ new Map();
function compareStrings(lhs, op, rhs) {
  switch (op) {
    case "==":
      return lhs === rhs;
    case "!=":
      return lhs !== rhs;
    case "<":
      return lhs < rhs;
    case "<=":
      return lhs <= rhs;
    case ">":
      return lhs > rhs;
    case ">=":
      return lhs >= rhs;
    case "~=":
      return false;
    // only defined for versions
    case "===":
      return lhs === rhs;
    case "in":
      return rhs.includes(lhs);
    case "not in":
      return !rhs.includes(lhs);
  }
}
__name(compareStrings, "compareStrings");
function isValidVersionPattern(rhs, op) {
  if ((op === "==" || op === "!=") && rhs.endsWith(".*")) return isValidVersion(rhs.slice(0, -2));
  if (op === "~=") return isValidVersion(rhs) && !rhs.includes("+") && /^\s*(\d+!)?\d+\.\d+/.test(rhs);
  return isValidVersion(rhs);
}
__name(isValidVersionPattern, "isValidVersionPattern");
function conflictExtra(pkg, extra) {
  const name = normalizeName(pkg);
  return `extra-${name.length}-${name}-${normalizeName(extra)}`;
}
__name(conflictExtra, "conflictExtra");
function conflictGroup(pkg, group) {
  const name = normalizeName(pkg);
  return `group-${name.length}-${name}-${normalizeName(group)}`;
}
__name(conflictGroup, "conflictGroup");

// src/core/matrix/provenance.ts
var IMPLIED = /* @__PURE__ */ new Set(["requires-python-open", "default-platforms"]);
var TARGET_CODES = /* @__PURE__ */ new Set(["sdist-build", "no-distribution", "target-unsupported", "cuda-mismatch", "driver-floor"]);
function satisfies(version, spec) {
  try {
    return versionSatisfies(version, spec, { prereleases: true });
  } catch {
    return true;
  }
}
__name(satisfies, "satisfies");
function minorOf(python) {
  return python.replace(/t$/, "").split(".").slice(0, 2).join(".");
}
__name(minorOf, "minorOf");
function pythonVersionFileMinor(request) {
  const m = request ? /^(?:cpython-?)?(3\.\d+)(?:[.\s]|t?$)/i.exec(request.trim()) : null;
  return m ? m[1] : null;
}
__name(pythonVersionFileMinor, "pythonVersionFileMinor");
function hasUpperBound(requiresPython) {
  return requiresPython !== null && !satisfies("3.99.0", requiresPython);
}
__name(hasUpperBound, "hasUpperBound");
function admits(minor, requiresPython) {
  for (let patch = 0; patch <= 40; patch++) if (satisfies(`${minor}.${patch}`, requiresPython)) return true;
  return false;
}
__name(admits, "admits");
function lowestMinor(requiresPython) {
  for (let minor = 0; minor <= 40; minor++) if (admits(`3.${minor}`, requiresPython)) return `3.${minor}`;
  return null;
}
__name(lowestMinor, "lowestMinor");
function markerHolds(markers, target, requiresPython) {
  if (markers.length === 0) return false;
  let env;
  try {
    const base = minorOf(target.python);
    const patch = requiresPython && !satisfies(`${base}.0`, requiresPython) ? [...Array(41).keys()].find((p) => satisfies(`${base}.${p}`, requiresPython)) ?? 0 : 0;
    env = resolvePlatform(target.platform).markerEnvironment(`${base}.${patch}`);
  } catch {
    return false;
  }
  return markers.some((m) => {
    try {
      return evaluateMarker(m, { env });
    } catch {
      return false;
    }
  });
}
__name(markerHolds, "markerHolds");
var samePair = /* @__PURE__ */ __name((spec, t) => minorOf(spec.python) === minorOf(t.python) && spec.platform === t.platform && (spec.cuda ?? null) === (t.cuda ?? null), "samePair");
function targetProvenance(target, ctx) {
  const declared = /* @__PURE__ */ __name((python2, platform2) => ({ kind: "declared", python: python2, platform: platform2 }), "declared");
  if (ctx.explicitPairs) return declared("targets", "targets");
  if (ctx.thisRun.some((s) => samePair(s, target))) return declared("this-run", "this-run");
  if (ctx.lockstepTargets.some((s) => samePair(s, target))) return declared("tool.lockstep.targets", "tool.lockstep.targets");
  const minor = minorOf(target.python);
  const rp = ctx.requiresPython;
  let python;
  if (ctx.pythonsGiven) python = "option";
  else if (pythonVersionFileMinor(ctx.pythonVersionFile) === minor) python = ".python-version";
  else if (rp !== null && (hasUpperBound(rp) || lowestMinor(rp) === minor)) python = "requires-python";
  else python = "requires-python-open";
  let platform;
  if (ctx.platformsGiven) platform = "option";
  else if (markerHolds(ctx.requiredMarkers, target, rp)) platform = "required-environments";
  else if (ctx.environmentMarkers.length > 0) platform = "environments";
  else platform = "default-platforms";
  return { kind: IMPLIED.has(python) || IMPLIED.has(platform) ? "implied" : "declared", python, platform };
}
__name(targetProvenance, "targetProvenance");
function cpTag(python) {
  return `cp${minorOf(python).replace(".", "")}`;
}
__name(cpTag, "cpTag");
function impliedNote(subject, targets, requiresPython) {
  const pythonImplied = targets.length > 0 && targets.every((t) => t.provenance?.python === "requires-python-open");
  const platformImplied = targets.length > 0 && targets.every((t) => t.provenance?.platform === "default-platforms");
  const why = [];
  const fixes = [];
  if ((pythonImplied || !platformImplied) && requiresPython) {
    const minors = [...new Set(targets.filter((t) => t.provenance?.python === "requires-python-open").map((t) => minorOf(t.python)))].sort(
      (a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1])
    );
    if (minors.length > 0) {
      why.push(`CPython ${minors.join(", ")} ${minors.length === 1 ? "is" : "are"} only implied by \`requires-python = "${requiresPython}"\`, which has no upper bound`);
      fixes.push(`bound it: \`requires-python = "${requiresPython},<${minors[0]}"\``);
      fixes.push(`move ${subject ?? "the package"} to a release with ${minors.map(cpTag).join("/")} wheels`);
    }
  }
  if (!pythonImplied) {
    const names = [...new Set(targets.filter((t) => t.provenance?.platform === "default-platforms").map((t) => t.platform))];
    if (names.length > 0) {
      why.push(`${names.join(", ")} ${names.length === 1 ? "is" : "are"} only implied: the project declares no platforms`);
      fixes.push("declare the ones you support: `[tool.uv] environments = [\"sys_platform == 'linux'\"]`");
    }
  }
  fixes.push("list the target in `[tool.uv] required-environments` to make it a promise (then this is an error)");
  return `Only on implied targets: ${why.join("; ")}. Fix: ${fixes.join(", or ")}.`;
}
__name(impliedNote, "impliedNote");
function applyProvenance(findings, targets, requiresPython) {
  const byId = new Map(targets.map((t) => [t.id, t]));
  return findings.map((f) => {
    if (!TARGET_CODES.has(f.code)) return f;
    const covered = f.target !== void 0 ? [byId.get(f.target)].filter((t) => t !== void 0) : [...targets];
    if (covered.length === 0) return f;
    if (covered.some((t) => t.provenance?.kind !== "implied")) return { ...f, provenance: "declared" };
    if (f.severity !== "error") return { ...f, provenance: "implied" };
    return {
      ...f,
      severity: "warning",
      provenance: "implied",
      downgradedFrom: "error",
      message: `${f.message} ${impliedNote(f.package ?? null, covered, requiresPython)}`
    };
  });
}
__name(applyProvenance, "applyProvenance");

export {
  parseMarker,
  evaluateMarker,
  conflictExtra,
  conflictGroup,
  TARGET_CODES,
  targetProvenance,
  impliedNote,
  applyProvenance
};

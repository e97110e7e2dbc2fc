import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/pep/version.ts
function normalizeName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
__name(normalizeName, "normalizeName");
var VERSION_PATTERN = /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
var PARSED = /* @__PURE__ */ new Map();
function parseVersion(text) {
  const cached = PARSED.get(text);
  if (cached !== void 0) return cached;
  const m = VERSION_PATTERN.exec(text);
  let parsed = null;
  if (m) {
    const preLetter = m[3]?.toLowerCase();
    const pre = preLetter ? [preLetter === "alpha" || preLetter === "a" ? "a" : preLetter === "beta" || preLetter === "b" ? "b" : "rc", Number(m[4] ?? 0)] : null;
    const post = m[5] !== void 0 ? Number(m[5]) : m[6] !== void 0 ? Number(m[7] ?? 0) : null;
    parsed = {
      epoch: Number(m[1] ?? 0),
      release: m[2].split(".").map(Number),
      pre,
      post,
      dev: m[8] !== void 0 ? Number(m[9] ?? 0) : null,
      local: m[10] ? m[10].toLowerCase().split(/[-_.]/).map((s) => /^\d+$/.test(s) ? Number(s) : s) : null
    };
  }
  if (PARSED.size > 5e4) PARSED.clear();
  PARSED.set(text, parsed);
  return parsed;
}
__name(parseVersion, "parseVersion");
function isValidVersion(version) {
  return parseVersion(version) !== null;
}
__name(isValidVersion, "isValidVersion");
var PRE_ORDER = { a: 0, b: 1, rc: 2 };
function compareReleases(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
__name(compareReleases, "compareReleases");
function preKey(v) {
  if (v.pre === null && v.post === null && v.dev !== null) return [-Infinity];
  if (v.pre === null) return [Infinity];
  return [PRE_ORDER[v.pre[0]], v.pre[1]];
}
__name(preKey, "preKey");
function compareKeys(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -Infinity) - (b[i] ?? -Infinity);
    if (d !== 0 && !Number.isNaN(d)) return Math.sign(d);
  }
  return 0;
}
__name(compareKeys, "compareKeys");
function compareLocal(a, b) {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === void 0 || y === void 0) return x === void 0 ? -1 : 1;
    if (typeof x !== typeof y) return typeof x === "number" ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
__name(compareLocal, "compareLocal");
function comparePep440(a, b, ignoreLocal = false) {
  return Math.sign(a.epoch - b.epoch) || compareReleases(a.release, b.release) || compareKeys(preKey(a), preKey(b)) || compareKeys([a.post ?? -Infinity], [b.post ?? -Infinity]) || compareKeys([a.dev ?? Infinity], [b.dev ?? Infinity]) || (ignoreLocal ? 0 : compareLocal(a.local, b.local));
}
__name(comparePep440, "comparePep440");
function compareVersions(a, b) {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (pa && pb) return comparePep440(pa, pb);
  if (pa === null !== (pb === null)) return pa ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(compareVersions, "compareVersions");
function isPre(v) {
  return v.pre !== null || v.dev !== null;
}
__name(isPre, "isPre");
function isPrerelease(version) {
  const v = parseVersion(version);
  return v !== null && isPre(v);
}
__name(isPrerelease, "isPrerelease");
var CLAUSE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*(.*?)\s*$/s;
function parseClause(text) {
  const m = CLAUSE.exec(text);
  if (!m) return null;
  const op = m[1];
  let rest = m[2];
  if (op === "===") return /^\S+$/.test(rest) ? { op, text: rest, wildcard: false, version: parseVersion(rest) } : null;
  if (/\s/.test(rest) || rest === "") return null;
  let wildcard = false;
  if (rest.endsWith(".*")) {
    if (op !== "==" && op !== "!=") return null;
    wildcard = true;
    rest = rest.slice(0, -2);
  }
  const version = parseVersion(rest);
  if (!version) return null;
  if (wildcard && (version.pre !== null || version.post !== null || version.dev !== null || version.local !== null)) return null;
  if (version.local !== null && op !== "==" && op !== "!=") return null;
  if (op === "~=" && version.release.length < 2) return null;
  return { op, text: rest, wildcard, version };
}
__name(parseClause, "parseClause");
var SPECIFIERS = /* @__PURE__ */ new Map();
function parseSpecifierSet(spec) {
  const cached = SPECIFIERS.get(spec);
  if (cached !== void 0) return cached;
  let clauses = [];
  if (spec.trim() !== "") {
    for (const part of spec.split(",")) {
      if (part.trim() === "") continue;
      const clause = parseClause(part);
      if (!clause) {
        clauses = null;
        break;
      }
      clauses.push(clause);
    }
  }
  if (SPECIFIERS.size > 2e4) SPECIFIERS.clear();
  SPECIFIERS.set(spec, clauses);
  return clauses;
}
__name(parseSpecifierSet, "parseSpecifierSet");
function isValidSpecifier(spec) {
  return parseSpecifierSet(spec) !== null;
}
__name(isValidSpecifier, "isValidSpecifier");
function publicOf(v) {
  return v.local === null ? v : { ...v, local: null };
}
__name(publicOf, "publicOf");
function prefixMatches(v, spec) {
  if (v.epoch !== spec.epoch) return false;
  return spec.release.every((part, i) => (v.release[i] ?? 0) === part);
}
__name(prefixMatches, "prefixMatches");
function clauseContains(clause, raw, v) {
  if (clause.op === "===") return raw.toLowerCase() === clause.text.toLowerCase();
  if (v === null) return false;
  const s = clause.version;
  switch (clause.op) {
    case "==":
      if (clause.wildcard) return prefixMatches(v, s);
      return s.local === null ? comparePep440(v, s, true) === 0 : comparePep440(v, s) === 0;
    case "!=":
      return !clauseContains({ ...clause, op: "==" }, raw, v);
    case "~=": {
      const prefix = { epoch: s.epoch, release: s.release.slice(0, -1), pre: null, post: null, dev: null, local: null };
      return comparePep440(v, s, true) >= 0 && prefixMatches(v, prefix);
    }
    case "<=":
      return comparePep440(publicOf(v), s) <= 0;
    case ">=":
      return comparePep440(publicOf(v), s) >= 0;
    case "<":
      if (comparePep440(v, s) >= 0) return false;
      return !(!isPre(s) && isPre(v) && comparePep440(v, { ...s, dev: 0, local: null }) >= 0);
    case ">":
      if (comparePep440(v, s) <= 0) return false;
      if (v.post !== null && comparePep440({ ...v, post: null, dev: null, local: null }, s) === 0) return false;
      return !(v.local !== null && comparePep440({ ...v, local: null }, s) === 0);
  }
}
__name(clauseContains, "clauseContains");
function namesPrerelease(clauses) {
  return clauses.some((c) => c.op !== "!=" && !c.wildcard && c.version !== null && isPre(c.version));
}
__name(namesPrerelease, "namesPrerelease");
function versionSatisfies(version, specifier, opts = {}) {
  const clauses = parseSpecifierSet(specifier);
  if (clauses === null) return false;
  const v = parseVersion(version);
  if (v === null) return clauses.length > 0 && clauses.every((c) => clauseContains(c, version, null));
  const allowPre = opts.prereleases ?? namesPrerelease(clauses);
  if (isPre(v) && !allowPre) return false;
  return clauses.every((c) => clauseContains(c, version, v));
}
__name(versionSatisfies, "versionSatisfies");
function newestSatisfying(versions, specifier, opts = {}) {
  const pick = /* @__PURE__ */ __name((prereleases) => {
    let best = null;
    for (const v of versions) {
      if (!isValidVersion(v) || !versionSatisfies(v, specifier, { prereleases })) continue;
      if (best === null || compareVersions(v, best) > 0) best = v;
    }
    return best;
  }, "pick");
  if (opts.prereleases !== void 0) return pick(opts.prereleases);
  const clauses = parseSpecifierSet(specifier);
  return pick(clauses !== null && namesPrerelease(clauses)) ?? pick(true);
}
__name(newestSatisfying, "newestSatisfying");
function splitLocal(version) {
  const plus = version.indexOf("+");
  if (plus < 0) return { public: version, local: null };
  return { public: version.slice(0, plus), local: version.slice(plus + 1) };
}
__name(splitLocal, "splitLocal");

export {
  normalizeName,
  isValidVersion,
  compareVersions,
  isPrerelease,
  isValidSpecifier,
  versionSatisfies,
  newestSatisfying,
  splitLocal
};

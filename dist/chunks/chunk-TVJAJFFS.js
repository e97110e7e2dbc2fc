import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  compareVersions
} from "./chunk-2HEI5EQZ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/review/lock-diff.ts
function byName(report) {
  const envOf = new Map(report.targets.filter((t) => t.environment !== void 0).map((t) => [t.id, t.environment]));
  const map = /* @__PURE__ */ new Map();
  const add = /* @__PURE__ */ __name((key, entry) => {
    const list = map.get(key) ?? [];
    list.push(entry);
    map.set(key, list);
  }, "add");
  for (const p of report.packages) {
    const envs = /* @__PURE__ */ new Set();
    for (const [id, v] of Object.entries(p.verdicts)) {
      const env = envOf.get(id);
      if (env !== void 0 && v.status !== "not-needed") envs.add(env);
    }
    if (envs.size === 0) add(`\0${p.name}`, { name: p.name, version: p.version, source: p.source });
    for (const environment of envs) add(`${environment}\0${p.name}`, { name: p.name, version: p.version, source: p.source, environment });
  }
  return map;
}
__name(byName, "byName");
var same = /* @__PURE__ */ __name((a, b) => a.version === b.version && a.source === b.source, "same");
function diffLocks(base, head) {
  const before = byName(base);
  const after = byName(head);
  const diff = { added: [], removed: [], changed: [] };
  const locks = [...new Set([...base.targets, ...head.targets].map((t) => t.lock ?? (t.environment !== void 0 ? "pixi.lock" : "uv.lock")))].sort().reverse();
  if (locks.length > 0 && !(locks.length === 1 && locks[0] === "uv.lock")) diff.lockNames = locks.join(" and ");
  for (const key of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(key) ?? [];
    const now = after.get(key) ?? [];
    const name = (old[0] ?? now[0]).name;
    const environment = (old[0] ?? now[0]).environment;
    const gone = old.filter((o) => !now.some((n) => same(o, n)));
    const came = now.filter((n) => !old.some((o) => same(o, n)));
    if (gone.length === 0 && came.length === 0) continue;
    if (old.length === 1 && now.length === 1) {
      const [from, to] = [old[0], now[0]];
      const order = compareVersions(to.version, from.version);
      const direction = order > 0 ? "upgraded" : order < 0 ? "downgraded" : "changed";
      diff.changed.push({ name, from: from.version, to: to.version, direction, fromSource: from.source, toSource: to.source, ...environment !== void 0 ? { environment } : {} });
      continue;
    }
    diff.removed.push(...gone);
    diff.added.push(...came);
  }
  return diff;
}
__name(diffLocks, "diffLocks");

export {
  diffLocks
};

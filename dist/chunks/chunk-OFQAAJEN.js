import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  compareVersions
} from "./chunk-4BXMAKE5.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/review/lock-diff.ts
function byName(report) {
  const map = /* @__PURE__ */ new Map();
  for (const p of report.packages) {
    const list = map.get(p.name) ?? [];
    list.push({ name: p.name, version: p.version, source: p.source });
    map.set(p.name, list);
  }
  return map;
}
__name(byName, "byName");
var same = /* @__PURE__ */ __name((a, b) => a.version === b.version && a.source === b.source, "same");
function diffLocks(base, head) {
  const before = byName(base);
  const after = byName(head);
  const diff = { added: [], removed: [], changed: [] };
  for (const name of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(name) ?? [];
    const now = after.get(name) ?? [];
    const gone = old.filter((o) => !now.some((n) => same(o, n)));
    const came = now.filter((n) => !old.some((o) => same(o, n)));
    if (gone.length === 0 && came.length === 0) continue;
    if (old.length === 1 && now.length === 1) {
      const [from, to] = [old[0], now[0]];
      const order = compareVersions(to.version, from.version);
      const direction = order > 0 ? "upgraded" : order < 0 ? "downgraded" : "changed";
      diff.changed.push({ name, from: from.version, to: to.version, direction, fromSource: from.source, toSource: to.source });
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

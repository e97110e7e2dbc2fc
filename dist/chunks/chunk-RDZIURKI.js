import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  parseUvDuration
} from "./chunk-POZLYKAY.js";
import {
  compareVersions
} from "./chunk-2HEI5EQZ.js";
import {
  escapeMarkdown,
  markdownCode
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/refresh/holds.ts
var keyOf = /* @__PURE__ */ __name((names) => [...names].sort().join(","), "keyOf");
async function findHolds(search) {
  const known = /* @__PURE__ */ new Map([[keyOf([]), search.full]]);
  let attempts = 0;
  const tryHolding = /* @__PURE__ */ __name(async (held2) => {
    const key = keyOf(held2);
    const seen = known.get(key);
    if (seen) return seen;
    attempts++;
    const outcome = await search.attempt([...held2].sort());
    known.set(key, outcome);
    return outcome;
  }, "tryHolding");
  let held = new Set(search.candidates);
  let state = null;
  const reasons = /* @__PURE__ */ new Map();
  const release = /* @__PURE__ */ __name(async (group) => {
    if (group.length === 0) return;
    const next = [...held].filter((n) => !group.includes(n));
    const outcome = await tryHolding(next);
    if (outcome.ok) {
      held = new Set(next);
      state = outcome.state;
      return;
    }
    if (group.length === 1) {
      reasons.set(group[0], outcome.reason);
      return;
    }
    const half = Math.ceil(group.length / 2);
    await release(group.slice(0, half));
    await release(group.slice(half));
  }, "release");
  const suspects = new Set(search.suspects.filter((s) => search.candidates.includes(s)));
  await release([...search.candidates].filter((c) => !suspects.has(c)).sort());
  for (const s of [...suspects].sort()) await release([s]);
  let failure = null;
  if (state === null) {
    const outcome = await tryHolding([...held]);
    if (outcome.ok) state = outcome.state;
    else failure = outcome.reason;
  }
  const heldReasons = new Map([...held].sort().map((n) => [n, reasons.get(n) ?? failure ?? "held with the packages it depends on"]));
  return { held: heldReasons, state, failure, attempts };
}
__name(findHolds, "findHolds");

// src/core/refresh/cutoff.ts
function parseExcludeNewer(value, now = /* @__PURE__ */ new Date()) {
  const text = value.trim();
  const relative = parseUvDuration(text);
  if (relative !== null) return now.getTime() - relative;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Date.parse(`${text}T00:00:00Z`);
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const ms = Date.parse(text.replace(" ", "T"));
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}
__name(parseExcludeNewer, "parseExcludeNewer");
function cooldownCutoff(input) {
  if (!input.minReleaseAgeMs) return null;
  const cutoff = input.now.getTime() - input.minReleaseAgeMs;
  for (const c of input.configured) {
    const ms = parseExcludeNewer(c.value, input.now);
    if (ms === null) {
      throw new LockstepError(`${c.where} = "${c.value}": lockstep cannot compare it with min-release-age`, {
        hint: "Write exclude-newer as uv reads it: an RFC 3339 timestamp (2025-06-01T00:00:00Z), a date, or a duration (`1 week`, `P7D`; not months or years), or leave min-release-age unset."
      });
    }
    if (ms <= cutoff) return null;
  }
  return new Date(Math.floor(cutoff / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
}
__name(cooldownCutoff, "cooldownCutoff");

// src/core/refresh/render.ts
function rows(diff) {
  const out = [
    ...diff.changed.map((c) => ({ name: c.name, from: c.from, to: c.to, kind: c.direction })),
    ...diff.added.map((a) => ({ name: a.name, from: null, to: a.version, kind: "added" })),
    ...diff.removed.map((r) => ({ name: r.name, from: r.version, to: null, kind: "removed" }))
  ];
  return out.sort((a, b) => a.name.localeCompare(b.name) || compareVersions(a.from ?? a.to ?? "0", b.from ?? b.to ?? "0"));
}
__name(rows, "rows");
function refreshChanges(diff) {
  return rows(diff).map(({ name, from, to }) => ({ name, from, to }));
}
__name(refreshChanges, "refreshChanges");
function toRefreshJson(outcome) {
  return {
    schema: 1,
    changes: refreshChanges(outcome.diff),
    held: outcome.held.map((h) => ({ name: h.name, version: h.version, reason: h.reason }))
  };
}
__name(toRefreshJson, "toRefreshJson");
function renderRefreshJson(outcome) {
  return `${JSON.stringify(toRefreshJson(outcome), null, 2)}
`;
}
__name(renderRefreshJson, "renderRefreshJson");
function renderRefreshText(outcome) {
  const lines = rows(outcome.diff).map((r) => `${r.name} ${r.from ?? "(new)"} -> ${r.to ?? "(removed)"}  ${r.kind}`);
  for (const h of outcome.held) lines.push(`held: ${h.name} stays at ${h.version}${h.wanted ? ` (not ${h.wanted})` : ""}: ${h.reason}`);
  lines.push(`${lines.length - outcome.held.length} locked package(s) change, ${outcome.held.length} held back.`);
  return `${lines.join("\n")}
`;
}
__name(renderRefreshText, "renderRefreshText");
var REFRESH_MARKER = "<!-- lockstep:refresh -->";
function refreshKey(outcome) {
  return refreshChanges(outcome.diff).map((c) => `${c.name}==${c.to ?? "removed"}`).join(",");
}
__name(refreshKey, "refreshKey");
function proposedRefresh(body) {
  return /<!-- lockstep:refresh-versions (\S*) -->/.exec(body)?.[1] ?? null;
}
__name(proposedRefresh, "proposedRefresh");
function refreshTitle(outcome) {
  const n = rows(outcome.diff).length;
  return n === 1 ? `Refresh uv.lock (${rows(outcome.diff)[0].name})` : `Refresh uv.lock (${n} packages)`;
}
__name(refreshTitle, "refreshTitle");
var cell = /* @__PURE__ */ __name((text) => escapeMarkdown(text), "cell");
function renderRefreshMarkdown(outcome, options = {}) {
  const lockFile = options.lockFile ?? "uv.lock";
  const table = rows(outcome.diff);
  const out = [REFRESH_MARKER, `<!-- lockstep:refresh-versions ${refreshKey(outcome).replace(/-->/g, "")} -->`, ""];
  out.push(options.dryRun ? "## lockstep refresh (dry run: nothing was changed)" : "## lockstep refresh", "");
  if (table.length === 0) out.push(`Every package in ${markdownCode(lockFile)} is at its newest allowed version.`, "");
  else {
    out.push(`${table.length} locked package(s) in ${markdownCode(lockFile)} move; the pins in ${markdownCode("pyproject.toml")} are unchanged.`, "");
    out.push("| Package | Change | From | To |", "|---|---|---|---|");
    for (const r of table) out.push(`| ${cell(r.name)} | ${r.kind} | ${r.from === null ? "\u2014" : cell(r.from)} | ${r.to === null ? "\u2014" : cell(r.to)} |`);
    out.push("");
  }
  const v = outcome.verification;
  out.push("### Verification", "");
  if (v.lockCommands.length > 0) out.push(`Re-locked with ${v.lockCommands.map((c) => markdownCode(c)).join(", ")}${outcome.cooldown ? ` (${cell(outcome.cooldown)})` : ""}, then checked with the lock engine:`, "");
  out.push("| Target | Result |", "|---|---|");
  for (const t of v.targets) out.push(`| ${markdownCode(t.target)} | ${t.ok ? "\u2705" : "\u26A0\uFE0F"} ${cell(t.detail)} |`);
  out.push("");
  if (outcome.held.length > 0) out.push(...renderHeld(outcome.held));
  return out.join("\n");
}
__name(renderRefreshMarkdown, "renderRefreshMarkdown");
function renderHeld(held) {
  const out = ["### Held back", "", "These upgrades broke verification, so the packages stay at their old versions; the rest of the refresh goes ahead.", ""];
  for (const h of held) out.push(`- **${cell(h.name)}** stays at ${cell(h.version)}${h.wanted ? ` (not ${cell(h.wanted)})` : ""}: ${cell(h.reason)}`);
  out.push("");
  return out;
}
__name(renderHeld, "renderHeld");

export {
  findHolds,
  cooldownCutoff,
  renderRefreshJson,
  renderRefreshText,
  REFRESH_MARKER,
  refreshKey,
  proposedRefresh,
  refreshTitle,
  renderRefreshMarkdown
};

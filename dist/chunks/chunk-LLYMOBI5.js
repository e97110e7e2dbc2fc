import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  markdownCode
} from "./chunk-FQ4P7XNH.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/health/issue.ts
var HEALTH_MARKER = "<!-- lockstep:health -->";
var HEALTH_UPDATE_MARKER = "<!-- lockstep:health-update -->";
var STATE_PREFIX = "<!-- lockstep:health-state ";
function rotItems(online) {
  return online.problems.filter((p) => p.status !== "unchecked").map((p) => ({
    key: `${p.status === "yanked" ? "yanked" : "gone"}:${p.file}`,
    package: p.package,
    version: p.version,
    file: p.file,
    status: p.status,
    direct: p.via === "url",
    source: p.source,
    detail: p.detail,
    newestServed: p.newestServed,
    targets: p.targets
  })).sort((a, b) => Number(a.status === "yanked") - Number(b.status === "yanked") || a.package.localeCompare(b.package) || a.file.localeCompare(b.file));
}
__name(rotItems, "rotItems");
function textDigest(text) {
  const normal = text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
  let hash = 2166136261;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
__name(textDigest, "textDigest");
function splitHealthBody(body) {
  const at = body.lastIndexOf(STATE_PREFIX);
  if (at < 0) return { visible: body, state: null, withState: /* @__PURE__ */ __name(() => body, "withState") };
  const close = body.indexOf(" -->", at);
  const end = close < 0 ? body.length : close + " -->".length;
  const before = body.slice(0, at);
  const after = body.slice(end);
  const withState = /* @__PURE__ */ __name((next) => `${before}${stateLine(next)}${after}`, "withState");
  try {
    const parsed = JSON.parse(body.slice(at + STATE_PREFIX.length, close < 0 ? void 0 : close));
    const since = parsed.since && typeof parsed.since === "object" ? Object.fromEntries(Object.entries(parsed.since).filter(([, v]) => typeof v === "string")) : {};
    const state = { since, digest: typeof parsed.digest === "string" ? parsed.digest : "" };
    if (typeof parsed.fixed === "string") state.fixed = parsed.fixed;
    return { visible: `${before}${after}`, state, withState };
  } catch {
    return { visible: `${before}${after}`, state: null, withState };
  }
}
__name(splitHealthBody, "splitHealthBody");
function stateLine(state) {
  return `${STATE_PREFIX}${JSON.stringify(state).replace(/--/g, "\\u002d\\u002d")} -->`;
}
__name(stateLine, "stateLine");
var day = /* @__PURE__ */ __name((iso) => iso.slice(0, 10), "day");
var MAX_ROWS = 100;
var MAX_REMEMBERED = 250;
function problemText(item) {
  const host = escapeMarkdown(hostName(item.source));
  switch (item.status) {
    case "missing":
      return `no longer served by ${host}${item.detail ? ` (${escapeMarkdown(item.detail)})` : ""}`;
    case "hash-changed":
      return `served by ${host} with another sha256: not the locked file`;
    case "yanked":
      return `yanked on ${host}${item.detail ? `: \u201C${escapeMarkdown(item.detail)}\u201D` : ""}`;
  }
}
__name(problemText, "problemText");
function hostName(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
__name(hostName, "hostName");
function fixText(item) {
  if (item.direct) return "point pyproject.toml at a served URL, then `uv lock`";
  if (item.status === "hash-changed") return `find out why the file changed (a re-upload, or tampering?) before ${markdownCode(`uv lock --refresh-package ${item.package}`)} records it`;
  if (item.newestServed && item.newestServed !== item.version) return `move to ${markdownCode(`${item.package}==${item.newestServed}`)}`;
  return item.newestServed === null ? "drop it or find another index" : `re-lock (${markdownCode(`uv lock --upgrade-package ${item.package}`)})`;
}
__name(fixText, "fixText");
function healthTitle(items, lockPath) {
  const gone = items.filter((i) => i.status !== "yanked").length;
  const yanked = items.length - gone;
  const parts = [gone > 0 ? `${gone} locked file${gone === 1 ? " is" : "s are"} no longer served` : "", yanked > 0 ? `${yanked} locked release${yanked === 1 ? " is" : "s are"} yanked` : ""].filter(Boolean);
  return `Lock rot in ${lockPath}: ${parts.join(", ")}`;
}
__name(healthTitle, "healthTitle");
function renderHealthIssue(input) {
  const nowIso = input.now.toISOString();
  const since = {};
  for (const item of input.items) since[item.key] = input.previous?.since[item.key] ?? nowIso;
  const remembered = Object.fromEntries(Object.entries(since).slice(0, MAX_REMEMBERED));
  const gone = input.items.filter((i) => i.status !== "yanked");
  const targets = [...new Set(gone.flatMap((i) => i.targets))];
  const lines = [HEALTH_MARKER];
  if (gone.length > 0) {
    lines.push(
      `**\`uv sync --locked\` fails** from ${markdownCode(input.lockPath)} on ${targets.length} target(s) (${targets.slice(0, 6).map((t) => markdownCode(t)).join(", ")}${targets.length > 6 ? ", \u2026" : ""}): ${gone.length} locked file(s) are gone from their index or changed under the same name.`
    );
  } else {
    lines.push(`${markdownCode(input.lockPath)} still installs, but it pins release(s) their maintainers yanked: the next \`uv lock\` moves away from them.`);
  }
  lines.push("", "| Package | Locked file | Problem | Since | Targets | Fix |", "|---|---|---|---|---|---|");
  for (const item of input.items.slice(0, MAX_ROWS)) {
    lines.push(
      `| ${markdownCode(item.package)}${item.version ? ` ${escapeMarkdown(item.version)}` : ""} | ${markdownCode(item.file)} | ${problemText(item)} | ${day(since[item.key])} | ${item.targets.length} | ${fixText(item)} |`
    );
  }
  if (input.items.length > MAX_ROWS) lines.push("", `\u2026and ${input.items.length - MAX_ROWS} more locked file(s): \`lockstep check --online --format json\` (or the job's \`report-path\` JSON) lists them all.`);
  const upgrades = [...new Set(input.items.filter((i) => !i.direct && i.status !== "hash-changed").map((i) => i.package))].slice(0, 30).map((p) => `--upgrade-package ${p}`).join(" ");
  lines.push(
    "",
    `**Fix**: re-lock onto releases that are served \u2014 \`lockstep bump\` (exact \`==\` pins in pyproject.toml) and \`lockstep refresh\` (everything else), or their workflows (\`owner/lockstep/bump@v1\`, \`owner/lockstep/refresh@v1\`), open that as a pull request${upgrades ? `; by hand: ${markdownCode(`uv lock ${upgrades}`)}` : ""}. Or follow the table's Fix column.`
  );
  if (input.unchecked.length > 0) {
    lines.push("", `\u26A0\uFE0F Could not check ${input.unchecked.map((u) => `${u.files} file(s) on ${escapeMarkdown(u.host)} (${escapeMarkdown(u.reason)})`).join("; ")}: they are not listed above, and this issue stays open until they can be checked.`);
  }
  lines.push(
    "",
    `<sub>Checked ${nowIso.slice(0, 16).replace("T", " ")} UTC by lockstep health: ${input.checkedFiles} locked file(s) on ${input.targetCount} target(s). This issue is updated in place on every run and closed when the lock installs again. Edit it freely: lockstep then reports in a comment instead of overwriting your text.</sub>`
  );
  const visible = `${lines.join("\n")}
`;
  const state = { since: remembered, digest: textDigest(visible) };
  return { title: healthTitle(input.items, input.lockPath), body: `${visible}${stateLine(state)}
`, state };
}
__name(renderHealthIssue, "renderHealthIssue");
function planHealthIssue(issues, rendered, items, complete) {
  const ours = issues.filter((i) => i.authorIsBot && i.body.includes(HEALTH_MARKER));
  const open = ours.find((i) => i.state === "open");
  if (items.length === 0) {
    if (open && complete) return { kind: "close", issue: open };
    return { kind: "none" };
  }
  if (open) {
    const { visible, state } = splitHealthBody(open.body);
    if (state && state.digest !== textDigest(visible)) return { kind: "comment", issue: open };
    if (rendered && open.body === rendered.body && open.title === rendered.title) return { kind: "unchanged", issue: open };
    return { kind: "update", issue: open };
  }
  const lastClosed = ours.find((i) => i.state === "closed");
  if (lastClosed) {
    const { state } = splitHealthBody(lastClosed.body);
    const closedByPerson = state !== null && !state.fixed;
    if (closedByPerson && items.every((item) => item.key in state.since)) return { kind: "closed-before", issue: lastClosed };
  }
  return { kind: "create" };
}
__name(planHealthIssue, "planHealthIssue");
function markFixed(body, now) {
  const { state, withState } = splitHealthBody(body);
  return state ? withState({ ...state, fixed: now.toISOString() }) : body;
}
__name(markFixed, "markFixed");
function fixedComment(now, checkedFiles) {
  return `${HEALTH_MARKER}
\u2705 Fixed: every locked file is served again with its locked sha256 (${checkedFiles} file(s) checked ${now.toISOString().slice(0, 16).replace("T", " ")} UTC). Closing; lockstep opens a new issue if the lock rots again.
`;
}
__name(fixedComment, "fixedComment");

// src/adapters/health-issue.ts
var DEFAULT_HEALTH_LABELS = ["lockstep-health"];
async function keepHealthIssue(api, options) {
  const labels = options.labels && options.labels.length > 0 ? options.labels : DEFAULT_HEALTH_LABELS;
  const issues = await api.listIssues({ labels, state: "all" });
  const ours = issues.filter((i) => i.authorIsBot);
  const open = ours.find((i) => i.state === "open" && splitHealthBody(i.body).state !== null);
  const rendered = options.items.length > 0 ? options.render(open ? splitHealthBody(open.body).state : null) : null;
  const plan = planHealthIssue(ours, rendered, options.items, options.complete);
  const find = /* @__PURE__ */ __name((number) => ours.find((i) => i.number === number), "find");
  switch (plan.kind) {
    case "none":
      return { action: "none", issue: null, message: options.items.length === 0 ? "every locked file is served; no issue open" : "nothing to change" };
    case "create": {
      const issue = await api.createIssue({ title: rendered.title, body: rendered.body, labels });
      return { action: "created", issue, message: `opened #${issue.number}` };
    }
    case "update": {
      const issue = await api.updateIssue(plan.issue.number, { title: rendered.title, body: rendered.body });
      return { action: "updated", issue, message: `updated #${issue.number}` };
    }
    case "unchanged":
      return { action: "unchanged", issue: find(plan.issue.number), message: `#${plan.issue.number} is up to date` };
    case "comment": {
      const { visible } = splitHealthBody(rendered.body);
      const { action } = await api.upsertComment(plan.issue.number, HEALTH_UPDATE_MARKER, `${HEALTH_UPDATE_MARKER}
The issue text was edited, so lockstep reports here instead of overwriting it.

${visible}`);
      return { action: action === "unchanged" ? "unchanged" : "commented", issue: find(plan.issue.number), message: `#${plan.issue.number} was edited by a person: ${action === "unchanged" ? "the update comment is up to date" : "reported in a comment"}` };
    }
    case "close": {
      const number = plan.issue.number;
      const marked = markFixed(plan.issue.body, options.now);
      if (marked !== plan.issue.body) await api.updateIssue(number, { body: marked });
      await api.createComment(number, fixedComment(options.now, options.checkedFiles));
      const issue = await api.updateIssue(number, { state: "closed", stateReason: "completed" });
      return { action: "closed", issue, message: `closed #${number}: the lock installs again` };
    }
    case "closed-before":
      return {
        action: "closed-before",
        issue: find(plan.issue.number),
        message: `#${plan.issue.number} about these same files was closed by a person; not reopening it (a new problem opens a new issue).`
      };
  }
}
__name(keepHealthIssue, "keepHealthIssue");

export {
  rotItems,
  renderHealthIssue,
  DEFAULT_HEALTH_LABELS,
  keepHealthIssue
};

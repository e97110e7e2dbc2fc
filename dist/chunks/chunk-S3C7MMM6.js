import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  diffLocks
} from "./chunk-TVJAJFFS.js";
import {
  SEVERITY_ICON,
  adviceLines,
  checkPixiProject,
  codeLabel,
  packageCell,
  problemTable
} from "./chunk-QQONMHEQ.js";
import {
  collapseTargets,
  findingTargets,
  platformLabel,
  problemRows,
  pythonTag
} from "./chunk-3DLKCNQW.js";
import {
  toJsonReport
} from "./chunk-JSAGPIKN.js";
import {
  checkProject
} from "./chunk-4GBUUBSV.js";
import {
  PLATFORM_NAMES,
  resolvePlatform
} from "./chunk-YKG64RBM.js";
import {
  runProcess
} from "./chunk-DWNQWAEX.js";
import {
  codeBlock,
  escapeMarkdown,
  markdownCode
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/matrix/combine.ts
function tagLock(report, lock) {
  return {
    ...report,
    targets: report.targets.map((t) => ({ ...t, lock })),
    findings: report.findings.map((f) => ({ ...f, lock }))
  };
}
__name(tagLock, "tagLock");
function combineReports(reports) {
  if (reports.length === 1) return reports[0];
  const [first] = reports;
  return {
    schema: 1,
    project: {
      name: reports.find((r) => r.project.name)?.project.name ?? null,
      version: reports.find((r) => r.project.version)?.project.version ?? null,
      requiresPython: first?.project.requiresPython ?? null,
      lockRevision: first?.project.lockRevision ?? null,
      packageCount: reports.reduce((n, r) => n + r.project.packageCount, 0)
    },
    targets: reports.flatMap((r) => r.targets),
    packages: reports.flatMap((r) => r.packages),
    findings: reports.flatMap((r) => r.findings)
  };
}
__name(combineReports, "combineReports");

// src/core/matrix/check-locks.ts
function locksOf(files) {
  const pixi = files.pixi !== null && files.pixi !== void 0;
  return { uv: files.lock !== null || !pixi && files.pyproject !== null, pixi };
}
__name(locksOf, "locksOf");
function checkUvLock(files, options) {
  const which = locksOf(files);
  const platforms = options.platforms ?? [];
  const report = checkProject(files, { ...options, platforms: which.pixi ? platforms.filter((p) => PLATFORM_NAMES.includes(p)) : platforms });
  return which.pixi ? tagLock(report, files.lockPath ?? "uv.lock") : report;
}
__name(checkUvLock, "checkUvLock");
function checkPixiLock(files, options, extra = {}) {
  const which = locksOf(files);
  const platforms = options.platforms ?? [];
  const pixiOptions = { environments: extra.environments ?? [], platforms: which.uv ? platforms.filter((p) => !PLATFORM_NAMES.includes(p)) : platforms };
  if (options.severities) pixiOptions.severities = options.severities;
  const report = checkPixiProject(files.pixi, pixiOptions);
  return which.uv ? tagLock(report, files.pixi.lockPath ?? "pixi.lock") : report;
}
__name(checkPixiLock, "checkPixiLock");
function checkEnvironmentSelection(files, extra) {
  if (!locksOf(files).pixi && (extra.environments ?? []).length > 0) {
    throw new LockstepError("--environment applies to pixi projects, and this folder has no pixi.lock, pixi.toml or [tool.pixi].");
  }
}
__name(checkEnvironmentSelection, "checkEnvironmentSelection");
function checkLocks(files, options, extra = {}) {
  checkEnvironmentSelection(files, extra);
  const which = locksOf(files);
  const reports = [];
  if (which.uv) reports.push(checkUvLock(files, options));
  if (which.pixi) reports.push(checkPixiLock(files, options, extra));
  return combineReports(reports);
}
__name(checkLocks, "checkLocks");

// src/adapters/git.ts
var GitError = class extends LockstepError {
  constructor(args, exitCode, stderr) {
    super(`git ${args.join(" ")} failed (exit ${exitCode}): ${stderr.trim().split("\n").slice(-3).join(" | ") || "no message"}`, {
      hint: "Check that the repository, branch or revision exists and that the checkout has the history it needs (fetch-depth: 0)."
    });
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  exitCode;
  stderr;
  static {
    __name(this, "GitError");
  }
};
function safeRevision(rev) {
  if (rev.length === 0 || rev.startsWith("-") || /[\0\n]/.test(rev)) {
    throw new LockstepError(`Refusing git revision ${JSON.stringify(rev)}: it is empty, starts with "-" or holds a control character.`);
  }
  return rev;
}
__name(safeRevision, "safeRevision");
var Git = class _Git {
  constructor(dir, run = runProcess, timeoutMs = 3e5) {
    this.dir = dir;
    this.run = run;
    this.timeoutMs = timeoutMs;
  }
  dir;
  run;
  timeoutMs;
  static {
    __name(this, "Git");
  }
  /** Clones `url` into `dir` (which must not exist or be empty). */
  static async clone(url, dir, options = {}) {
    const git = new _Git(dir, options.run);
    const args = ["clone", "--quiet"];
    if (options.branch) args.push("--branch", safeRevision(options.branch));
    if (options.depth) args.push("--depth", String(options.depth));
    args.push("--", safeRevision(url), dir);
    await git.exec(args, { cwd: process.cwd() });
    return git;
  }
  /** Runs git with `args` in the working tree; throws GitError on a non-zero exit. */
  async exec(args, options = {}) {
    const result = await this.run("git", args, {
      cwd: options.cwd ?? this.dir,
      timeoutMs: this.timeoutMs,
      env: {
        ...process.env,
        // Never wait for a password prompt in CI; messages in English so they can be read back.
        GIT_TERMINAL_PROMPT: "0",
        LC_ALL: "C",
        ...options.env
      }
    });
    if (result.exitCode !== 0 && !options.allowFailure) throw new GitError(args, result.exitCode, result.stderr);
    return result;
  }
  async init(options = {}) {
    await this.exec(["init", "--quiet", ...options.bare ? ["--bare"] : [], "--initial-branch", safeRevision(options.initialBranch ?? "main"), this.dir], { cwd: process.cwd() });
  }
  async fetch(remote = "origin", refspecs = [], options = {}) {
    const args = ["fetch", "--quiet", "--no-tags"];
    if (options.depth) args.push("--depth", String(options.depth));
    if (options.force) args.push("--force");
    await this.exec([...args, "--", safeRevision(remote), ...refspecs.map(safeRevision)]);
  }
  /** Checks out `ref`; with `create`, makes (or resets, `-B`) a branch of that name at `startPoint`. */
  async checkout(ref, options = {}) {
    const args = ["checkout", "--quiet"];
    if (options.create) args.push("-B", safeRevision(ref), ...options.startPoint ? [safeRevision(options.startPoint)] : []);
    else args.push(safeRevision(ref));
    await this.exec([...args, "--"]);
  }
  async add(paths) {
    await this.exec(["add", "--", ...paths]);
  }
  /** Commits what is staged (or `paths` when given); returns the new commit's sha. */
  async commit(message, options = {}) {
    const env = options.author ? { GIT_AUTHOR_NAME: options.author.name, GIT_AUTHOR_EMAIL: options.author.email, GIT_COMMITTER_NAME: options.author.name, GIT_COMMITTER_EMAIL: options.author.email } : {};
    const args = ["commit", "--quiet", "--no-verify", "--message", message];
    if (options.allowEmpty) args.push("--allow-empty");
    if (options.paths) args.push("--", ...options.paths);
    await this.exec(args, { env });
    return this.revParse("HEAD");
  }
  /**
   * Pushes `refspecs` to `remote`. `force: 'with-lease'` overwrites only if the remote branch is still at
   * `expect` (so a human's push in between is never lost); `true` forces unconditionally.
   */
  async push(remote, refspecs, options = {}) {
    const args = ["push", "--quiet"];
    if (options.force === true) args.push("--force");
    if (options.force === "with-lease") {
      args.push(options.expect ? `--force-with-lease=${safeRevision(options.expect.ref)}:${safeRevision(options.expect.sha)}` : "--force-with-lease");
    }
    await this.exec([...args, "--", safeRevision(remote), ...refspecs.map(safeRevision)]);
  }
  /** The full sha `rev` names; throws GitError when it names nothing. */
  async revParse(rev) {
    const { stdout } = await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${safeRevision(rev)}^{commit}`]);
    return stdout.trim();
  }
  /** Like revParse, but null when `rev` does not exist. */
  async tryRevParse(rev) {
    const result = await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${safeRevision(rev)}^{commit}`], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : null;
  }
  /** A file's text at a revision (`git show REV:path`), or null when the file is not there at that revision. */
  async showFile(rev, path) {
    const spec = `${safeRevision(rev)}:${path.replace(/^\.?\//, "")}`;
    const exists = await this.exec(["cat-file", "-e", spec], { allowFailure: true });
    if (exists.exitCode !== 0) {
      await this.revParse(rev);
      return null;
    }
    const { stdout } = await this.exec(["show", "--no-textconv", spec]);
    return stdout;
  }
  /** Paths that differ between two revisions (`to` defaults to the working tree). */
  async diffNames(from, to) {
    const args = ["diff", "--name-only", "--no-renames", "-z", safeRevision(from), ...to ? [safeRevision(to)] : [], "--"];
    const { stdout } = await this.exec(args);
    return stdout.split("\0").filter(Boolean);
  }
  /** True when the working tree or index has changes (untracked files included). */
  async hasChanges() {
    const { stdout } = await this.exec(["status", "--porcelain", "--untracked-files=all"]);
    return stdout.trim().length > 0;
  }
  /** The checked-out branch, or null on a detached HEAD. */
  async currentBranch() {
    const result = await this.exec(["symbolic-ref", "--quiet", "--short", "HEAD"], { allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() : null;
  }
  /** The sha of `branch` on `remote` without fetching, or null when the remote has no such branch. */
  async remoteBranchSha(remote, branch) {
    const { stdout } = await this.exec(["ls-remote", "--heads", "--", safeRevision(remote), `refs/heads/${safeRevision(branch)}`]);
    return stdout.split("	")[0]?.trim() || null;
  }
};

// src/core/review/compare.ts
var REVIEWED_CODES = ["sdist-build", "no-distribution", "cuda-mismatch", "lock-stale", "parse-error", "artifact-missing", "artifact-yanked"];
function problemKey(finding) {
  const where = finding.package === void 0 ? finding.file ?? "" : "";
  return [finding.code, finding.package ?? "", where].join("\0");
}
__name(problemKey, "problemKey");
function keyed(report) {
  const out = [];
  for (const finding of report.findings) {
    if (!REVIEWED_CODES.includes(finding.code)) continue;
    const targets = findingTargets(finding, report);
    for (const target of targets.length > 0 ? targets : [void 0]) out.push({ problem: problemKey(finding), target, finding });
  }
  return out;
}
__name(keyed, "keyed");
var platformOf = /* @__PURE__ */ __name((t) => `${t.platform}\0${t.cuda ?? ""}`, "platformOf");
function unmatched(from, fromReport, to, toReport) {
  const find = counterpart(fromReport, toReport, to);
  const byFinding = /* @__PURE__ */ new Map();
  const matched = /* @__PURE__ */ new Map();
  for (const k of from) {
    let entry = byFinding.get(k.finding);
    if (!entry) byFinding.set(k.finding, entry = { all: 0, fresh: [] });
    entry.all++;
    const other = find(k);
    if (other) matched.set(k, other);
    else entry.fresh.push(k.target);
  }
  const fresh = [];
  for (const [finding, { all, fresh: targets }] of byFinding) {
    if (targets.length === 0) continue;
    if (targets.length === all) fresh.push(finding);
    else for (const target of targets) fresh.push(target === void 0 ? finding : { ...finding, target });
  }
  return { fresh, matched };
}
__name(unmatched, "unmatched");
function counterpart(own, other, otherKeyed) {
  const exact = /* @__PURE__ */ new Map();
  const anywhere = /* @__PURE__ */ new Map();
  const byPlatform = /* @__PURE__ */ new Map();
  const otherTargets = new Map(other.targets.map((t) => [t.id, t]));
  const otherPlatforms = new Set(other.targets.map(platformOf));
  const ownTargets = new Map(own.targets.map((t) => [t.id, t]));
  for (const k of otherKeyed) {
    exact.set(`${k.problem}${k.target ?? ""}`, k);
    if (!anywhere.has(k.problem)) anywhere.set(k.problem, k);
    const t = k.target ? otherTargets.get(k.target) : void 0;
    const pk = t ? `${k.problem}${platformOf(t)}` : "";
    if (t && !byPlatform.has(pk)) byPlatform.set(pk, k);
  }
  return (k) => {
    if (k.target === void 0 || otherTargets.has(k.target)) return exact.get(`${k.problem}${k.target ?? ""}`);
    const t = ownTargets.get(k.target);
    if (t && otherPlatforms.has(platformOf(t))) return byPlatform.get(`${k.problem}${platformOf(t)}`);
    return anywhere.get(k.problem);
  };
}
__name(counterpart, "counterpart");
function compareFindings(base, head) {
  const baseKeys = keyed(base);
  const headKeys = keyed(head);
  const introduced = unmatched(headKeys, head, baseKeys, base);
  const resolved = unmatched(baseKeys, base, headKeys, head);
  const moved = /* @__PURE__ */ new Map();
  for (const [h, b] of introduced.matched) {
    const from = b.finding.version ?? null;
    const to = h.finding.version ?? null;
    if (from === to) continue;
    const key = `${h.problem}${from}${to}`;
    const entry = moved.get(key) ?? { finding: h.finding, from, to, targets: [] };
    if (h.target !== void 0 && !entry.targets.includes(h.target)) entry.targets.push(h.target);
    moved.set(key, entry);
  }
  const baseIds = new Set(base.targets.map((t) => t.id));
  const headIds = new Set(head.targets.map((t) => t.id));
  const rp = { base: base.project.requiresPython, head: head.project.requiresPython };
  return {
    introduced: introduced.fresh,
    resolved: resolved.fresh,
    stillFailing: [...moved.values()],
    targets: {
      added: head.targets.filter((t) => !baseIds.has(t.id)).map((t) => t.id),
      removed: base.targets.filter((t) => !headIds.has(t.id)).map((t) => t.id),
      requiresPython: rp.base !== rp.head ? rp : null
    }
  };
}
__name(compareFindings, "compareFindings");

// src/core/review/review.ts
function requiredEnvironmentsSnippet(targets) {
  const markers = [];
  for (const t of targets) {
    let env;
    try {
      env = resolvePlatform(t.platform).markerEnvironment(t.python);
    } catch {
      continue;
    }
    const marker = `sys_platform == '${env.sys_platform}' and platform_machine == '${env.platform_machine}'`;
    if (!markers.includes(marker)) markers.push(marker);
  }
  if (markers.length === 0) return null;
  return ["[tool.uv]", "required-environments = [", ...markers.map((m) => `    "${m}",`), "]"].join("\n");
}
__name(requiredEnvironmentsSnippet, "requiredEnvironmentsSnippet");
function reviewChange(base, head) {
  const { introduced, resolved, stillFailing, targets: targetChanges } = compareFindings(base, head);
  const rows = problemRows(introduced, head);
  const needsWheels = rows.some((r) => r.code === "no-distribution" || r.code === "sdist-build");
  return {
    introduced,
    resolved,
    rows,
    resolvedRows: problemRows(resolved, base),
    lock: diffLocks(base, head),
    targets: head.targets,
    requiredEnvironments: needsWheels ? requiredEnvironmentsSnippet(head.targets) : null,
    errorsIntroduced: introduced.filter((f) => f.severity === "error").length,
    stillFailing,
    targetChanges,
    baseTargets: base.targets
  };
}
__name(reviewChange, "reviewChange");

// src/core/review/render.ts
var REVIEW_MARKER = "<!-- lockstep:review -->";
var GITHUB_COMMENT_LIMIT = 65536;
var MAX_LOCK_DIFF_ROWS = 250;
var envKey = /* @__PURE__ */ __name((p) => p.environment !== void 0 ? { environment: p.environment } : {}, "envKey");
var diffName = /* @__PURE__ */ __name((p) => p.environment !== void 0 ? `${p.name} (${p.environment})` : p.name, "diffName");
function projectFindings(findings) {
  return toJsonReport({
    schema: 1,
    project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 },
    targets: [],
    packages: [],
    findings
  }).findings;
}
__name(projectFindings, "projectFindings");
function toDiffJson(review) {
  return {
    schema: 1,
    introduced: projectFindings(review.introduced),
    resolved: projectFindings(review.resolved),
    stillFailing: review.stillFailing.map((m) => ({ code: m.finding.code, severity: m.finding.severity, package: m.finding.package ?? null, from: m.from, to: m.to, targets: m.targets })),
    targets: review.targetChanges,
    lock: {
      added: review.lock.added.map((p) => ({ name: p.name, version: p.version, source: p.source, ...envKey(p) })),
      removed: review.lock.removed.map((p) => ({ name: p.name, version: p.version, source: p.source, ...envKey(p) })),
      changed: review.lock.changed.map((c) => ({ name: c.name, from: c.from, to: c.to, direction: c.direction, fromSource: c.fromSource, toSource: c.toSource, ...envKey(c) }))
    }
  };
}
__name(toDiffJson, "toDiffJson");
function renderDiffJson(review) {
  return `${JSON.stringify(toDiffJson(review), null, 2)}
`;
}
__name(renderDiffJson, "renderDiffJson");
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
__name(plural, "plural");
function targetsText(row, targets) {
  return collapseTargets(row.targets, targets);
}
__name(targetsText, "targetsText");
function targetChangeText(review) {
  const { added, removed, requiresPython } = review.targetChanges;
  if (added.length === 0 && removed.length === 0) return null;
  const pick = /* @__PURE__ */ __name((all, ids) => {
    const wanted = new Set(ids);
    return all.filter((t) => wanted.has(t.id));
  }, "pick");
  const why = requiresPython ? `requires-python changed (${requiresPython.base ?? "unset"} \u2192 ${requiresPython.head ?? "unset"})` : "the lock's supported environments changed";
  const parts = [
    added.length > 0 ? `now also checked: ${targetsSummary(pick(review.targets, added))}` : "",
    removed.length > 0 ? `no longer checked: ${targetsSummary(pick(review.baseTargets, removed))}` : ""
  ].filter(Boolean);
  return `Targets changed because ${why}: ${parts.join("; ")}. A problem the base had on the same platform (or anywhere, for a new platform) is not counted as introduced.`;
}
__name(targetChangeText, "targetChangeText");
function lockDiffLines(diff) {
  return [
    ...diff.added.map((p) => `+ ${diffName(p)} ${p.version}`),
    ...diff.removed.map((p) => `- ${diffName(p)} ${p.version}`),
    ...diff.changed.map((c) => `~ ${diffName(c)} ${c.from} -> ${c.to} (${c.direction})`)
  ];
}
__name(lockDiffLines, "lockDiffLines");
function renderDiffText(review) {
  const total = review.targets.length;
  const targets = review.targets;
  const lines = [];
  const errors = review.errorsIntroduced;
  lines.push(
    review.rows.length === 0 ? `No new source builds, missing wheels, CUDA mismatches or stale lock (${plural(total, "target")} checked).` : `Introduces ${plural(review.rows.length, "problem")} (${plural(errors, "error finding")}) on ${plural(total, "target")} checked.`
  );
  const section = /* @__PURE__ */ __name((title, rows, withSuggestion) => {
    if (rows.length === 0) return;
    lines.push("", `${title}:`);
    for (const row of rows) {
      const what = row.package ? `${row.package}${row.version ? ` ${row.version}` : ""}` : "(project)";
      lines.push(`  ${row.severity.padEnd(7)} ${row.code.padEnd(15)} ${what} [${targetsText(row, targets)}]`);
      lines.push(`          ${row.problem}`);
      if (withSuggestion) {
        lines.push(`          suggestion: ${row.suggestion.text}`);
        if (row.suggestion.snippet) lines.push(...row.suggestion.snippet.split("\n").map((l) => `            ${l}`));
      }
    }
  }, "section");
  const changed = targetChangeText(review);
  if (changed) lines.push("", changed);
  section("Introduced", review.rows, true);
  if (review.stillFailing.length > 0) {
    lines.push("", "Still failing (version moved; not introduced by this change):");
    for (const m of review.stillFailing) {
      lines.push(`  ${m.finding.severity.padEnd(7)} ${m.finding.code.padEnd(15)} ${m.finding.package ?? "(project)"} ${m.from ?? "?"} -> ${m.to ?? "?"} [${collapseTargets(m.targets, targets)}]`);
    }
  }
  if (review.requiredEnvironments) {
    lines.push("", "Make uv guard the targets (uv lock fails when a wheel-only package has no wheel for one):");
    lines.push(...review.requiredEnvironments.split("\n").map((l) => `  ${l}`));
  }
  section("Resolved", review.resolvedRows, false);
  const diff = lockDiffLines(review.lock);
  lines.push("", diff.length === 0 ? "Lock: no package changes." : "Lock:", ...diff.map((l) => `  ${l}`));
  return `${lines.join("\n")}
`;
}
__name(renderDiffText, "renderDiffText");
function lockDiffTable(diff, maxRows) {
  const rows = [
    ...diff.added.map((p) => `| \u2795 added | ${escapeMarkdown(diffName(p))} | | ${escapeMarkdown(p.version)} |`),
    ...diff.removed.map((p) => `| \u2796 removed | ${escapeMarkdown(diffName(p))} | ${escapeMarkdown(p.version)} | |`),
    ...diff.changed.map((c) => {
      const icon = c.direction === "upgraded" ? "\u2B06\uFE0F upgraded" : c.direction === "downgraded" ? "\u2B07\uFE0F downgraded" : "\u{1F501} source changed";
      return `| ${icon} | ${escapeMarkdown(diffName(c))} | ${escapeMarkdown(c.from)} | ${escapeMarkdown(c.to)} |`;
    })
  ];
  if (rows.length === 0) return [`No package was added, removed or changed in ${diff.lockNames ?? "uv.lock"}.`];
  const shown = rows.slice(0, maxRows);
  const out = ["| Change | Package | Base | Head |", "|---|---|---|---|", ...shown];
  if (rows.length > shown.length) out.push("", `\u2026and ${rows.length - shown.length} more changes.`);
  return out;
}
__name(lockDiffTable, "lockDiffTable");
function diffSummary(diff) {
  const up = diff.changed.filter((c) => c.direction === "upgraded").length;
  const down = diff.changed.filter((c) => c.direction === "downgraded").length;
  const other = diff.changed.length - up - down;
  return `${diff.added.length} added, ${diff.removed.length} removed, ${up} upgraded, ${down} downgraded${other > 0 ? `, ${other} source changed` : ""}`;
}
__name(diffSummary, "diffSummary");
function targetsSummary(targets) {
  const pythons = [...new Set(targets.map((t) => pythonTag(t.python)))];
  const platforms = [...new Set(targets.map((t) => `${platformLabel(t.platform)}${t.cuda ? ` CUDA ${t.cuda}` : ""}`))];
  if (pythons.length * platforms.length === targets.length) return `${pythons.join(", ")} \xD7 ${platforms.join(", ")}`;
  return targets.map((t) => t.id).join(", ");
}
__name(targetsSummary, "targetsSummary");
function verdictLine(review, previouslyReported) {
  if (review.rows.length === 0) {
    const resolved = review.resolvedRows.length > 0 ? ` It also resolves ${plural(review.resolvedRows.length, "problem")} the base had.` : "";
    return previouslyReported ? `\u2705 **All fixed**: this pull request no longer introduces source builds, missing wheels, CUDA mismatches or a stale lock.${resolved}` : `\u2705 **Nothing introduced**: no new source builds, missing wheels, CUDA mismatches or stale lock.${resolved}`;
  }
  const errors = review.rows.filter((r) => r.severity === "error").length;
  const icon = errors > 0 ? "\u274C" : "\u26A0\uFE0F";
  const kinds = [...new Set(review.rows.map((r) => codeLabel(r.code)))].join(", ");
  return `${icon} **This pull request introduces ${plural(review.rows.length, "problem")}** (${errors > 0 ? plural(errors, "error") : "warnings only"}): ${kinds}.`;
}
__name(verdictLine, "verdictLine");
function renderWith(review, options, cut) {
  const total = review.targets.length;
  const targets = review.targets;
  const parts = [];
  if (options.marker !== false) parts.push(REVIEW_MARKER);
  parts.push("### lockstep review", "");
  if (options.scope) {
    const root = options.scope.workspaceRoot || ".";
    parts.push(`Workspace member ${markdownCode(options.scope.member)}: the workspace's ${markdownCode(root === "." ? "uv.lock" : `${root}/uv.lock`)} and every member's pyproject.toml were checked.`, "");
  }
  parts.push(verdictLine(review, options.previouslyReported ?? false));
  const changed = targetChangeText(review);
  if (changed) parts.push("", escapeMarkdown(changed));
  const rows = cut ? review.rows.slice(0, cut.rows) : review.rows;
  if (review.rows.length > 0) {
    parts.push("", ...problemTable(rows, targets, rows.length));
    if (rows.length < review.rows.length) parts.push("", `\u2026and ${plural(review.rows.length - rows.length, "more problem")} (see the full report).`);
    const advice = adviceLines(cut?.snippets === false ? rows.map((r) => ({ ...r, suggestion: { text: r.suggestion.text } })) : rows);
    if (advice.length > 0) parts.push("", "**What to do**", "", ...advice);
    if (review.requiredEnvironments) {
      parts.push(
        "",
        "To make uv itself guard these targets, list them in pyproject.toml: `uv lock` then fails when a package that ships wheels only has none for one of them, instead of the install failing later.",
        "",
        codeBlock(review.requiredEnvironments, "toml")
      );
    }
  }
  if (review.stillFailing.length > 0) {
    parts.push("", `**Still failing, version moved** (${plural(review.stillFailing.length, "problem")} the base had too; not introduced here):`, "");
    for (const m of review.stillFailing.slice(0, cut ? cut.rows : void 0)) {
      const pkg = packageCell({ package: m.finding.package ?? null, version: null });
      parts.push(`- ${SEVERITY_ICON[m.finding.severity]} ${pkg} ${escapeMarkdown(m.from ?? "?")} \u2192 ${escapeMarkdown(m.to ?? "?")}: ${codeLabel(m.finding.code)} (${escapeMarkdown(collapseTargets(m.targets, targets))})`);
    }
  }
  if (review.resolvedRows.length > 0) {
    parts.push("", `**Resolved by this pull request** (${plural(review.resolvedRows.length, "problem")} the base had):`, "");
    for (const row of review.resolvedRows.slice(0, cut ? cut.rows : void 0)) {
      parts.push(`- ${packageCell(row)} (${escapeMarkdown(collapseTargets(row.targets, review.baseTargets))}): ${codeLabel(row.code)}`);
    }
  }
  const lockRows = cut ? cut.lockDiffRows : options.maxLockDiffRows ?? MAX_LOCK_DIFF_ROWS;
  parts.push("", `<details><summary>Lock diff: ${diffSummary(review.lock)}</summary>`, "");
  if (lockRows > 0) parts.push(...lockDiffTable(review.lock, lockRows));
  else parts.push(`Left out to fit GitHub's comment size limit: ${options.fullReportHint ?? "see the job summary of this run"}.`);
  parts.push("", "</details>");
  const checked = `${plural(total, "target")} checked: ${escapeMarkdown(targetsSummary(targets))}`;
  const at = options.headSha ? ` at ${markdownCode(options.headSha.slice(0, 7))}` : "";
  parts.push("", `<sub>${checked}${at}. This comment is updated on every push.</sub>`);
  if (cut) {
    parts.push("", `> [!NOTE]
> This comment was cut to fit GitHub's ${GITHUB_COMMENT_LIMIT}-character limit; the full report is in ${options.fullReportHint ?? "the job summary of this run"}.`);
  }
  return `${parts.join("\n")}
`;
}
__name(renderWith, "renderWith");
function renderReviewComment(review, options = {}) {
  const limit = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const full = renderWith(review, options, null);
  if (full.length <= limit) return full;
  let cut = { rows: review.rows.length, lockDiffRows: 0, snippets: true };
  let body = renderWith(review, options, cut);
  if (body.length > limit) body = renderWith(review, options, cut = { ...cut, snippets: false });
  if (body.length > limit && cut.rows > 0) {
    const bare = renderWith(review, options, { ...cut, rows: 0 }).length;
    const perRow = Math.max(1, (body.length - bare) / cut.rows);
    cut = { ...cut, rows: Math.max(0, Math.min(cut.rows, Math.floor((limit - bare) / perRow))) };
    body = renderWith(review, options, cut);
    while (body.length > limit && cut.rows > 0) {
      cut = { ...cut, rows: Math.floor(cut.rows * 0.9) };
      body = renderWith(review, options, cut);
    }
  }
  return body.length <= limit ? body : `${body.slice(0, limit - 200)}

\u2026(cut to fit GitHub's comment size limit)
`;
}
__name(renderReviewComment, "renderReviewComment");
function renderReviewSummary(review, options = {}) {
  return renderWith(review, { maxLockDiffRows: 1e4, ...options, marker: false }, null).replace(" This comment is updated on every push.", "");
}
__name(renderReviewSummary, "renderReviewSummary");

export {
  combineReports,
  locksOf,
  checkUvLock,
  checkPixiLock,
  checkEnvironmentSelection,
  checkLocks,
  Git,
  reviewChange,
  REVIEW_MARKER,
  renderDiffJson,
  renderDiffText,
  renderReviewComment,
  renderReviewSummary
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  diffLocks
} from "./chunk-X4J7CJZO.js";
import {
  checkPixiProject
} from "./chunk-YB2LGG54.js";
import {
  toJsonReport
} from "./chunk-AWJDRCDI.js";
import {
  checkProject
} from "./chunk-PGAXKFFL.js";
import {
  runProcess
} from "./chunk-MVABLUEQ.js";
import {
  PLATFORM_NAMES,
  resolvePlatform,
  sdistBuildAdvice
} from "./chunk-EVVAWJTR.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  escapeMarkdown,
  markdownCode
} from "./chunk-TYJNTGG6.js";
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
var PER_TARGET_CODES = /* @__PURE__ */ new Set(["sdist-build", "no-distribution", "cuda-mismatch"]);
function keyOf(finding, target) {
  const where = finding.package === void 0 ? finding.file ?? "" : "";
  return [finding.code, finding.package ?? "", target ?? "", where].join("\0");
}
__name(keyOf, "keyOf");
function keyed(report) {
  const out = [];
  for (const finding of report.findings) {
    if (!REVIEWED_CODES.includes(finding.code)) continue;
    const targets = finding.target !== void 0 ? [finding.target] : PER_TARGET_CODES.has(finding.code) && report.targets.length > 0 ? report.targets.map((t) => t.id) : [void 0];
    for (const target of targets) out.push({ key: keyOf(finding, target), target, finding });
  }
  return out;
}
__name(keyed, "keyed");
function missingFrom(from, to) {
  const present = new Set(to.map((k) => k.key));
  const byFinding = /* @__PURE__ */ new Map();
  for (const k of from) {
    let entry = byFinding.get(k.finding);
    if (!entry) byFinding.set(k.finding, entry = { all: 0, fresh: [] });
    entry.all++;
    if (!present.has(k.key)) entry.fresh.push(k.target);
  }
  const out = [];
  for (const [finding, { all, fresh }] of byFinding) {
    if (fresh.length === 0) continue;
    if (fresh.length === all) out.push(finding);
    else for (const target of fresh) out.push(target === void 0 ? finding : { ...finding, target });
  }
  return out;
}
__name(missingFrom, "missingFrom");
function compareFindings(base, head) {
  const baseKeys = keyed(base);
  const headKeys = keyed(head);
  return { introduced: missingFrom(headKeys, baseKeys), resolved: missingFrom(baseKeys, headKeys) };
}
__name(compareFindings, "compareFindings");
function findingTargets(finding, report) {
  if (finding.target !== void 0) return [finding.target];
  return PER_TARGET_CODES.has(finding.code) ? report.targets.map((t) => t.id) : [];
}
__name(findingTargets, "findingTargets");

// src/core/review/review.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
var CODE_RANK = { "parse-error": 0, "lock-stale": 1, "artifact-missing": 2, "no-distribution": 2, "cuda-mismatch": 3, "sdist-build": 4, "artifact-yanked": 5 };
var STALE_FIX = /\s*Run `(?:uv|pixi) lock` and commit (?:the updated uv\.lock|pixi\.lock)[^.]*(?:\([^)]*\))?\.\s*$/;
function lockOf(finding, report) {
  if (finding.lock === "pixi.lock" || finding.lock === "uv.lock") return finding.lock;
  return report.targets.length > 0 && report.targets.every((t) => t.environment !== void 0) ? "pixi.lock" : "uv.lock";
}
__name(lockOf, "lockOf");
var RELEASE_WHEEL_PACKAGES = /* @__PURE__ */ new Set(["flash-attn", "mamba-ssm", "causal-conv1d"]);
function torchOn(report, targetId) {
  const torch = report.packages.filter((p) => p.name === "torch");
  return (torch.find((p) => p.verdicts[targetId] && p.verdicts[targetId].status !== "not-needed") ?? torch[0])?.version ?? null;
}
__name(torchOn, "torchOn");
function splitAdvice(advice) {
  const [text = "", ...rest] = advice.split("\n");
  return rest.length > 0 ? { text, snippet: rest.join("\n") } : { text };
}
__name(splitAdvice, "splitAdvice");
function sdistFile(report, row) {
  const pkg = report.packages.find((p) => p.name === row.package && (row.version === null || p.version === row.version));
  if (!pkg) return null;
  for (const id of row.targets) if (pkg.verdicts[id]?.status === "sdist") return pkg.verdicts[id].file ?? null;
  return Object.values(pkg.verdicts).find((v) => v.status === "sdist")?.file ?? null;
}
__name(sdistFile, "sdistFile");
function problemOf(row, first, report) {
  switch (row.code) {
    case "sdist-build": {
      const file = sdistFile(report, row);
      return `no compatible wheel: ${lockOf(first, report) === "pixi.lock" ? "pixi" : "uv"} would build it from source${file ? ` (${file})` : ""}`;
    }
    case "no-distribution":
      return "no compatible wheel and no sdist: the install fails";
    case "cuda-mismatch":
      return first.message.split(" Fix: ")[0];
    case "lock-stale":
      return `${lockOf(first, report)} is out of date: ${first.message.replace(STALE_FIX, "")}`;
    case "artifact-missing":
    case "artifact-yanked":
      return first.message.split(" Fix: ")[0];
    default:
      return first.message.split("\n")[0];
  }
}
__name(problemOf, "problemOf");
function suggestionFor(row, first, report) {
  switch (row.code) {
    case "sdist-build": {
      const targets = row.targets.map((id) => report.targets.find((t) => t.id === id)).filter((t) => t !== void 0);
      const target = targets.find((t) => /linux/.test(t.platform)) ?? targets[0] ?? report.targets[0];
      if (!target || !row.package) return { text: "Pin a version that publishes wheels for these targets." };
      const advice = sdistBuildAdvice(row.package, {
        python: target.python,
        platform: target.platform,
        torch: torchOn(report, target.id),
        cuda: target.cuda,
        version: row.version
      });
      if (!advice.suggestion) {
        const gap = /(Its wheels need a newer glibc: .*? target a newer glibc\.|There is no wheel for cp.*? drop that Python\.)/.exec(first.message)?.[1];
        if (gap) return { text: gap };
        return { text: "No prebuilt alternative is known to lockstep: pin a version that publishes wheels for these targets, or accept the build." };
      }
      const suggestion = splitAdvice(advice.suggestion);
      const pythons = new Set(targets.map((t) => t.python));
      if (RELEASE_WHEEL_PACKAGES.has(row.package) && pythons.size > 1) {
        suggestion.text += ` (shown for CPython ${target.python} on ${target.platform}; the cpXY tags change with the Python)`;
      }
      return suggestion;
    }
    case "no-distribution":
      return {
        text: "Pin a version that publishes a wheel for these targets, restrict the dependency with an environment marker, or drop the targets; `required-environments` (below) makes `uv lock` itself refuse such a lock."
      };
    case "cuda-mismatch": {
      const fix = first.message.split(" Fix: ")[1];
      return { text: fix ? fix.trim() : "Lock every CUDA package for the same CUDA major as torch." };
    }
    case "artifact-missing":
    case "artifact-yanked": {
      const fix = first.message.split(" Fix: ")[1];
      return { text: fix ? fix.trim() : "Lock a release the index serves: `uv lock --upgrade-package NAME`." };
    }
    case "lock-stale":
      return lockOf(first, report) === "pixi.lock" ? { text: "Run `pixi lock` and commit the updated pixi.lock." } : { text: "Run `uv lock` and commit the updated uv.lock." };
    default:
      return { text: "Fix the file at the line the problem names; lockstep cannot check a file it cannot read." };
  }
}
__name(suggestionFor, "suggestionFor");
function rowsOf(findings, report) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = [f.code, f.package ?? "", f.version ?? "", f.package === void 0 ? f.message : ""].join("\0");
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const order = new Map(report.targets.map((t, i) => [t.id, i]));
  const rows = [];
  for (const list of groups.values()) {
    const first = list[0];
    const targets = [...new Set(list.flatMap((f) => findingTargets(f, report)))].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
    const severity = list.map((f) => f.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
    const base = { code: first.code, package: first.package ?? null, version: first.version ?? null, targets };
    rows.push({
      ...base,
      severity,
      everyTarget: targets.length > 0 && targets.length === report.targets.length,
      problem: problemOf(base, first, report),
      suggestion: suggestionFor(base, first, report),
      findings: list
    });
  }
  return rows.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (CODE_RANK[a.code] ?? 9) - (CODE_RANK[b.code] ?? 9) || (a.package ?? "").localeCompare(b.package ?? "")
  );
}
__name(rowsOf, "rowsOf");
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
  const { introduced, resolved } = compareFindings(base, head);
  const rows = rowsOf(introduced, head);
  const needsWheels = rows.some((r) => r.code === "no-distribution" || r.code === "sdist-build");
  return {
    introduced,
    resolved,
    rows,
    resolvedRows: rowsOf(resolved, base),
    lock: diffLocks(base, head),
    targets: head.targets,
    requiredEnvironments: needsWheels ? requiredEnvironmentsSnippet(head.targets) : null,
    errorsIntroduced: introduced.filter((f) => f.severity === "error").length
  };
}
__name(reviewChange, "reviewChange");

// src/core/review/render.ts
var REVIEW_MARKER = "<!-- lockstep:review -->";
var GITHUB_COMMENT_LIMIT = 65536;
var MAX_LOCK_DIFF_ROWS = 250;
var MAX_TARGETS_IN_CELL = 6;
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
function targetsText(row, total) {
  if (row.targets.length === 0) return "project-wide";
  if (row.everyTarget && total > 1) return `all ${total} targets`;
  return row.targets.join(", ");
}
__name(targetsText, "targetsText");
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
      lines.push(`  ${row.severity.padEnd(7)} ${row.code.padEnd(15)} ${what} [${targetsText(row, total)}]`);
      lines.push(`          ${row.problem}`);
      if (withSuggestion) {
        lines.push(`          suggestion: ${row.suggestion.text}`);
        if (row.suggestion.snippet) lines.push(...row.suggestion.snippet.split("\n").map((l) => `            ${l}`));
      }
    }
  }, "section");
  section("Introduced", review.rows, true);
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
function inlineRich(text) {
  const out = [];
  const parts = text.split(/(`[^`\n]+`)/);
  for (const part of parts) {
    if (/^`[^`\n]+`$/.test(part)) {
      out.push(markdownCode(part.slice(1, -1)));
      continue;
    }
    for (const piece of part.split(/(https?:\/\/[^\s)]+[^\s).,;:])/)) {
      out.push(/^https?:\/\//.test(piece) ? markdownCode(piece) : escapeMarkdown(piece));
    }
  }
  return out.join("");
}
__name(inlineRich, "inlineRich");
function codeBlock(text, language = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text}
${fence}`;
}
__name(codeBlock, "codeBlock");
function targetsCell(row, total) {
  if (row.targets.length === 0) return "all (project-wide)";
  if (row.everyTarget && total > 1) return `all ${total} targets`;
  const shown = row.targets.slice(0, MAX_TARGETS_IN_CELL).map((t) => markdownCode(t));
  const more = row.targets.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
__name(targetsCell, "targetsCell");
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var CODE_LABEL = {
  "sdist-build": "source build",
  "no-distribution": "cannot install",
  "cuda-mismatch": "CUDA mismatch",
  "lock-stale": "stale lock",
  "parse-error": "unreadable file",
  "artifact-missing": "file gone from its index",
  "artifact-yanked": "yanked release"
};
function packageCell(row) {
  return row.package ? `**${escapeMarkdown(row.package)}**` : "*(project)*";
}
__name(packageCell, "packageCell");
function tableRow(row, total, index) {
  const problem = `${SEVERITY_ICON[row.severity]} ${CODE_LABEL[row.code] ?? escapeMarkdown(row.code)}: ${escapeMarkdown(row.problem)}`;
  const suggestion = `${inlineRich(row.suggestion.text)}${row.suggestion.snippet ? ` (snippet ${index} below)` : ""}`;
  return `| ${packageCell(row)} | ${row.version ? escapeMarkdown(row.version) : ""} | ${targetsCell(row, total)} | ${problem} | ${suggestion} |`;
}
__name(tableRow, "tableRow");
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
function verdictLine(review, previouslyReported) {
  if (review.rows.length === 0) {
    const resolved = review.resolvedRows.length > 0 ? ` It also resolves ${plural(review.resolvedRows.length, "problem")} the base had.` : "";
    return previouslyReported ? `\u2705 **All fixed**: this pull request no longer introduces source builds, missing wheels, CUDA mismatches or a stale lock.${resolved}` : `\u2705 **Nothing introduced**: no new source builds, missing wheels, CUDA mismatches or stale lock.${resolved}`;
  }
  const errors = review.rows.filter((r) => r.severity === "error").length;
  const icon = errors > 0 ? "\u274C" : "\u26A0\uFE0F";
  const kinds = [...new Set(review.rows.map((r) => CODE_LABEL[r.code] ?? r.code))].join(", ");
  return `${icon} **This pull request introduces ${plural(review.rows.length, "problem")}** (${errors > 0 ? plural(errors, "error") : "warnings only"}): ${kinds}.`;
}
__name(verdictLine, "verdictLine");
function renderWith(review, options, cut) {
  const total = review.targets.length;
  const parts = [];
  if (options.marker !== false) parts.push(REVIEW_MARKER);
  parts.push("### lockstep review", "", verdictLine(review, options.previouslyReported ?? false));
  const rows = cut ? review.rows.slice(0, cut.rows) : review.rows;
  if (review.rows.length > 0) {
    parts.push("", "| Package | Version | Targets | Problem | Suggestion |", "|---|---|---|---|---|");
    rows.forEach((row, i) => parts.push(tableRow(row, total, i + 1)));
    if (rows.length < review.rows.length) parts.push("", `\u2026and ${plural(review.rows.length - rows.length, "more problem")} (see the full report).`);
    const withSnippets = rows.map((row, i) => [row, i + 1]).filter(([row]) => row.suggestion.snippet);
    if (withSnippets.length > 0 && (cut?.snippets ?? true)) {
      parts.push("");
      for (const [row, i] of withSnippets) {
        parts.push(`**${i}. ${row.package ? escapeMarkdown(row.package) : "project"}**`, "", codeBlock(row.suggestion.snippet, "toml"), "");
      }
    }
    if (review.requiredEnvironments) {
      parts.push(
        "",
        "To make uv itself guard these targets, list them in pyproject.toml: `uv lock` then fails when a package that ships wheels only has none for one of them, instead of the install failing later.",
        "",
        codeBlock(review.requiredEnvironments, "toml")
      );
    }
  }
  if (review.resolvedRows.length > 0) {
    parts.push("", `**Resolved by this pull request** (${plural(review.resolvedRows.length, "problem")} the base had):`, "");
    for (const row of review.resolvedRows.slice(0, cut ? cut.rows : void 0)) {
      parts.push(`- ${packageCell(row)}${row.version ? ` ${escapeMarkdown(row.version)}` : ""} (${targetsCell(row, total)}): ${CODE_LABEL[row.code] ?? escapeMarkdown(row.code)}`);
    }
  }
  const lockRows = cut ? cut.lockDiffRows : options.maxLockDiffRows ?? MAX_LOCK_DIFF_ROWS;
  parts.push("", `<details><summary>Lock diff: ${diffSummary(review.lock)}</summary>`, "");
  if (lockRows > 0) parts.push(...lockDiffTable(review.lock, lockRows));
  else parts.push(`Left out to fit GitHub's comment size limit: ${options.fullReportHint ?? "see the job summary of this run"}.`);
  parts.push("", "</details>");
  const checked = `${plural(total, "target")} checked: ${review.targets.map((t) => markdownCode(t.id)).slice(0, 12).join(", ")}${total > 12 ? ", \u2026" : ""}`;
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
  while (body.length > limit && cut.rows > 0) {
    cut = { ...cut, rows: Math.floor(cut.rows / 2) };
    body = renderWith(review, options, cut);
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

#!/usr/bin/env node
import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  lowestAllowedPython,
  parseEnvFile,
  readPythonVersionFile
} from "./chunks/chunk-EJXHN6QG.js";
import {
  checkProject,
  collectVerifyResult,
  readProjectFiles,
  writeVerifyResult
} from "./chunks/chunk-WYYYUN73.js";
import {
  parseToml
} from "./chunks/chunk-LWHE4DJM.js";
import {
  runProcess
} from "./chunks/chunk-5F4UCBJN.js";
import {
  escapeMarkdown,
  hasFailure,
  markdownCode,
  parseAllowance,
  renderVerifyText
} from "./chunks/chunk-LY6E7FAA.js";
import {
  PLATFORM_NAMES
} from "./chunks/chunk-3PGUV6WA.js";
import {
  LockstepError
} from "./chunks/chunk-GPM325BZ.js";
import "./chunks/chunk-MGPWKA2X.js";

// src/cli/commands/check.ts
import { parseArgs } from "node:util";
import path2 from "node:path";

// src/core/hygiene/findings.ts
var HYGIENE_SEVERITY = {
  "legacy-metadata": "notice",
  "no-python-version": "notice",
  "lock-untracked": "warning",
  "venv-outside-project": "notice"
};
function finding(code, message, where = {}) {
  const f = { code, severity: HYGIENE_SEVERITY[code], message };
  if (where.file !== void 0) f.file = where.file;
  if (where.line !== void 0) f.line = where.line;
  return f;
}
function legacyFinding(fact) {
  switch (fact.file) {
    case "requirements.txt":
      return finding(
        "legacy-metadata",
        "requirements.txt beside pyproject.toml: two dependency lists that drift apart. Fix: move its pins into [project] dependencies with `uv add -r requirements.txt`, then delete it",
        { file: fact.file }
      );
    case "setup.py":
      return finding(
        "legacy-metadata",
        "setup.py beside pyproject.toml: metadata in two places, and installers may run it. Fix: move its name, version and install_requires into [project] in pyproject.toml, then delete it (keep it only if your build backend needs it for extension modules)",
        { file: fact.file }
      );
    case "setup.cfg": {
      const first = fact.metadataSections?.[0];
      if (!first) return null;
      const names = (fact.metadataSections ?? []).map((s) => `[${s.name}]`).join(", ");
      return finding(
        "legacy-metadata",
        `setup.cfg declares package metadata (${names}) beside pyproject.toml. Fix: move it into [project] in pyproject.toml, then delete those sections (tool sections may stay)`,
        { file: fact.file, line: first.line }
      );
    }
  }
}
function pinSuggestion(requiresPython2) {
  const lowest = requiresPython2 ? lowestAllowedPython(requiresPython2) : void 0;
  return lowest && /^\d+\.\d+$/.test(lowest) ? lowest : "3.X";
}
function pythonVersionFinding(facts) {
  const pin = `\`uv python pin ${pinSuggestion(facts.requiresPython)}\` writes .python-version (commit it)`;
  if (facts.pythonVersionFile === null) {
    return finding("no-python-version", `no .python-version: each machine uses whichever Python uv finds first, so the interpreter drifts. Fix: ${pin}`);
  }
  if (facts.pythonVersionFile.request === null) {
    return finding("no-python-version", `${facts.pythonVersionFile.file} names no Python version, so uv ignores it. Fix: ${pin}`, {
      file: facts.pythonVersionFile.file
    });
  }
  return null;
}
function ruleLocation(rule) {
  return `${rule.source}:${rule.line} (\`${rule.pattern}\`)`;
}
function lockFinding(facts) {
  const git = facts.lockGit;
  if (!facts.lockExists || git === null) return null;
  const rule = git.ignoredBy;
  if (rule) {
    const where = rule.file !== null ? { file: rule.file, line: rule.line } : { file: "uv.lock" };
    const fix = rule.file !== null ? `remove that line from ${rule.file}` : `remove the pattern from ${rule.source}`;
    return git.tracked ? finding(
      "lock-untracked",
      `uv.lock is tracked but ignored by ${ruleLocation(rule)}, so a re-created lock is silently left out of commits. Fix: ${fix} (or add \`!uv.lock\` after it)`,
      where
    ) : finding(
      "lock-untracked",
      `uv.lock is ignored by ${ruleLocation(rule)}, so others and CI re-resolve and get different versions. Fix: ${fix}, then \`git add uv.lock\``,
      where
    );
  }
  if (!git.tracked) {
    return finding(
      "lock-untracked",
      "uv.lock is not tracked by git, so others and CI re-resolve and get different versions. Fix: `git add uv.lock` and commit it",
      { file: "uv.lock" }
    );
  }
  return null;
}
function environmentFinding(env) {
  const where = env.realPath && env.realPath !== env.resolved ? `${env.resolved} (really ${env.realPath})` : env.resolved;
  switch (env.source) {
    case "environment":
      return finding(
        "venv-outside-project",
        `UV_PROJECT_ENVIRONMENT=${env.value} puts the project environment at ${where}, outside the project, where editors and collaborators do not look. Fix: unset UV_PROJECT_ENVIRONMENT or point it inside the project (e.g. \`.venv\`)`
      );
    case "env-file":
      return finding(
        "venv-outside-project",
        `${env.file ?? ".env"} sets UV_PROJECT_ENVIRONMENT=${env.value}, which puts the project environment at ${where}, outside the project. Fix: remove that line or point it inside the project (e.g. \`.venv\`)`,
        { file: env.file ?? ".env", ...env.line !== void 0 ? { line: env.line } : {} }
      );
    case "default":
      return finding(
        "venv-outside-project",
        `${env.value} is a link to ${env.realPath ?? env.resolved}, outside the project, so the environment lives apart from the code. Fix: \`rm ${env.value} && uv sync\` rebuilds it inside the project`,
        { file: env.value }
      );
  }
}
function environmentFindings(facts) {
  const outside = facts.projectEnvironment.filter((e) => e.outside);
  const fromFiles = new Set(outside.filter((e) => e.source === "env-file").map((e) => e.resolved));
  return outside.filter((e) => !(e.source === "environment" && fromFiles.has(e.resolved))).map(environmentFinding);
}
function hygieneFindings(facts, severities) {
  const findings = [];
  if (facts.hasPyproject) {
    for (const legacy of facts.legacyFiles) {
      const f = legacyFinding(legacy);
      if (f) findings.push(f);
    }
  }
  const python = pythonVersionFinding(facts);
  if (python) findings.push(python);
  const lock = lockFinding(facts);
  if (lock) findings.push(lock);
  findings.push(...environmentFindings(facts));
  return findings.map((f) => {
    const override = severities?.[f.code];
    return override ? { ...f, severity: override } : f;
  });
}

// src/core/report/text.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code) || (a.package ?? "").localeCompare(b.package ?? "") || (a.target ?? "").localeCompare(b.target ?? "")
  );
}
function findingLocation(f) {
  if (!f.file) return "";
  return `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}: `;
}
function countStatuses(report, targetId) {
  const counts = { wheel: 0, sdist: 0, missing: 0, source: 0, "not-needed": 0 };
  for (const p of report.packages) counts[p.verdicts[targetId]?.status ?? "not-needed"]++;
  return counts;
}
function renderText(report) {
  const lines = [];
  const name = report.project.name ?? "(unnamed project)";
  lines.push(`${name}${report.project.version ? ` ${report.project.version}` : ""}: ${report.project.packageCount} locked packages, ${report.targets.length} target(s)`);
  for (const t of report.targets) {
    const c = countStatuses(report, t.id);
    lines.push(`  ${t.id}: ${c.wheel} wheel, ${c.sdist} sdist, ${c.missing} missing, ${c.source} source, ${c["not-needed"]} not needed`);
  }
  const findings = sortFindings(report.findings);
  if (findings.length > 0) lines.push("");
  for (const f of findings) {
    const what = [f.package, f.version].filter(Boolean).join(" ");
    const head = `${findingLocation(f)}${f.severity} ${f.code}${f.target ? ` [${f.target}]` : ""}${what ? ` ${what}` : ""}`;
    const [first, ...rest] = f.message.split("\n");
    lines.push(`${head}: ${first}`);
    for (const r of rest) lines.push(`    ${r}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  lines.push("", `${errors} error(s), ${warnings} warning(s)`);
  return `${lines.join("\n")}
`;
}

// src/core/report/json.ts
function toJsonReport(report) {
  return {
    schema: 1,
    project: {
      name: report.project.name,
      version: report.project.version,
      requiresPython: report.project.requiresPython,
      lockRevision: report.project.lockRevision,
      packageCount: report.project.packageCount
    },
    targets: report.targets.map((t) => ({ id: t.id, python: t.python, platform: t.platform, cuda: t.cuda ?? null })),
    packages: report.packages.map((p) => ({
      name: p.name,
      version: p.version,
      source: p.source,
      verdicts: Object.fromEntries(
        report.targets.map((t) => {
          const v = p.verdicts[t.id];
          return [t.id, { status: v?.status ?? "not-needed", file: v?.file ?? null }];
        })
      )
    })),
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      package: f.package ?? null,
      version: f.version ?? null,
      target: f.target ?? null,
      message: f.message,
      file: f.file ?? null,
      line: f.line ?? null
    }))
  };
}
function renderJson(report) {
  return `${JSON.stringify(toJsonReport(report), null, 2)}
`;
}

// src/core/report/markdown.ts
var GLYPH = { wheel: "\u2705", sdist: "\u{1F528}", missing: "\u274C", source: "\u{1F4E6}", "not-needed": "\xB7" };
var LEGEND = "\u2705 wheel \xB7 \u{1F528} builds from sdist \xB7 \u274C cannot install \xB7 \u{1F4E6} built from a source tree \xB7 `\xB7` not needed";
var STATUS_RANK = { missing: 0, sdist: 1, source: 2, wheel: 3, "not-needed": 4 };
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function rowRank(p, worstFinding) {
  const sev = worstFinding.get(p.name);
  const worstStatus = Math.min(4, ...Object.values(p.verdicts).map((v) => STATUS_RANK[v.status]));
  return (sev === void 0 ? 3 : SEVERITY_RANK[sev]) * 10 + worstStatus;
}
function codeBlock(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}
${text}
${fence}`;
}
function formatFinding(f, targets) {
  const [first = "", ...rest] = f.message.split("\n");
  const what = f.package ? `**${escapeMarkdown(f.package)}**${f.version ? ` ${escapeMarkdown(f.version)}` : ""}` : "";
  const where = f.file ? `(${markdownCode(`${f.file}${f.line ? `:${f.line}` : ""}`)})` : "";
  const on = targets.length > 0 ? `on ${targets.map((t) => markdownCode(t)).join(", ")}` : "";
  let out = `- ${[`**${f.severity}**`, what, on, where].filter(Boolean).join(" ")}: ${escapeMarkdown(first)}`;
  if (rest.length > 0) out += `

${codeBlock(rest.join("\n")).replace(/^/gm, "  ")}
`;
  return out;
}
function renderMarkdown(report, options = {}) {
  const maxRows = options.maxRows ?? 40;
  const maxPerCode = options.maxFindingsPerCode ?? 30;
  const out = [];
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  const title = report.project.name ? escapeMarkdown(report.project.name) : "project";
  out.push(`### lockstep check: ${title}`, "");
  out.push(
    errors > 0 ? `\u274C **${errors} error(s)**, ${warnings} warning(s) across ${report.targets.length} target(s).` : `\u2705 No errors; ${warnings} warning(s) across ${report.targets.length} target(s).`,
    ""
  );
  const worst = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (!f.package) continue;
    const prev = worst.get(f.package);
    if (prev === void 0 || SEVERITY_RANK[f.severity] < SEVERITY_RANK[prev]) worst.set(f.package, f.severity);
  }
  const needed = report.packages.filter((p) => Object.values(p.verdicts).some((v) => v.status !== "not-needed"));
  const rows = needed.map((p) => ({ p, rank: rowRank(p, worst) })).sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name));
  const shown = rows.slice(0, maxRows);
  if (report.targets.length > 0 && shown.length > 0) {
    out.push(`| Package | Version | ${report.targets.map((t) => markdownCode(t.id)).join(" | ")} |`);
    out.push(`|---|---|${report.targets.map(() => ":-:").join("|")}|`);
    for (const { p } of shown) {
      const cells = report.targets.map((t) => GLYPH[p.verdicts[t.id]?.status ?? "not-needed"]);
      out.push(`| ${escapeMarkdown(p.name)} | ${escapeMarkdown(p.version)} | ${cells.join(" | ")} |`);
    }
    out.push("");
    const hidden = rows.length - shown.length;
    if (hidden > 0) out.push(`\u2026and ${hidden} more package(s); rows with problems come first, so the rest have fewer or none.`, "");
    out.push(LEGEND, "");
  }
  const byCode = /* @__PURE__ */ new Map();
  for (const f of sortFindings(report.findings)) {
    const list = byCode.get(f.code) ?? [];
    const same = list.find((e) => e.finding.package === f.package && e.finding.version === f.version && e.finding.severity === f.severity && e.finding.message === f.message);
    if (same) {
      if (f.target) same.targets.push(f.target);
    } else {
      list.push({ finding: f, targets: f.target ? [f.target] : [] });
    }
    byCode.set(f.code, list);
  }
  const targetOrder = new Map(report.targets.map((t, i) => [t.id, i]));
  for (const [code, entries] of byCode) {
    for (const e of entries) e.targets.sort((a, b) => (targetOrder.get(a) ?? 0) - (targetOrder.get(b) ?? 0));
    out.push(`#### ${markdownCode(code)} (${entries.length})`, "");
    for (const e of entries.slice(0, maxPerCode)) out.push(formatFinding(e.finding, e.targets));
    if (entries.length > maxPerCode) out.push(`- \u2026and ${entries.length - maxPerCode} more (see the JSON report).`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}

// src/adapters/project-facts.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

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
};
function safeRevision(rev) {
  if (rev.length === 0 || rev.startsWith("-") || /[\0\n]/.test(rev)) {
    throw new LockstepError(`Refusing git revision ${JSON.stringify(rev)}: it is empty, starts with "-" or holds a control character.`);
  }
  return rev;
}
var Git = class _Git {
  constructor(dir, run = runProcess, timeoutMs = 3e5) {
    this.dir = dir;
    this.run = run;
    this.timeoutMs = timeoutMs;
  }
  dir;
  run;
  timeoutMs;
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
  async showFile(rev, path4) {
    const spec = `${safeRevision(rev)}:${path4.replace(/^\.?\//, "")}`;
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

// src/adapters/project-facts.ts
var LEGACY_FILES = ["requirements.txt", "setup.py", "setup.cfg"];
var PYTHON_VERSION_FILES = [".python-version", ".python-versions"];
var LOCK = "uv.lock";
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
function setupCfgMetadataSections(text) {
  const sections = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /^\[\s*([^\]]+?)\s*\]/.exec(raw);
    const name = m?.[1];
    if (name && (name === "metadata" || name === "options" || name.startsWith("options."))) sections.push({ name, line: i + 1 });
  });
  return sections;
}
function legacyFiles(dir) {
  const facts = [];
  for (const file of LEGACY_FILES) {
    const full = path.join(dir, file);
    if (!isFile(full)) continue;
    facts.push(file === "setup.cfg" ? { file, metadataSections: setupCfgMetadataSections(readText(full) ?? "") } : { file });
  }
  return facts;
}
function requiresPython(dir) {
  const text = readText(path.join(dir, "pyproject.toml"));
  if (text === null) return null;
  try {
    const project = parseToml(text, "pyproject.toml").project;
    const value = project?.["requires-python"];
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
function pythonVersionFile(dir) {
  for (const file of PYTHON_VERSION_FILES) {
    const text = isFile(path.join(dir, file)) ? readText(path.join(dir, file)) : null;
    if (text !== null) return { file, request: readPythonVersionFile(text) ?? null };
  }
  return null;
}
function parseIgnoreRule(output, topLevel, projectDir) {
  const m = /^(.*?):(\d+):(.*)\t/.exec(output.split("\n")[0] ?? "");
  if (!m) return null;
  const [, source = "", line = "0", pattern = ""] = m;
  const absolute = path.isAbsolute(source) ? source : path.join(topLevel, source);
  const relToRepo = path.relative(topLevel, absolute);
  const inWorkTree = !relToRepo.startsWith("..") && !path.isAbsolute(relToRepo) && !relToRepo.split(path.sep).includes(".git");
  return {
    file: inWorkTree ? path.relative(projectDir, absolute).split(path.sep).join("/") : null,
    source,
    line: Number(line),
    pattern
  };
}
async function lockGitFacts(dir, run) {
  const git = new Git(dir, run, 3e4);
  let top;
  try {
    top = await git.exec(["rev-parse", "--show-toplevel"], { allowFailure: true });
  } catch (error) {
    return { lockGit: null, gitUnavailable: `git could not run (${error.message}); lock-untracked not checked` };
  }
  if (top.exitCode !== 0) {
    const why = top.stderr.trim().split("\n")[0] || `exit ${top.exitCode}`;
    return { lockGit: null, gitUnavailable: `not a git work tree (${why}); lock-untracked not checked` };
  }
  const topLevel = top.stdout.trim();
  const realDir = realpathSync(dir);
  const tracked = (await git.exec(["ls-files", "--error-unmatch", "--", LOCK], { allowFailure: true })).exitCode === 0;
  const ignored = (await git.exec(["check-ignore", "-q", "--no-index", "--", LOCK], { allowFailure: true })).exitCode === 0;
  let ignoredBy = null;
  if (ignored) {
    const verbose = await git.exec(["check-ignore", "-v", "--no-index", "--", LOCK], { allowFailure: true });
    ignoredBy = parseIgnoreRule(verbose.stdout, topLevel, realDir) ?? { file: null, source: "git ignore rules", line: 0, pattern: LOCK };
  }
  return { lockGit: { tracked, ignoredBy } };
}
function realPathOf(p) {
  const missing = [];
  let current = p;
  for (; ; ) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return p;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}
function isInside(child, root) {
  const rel = path.relative(root, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function environmentFact(dir, realDir, base) {
  const resolved = path.isAbsolute(base.value) ? path.normalize(base.value) : path.resolve(dir, base.value);
  const real = realPathOf(resolved);
  const fact = { ...base, resolved, outside: !isInside(resolved, dir) || !isInside(real, realDir) };
  if (fact.file === void 0) delete fact.file;
  if (fact.line === void 0) delete fact.line;
  if (real !== resolved) fact.realPath = real;
  return fact;
}
function projectEnvironment(dir, env, envFile) {
  const realDir = realpathSync(dir);
  const facts = [];
  const fromEnv = env.UV_PROJECT_ENVIRONMENT;
  if (fromEnv) facts.push(environmentFact(dir, realDir, { source: "environment", value: fromEnv }));
  const dotenv = readText(path.join(dir, envFile));
  if (dotenv !== null) {
    const assignment = parseEnvFile(dotenv).variables.filter((v) => v.name === "UV_PROJECT_ENVIRONMENT").at(-1);
    if (assignment?.value) {
      facts.push(environmentFact(dir, realDir, { source: "env-file", value: assignment.value, file: envFile.split(path.sep).join("/"), line: assignment.line }));
    }
  }
  if (!fromEnv) facts.push(environmentFact(dir, realDir, { source: "default", value: ".venv" }));
  return facts;
}
async function gatherProjectFacts(projectDir, options = {}) {
  const dir = path.resolve(projectDir);
  const lockExists = isFile(path.join(dir, LOCK));
  const git = lockExists ? await lockGitFacts(dir, options.run ?? runProcess) : { lockGit: null };
  const facts = {
    hasPyproject: isFile(path.join(dir, "pyproject.toml")),
    requiresPython: requiresPython(dir),
    legacyFiles: legacyFiles(dir),
    pythonVersionFile: pythonVersionFile(dir),
    lockExists,
    lockGit: git.lockGit,
    projectEnvironment: projectEnvironment(dir, options.env ?? process.env, options.envFile ?? ".env")
  };
  if (git.gitUnavailable) facts.gitUnavailable = git.gitUnavailable;
  return facts;
}

// src/cli/usage.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function splitList(values) {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v.length > 0);
}

// src/cli/commands/check.ts
var FORMATS = ["text", "json", "markdown"];
var HELP = `Usage: lockstep check [PROJECT_DIR] [options]

Decide, from pyproject.toml + uv.lock alone, whether every locked package installs from a wheel on
each target (Python x platform x CUDA), builds from an sdist, or cannot install; and whether the CUDA
flavours agree. Also reports project hygiene: requirements.txt / setup.py / setup.cfg beside
pyproject.toml, no .python-version, a uv.lock git does not track, UV_PROJECT_ENVIRONMENT outside the
project (not a git repository: the uv.lock check is skipped).

Options:
  --python V[,V...]      CPython minors (3.11,3.12); default: every minor inside requires-python
  --platform P[,P...]    uv --python-platform names; default: the lock's supported platforms
  --cuda X.Y             CUDA version the targets provide (12.4)
  --driver X.Y           NVIDIA driver to check the locked CUDA against (550.54)
  --extra X              include an extra (repeatable)
  --all-extras           include every extra
  --group G              include a dependency group (repeatable)
  --no-default-groups    leave out the default groups (like uv sync --no-default-groups)
  --format F             text (default), json, markdown
  -h, --help             show this help

Exit status: 0 no error findings, 1 error findings, 2 bad input or usage.
Platforms: ${PLATFORM_NAMES.join(", ")}
`;
function parseCheckArgs(args, cwd) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        python: { type: "string", multiple: true },
        platform: { type: "string", multiple: true },
        cuda: { type: "string" },
        driver: { type: "string" },
        extra: { type: "string", multiple: true },
        "all-extras": { type: "boolean" },
        group: { type: "string", multiple: true },
        "no-default-groups": { type: "boolean" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message}
Run \`lockstep check --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 1) throw new UsageError(`check takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(" ")}`);
  const pythons = splitList(values.python);
  for (const p of pythons) {
    if (!/^3\.\d{1,2}$/.test(p)) throw new UsageError(`--python ${p}: expected a CPython minor like 3.12`);
  }
  const platforms = splitList(values.platform);
  for (const p of platforms) {
    if (!PLATFORM_NAMES.includes(p)) {
      throw new UsageError(`--platform ${p}: unknown platform. Valid names (uv --python-platform): ${PLATFORM_NAMES.join(", ")}`);
    }
  }
  if (values.cuda !== void 0 && !/^\d{2}(\.\d{1,2})?$/.test(values.cuda)) {
    throw new UsageError(`--cuda ${values.cuda}: expected a CUDA version like 12.4`);
  }
  if (values.driver !== void 0 && !/^\d{3}(\.\d+){0,2}$/.test(values.driver)) {
    throw new UsageError(`--driver ${values.driver}: expected an NVIDIA driver version like 550.54.15`);
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: expected one of ${FORMATS.join(", ")}`);
  const options = {
    pythons,
    platforms,
    cuda: values.cuda ?? null,
    driver: values.driver ?? null,
    extras: splitList(values.extra),
    allExtras: values["all-extras"] ?? false,
    groups: splitList(values.group),
    noDefaultGroups: values["no-default-groups"] ?? false
  };
  return { projectDir: path2.resolve(cwd, positionals[0] ?? "."), format, options };
}
async function runCheck(args, io) {
  const parsed = parseCheckArgs(args, io.cwd);
  if (parsed === "help") {
    io.stdout(HELP);
    return 0;
  }
  const files = readProjectFiles(parsed.projectDir);
  let report;
  try {
    report = checkProject(files, parsed.options);
  } catch (error) {
    if (error instanceof LockstepError) throw new UsageError(error.describe());
    throw error;
  }
  const facts = await gatherProjectFacts(parsed.projectDir);
  report = { ...report, findings: [...report.findings, ...hygieneFindings(facts, parsed.options.severities)] };
  const render = parsed.format === "json" ? renderJson : parsed.format === "markdown" ? renderMarkdown : renderText;
  io.stdout(render(report));
  return report.findings.some((f) => f.severity === "error") ? 1 : 0;
}
var checkCommand = {
  name: "check",
  summary: "which targets install each locked package from a wheel, an sdist build, or not at all",
  help: HELP,
  run: runCheck
};

// src/cli/commands/verify.ts
import path3 from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var HELP2 = `Usage: lockstep verify [PROJECT_DIR] [options]

Check that a venv is the environment uv.lock promises for a target: the interpreter's version and
platform, the installed distributions (read from *.dist-info, nothing imported) equal to the lock's
selection, nothing built from source unless allowed, and the CUDA flavour / NVIDIA driver
(when nvidia-smi is on PATH; otherwise those checks are skipped).

Options:
  --venv PATH            the venv to read (default: $UV_PROJECT_ENVIRONMENT, else PROJECT_DIR/.venv)
  --python X.Y           the CPython minor the target claims (default: the venv's own)
  --platform P           the target platform, uv --python-platform name (default: this machine's)
  --cuda X.Y             the CUDA version the target claims
  --extra X              an extra the venv was synced with (repeatable)
  --all-extras           the venv was synced with --all-extras
  --group G              a dependency group the venv was synced with (repeatable)
  --no-default-groups    the venv was synced with --no-default-groups
  --allow-build NAME     a package that may be built from source (repeatable; 'true' allows all)
  --output-dir DIR       also write lockstep-verify-<target>.json into DIR
  --format F             text (default) or json
  -h, --help             show this help

JSON: { "schema": 1, "target", "checks": [{ "name", "status": "pass|fail|skip", "details" }],
        "mismatches": [{ "name", "locked", "installed" }] }
Exit status: 0 every check passed or was skipped, 1 a check failed, 2 bad input or usage.
`;
var FORMATS2 = ["text", "json"];
async function runVerify(args, io) {
  let parsed;
  try {
    parsed = parseArgs2({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        venv: { type: "string" },
        python: { type: "string" },
        platform: { type: "string" },
        cuda: { type: "string" },
        extra: { type: "string", multiple: true },
        "all-extras": { type: "boolean" },
        group: { type: "string", multiple: true },
        "no-default-groups": { type: "boolean" },
        "allow-build": { type: "string", multiple: true },
        "output-dir": { type: "string" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message}
Run \`lockstep verify --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP2);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`verify takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(" ")}`);
  const format = values.format ?? "text";
  if (!FORMATS2.includes(format)) throw new UsageError(`--format ${format}: expected text or json`);
  if (values.python !== void 0 && !/^3\.\d{1,2}$/.test(values.python)) throw new UsageError(`--python ${values.python}: expected a CPython minor like 3.12`);
  const projectDir = path3.resolve(io.cwd, positionals[0] ?? ".");
  const { result } = await collectVerifyResult(
    {
      projectDir,
      venv: values.venv ? path3.resolve(io.cwd, values.venv) : null,
      python: values.python ?? null,
      platform: values.platform ?? null,
      cuda: values.cuda ?? null,
      extras: splitList(values.extra),
      allExtras: values["all-extras"] ?? false,
      groups: splitList(values.group),
      noDefaultGroups: values["no-default-groups"] ?? false,
      allowance: parseAllowance(values["allow-build"] ?? [])
    },
    { run: runProcess, env: process.env }
  );
  if (values["output-dir"]) writeVerifyResult(result, path3.resolve(io.cwd, values["output-dir"]));
  io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderVerifyText(result));
  return hasFailure(result) ? 1 : 0;
}
var verifyCommand = {
  name: "verify",
  summary: "check that a venv is the environment uv.lock promises for a target",
  help: HELP2,
  run: runVerify
};

// src/cli/commands/index.ts
var COMMANDS = [checkCommand, verifyCommand];

// src/cli/main.ts
function topLevelHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: lockstep <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `lockstep <command> --help` for a command's options.",
    ""
  ].join("\n");
}
async function runCli(argv, io) {
  const out = {
    stdout: io?.stdout ?? ((t) => process.stdout.write(t)),
    stderr: io?.stderr ?? ((t) => process.stderr.write(t)),
    cwd: io?.cwd ?? process.cwd()
  };
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    if (name === void 0) {
      out.stderr(topLevelHelp());
      return 2;
    }
    out.stdout(topLevelHelp());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    out.stderr(`lockstep: unknown command '${name}'.
${topLevelHelp()}`);
    return 2;
  }
  try {
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`lockstep ${name}: ${error.message}
`);
      return 2;
    }
    if (error instanceof LockstepError) {
      out.stderr(`lockstep ${name}: ${error.describe()}
`);
      return 2;
    }
    out.stderr(`lockstep ${name}: internal error: ${error.stack ?? String(error)}
`);
    return 70;
  }
}

// src/entries/cli.ts
process.exitCode = await runCli(process.argv.slice(2));

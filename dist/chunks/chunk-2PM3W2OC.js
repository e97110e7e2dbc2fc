import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  Git,
  REVIEW_MARKER,
  checkLocks,
  renderDiffText,
  renderReviewComment,
  renderReviewSummary,
  reviewChange
} from "./chunk-S3C7MMM6.js";
import {
  checkReportOnline
} from "./chunk-OZ5MJ4AL.js";
import {
  failStep
} from "./chunk-RSQ5HIXD.js";
import {
  GitHubPermissionError,
  MAX_COMMENT_BODY_CHARS,
  createGitHubApi
} from "./chunk-7JIOAQFF.js";
import {
  annotateFindings
} from "./chunk-GGXLFQ6J.js";
import {
  parseFailOn
} from "./chunk-34IMNW2D.js";
import {
  renderOnlineSummary
} from "./chunk-P27DNI6D.js";
import {
  lexicallyInside,
  pixiProjectFrom
} from "./chunk-4GBUUBSV.js";
import {
  retryPolicyFromEnv
} from "./chunk-GBARYC4T.js";
import {
  discoverProjectLayout,
  isWorkspaceMember,
  layoutCandidates,
  parseLock,
  workspaceGlobs
} from "./chunk-QTBF2I64.js";
import {
  actionsRunner
} from "./chunk-TWU3NFPK.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/review.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
function workspaceMatcher(pyproject) {
  const { members, exclude } = workspaceGlobs(pyproject);
  return members.length === 0 ? null : (dir) => isWorkspaceMember(dir, members, exclude);
}
__name(workspaceMatcher, "workspaceMatcher");
async function readProjectFilesWith(read, projectPath, listFiles) {
  const prefix = projectPath === "" || projectPath === "." ? "" : `${projectPath.replace(/\/+$/, "")}/`;
  const [pyproject, lock, pixiToml, pixiLock, pythonVersion] = await Promise.all([
    read(`${prefix}pyproject.toml`),
    read(`${prefix}uv.lock`),
    read(`${prefix}pixi.toml`),
    read(`${prefix}pixi.lock`),
    read(`${prefix}.python-version`)
  ]);
  const members = {};
  const matcher = pyproject !== null && listFiles ? workspaceMatcher(pyproject) : null;
  if (matcher) {
    for (const file of await listFiles()) {
      if (!file.startsWith(prefix) || !file.endsWith("/pyproject.toml")) continue;
      const rel = file.slice(prefix.length);
      const dir = rel.slice(0, -"/pyproject.toml".length);
      if (!matcher(dir)) continue;
      const text = await read(file);
      if (text !== null) members[rel] = text;
    }
  }
  const pixi = pixiProjectFrom({ pixiToml, pyproject, lock: pixiLock });
  return { pyproject, lock, pyprojectPath: "pyproject.toml", lockPath: "uv.lock", members, pythonVersion, ...pixi ? { pixi } : {} };
}
__name(readProjectFilesWith, "readProjectFilesWith");
async function gitProjectAt(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const git = new Git(dir);
  try {
    const inside = await git.exec(["rev-parse", "--is-inside-work-tree"], { allowFailure: true });
    if (inside.exitCode !== 0 || inside.stdout.trim() !== "true") return null;
    const { stdout } = await git.exec(["rev-parse", "--show-prefix"]);
    return { git, prefix: stdout.trim() };
  } catch {
    return null;
  }
}
__name(gitProjectAt, "gitProjectAt");
async function readProjectFilesAtRevision(project, rev, projectPath = project.prefix.replace(/\/$/, "")) {
  const sha = await project.git.revParse(rev);
  const list2 = /* @__PURE__ */ __name(async () => {
    const { stdout } = await project.git.exec(["ls-tree", "-r", "-z", "--name-only", "--full-tree", sha, "--", ...projectPath ? [`${projectPath}/`] : []]);
    return stdout.split("\0").filter(Boolean);
  }, "list");
  return readProjectFilesWith((p) => project.git.showFile(sha, p), projectPath, list2);
}
__name(readProjectFilesAtRevision, "readProjectFilesAtRevision");
async function workspaceRootWith(read, projectPath) {
  const candidates = layoutCandidates(projectPath);
  const texts = new Map(await Promise.all(candidates.map(async (file) => [file, await read(file)])));
  const layout = discoverProjectLayout(projectPath, (file) => texts.get(file) ?? null);
  return layout.kind === "workspace-member" ? { rootPath: layout.rootDir, member: true } : { rootPath: projectPath, member: false };
}
__name(workspaceRootWith, "workspaceRootWith");
function readEvent(env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
}
__name(readEvent, "readEvent");
function list(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
__name(list, "list");
function targetOptions(runner) {
  return {
    pythons: list(runner.input("python-version")),
    platforms: list(runner.input("platform")),
    cuda: runner.input("cuda") || null,
    extras: list(runner.input("extras")),
    groups: list(runner.input("groups"))
  };
}
__name(targetOptions, "targetOptions");
function projectPathOf(workingDirectory) {
  const root = path.posix.resolve("/repository");
  const inside = lexicallyInside(root, workingDirectory.replace(/\\/g, "/") || ".");
  if (inside === null || path.posix.isAbsolute(workingDirectory)) {
    throw new LockstepError(`working-directory ${JSON.stringify(workingDirectory)} leaves the repository.`, { hint: "Give the project folder relative to the repository root, e.g. `.` or `python/`." });
  }
  return path.posix.relative(root, inside);
}
__name(projectPathOf, "projectPathOf");
async function ensureCommit(git, rev, log) {
  if (await git.tryRevParse(rev)) return true;
  try {
    await git.fetch("origin", [rev], { depth: 1 });
  } catch (error) {
    log(`Could not fetch ${rev} into the checkout: ${error.message}`);
    return false;
  }
  return await git.tryRevParse(rev) !== null;
}
__name(ensureCommit, "ensureCommit");
async function readSides(options) {
  const { runner, projectPath } = options;
  const project = await gitProjectAt(options.projectDir);
  const viaGit = project !== null && await ensureCommit(project.git, options.base, runner.info) && await ensureCommit(project.git, options.head, runner.info);
  if (!viaGit && !options.api) {
    throw new LockstepError(`Cannot read the base (${options.base}) and head (${options.head}) of the change: the checkout does not have them and there is no github-token for the API.`, {
      hint: "Check out the repository (actions/checkout) before this step, or pass github-token."
    });
  }
  const reader = /* @__PURE__ */ __name((ref) => viaGit ? (p) => project.git.showFile(ref, p) : (p) => options.api.getFileContent(p, ref), "reader");
  const start = viaGit ? project.prefix.replace(/\/$/, "") : projectPath;
  const headRoot = await workspaceRootWith(reader(options.head), start);
  const { rootPath, member } = headRoot.member ? headRoot : await workspaceRootWith(reader(options.base), start);
  const listWithApi = /* @__PURE__ */ __name((ref) => async () => {
    const files = await options.api.listFiles(ref);
    if (files === null) runner.warning(`GitHub truncated the file listing of ${ref}: workspace members' pyproject.toml files are not read. Check out the repository before this step to review them.`, { title: "lockstep review: members not read" });
    return files ?? [];
  }, "listWithApi");
  const at = /* @__PURE__ */ __name((ref) => viaGit ? readProjectFilesAtRevision(project, ref, rootPath) : readProjectFilesWith(reader(ref), rootPath, listWithApi(ref)), "at");
  const [base, head] = await Promise.all([at(options.base), at(options.head)]);
  const fromWorkspace = path.posix.join(projectPath || ".", path.posix.relative(start || ".", rootPath || "."));
  return { base, head, via: viaGit ? "git" : "the GitHub API", rootPath: fromWorkspace === "." ? "" : fromWorkspace, member: member ? projectPath : null };
}
__name(readSides, "readSides");
function check(files, options, side) {
  if (files.pyproject === null && files.lock === null && !files.pixi) {
    return { schema: 1, project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 }, targets: [], packages: [], findings: [] };
  }
  try {
    return checkLocks({ pyprojectPath: "pyproject.toml", lockPath: "uv.lock", ...files }, options);
  } catch (error) {
    if (error instanceof LockstepError) throw new LockstepError(`${side}: ${error.message}`, { hint: error.hint, cause: error });
    throw error;
  }
}
__name(check, "check");
function annotate(runner, review, projectPath) {
  const where = /* @__PURE__ */ __name((f) => ({
    file: f.file ? path.posix.join(projectPath || ".", f.file) : void 0,
    line: f.line,
    column: f.column,
    title: `lockstep review: ${f.code}${f.package ? ` ${f.package}` : ""}`
  }), "where");
  const plural = { error: "errors", warning: "warnings", notice: "notices" };
  annotateFindings(runner, review.introduced, {
    position: where,
    message: /* @__PURE__ */ __name((f) => `${f.message}${f.target ? ` (target ${f.target})` : ""}`, "message"),
    more: /* @__PURE__ */ __name((severity, count) => ({
      message: `\u2026and ${count} more ${plural[severity]} this pull request introduces: see the review comment and the job summary.`,
      title: `lockstep review: ${count} more ${plural[severity]}`
    }), "more")
  });
}
__name(annotate, "annotate");
async function withGoneFiles(base, head, headReport, env, runner) {
  if (head.lock === null || headReport.targets.length === 0) return headReport;
  const onBase = /* @__PURE__ */ new Set();
  try {
    if (base.lock !== null) {
      for (const pkg of parseLock(base.lock, "uv.lock").packages) {
        for (const a of [...pkg.wheels, ...pkg.sdist ? [pkg.sdist] : []]) onBase.add(`${a.filename}
${a.hash ?? ""}`);
      }
    }
  } catch {
  }
  const online = await checkReportOnline(head, headReport, {
    policy: retryPolicyFromEnv(env),
    deadlineMs: 3e4,
    cache: null,
    env,
    log: /* @__PURE__ */ __name((m) => runner.info(m), "log"),
    only: /* @__PURE__ */ __name((a) => !onBase.has(`${a.filename}
${a.sha256 ? `sha256:${a.sha256}` : ""}`), "only")
  });
  runner.info(renderOnlineSummary(online.summary));
  for (const f of online.report.findings.filter((x) => x.code === "artifact-unchecked")) {
    runner.warning(f.message, { title: "lockstep review: files not checked online" });
  }
  return { ...online.report, findings: online.report.findings.filter((x) => x.code !== "artifact-unchecked") };
}
__name(withGoneFiles, "withGoneFiles");
async function findStickyComment(api, number) {
  const ours = (await api.listIssueComments(number)).filter((c) => c.body.startsWith(REVIEW_MARKER));
  return ours.find((c) => c.authorLogin?.endsWith("[bot]")) ?? ours[0] ?? null;
}
__name(findStickyComment, "findStickyComment");
async function upsertSticky(api, number, existing, body) {
  if (!existing) {
    const created = await api.createComment(number, body);
    return { action: "created", url: created.htmlUrl };
  }
  if (existing.body === body) return { action: "unchanged", url: existing.htmlUrl };
  const updated = await api.updateComment(existing.id, body);
  return { action: "updated", url: updated.htmlUrl };
}
__name(upsertSticky, "upsertSticky");
async function run(overrides = {}) {
  const deps = {
    runner: overrides.runner ?? actionsRunner(),
    env: overrides.env ?? process.env,
    github: overrides.github ?? createGitHubApi
  };
  const { runner, env } = deps;
  try {
    const failOn = parseFailOn(runner.input("fail-on"), ["error", "never"]);
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const projectPath = projectPathOf(runner.input("working-directory") || ".");
    const projectDir = path.resolve(workspace, projectPath || ".");
    const event = readEvent(env);
    const pullNumber = event.pull_request?.number ?? event.number ?? null;
    const base = runner.input("base") || event.pull_request?.base?.sha || "";
    const head = runner.input("head") || event.pull_request?.head?.sha || "";
    if (!base || !head) {
      runner.notice(
        `lockstep review compares a pull request's base and head, but this ${env.GITHUB_EVENT_NAME ?? ""} event names none: run it on pull_request / pull_request_target, or set the base and head inputs.`,
        { title: "lockstep review: nothing to compare" }
      );
      return;
    }
    const token = runner.input("github-token");
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    const api = token && owner && repo ? deps.github({ token, owner, repo, setSecret: /* @__PURE__ */ __name((s) => runner.setSecret(s), "setSecret"), log: /* @__PURE__ */ __name((m) => runner.info(m), "log") }) : null;
    const options = targetOptions(runner);
    const online = runner.booleanInput("online", true);
    const { review, via, rootPath, member } = await runner.group(`Check ${projectPath || "the project"} at base ${base.slice(0, 12)} and head ${head.slice(0, 12)}`, async () => {
      const sides = await readSides({ projectDir, projectPath, base, head, api, runner });
      if (sides.member !== null) runner.info(`${sides.member} is a member of the uv workspace at ${sides.rootPath || "."}: reviewing the workspace's uv.lock and every member's pyproject.toml.`);
      runner.info(`Read pyproject.toml and uv.lock of both sides through ${sides.via} (static reading only).`);
      let headReport = check(sides.head, options, `head ${head}`);
      if (online) headReport = await withGoneFiles(sides.base, sides.head, headReport, env, runner);
      let baseReport;
      try {
        baseReport = check(sides.base, options, `base ${base}`);
      } catch (error) {
        if (!(error instanceof LockstepError)) throw error;
        runner.warning(`${error.message} The base is treated as empty: everything the head reports counts as introduced.`, { title: "lockstep review: base not checked" });
        baseReport = check({ pyproject: null, lock: null }, options, `base ${base}`);
      }
      const result = reviewChange(baseReport, headReport);
      runner.info(renderDiffText(result));
      return { review: result, via: sides.via, rootPath: sides.rootPath, member: sides.member };
    });
    annotate(runner, review, rootPath);
    const scope = member !== null ? { member, workspaceRoot: rootPath } : void 0;
    let comment = { action: "none", url: "" };
    let previouslyReported = false;
    let fallbackNote = "";
    if (pullNumber !== null && api) {
      const existing = await findStickyComment(api, pullNumber);
      previouslyReported = existing !== null;
      if (review.rows.length > 0 || existing) {
        const body = renderReviewComment(review, { previouslyReported, headSha: head, maxChars: MAX_COMMENT_BODY_CHARS, scope });
        try {
          comment = await upsertSticky(api, pullNumber, existing, body);
          runner.info(`Review comment ${comment.action}: ${comment.url}`);
        } catch (error) {
          if (error instanceof GitHubPermissionError) {
            comment = { action: "not-permitted", url: "" };
            fallbackNote = "> [!NOTE]\n> lockstep could not comment on this pull request: the workflow token is read-only (pull requests from forks get one under `pull_request`). The review is below and in the annotations; to get the comment, run this job on `pull_request_target` (it only reads files, never runs the PR's code).\n\n";
            runner.notice(`Could not comment on #${pullNumber}: ${error.message} The review is in the job summary and the annotations instead.`, { title: "lockstep review: no comment permission" });
          } else if (error instanceof LockstepError) {
            comment = { action: "failed", url: "" };
            runner.warning(`Could not update the review comment on #${pullNumber}: ${error.message}`, { title: "lockstep review: comment failed" });
          } else {
            throw error;
          }
        }
      }
    } else if (pullNumber !== null) {
      runner.info("No github-token: the review goes to the job summary only.");
    }
    await runner.appendSummary(fallbackNote + renderReviewSummary(review, { previouslyReported, headSha: head, scope }));
    runner.setOutput("introduced", String(review.rows.length));
    runner.setOutput("errors", String(review.errorsIntroduced));
    runner.setOutput("resolved", String(review.resolvedRows.length));
    runner.setOutput("comment", comment.action);
    runner.setOutput("comment-url", comment.url);
    runner.debug(`files read through ${via}`);
    if (failOn === "error" && review.errorsIntroduced > 0) {
      const names = [...new Set(review.rows.filter((r) => r.severity === "error").map((r) => r.package ?? r.code))].join(", ");
      runner.setFailed(`This pull request introduces ${review.errorsIntroduced} error finding(s) (${names}); see the review comment or the job summary. Set fail-on: never to only comment.`);
    }
  } catch (error) {
    failStep(runner, error, "review", { workspace: env.GITHUB_WORKSPACE ?? process.cwd(), projectDir: env.GITHUB_WORKSPACE ?? process.cwd() });
  }
}
__name(run, "run");

export {
  readProjectFilesWith,
  gitProjectAt,
  readProjectFilesAtRevision,
  workspaceRootWith,
  run
};

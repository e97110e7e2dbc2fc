import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  BUMP_MARKER,
  describeFindings,
  groupPackages,
  lookupsNeeded,
  newBlockingFindings,
  parseDuration,
  planBumps,
  plannedGroups,
  proposedVersions,
  pullRequestTitle,
  readBumpConfig,
  renderPlanJson,
  renderPlanMarkdown,
  rewritePins,
  summarizeTargets,
  versionsKey,
  withOutcome
} from "./chunk-45DTMOD3.js";
import {
  checkOptionsFromInputs,
  refuseWritesOnUntrustedEvent
} from "./chunk-EFAXHLUI.js";
import {
  failStep
} from "./chunk-RSQ5HIXD.js";
import {
  MAX_COMMENT_BODY_CHARS,
  createGitHubApi
} from "./chunk-JX3WA7GJ.js";
import {
  DEFAULT_GITHUB_URL,
  chooseUvVersionRequest,
  currentPlatform,
  githubReleasesApi,
  installUv
} from "./chunk-4T4OJOGG.js";
import {
  readProjectFiles,
  resolveInsideWorkspace
} from "./chunk-6CNPKEKO.js";
import {
  HttpStatusError,
  NetworkError,
  SimpleApiIndex,
  redactUrl,
  retryPolicyFromEnv,
  withIndexCredentials
} from "./chunk-ZDEAZEXG.js";
import {
  PROJECT_FILE_LIMITS,
  checkProject,
  parsePyproject,
  readProjectFile
} from "./chunk-UXCJDWDC.js";
import {
  readEventContext
} from "./chunk-WRC4H7I2.js";
import {
  ProcessTimeoutError,
  runProcess
} from "./chunk-DWNQWAEX.js";
import {
  actionsRunner
} from "./chunk-OIWBPB7X.js";
import {
  escapeMarkdown
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  redact
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/bump.ts
import { writeFileSync } from "node:fs";
import path from "node:path";

// src/adapters/pull-request.ts
var BOT_TRAILER = "Lockstep-Bot: true";
var BLOCKED_MARKER = "<!-- lockstep:blocked -->";
function isOurs(commit, botLogin) {
  return commit.message.includes(BOT_TRAILER) && commit.authorLogin === botLogin && (commit.committerLogin === "web-flow" || commit.committerLogin === botLogin) && commit.verified;
}
__name(isOurs, "isOurs");
async function foreignCommits(api, branch, base) {
  const botLogin = await api.authenticatedLogin();
  const [onBranch, onBase] = await Promise.all([api.listBranchCommits(branch, { limit: 50 }), api.listBranchCommits(base, { limit: 100 })]);
  const baseShas = new Set(onBase.map((c) => c.sha));
  const foreign = [];
  for (const commit of onBranch) {
    if (isOurs(commit, botLogin) || baseShas.has(commit.sha)) break;
    foreign.push(commit);
  }
  return foreign;
}
__name(foreignCommits, "foreignCommits");
function capPullRequestBody(body, rest, max = MAX_COMMENT_BODY_CHARS) {
  if (body.length <= max) return body;
  const note = `

> [!NOTE]
> This description was cut to fit GitHub's size limit: ${rest}
`;
  let kept = body.slice(0, max - note.length - 8);
  kept = kept.slice(0, Math.max(kept.lastIndexOf("\n"), 0));
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += "\n```";
  return `${kept}${note}`;
}
__name(capPullRequestBody, "capPullRequestBody");
async function publishBranchPullRequest(api, given) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: slug, GITHUB_RUN_ID: runId } = process.env;
  const run2 = server && slug && runId ? `[the job summary of run ${runId}](${server}/${slug}/actions/runs/${runId})` : "the job summary of the run that wrote it";
  const rest = given.fullReport ?? `the full report is in ${run2}.`;
  const request = { ...given, title: redact(given.title), body: capPullRequestBody(redact(given.body), rest) };
  const log = request.log ?? (() => {
  });
  const repository = await api.getRepository();
  const base = request.base || repository.defaultBranch;
  const pulls = (await api.listPullRequestsByHead(request.branch)).filter((p) => p.body.includes(request.marker));
  const open = pulls.find((p) => p.state === "open") ?? null;
  if (!open) {
    const rejected = pulls.find((p) => p.state === "closed" && !p.merged && request.readProposalKey(p.body) === request.proposalKey);
    if (rejected) {
      return {
        action: "closed-before",
        pullRequest: rejected,
        headSha: null,
        message: `#${rejected.number} proposed exactly these versions and was closed without merging; not reopening it (a newer release will open a new PR).`
      };
    }
  }
  const baseSha = await api.getBranchSha(base);
  if (!baseSha) throw new Error(`base branch ${base} does not exist`);
  let headSha = await api.getBranchSha(request.branch);
  let changed = false;
  if (headSha) {
    const foreign = await foreignCommits(api, request.branch, base);
    if (foreign.length > 0) {
      const who = [...new Set(foreign.map((c) => c.authorLogin ?? c.authorName))].join(", ");
      if (open) {
        await api.upsertComment(open.number, BLOCKED_MARKER, `${BLOCKED_MARKER}
${request.blockedComment(foreign)}`);
      }
      return {
        action: "blocked",
        pullRequest: open,
        headSha,
        message: `branch ${request.branch} has ${foreign.length} commit(s) by ${who}; left as is${open ? ` (commented on #${open.number})` : ""}.`
      };
    }
  }
  if (!(headSha && await branchHasContent(api, request, headSha, baseSha))) {
    const baseCommit = await api.getCommit(baseSha);
    const tree = await api.createTree(request.files.map((f) => ({ path: f.path, content: f.content })), baseCommit.treeSha);
    const commit = await api.createCommit({ message: `${request.commitMessage}

${BOT_TRAILER}
`, tree, parents: [baseSha] });
    if (headSha) await api.updateBranch(request.branch, commit.sha, { force: true });
    else await api.createBranch(request.branch, commit.sha);
    log(`${headSha ? "updated" : "created"} branch ${request.branch} at ${commit.sha.slice(0, 7)}`);
    headSha = commit.sha;
    changed = true;
  }
  if (open) {
    const needsEdit = open.body !== request.body || open.title !== request.title;
    const pr = needsEdit ? await api.updatePullRequest(open.number, { title: request.title, body: request.body }) : open;
    const action = changed || needsEdit ? "updated" : "unchanged";
    return { action, pullRequest: pr, headSha, message: action === "unchanged" ? `#${pr.number} is up to date` : `updated #${pr.number}` };
  }
  const created = await api.createPullRequest({ head: request.branch, base, title: request.title, body: request.body });
  if (!created.created && (created.body !== request.body || created.title !== request.title)) {
    await api.updatePullRequest(created.number, { title: request.title, body: request.body });
  }
  if (request.labels && request.labels.length > 0) await api.addLabels(created.number, request.labels);
  return { action: created.created ? "created" : "updated", pullRequest: created, headSha, message: `${created.created ? "opened" : "adopted"} #${created.number}` };
}
__name(publishBranchPullRequest, "publishBranchPullRequest");
async function branchHasContent(api, request, headSha, baseSha) {
  const head = await api.getCommit(headSha);
  if (head.parents.length !== 1 || head.parents[0] !== baseSha || !head.message.includes(BOT_TRAILER)) return false;
  for (const file of request.files) {
    if (await api.getFileContent(file.path, headSha) !== file.content) return false;
  }
  return true;
}
__name(branchHasContent, "branchHasContent");

// src/adapters/release-lookup.ts
async function mapPool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = /* @__PURE__ */ __name(async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
__name(mapPool, "mapPool");
async function lookupListings(origins, options = {}) {
  const policy = options.policy ?? retryPolicyFromEnv();
  const clients = /* @__PURE__ */ new Map();
  const client = /* @__PURE__ */ __name((ref) => {
    const url = withIndexCredentials(ref.url, ref.name, options.env ?? process.env);
    let c = clients.get(url);
    if (!c) clients.set(url, c = options.indexFor?.(url) ?? new SimpleApiIndex(url, policy, options.log));
    return c;
  }, "client");
  const entries = [...origins.entries()].filter((e) => "chains" in e[1]);
  const listings = await mapPool(entries, options.concurrency ?? 8, async ([name, origin]) => {
    const perChain = [];
    for (const chain of origin.chains) {
      const missed = [];
      let listing = null;
      for (const ref of chain) {
        try {
          const files = await client(ref).releaseFiles(name);
          listing = {
            indexUrl: ref.url,
            files: files.map((f) => ({ filename: f.filename, yanked: f.yanked ?? false, requiresPython: f.requiresPython, uploadTime: f.uploadTime }))
          };
          break;
        } catch (error) {
          if (error instanceof HttpStatusError && (error.status === 404 || error.status === 410)) {
            missed.push(ref.url);
            continue;
          }
          const why = error instanceof NetworkError || error instanceof HttpStatusError ? error.message : String(error?.message ?? error);
          throw new LockstepError(`Could not read ${name}'s releases from ${redactUrl(ref.url)}: ${why}`, {
            hint: "The index did not answer after retries; nothing was changed. Re-run later, or set LOCKSTEP_HTTP_TIMEOUT_MS / LOCKSTEP_HTTP_ATTEMPTS for a slow index.",
            cause: error
          });
        }
      }
      perChain.push(listing ?? { notFound: missed });
    }
    return [name, perChain];
  });
  return new Map(listings);
}
__name(lookupListings, "lookupListings");

// src/adapters/uv-lock.ts
function tail(text, lines = 6) {
  return text.trim().split("\n").filter((l) => l.trim() !== "").slice(-lines).join("\n");
}
__name(tail, "tail");
async function uvLockUpgrade(uv, projectDir, packages) {
  return uvLock(uv, projectDir, packages.flatMap((p) => ["--upgrade-package", p]));
}
__name(uvLockUpgrade, "uvLockUpgrade");
async function uvLock(uv, projectDir, lockArgs) {
  const args = ["lock", ...lockArgs, ...uv.extraArgs ?? []];
  const command = `uv ${args.join(" ")}`;
  let result;
  try {
    result = await uv.run(uv.binary, args, { cwd: projectDir, env: { ...uv.env, NO_COLOR: "1" }, timeoutMs: uv.timeoutMs ?? 6e5 });
  } catch (error) {
    if (error instanceof ProcessTimeoutError) return { ok: false, command, error: error.message };
    if (error.code === "ENOENT") {
      throw new LockstepError(`cannot run uv (${uv.binary}): not found`, { hint: "Run the lockstep setup step first (it puts uv on PATH), or pass the uv binary (input `uv` / --uv)." });
    }
    throw error;
  }
  if (result.exitCode === 0) return { ok: true, command };
  return { ok: false, command, error: tail(result.stderr || result.stdout) || `exit ${result.exitCode}` };
}
__name(uvLock, "uvLock");

// src/jobs/bump.ts
async function planProject(projectDir, options = {}) {
  const files = readProjectFiles(projectDir);
  if (files.pyproject === null) {
    throw new LockstepError(`${projectDir}: no pyproject.toml, so there are no pins to bump`, { hint: "Run lockstep bump in the folder of a uv project." });
  }
  const pyproject = parsePyproject(files.pyproject, files.pyprojectPath);
  const config = readBumpConfig(pyproject);
  const env = options.env ?? process.env;
  const defaultIndexUrl = options.defaultIndexUrl || env.UV_DEFAULT_INDEX || env.UV_INDEX_URL || void 0;
  const { pins, origins } = lookupsNeeded(pyproject, { defaultIndexUrl, indexUrlOverrides: options.indexUrlOverrides });
  const listings = await lookupListings(origins, options.lookup);
  const plan = planBumps({
    pyproject,
    pins,
    config,
    origins,
    listings,
    now: options.now ?? /* @__PURE__ */ new Date(),
    ...options.minReleaseAgeMs !== void 0 && options.minReleaseAgeMs !== null ? { minReleaseAgeMs: options.minReleaseAgeMs } : {}
  });
  return { projectDir, files, pyproject, plan };
}
__name(planProject, "planProject");
function runCheck(planned, pyproject, lock, check) {
  return checkFiles(planned.files, pyproject, lock, check);
}
__name(runCheck, "runCheck");
function checkFiles(files, pyproject, lock, check) {
  const report = checkProject({ pyproject, lock, pyprojectPath: files.pyprojectPath, lockPath: files.lockPath, members: files.members }, check);
  const parseError = report.findings.find((f) => f.code === "parse-error");
  if (parseError) throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  return report;
}
__name(checkFiles, "checkFiles");
async function applyAndVerify(planned, options) {
  const log = options.log ?? (() => {
  });
  const pyprojectFile = path.join(planned.projectDir, "pyproject.toml");
  const lockFile = path.join(planned.projectDir, "uv.lock");
  const originalText = planned.files.pyproject;
  const originalLock = planned.files.lock;
  const write = /* @__PURE__ */ __name((state) => {
    writeFileSync(pyprojectFile, state.pyproject);
    if (state.lock !== null) writeFileSync(lockFile, state.lock);
  }, "write");
  const original = { pyproject: originalText, lock: originalLock, report: runCheck(planned, originalText, originalLock, options.check) };
  let kept = original;
  const keptEdits = [];
  const outcomes = [];
  try {
    for (const { group, bumps } of plannedGroups(planned.plan)) {
      const start = options.independent ? original : kept;
      const edits = bumps.map((b) => ({ pin: b.pin, to: b.to }));
      const text = rewritePins(originalText, options.independent ? edits : [...keptEdits, ...edits]);
      write({ pyproject: text, lock: start.lock });
      const packages = groupPackages(bumps);
      log(`group ${group}: uv lock --upgrade-package ${packages.join(" --upgrade-package ")}`);
      const locked = await uvLockUpgrade(options.uv, planned.projectDir, packages);
      const fail = /* @__PURE__ */ __name((reason) => {
        log(`group ${group} dropped: ${reason}`);
        outcomes.push({ group, bumps, command: locked.command, ok: false, reason, state: null });
        write(start);
      }, "fail");
      if (!locked.ok) {
        fail(`\`uv lock\` failed: ${locked.error.split("\n").slice(-3).join(" ").replace(/\s+/g, " ").trim()}`);
        continue;
      }
      const lock = readProjectFile(lockFile, { maxBytes: PROJECT_FILE_LIMITS.lock, shown: "uv.lock" });
      const report = runCheck(planned, text, lock, options.check);
      const added = newBlockingFindings(original.report, report);
      if (added.length > 0) {
        fail(`verification found ${describeFindings(added)}`);
        continue;
      }
      const state = { pyproject: text, lock, report };
      outcomes.push({ group, bumps, command: locked.command, ok: true, reason: null, state });
      if (!options.independent) {
        kept = state;
        keptEdits.push(...edits);
      }
      if (options.independent) write(original);
    }
  } finally {
    write(options.keep && !options.independent ? kept : original);
  }
  const applied = new Set(outcomes.filter((o) => o.ok).map((o) => o.group));
  const dropped = new Map(outcomes.filter((o) => !o.ok).map((o) => [o.group, o.reason]));
  const finalReport = options.independent ? original.report : kept.report;
  return {
    plan: withOutcome(planned.plan, applied, dropped),
    groups: outcomes,
    final: options.independent ? original : kept,
    original,
    verification: { lockCommands: outcomes.filter((o) => o.ok).map((o) => o.command), targets: summarizeTargets(finalReport) },
    lockInvocations: outcomes.length
  };
}
__name(applyAndVerify, "applyAndVerify");
function blockedComment(plan, groups) {
  return (commits) => {
    const moving = plan.bumps.filter((b) => b.status === "applied" && (!groups || groups.includes(b.group)));
    const list2 = moving.map((b) => `${escapeMarkdown(b.name)} ${escapeMarkdown(b.from)} \u2192 ${escapeMarkdown(b.to)}`).join(", ");
    const who = [...new Set(commits.map((c) => c.authorLogin ?? c.authorName))].map((w) => escapeMarkdown(w)).join(", ");
    return [
      `lockstep found newer releases (${list2 || "none"}) but did not update this branch: it has ${commits.length} commit(s) that are not lockstep's (by ${who}, latest ${commits[0].sha.slice(0, 7)}).`,
      "",
      "Merge or close this pull request, or delete the branch, and the next run will propose the bump again."
    ].join("\n");
  };
}
__name(blockedComment, "blockedComment");
async function publishPlan(result, options) {
  const join = /* @__PURE__ */ __name((file) => options.repoPath ? `${options.repoPath}/${file}` : file, "join");
  const kept = result.groups.filter((g) => g.ok);
  const units = options.groupPrs ? kept.map((g) => ({ group: g.group, groups: [g.group], state: g.state, verification: { lockCommands: [g.command], targets: summarizeTargets(g.state.report) } })) : kept.length > 0 ? [{ group: null, groups: null, state: result.final, verification: result.verification }] : [];
  const published = [];
  for (const unit of units) {
    const branch = unit.group ? `lockstep/bump-${unit.group.replace(/[^A-Za-z0-9._-]+/g, "-")}` : "lockstep/bump";
    const bumps = result.plan.bumps.filter((b) => b.status === "applied" && (!unit.groups || unit.groups.includes(b.group)));
    const body = renderPlanMarkdown(result.plan, { groups: unit.groups ?? void 0, verification: unit.verification });
    const files = [{ path: join("pyproject.toml"), content: unit.state.pyproject }];
    if (unit.state.lock !== null) files.push({ path: join("uv.lock"), content: unit.state.lock });
    const title = pullRequestTitle(bumps, unit.group ?? void 0);
    const outcome = await publishBranchPullRequest(options.api, {
      branch,
      base: options.base,
      title,
      body,
      marker: BUMP_MARKER,
      proposalKey: versionsKey(bumps),
      readProposalKey: proposedVersions,
      files,
      commitMessage: `${title}

${bumps.map((b) => `- ${b.name} ${b.from} -> ${b.to}`).join("\n")}`,
      labels: options.labels,
      blockedComment: blockedComment(result.plan, unit.groups),
      log: options.log
    });
    options.log?.(`${branch}: ${outcome.message}`);
    published.push({ branch, group: unit.group, outcome });
  }
  return published;
}
__name(publishPlan, "publishPlan");
async function resolveUv(runner, deps, requiredVersion, token) {
  const given = runner.input("uv-path");
  if (given) return given;
  try {
    const probe = await deps.run("uv", ["--version"], { env: deps.env, timeoutMs: 3e4 });
    if (probe.exitCode === 0) return "uv";
  } catch {
  }
  const log = /* @__PURE__ */ __name((m) => runner.info(m), "log");
  const request = chooseUvVersionRequest({ input: "", pyprojectRequiredVersion: requiredVersion ?? void 0 });
  const policy = retryPolicyFromEnv(deps.env);
  const releasesApi = githubReleasesApi(DEFAULT_GITHUB_URL, deps.env);
  const installed = await installUv(request, {
    source: "auto",
    // The uv wheel comes from the same index as everything else (a mirror, when the project uses one).
    index: new SimpleApiIndex(runner.input("default-index") || deps.env.UV_DEFAULT_INDEX || void 0, policy, log),
    githubUrl: DEFAULT_GITHUB_URL,
    // The token goes only to the API that issued it (not api.github.com from a GHES runner).
    githubApiUrl: releasesApi.url,
    githubToken: releasesApi.sendToken ? token : "",
    platform: currentPlatform(),
    policy,
    log
  });
  log(`uv ${installed.version} installed at ${installed.binary}`);
  return installed.binary;
}
__name(resolveUv, "resolveUv");
function list(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
__name(list, "list");
function parseIndexOverrides(value) {
  const out = {};
  for (const entry of value.split(/[\n,]+/).map((v) => v.trim()).filter(Boolean)) {
    const eq = entry.indexOf("=");
    const name = entry.slice(0, eq).trim();
    const url = entry.slice(eq + 1).trim();
    if (eq <= 0 || !/^https?:\/\//.test(url)) {
      throw new LockstepError(`index-urls: "${entry}" is not NAME=URL`, { hint: "Write one [[tool.uv.index]] name and its URL per line, e.g. pytorch-cu124=https://mirror.example/whl/cu124" });
    }
    out[name] = url;
  }
  return out;
}
__name(parseIndexOverrides, "parseIndexOverrides");
async function run(overrides = {}) {
  const deps = {
    runner: overrides.runner ?? actionsRunner(),
    run: overrides.run ?? runProcess,
    env: overrides.env ?? process.env,
    github: overrides.github ?? ((token, owner, repo, log) => createGitHubApi({ token, owner, repo, log })),
    now: overrides.now ?? (() => /* @__PURE__ */ new Date())
  };
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectDir = path.resolve(workspace, runner.input("working-directory") || ".");
  try {
    resolveInsideWorkspace(workspace, runner.input("working-directory") || ".", "working-directory");
    const dryRun = runner.booleanInput("dry-run", false);
    if (!dryRun) refuseWritesOnUntrustedEvent("bump", readEventContext(env));
    const ageInput = runner.input("min-release-age");
    const minReleaseAgeMs = ageInput === "" ? null : parseDuration(ageInput);
    if (minReleaseAgeMs === null && ageInput !== "") {
      throw new LockstepError(`min-release-age: "${ageInput}" is not a duration`, { hint: 'Use a number of days (7) or a duration like "12h", "7d", "2w".' });
    }
    const defaultIndexUrl = runner.input("default-index") || null;
    const planned = await runner.group(
      "Look up the newest releases",
      () => planProject(projectDir, {
        defaultIndexUrl,
        indexUrlOverrides: parseIndexOverrides(runner.input("index-urls")),
        minReleaseAgeMs,
        now: deps.now(),
        env,
        lookup: { log: /* @__PURE__ */ __name((m) => runner.info(m), "log"), env }
      })
    );
    const moving = planned.plan.bumps.filter((b) => b.status === "planned");
    for (const b of planned.plan.bumps) {
      runner.info(`${b.name} ${b.from}${b.status === "planned" ? ` -> ${b.to}` : ""} [${b.group}] ${b.status}${b.reason ? `: ${b.reason}` : ""}`);
    }
    if (dryRun || moving.length === 0) {
      runner.setOutput("bumps", renderPlanJson(planned.plan).trim());
      runner.setOutput("pull-request-number", "");
      runner.setOutput("pull-request-url", "");
      await runner.appendSummary(renderPlanMarkdown(planned.plan, { dryRun }));
      runner.info(dryRun ? "dry-run: the plan is in the job summary; nothing was changed." : "Every pin is at its newest usable release.");
      return;
    }
    const token = runner.input("github-token") || env.GITHUB_TOKEN || "";
    if (!token) throw new LockstepError("No GitHub token", { hint: "Pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default) with `permissions: { contents: write, pull-requests: write }`." });
    runner.setSecret(token);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!owner || !repo) throw new LockstepError("GITHUB_REPOSITORY is not set (owner/repo)", { hint: "Run the bump job in GitHub Actions, or set GITHUB_REPOSITORY." });
    const groupPrs = runner.booleanInput("group-prs", false);
    const uvBinary = await resolveUv(runner, deps, planned.pyproject.tool.uv.requiredVersion, token);
    const result = await runner.group(
      "Apply, re-lock and verify",
      () => applyAndVerify(planned, {
        check: checkOptionsFromInputs(runner),
        uv: { binary: uvBinary, run: deps.run, env, extraArgs: defaultIndexUrl ? ["--default-index", defaultIndexUrl] : [] },
        independent: groupPrs,
        log: /* @__PURE__ */ __name((m) => runner.info(m), "log")
      })
    );
    for (const g of result.groups.filter((o) => !o.ok)) {
      const first2 = g.bumps[0];
      runner.warning(`Dropped ${g.bumps.map((b) => `${b.name} ${b.to}`).join(", ")}: ${g.reason}`, { file: path.relative(workspace, path.join(projectDir, "pyproject.toml")), line: first2.line, title: "lockstep bump" });
    }
    runner.setOutput("bumps", renderPlanJson(result.plan).trim());
    const api = deps.github(token, owner, repo, (m) => runner.info(m));
    const published = await runner.group(
      "Open or update the pull request",
      () => publishPlan(result, {
        api,
        repoPath: path.relative(workspace, projectDir).split(path.sep).join("/"),
        base: runner.input("base") || void 0,
        labels: list(runner.input("labels")),
        groupPrs,
        log: /* @__PURE__ */ __name((m) => runner.info(m), "log")
      })
    );
    const first = published.find((p) => p.outcome.pullRequest)?.outcome.pullRequest ?? null;
    runner.setOutput("pull-request-number", first ? String(first.number) : "");
    runner.setOutput("pull-request-url", first?.htmlUrl ?? "");
    for (const p of published) {
      if (p.outcome.action === "blocked") runner.warning(`${p.branch}: ${p.outcome.message}`, { title: "lockstep bump" });
      else runner.info(`${p.branch}: ${p.outcome.message}`);
    }
    const links = published.map((p) => `- ${p.branch}: ${p.outcome.pullRequest ? `[#${p.outcome.pullRequest.number}](${p.outcome.pullRequest.htmlUrl})` : "\u2014"} ${escapeMarkdown(p.outcome.message)}`);
    await runner.appendSummary(`${renderPlanMarkdown(result.plan, { verification: result.verification })}
${links.join("\n")}
`);
  } catch (error) {
    failStep(runner, error, "bump", { workspace, projectDir });
  }
}
__name(run, "run");

export {
  publishBranchPullRequest,
  uvLock,
  planProject,
  checkFiles,
  applyAndVerify,
  publishPlan,
  resolveUv,
  parseIndexOverrides,
  run
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  checkFiles,
  listInput,
  maintenanceDependencies,
  minReleaseAgeInput,
  openMaintenanceProject,
  publishBranchPullRequest,
  repoFile,
  resolveUv,
  uvLockUpgrade,
  writeManifests
} from "./chunk-SMIV5EXI.js";
import {
  BUMP_MARKER,
  describeFindings,
  groupPackages,
  lookupsNeeded,
  newBlockingFindings,
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
  withOutcome,
  withWorkspaceSources,
  workspaceRequiresPython
} from "./chunk-POZLYKAY.js";
import {
  checkOptionsFromInputs,
  refuseWritesOnUntrustedEvent
} from "./chunk-EFAXHLUI.js";
import {
  failStep
} from "./chunk-RSQ5HIXD.js";
import {
  resolveInsideWorkspace
} from "./chunk-TO723HNK.js";
import {
  withIndexCredentials
} from "./chunk-TTINJ2K2.js";
import {
  SimpleApiIndex
} from "./chunk-QU52FKDZ.js";
import {
  PROJECT_FILE_LIMITS,
  parsePyproject,
  readProjectFile
} from "./chunk-4GBUUBSV.js";
import {
  readEventContext
} from "./chunk-WRC4H7I2.js";
import {
  HttpStatusError,
  NetworkError,
  redactUrl,
  retryPolicyFromEnv
} from "./chunk-GBARYC4T.js";
import {
  escapeMarkdown
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/bump.ts
import { writeFileSync } from "node:fs";
import path from "node:path";

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

// src/jobs/bump.ts
async function planProject(dir, options = {}) {
  const project = openMaintenanceProject(dir, options.boundary);
  const { files } = project;
  if (files.pyproject === null) {
    throw new LockstepError(`${project.rootDir}: no pyproject.toml, so there are no pins to bump`, { hint: "Run lockstep bump in the folder of a uv project." });
  }
  const pyproject = parsePyproject(files.pyproject, files.pyprojectPath);
  const manifests = Object.entries(project.manifests).map(([file, text]) => file === files.pyprojectPath ? pyproject : parsePyproject(text, file));
  const requiresPython = manifests.length > 1 ? workspaceRequiresPython(manifests) : pyproject.requiresPython;
  const views = manifests.map((m) => ({ ...withWorkspaceSources(m, pyproject), requiresPython }));
  const config = readBumpConfig(pyproject);
  const env = options.env ?? process.env;
  const defaultIndexUrl = options.defaultIndexUrl || env.UV_DEFAULT_INDEX || env.UV_INDEX_URL || void 0;
  const lookups = views.map((view) => lookupsNeeded(view, { defaultIndexUrl, indexUrlOverrides: options.indexUrlOverrides }));
  const origins = new Map(lookups.flatMap((l) => [...l.origins]).reverse());
  const listings = await lookupListings(origins, options.lookup);
  const bumps = views.flatMap(
    (view, i) => planBumps({
      pyproject: view,
      pins: lookups[i].pins,
      config,
      origins,
      listings,
      now: options.now ?? /* @__PURE__ */ new Date(),
      ...options.minReleaseAgeMs !== void 0 && options.minReleaseAgeMs !== null ? { minReleaseAgeMs: options.minReleaseAgeMs } : {}
    }).bumps
  );
  return { projectDir: project.rootDir, project, files, pyproject, plan: { file: pyproject.file, bumps } };
}
__name(planProject, "planProject");
function manifestsWith(original, bumps) {
  const out = { ...original };
  for (const file of new Set(bumps.map((b) => b.file))) {
    out[file] = rewritePins(original[file], bumps.filter((b) => b.file === file).map((b) => ({ pin: b.pin, to: b.to })), file);
  }
  return out;
}
__name(manifestsWith, "manifestsWith");
async function applyAndVerify(planned, options) {
  const log = options.log ?? (() => {
  });
  const rootDir = planned.projectDir;
  const lockFile = path.join(rootDir, "uv.lock");
  const originalManifests = planned.project.manifests;
  const write = /* @__PURE__ */ __name((state) => {
    writeManifests(rootDir, state.manifests);
    if (state.lock !== null) writeFileSync(lockFile, state.lock);
  }, "write");
  const verify = /* @__PURE__ */ __name((manifests, lock) => checkFiles(planned.files, lock, options.check, manifests), "verify");
  const original = { manifests: originalManifests, lock: planned.files.lock, report: verify(originalManifests, planned.files.lock) };
  let kept = original;
  const keptBumps = [];
  const outcomes = [];
  try {
    for (const { group, bumps } of plannedGroups(planned.plan)) {
      const start = options.independent ? original : kept;
      const manifests = manifestsWith(originalManifests, options.independent ? bumps : [...keptBumps, ...bumps]);
      write({ manifests, lock: start.lock });
      const packages = groupPackages(bumps);
      log(`group ${group}: uv lock --upgrade-package ${packages.join(" --upgrade-package ")}`);
      const locked = await uvLockUpgrade(options.uv, rootDir, packages);
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
      const report = verify(manifests, lock);
      const added = newBlockingFindings(original.report, report);
      if (added.length > 0) {
        fail(`verification found ${describeFindings(added)}`);
        continue;
      }
      const state = { manifests, lock, report };
      outcomes.push({ group, bumps, command: locked.command, ok: true, reason: null, state });
      if (!options.independent) {
        kept = state;
        keptBumps.push(...bumps);
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
    const list = moving.map((b) => `${escapeMarkdown(b.name)} ${escapeMarkdown(b.from)} \u2192 ${escapeMarkdown(b.to)}`).join(", ");
    const who = [...new Set(commits.map((c) => c.authorLogin ?? c.authorName))].map((w) => escapeMarkdown(w)).join(", ");
    return [
      `lockstep found newer releases (${list || "none"}) but did not update this branch: it has ${commits.length} commit(s) that are not lockstep's (by ${who}, latest ${commits[0].sha.slice(0, 7)}).`,
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
    const files = Object.entries(unit.state.manifests).filter(([file, text]) => text !== result.original.manifests[file]).map(([file, content]) => ({ path: join(file), content }));
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
  const deps = maintenanceDependencies(overrides);
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  let projectDir = workspace;
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input("working-directory") || ".", "working-directory");
    const dryRun = runner.booleanInput("dry-run", false);
    if (!dryRun) refuseWritesOnUntrustedEvent("bump", readEventContext(env));
    const minReleaseAgeMs = minReleaseAgeInput(runner);
    const defaultIndexUrl = runner.input("default-index") || null;
    const planned = await runner.group(
      "Look up the newest releases",
      () => planProject(projectDir, {
        boundary: workspace,
        defaultIndexUrl,
        indexUrlOverrides: parseIndexOverrides(runner.input("index-urls")),
        minReleaseAgeMs,
        now: deps.now(),
        env,
        lookup: { log: /* @__PURE__ */ __name((m) => runner.info(m), "log"), env }
      })
    );
    projectDir = planned.projectDir;
    if (planned.project.member !== null) {
      runner.info(`${repoFile(workspace, projectDir, planned.project.member)} is a member of the uv workspace at ${path.relative(workspace, projectDir) || "."}: bumping the pins of every member and re-locking the workspace's uv.lock there.`);
    }
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
      runner.warning(`Dropped ${g.bumps.map((b) => `${b.name} ${b.to}`).join(", ")}: ${g.reason}`, { file: repoFile(workspace, projectDir, first2.file), line: first2.line, title: "lockstep bump" });
    }
    runner.setOutput("bumps", renderPlanJson(result.plan).trim());
    const api = deps.github(token, owner, repo, (m) => runner.info(m));
    const published = await runner.group(
      "Open or update the pull request",
      () => publishPlan(result, {
        api,
        repoPath: path.relative(workspace, projectDir).split(path.sep).join("/"),
        base: runner.input("base") || void 0,
        labels: listInput(runner.input("labels")),
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
  planProject,
  applyAndVerify,
  publishPlan,
  parseIndexOverrides,
  run
};

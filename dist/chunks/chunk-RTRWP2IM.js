import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  REFRESH_MARKER,
  cooldownCutoff,
  findHolds,
  proposedRefresh,
  refreshKey,
  refreshTitle,
  renderRefreshJson,
  renderRefreshMarkdown
} from "./chunk-RDZIURKI.js";
import {
  changedOnDisk,
  checkFiles,
  listInput,
  maintenanceDependencies,
  minReleaseAgeInput,
  openMaintenanceProject,
  publishBranchPullRequest,
  repoFile,
  resolveUv,
  uvLock,
  writeManifests
} from "./chunk-SMIV5EXI.js";
import {
  describeFindings,
  newBlockingFindings,
  readBumpConfig,
  summarizeTargets
} from "./chunk-POZLYKAY.js";
import {
  checkOptionsFromInputs,
  refuseWritesOnUntrustedEvent
} from "./chunk-EFAXHLUI.js";
import {
  diffLocks
} from "./chunk-TVJAJFFS.js";
import {
  failStep
} from "./chunk-RSQ5HIXD.js";
import {
  locateUvProject,
  resolveInsideWorkspace
} from "./chunk-TO723HNK.js";
import {
  PROJECT_FILE_LIMITS,
  parsePyproject,
  readProjectFile
} from "./chunk-4GBUUBSV.js";
import {
  readEventContext
} from "./chunk-WRC4H7I2.js";
import {
  parseToml
} from "./chunk-QTBF2I64.js";
import {
  escapeMarkdown
} from "./chunk-FQ4P7XNH.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/refresh.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
function configuredCutoffs(projectDir, pyproject, env) {
  const out = [];
  const read = /* @__PURE__ */ __name((text, file, pick) => {
    const value = pick(parseToml(text, file));
    if (typeof value === "string") out.push({ value, where: `${file} exclude-newer` });
  }, "read");
  const uvTable = /* @__PURE__ */ __name((doc) => doc.tool?.uv?.["exclude-newer"], "uvTable");
  read(pyproject, "pyproject.toml", uvTable);
  const uvToml = path.join(projectDir, "uv.toml");
  const uvTomlText = readProjectFile(uvToml, { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: "uv.toml" });
  if (uvTomlText !== null) read(uvTomlText, "uv.toml", (doc) => doc["exclude-newer"]);
  if (env.UV_EXCLUDE_NEWER) out.push({ value: env.UV_EXCLUDE_NEWER, where: "UV_EXCLUDE_NEWER" });
  return out;
}
__name(configuredCutoffs, "configuredCutoffs");
var tail = /* @__PURE__ */ __name((error) => error.split("\n").slice(-3).join(" ").replace(/\s+/g, " ").trim(), "tail");
async function refreshProject(dir, options) {
  const log = options.log ?? (() => {
  });
  const project = openMaintenanceProject(dir, options.boundary);
  const { files, rootDir: projectDir } = project;
  if (project.member !== null) log(`${project.member} is a member of the uv workspace at ${projectDir}: refreshing the workspace's uv.lock there`);
  if (files.pyproject === null) throw new LockstepError(`${projectDir}: no pyproject.toml`, { hint: "Run lockstep refresh in the folder of a uv project." });
  if (files.lock === null) throw new LockstepError(`${projectDir}: no uv.lock to refresh`, { file: "uv.lock", hint: "Run `uv lock` and commit uv.lock first; refresh moves an existing lock forward." });
  const pyprojectText = files.pyproject;
  const originalLock = files.lock;
  const pyproject = parsePyproject(pyprojectText, files.pyprojectPath);
  const minReleaseAgeMs = options.minReleaseAgeMs ?? readBumpConfig(pyproject).minReleaseAgeMs;
  const now = options.now ?? /* @__PURE__ */ new Date();
  const cutoff = cooldownCutoff({ configured: configuredCutoffs(projectDir, pyprojectText, options.uv.env), minReleaseAgeMs, now });
  const cooldownArgs = cutoff ? ["--exclude-newer", cutoff] : [];
  const cooldown = minReleaseAgeMs ? cutoff ? `<cutoff> = now \u2212 ${describeAge(minReleaseAgeMs)} (min-release-age); the plain uv lock after it keeps every version and drops the cutoff from uv.lock` : `the project's exclude-newer is stricter than min-release-age (${describeAge(minReleaseAgeMs)})` : null;
  const lockFile = path.join(projectDir, "uv.lock");
  const original = { lock: originalLock, report: checkFiles(files, originalLock, options.check) };
  const oldVersions = new Map(original.report.packages.map((p) => [p.name, p.version]));
  let invocations = 0;
  const lock = /* @__PURE__ */ __name(async (args, from = originalLock) => {
    if (from !== null) writeFileSync(lockFile, from);
    invocations++;
    log(`uv lock ${args.join(" ")}`);
    const outcome = await uvLock(options.uv, projectDir, args);
    const changed = changedOnDisk(projectDir, project.manifests);
    if (changed.length > 0) {
      writeManifests(projectDir, project.manifests);
      throw new LockstepError(`uv changed ${changed.join(", ")} during \`${outcome.command}\`; it was put back`, { file: changed[0], hint: "Report this to lockstep: the refresh must never change the pins." });
    }
    return outcome;
  }, "lock");
  const attempt = /* @__PURE__ */ __name(async (held) => {
    const holdArgs = held.flatMap((name) => ["--upgrade-package", `${name}==${oldVersions.get(name)}`]);
    const locked = await lock(["--upgrade", ...holdArgs, ...cooldownArgs]);
    const command = locked.command.replace(cutoff ?? "\0", "<cutoff>");
    if (!locked.ok) return { ok: false, reason: `\`uv lock\` failed: ${tail(locked.error)}` };
    const text = readFileSync(lockFile, "utf8");
    const report = checkFiles(files, text, options.check);
    const added = newBlockingFindings(original.report, report);
    if (added.length > 0) return { ok: false, reason: describeFindings(added), added, report };
    return { ok: true, state: { lock: text, report, command } };
  }, "attempt");
  const heldPackages = [];
  let final = null;
  let done = false;
  try {
    const full = await attempt([]);
    if (!full.ok && !full.added) throw new LockstepError(`The refresh cannot lock: ${full.reason}`, { file: "uv.lock", hint: "Run `uv lock --upgrade` locally to see why." });
    if (full.ok) final = full.state;
    else {
      const moved = diffLocks(original.report, full.report).changed;
      const candidates = moved.map((c) => c.name);
      const named = new Set(full.added.map((f) => f.package).filter((p) => Boolean(p)));
      log(`verification found ${full.reason}; looking for the upgrades responsible among ${candidates.length}`);
      const search = await findHolds({ candidates, suspects: candidates.filter((c) => named.has(c)), full, attempt });
      if (search.state === null) {
        throw new LockstepError(`The refresh fails verification even with every upgrade held back: ${search.failure}`, { file: "uv.lock", hint: "Run `lockstep check` on the project: the problem is not one upgrade." });
      }
      final = search.state;
      for (const [name, reason] of search.held) {
        heldPackages.push({ name, version: oldVersions.get(name), reason, wanted: moved.find((c) => c.name === name)?.to ?? null });
      }
    }
    if (cutoff) {
      const normalized = await lock([], final.lock);
      if (!normalized.ok) throw new LockstepError(`\`${normalized.command}\` failed after the refresh: ${tail(normalized.error)}`, { file: "uv.lock" });
      const text = readFileSync(lockFile, "utf8");
      final = { lock: text, report: checkFiles(files, text, options.check), command: final.command };
    }
    done = true;
  } finally {
    writeFileSync(lockFile, options.keep && done && final ? final.lock : originalLock);
  }
  const lockCommands = [final.command, ...cutoff ? ["uv lock"] : []];
  log(`${invocations} uv lock invocation(s)`);
  return {
    projectDir,
    member: project.member,
    files,
    original,
    final: { lock: final.lock, report: final.report },
    diff: diffLocks(original.report, final.report),
    held: heldPackages,
    verification: { lockCommands, targets: summarizeTargets(final.report) },
    cooldown,
    lockInvocations: invocations
  };
}
__name(refreshProject, "refreshProject");
var REFRESH_BRANCH = "lockstep/refresh";
async function publishRefresh(result, options) {
  if (result.diff.added.length + result.diff.removed.length + result.diff.changed.length === 0) return null;
  const lockPath = options.repoPath ? `${options.repoPath}/uv.lock` : "uv.lock";
  const title = refreshTitle(result);
  const moves = [...result.diff.changed.map((c) => `- ${c.name} ${c.from} -> ${c.to}`), ...result.diff.added.map((a) => `- ${a.name} ${a.version} (added)`), ...result.diff.removed.map((r) => `- ${r.name} ${r.version} (removed)`)];
  return publishBranchPullRequest(options.api, {
    branch: REFRESH_BRANCH,
    base: options.base,
    title,
    body: renderRefreshMarkdown(result, { lockFile: lockPath }),
    marker: REFRESH_MARKER,
    proposalKey: refreshKey(result),
    readProposalKey: proposedRefresh,
    files: [{ path: lockPath, content: result.final.lock }],
    commitMessage: `${title}

${moves.join("\n")}`,
    labels: options.labels,
    blockedComment: /* @__PURE__ */ __name((commits) => {
      const who = [...new Set(commits.map((c) => c.authorLogin ?? c.authorName))].map((w) => escapeMarkdown(w)).join(", ");
      return [
        `lockstep has a newer refresh of ${escapeMarkdown(lockPath)} but did not update this branch: it has ${commits.length} commit(s) that are not lockstep's (by ${who}, latest ${commits[0].sha.slice(0, 7)}).`,
        "",
        "Merge or close this pull request, or delete the branch, and the next run will propose the refresh again."
      ].join("\n");
    }, "blockedComment"),
    log: options.log
  });
}
__name(publishRefresh, "publishRefresh");
async function run(overrides = {}) {
  const deps = maintenanceDependencies(overrides);
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  let projectDir = workspace;
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input("working-directory") || ".", "working-directory");
    const dryRun = runner.booleanInput("dry-run", false);
    if (!dryRun) refuseWritesOnUntrustedEvent("refresh", readEventContext(env));
    const minReleaseAgeMs = minReleaseAgeInput(runner);
    const token = runner.input("github-token") || env.GITHUB_TOKEN || "";
    if (token) runner.setSecret(token);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!dryRun) {
      if (!token) throw new LockstepError("No GitHub token", { hint: "Pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default) with `permissions: { contents: write, pull-requests: write }`." });
      if (!owner || !repo) throw new LockstepError("GITHUB_REPOSITORY is not set (owner/repo)", { hint: "Run the refresh job in GitHub Actions, or set GITHUB_REPOSITORY." });
    }
    const location = locateUvProject(projectDir, workspace);
    projectDir = location.rootDir;
    const repoPath = path.relative(workspace, projectDir).split(path.sep).join("/");
    if (location.member) runner.info(`${repoFile(workspace, location.projectDir, ".")} is a member of the uv workspace at ${repoPath || "."}: refreshing the workspace's uv.lock there.`);
    const pyprojectText = readProjectFile(path.join(projectDir, "pyproject.toml"), { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: "pyproject.toml" });
    const requiredVersion = pyprojectText !== null ? parsePyproject(pyprojectText, "pyproject.toml").tool.uv.requiredVersion : null;
    const uvBinary = await resolveUv(runner, deps, requiredVersion, token);
    const defaultIndexUrl = runner.input("default-index") || null;
    const result = await runner.group(
      "Refresh uv.lock and verify",
      () => refreshProject(projectDir, {
        boundary: workspace,
        check: checkOptionsFromInputs(runner),
        uv: { binary: uvBinary, run: deps.run, env, extraArgs: defaultIndexUrl ? ["--default-index", defaultIndexUrl] : [] },
        minReleaseAgeMs,
        now: deps.now(),
        log: /* @__PURE__ */ __name((m) => runner.info(m), "log")
      })
    );
    const lockAnnotationFile = repoFile(workspace, projectDir, "uv.lock");
    for (const h of result.held) runner.warning(`Held ${h.name} at ${h.version}${h.wanted ? ` (not ${h.wanted})` : ""}: ${h.reason}`, { file: lockAnnotationFile, title: "lockstep refresh" });
    runner.setOutput("changes", renderRefreshJson(result).trim());
    runner.setOutput("pull-request-number", "");
    runner.setOutput("pull-request-url", "");
    if (dryRun) {
      await runner.appendSummary(renderRefreshMarkdown(result, { dryRun: true, lockFile: lockAnnotationFile }));
      runner.info("dry-run: the refresh is in the job summary; nothing was changed.");
      return;
    }
    const api = deps.github(token, owner, repo, (m) => runner.info(m));
    const outcome = await runner.group("Open or update the pull request", () => publishRefresh(result, { api, repoPath, base: runner.input("base") || void 0, labels: listInput(runner.input("labels")), log: /* @__PURE__ */ __name((m) => runner.info(m), "log") }));
    const pr = outcome?.pullRequest ?? null;
    runner.setOutput("pull-request-number", pr ? String(pr.number) : "");
    runner.setOutput("pull-request-url", pr?.htmlUrl ?? "");
    const message = outcome ? `${REFRESH_BRANCH}: ${outcome.message}` : "Every locked package is at its newest allowed version; no pull request.";
    if (outcome?.action === "blocked") runner.warning(message, { title: "lockstep refresh" });
    else runner.info(message);
    const link = pr ? `[#${pr.number}](${pr.htmlUrl}) ` : "";
    await runner.appendSummary(`${renderRefreshMarkdown(result, { lockFile: lockAnnotationFile })}
${link}${escapeMarkdown(message)}
`);
  } catch (error) {
    failStep(runner, error, "refresh", { workspace, projectDir });
  }
}
__name(run, "run");
function describeAge(ms) {
  const days = ms / 864e5;
  if (Number.isInteger(days)) return `${days} day${days === 1 ? "" : "s"}`;
  const hours = ms / 36e5;
  return Number.isInteger(hours) ? `${hours} hour${hours === 1 ? "" : "s"}` : `${Math.round(ms / 6e4)} minutes`;
}
__name(describeAge, "describeAge");

export {
  refreshProject,
  REFRESH_BRANCH,
  publishRefresh,
  run
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  keepHealthIssue,
  renderHealthIssue,
  rotItems
} from "./chunk-LLYMOBI5.js";
import {
  PageCache,
  defaultPageCacheDir
} from "./chunk-J3WBSJSH.js";
import {
  checkOptionsFromInputs,
  mayWriteOn
} from "./chunk-EFAXHLUI.js";
import {
  checkReportOnline
} from "./chunk-OZ5MJ4AL.js";
import {
  failStep
} from "./chunk-RSQ5HIXD.js";
import {
  createGitHubApi
} from "./chunk-7JIOAQFF.js";
import {
  readProjectFiles,
  resolveInsideWorkspace
} from "./chunk-TO723HNK.js";
import {
  hostOf
} from "./chunk-P27DNI6D.js";
import {
  renderJson
} from "./chunk-JSAGPIKN.js";
import {
  checkProject
} from "./chunk-4GBUUBSV.js";
import {
  readEventContext
} from "./chunk-WRC4H7I2.js";
import {
  retryPolicyFromEnv
} from "./chunk-GBARYC4T.js";
import {
  actionsRunner
} from "./chunk-TWU3NFPK.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/health.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
async function checkHealth(projectDir, options) {
  const files = readProjectFiles(projectDir);
  if (files.lock === null) throw new LockstepError(`${projectDir}: no uv.lock to check`, { hint: "Lock the project with `uv lock` and commit uv.lock; lock health checks a lock." });
  const report = checkProject(files, options.check);
  const parseError = report.findings.find((f) => f.code === "parse-error");
  if (parseError) throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  const online = await checkReportOnline(files, report, {
    policy: retryPolicyFromEnv(options.env),
    deadlineMs: options.deadlineMs,
    cache: options.cache ? new PageCache(defaultPageCacheDir(options.env)) : null,
    env: options.env,
    ...options.progress ? { progress: options.progress } : {},
    ...options.log ? { log: options.log } : {}
  });
  const items = rotItems(online.report.online);
  const byHost = /* @__PURE__ */ new Map();
  for (const r of online.results.filter((x) => x.status === "unchecked")) {
    const host = hostOf(r.source);
    const entry = byHost.get(host) ?? { host, files: 0, reason: r.detail ?? "no answer" };
    entry.files++;
    byHost.set(host, entry);
  }
  const unchecked = [...byHost.values()];
  const lockPath = [options.projectPath, "uv.lock"].filter(Boolean).join("/");
  return {
    online,
    items,
    unchecked,
    lockPath,
    render: /* @__PURE__ */ __name((previous, now) => renderHealthIssue({ items, unchecked, lockPath, checkedFiles: online.summary.artifacts, targetCount: online.report.targets.length, now, previous }), "render")
  };
}
__name(checkHealth, "checkHealth");
function list(value) {
  return value.split(/[\n,]+/).map((v) => v.trim()).filter(Boolean);
}
__name(list, "list");
function deadlineFromInput(value) {
  if (value === "") return 6e4;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new LockstepError(`online-deadline: "${value}" is not a number of seconds between 0 and 3600`, { hint: "Give the seconds the whole online check may take, e.g. `120`." });
  }
  return seconds * 1e3;
}
__name(deadlineFromInput, "deadlineFromInput");
async function run(overrides = {}) {
  const deps = {
    runner: overrides.runner ?? actionsRunner(),
    env: overrides.env ?? process.env,
    github: overrides.github ?? ((token, owner, repo, log) => createGitHubApi({ token, owner, repo, log })),
    now: overrides.now ?? (() => /* @__PURE__ */ new Date())
  };
  const { runner, env } = deps;
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  let projectDir = workspace;
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input("working-directory") || ".", "working-directory");
    const dryRun = runner.booleanInput("dry-run", false);
    const trigger = readEventContext(env);
    if (!dryRun && !mayWriteOn(trigger)) {
      throw new LockstepError(`health keeps the repository's lock-health issue and does not run on \`${trigger.eventName}\` events${trigger.eventName === "push" ? " to a branch other than the default one" : ""}: the checked-out lock may not be the default branch's.`, {
        hint: "Run health on `schedule` / `workflow_dispatch` / `push` to the default branch, or set `dry-run: true` (report only). The review job already says when a PR locks files that are gone."
      });
    }
    const projectPath = path.relative(workspace, projectDir).split(path.sep).join("/");
    const health = await runner.group(
      "Check every locked file against its index",
      () => checkHealth(projectDir, {
        check: checkOptionsFromInputs(runner),
        env,
        deadlineMs: deadlineFromInput(runner.input("online-deadline")),
        cache: true,
        projectPath,
        progress: /* @__PURE__ */ __name((line) => runner.info(line), "progress"),
        log: /* @__PURE__ */ __name((line) => runner.info(line), "log")
      })
    );
    const { online, items, unchecked, lockPath } = health;
    const summary = online.summary;
    runner.info(`${summary.artifacts} locked file(s) on ${summary.hosts.length} host(s): ${summary.served} served, ${summary.missing} missing, ${summary.yanked} yanked, ${summary.unchecked} could not be checked (${(summary.elapsedMs / 1e3).toFixed(1)} s)`);
    for (const f of online.report.findings.filter((x) => x.code.startsWith("artifact-"))) {
      const position = { file: lockPath, ...f.line !== void 0 ? { line: f.line } : {}, title: `lockstep health: ${f.code}` };
      if (f.severity === "error") runner.error(f.message, position);
      else runner.warning(f.message, position);
    }
    const reportDir = env.RUNNER_TEMP || path.join(workspace, ".lockstep");
    mkdirSync(reportDir, { recursive: true });
    const reportPath = path.join(reportDir, "lockstep-health.json");
    writeFileSync(reportPath, renderJson(online.report));
    const status = unchecked.length > 0 ? "unchecked" : items.length > 0 ? "rot" : "healthy";
    runner.setOutput("status", status);
    runner.setOutput("missing", String(summary.missing));
    runner.setOutput("yanked", String(summary.yanked));
    runner.setOutput("report-path", reportPath);
    const now = deps.now();
    let outcome = null;
    if (!dryRun) {
      const token = runner.input("github-token") || env.GITHUB_TOKEN || "";
      if (!token) throw new LockstepError("No GitHub token", { hint: "Pass `github-token: ${{ github.token }}` (the default) with `permissions: { contents: read, issues: write }`." });
      runner.setSecret(token);
      const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
      if (!owner || !repo) throw new LockstepError("GITHUB_REPOSITORY is not set (owner/repo)", { hint: "Run the health job in GitHub Actions, or use `lockstep health --repo owner/repo`." });
      const api = deps.github(token, owner, repo, (m) => runner.info(m));
      outcome = await runner.group(
        "Keep the lock-health issue",
        () => keepHealthIssue(api, { items, complete: unchecked.length === 0, render: /* @__PURE__ */ __name((previous) => health.render(previous, now), "render"), labels: list(runner.input("labels")), now, checkedFiles: summary.artifacts })
      );
      runner.info(outcome.message);
    }
    runner.setOutput("issue", outcome?.action ?? "none");
    runner.setOutput("issue-number", outcome?.issue ? String(outcome.issue.number) : "");
    runner.setOutput("issue-url", outcome?.issue?.htmlUrl ?? "");
    const issueLine = outcome?.issue ? `Issue: [#${outcome.issue.number}](${outcome.issue.htmlUrl}) (${outcome.action})` : dryRun ? "dry-run: no issue was opened, edited or closed." : `Issue: ${outcome?.message ?? "none"}`;
    const body = items.length > 0 ? health.render(null, now).body : `\u2705 Every locked file is served (${summary.artifacts} file(s), ${summary.hosts.join(", ") || "no hosts"}).
`;
    await runner.appendSummary(`## Lock health

${body}
${issueLine}
`);
    if (unchecked.length > 0) {
      runner.setFailed(`lock health could not be checked on ${unchecked.map((u) => `${u.host} (${u.files} file(s): ${u.reason})`).join("; ")}; nothing is reported missing for them and no issue was closed.`);
    }
  } catch (error) {
    failStep(runner, error, "health", { workspace, projectDir });
  }
}
__name(run, "run");

export {
  checkHealth,
  run
};

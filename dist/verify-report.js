import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  actionsArtifactStore
} from "./chunks/chunk-FVIZJPAN.js";
import {
  hasFailure,
  parseVerifyResult,
  renderMatrixMarkdown
} from "./chunks/chunk-QWYBACPM.js";
import {
  parseFailOn
} from "./chunks/chunk-34IMNW2D.js";
import "./chunks/chunk-3DLKCNQW.js";
import "./chunks/chunk-P27DNI6D.js";
import "./chunks/chunk-T3HDM63S.js";
import "./chunks/chunk-YKG64RBM.js";
import {
  actionsRunner
} from "./chunks/chunk-TWU3NFPK.js";
import "./chunks/chunk-2HEI5EQZ.js";
import {
  escapeMarkdown
} from "./chunks/chunk-FQ4P7XNH.js";
import "./chunks/chunk-XWKXAGII.js";
import "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-K4IRNN4I.js";
import {
  singleLine
} from "./chunks/chunk-YKLTUEQ7.js";
import "./chunks/chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunks/chunk-I4TOYENA.js";

// src/jobs/verify-report.ts
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var RESULT_PREFIX = "lockstep-verify-";
var MAX_RESULT_BYTES = 16 * 1024 * 1024;
function findResultFiles(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  const walk = /* @__PURE__ */ __name((d, depth) => {
    for (const entry of readdirSync(d).sort()) {
      const full = path.join(d, entry);
      const stat = lstatSync(full);
      if (stat.isDirectory()) {
        if (depth < 4) walk(full, depth + 1);
      } else if (entry.startsWith(RESULT_PREFIX) && entry.endsWith(".json")) {
        files.push(full);
      }
    }
  }, "walk");
  walk(dir, 0);
  return files;
}
__name(findResultFiles, "findResultFiles");
function loadResults(files) {
  const byTarget = /* @__PURE__ */ new Map();
  const problems = [];
  for (const file of files) {
    try {
      const stat = lstatSync(file);
      if (!stat.isFile()) throw new Error(`${file}: not a regular file (a symlink or device in an artifact is not read)`);
      if (stat.size > MAX_RESULT_BYTES) throw new Error(`${file}: ${stat.size} bytes, more than a verify result can be (${MAX_RESULT_BYTES})`);
      const result = parseVerifyResult(readFileSync(file, "utf8"), file);
      byTarget.set(result.target, result);
    } catch (error) {
      problems.push(error.message);
    }
  }
  return { results: [...byTarget.values()], problems };
}
__name(loadResults, "loadResults");
async function run(overrides = {}) {
  const deps = {
    runner: overrides.runner ?? actionsRunner(),
    env: overrides.env ?? process.env,
    artifacts: overrides.artifacts ?? (() => actionsArtifactStore())
  };
  const { runner, env } = deps;
  try {
    const failOn = parseFailOn(runner.input("fail-on"), ["error", "never"], "never");
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const resultsDir = runner.input("results-dir");
    let dir;
    if (resultsDir) {
      dir = path.resolve(workspace, resultsDir);
    } else {
      dir = mkdtempSync(path.join(env.RUNNER_TEMP ?? os.tmpdir(), "lockstep-verify-report-"));
      const downloaded = await runner.group("Download lockstep-verify-* artifacts", () => deps.artifacts().downloadAll(RESULT_PREFIX, dir));
      runner.info(`Downloaded ${downloaded.length} artifact(s).`);
    }
    const { results, problems: raw } = loadResults(findResultFiles(dir));
    const problems = raw.map((p) => p.split(`${dir}${path.sep}`).join(""));
    for (const problem of problems) runner.warning(problem, { title: "lockstep verify-report: unreadable result" });
    if (results.length === 0) {
      runner.warning(`No ${RESULT_PREFIX}*.json results found${resultsDir ? ` in ${dir}` : " among this run's artifacts"}: did the matrix jobs run lockstep/verify (with upload: true)?`, {
        title: "lockstep verify-report"
      });
    }
    const unreadable = problems.length > 0 ? `
### Unreadable results

${problems.map((p) => `- ${escapeMarkdown(p)}`).join("\n")}
` : "";
    await runner.appendSummary(`${renderMatrixMarkdown(results)}${unreadable}`);
    const failed = results.filter(hasFailure).map((r) => r.target).sort();
    runner.setOutput("targets", singleLine(results.map((r) => r.target).sort().join(",")));
    runner.setOutput("failed-targets", singleLine(failed.join(",")));
    runner.setOutput("result", failed.length > 0 ? "fail" : "pass");
    for (const r of results.filter(hasFailure)) {
      const names = r.checks.filter((c) => c.status === "fail").map((c) => c.name);
      runner.error(`${r.target}: ${names.join(", ")} failed`, { title: "lockstep verify-report" });
    }
    if (failed.length > 0 && failOn === "error") {
      runner.setFailed(`${failed.length} target(s) differ from the lock: ${failed.join(", ")}`);
    }
  } catch (error) {
    runner.setFailed(`lockstep verify-report failed: ${error.message}`);
  }
}
__name(run, "run");

// src/entries/verify-report.ts
await run();

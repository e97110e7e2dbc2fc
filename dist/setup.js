import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  isProtectedVariable,
  parseEnvFile,
  secretsToMask
} from "./chunks/chunk-E2O6RZID.js";
import {
  DEFAULT_GITHUB_URL,
  cacheDir,
  checkPlatformName,
  chooseUvVersionRequest,
  currentPlatform,
  extractTar,
  extractZip,
  find,
  githubReleasesApi,
  installUv,
  parseChecksumInput,
  parseUvSource,
  toolCacheArch,
  toolCacheVersion,
  verifySha256
} from "./chunks/chunk-7AFABJCF.js";
import "./chunks/chunk-G6EDGBQC.js";
import "./chunks/chunk-FEZADZOD.js";
import {
  locateUvProject,
  readProjectFiles,
  realPathInside,
  resolveInsideWorkspace
} from "./chunks/chunk-TO723HNK.js";
import {
  annotateFindings
} from "./chunks/chunk-GGXLFQ6J.js";
import {
  checkPixiProject,
  compareCondaVersions,
  condaVersionSatisfies,
  parsePixiManifest,
  renderMarkdown
} from "./chunks/chunk-QQONMHEQ.js";
import {
  checkResult,
  failsStep,
  parseFailOn
} from "./chunks/chunk-34IMNW2D.js";
import {
  renderText
} from "./chunks/chunk-3DLKCNQW.js";
import "./chunks/chunk-P27DNI6D.js";
import {
  renderJson
} from "./chunks/chunk-JSAGPIKN.js";
import {
  indexNameFor,
  withIndexCredentials
} from "./chunks/chunk-TTINJ2K2.js";
import {
  DEFAULT_INDEX_URL,
  SimpleApiIndex
} from "./chunks/chunk-QU52FKDZ.js";
import {
  PROJECT_FILE_LIMITS,
  checkProject,
  choosePythonRequest,
  lexicallyInside,
  parsePyproject,
  parseTargetSelection,
  readPixiProjectFiles,
  readProjectFile,
  staleLockFindings
} from "./chunks/chunk-4GBUUBSV.js";
import "./chunks/chunk-T3HDM63S.js";
import "./chunks/chunk-YKG64RBM.js";
import "./chunks/chunk-6FATSPAF.js";
import "./chunks/chunk-2VAOSJMR.js";
import {
  SETUP_STATE,
  actionsWheelStore,
  chooseUvCacheDir,
  describeRestore,
  expandHome,
  mirrorCacheState,
  noWheelStore,
  pythonInstallDir,
  readWheelStoreSettings,
  restorePythonCache,
  restoreWheelStore
} from "./chunks/chunk-CORLHALW.js";
import {
  decideCacheWrite,
  readEventContext
} from "./chunks/chunk-WRC4H7I2.js";
import {
  runProcess
} from "./chunks/chunk-DWNQWAEX.js";
import {
  HttpStatusError,
  downloadFile,
  fetchText,
  fetchWithRetry,
  redactUrl,
  retryPolicyFromEnv
} from "./chunks/chunk-GBARYC4T.js";
import {
  parseLock,
  parseToml,
  posix,
  tableAt
} from "./chunks/chunk-QTBF2I64.js";
import {
  actionsRunner
} from "./chunks/chunk-TWU3NFPK.js";
import {
  versionSatisfies
} from "./chunks/chunk-2HEI5EQZ.js";
import {
  showBidiControls
} from "./chunks/chunk-FQ4P7XNH.js";
import "./chunks/chunk-XWKXAGII.js";
import {
  LockstepError
} from "./chunks/chunk-ZL5AOOU4.js";
import "./chunks/chunk-K4IRNN4I.js";
import "./chunks/chunk-YKLTUEQ7.js";
import {
  redact
} from "./chunks/chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunks/chunk-I4TOYENA.js";

// src/jobs/setup/index.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path8 from "node:path";

// src/core/setup/summary.ts
function formatDuration(ms) {
  if (ms < 1e4) return `${(ms / 1e3).toFixed(2)} s`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const minutes = Math.floor(ms / 6e4);
  return `${minutes} min ${Math.round((ms - minutes * 6e4) / 1e3)} s`;
}
__name(formatDuration, "formatDuration");
function escapeMarkdownCell(text) {
  return showBidiControls(
    text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/([*_`[\]$])/g, "\\$1").replace(/\r?\n/g, "<br>")
  );
}
__name(escapeMarkdownCell, "escapeMarkdownCell");
var OUTCOME_MARK = { done: "\u2705", skipped: "\u23ED\uFE0F", failed: "\u274C" };
function renderSetupSummary(rows, title = "lockstep setup") {
  const lines = [`### ${escapeMarkdownCell(title)}`, "", "| Step | Result | Time |", "| --- | --- | ---: |"];
  for (const row of rows) {
    lines.push(
      `| ${OUTCOME_MARK[row.outcome]} ${escapeMarkdownCell(row.step)} | ${escapeMarkdownCell(row.detail)} | ${formatDuration(row.durationMs)} |`
    );
  }
  const total = rows.reduce((sum, r) => sum + r.durationMs, 0);
  lines.push(`| **Total** | | ${formatDuration(total)} |`, "");
  return lines.join("\n");
}
__name(renderSetupSummary, "renderSetupSummary");

// src/adapters/problem-matchers.ts
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// src/core/setup/problem-matchers.ts
var FRAME = { regexp: '^\\s*File "(.+)", line (\\d+)(, in .+)?$', file: 1, line: 2 };
var SOURCE = { regexp: "^    \\S.*$" };
var CARETS = { regexp: "^\\s+[~^]+[~^\\s]*$" };
var EXCEPTION = { regexp: "^([A-Za-z_][\\w.]*(: .*)?)$", message: 1 };
var PYTHON_PROBLEM_MATCHERS = {
  problemMatcher: [
    { owner: "lockstep-python-traceback", pattern: [FRAME, SOURCE, EXCEPTION] },
    { owner: "lockstep-python-traceback-carets", pattern: [FRAME, SOURCE, CARETS, EXCEPTION] },
    { owner: "lockstep-python-traceback-no-source", pattern: [FRAME, EXCEPTION] }
  ]
};

// src/adapters/problem-matchers.ts
function registerPythonProblemMatchers(runner, env) {
  const dir = env.RUNNER_TEMP || os.tmpdir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "lockstep-python-problem-matchers.json");
  writeFileSync(file, `${JSON.stringify(PYTHON_PROBLEM_MATCHERS, null, 2)}
`);
  runner.addProblemMatcher(file);
  return file;
}
__name(registerPythonProblemMatchers, "registerPythonProblemMatchers");

// src/jobs/setup/inputs.ts
function splitList(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
__name(splitList, "splitList");
function readSetupInputs(runner) {
  return {
    workingDirectory: runner.input("working-directory") || ".",
    uvVersion: runner.input("version"),
    versionFile: runner.input("version-file"),
    uvSource: runner.input("uv-source") || "auto",
    checksum: parseChecksum(runner.input("checksum")),
    githubUrl: runner.input("github-url") || DEFAULT_GITHUB_URL,
    githubToken: runner.input("github-token"),
    indexUrl: runner.input("index-url") || DEFAULT_INDEX_URL,
    pythonVersion: runner.input("python-version"),
    locked: runner.booleanInput("locked", true),
    groups: splitList(runner.input("groups")),
    extras: splitList(runner.input("extras")),
    allExtras: runner.booleanInput("all-extras", false),
    noDefaultGroups: runner.booleanInput("no-default-groups", false),
    activateEnvironment: runner.input("activate-environment") ? runner.booleanInput("activate-environment", true) : null,
    cacheLocalPath: runner.input("cache-local-path"),
    cachePython: runner.booleanInput("cache-python", false),
    toolDir: runner.input("tool-dir"),
    toolBinDir: runner.input("tool-bin-dir"),
    envFile: runner.input("env-file") || ".env",
    addProblemMatchers: runner.booleanInput("add-problem-matchers", true),
    envFileAllowIndex: runner.booleanInput("env-file-allow-index", false),
    targets: parseTargetSelection(runner.input("targets")),
    failOn: parseFailOn(runner.input("fail-on")),
    driver: parseDriver(runner.input("driver"))
  };
}
__name(readSetupInputs, "readSetupInputs");
function parseChecksum(value) {
  const checksum = parseChecksumInput(value);
  if (checksum === null) {
    throw new LockstepError(`checksum: \`${value}\` is not a sha256`, { hint: "Give the 64 hex digits of the uv file this job downloads (`sha256sum` prints them), or leave `checksum` empty." });
  }
  return checksum;
}
__name(parseChecksum, "parseChecksum");
function parseDriver(value) {
  if (!value) return null;
  if (!/^\d{3}(\.\d+){0,2}$/.test(value)) {
    throw new LockstepError(`driver: \`${value}\` is not an NVIDIA driver version.`, {
      hint: "Give the version nvidia-smi reports on the GPU runners, like 550.54.15 (or leave `driver` empty)."
    });
  }
  return value;
}
__name(parseDriver, "parseDriver");

// src/jobs/setup/modes/no-project.ts
import path5 from "node:path";

// src/jobs/setup/session.ts
import path2 from "node:path";
var AlreadyReported = class extends Error {
  static {
    __name(this, "AlreadyReported");
  }
};
var StepRecorder = class {
  constructor(runner) {
    this.runner = runner;
  }
  runner;
  static {
    __name(this, "StepRecorder");
  }
  rows = [];
  /** Markdown that follows the steps table in the job summary (the lock matrix table). */
  sections = [];
  /** Runs one step in a log group, timing it; `fn` returns the summary detail. */
  async step(name, fn) {
    const started = Date.now();
    try {
      const result = await this.runner.group(name, fn);
      const { detail, outcome } = typeof result === "string" ? { detail: result, outcome: "done" } : result;
      this.rows.push({ step: name, detail, outcome, durationMs: Date.now() - started });
    } catch (error) {
      const detail = error instanceof LockstepError || error instanceof AlreadyReported ? error.message.split("\n")[0] : "failed";
      this.rows.push({ step: name, detail, outcome: "failed", durationMs: Date.now() - started });
      throw error;
    }
  }
};
function required(value, what) {
  if (value === void 0) throw new Error(`setup: ${what} is not known yet (a mode ran a step before the one that finds it)`);
  return value;
}
__name(required, "required");
function workspaceRoot(env) {
  return path2.resolve(env.GITHUB_WORKSPACE || process.cwd());
}
__name(workspaceRoot, "workspaceRoot");
function relativeToWorkspace(workspace, file) {
  const relative = path2.relative(workspace, file);
  return relative && !relative.startsWith("..") ? relative.split(path2.sep).join("/") : relative === "" ? "." : file;
}
__name(relativeToWorkspace, "relativeToWorkspace");
async function readOptional(file, maxBytes = PROJECT_FILE_LIMITS.manifest) {
  return readProjectFile(file, { maxBytes, shown: path2.basename(file) }) ?? void 0;
}
__name(readOptional, "readOptional");

// src/jobs/setup/steps.ts
import { existsSync } from "node:fs";
import os3 from "node:os";
import path4 from "node:path";

// src/core/setup/version-file.ts
function toolVersions(text) {
  const out = { ignored: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const [tool, ...versions] = line.split(/\s+/);
    if (tool !== "uv" && tool !== "python") continue;
    const version = versions.find((v) => !/^(ref:|path:)/.test(v) && v !== "system");
    if (versions.length > 1 || versions[0] && versions[0] !== version) out.ignored.push(line);
    if (version && out[tool] === void 0) out[tool] = version;
  }
  return out;
}
__name(toolVersions, "toolVersions");
function uvRequirement(requirement) {
  const m = /^\s*uv\s*(\[[^\]]*\])?\s*((?:[<>=!~]=?|===)[^;#]*)?(?:[;#].*)?$/i.exec(requirement);
  if (!m) return void 0;
  const spec = (m[2] ?? "").trim();
  return spec.startsWith("==") && !spec.includes(",") && !spec.includes("*") ? spec.slice(2).trim() : spec || void 0;
}
__name(uvRequirement, "uvRequirement");
function table(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
__name(table, "table");
function pyproject(text, file) {
  const doc = parseToml(text, file);
  const required2 = table(table(doc.tool)?.uv)?.["required-version"];
  if (typeof required2 === "string") return { uv: required2, ignored: [] };
  const lists = [table(doc.project)?.dependencies, ...Object.values(table(doc["dependency-groups"]) ?? {})];
  for (const list of lists) {
    for (const item of Array.isArray(list) ? list : []) {
      const spec = typeof item === "string" ? uvRequirement(item) : void 0;
      if (spec) return { uv: spec, ignored: [] };
    }
  }
  return { ignored: [] };
}
__name(pyproject, "pyproject");
function uvLock(text, file) {
  const packages = parseToml(text, file).package;
  const uv = Array.isArray(packages) ? packages.map(table).find((p) => p?.name === "uv") : void 0;
  return typeof uv?.version === "string" ? { uv: uv.version, ignored: [] } : { ignored: [] };
}
__name(uvLock, "uvLock");
function readVersionFile(file, text) {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (name === ".tool-versions") return toolVersions(text);
  if (name === "uv.toml") {
    const required2 = parseToml(text, file)["required-version"];
    return typeof required2 === "string" ? { uv: required2, ignored: [] } : { ignored: [] };
  }
  if (name === "pyproject.toml") return pyproject(text, file);
  if (name === "uv.lock") return uvLock(text, file);
  for (const line of text.split(/\r?\n/)) {
    const spec = uvRequirement(line);
    if (spec) return { uv: spec, ignored: [] };
  }
  return { ignored: [] };
}
__name(readVersionFile, "readVersionFile");

// src/core/setup/uv-config.ts
function discoverUvConfig(startDir, read) {
  for (let dir = startDir; dir !== null; dir = posix.parent(dir)) {
    const uvToml = posix.join(dir, "uv.toml");
    const text = read(uvToml);
    if (text !== null) return { file: uvToml, settings: parseToml(text, uvToml) };
    const pyproject2 = posix.join(dir, "pyproject.toml");
    const pyprojectText = read(pyproject2);
    const uv = pyprojectText === null ? void 0 : tableAt(parseOrSkip(pyprojectText, pyproject2), "tool", "uv");
    if (uv) return { file: pyproject2, settings: uv };
  }
  return null;
}
__name(discoverUvConfig, "discoverUvConfig");
function parseOrSkip(text, file) {
  try {
    return parseToml(text, file);
  } catch {
    return {};
  }
}
__name(parseOrSkip, "parseOrSkip");
function configuredCacheDir(config) {
  const value = config?.settings["cache-dir"];
  return typeof value === "string" && value !== "" ? value : void 0;
}
__name(configuredCacheDir, "configuredCacheDir");
function uvEnvFlag(value) {
  return value !== void 0 && ["1", "true", "t", "yes", "y", "on"].includes(value.trim().toLowerCase());
}
__name(uvEnvFlag, "uvEnvFlag");

// src/adapters/uv.ts
var SYNC_TIMEOUT_MS = 6 * 60 * 6e4;
var PYTHON_INSTALL_TIMEOUT_MS = 30 * 6e4;
var Uv = class {
  constructor(binary, run2, env = () => process.env) {
    this.binary = binary;
    this.run = run2;
    this.env = env;
  }
  binary;
  run;
  env;
  static {
    __name(this, "Uv");
  }
  lockCheckFlag;
  exec(args, cwd, echo = false, timeoutMs) {
    return this.run(this.binary, args, { cwd, env: { ...this.env(), NO_COLOR: "1" }, echo, timeoutMs });
  }
  fail(what, result, hint) {
    const output = (result.stderr || result.stdout).trim();
    throw new LockstepError(`${what} failed (exit ${result.exitCode})${output ? `:
${output}` : ""}`, { hint });
  }
  /** `uv --version` → `0.13.9`. */
  async version() {
    const result = await this.exec(["--version"]);
    if (result.exitCode !== 0) this.fail("uv --version", result);
    const m = /uv\s+(\S+)/.exec(result.stdout);
    if (!m?.[1]) throw new LockstepError(`cannot read uv's version from "${result.stdout.trim()}"`);
    return m[1];
  }
  /**
   * The flag that makes `uv lock` only check: `--check` in current uv, `--locked` in releases that
   * predate it. Known after a `lockCheck`; otherwise read from `uv lock --help`.
   */
  async lockCheckFlagSpelling() {
    if (this.lockCheckFlag) return this.lockCheckFlag;
    const help = await this.exec(["lock", "--help"]);
    this.lockCheckFlag = /\s--check\b/.test(help.stdout) ? "--check" : "--locked";
    return this.lockCheckFlag;
  }
  /**
   * Whether uv.lock still matches pyproject.toml. The caller checks first that uv.lock exists.
   * `--check` is tried first: a uv that predates it refuses the argument (clap's usage error), and
   * only then is the check repeated with `--locked`, so a current uv costs one process, not two.
   */
  async lockCheck(projectDir, python, options = {}) {
    const args = /* @__PURE__ */ __name((flag2) => ["lock", flag2, "--python", python, ...options.ownCache ? ["--no-cache"] : []], "args");
    let flag = this.lockCheckFlag ?? "--check";
    let result = await this.exec(args(flag), projectDir);
    if (flag === "--check" && result.exitCode !== 0 && /unexpected argument '--check'|Found argument '--check' which wasn't expected/.test(result.stderr)) {
      flag = "--locked";
      result = await this.exec(args(flag), projectDir);
    }
    this.lockCheckFlag = flag;
    if (result.exitCode === 0) return { status: "up-to-date" };
    const output = `${result.stderr}
${result.stdout}`;
    if (/needs to be updated|lockfile.*out of date|does not match/i.test(output)) {
      return { status: "stale", message: output.trim().split("\n").filter((l) => /error|needs|update/i.test(l)).join("\n") };
    }
    this.fail(`uv lock ${flag}`, result, "Run `uv lock` locally to see the full error.");
  }
  /** `uv sync`: builds the project environment from the lock. Output goes to the log as it comes. */
  async sync(options) {
    const args = ["sync", "--python", options.python];
    if (options.locked) args.push("--locked");
    if (options.noDefaultGroups) args.push("--no-default-groups");
    for (const group of options.groups) args.push("--group", group);
    if (options.allExtras) args.push("--all-extras");
    else for (const extra of options.extras) args.push("--extra", extra);
    const result = await this.exec(args, options.projectDir, true, SYNC_TIMEOUT_MS);
    if (result.exitCode !== 0) this.fail(`uv ${args.join(" ")}`, result);
  }
  /** `uv venv PATH --python PYTHON`: a bare virtual environment (the no-project mode's `activate-environment`). */
  async venv(venvPath, python, cwd, noProject = true) {
    const args = ["venv", venvPath, "--python", python, ...noProject ? ["--no-project"] : []];
    const result = await this.exec(args, cwd, true);
    if (result.exitCode !== 0) this.fail(`uv ${args.join(" ")}`, result);
  }
  /** The interpreter uv would use for a request, among installed ones; undefined when none matches. */
  async pythonFind(request, projectDir) {
    const result = await this.exec(["python", "find", "--system", request], projectDir);
    if (result.exitCode !== 0) return void 0;
    return result.stdout.trim().split("\n").pop()?.trim() || void 0;
  }
  /**
   * {@link pythonFind} and the interpreter's exact version, asked from uv (`--show-version`) at the
   * same time rather than by starting the interpreter afterwards; `version` is undefined when uv's
   * answer is not a plain version (the caller then asks the interpreter).
   */
  async pythonFindWithVersion(request, projectDir) {
    const [found, shown] = await Promise.all([this.pythonFind(request, projectDir), this.exec(["python", "find", "--system", "--show-version", request], projectDir)]);
    if (!found) return void 0;
    const version = shown.exitCode === 0 ? shown.stdout.trim().split("\n").pop()?.trim() : void 0;
    return { path: found, version: version && /^\d+\.\d+\.\d+([abc]|rc)?\d*$/.test(version) ? version : void 0 };
  }
  async pythonInstall(request, projectDir) {
    return this.exec(["python", "install", request], projectDir, true, PYTHON_INSTALL_TIMEOUT_MS);
  }
  /** `uv python dir`: where uv puts the interpreters it installs. */
  async pythonDir(cwd) {
    const result = await this.exec(["python", "dir"], cwd);
    if (result.exitCode !== 0) this.fail("uv python dir", result);
    return result.stdout.trim().split("\n").pop().trim();
  }
  /** Interpreters uv can see without downloading (managed and system), for error messages. */
  async pythonListInstalled(projectDir) {
    const result = await this.exec(["python", "list", "--only-installed", "--output-format", "json"], projectDir);
    if (result.exitCode !== 0) return [];
    try {
      const entries = JSON.parse(result.stdout);
      return entries.filter((e) => e.version && e.path).map((e) => ({ version: e.version, path: e.path }));
    } catch {
      return [];
    }
  }
};
async function pythonVersionOf(python, run2) {
  const result = await run2(python, ["-c", "import platform; print(platform.python_version())"], { timeoutMs: 3e4 });
  if (result.exitCode !== 0) throw new LockstepError(`cannot run ${python}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}
__name(pythonVersionOf, "pythonVersionOf");

// src/jobs/lock-matrix.ts
import { mkdtempSync, writeFileSync as writeFileSync2 } from "node:fs";
import os2 from "node:os";
import path3 from "node:path";
var TITLE = { error: "errors", warning: "warnings", notice: "notices" };
function checkLockMatrix(runner, request) {
  const options = {
    extras: request.extras,
    allExtras: request.allExtras,
    groups: request.groups,
    noDefaultGroups: request.noDefaultGroups,
    driver: request.driver,
    thisRun: request.thisRun ? [request.thisRun] : []
  };
  if (request.targets.kind === "explicit") options.targets = request.targets.targets;
  const full = checkProject(readProjectFiles(request.projectDir), options);
  const report = { ...full, findings: full.findings.filter((f) => f.code !== "lock-stale") };
  runner.info(renderText(report).trimEnd());
  const dir = mkdtempSync(path3.join(request.runnerTemp || os2.tmpdir(), "lockstep-check-"));
  const jsonPath = path3.join(dir, "check.json");
  writeFileSync2(jsonPath, redact(renderJson(report)));
  runner.info(`JSON report: ${jsonPath}`);
  annotate(runner, report.findings, request.rel);
  const result = checkResult(report.findings);
  const count = /* @__PURE__ */ __name((severity) => report.findings.filter((f) => f.severity === severity).length, "count");
  const fails = failsStep(result, request.failOn);
  const detail = `${report.targets.length} target(s): ${count("error")} error(s), ${count("warning")} warning(s)` + (result === "pass" ? "" : fails ? ` (fail-on: ${request.failOn}: uv sync not run)` : ` (fail-on: ${request.failOn})`);
  return { result, report, jsonPath, summary: renderMarkdown(report), fails, detail };
}
__name(checkLockMatrix, "checkLockMatrix");
function annotate(runner, findings, rel) {
  const perLine = findings.flatMap(
    (f) => f.related && f.related.length > 0 ? f.related.map((r) => ({ code: f.code, severity: f.severity, message: r.message, file: f.file, line: r.line, column: r.column, ...r.package ? { package: r.package } : {} })) : [f]
  );
  annotateFindings(runner, perLine, {
    position: /* @__PURE__ */ __name((f) => ({ file: f.file ? rel(f.file) : void 0, line: f.line, column: f.column, title: `lockstep check: ${f.code}${f.package ? ` (${f.package})` : ""}` }), "position"),
    more: /* @__PURE__ */ __name((severity, more) => ({
      message: `\u2026and ${more} more ${TITLE[severity]} from the lock matrix check: see the job summary table and the JSON report (the report-path output).`,
      title: `lockstep check: ${more} more ${TITLE[severity]}`
    }), "more")
  });
}
__name(annotate, "annotate");

// src/jobs/setup/steps.ts
function allowsPython(version, requiresPython) {
  try {
    return versionSatisfies(version, requiresPython, { prereleases: true });
  } catch {
    return true;
  }
}
__name(allowsPython, "allowsPython");
function describeRequest(request) {
  if (request.kind === "exact") return request.origin === "default" ? `default ${request.version}` : `${request.version} from ${request.origin}`;
  if (request.kind === "latest") return `latest (${request.origin})`;
  return `"${request.specifier}" from ${request.origin}`;
}
__name(describeRequest, "describeRequest");
async function uvTomlRequiredVersion(s, dir) {
  const file = path4.join(dir, "uv.toml");
  const text = await readOptional(file);
  if (text === void 0) return void 0;
  const required2 = parseToml(text, s.rel(file))["required-version"];
  return typeof required2 === "string" ? required2 : void 0;
}
__name(uvTomlRequiredVersion, "uvTomlRequiredVersion");
function readUvConfigCacheDir(s, startDir) {
  if (uvEnvFlag(s.env.UV_NO_CONFIG)) return void 0;
  let config;
  if (s.env.UV_CONFIG_FILE) {
    const file = path4.resolve(s.workingDir, s.env.UV_CONFIG_FILE);
    const text = readProjectFile(file, { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: s.rel(file) });
    config = text === null ? null : { file: s.rel(file), settings: parseToml(text, s.rel(file)) };
  } else {
    const base = lexicallyInside(s.workspace, startDir) ? s.workspace : startDir;
    const start = path4.relative(base, startDir).split(path4.sep).join("/");
    config = discoverUvConfig(start, (rel) => readProjectFile(path4.join(base, rel), { maxBytes: PROJECT_FILE_LIMITS.manifest, shown: s.rel(path4.join(base, rel)) }));
    if (config) config = { ...config, file: s.rel(path4.join(base, config.file)) };
  }
  const value = configuredCacheDir(config);
  return value === void 0 || !config ? void 0 : { dir: path4.resolve(s.workingDir, value), file: config.file };
}
__name(readUvConfigCacheDir, "readUvConfigCacheDir");
function pythonVersionDirs(s) {
  return s.rootDir === s.projectDir ? [s.projectDir] : [s.projectDir, s.rootDir];
}
__name(pythonVersionDirs, "pythonVersionDirs");
var readProject = /* @__PURE__ */ __name((s) => s.recorder.step("Read project", async () => {
  const file = path4.join(s.projectDir, "pyproject.toml");
  const text = await readOptional(file);
  if (text === void 0) {
    throw new LockstepError(`no pyproject.toml in ${s.rel(s.projectDir)}`, { hint: "Set `working-directory` to the folder that holds the uv project." });
  }
  s.pyproject = parsePyproject(text, s.rel(file));
  s.rootPyproject = s.pyproject;
  if (s.rootDir !== s.projectDir) {
    const rootFile = path4.join(s.rootDir, "pyproject.toml");
    s.rootPyproject = parsePyproject(await readOptional(rootFile) ?? "", s.rel(rootFile));
  }
  s.uvTomlRequiredVersion = await uvTomlRequiredVersion(s, s.rootDir);
  s.uvConfigCacheDir = readUvConfigCacheDir(s, s.rootDir);
  await readVersionFileInput(s);
  for (const dir of pythonVersionDirs(s)) s.pythonVersionFile ??= await readOptional(path4.join(dir, ".python-version"));
  const where = s.layout.kind === "workspace-member" ? ` (workspace member; root ${s.rel(s.rootDir)})` : "";
  return `${s.rel(file)}${where}${s.pyproject.requiresPython ? `, requires-python ${s.pyproject.requiresPython}` : ""}`;
}), "readProject");
async function readVersionFileInput(s) {
  if (!s.inputs.versionFile) return;
  const file = path4.resolve(s.workingDir, expandHome(s.inputs.versionFile, s.env));
  const shown = s.rel(file);
  const text = await readOptional(file, PROJECT_FILE_LIMITS.lock);
  if (text === void 0) {
    throw new LockstepError(`version-file ${shown} does not exist`, { hint: "Point `version-file` at uv.toml, pyproject.toml, .tool-versions, uv.lock or a requirements file (relative to working-directory), or remove it." });
  }
  const contents = readVersionFile(file, text);
  for (const line of contents.ignored) s.runner.warning(`${shown}: \`${line}\` names more than one version or a non-version (ref:, path:, system); only the first version is used`, { file: shown });
  if (!contents.uv) s.runner.warning(`version-file ${shown} names no uv version; using the default search (uv.toml, pyproject.toml)`, { file: shown });
  s.versionFile = { file: shown, uv: contents.uv, python: contents.python };
}
__name(readVersionFileInput, "readVersionFileInput");
var readWorkingDirectory = /* @__PURE__ */ __name((s) => s.recorder.step("Read working directory", async () => {
  await readVersionFileInput(s);
  s.uvTomlRequiredVersion = await uvTomlRequiredVersion(s, s.workingDir);
  s.uvConfigCacheDir = readUvConfigCacheDir(s, s.workingDir);
  s.pythonVersionFile = await readOptional(path4.join(s.workingDir, ".python-version"), PROJECT_FILE_LIMITS.small);
  const found = [s.versionFile ? `version-file ${s.versionFile.file}` : "", s.pythonVersionFile !== void 0 ? ".python-version" : ""].filter(Boolean);
  return `no uv project in ${s.rel(s.workingDir)}${found.length ? `; read ${found.join(", ")}` : ""}`;
}), "readWorkingDirectory");
var installUvStep = /* @__PURE__ */ __name((s) => s.recorder.step("Install uv", async () => {
  const { runner, env, inputs } = s;
  s.uvCacheDir = chooseUvCacheDir(env, inputs.cacheLocalPath, s.workingDir, s.uvConfigCacheDir?.dir);
  if (s.uvConfigCacheDir && !inputs.cacheLocalPath && !env.UV_CACHE_DIR) {
    s.log(`uv cache: ${s.rel(s.uvConfigCacheDir.dir)} (cache-dir in ${s.uvConfigCacheDir.file}), exported as UV_CACHE_DIR`);
  }
  const request = chooseUvVersionRequest({
    input: inputs.uvVersion,
    versionFile: s.versionFile?.uv ? { file: s.versionFile.file, version: s.versionFile.uv } : void 0,
    uvTomlRequiredVersion: s.uvTomlRequiredVersion,
    pyprojectRequiredVersion: s.rootPyproject?.tool.uv.requiredVersion ?? void 0
  });
  s.log(`uv version: ${describeRequest(request)}`);
  const policy = retryPolicyFromEnv(env);
  const releasesApi = githubReleasesApi(inputs.githubUrl, env);
  const installed = await installUv(request, {
    source: parseUvSource(inputs.uvSource),
    // A named [[tool.uv.index]] at the same URL lends its UV_INDEX_<NAME>_USERNAME / _PASSWORD.
    index: new SimpleApiIndex(withIndexCredentials(inputs.indexUrl, indexNameFor(inputs.indexUrl, s.rootPyproject?.tool.uv.indexes ?? []), env), policy, (m) => s.log(m)),
    githubUrl: inputs.githubUrl,
    githubApiUrl: releasesApi.url,
    githubToken: releasesApi.sendToken ? inputs.githubToken : "",
    platform: s.deps.platform,
    policy,
    log: /* @__PURE__ */ __name((m) => s.log(m), "log"),
    checksum: inputs.checksum
  });
  s.installed = installed;
  runner.addPath(installed.dir);
  if (s.uvCacheDir) runner.exportVariable("UV_CACHE_DIR", s.uvCacheDir);
  if (inputs.toolDir) runner.exportVariable("UV_TOOL_DIR", path4.resolve(s.workingDir, expandHome(inputs.toolDir, env)));
  if (inputs.toolBinDir) {
    const bin = path4.resolve(s.workingDir, expandHome(inputs.toolBinDir, env));
    runner.exportVariable("UV_TOOL_BIN_DIR", bin);
    runner.addPath(bin);
  }
  s.uv = new Uv(installed.binary, s.deps.runProcess);
  s.log(`${installed.binary} reports uv ${await s.uv.version()}`);
  const exe = /* @__PURE__ */ __name((name) => path4.join(installed.dir, s.deps.platform.os === "win32" ? `${name}.exe` : name), "exe");
  runner.setOutput("uv-version", installed.version);
  runner.setOutput("uv-path", installed.binary);
  runner.setOutput("uvx-path", exe("uvx"));
  runner.saveState(SETUP_STATE.uvPath, installed.binary);
  runner.saveState(SETUP_STATE.uvVersion, installed.version);
  if (s.uvCacheDir) runner.saveState(SETUP_STATE.uvCacheDir, s.uvCacheDir);
  const from = installed.from === "tool-cache" ? "tool cache" : `downloaded from ${installed.from}`;
  return `uv ${installed.version} (${describeRequest(request)}), ${from}`;
}), "installUvStep");
function dedupe(pythons) {
  const seen = /* @__PURE__ */ new Set();
  return pythons.filter((p) => seen.has(p.version) ? false : (seen.add(p.version), true));
}
__name(dedupe, "dedupe");
function pythonRequestOf(s, anyWhenUnset = false) {
  return choosePythonRequest({
    input: s.inputs.pythonVersion,
    uvPythonEnv: s.env.UV_PYTHON,
    toolVersions: s.versionFile?.python,
    pythonVersionFile: s.pythonVersionFile,
    requiresPython: s.pyproject?.requiresPython ?? void 0,
    anyWhenUnset
  });
}
__name(pythonRequestOf, "pythonRequestOf");
var restorePythonCacheStep = /* @__PURE__ */ __name(async (s) => {
  if (!s.inputs.cachePython) return;
  const settings = readWheelStoreSettings(s.runner, s.env);
  if (!settings.enabled) {
    s.runner.setOutput("python-cache-hit", "false");
    return;
  }
  await s.recorder.step("Restore Python cache", async () => {
    const located = pythonInstallDir(s.env);
    const dir = located?.dir ?? await required(s.uv, "uv").pythonDir(s.workingDir);
    if (located?.export) s.runner.exportVariable("UV_PYTHON_INSTALL_DIR", dir);
    const request = pythonRequestOf(s, s.layout.kind === "none" || s.layout.kind === "unmanaged").request;
    const write = decideCacheWrite(settings.write, readEventContext(s.env)).write;
    const { hit, detail } = await restorePythonCache({ runner: s.runner, settings, write, dir, request, env: s.env });
    return { detail: `${detail} (${s.rel(dir)})`, outcome: hit ? "done" : "skipped" };
  });
}, "restorePythonCacheStep");
function pythonStep(options = {}) {
  return (s) => {
    s.deps.wheelStore.prepare?.(s.runner);
    return s.recorder.step("Python", async () => {
      const { runner, inputs } = s;
      const uv = required(s.uv, "uv");
      const request = pythonRequestOf(s, options.exportFound);
      s.log(`Python ${request.request} (from ${request.origin})`);
      const first = await uv.pythonFindWithVersion(request.request, s.projectDir);
      let found = first?.path;
      let how = "found";
      if (!found) {
        s.log(`no installed Python matches ${request.request}; running uv python install ${request.request}`);
        const result = await uv.pythonInstall(request.request, s.projectDir);
        found = result.exitCode === 0 ? await uv.pythonFind(request.request, s.projectDir) : void 0;
        if (!found) {
          const found2 = dedupe(await uv.pythonListInstalled(s.projectDir));
          const requiresPython = s.pyproject?.requiresPython ?? null;
          const available = requiresPython ? found2.filter((p) => allowsPython(p.version, requiresPython)) : found2;
          const reason = (result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ");
          const fromWhere = request.origin === "input" ? "the `python-version` input" : request.origin;
          throw new LockstepError(
            `Python ${request.request} (from ${fromWhere}) is not installed and uv could not install it${reason ? `: ${reason}` : ""}.
Interpreters found${requiresPython ? ` that requires-python (${requiresPython}) allows` : ""}: ${available.length ? available.map((p) => `${p.version} (${p.path})`).join(", ") : "none"}.`,
            {
              file: request.origin === ".python-version" ? s.rel(path4.join(s.projectDir, ".python-version")) : void 0,
              hint: available.length ? `Set the \`python-version\` input to one of the versions found (e.g. python-version: ${available[0].version}), or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access).` : "Set the `python-version` input to an installed version, or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access)."
            }
          );
        }
        how = "installed";
      }
      s.pythonPath = found;
      s.pythonVersion = first?.version ?? await pythonVersionOf(found, s.deps.runProcess);
      const asked = request.origin === "input" || request.origin === ".tool-versions" ? request.request : "";
      const exported = asked || (options.exportFound && request.origin !== "UV_PYTHON" ? s.pythonVersion : "");
      if (exported) runner.exportVariable("UV_PYTHON", exported);
      runner.setOutput("python-version", s.pythonVersion);
      runner.setOutput("python-path", s.pythonPath);
      runner.saveState(SETUP_STATE.pythonVersion, s.pythonVersion);
      return `CPython ${s.pythonVersion} ${how} (${request.request} from ${request.origin})${exported ? `; UV_PYTHON=${exported}` : ""}`;
    });
  };
}
__name(pythonStep, "pythonStep");
async function staleFindings(s) {
  try {
    const files = readProjectFiles(s.rootDir);
    const lockRel = s.rel(path4.join(s.rootDir, "uv.lock"));
    const lock = parseLock(await readOptional(path4.join(s.rootDir, "uv.lock"), PROJECT_FILE_LIMITS.lock) ?? "", lockRel);
    const projects = [...files.pyproject !== null ? [["pyproject.toml", files.pyproject]] : [], ...Object.entries(files.members)];
    return projects.flatMap(([file, text]) => {
      const pyproject2 = parsePyproject(text, s.rel(path4.join(s.rootDir, file)));
      if (!pyproject2.name) return [];
      return staleLockFindings(pyproject2, lock, { pyproject: pyproject2.file, lock: lockRel }).filter((f) => f.file);
    });
  } catch {
    return [];
  }
}
__name(staleFindings, "staleFindings");
var checkLock = /* @__PURE__ */ __name((s) => s.recorder.step("Check uv.lock", async () => {
  const { runner, inputs } = s;
  const uv = required(s.uv, "uv");
  const lockFile = path4.join(s.rootDir, "uv.lock");
  const pyprojectRel = s.rel(path4.join(s.projectDir, "pyproject.toml"));
  if (!existsSync(lockFile)) {
    s.lockStatus = "missing";
    runner.setOutput("lock-status", s.lockStatus);
    if (inputs.locked) {
      throw new LockstepError(`uv.lock is missing${s.rootDir !== s.projectDir ? ` at the workspace root ${s.rel(s.rootDir)}` : ""}, so the environment cannot be reproduced`, {
        file: pyprojectRel,
        hint: "Run `uv lock` and commit uv.lock, or set `locked: false` to let this step create it (not reproducible)."
      });
    }
    runner.warning("uv.lock is missing; `locked: false`, so `uv sync` will resolve and create it (this run is not reproducible: commit a uv.lock).", { file: pyprojectRel });
    s.syncLocked = false;
    return { detail: "missing: uv sync will create it (locked: false)", outcome: "done" };
  }
  const check = await (s.pendingLockCheck ?? uv.lockCheck(s.projectDir, required(s.pythonPath, "the interpreter")));
  const lockRel = s.rel(lockFile);
  if (check.status === "up-to-date") {
    s.lockStatus = "up-to-date";
    runner.setOutput("lock-status", s.lockStatus);
    s.log(`uv lock ${await uv.lockCheckFlagSpelling()}: ${lockRel} matches the project`);
    return "up to date";
  }
  s.lockStatus = "stale";
  runner.setOutput("lock-status", s.lockStatus);
  const findings = await staleFindings(s);
  const fix = `Run \`uv lock\` in ${s.rel(s.rootDir)} and commit the updated uv.lock.`;
  const annotate2 = inputs.locked ? runner.error.bind(runner) : runner.warning.bind(runner);
  annotate2(`uv.lock is out of date with pyproject.toml${check.message ? `: ${check.message}` : ""}
${fix}`, { file: lockRel, line: 1, title: "uv.lock is stale" });
  for (const finding of findings) annotate2(finding.message, { file: finding.file, line: finding.line, column: finding.column, title: "uv.lock is stale" });
  if (inputs.locked) throw new AlreadyReported("stale: run `uv lock` and commit uv.lock");
  s.syncLocked = false;
  return { detail: "stale: uv sync will update it (locked: false)", outcome: "done" };
}), "checkLock");
var lockMatrix = /* @__PURE__ */ __name(async (s) => {
  const { runner, inputs } = s;
  const targets = inputs.targets;
  if (targets.kind === "off") return;
  await s.recorder.step("Check lock matrix", async () => {
    if (s.lockStatus !== "up-to-date") {
      runner.warning(`targets: the lock matrix check is skipped because uv.lock is ${s.lockStatus}; it judges a committed, up-to-date lock.`, {
        file: s.rel(path4.join(s.lockStatus === "missing" ? s.projectDir : s.rootDir, s.lockStatus === "missing" ? "pyproject.toml" : "uv.lock"))
      });
      return { detail: `skipped: uv.lock is ${s.lockStatus}`, outcome: "skipped" };
    }
    const outcome = checkLockMatrix(runner, {
      projectDir: s.rootDir,
      targets,
      failOn: inputs.failOn,
      driver: inputs.driver,
      extras: inputs.extras,
      allExtras: inputs.allExtras,
      groups: inputs.groups,
      noDefaultGroups: inputs.noDefaultGroups,
      // The interpreter this step installs with, on this runner: a declared target, always checked.
      thisRun: s.pythonVersion ? { python: s.pythonVersion.split(".").slice(0, 2).join("."), platform: checkPlatformName(s.deps.platform) } : null,
      rel: /* @__PURE__ */ __name((file) => s.rel(path4.join(s.rootDir, file)), "rel"),
      runnerTemp: s.env.RUNNER_TEMP ?? ""
    });
    s.recorder.sections.push(outcome.summary);
    runner.setOutput("check-result", outcome.result);
    runner.setOutput("report-path", outcome.jsonPath);
    if (outcome.fails) throw new AlreadyReported(outcome.detail);
    return outcome.detail;
  });
}, "lockMatrix");
function projectVenv(s) {
  return path4.resolve(s.rootDir, s.env.UV_PROJECT_ENVIRONMENT || ".venv");
}
__name(projectVenv, "projectVenv");
var startLockCheck = /* @__PURE__ */ __name(async (s) => {
  if (!existsSync(path4.join(s.rootDir, "uv.lock"))) return;
  const check = required(s.uv, "uv").lockCheck(s.projectDir, required(s.pythonPath, "the interpreter"), { ownCache: s.deps.wheelStore !== noWheelStore });
  check.catch(() => void 0);
  s.pendingLockCheck = check;
}, "startLockCheck");
var restoreWheelStoreEarly = /* @__PURE__ */ __name(async (s) => {
  if (s.inputs.targets.kind === "off") await restoreWheelStore2(s);
}, "restoreWheelStoreEarly");
var restoreWheelStore2 = /* @__PURE__ */ __name(async (s) => {
  if (s.deps.wheelStore === noWheelStore || s.storeRestored) return;
  s.storeRestored = true;
  const installed = required(s.installed, "uv");
  await s.recorder.step("Restore wheel store", async () => {
    const restored = s.restored = await s.deps.wheelStore.restore({
      runner: s.runner,
      uvCacheDir: s.uvCacheDir ?? path4.join(os3.homedir(), ".cache", "uv"),
      projectDir: s.rootDir,
      workingDir: s.workingDir,
      lockFile: path4.join(s.rootDir, "uv.lock"),
      uvVersion: installed.version,
      uvPath: installed.binary,
      pythonVersion: required(s.pythonVersion, "the interpreter"),
      pythonPath: required(s.pythonPath, "the interpreter"),
      venvPath: projectVenv(s),
      groups: s.inputs.groups,
      extras: s.inputs.extras,
      allExtras: s.inputs.allExtras
    });
    return restored?.detail ?? "nothing restored";
  });
}, "restoreWheelStore");
function activate(s, venvPath) {
  s.venvPath = venvPath;
  s.runner.setOutput("venv", venvPath);
  s.runner.saveState(SETUP_STATE.venvPath, venvPath);
  if (!s.activate) return;
  s.runner.addPath(path4.join(venvPath, s.deps.platform.os === "win32" ? "Scripts" : "bin"));
  s.runner.exportVariable("VIRTUAL_ENV", venvPath);
}
__name(activate, "activate");
var syncVenv = /* @__PURE__ */ __name((s) => s.recorder.step("Sync .venv", async () => {
  const { inputs } = s;
  const venvPath = projectVenv(s);
  const sync = required(s.uv, "uv").sync({
    projectDir: s.projectDir,
    python: required(s.pythonPath, "the interpreter"),
    locked: s.syncLocked,
    groups: inputs.groups,
    noDefaultGroups: inputs.noDefaultGroups,
    extras: inputs.extras,
    allExtras: inputs.allExtras
  });
  await Promise.all([sync, s.restored?.whileSyncing?.()]);
  s.runner.saveState(SETUP_STATE.projectDir, s.projectDir);
  s.runner.saveState(SETUP_STATE.lockStatus, s.lockStatus);
  activate(s, venvPath);
  const selection = [
    inputs.noDefaultGroups ? "no default groups" : "",
    inputs.groups.length ? `groups ${inputs.groups.join(", ")}` : "",
    inputs.allExtras ? "all extras" : inputs.extras.length ? `extras ${inputs.extras.join(", ")}` : ""
  ].filter(Boolean);
  const from = s.projectDir !== s.rootDir ? ` from ${s.rel(s.projectDir)}` : "";
  return `${s.syncLocked ? "uv sync --locked" : "uv sync"}${from} into ${s.rel(venvPath)}${selection.length ? ` (${selection.join("; ")})` : ""}${s.activate ? ", activated" : ""}`;
}), "syncVenv");
async function exportEnvFile(options) {
  const { runner, env, inputs } = options;
  const envPath = path4.resolve(options.dir, inputs.envFile);
  const shown = options.rel(envPath);
  const workspace = workspaceRoot(env);
  if (lexicallyInside(workspace, envPath) === null || !realPathInside(workspace, envPath)) {
    runner.warning(`${shown} is not loaded: it leads outside the workspace (a symlink or a path with ..); keep the .env file in the repository.`, { title: "env-file outside the workspace" });
    return { detail: `${shown} leads outside the workspace, not loaded`, outcome: "skipped" };
  }
  const text = await readOptional(envPath, PROJECT_FILE_LIMITS.small);
  if (text === void 0) {
    const named = runner.input("env-file");
    if (named && named !== ".env") runner.warning(`env-file ${shown} does not exist; nothing loaded`);
    else runner.info(`${shown} not found: nothing to load`);
    return { detail: `${shown} not found, skipped`, outcome: "skipped" };
  }
  const contents = parseEnvFile(text, { expandFrom: { ...env, ...options.expandFrom } });
  for (const problem of contents.problems) {
    runner.warning(`${shown} line ${problem.line}: ${problem.message}`, { file: shown, line: problem.line, title: "malformed .env line" });
  }
  let masked = 0;
  const protection = { allowIndexRedirection: inputs.envFileAllowIndex };
  const blocked = contents.variables.filter((v) => isProtectedVariable(v.name, protection));
  for (const variable of blocked) {
    const why = isProtectedVariable(variable.name, { allowIndexRedirection: true }) ? "it would change what every later step runs (set it in the workflow's env: if you really need it)" : "it would send uv and pip to another index (set `env-file-allow-index: true` if the project really needs it)";
    runner.warning(`${shown} line ${variable.line}: ${variable.name} is not exported: ${why}`, { file: shown, line: variable.line, title: "protected variable in .env" });
  }
  const exported = contents.variables.filter((v) => !isProtectedVariable(v.name, protection));
  for (const variable of exported) {
    const masks = secretsToMask(variable.name, variable.value);
    for (const mask of masks) runner.setSecret(mask);
    if (masks.length > 0) masked++;
    runner.exportVariable(variable.name, variable.value);
  }
  runner.info(`exported ${exported.length} variables from ${shown}: ${exported.map((v) => v.name).join(", ")}`);
  const notes = [masked ? `${masked} masked` : "", blocked.length ? `${blocked.length} protected name(s) not exported` : "", contents.problems.length ? `${contents.problems.length} malformed line(s) skipped` : ""].filter(Boolean).join(", ");
  return `${exported.length} variables from ${shown}${notes ? ` (${notes})` : ""}`;
}
__name(exportEnvFile, "exportEnvFile");
var loadEnvFile = /* @__PURE__ */ __name((s) => s.recorder.step(
  "Load .env",
  () => exportEnvFile({
    runner: s.runner,
    env: s.env,
    dir: s.workingDir,
    inputs: s.inputs,
    expandFrom: s.activate && s.venvPath ? { VIRTUAL_ENV: s.venvPath } : {},
    rel: s.rel
  })
), "loadEnvFile");

// src/jobs/setup/modes/no-project.ts
var createVenv = /* @__PURE__ */ __name(async (s) => {
  if (!s.activate) return;
  await s.recorder.step("Create .venv", async () => {
    const venvPath = path5.resolve(s.workingDir, ".venv");
    await required(s.uv, "uv").venv(venvPath, required(s.pythonPath, "the interpreter"), s.workingDir);
    activate(s, venvPath);
    return `uv venv ${s.rel(venvPath)}, activated`;
  });
}, "createVenv");
var noProjectMode = {
  name: "no project",
  applies: /* @__PURE__ */ __name((facts) => facts.layout.kind === "none" || facts.layout.kind === "unmanaged", "applies"),
  describe: /* @__PURE__ */ __name((facts) => facts.layout.kind === "unmanaged" ? "pyproject.toml sets tool.uv.managed = false: uv and Python only" : "no uv project here: uv and Python only", "describe"),
  notice: /* @__PURE__ */ __name((facts) => `No uv project in ${facts.layout.projectDir || "the repository root"}${facts.layout.kind === "unmanaged" ? " (tool.uv.managed = false)" : ""}: installed uv and Python and set UV_PYTHON; no lock was checked and nothing was synced. Point \`working-directory\` at a folder with pyproject.toml and uv.lock for the full setup.`, "notice"),
  activatesByDefault: false,
  plan: /* @__PURE__ */ __name(() => [readWorkingDirectory, installUvStep, restorePythonCacheStep, pythonStep({ exportFound: true }), restoreWheelStore2, createVenv, loadEnvFile], "plan")
};

// src/jobs/setup/pixi-steps.ts
import path7 from "node:path";

// src/core/setup/pixi.ts
var EXACT = /^v?(\d+\.\d+\.\d+)$/;
function choosePixiVersionRequest(input, requiresPixi2, where) {
  const wanted = input.trim();
  if (wanted === "latest") return { kind: "latest", origin: "input" };
  if (wanted) {
    const exact = EXACT.exec(wanted);
    if (exact) return { kind: "exact", version: exact[1], origin: "input" };
    if (condaVersionSatisfies("0.0.0", wanted) === null) throw new LockstepError(`pixi-version "${wanted}" is neither a version nor a version spec`, { hint: "Use 0.63.2, a spec such as >=0.60, or latest." });
    return { kind: "spec", spec: wanted, origin: "input" };
  }
  const spec = requiresPixi2?.trim();
  if (spec) {
    const exact = /^(?:==)?\s*v?(\d+\.\d+\.\d+)$/.exec(spec);
    if (exact) return { kind: "exact", version: exact[1], origin: "requires-pixi" };
    if (condaVersionSatisfies("0.0.0", spec) === null) {
      throw new LockstepError(`requires-pixi "${spec}" is not a version spec lockstep can read`, { file: where?.file, line: where?.line, hint: 'Write it like pixi does: ">=0.60", ">=0.60,<1".' });
    }
    return { kind: "spec", spec, origin: "requires-pixi", ...where ? { file: where.file, ...where.line !== void 0 ? { line: where.line } : {} } : {} };
  }
  return { kind: "latest", origin: "default" };
}
__name(choosePixiVersionRequest, "choosePixiVersionRequest");
function resolvePixiVersion(request, releases) {
  if (request.kind === "exact") return request.version;
  const finals = releases.map((r) => r.replace(/^v/, "")).filter((r) => /^\d+\.\d+\.\d+$/.test(r)).sort((a, b) => compareCondaVersions(b, a));
  const picked = request.kind === "latest" ? finals[0] : finals.find((v) => condaVersionSatisfies(v, request.spec) === true);
  if (!picked) {
    const what = request.kind === "latest" ? '"latest"' : `"${request.spec}" (${request.origin})`;
    throw new LockstepError(`no pixi release satisfies ${what}; newest known: ${finals[0] ?? "none"}`, {
      ...request.kind === "spec" && request.file ? { file: request.file, line: request.line } : {},
      hint: "Relax requires-pixi, or set the `pixi-version` input to a published release."
    });
  }
  return picked;
}
__name(resolvePixiVersion, "resolvePixiVersion");
function pixiTargetTriple(p) {
  const cpu = p.arch === "x64" ? "x86_64" : "aarch64";
  if (p.os === "darwin") return `${cpu}-apple-darwin`;
  if (p.os === "win32") return `${cpu}-pc-windows-msvc`;
  return `${cpu}-unknown-linux-musl`;
}
__name(pixiTargetTriple, "pixiTargetTriple");
function pixiArchiveName(p) {
  return `pixi-${pixiTargetTriple(p)}.${p.os === "win32" ? "zip" : "tar.gz"}`;
}
__name(pixiArchiveName, "pixiArchiveName");
function pixiExecutableName(p) {
  return p.os === "win32" ? "pixi.exe" : "pixi";
}
__name(pixiExecutableName, "pixiExecutableName");
function parseShellHookJson(text, currentPath, delimiter) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new LockstepError("`pixi shell-hook --json` did not print JSON", { hint: "Check the pixi version (shell-hook --json needs pixi 0.23 or newer)." });
  }
  const vars = doc?.environment_variables;
  if (!vars || typeof vars !== "object" || Array.isArray(vars)) throw new LockstepError("`pixi shell-hook --json` printed no `environment_variables` object");
  const variables = {};
  let pathEntries = [];
  const known = new Set(currentPath.split(delimiter).filter(Boolean));
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value !== "string") continue;
    if (name === "PATH" || name === "Path") pathEntries = value.split(delimiter).filter((p) => p && !known.has(p));
    else variables[name] = value;
  }
  return { variables, pathEntries };
}
__name(parseShellHookJson, "parseShellHookJson");

// src/adapters/install/pixi-release.ts
import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import os4 from "node:os";
import path6 from "node:path";
var TOOL = "pixi";
var REPO = "prefix-dev/pixi";
var MAX_RELEASE_PAGES = 10;
var trimSlash = /* @__PURE__ */ __name((url) => url.replace(/\/+$/, ""), "trimSlash");
var PixiReleases = class {
  constructor(context, githubUrl = DEFAULT_GITHUB_URL, apiUrl = "https://api.github.com", token = "") {
    this.context = context;
    this.githubUrl = githubUrl;
    this.apiUrl = apiUrl;
    this.token = token;
  }
  context;
  githubUrl;
  apiUrl;
  token;
  static {
    __name(this, "PixiReleases");
  }
  /** Every published pixi version (tags without the `v`). */
  async listReleases() {
    const headers = { Accept: "application/vnd.github+json" };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const versions = [];
    for (let page = 1; page <= MAX_RELEASE_PAGES; page++) {
      const url = `${trimSlash(this.apiUrl)}/repos/${REPO}/releases?per_page=100&page=${page}`;
      const response = await fetchWithRetry(url, { headers }, this.context.policy, this.context.log);
      const releases = await response.json();
      for (const r of releases) if (r.tag_name && !r.draft && !r.prerelease) versions.push(r.tag_name.replace(/^v/, ""));
      if (releases.length < 100) break;
    }
    return versions;
  }
  async install(version) {
    const { platform } = this.context;
    const exe = pixiExecutableName(platform);
    const cached = find(TOOL, toolCacheVersion(version), toolCacheArch(platform));
    if (cached) return { version, dir: cached, binary: path6.join(cached, exe), from: "tool-cache" };
    const archive = pixiArchiveName(platform);
    const url = `${trimSlash(this.githubUrl)}/${REPO}/releases/download/v${version}/${archive}`;
    let expected;
    try {
      expected = (await fetchText(`${url}.sha256`, {}, this.context.policy, this.context.log)).text.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) {
        throw new LockstepError(`pixi ${version} has no release for ${pixiTargetTriple(platform)} (${url} not found)`, {
          hint: "Check `pixi-version` / requires-pixi, or the mirror in `github-url`.",
          cause: error
        });
      }
      throw error;
    }
    if (!/^[0-9a-f]{64}$/.test(expected)) throw new LockstepError(`the published checksum at ${url}.sha256 is not a sha256`);
    const workDir = await mkdtemp(path6.join(process.env.RUNNER_TEMP || os4.tmpdir(), "lockstep-pixi-"));
    try {
      this.context.log(`Downloading ${redactUrl(url)}`);
      const file = path6.join(workDir, archive);
      const download = await downloadFile(url, file, this.context.policy, this.context.log, `pixi ${version}`);
      verifySha256(archive, expected, download.sha256, this.githubUrl);
      const extracted = path6.join(workDir, "extract");
      if (archive.endsWith(".zip")) await extractZip(file, extracted);
      else await extractTar(file, extracted);
      const binary = path6.join(extracted, exe);
      if (!(await stat(binary).catch(() => null))?.isFile()) throw new LockstepError(`${exe} is missing from ${archive}: the archive does not have pixi's layout`);
      await chmod(binary, 493);
      const dir = await cacheDir(extracted, TOOL, toolCacheVersion(version), toolCacheArch(platform));
      return { version, dir, binary: path6.join(dir, exe), from: "github" };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
};

// src/jobs/setup/pixi-steps.ts
function pixiCacheDir(env, input, projectDir) {
  if (env.PIXI_CACHE_DIR) return path7.resolve(env.PIXI_CACHE_DIR);
  if (input) return path7.resolve(projectDir, input);
  return env.RUNNER_TEMP ? path7.join(env.RUNNER_TEMP, "lockstep-pixi-cache") : void 0;
}
__name(pixiCacheDir, "pixiCacheDir");
function requiresPixi(files) {
  if (!files.manifest) return { spec: null };
  const doc = parseToml(files.manifest, files.manifestPath);
  const root = files.manifestPath.endsWith("pyproject.toml") ? doc.tool?.pixi : doc;
  const ws = root?.workspace ?? root?.project;
  const spec = typeof ws?.["requires-pixi"] === "string" ? ws["requires-pixi"] : null;
  const index = files.manifest.split("\n").findIndex((l) => /^\s*requires-pixi\s*=/.test(l));
  return index >= 0 ? { spec, line: index + 1 } : { spec };
}
__name(requiresPixi, "requiresPixi");
async function setupPixi(deps, recorder, inputs, projectDir, files) {
  const { runner, env } = deps;
  const relAbsolute = /* @__PURE__ */ __name((absolute) => relativeToWorkspace(workspaceRoot(env), absolute), "relAbsolute");
  const rel = /* @__PURE__ */ __name((file) => relAbsolute(path7.join(projectDir, file)), "rel");
  const log = /* @__PURE__ */ __name((message) => runner.info(message), "log");
  const environments = splitList(runner.input("pixi-environments"));
  const chosen = environments.length > 0 ? environments : ["default"];
  await recorder.step("Read pixi project", async () => {
    if (files.manifest === null) throw new LockstepError(`pixi.lock without a manifest in ${rel(".") || "."}`, { hint: "Commit pixi.toml (or pyproject.toml with [tool.pixi]) beside pixi.lock." });
    parsePixiManifest(files.manifest, rel(files.manifestPath));
    if (files.lock === null) {
      if (inputs.locked) throw new LockstepError(`no pixi.lock beside ${rel(files.manifestPath)}`, { file: rel(files.manifestPath), hint: "Run `pixi lock` and commit pixi.lock (or set `locked: false`)." });
      return `${rel(files.manifestPath)} (no pixi.lock: pixi will solve)`;
    }
    return `${rel(files.manifestPath)} + ${rel("pixi.lock")}, environments ${chosen.join(", ")}`;
  });
  let pixi;
  await recorder.step("Install pixi", async () => {
    const required2 = requiresPixi(files);
    const request = choosePixiVersionRequest(runner.input("pixi-version"), required2.spec, { file: rel(files.manifestPath), ...required2.line !== void 0 ? { line: required2.line } : {} });
    const api = githubReleasesApi(inputs.githubUrl, env);
    const releases = new PixiReleases({ platform: deps.platform, policy: retryPolicyFromEnv(env), log }, inputs.githubUrl, api.url, api.sendToken ? inputs.githubToken : "");
    const version = request.kind === "exact" ? request.version : resolvePixiVersion(request, await releases.listReleases());
    pixi = await releases.install(version);
    runner.addPath(pixi.dir);
    runner.setOutput("pixi-version", pixi.version);
    runner.setOutput("pixi-path", pixi.binary);
    const why = request.kind === "exact" ? request.origin : request.kind === "spec" ? `"${request.spec}" from ${request.origin}` : "latest";
    return `pixi ${pixi.version} (${why}) from ${pixi.from}`;
  });
  if (files.lock !== null) {
    await recorder.step("Check pixi.lock", async () => {
      const report = checkPixiProject({ ...files, manifestPath: rel(files.manifestPath), lockPath: rel("pixi.lock") }, { environments: chosen });
      const stale = report.findings.filter((f) => f.code === "lock-stale" || f.code === "parse-error");
      for (const f of stale) runner.error(f.message, { file: f.file, line: f.line, column: f.column, title: `lockstep setup: ${f.code}` });
      runner.setOutput("lock-status", stale.length > 0 ? "stale" : "up-to-date");
      if (stale.length > 0 && inputs.locked) throw new AlreadyReported(`pixi.lock does not satisfy ${rel(files.manifestPath)} (${stale.length} finding(s)); run \`pixi lock\``);
      return stale.length > 0 ? `${stale.length} stale finding(s); pixi will re-solve (locked: false)` : `up to date for ${chosen.join(", ")}`;
    });
  } else {
    runner.setOutput("lock-status", "missing");
  }
  const cacheDir2 = pixiCacheDir(env, inputs.cacheLocalPath, projectDir);
  const pixiEnv = cacheDir2 ? { ...env, PIXI_CACHE_DIR: cacheDir2 } : env;
  if (cacheDir2) runner.exportVariable("PIXI_CACHE_DIR", cacheDir2);
  let measureRestored;
  if (deps.wheelStore !== noWheelStore && cacheDir2 && files.lock !== null) {
    const lockText = files.lock;
    await recorder.step("Restore pixi cache", async () => {
      const settings = readWheelStoreSettings(runner, env);
      const outcome = await restoreWheelStore({
        runner,
        // Both the package cache and the environments; `uv cache prune` has no meaning here.
        settings: { ...settings, cacheVenv: true, prune: "none", suffix: ["pixi", settings.suffix].filter(Boolean).join("-") },
        storeDir: cacheDir2,
        venvDir: path7.join(projectDir, ".pixi", "envs"),
        lockText,
        pythonVersion: chosen.join("+"),
        uvVersion: pixi.version,
        uvPath: pixi.binary,
        groups: chosen,
        env
      });
      measureRestored = outcome.measureWhileSyncing;
      return describeRestore(outcome);
    });
  }
  await recorder.step("pixi install", async () => {
    for (const environment of chosen) {
      const args = ["install", ...inputs.locked ? ["--locked"] : [], "--environment", environment];
      const result = await deps.runProcess(pixi.binary, args, { cwd: projectDir, env: pixiEnv, echo: true, timeoutMs: 60 * 6e4 });
      if (result.exitCode !== 0) {
        throw new LockstepError(`pixi ${args.join(" ")} failed (exit ${result.exitCode})`, { hint: result.stderr.trim().split("\n").slice(-3).join(" ") || "See the log above." });
      }
    }
    await measureRestored?.();
    return `pixi install${inputs.locked ? " --locked" : ""} for ${chosen.join(", ")}`;
  });
  const activation = {};
  await recorder.step("Activate", async () => {
    const environment = chosen[0];
    const result = await deps.runProcess(pixi.binary, ["shell-hook", "--json", ...inputs.locked ? ["--locked"] : [], "--environment", environment], { cwd: projectDir, env: pixiEnv, timeoutMs: 10 * 6e4 });
    if (result.exitCode !== 0) throw new LockstepError(`pixi shell-hook failed (exit ${result.exitCode})`, { hint: result.stderr.trim().split("\n").slice(-3).join(" ") });
    const delimiter = deps.platform.os === "win32" ? ";" : ":";
    const { variables, pathEntries } = parseShellHookJson(result.stdout, env.PATH ?? "", delimiter);
    if (!inputs.activateEnvironment) return { detail: `environment ${environment} not activated (activate-environment: false)`, outcome: "skipped" };
    for (const dir of [...pathEntries].reverse()) runner.addPath(dir);
    for (const [name, value] of Object.entries(variables)) {
      runner.exportVariable(name, value);
      activation[name] = value;
    }
    if (variables.CONDA_PREFIX) runner.setOutput("environment-path", variables.CONDA_PREFIX);
    return `environment ${environment}: ${Object.keys(variables).length} variable(s), ${pathEntries.length} PATH entr${pathEntries.length === 1 ? "y" : "ies"}`;
  });
  await recorder.step("Load .env", () => exportEnvFile({ runner, env, dir: projectDir, inputs, expandFrom: activation, rel: relAbsolute }));
}
__name(setupPixi, "setupPixi");

// src/jobs/setup/modes/pixi-project.ts
var pixiSteps = /* @__PURE__ */ __name(async (s) => {
  const files = readPixiProjectFiles(s.workingDir);
  if (files) await setupPixi(s.deps, s.recorder, { ...s.inputs, activateEnvironment: s.activate }, s.workingDir, files);
}, "pixiSteps");
var pixiProjectMode = {
  name: "pixi project",
  applies: /* @__PURE__ */ __name((facts) => !facts.has("uv.lock") && readPixiProjectFiles(facts.dir) !== null, "applies"),
  describe: /* @__PURE__ */ __name(() => "pixi project (pixi.toml or [tool.pixi], no uv.lock)", "describe"),
  activatesByDefault: true,
  plan: /* @__PURE__ */ __name(() => [pixiSteps], "plan")
};

// src/jobs/setup/modes/uv-project.ts
var FULL_PROJECT_STEPS = [
  readProject,
  installUvStep,
  restorePythonCacheStep,
  pythonStep(),
  startLockCheck,
  restoreWheelStoreEarly,
  checkLock,
  lockMatrix,
  restoreWheelStore2,
  syncVenv,
  loadEnvFile
];
var uvProjectMode = {
  name: "uv project",
  applies: /* @__PURE__ */ __name((facts) => (facts.layout.kind === "project" || facts.layout.kind === "workspace-root") && facts.hasLock, "applies"),
  describe: /* @__PURE__ */ __name((facts) => `uv project${facts.layout.kind === "workspace-root" ? " (workspace root without [project])" : ""} with uv.lock`, "describe"),
  activatesByDefault: true,
  plan: /* @__PURE__ */ __name(() => FULL_PROJECT_STEPS, "plan")
};

// src/jobs/setup/modes/unlocked-project.ts
var unlockedProjectMode = {
  name: "project without uv.lock",
  applies: /* @__PURE__ */ __name((facts) => (facts.layout.kind === "project" || facts.layout.kind === "workspace-root") && !facts.hasLock, "applies"),
  describe: /* @__PURE__ */ __name(() => "uv project without uv.lock (`locked` decides: fail, or let uv sync create it)", "describe"),
  activatesByDefault: true,
  plan: /* @__PURE__ */ __name(() => FULL_PROJECT_STEPS, "plan")
};

// src/jobs/setup/modes/workspace-member.ts
var workspaceMemberMode = {
  name: "workspace member",
  applies: /* @__PURE__ */ __name((facts) => facts.layout.kind === "workspace-member", "applies"),
  describe: /* @__PURE__ */ __name((facts) => `workspace member ${facts.layout.name ?? facts.layout.projectDir} of the workspace at ${facts.layout.rootDir || "."}`, "describe"),
  activatesByDefault: true,
  plan: /* @__PURE__ */ __name(() => FULL_PROJECT_STEPS, "plan")
};

// src/jobs/setup/index.ts
var SETUP_MODES = [pixiProjectMode, noProjectMode, workspaceMemberMode, uvProjectMode, unlockedProjectMode];
async function run(overrides = {}) {
  const runner = mirrorCacheState(overrides.runner ?? actionsRunner());
  const env = overrides.env ?? process.env;
  const recorder = new StepRecorder(runner);
  let modeLine = "";
  try {
    const deps = {
      runner,
      runProcess: overrides.runProcess ?? runProcess,
      wheelStore: overrides.wheelStore ?? noWheelStore,
      platform: overrides.platform ?? currentPlatform(),
      env
    };
    const session = openSession(deps, recorder);
    const facts = workingDirectoryFacts(session);
    const mode = chooseSetupMode(facts);
    session.activate = session.inputs.activateEnvironment ?? mode.activatesByDefault;
    modeLine = `**Mode**: ${mode.name}: ${mode.describe(facts)}`;
    runner.info(`lockstep setup: ${mode.name} (${mode.describe(facts)})`);
    const notice = mode.notice?.(facts);
    if (notice) runner.notice(notice, { title: "lockstep setup" });
    for (const step of mode.plan()) await step(session);
    if (session.inputs.addProblemMatchers) runner.debug(`problem matchers for Python tracebacks: ${registerPythonProblemMatchers(runner, env)}`);
  } catch (error) {
    reportFailure(runner, error, workspaceRoot(env));
  } finally {
    const summary = [renderSetupSummary(recorder.rows), ...modeLine ? [modeLine, ""] : [], ...recorder.sections].join("\n");
    await runner.appendSummary(summary).catch((error) => {
      runner.warning(`could not write the job summary: ${String(error)}`);
    });
  }
}
__name(run, "run");
function chooseSetupMode(facts) {
  const mode = SETUP_MODES.find((m) => m.applies(facts));
  if (!mode) throw new Error(`no setup mode handles a ${facts.layout.kind} layout`);
  return mode;
}
__name(chooseSetupMode, "chooseSetupMode");
function openSession(deps, recorder) {
  const { runner, env } = deps;
  const inputs = readSetupInputs(runner);
  if (inputs.githubToken) runner.setSecret(inputs.githubToken);
  const workspace = workspaceRoot(env);
  const workingDir = resolveInsideWorkspace(workspace, inputs.workingDirectory, "working-directory");
  if (!existsSync2(workingDir) || !statSync(workingDir).isDirectory()) {
    throw new LockstepError(`working-directory ${inputs.workingDirectory} does not exist`, { hint: "Set `working-directory` to the folder that holds pyproject.toml." });
  }
  const { layout, projectDir, rootDir } = locateUvProject(workingDir, workspace);
  const rel = /* @__PURE__ */ __name((absolute) => relativeToWorkspace(workspace, absolute), "rel");
  return {
    deps,
    runner,
    env,
    inputs,
    recorder,
    workspace,
    workingDir,
    layout,
    projectDir,
    rootDir,
    rel,
    log: /* @__PURE__ */ __name((message) => runner.info(message), "log"),
    lockStatus: "missing",
    syncLocked: inputs.locked,
    activate: inputs.activateEnvironment ?? true
  };
}
__name(openSession, "openSession");
function workingDirectoryFacts(s) {
  return {
    dir: s.workingDir,
    layout: s.layout,
    has: /* @__PURE__ */ __name((relativePath) => existsSync2(path8.join(s.workingDir, relativePath)), "has"),
    hasLock: existsSync2(path8.join(s.rootDir, "uv.lock"))
  };
}
__name(workingDirectoryFacts, "workingDirectoryFacts");
function reportFailure(runner, error, workspace) {
  if (error instanceof AlreadyReported) return runner.markFailed();
  if (error instanceof LockstepError) {
    const message = error.hint ? `${error.message}
${error.hint}` : error.message;
    if (error.file) {
      const file = path8.isAbsolute(error.file) ? path8.relative(workspace, error.file).split(path8.sep).join("/") : error.file;
      runner.error(message, { file, line: error.line, column: error.column, title: "lockstep setup" });
      return runner.markFailed();
    }
    return runner.setFailed(message);
  }
  runner.setFailed(error instanceof Error ? error.message : String(error));
}
__name(reportFailure, "reportFailure");

// src/entries/setup.ts
await run({ wheelStore: actionsWheelStore() });

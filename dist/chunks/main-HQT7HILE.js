import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  PageCache,
  defaultPageCacheDir
} from "./chunk-J3WBSJSH.js";
import {
  renderRefreshJson,
  renderRefreshMarkdown,
  renderRefreshText
} from "./chunk-RDZIURKI.js";
import {
  parseDuration,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanText
} from "./chunk-POZLYKAY.js";
import {
  Git,
  checkEnvironmentSelection,
  checkLocks,
  checkPixiLock,
  checkUvLock,
  combineReports,
  locksOf,
  renderDiffJson,
  renderDiffText,
  renderReviewSummary,
  reviewChange
} from "./chunk-S3C7MMM6.js";
import {
  checkReportOnline
} from "./chunk-OZ5MJ4AL.js";
import "./chunk-TVJAJFFS.js";
import {
  parseEnvFile,
  renderGithub,
  renderSarif
} from "./chunk-E2O6RZID.js";
import {
  readProjectFiles,
  uvLockDirFor
} from "./chunk-TO723HNK.js";
import {
  renderMarkdown
} from "./chunk-QQONMHEQ.js";
import {
  renderText
} from "./chunk-3DLKCNQW.js";
import "./chunk-P27DNI6D.js";
import {
  renderJson
} from "./chunk-JSAGPIKN.js";
import "./chunk-TTINJ2K2.js";
import "./chunk-QU52FKDZ.js";
import {
  PROJECT_FILE_LIMITS,
  lowestAllowedPython,
  readProjectFile,
  readPythonVersionFile
} from "./chunk-4GBUUBSV.js";
import "./chunk-T3HDM63S.js";
import {
  PLATFORM_NAMES
} from "./chunk-YKG64RBM.js";
import {
  runProcess
} from "./chunk-DWNQWAEX.js";
import {
  retryPolicyFromEnv
} from "./chunk-GBARYC4T.js";
import {
  parseToml
} from "./chunk-QTBF2I64.js";
import "./chunk-2HEI5EQZ.js";
import "./chunk-FQ4P7XNH.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  inertOutputChunk
} from "./chunk-K4IRNN4I.js";
import {
  escapeTerminalText
} from "./chunk-YKLTUEQ7.js";
import {
  redact
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/cli/maintenance-options.ts
import path from "node:path";

// src/cli/usage.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  static {
    __name(this, "UsageError");
  }
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function splitList(values) {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v.length > 0);
}
__name(splitList, "splitList");
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length];
}
__name(editDistance, "editDistance");
function argsError(error, command, options) {
  const message = error.message;
  const unknown = /Unknown option '(-{1,2}[^'=]+)/.exec(message)?.[1];
  let text = message;
  if (unknown) {
    const typed = unknown.replace(/^-+/, "");
    const best = Object.keys(options).map((name) => ({ name, distance: editDistance(typed, name) })).sort((x, y) => x.distance - y.distance)[0];
    const close = best && best.distance <= Math.max(1, Math.floor(best.name.length / 3));
    text = `Unknown option ${unknown}.${close ? ` Did you mean \`--${best.name}\`?` : ""}`;
  }
  return new UsageError(`${text}
Run \`lockstep ${command} --help\` for the options.`);
}
__name(argsError, "argsError");
function parseCommandArgs(command, config) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw argsError(error, command, config.options ?? {});
  }
}
__name(parseCommandArgs, "parseCommandArgs");

// src/cli/target-options.ts
var TARGET_ARGS = {
  python: { type: "string", multiple: true },
  platform: { type: "string", multiple: true },
  cuda: { type: "string" },
  extra: { type: "string", multiple: true },
  "all-extras": { type: "boolean" },
  group: { type: "string", multiple: true },
  "no-default-groups": { type: "boolean" }
};
var asList = /* @__PURE__ */ __name((v) => splitList(v === void 0 ? void 0 : Array.isArray(v) ? v : [v]), "asList");
function checkPythons(values) {
  for (const p of values) if (!/^3\.\d{1,2}$/.test(p)) throw new UsageError(`--python ${p}: expected a CPython minor like 3.12`);
  return [...values];
}
__name(checkPythons, "checkPythons");
function checkPlatforms(values) {
  for (const p of values) {
    if (!PLATFORM_NAMES.includes(p)) throw new UsageError(`--platform ${p}: unknown platform. Valid names (uv --python-platform): ${PLATFORM_NAMES.join(", ")}`);
  }
  return [...values];
}
__name(checkPlatforms, "checkPlatforms");
function checkCuda(value) {
  if (value !== void 0 && !/^\d{2}(\.\d{1,2})?$/.test(value)) throw new UsageError(`--cuda ${value}: expected a CUDA version like 12.4`);
  return value ?? null;
}
__name(checkCuda, "checkCuda");
function checkDriver(value) {
  if (value !== void 0 && !/^\d{3}(\.\d+){0,2}$/.test(value)) throw new UsageError(`--driver ${value}: expected an NVIDIA driver version like 550.54.15`);
  return value ?? null;
}
__name(checkDriver, "checkDriver");
function targetOptions(values) {
  return {
    pythons: checkPythons(asList(values.python)),
    platforms: checkPlatforms(asList(values.platform)),
    cuda: checkCuda(values.cuda),
    extras: splitList(values.extra),
    allExtras: values["all-extras"] ?? false,
    groups: splitList(values.group),
    noDefaultGroups: values["no-default-groups"] ?? false
  };
}
__name(targetOptions, "targetOptions");
function parseFormat(value, formats) {
  const format = value ?? formats[0];
  if (!formats.includes(format)) throw new UsageError(`--format ${value}: expected one of ${formats.join(", ")}`);
  return format;
}
__name(parseFormat, "parseFormat");

// src/cli/maintenance-options.ts
var FORMATS = ["text", "json", "markdown"];
var MAINTENANCE_ARGS = {
  "dry-run": { type: "boolean" },
  write: { type: "boolean" },
  format: { type: "string" },
  "min-release-age": { type: "string" },
  "default-index": { type: "string" },
  uv: { type: "string" },
  python: { type: "string", multiple: true },
  platform: { type: "string", multiple: true },
  cuda: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseMaintenanceArgs(command, args, cwd, extraOptions = {}) {
  const parsed = parseCommandArgs(command, { args, allowPositionals: true, strict: true, options: { ...MAINTENANCE_ARGS, ...extraOptions } });
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values["dry-run"] && values.write) throw new UsageError("--dry-run and --write exclude each other");
  if (positionals.length > 1) throw new UsageError(`${command} takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(" ")}`);
  const age = values["min-release-age"];
  const minReleaseAgeMs = age === void 0 ? null : parseDuration(age);
  if (age !== void 0 && minReleaseAgeMs === null) throw new UsageError(`--min-release-age ${age}: expected days (7) or a duration like 12h, 7d, 2w`);
  const defaultIndex = values["default-index"] ?? null;
  const all = values;
  const extra = Object.fromEntries(Object.keys(extraOptions ?? {}).map((key) => [key, all[key]]));
  return {
    projectDir: path.resolve(cwd, positionals[0] ?? "."),
    format: parseFormat(values.format, FORMATS),
    write: Boolean(values.write),
    minReleaseAgeMs,
    check: {
      pythons: checkPythons(splitList(values.python)),
      platforms: checkPlatforms(splitList(values.platform)),
      cuda: checkCuda(values.cuda)
    },
    uvBinary: values.uv ?? "uv",
    uvIndexArgs: defaultIndex ? ["--default-index", defaultIndex] : [],
    defaultIndex,
    extra
  };
}
__name(parseMaintenanceArgs, "parseMaintenanceArgs");

// src/cli/commands/bump.ts
var HELP = `Usage: lockstep bump [PROJECT_DIR] (--dry-run | --write) [options]

Move every exact pin (==) in pyproject.toml to its newest usable release on the index it comes from
([tool.uv.sources] / [[tool.uv.index]]), skipping yanked files, pre-releases (unless pinned to one),
files whose requires-python excludes the project, other local-label flavours (+cu124 stays +cu124),
and releases inside the cooldown.

  --dry-run               print the plan; change nothing (the default)
  --write                 rewrite pyproject.toml (only the changed versions), re-lock with uv (one
                          uv lock --upgrade-package ... per group), verify with the lock engine and drop
                          the groups that fail; the working tree keeps the result
  --format F              text (default), json, markdown
  --min-release-age D     only releases at least this old: 7 (days), 12h, 7d, 2w
  --default-index URL     index for packages without a source (default: UV_DEFAULT_INDEX, else PyPI)
  --index NAME=URL        use URL for the [[tool.uv.index]] named NAME (repeatable)
  --uv PATH               the uv binary for --write (default: uv on PATH)
  --python V[,V...]       verification targets, as in lockstep check (default: every minor inside requires-python)
  --platform P[,P...]     verification platforms (default: the lock's)
  --cuda X.Y              CUDA version of the targets
  -h, --help              show this help

JSON (--format json), schema 1:
  { "schema": 1, "bumps": [{ "name", "from", "to", "group", "file", "line",
                             "status": "applied|planned|dropped|current", "reason" }] }

[tool.lockstep.bump] in pyproject.toml:
  ignore = ["numpy", "torch>=2.7"]   never bump numpy; never bump torch into >=2.7
  min-release-age = "7d"             cooldown
  default-groups = true              torch/torchvision/torchaudio and jax/jaxlib move together
  [tool.lockstep.bump.groups]
  hf = ["transformers", "tokenizers"]

Exit status: 0 done (also when nothing is newer), 1 a bump was dropped by verification (--write),
2 bad input or an index that does not answer.
`;
async function runBump(args, io) {
  const parsed = parseMaintenanceArgs("bump", args, io.cwd, { index: { type: "string", multiple: true } });
  if (parsed === "help") {
    io.stdout(HELP);
    return 0;
  }
  const { applyAndVerify, parseIndexOverrides, planProject } = await import("./bump-R6D4U4UQ.js");
  let indexUrlOverrides;
  try {
    indexUrlOverrides = parseIndexOverrides((parsed.extra.index ?? []).join("\n"));
  } catch (error) {
    throw new UsageError(`--index: ${error.message}`);
  }
  const planned = await planProject(parsed.projectDir, {
    defaultIndexUrl: parsed.defaultIndex,
    indexUrlOverrides,
    minReleaseAgeMs: parsed.minReleaseAgeMs,
    lookup: { log: /* @__PURE__ */ __name((m) => io.stderr(`${m}
`), "log") }
  });
  let plan = planned.plan;
  let verification = null;
  if (parsed.write) {
    const result = await applyAndVerify(planned, {
      check: parsed.check,
      uv: { binary: parsed.uvBinary, run: runProcess, env: process.env, extraArgs: parsed.uvIndexArgs },
      keep: true,
      log: /* @__PURE__ */ __name((m) => io.stderr(`${m}
`), "log")
    });
    plan = result.plan;
    verification = result.verification;
  }
  if (parsed.format === "json") io.stdout(renderPlanJson(plan));
  else if (parsed.format === "markdown") io.stdout(renderPlanMarkdown(plan, { verification, dryRun: !parsed.write }));
  else io.stdout(renderPlanText(plan));
  return parsed.write && plan.bumps.some((b) => b.status === "dropped" && !(b.reason ?? "").startsWith("ignored")) ? 1 : 0;
}
__name(runBump, "runBump");
var bumpCommand = {
  name: "bump",
  summary: "move exact pins to their newest usable releases (plan, or apply + re-lock + verify)",
  help: HELP,
  run: runBump
};

// src/cli/commands/check.ts
import path3 from "node:path";
import { pathToFileURL } from "node:url";

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
__name(finding, "finding");
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
__name(legacyFinding, "legacyFinding");
function pinSuggestion(requiresPython2) {
  const lowest = requiresPython2 ? lowestAllowedPython(requiresPython2) : void 0;
  return lowest && /^\d+\.\d+$/.test(lowest) ? lowest : "3.X";
}
__name(pinSuggestion, "pinSuggestion");
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
__name(pythonVersionFinding, "pythonVersionFinding");
function ruleLocation(rule) {
  return `${rule.source}:${rule.line} (\`${rule.pattern}\`)`;
}
__name(ruleLocation, "ruleLocation");
function lockGitFinding(lock, exists, git) {
  if (!exists || git === null) return null;
  const rule = git.ignoredBy;
  if (rule) {
    const where = rule.file !== null ? { file: rule.file, line: rule.line } : { file: lock };
    const fix = rule.file !== null ? `remove that line from ${rule.file}` : `remove the pattern from ${rule.source}`;
    return git.tracked ? finding(
      "lock-untracked",
      `${lock} is tracked but ignored by ${ruleLocation(rule)}, so a re-created lock is silently left out of commits. Fix: ${fix} (or add \`!${lock}\` after it)`,
      where
    ) : finding(
      "lock-untracked",
      `${lock} is ignored by ${ruleLocation(rule)}, so others and CI re-resolve and get different versions. Fix: ${fix}, then \`git add ${lock}\``,
      where
    );
  }
  if (!git.tracked) {
    return finding(
      "lock-untracked",
      `${lock} is not tracked by git, so others and CI re-resolve and get different versions. Fix: \`git add ${lock}\` and commit it`,
      { file: lock }
    );
  }
  return null;
}
__name(lockGitFinding, "lockGitFinding");
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
__name(environmentFinding, "environmentFinding");
function environmentFindings(facts) {
  const outside = facts.projectEnvironment.filter((e) => e.outside);
  const fromFiles = new Set(outside.filter((e) => e.source === "env-file").map((e) => e.resolved));
  return outside.filter((e) => !(e.source === "environment" && fromFiles.has(e.resolved))).map(environmentFinding);
}
__name(environmentFindings, "environmentFindings");
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
  const lock = lockGitFinding("uv.lock", facts.lockExists, facts.lockGit);
  if (lock) findings.push(lock);
  findings.push(...environmentFindings(facts));
  return findings.map((f) => {
    const override = severities?.[f.code];
    return override ? { ...f, severity: override } : f;
  });
}
__name(hygieneFindings, "hygieneFindings");

// src/adapters/project-facts.ts
import { realpathSync, statSync } from "node:fs";
import path2 from "node:path";
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
__name(isFile, "isFile");
function readText(file) {
  try {
    return readProjectFile(file, { maxBytes: PROJECT_FILE_LIMITS.lock });
  } catch {
    return null;
  }
}
__name(readText, "readText");
function setupCfgMetadataSections(text) {
  const sections = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /^\[\s*([^\]]+?)\s*\]/.exec(raw);
    const name = m?.[1];
    if (name && (name === "metadata" || name === "options" || name.startsWith("options."))) sections.push({ name, line: i + 1 });
  });
  return sections;
}
__name(setupCfgMetadataSections, "setupCfgMetadataSections");
function legacyFiles(dir) {
  const facts = [];
  for (const file of LEGACY_FILES) {
    const full = path2.join(dir, file);
    if (!isFile(full)) continue;
    facts.push(file === "setup.cfg" ? { file, metadataSections: setupCfgMetadataSections(readText(full) ?? "") } : { file });
  }
  return facts;
}
__name(legacyFiles, "legacyFiles");
function requiresPython(dir) {
  const text = readText(path2.join(dir, "pyproject.toml"));
  if (text === null) return null;
  try {
    const project = parseToml(text, "pyproject.toml").project;
    const value = project?.["requires-python"];
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
__name(requiresPython, "requiresPython");
function pythonVersionFile(dir) {
  for (const file of PYTHON_VERSION_FILES) {
    const text = isFile(path2.join(dir, file)) ? readText(path2.join(dir, file)) : null;
    if (text !== null) return { file, request: readPythonVersionFile(text) ?? null };
  }
  return null;
}
__name(pythonVersionFile, "pythonVersionFile");
function parseIgnoreRule(output, topLevel, projectDir) {
  const m = /^(.*?):(\d+):(.*)\t/.exec(output.split("\n")[0] ?? "");
  if (!m) return null;
  const [, source = "", line = "0", pattern = ""] = m;
  const absolute = path2.isAbsolute(source) ? source : path2.join(topLevel, source);
  const relToRepo = path2.relative(topLevel, absolute);
  const inWorkTree = isInside(absolute, topLevel) && !relToRepo.split(path2.sep).includes(".git");
  return {
    file: inWorkTree ? path2.relative(projectDir, absolute).split(path2.sep).join("/") : null,
    source,
    line: Number(line),
    pattern
  };
}
__name(parseIgnoreRule, "parseIgnoreRule");
async function lockGitFacts(dir, run = runProcess, lock = LOCK) {
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
  const tracked = (await git.exec(["ls-files", "--error-unmatch", "--", lock], { allowFailure: true })).exitCode === 0;
  const ignored = (await git.exec(["check-ignore", "-q", "--no-index", "--", lock], { allowFailure: true })).exitCode === 0;
  let ignoredBy = null;
  if (ignored) {
    const verbose = await git.exec(["check-ignore", "-v", "--no-index", "--", lock], { allowFailure: true });
    ignoredBy = parseIgnoreRule(verbose.stdout, topLevel, realDir) ?? { file: null, source: "git ignore rules", line: 0, pattern: lock };
  }
  return { lockGit: { tracked, ignoredBy } };
}
__name(lockGitFacts, "lockGitFacts");
function realPathOf(p) {
  const missing = [];
  let current = p;
  for (; ; ) {
    try {
      return path2.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path2.dirname(current);
      if (parent === current) return p;
      missing.push(path2.basename(current));
      current = parent;
    }
  }
}
__name(realPathOf, "realPathOf");
function isInside(child, root) {
  const rel = path2.relative(root, child);
  return rel !== ".." && !rel.startsWith(`..${path2.sep}`) && !path2.isAbsolute(rel);
}
__name(isInside, "isInside");
function environmentFact(dir, realDir, base) {
  const resolved = path2.isAbsolute(base.value) ? path2.normalize(base.value) : path2.resolve(dir, base.value);
  const real = realPathOf(resolved);
  const fact = { ...base, resolved, outside: !isInside(resolved, dir) || !isInside(real, realDir) };
  if (fact.file === void 0) delete fact.file;
  if (fact.line === void 0) delete fact.line;
  if (real !== resolved) fact.realPath = real;
  return fact;
}
__name(environmentFact, "environmentFact");
function projectEnvironment(dir, env, envFile) {
  const realDir = realpathSync(dir);
  const facts = [];
  const fromEnv = env.UV_PROJECT_ENVIRONMENT;
  if (fromEnv) facts.push(environmentFact(dir, realDir, { source: "environment", value: fromEnv }));
  const dotenv = readText(path2.join(dir, envFile));
  if (dotenv !== null) {
    const assignment = parseEnvFile(dotenv).variables.filter((v) => v.name === "UV_PROJECT_ENVIRONMENT").at(-1);
    if (assignment?.value) {
      facts.push(environmentFact(dir, realDir, { source: "env-file", value: assignment.value, file: envFile.split(path2.sep).join("/"), line: assignment.line }));
    }
  }
  if (!fromEnv) facts.push(environmentFact(dir, realDir, { source: "default", value: ".venv" }));
  return facts;
}
__name(projectEnvironment, "projectEnvironment");
async function gatherProjectFacts(projectDir, options = {}) {
  const dir = path2.resolve(projectDir);
  const lockExists = isFile(path2.join(dir, LOCK));
  const git = lockExists ? await lockGitFacts(dir, options.run ?? runProcess) : { lockGit: null };
  const facts = {
    hasPyproject: isFile(path2.join(dir, "pyproject.toml")),
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
__name(gatherProjectFacts, "gatherProjectFacts");

// src/cli/online-options.ts
var ONLINE_ARGS = {
  "online-deadline": { type: "string" },
  "no-cache": { type: "boolean" }
};
var ONLINE_HELP = `  --online-deadline S    stop asking after S seconds (default 60); files not answered by then are
                         "could not check", never "missing"
  --no-cache             neither read nor write the index page cache (LOCKSTEP_CACHE_DIR, else
                         ~/.cache/lockstep; pages are revalidated with ETag / Last-Modified)`;
function onlineOptions(values, env, progress) {
  const raw = values["online-deadline"];
  const seconds = raw === void 0 ? 60 : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) throw new UsageError(`--online-deadline ${raw}: expected a number of seconds between 0 and 3600`);
  return {
    policy: retryPolicyFromEnv(env),
    deadlineMs: seconds * 1e3,
    cache: values["no-cache"] ? null : new PageCache(defaultPageCacheDir(env)),
    progress,
    env
  };
}
__name(onlineOptions, "onlineOptions");

// src/cli/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
var HOMEPAGE = true ? "https://github.com/owner/lockstep" : "https://github.com/owner/lockstep";

// src/cli/commands/check.ts
var FORMATS2 = ["text", "json", "markdown", "sarif", "github"];
var HELP2 = `Usage: lockstep check [PROJECT_DIR] [options]

Decide, from pyproject.toml + uv.lock alone, whether every locked package installs from a wheel on
each target (Python x platform x CUDA), builds from an sdist, or cannot install; and whether the CUDA
flavours agree. A pixi project (pixi.lock + pixi.toml or pyproject.toml [tool.pixi]) is checked per
environment x platform: conda packages, PyPI wheels/sdists, CUDA agreement across conda and PyPI, and
whether pixi.lock still satisfies the manifest. With both locks, both are checked and each finding
names its lock. Also reports project hygiene: requirements.txt / setup.py / setup.cfg beside
pyproject.toml, no .python-version, a uv.lock git does not track, UV_PROJECT_ENVIRONMENT outside the
project (not a git repository: the uv.lock check is skipped).

Options:
  --python V[,V...]      CPython minors (3.11,3.12); default: every minor inside requires-python
  --platform P[,P...]    uv --python-platform names, or pixi platforms (linux-64, v7 names); default: all
  --environment E[,E...] pixi environments; default: every environment in pixi.lock
  --cuda X.Y             CUDA version the targets provide (12.4)
  --driver X.Y           NVIDIA driver to check the locked CUDA against (550.54)
  --extra X              include an extra (repeatable)
  --all-extras           include every extra
  --group G              include a dependency group (repeatable)
  --no-default-groups    leave out the default groups (like uv sync --no-default-groups)
  --format F             text (default), json, markdown, sarif (SARIF 2.1.0 for code scanning),
                         github (annotations as workflow commands, for a \`run:\` step in Actions)
  --online               also ask each locked file's index whether it is still served with the locked
                         sha256 (Simple API, one request per project; HEAD for direct URLs): adds
                         artifact-missing, artifact-yanked and artifact-unchecked findings (uv.lock only)
${ONLINE_HELP}
  -h, --help             show this help

Exit status: 0 no error findings, 1 error findings (with --online: also a host that could not be
checked), 2 bad input or usage.
Platforms: ${PLATFORM_NAMES.join(", ")}
`;
function parseCheckArgs(args, cwd, stderr = () => {
}) {
  const parsed = parseCommandArgs("check", {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...TARGET_ARGS,
      driver: { type: "string" },
      environment: { type: "string", multiple: true },
      format: { type: "string" },
      online: { type: "boolean" },
      ...ONLINE_ARGS,
      help: { type: "boolean", short: "h" }
    }
  });
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 1) throw new UsageError(`check takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(" ")}`);
  const platforms = splitList(values.platform);
  const options = { ...targetOptions({ ...values, platform: void 0 }), driver: checkDriver(values.driver) };
  const format = parseFormat(values.format, FORMATS2);
  if (!values.online && (values["online-deadline"] !== void 0 || values["no-cache"])) {
    throw new UsageError("--online-deadline and --no-cache only apply with --online");
  }
  const online = values.online ? onlineOptions(values, process.env, (line) => stderr(`${line}
`)) : null;
  return { projectDir: path3.resolve(cwd, positionals[0] ?? "."), format, options, platforms, environments: splitList(values.environment), online };
}
__name(parseCheckArgs, "parseCheckArgs");
function usageOnLockstepError(run) {
  try {
    return run();
  } catch (error) {
    if (error instanceof LockstepError) throw new UsageError(error.describe());
    throw error;
  }
}
__name(usageOnLockstepError, "usageOnLockstepError");
function render(report, format, projectDir, cwd) {
  const relative = path3.relative(cwd, projectDir).split(path3.sep).join("/");
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "sarif":
      return renderSarif(report, { version: VERSION, homepage: HOMEPAGE, projectDir: relative, srcRoot: pathToFileURL(cwd + path3.sep).href });
    case "github":
      return renderGithub(report, relative);
    default:
      return renderText(report);
  }
}
__name(render, "render");
async function runCheck(args, io) {
  const parsed = parseCheckArgs(args, io.cwd, io.stderr);
  if (parsed === "help") {
    io.stdout(HELP2);
    return 0;
  }
  const lockDir = uvLockDirFor(parsed.projectDir);
  if (lockDir.member) {
    io.stderr(`${path3.relative(io.cwd, parsed.projectDir) || "."} is a member of the uv workspace at ${path3.relative(io.cwd, lockDir.dir) || "."}: checking the workspace's uv.lock
`);
    parsed.projectDir = lockDir.dir;
  }
  const files = readProjectFiles(parsed.projectDir);
  const locks = locksOf(files);
  usageOnLockstepError(() => checkEnvironmentSelection(files, { environments: parsed.environments }));
  const gathering = locks.uv ? gatherProjectFacts(parsed.projectDir) : null;
  gathering?.catch(() => void 0);
  const pixiGit = locks.pixi && files.pixi.lock !== null ? lockGitFacts(parsed.projectDir, void 0, "pixi.lock") : null;
  pixiGit?.catch(() => void 0);
  const options = { ...parsed.options, platforms: locks.pixi ? parsed.platforms : checkPlatforms(parsed.platforms) };
  const reports = [];
  if (locks.uv) {
    let uvReport = usageOnLockstepError(() => checkUvLock(files, options));
    if (parsed.online) uvReport = (await checkReportOnline(files, uvReport, parsed.online)).report;
    reports.push(uvReport);
  }
  if (locks.pixi) reports.push(usageOnLockstepError(() => checkPixiLock(files, options, { environments: parsed.environments })));
  const hygiene = gathering ? hygieneFindings(await gathering, parsed.options.severities) : [];
  if (pixiGit) {
    const untracked = lockGitFinding("pixi.lock", true, (await pixiGit).lockGit);
    const severity = untracked ? parsed.options.severities?.[untracked.code] : void 0;
    if (untracked) hygiene.push({ ...untracked, ...severity ? { severity } : {}, ...locks.uv ? { lock: "pixi.lock" } : {} });
  }
  let report = combineReports(reports);
  const online = reports.find((r) => r.online)?.online;
  if (online) report = { ...report, online };
  report = { ...report, findings: [...report.findings, ...hygiene] };
  const output = render(report, parsed.format, parsed.projectDir, io.cwd);
  if (parsed.format === "github") (io.commands ?? io.stdout)(output);
  else io.stdout(output);
  return report.findings.some((f) => f.severity === "error") ? 1 : 0;
}
__name(runCheck, "runCheck");
var checkCommand = {
  name: "check",
  summary: "which targets install each locked package from a wheel, an sdist build, or not at all",
  help: HELP2,
  run: runCheck
};

// src/cli/commands/diff.ts
import { statSync as statSync2 } from "node:fs";
import path4 from "node:path";
var FORMATS3 = ["text", "json", "markdown"];
var HELP3 = `Usage: lockstep diff BASE HEAD [options]
       lockstep diff BASE_REV HEAD_REV --project DIR

Check two versions of a project with the lock engine and report what HEAD introduces and resolves
(new source builds, missing distributions, CUDA mismatches, a stale lock; per target), plus the lock
diff (added / removed / upgraded / downgraded packages). BASE and HEAD are project directories, or,
with --project, two git revisions of the project in DIR (files are read with git show; nothing is
checked out or run). uv.lock and pixi.lock are both compared when present (pixi: per environment x
platform; the lock diff per environment).

Options:
  --project DIR          BASE and HEAD are git revisions of the project in DIR
  --python V[,V...]      CPython minors (3.11,3.12); default: every minor inside requires-python
  --platform P[,P...]    uv --python-platform names, or pixi platforms; default: all
  --environment E[,E...] pixi environments; default: all
  --cuda X.Y             CUDA version the targets provide (12.4)
  --extra X              include an extra (repeatable)
  --all-extras           include every extra
  --group G              include a dependency group (repeatable)
  --no-default-groups    leave out the default groups (like uv sync --no-default-groups)
  --format F             text (default), json, markdown
  -h, --help             show this help

JSON: { "schema": 1, "introduced": [finding], "resolved": [finding],
        "lock": { "added": [{ "name", "version", "source" }], "removed": [...],
                  "changed": [{ "name", "from", "to", "direction", "fromSource", "toSource" }] } }
      findings as in \`lockstep check --format json\`.
Exit status: 0 no error introduced, 1 errors introduced, 2 bad input or usage.
`;
function parseDiffArgs(args, cwd) {
  const parsed = parseCommandArgs("diff", {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      project: { type: "string" },
      ...TARGET_ARGS,
      environment: { type: "string", multiple: true },
      format: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length !== 2) throw new UsageError(`diff takes BASE and HEAD, got ${positionals.length} argument(s). Run \`lockstep diff --help\`.`);
  const options = { ...targetOptions({ ...values, platform: void 0 }), platforms: splitList(values.platform) };
  const format = parseFormat(values.format, FORMATS3);
  return {
    base: positionals[0],
    head: positionals[1],
    project: values.project !== void 0 ? path4.resolve(cwd, values.project) : null,
    format,
    options,
    environments: splitList(values.environment)
  };
}
__name(parseDiffArgs, "parseDiffArgs");
function isDirectory(p) {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return false;
  }
}
__name(isDirectory, "isDirectory");
async function readSides(parsed, cwd) {
  if (parsed.project === null) {
    const notDirs = [parsed.base, parsed.head].filter((p) => !isDirectory(path4.resolve(cwd, p)));
    if (notDirs.length > 0) {
      throw new UsageError(
        `${notDirs.map((p) => `\`${p}\``).join(" and ")} ${notDirs.length === 1 ? "is not a directory" : "are not directories"}. To compare two git revisions, add \`--project DIR\` (the project's folder in a git checkout): \`lockstep diff ${parsed.base} ${parsed.head} --project .\`.`
      );
    }
    return [readProjectFiles(uvLockDirFor(path4.resolve(cwd, parsed.base)).dir), readProjectFiles(uvLockDirFor(path4.resolve(cwd, parsed.head)).dir)];
  }
  const { gitProjectAt, readProjectFilesAtRevision, workspaceRootWith } = await import("./review-UQELYL2U.js");
  const project = await gitProjectAt(parsed.project);
  if (!project) throw new UsageError(`--project ${parsed.project}: not a directory inside a git repository.`);
  for (const rev of [parsed.base, parsed.head]) {
    if (await project.git.tryRevParse(rev) === null) throw new UsageError(`${rev}: no such revision in ${parsed.project}.`);
  }
  const start = project.prefix.replace(/\/$/, "");
  const rootAt = /* @__PURE__ */ __name((rev) => workspaceRootWith((p) => project.git.showFile(rev, p), start), "rootAt");
  const headRoot = await rootAt(parsed.head);
  const { rootPath } = headRoot.member ? headRoot : await rootAt(parsed.base);
  const read = /* @__PURE__ */ __name(async (rev) => {
    const files = await readProjectFilesAtRevision(project, rev, rootPath);
    if (files.pyproject === null && files.lock === null && !files.pixi) throw new UsageError(`${rev}: neither pyproject.toml, uv.lock nor pixi.lock/pixi.toml in ${rootPath || "the repository root"} at that revision.`);
    return files;
  }, "read");
  return [await read(parsed.base), await read(parsed.head)];
}
__name(readSides, "readSides");
function check(files, options, environments, side) {
  try {
    return checkLocks(files, options, { environments });
  } catch (error) {
    if (error instanceof LockstepError) throw new UsageError(`${side}: ${error.describe()}`);
    throw error;
  }
}
__name(check, "check");
async function runDiff(args, io) {
  const parsed = parseDiffArgs(args, io.cwd);
  if (parsed === "help") {
    io.stdout(HELP3);
    return 0;
  }
  const [baseFiles, headFiles] = await readSides(parsed, io.cwd);
  const review = reviewChange(check(baseFiles, parsed.options, parsed.environments, `BASE ${parsed.base}`), check(headFiles, parsed.options, parsed.environments, `HEAD ${parsed.head}`));
  const render2 = parsed.format === "json" ? renderDiffJson : parsed.format === "markdown" ? (r) => renderReviewSummary(r) : renderDiffText;
  io.stdout(render2(review));
  return review.errorsIntroduced > 0 ? 1 : 0;
}
__name(runDiff, "runDiff");
var diffCommand = {
  name: "diff",
  summary: "what a change (two directories or two git revisions) introduces: source builds, missing wheels, CUDA mismatches",
  help: HELP3,
  run: runDiff
};

// src/cli/commands/health.ts
import path5 from "node:path";
var HELP4 = `Usage: lockstep health [PROJECT_DIR] [options]

Will this lock still install today? Checks every locked file the targets install against its index
(like \`lockstep check --online\`) and prints the lock-health issue the weekly health job would keep
(what is gone, since when, the targets hit, the fix). With --repo it keeps that issue itself: opens it
on rot, edits it in place, closes it with a comment when fixed.

Options:
  --python V[,V...]      CPython minors; default every minor inside requires-python
  --platform P[,P...]    uv --python-platform names; default the lock's supported platforms
  --cuda X.Y             CUDA version the targets provide
  --extra X / --all-extras / --group G / --no-default-groups   what is installed (as uv sync)
${ONLINE_HELP}
  --repo OWNER/REPO      keep the issue in this repository (token from GITHUB_TOKEN or GH_TOKEN,
                         API from GITHUB_API_URL); without it nothing is written
  --label L              label(s) of the issue (repeatable; default lockstep-health)
  --format F             markdown (default: the issue as it would read) or json (the check --online report)
  -h, --help             show this help

Exit status: 0 every locked file served (a yanked release is only a warning), 1 a locked file is
gone or changed, or a host could not be checked, 2 bad input.
`;
async function runHealth(args, io) {
  const parsed = parseCommandArgs("health", {
    args,
    allowPositionals: true,
    strict: true,
    options: { ...TARGET_ARGS, ...ONLINE_ARGS, repo: { type: "string" }, label: { type: "string", multiple: true }, format: { type: "string" }, help: { type: "boolean", short: "h" } }
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP4);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`health takes one PROJECT_DIR, got ${positionals.length}`);
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json") throw new UsageError(`--format ${format}: expected markdown or json`);
  const repo = values.repo;
  if (repo !== void 0 && !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError(`--repo ${repo}: expected OWNER/REPO`);
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "";
  if (repo && !token) throw new UsageError("--repo needs a token in GITHUB_TOKEN or GH_TOKEN (with issues: write)");
  const check2 = targetOptions(values);
  const online = onlineOptions(values, process.env, (line) => io.stderr(`${line}
`));
  const projectDir = path5.resolve(io.cwd, positionals[0] ?? ".");
  const { checkHealth } = await import("./health-GHX5WGX4.js");
  const health = await checkHealth(projectDir, { check: check2, env: process.env, deadlineMs: online.deadlineMs, cache: online.cache !== null, projectPath: "", progress: /* @__PURE__ */ __name((line) => io.stderr(`${line}
`), "progress") });
  const now = /* @__PURE__ */ new Date();
  if (format === "json") {
    const { renderJson: renderJson2 } = await import("./json-HUNQ2DIC.js");
    io.stdout(renderJson2(health.online.report));
  } else if (health.items.length > 0) {
    const { title, body } = health.render(null, now);
    io.stdout(`# ${title}

${body}`);
  } else {
    io.stdout(`Every locked file is served (${health.online.summary.artifacts} file(s) on ${health.online.summary.hosts.join(", ") || "no hosts"}).
`);
  }
  for (const u of health.unchecked) io.stderr(`lockstep health: could not check ${u.files} file(s) on ${u.host}: ${u.reason}
`);
  if (repo) {
    const [owner, name] = repo.split("/");
    const { createGitHubApi } = await import("./github-2C4B2ULL.js");
    const { keepHealthIssue } = await import("./health-issue-BJHWGXFQ.js");
    const api = createGitHubApi({ token, owner, repo: name, log: /* @__PURE__ */ __name((m) => io.stderr(`${m}
`), "log") });
    const outcome = await keepHealthIssue(api, {
      items: health.items,
      complete: health.unchecked.length === 0,
      render: /* @__PURE__ */ __name((previous) => health.render(previous, now), "render"),
      labels: values.label ?? [],
      now,
      checkedFiles: health.online.summary.artifacts
    });
    io.stderr(`lockstep health: ${repo}: ${outcome.message}${outcome.issue ? ` (${outcome.issue.htmlUrl})` : ""}
`);
  }
  return health.items.some((i) => i.status !== "yanked") || health.unchecked.length > 0 ? 1 : 0;
}
__name(runHealth, "runHealth");
var healthCommand = {
  name: "health",
  summary: "will the lock still install today: locked files checked against their indexes, the lock-health issue",
  help: HELP4,
  run: runHealth
};

// src/cli/commands/refresh.ts
var HELP5 = `Usage: lockstep refresh [PROJECT_DIR] (--dry-run | --write) [options]

Move every package in uv.lock to its newest allowed version (uv lock --upgrade; the pins in
pyproject.toml never change), honouring the project's exclude-newer and the cooldown. The refreshed
lock is checked with the lock engine; upgrades that would add sdist builds, missing files or CUDA
mismatches are held at their old versions (uv lock --upgrade-package NAME==OLD, nothing written to
pyproject.toml) and the rest goes ahead.

  --dry-run               print the refresh; uv.lock is put back as it was (the default)
  --write                 keep the refreshed uv.lock (the only file that changes)
  --format F              text (default), json, markdown
  --min-release-age D     only releases at least this old: 7 (days), 12h, 7d, 2w (uv --exclude-newer);
                          default [tool.lockstep.bump] min-release-age
  --default-index URL     passed to uv lock as --default-index
  --uv PATH               the uv binary (default: uv on PATH)
  --python V[,V...]       verification targets, as in lockstep check (default: every minor inside requires-python)
  --platform P[,P...]     verification platforms (default: the lock's)
  --cuda X.Y              CUDA version of the targets
  -h, --help              show this help

JSON (--format json), schema 1:
  { "schema": 1, "changes": [{ "name", "from", "to" }], "held": [{ "name", "version", "reason" }] }
  from is null for an added package, to is null for a removed one; version is the version held.

Exit status: 0 done (also when nothing is newer), 1 an upgrade was held back (--write),
2 bad input or uv cannot lock.
`;
async function runRefresh(args, io) {
  const parsed = parseMaintenanceArgs("refresh", args, io.cwd);
  if (parsed === "help") {
    io.stdout(HELP5);
    return 0;
  }
  const { refreshProject } = await import("./refresh-2UKGRO3Y.js");
  const result = await refreshProject(parsed.projectDir, {
    check: parsed.check,
    uv: { binary: parsed.uvBinary, run: runProcess, env: process.env, extraArgs: parsed.uvIndexArgs },
    minReleaseAgeMs: parsed.minReleaseAgeMs,
    keep: parsed.write,
    log: /* @__PURE__ */ __name((m) => io.stderr(`${m}
`), "log")
  });
  if (parsed.format === "json") io.stdout(renderRefreshJson(result));
  else if (parsed.format === "markdown") io.stdout(renderRefreshMarkdown(result, { dryRun: !parsed.write }));
  else io.stdout(renderRefreshText(result));
  return parsed.write && result.held.length > 0 ? 1 : 0;
}
__name(runRefresh, "runRefresh");
var refreshCommand = {
  name: "refresh",
  summary: "move every locked package to its newest allowed version (uv lock --upgrade), verified, breaking upgrades held",
  help: HELP5,
  run: runRefresh
};

// src/cli/commands/verify.ts
import path6 from "node:path";
var HELP6 = `Usage: lockstep verify [PROJECT_DIR] [options]

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
var FORMATS4 = ["text", "json"];
async function runVerify(args, io) {
  const parsed = parseCommandArgs("verify", {
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
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP6);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`verify takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(" ")}`);
  const format = values.format ?? "text";
  if (!FORMATS4.includes(format)) throw new UsageError(`--format ${format}: expected text or json`);
  if (values.python !== void 0 && !/^3\.\d{1,2}$/.test(values.python)) throw new UsageError(`--python ${values.python}: expected a CPython minor like 3.12`);
  const [{ runProcess: runProcess2 }, { hasFailure, parseAllowance, renderVerifyText }, { collectVerifyResult, writeVerifyResult }] = await Promise.all([
    import("./process-275UZJCT.js"),
    import("./verify-YOB2OV2V.js"),
    import("./verify-TOI43A45.js")
  ]);
  const projectDir = path6.resolve(io.cwd, positionals[0] ?? ".");
  const { result } = await collectVerifyResult(
    {
      projectDir,
      venv: values.venv ? path6.resolve(io.cwd, values.venv) : null,
      python: values.python ?? null,
      platform: values.platform ?? null,
      cuda: values.cuda ?? null,
      extras: splitList(values.extra),
      allExtras: values["all-extras"] ?? false,
      groups: splitList(values.group),
      noDefaultGroups: values["no-default-groups"] ?? false,
      allowance: parseAllowance(values["allow-build"] ?? [])
    },
    { run: runProcess2, env: process.env }
  );
  if (values["output-dir"]) writeVerifyResult(result, path6.resolve(io.cwd, values["output-dir"]));
  io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderVerifyText(result));
  return hasFailure(result) ? 1 : 0;
}
__name(runVerify, "runVerify");
var verifyCommand = {
  name: "verify",
  summary: "check that a venv is the environment uv.lock promises for a target",
  help: HELP6,
  run: runVerify
};

// src/cli/commands/index.ts
var COMMANDS = [checkCommand, verifyCommand, diffCommand, bumpCommand, refreshCommand, healthCommand];

// src/cli/main.ts
function topLevelHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: lockstep <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `lockstep <command> --help` for a command's options; `lockstep --version` prints the version.",
    ""
  ].join("\n");
}
__name(topLevelHelp, "topLevelHelp");
function processIo(env = process.env) {
  const safe = /* @__PURE__ */ __name((t) => escapeTerminalText(redact(t)), "safe");
  const guard = env.GITHUB_ACTIONS === "true" ? (t) => inertOutputChunk(safe(t)) : safe;
  return {
    stdout: /* @__PURE__ */ __name((t) => void process.stdout.write(guard(t)), "stdout"),
    stderr: /* @__PURE__ */ __name((t) => void process.stderr.write(guard(t)), "stderr"),
    // Our own workflow commands (escaped where they are built): redacted, never made inert.
    commands: /* @__PURE__ */ __name((t) => void process.stdout.write(redact(t)), "commands")
  };
}
__name(processIo, "processIo");
async function runCli(argv, io) {
  const streams = io?.stdout && io?.stderr ? null : processIo();
  const out = {
    stdout: io?.stdout ?? streams.stdout,
    stderr: io?.stderr ?? streams.stderr,
    commands: io?.commands ?? (io?.stdout ? io.stdout : streams.commands),
    cwd: io?.cwd ?? process.cwd()
  };
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V") {
    out.stdout(`lockstep ${VERSION}
`);
    return 0;
  }
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
__name(runCli, "runCli");
export {
  processIo,
  runCli
};

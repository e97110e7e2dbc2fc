import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  renderRefreshJson,
  renderRefreshMarkdown,
  renderRefreshText
} from "./chunk-DPCI7YYK.js";
import {
  parseDuration,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanText
} from "./chunk-ZBDSRSU3.js";
import {
  Git,
  renderDiffJson,
  renderDiffText,
  renderReviewSummary,
  reviewChange
} from "./chunk-YX5UWTRN.js";
import "./chunk-OFQAAJEN.js";
import {
  DeadlineError,
  HttpStatusError,
  connectionPool,
  describeError,
  httpRequest,
  lowestAllowedPython,
  parseEnvFile,
  parseHtmlProjectPage,
  readPythonVersionFile,
  redactUrl,
  renderGithub,
  renderMarkdown,
  renderSarif,
  retryPolicyFromEnv
} from "./chunk-WZR4JICD.js";
import {
  renderJson
} from "./chunk-SKQYPH6J.js";
import {
  PROJECT_FILE_LIMITS,
  readProjectFile,
  readProjectFiles
} from "./chunk-WGTNNLZP.js";
import {
  checkProject,
  exactPin,
  locateValues,
  parseLock,
  parsePyproject,
  parseRequirement,
  parseToml
} from "./chunk-IZNGVKF4.js";
import {
  runProcess
} from "./chunk-T3ACZT3E.js";
import {
  hostOf,
  judgeOnline,
  onlineQueries,
  onlineSection,
  renderText,
  summarizeOnline,
  versionOfFilename
} from "./chunk-EXLDBFN2.js";
import {
  PLATFORM_NAMES,
  cudaFlavour,
  isValidSpecifier,
  normalizeName,
  sdistBuildAdvice,
  versionSatisfies
} from "./chunk-4BXMAKE5.js";
import {
  inertOutputChunk,
  redact,
  rememberSecret,
  rememberUrlCredentials
} from "./chunk-5LP6VMB3.js";
import {
  LockstepError,
  ParseError
} from "./chunk-VAFZVYFH.js";
import {
  escapeTerminalText
} from "./chunk-YKLTUEQ7.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/cli/maintenance-options.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/usage.ts
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
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...MAINTENANCE_ARGS, ...extraOptions } });
  } catch (error) {
    throw new UsageError(`${error.message}
Run \`lockstep ${command} --help\` for the options.`);
  }
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
  const { applyAndVerify, parseIndexOverrides, planProject } = await import("./bump-T7ZIKP6P.js");
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
import { parseArgs as parseArgs2 } from "node:util";
import { existsSync as existsSync2 } from "node:fs";
import path5 from "node:path";
import { pathToFileURL } from "node:url";

// src/core/hygiene/findings.ts
var HYGIENE_SEVERITY = {
  "legacy-metadata": "notice",
  "no-python-version": "notice",
  "lock-untracked": "warning",
  "venv-outside-project": "notice"
};
function finding(code, message, where2 = {}) {
  const f = { code, severity: HYGIENE_SEVERITY[code], message };
  if (where2.file !== void 0) f.file = where2.file;
  if (where2.line !== void 0) f.line = where2.line;
  return f;
}
__name(finding, "finding");
function legacyFinding(fact2) {
  switch (fact2.file) {
    case "requirements.txt":
      return finding(
        "legacy-metadata",
        "requirements.txt beside pyproject.toml: two dependency lists that drift apart. Fix: move its pins into [project] dependencies with `uv add -r requirements.txt`, then delete it",
        { file: fact2.file }
      );
    case "setup.py":
      return finding(
        "legacy-metadata",
        "setup.py beside pyproject.toml: metadata in two places, and installers may run it. Fix: move its name, version and install_requires into [project] in pyproject.toml, then delete it (keep it only if your build backend needs it for extension modules)",
        { file: fact2.file }
      );
    case "setup.cfg": {
      const first = fact2.metadataSections?.[0];
      if (!first) return null;
      const names = (fact2.metadataSections ?? []).map((s) => `[${s.name}]`).join(", ");
      return finding(
        "legacy-metadata",
        `setup.cfg declares package metadata (${names}) beside pyproject.toml. Fix: move it into [project] in pyproject.toml, then delete those sections (tool sections may stay)`,
        { file: fact2.file, line: first.line }
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
    const where2 = rule.file !== null ? { file: rule.file, line: rule.line } : { file: lock };
    const fix = rule.file !== null ? `remove that line from ${rule.file}` : `remove the pattern from ${rule.source}`;
    return git.tracked ? finding(
      "lock-untracked",
      `${lock} is tracked but ignored by ${ruleLocation(rule)}, so a re-created lock is silently left out of commits. Fix: ${fix} (or add \`!${lock}\` after it)`,
      where2
    ) : finding(
      "lock-untracked",
      `${lock} is ignored by ${ruleLocation(rule)}, so others and CI re-resolve and get different versions. Fix: ${fix}, then \`git add ${lock}\``,
      where2
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
  const where2 = env.realPath && env.realPath !== env.resolved ? `${env.resolved} (really ${env.realPath})` : env.resolved;
  switch (env.source) {
    case "environment":
      return finding(
        "venv-outside-project",
        `UV_PROJECT_ENVIRONMENT=${env.value} puts the project environment at ${where2}, outside the project, where editors and collaborators do not look. Fix: unset UV_PROJECT_ENVIRONMENT or point it inside the project (e.g. \`.venv\`)`
      );
    case "env-file":
      return finding(
        "venv-outside-project",
        `${env.file ?? ".env"} sets UV_PROJECT_ENVIRONMENT=${env.value}, which puts the project environment at ${where2}, outside the project. Fix: remove that line or point it inside the project (e.g. \`.venv\`)`,
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

// src/core/lock/pixi-manifest.ts
var CONDA_TABLES = ["dependencies", "host-dependencies", "build-dependencies"];
function isTable(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}
__name(isTable, "isTable");
function channelUrl(channel) {
  const c = channel.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(c)) return `${c.replace(/\/+$/, "")}/`;
  return `https://conda.anaconda.org/${c.replace(/^\/+|\/+$/g, "")}/`;
}
__name(channelUrl, "channelUrl");
var ManifestReader = class {
  constructor(file, locator, prefix) {
    this.file = file;
    this.locator = locator;
    this.prefix = prefix;
  }
  file;
  locator;
  prefix;
  static {
    __name(this, "ManifestReader");
  }
  position(path8) {
    const full = [...this.prefix, ...path8];
    for (let depth = full.length; depth > this.prefix.length - 1 && depth >= 0; depth--) {
      const span = this.locator.get(full.slice(0, depth));
      if (span) return { line: span.line, column: span.column };
      const header = this.locator.tableHeaderLines(full.slice(0, depth).join("."));
      if (header.length > 0) return { line: header[0] };
    }
    return {};
  }
  fail(path8, message) {
    throw this.error(path8, message);
  }
  error(path8, message) {
    return new ParseError(`\`${[...this.prefix, ...path8].join(".")}\` ${message}`, { file: this.file, ...this.position(path8), hint: `Fix it in ${this.file}; \`pixi lock\` rejects it too.` });
  }
  channels(value, path8) {
    if (value === void 0) return null;
    if (!Array.isArray(value)) this.fail(path8, "must be an array of channels");
    return value.map((c, i) => {
      if (typeof c === "string") return channelUrl(c);
      if (isTable(c) && typeof c.channel === "string") return channelUrl(c.channel);
      return this.fail([...path8, i], "must be a channel name, URL or { channel = \u2026 }");
    });
  }
  platforms(value, path8) {
    if (value === void 0) return null;
    if (!Array.isArray(value)) this.fail(path8, "must be an array of platforms");
    return value.map((p, i) => {
      const line = this.position([...path8, i]).line;
      const out = typeof p === "string" ? { subdir: p, cuda: null } : isTable(p) && typeof p.platform === "string" ? { subdir: p.platform, cuda: typeof p.cuda === "string" || typeof p.cuda === "number" ? String(p.cuda) : null } : this.fail([...path8, i], "must be a platform name or { platform = \u2026, cuda = \u2026 }");
      if (line !== void 0) out.line = line;
      return out;
    });
  }
  dependencies(table, path8, feature, platform, out) {
    for (const key of CONDA_TABLES) this.depTable(table[key], [...path8, key], "conda", feature, platform, out);
    this.depTable(table["pypi-dependencies"], [...path8, "pypi-dependencies"], "pypi", feature, platform, out);
  }
  depTable(value, path8, kind, feature, platform, out) {
    if (value === void 0) return;
    if (!isTable(value)) this.fail(path8, "must be a table of dependencies");
    for (const [name, raw] of Object.entries(value)) {
      const dep = { kind, name, spec: "*", direct: false, platform, feature, ...this.position([...path8, name]) };
      if (typeof raw === "string") dep.spec = raw;
      else if (isTable(raw)) {
        if (typeof raw.version === "string") dep.spec = raw.version;
        if (typeof raw.build === "string") dep.build = raw.build;
        dep.direct = ["git", "path", "url"].some((k) => k in raw);
      } else this.fail([...path8, name], "must be a version string or a table");
      out.push(dep);
    }
  }
  feature(name, table, path8) {
    const dependencies = [];
    this.dependencies(table, path8, name, null, dependencies);
    const targets = table.target;
    if (targets !== void 0) {
      if (!isTable(targets)) this.fail([...path8, "target"], "must be a table of platforms");
      for (const [platform, t] of Object.entries(targets)) {
        if (isTable(t)) this.dependencies(t, [...path8, "target", platform], name, platform, dependencies);
      }
    }
    const system = isTable(table["system-requirements"]) ? table["system-requirements"] : {};
    const cuda = typeof system.cuda === "string" || typeof system.cuda === "number" ? String(system.cuda) : null;
    const feature = { name, dependencies, platforms: this.platforms(table.platforms, [...path8, "platforms"]), channels: this.channels(table.channels, [...path8, "channels"]), cuda };
    const line = this.position(path8).line;
    if (line !== void 0) feature.line = line;
    return feature;
  }
};
function pyprojectRequirementName(req) {
  return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req)?.[1] ?? null;
}
__name(pyprojectRequirementName, "pyprojectRequirementName");
function parsePixiManifest(text, file) {
  const doc = parseToml(text, file);
  const isPyproject = file.endsWith("pyproject.toml");
  const tool = isTable(doc.tool) ? doc.tool : {};
  const root = isPyproject ? isTable(tool.pixi) ? tool.pixi : null : doc;
  if (!root) return null;
  const prefix = isPyproject ? ["tool", "pixi"] : [];
  const reader = new ManifestReader(file, locateValues(text), prefix);
  const wsKey = isTable(root.workspace) ? "workspace" : "project";
  const ws = isTable(root[wsKey]) ? root[wsKey] : {};
  const features = /* @__PURE__ */ new Map();
  const defaultFeature = reader.feature("default", root, []);
  defaultFeature.platforms = null;
  defaultFeature.channels = null;
  features.set("default", defaultFeature);
  if (isPyproject) {
    const project = isTable(doc.project) ? doc.project : {};
    const pep621 = new ManifestReader(file, reader.locator, []);
    const add = /* @__PURE__ */ __name((list, path8, feature) => {
      if (!Array.isArray(list)) return;
      list.forEach((req, i) => {
        if (typeof req !== "string") return;
        const name = pyprojectRequirementName(req);
        if (!name) return;
        const spec = req.slice(req.indexOf(name) + name.length).replace(/^\s*\[[^\]]*\]/, "").split(";")[0].trim();
        feature.dependencies.push({ kind: "pypi", name, spec: spec === "" ? "*" : spec, direct: spec.startsWith("@"), platform: null, feature: feature.name, ...pep621.position([...path8, i]) });
      });
    }, "add");
    add(project.dependencies, ["project", "dependencies"], defaultFeature);
    const groups = [
      ...Object.entries(isTable(project["optional-dependencies"]) ? project["optional-dependencies"] : {}).map(([n, l]) => [n, l, ["project", "optional-dependencies", n]]),
      ...Object.entries(isTable(doc["dependency-groups"]) ? doc["dependency-groups"] : {}).map(([n, l]) => [n, l, ["dependency-groups", n]])
    ];
    for (const [name, list, path8] of groups) {
      const feature = features.get(name) ?? { name, dependencies: [], platforms: null, channels: null, cuda: null };
      add(list, path8, feature);
      features.set(name, feature);
    }
  }
  const featureTables = isTable(root.feature) ? root.feature : {};
  for (const [name, table] of Object.entries(featureTables)) {
    if (!isTable(table)) throw reader.error(["feature", name], "must be a table");
    const feature = reader.feature(name, table, ["feature", name]);
    const existing = features.get(name);
    if (existing) feature.dependencies.push(...existing.dependencies);
    features.set(name, feature);
  }
  const environments = [];
  const envTable = isTable(root.environments) ? root.environments : {};
  for (const [name, value] of Object.entries(envTable)) {
    const path8 = ["environments", name];
    const line = reader.position(path8).line;
    let spec;
    if (Array.isArray(value)) spec = { name, features: value.filter((f) => typeof f === "string"), noDefaultFeature: false };
    else if (isTable(value)) {
      spec = { name, features: Array.isArray(value.features) ? value.features.filter((f) => typeof f === "string") : [], noDefaultFeature: value["no-default-feature"] === true };
    } else throw reader.error(path8, "must be a list of features or a table");
    for (const f of spec.features) if (!features.has(f)) throw reader.error(path8, `uses the undefined feature \`${f}\``);
    if (line !== void 0) spec.line = line;
    environments.push(spec);
  }
  if (!environments.some((e) => e.name === "default")) environments.unshift({ name: "default", features: [], noDefaultFeature: false, line: reader.position([wsKey]).line ?? 1 });
  const pkg = isTable(root.package) ? root.package : null;
  const manifest = {
    file,
    workspaceLine: reader.position([wsKey]).line ?? 1,
    channels: reader.channels(ws.channels, [wsKey, "channels"]) ?? [],
    platforms: reader.platforms(ws.platforms, [wsKey, "platforms"]) ?? [],
    features,
    environments,
    package: pkg ? { name: typeof pkg.name === "string" ? pkg.name : null, version: typeof pkg.version === "string" ? pkg.version : null, ...reader.position(["package", "version"]) } : null
  };
  const channelsLine = reader.position([wsKey, "channels"]).line;
  if (channelsLine !== void 0) manifest.channelsLine = channelsLine;
  return manifest;
}
__name(parsePixiManifest, "parsePixiManifest");
function environmentFeatures(manifest, env) {
  const names = env.noDefaultFeature ? env.features : ["default", ...env.features.filter((f) => f !== "default")];
  return names.map((n) => manifest.features.get(n)).filter((f) => f !== void 0);
}
__name(environmentFeatures, "environmentFeatures");
function environmentPlatforms(manifest, features) {
  let platforms = manifest.platforms;
  for (const f of features) {
    if (!f.platforms) continue;
    platforms = platforms.filter((p) => f.platforms.some((q) => q.subdir === p.subdir && q.cuda === p.cuda));
  }
  return platforms;
}
__name(environmentPlatforms, "environmentPlatforms");
function environmentChannels(manifest, features) {
  const out = [];
  for (const f of features) for (const c of f.channels ?? []) if (!out.includes(c)) out.push(c);
  for (const c of manifest.channels) if (!out.includes(c)) out.push(c);
  return out;
}
__name(environmentChannels, "environmentChannels");

// src/core/pep/conda-version.ts
function components(version) {
  let v = version.trim().toLowerCase();
  const local = v.indexOf("+");
  if (local >= 0) v = v.slice(0, local);
  let epoch = 0;
  const bang = v.indexOf("!");
  if (bang >= 0) {
    epoch = Number(v.slice(0, bang)) || 0;
    v = v.slice(bang + 1);
  }
  const parts = [[epoch]];
  for (const segment of v.split(/[._-]/)) {
    const atoms = [];
    for (const m of segment.matchAll(/(\d+)|([a-z]+)|(\*)/g)) {
      if (m[1] !== void 0) atoms.push(Number(m[1]));
      else if (m[2] !== void 0) atoms.push(m[2]);
    }
    if (atoms.length === 0) atoms.push(0);
    if (typeof atoms[0] === "string") atoms.unshift(0);
    parts.push(atoms);
  }
  return parts;
}
__name(components, "components");
function atomRank(a) {
  if (typeof a === "number") return 2;
  if (a === "dev") return 0;
  if (a === "post") return 3;
  return 1;
}
__name(atomRank, "atomRank");
function compareAtoms(a, b) {
  const ra = atomRank(a);
  const rb = atomRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
__name(compareAtoms, "compareAtoms");
function compareCondaVersions(a, b) {
  const pa = components(a);
  const pb = components(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const ca = pa[i] ?? [0];
    const cb = pb[i] ?? [0];
    for (let j = 0; j < Math.max(ca.length, cb.length); j++) {
      const d = compareAtoms(ca[j] ?? 0, cb[j] ?? 0);
      if (d !== 0) return Math.sign(d);
    }
  }
  return 0;
}
__name(compareCondaVersions, "compareCondaVersions");
function startsWith(version, prefix) {
  const pv = components(version);
  const pp = components(prefix);
  for (let i = 0; i < pp.length; i++) {
    const a = pv[i] ?? [0];
    const b = pp[i];
    if (a.length !== b.length || a.some((x, j) => compareAtoms(x, b[j]) !== 0)) {
      return false;
    }
  }
  return true;
}
__name(startsWith, "startsWith");
function single(version, constraint) {
  const c = constraint.trim();
  if (c === "" || c === "*") return true;
  const m = /^(>=|<=|==|!=|~=|>|<|=)?\s*([0-9A-Za-z!.+_*-]+)$/.exec(c);
  if (!m) return null;
  const op = m[1] ?? "";
  let target = m[2];
  const wildcard = target.endsWith(".*") || target.endsWith("*");
  if (wildcard) target = target.replace(/\.?\*$/, "");
  if (!/^[0-9]/.test(target.replace(/^\d+!/, ""))) return null;
  switch (op) {
    case "":
    case "=":
      return compareCondaVersions(version, target) === 0 || startsWith(version, target);
    case "==":
      return wildcard ? startsWith(version, target) : compareCondaVersions(version, target) === 0;
    case "!=":
      return wildcard ? !startsWith(version, target) : compareCondaVersions(version, target) !== 0;
    case ">=":
      return compareCondaVersions(version, target) >= 0;
    case "<=":
      return compareCondaVersions(version, target) <= 0;
    case ">":
      return compareCondaVersions(version, target) > 0;
    case "<":
      return compareCondaVersions(version, target) < 0;
    case "~=": {
      const prefix = target.split(".").slice(0, -1).join(".");
      return compareCondaVersions(version, target) >= 0 && (prefix === "" || startsWith(version, prefix));
    }
    default:
      return null;
  }
}
__name(single, "single");
function condaVersionSatisfies(version, spec) {
  const s = spec.trim();
  if (s === "" || s === "*") return true;
  if (/[()^$]/.test(s)) return null;
  let unknown = false;
  for (const alternative of s.split("|")) {
    let all = true;
    for (const part of alternative.split(",")) {
      const r = single(version, part);
      if (r === null) unknown = true;
      if (r !== true) all = false;
    }
    if (all) return true;
  }
  return unknown ? null : false;
}
__name(condaVersionSatisfies, "condaVersionSatisfies");
function condaBuildMatches(build, pattern) {
  const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(build);
}
__name(condaBuildMatches, "condaBuildMatches");
function isExactCondaPin(spec) {
  const s = spec.trim();
  return /^(==)?\s*\d[0-9A-Za-z!._+-]*$/.test(s) && !s.includes("*");
}
__name(isExactCondaPin, "isExactCondaPin");

// src/core/lock/pixi-stale.ts
var RELOCK = "Run `pixi lock` and commit pixi.lock (CI installs with `--locked`, which refuses a stale lock).";
function lockPlatformFor(lock, wanted, available) {
  const candidates = lock.platforms.filter((p) => available.includes(p.name) && p.subdir === wanted.subdir);
  if (lock.version < 7) return candidates[0];
  return candidates.find((p) => (p.cuda ?? null) === (wanted.cuda ?? null));
}
__name(lockPlatformFor, "lockPlatformFor");
function satisfiedBy(dep, records) {
  const name = dep.kind === "pypi" ? normalizeName(dep.name) : dep.name.toLowerCase().replace(/^.*::/, "");
  if (dep.kind === "conda") {
    const found = records.filter((r) => r.kind === "conda" && r.name === name);
    if (found.length === 0) return { ok: false, found };
    let unknown = false;
    for (const r of found) {
      if (r.kind !== "conda") continue;
      const version = r.source ? true : condaVersionSatisfies(r.version, dep.spec);
      const build = dep.build === void 0 || r.source || condaBuildMatches(r.build, dep.build);
      if (version === true && build) return { ok: true, found };
      if (version === null) unknown = true;
    }
    return { ok: unknown ? null : false, found };
  }
  const pypi = records.filter((r) => r.kind === "pypi" && r.name === name);
  if (pypi.length > 0) {
    if (dep.direct || dep.spec === "*" || pypi.some((r) => r.location.startsWith("git+") || !/^https?:/.test(r.location))) return { ok: true, found: pypi };
    const spec = dep.spec.replace(/^\s*@.*$/, "");
    if (!isValidSpecifier(spec)) return { ok: null, found: pypi };
    return { ok: pypi.some((r) => versionSatisfies(r.version, spec, { prereleases: true })), found: pypi };
  }
  const conda = records.filter((r) => r.kind === "conda" && (r.pypiNames ? r.pypiNames.includes(name) : r.name === name));
  return { ok: conda.length > 0 ? true : false, found: conda };
}
__name(satisfiedBy, "satisfiedBy");
function targetApplies(selector, subdir) {
  return selector === subdir || subdir.startsWith(`${selector}-`) || selector === "unix" && !subdir.startsWith("win");
}
__name(targetApplies, "targetApplies");
function featureDependencies(deps, subdir) {
  const specific = deps.filter((d) => d.platform !== null && targetApplies(d.platform, subdir));
  const overridden = new Set(specific.map((d) => `${d.kind}\0${d.name.toLowerCase()}`));
  return [...deps.filter((d) => d.platform === null && !overridden.has(`${d.kind}\0${d.name.toLowerCase()}`)), ...specific];
}
__name(featureDependencies, "featureDependencies");
function where(dep) {
  const table = dep.kind === "pypi" ? "pypi-dependencies" : "dependencies";
  return `${dep.feature === "default" ? "" : `feature \`${dep.feature}\` `}${dep.platform ? `target \`${dep.platform}\` ` : ""}${table}`;
}
__name(where, "where");
function pixiStaleFindings(manifest, lock, files) {
  const findings = [];
  const stale = /* @__PURE__ */ __name((message, line, extra = {}) => {
    const f = { code: "lock-stale", severity: "error", message: `${message} ${RELOCK}`, file: files.manifest, ...extra };
    if (line !== void 0) f.line = line;
    findings.push(f);
  }, "stale");
  const byName = new Map(lock.environments.map((e) => [e.name, e]));
  for (const spec of manifest.environments) {
    const env = byName.get(spec.name);
    if (!env) {
      stale(`environment \`${spec.name}\` is in ${files.manifest} but not in ${files.lock}.`, spec.line);
      continue;
    }
    const features = environmentFeatures(manifest, spec);
    const wanted = new Set(environmentChannels(manifest, features));
    const locked = new Set(env.channels.map((c) => `${c.replace(/\/+$/, "")}/`));
    const missing = [...wanted].filter((c) => !locked.has(c));
    const extra = [...locked].filter((c) => !wanted.has(c));
    if (missing.length > 0 || extra.length > 0) {
      stale(`environment \`${spec.name}\` resolves from ${[...wanted].join(", ") || "(no channels)"}, but ${files.lock} was solved with ${[...locked].join(", ") || "(no channels)"}.`, manifest.channelsLine ?? manifest.workspaceLine);
    }
    const available = [...env.packages.keys()];
    for (const platform of environmentPlatforms(manifest, features)) {
      const lockPlatform = lockPlatformFor(lock, platform, available);
      const label3 = `${platform.subdir}${platform.cuda ? ` (cuda ${platform.cuda})` : ""}`;
      if (!lockPlatform) {
        stale(`environment \`${spec.name}\` needs platform ${label3}, which ${files.lock} has no packages for.`, platform.line ?? spec.line);
        continue;
      }
      const records = env.packages.get(lockPlatform.name) ?? [];
      const targetId = `${spec.name}-${lockPlatform.name}`;
      for (const feature of features) {
        for (const dep of featureDependencies(feature.dependencies, platform.subdir)) {
          const { ok, found } = satisfiedBy(dep, records);
          if (ok !== false) continue;
          const what = found.length === 0 ? `is not in ${files.lock} for environment \`${spec.name}\` on ${lockPlatform.name}` : `is not satisfied by the locked ${found.map((r) => `${r.name} ${r.version}${r.kind === "conda" && dep.build ? ` (${r.build})` : ""}`).join(", ")}`;
          stale(`${dep.name}${dep.spec !== "*" ? ` ${dep.spec}` : ""}${dep.build ? ` [build ${dep.build}]` : ""} (${where(dep)}) ${what}.`, dep.line, { package: normalizeName(dep.name), target: targetId });
        }
      }
    }
  }
  const pkg = manifest.package;
  if (pkg?.name && pkg.version) {
    const own = lock.records.filter((r) => r.kind === "conda" && r.source && r.name === pkg.name);
    const other = [...new Set(own.map((r) => r.version).filter((v) => v !== "" && v !== pkg.version))];
    if (own.length > 0 && other.length > 0) stale(`[package] ${pkg.name} is version ${pkg.version}, but ${files.lock} records it as ${other.join(", ")}.`, pkg.line, { package: pkg.name });
  }
  return dedupe(findings);
}
__name(pixiStaleFindings, "pixiStaleFindings");
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = `${f.line}\0${f.message.replace(/ for environment `[^`]+` on \S+/, "")}`;
    if (seen.has(key)) continue;
    seen.set(key, f);
    out.push(f);
  }
  return out;
}
__name(dedupe, "dedupe");

// src/core/lock/yaml-block.ts
var YAML_LINE = /* @__PURE__ */ Symbol("yaml-line");
function lineOf(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value[YAML_LINE] : void 0;
}
__name(lineOf, "lineOf");
var Reader = class {
  constructor(lines, file) {
    this.lines = lines;
    this.file = file;
  }
  lines;
  file;
  static {
    __name(this, "Reader");
  }
  pos = 0;
  fail(no, message) {
    throw new ParseError(`invalid YAML: ${message}`, { file: this.file, line: no, hint: `${this.file} is not in the format pixi writes; regenerate it with \`pixi lock\`.` });
  }
  done() {
    return this.pos >= this.lines.length;
  }
  peek() {
    return this.lines[this.pos];
  }
  /** A block node whose lines start at column `indent`. */
  block(indent) {
    const first = this.peek();
    if (!first || first.indent < indent) return null;
    return first.text.startsWith("- ") || first.text === "-" ? this.sequence(first.indent) : this.mapping(first.indent, first.text, first.no);
  }
  sequence(indent) {
    const items = [];
    for (let line = this.peek(); line && line.indent === indent && (line.text.startsWith("- ") || line.text === "-"); line = this.peek()) {
      const rest = line.text === "-" ? "" : line.text.slice(2).trimStart();
      const column = indent + (line.text.length - rest.length);
      if (rest === "") {
        this.pos++;
        items.push(this.block(indent + 1));
      } else if (isMappingEntry(rest)) {
        this.lines[this.pos] = { indent: column, text: rest, no: line.no };
        items.push(this.mapping(column, rest, line.no));
      } else {
        this.pos++;
        items.push(this.scalar(rest, line.no, indent));
      }
    }
    return items;
  }
  mapping(indent, _text, no) {
    const map = {};
    Object.defineProperty(map, YAML_LINE, { value: no, enumerable: false });
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      if (line.text.startsWith("- ")) break;
      const colon = keyEnd(line.text);
      if (colon < 0) this.fail(line.no, `expected \`key: value\`, got \`${line.text.slice(0, 60)}\``);
      const key = unquoteKey(line.text.slice(0, colon));
      const rest = line.text.slice(colon + 1).trim();
      this.pos++;
      if (rest === "") {
        const next = this.peek();
        if (next && (next.indent > indent || next.indent === indent && (next.text.startsWith("- ") || next.text === "-"))) map[key] = this.block(next.indent);
        else map[key] = null;
      } else {
        map[key] = this.scalar(rest, line.no, indent);
      }
    }
    return map;
  }
  scalar(text, no, indent) {
    if (text === "|" || text === "|-" || text === ">" || text === ">-" || text === "|+" || text === ">+") return this.blockScalar(text, indent);
    const c = text[0];
    if (c === "'") {
      const end = closingSingle(text);
      if (end < 0) this.fail(no, "unterminated single-quoted string");
      return text.slice(1, end).replace(/''/g, "'");
    }
    if (c === '"') {
      try {
        const end = closingDouble(text);
        return JSON.parse(text.slice(0, end + 1));
      } catch {
        this.fail(no, "unsupported double-quoted string");
      }
    }
    if (c === "[") {
      if (/^\[\s*\]$/.test(text)) return [];
      if (!text.endsWith("]")) this.fail(no, "multi-line flow sequences are not supported");
      return text.slice(1, -1).split(",").map((s) => this.scalar(s.trim(), no, indent));
    }
    if (c === "{") {
      if (/^\{\s*\}$/.test(text)) return {};
      this.fail(no, "flow mappings are not supported");
    }
    if (c === "&" || c === "*" || c === "!") this.fail(no, "anchors, aliases and tags are not supported");
    const hash = text.indexOf(" #");
    const plain = hash >= 0 ? text.slice(0, hash).trimEnd() : text;
    if (plain === "null" || plain === "~") return null;
    if (plain === "true") return true;
    if (plain === "false") return false;
    if (/^-?\d+$/.test(plain) && plain.length < 16) return Number(plain);
    return plain;
  }
  blockScalar(indicator, indent) {
    const parts = [];
    for (let line = this.peek(); line && line.indent > indent; line = this.peek()) {
      parts.push(line.text);
      this.pos++;
    }
    const joined = indicator.startsWith(">") ? parts.join(" ") : parts.join("\n");
    return indicator.endsWith("-") ? joined : `${joined}
`;
  }
};
function keyEnd(text) {
  if (text[0] === '"' || text[0] === "'") {
    const end = text[0] === '"' ? closingDouble(text) : closingSingle(text);
    return end >= 0 && text[end + 1] === ":" ? end + 1 : -1;
  }
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    if (i === text.length - 1 || text[i + 1] === " ") return i;
  }
  return -1;
}
__name(keyEnd, "keyEnd");
function isMappingEntry(text) {
  if (text[0] === "[" || text[0] === "{") return false;
  return keyEnd(text) > 0;
}
__name(isMappingEntry, "isMappingEntry");
function unquoteKey(key) {
  if (key[0] === "'") return key.slice(1, -1).replace(/''/g, "'");
  if (key[0] === '"') return JSON.parse(key);
  return key;
}
__name(unquoteKey, "unquoteKey");
function closingSingle(text) {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
__name(closingSingle, "closingSingle");
function closingDouble(text) {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}
__name(closingDouble, "closingDouble");
function parseYamlBlock(text, file) {
  const raw = text.split("\n");
  const lines = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    if (line.endsWith("\r")) line = line.slice(0, -1);
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) continue;
    if (line.charCodeAt(indent) === 35) continue;
    if (line.charCodeAt(indent) === 9) throw new ParseError("invalid YAML: tab used for indentation", { file, line: i + 1 });
    if (indent === 0 && (line === "---" || line === "...")) continue;
    lines.push({ indent, text: indent === 0 ? line : line.slice(indent), no: i + 1 });
  }
  const reader = new Reader(lines, file);
  const root = reader.block(0);
  if (!reader.done()) {
    const stray = reader.peek();
    reader.fail(stray.no, `unexpected indentation at \`${stray.text.slice(0, 60)}\``);
  }
  return root;
}
__name(parseYamlBlock, "parseYamlBlock");

// src/core/lock/pixilock.ts
var ARCHIVE = /\.(conda|tar\.bz2)$/;
function asMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
}
__name(asMap, "asMap");
function asList2(value) {
  return Array.isArray(value) ? value : [];
}
__name(asList2, "asList");
function str(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}
__name(str, "str");
function strings(value) {
  return asList2(value).map(str).filter((s) => s !== null);
}
__name(strings, "strings");
function condaArchiveParts(location) {
  const clean = location.split(/[?#]/)[0];
  const segments = clean.split("/");
  const file = segments.pop() ?? "";
  if (!ARCHIVE.test(file)) return null;
  const stem = file.replace(ARCHIVE, "");
  const build = stem.lastIndexOf("-");
  const version = build > 0 ? stem.lastIndexOf("-", build - 1) : -1;
  if (build < 0 || version < 0) return null;
  return { name: stem.slice(0, version), version: stem.slice(version + 1, build), build: stem.slice(build + 1), subdir: segments.pop() ?? null };
}
__name(condaArchiveParts, "condaArchiveParts");
function pypiNames(record) {
  if (!("purls" in record)) return null;
  return strings(record.purls).map((p) => /^pkg:pypi\/([^@?#]+)/.exec(p)?.[1]).filter((n) => !!n).map((n) => decodeURIComponent(n).toLowerCase().replace(/[-_.]+/g, "-"));
}
__name(pypiNames, "pypiNames");
var LockReader = class {
  constructor(file, version) {
    this.file = file;
    this.version = version;
  }
  file;
  version;
  static {
    __name(this, "LockReader");
  }
  error(line, message) {
    return new ParseError(message, { file: this.file, line, hint: `Regenerate ${this.file} with \`pixi lock\`.` });
  }
  fail(line, message) {
    throw this.error(line, message);
  }
  record(raw) {
    const map = asMap(raw);
    if (!map) this.fail(void 0, "a `packages` entry is not a mapping");
    const line = lineOf(map);
    const kind = this.version <= 5 ? str(map.kind) : "conda" in map ? "conda" : "conda_source" in map ? "conda_source" : "pypi" in map ? "pypi" : null;
    if (kind === "pypi") {
      const location = this.version <= 5 ? str(map.url) ?? str(map.path) : str(map.pypi);
      const name = str(map.name);
      const version = str(map.version);
      if (!location || !name || version === null) this.fail(line, "a PyPI record lacks its location, name or version");
      const record = { kind: "pypi", location, name: name.toLowerCase().replace(/[-_.]+/g, "-"), version, editable: map.editable === true, requiresDist: strings(map.requires_dist) };
      if (line !== void 0) record.line = line;
      return record;
    }
    if (kind === "conda" || kind === "conda_source") {
      const location = kind === "conda_source" ? str(map.conda_source) : this.version <= 5 ? str(map.url) : str(map.conda);
      if (!location) this.fail(line, "a conda record lacks its location");
      const parts = condaArchiveParts(location);
      const sourceName = kind === "conda_source" ? /^([^[@\s]+)/.exec(location)?.[1] ?? null : null;
      const name = str(map.name) ?? parts?.name ?? sourceName;
      if (!name) this.fail(line, `conda record ${location} has no name`);
      const record = {
        kind: "conda",
        location,
        name,
        version: str(map.version) ?? parts?.version ?? "",
        build: str(map.build) ?? parts?.build ?? "",
        subdir: str(map.subdir) ?? parts?.subdir ?? "",
        source: kind === "conda_source" || parts === null,
        depends: strings(map.depends),
        pypiNames: pypiNames(map)
      };
      if (line !== void 0) record.line = line;
      return record;
    }
    this.fail(line, `unknown record kind${kind ? ` \`${kind}\`` : ""}`);
  }
};
var SELECTOR_FIELDS = ["name", "version", "build", "subdir"];
function parsePixiLock(text, file = "pixi.lock") {
  const doc = asMap(parseYamlBlock(text, file));
  if (!doc) throw new ParseError("not a pixi lock file (expected a mapping with `version`)", { file, line: 1 });
  const version = doc.version;
  if (typeof version !== "number") throw new ParseError("missing or non-integer `version` field", { file, line: 1, hint: `Regenerate ${file} with \`pixi lock\`.` });
  if (version > 7) {
    throw new LockstepError(`${file} is lock format version ${version}, but lockstep reads versions 4 to 7.`, {
      file,
      line: 1,
      hint: "Upgrade lockstep, or write the lock with the pixi version your CI pins."
    });
  }
  if (version < 4) {
    throw new LockstepError(`${file} is lock format version ${version}, which lockstep does not read (versions 4 to 7).`, {
      file,
      line: 1,
      hint: "Re-lock with a current pixi (`pixi lock`) to write a newer format."
    });
  }
  const reader = new LockReader(file, version);
  const records = asList2(doc.packages).map((r) => reader.record(r));
  const byLocation = /* @__PURE__ */ new Map();
  for (const r of records) {
    const key = `${r.kind}\0${r.location}`;
    const list = byLocation.get(key);
    if (list) list.push(r);
    else byLocation.set(key, [r]);
  }
  const platforms = /* @__PURE__ */ new Map();
  if (version >= 7) {
    for (const raw of asList2(doc.platforms)) {
      const map = asMap(raw);
      const name = str(map?.name);
      if (!map || !name) throw reader.error(lineOf(raw), "a `platforms` entry has no name");
      const virtualPackages = strings(map.virtual_packages ?? map["virtual-packages"]);
      const cuda = virtualPackages.map((v) => /^__cuda=([^=]+)/.exec(v)?.[1]).find((v) => v !== void 0) ?? null;
      const platform = { name, subdir: str(map.subdir) ?? name, virtualPackages, cuda };
      const line = lineOf(map);
      if (line !== void 0) platform.line = line;
      platforms.set(name, platform);
    }
  }
  const environments = [];
  for (const [name, raw] of Object.entries(asMap(doc.environments) ?? {})) {
    const map = asMap(raw);
    if (!map) throw reader.error(void 0, `environment \`${name}\` is not a mapping`);
    const channels = asList2(map.channels).map((c) => str(asMap(c)?.url ?? c)).filter((c) => c !== null);
    const env = { name, channels, indexes: strings(map.indexes), packages: /* @__PURE__ */ new Map() };
    const line = lineOf(map);
    if (line !== void 0) env.line = line;
    for (const [platform, entries] of Object.entries(asMap(map.packages) ?? {})) {
      if (!platforms.has(platform)) {
        if (version >= 7) throw reader.error(env.line, `environment \`${name}\` uses the unregistered platform \`${platform}\``);
        platforms.set(platform, { name: platform, subdir: platform, virtualPackages: [], cuda: null });
      }
      const list = [];
      for (const entry of asList2(entries)) {
        const e = asMap(entry);
        if (!e) continue;
        const kind = "conda_source" in e ? "conda" : "conda" in e ? "conda" : "pypi" in e ? "pypi" : null;
        const location = str(e.conda_source ?? e.conda ?? e.pypi);
        if (!kind || !location) throw reader.error(lineOf(e), `environment \`${name}\` lists an entry without \`conda\` or \`pypi\``);
        let candidates = byLocation.get(`${kind}\0${location}`);
        if (!candidates) throw reader.error(lineOf(e), `environment \`${name}\` (${platform}) refers to a package that does not exist: ${location}`);
        if (candidates.length > 1) {
          const subdir = platforms.get(platform).subdir;
          const narrowed = candidates.filter(
            (c) => SELECTOR_FIELDS.every((f) => e[f] === void 0 || str(e[f]) === c[f]) && (c.kind !== "conda" || !c.subdir || c.subdir === subdir || c.subdir === "noarch")
          );
          if (narrowed.length > 0) candidates = narrowed;
        }
        list.push(candidates[0]);
      }
      env.packages.set(platform, list);
    }
    environments.push(env);
  }
  return { file, version, platforms: [...platforms.values()], environments, records };
}
__name(parsePixiLock, "parsePixiLock");

// src/core/matrix/pixi-cuda.ts
function fact(cuda, record, evidence) {
  const m = /^(\d+)(?:\.(\d+))?/.exec(cuda);
  if (!m) return null;
  const major = Number(m[1]);
  const minor = m[2] !== void 0 ? Number(m[2]) : null;
  return { cuda: minor === null ? String(major) : `${major}.${minor}`, major, minor, record, evidence };
}
__name(fact, "fact");
function cudaFromBuildToken(token) {
  const dotted = /^(\d+)\.(\d+)/.exec(token);
  if (dotted) return `${dotted[1]}.${dotted[2]}`;
  const digits = /^(\d{2,4})/.exec(token)?.[1];
  if (!digits) return null;
  if (digits.startsWith("1") && digits.length >= 3) return `${digits.slice(0, 2)}.${Number(digits.slice(2))}`;
  if (digits.length === 2 && digits.startsWith("1")) return `${digits}`;
  return `${digits[0]}.${Number(digits.slice(1))}`;
}
__name(cudaFromBuildToken, "cudaFromBuildToken");
function condaBuildCuda(build) {
  const b = build.toLowerCase();
  const cuda = /(?:^|_)cuda[_]?(\d[\d.]*)/.exec(b);
  if (cuda) return cudaFromBuildToken(cuda[1]);
  if (/(?:^|_)cpu(?:_|$)/.test(b) || b.startsWith("cpu")) return "cpu";
  return null;
}
__name(condaBuildCuda, "condaBuildCuda");
var FRAMEWORKS = /* @__PURE__ */ new Set(["pytorch", "pytorch-gpu", "pytorch-cpu", "jaxlib"]);
function collectCudaFacts(records) {
  const facts = { runtime: null, nvcc: null, torch: null, torchCpu: null, jaxCpu: null, pypi: [] };
  let pytorchCuda = null;
  for (const r of records) {
    if (r.kind === "conda") {
      const c = r;
      if (c.name === "cuda-version" || !facts.runtime && (c.name === "cudatoolkit" || c.name === "cuda-cudart")) {
        const f = fact(c.version, c, `conda ${c.name} ${c.version}`);
        if (f && (c.name === "cuda-version" || !facts.runtime)) facts.runtime = f;
      } else if (c.name === "cuda-nvcc") {
        facts.nvcc = fact(c.version, c, `conda cuda-nvcc ${c.version}`);
      } else if (c.name === "pytorch-cuda") {
        pytorchCuda = fact(c.version, c, `conda pytorch-cuda ${c.version}`);
      } else if (FRAMEWORKS.has(c.name)) {
        const cuda = condaBuildCuda(c.build);
        if (cuda === "cpu") {
          if (c.name === "jaxlib") facts.jaxCpu = c;
          else if (c.name === "pytorch") facts.torchCpu = c;
        } else if (cuda && c.name === "pytorch") {
          facts.torch = fact(cuda, c, `conda pytorch ${c.version} build ${c.build}`);
        }
      }
    } else {
      const flavour = cudaFlavour({ name: r.name, version: r.version, source: r.location, wheelUrls: [r.location] });
      if (r.name === "torch") {
        if (flavour?.cuda === "cpu") facts.torchCpu = r;
        else if (flavour && flavour.major !== null) facts.torch = fact(flavour.cuda, r, `PyPI torch ${r.version} (${flavour.evidence})`);
      }
      if (flavour && flavour.major !== null) {
        const f = fact(flavour.cuda, r, `PyPI ${r.name} ${r.version} (${flavour.evidence})`);
        if (f) facts.pypi.push(f);
      }
    }
  }
  if (!facts.torch && pytorchCuda) facts.torch = pytorchCuda;
  return facts;
}
__name(collectCudaFacts, "collectCudaFacts");
function label(f) {
  return `${f.evidence}, CUDA ${f.cuda}`;
}
__name(label, "label");
function pixiCudaFindings(records, ctx) {
  const facts = collectCudaFacts(records);
  const findings = [];
  const add = /* @__PURE__ */ __name((severity, record, message) => {
    const f = { code: "cuda-mismatch", severity, package: record.name, version: record.version, target: ctx.targetId, message, file: ctx.lockFile };
    if (record.line !== void 0) f.line = record.line;
    findings.push(f);
  }, "add");
  if (facts.nvcc && facts.torch) {
    const { nvcc, torch } = facts;
    if (nvcc.major !== torch.major) {
      add("error", nvcc.record, `${label(nvcc)} cannot build extensions for ${label(torch)}: torch.utils.cpp_extension refuses a compiler of another CUDA major. Fix: pin \`cuda-nvcc\` (or \`cuda-version\`) to ${torch.cuda}.*, or move torch to CUDA ${nvcc.major}.`);
    } else if (nvcc.minor !== null && torch.minor !== null && nvcc.minor !== torch.minor) {
      add("warning", nvcc.record, `${label(nvcc)} differs in minor from ${label(torch)}: extensions it builds target CUDA ${nvcc.cuda} while torch runs CUDA ${torch.cuda} (torch warns; newer PTX can fail on a driver for the older minor). Fix: pin \`cuda-nvcc = "${torch.cuda}.*"\` (and \`cuda-version\`) beside torch.`);
    }
  }
  const declaredMajor = ctx.declared ? Number(ctx.declared.split(".")[0]) : null;
  const reported = /* @__PURE__ */ new Set();
  for (const p of facts.pypi) {
    if (declaredMajor !== null && p.major > declaredMajor) {
      reported.add(p.record);
      add("error", p.record, `${label(p)} needs a CUDA ${p.major} driver, but the environment declares CUDA ${ctx.declared} (${ctx.declaredBy}): PyPI wheels are not checked against it by the solver, and fail to load there. Fix: take the cu${declaredMajor} build of ${p.record.name}, or raise the declared CUDA.`);
    } else if (facts.runtime && p.major !== facts.runtime.major) {
      reported.add(p.record);
      add("error", p.record, `${label(p)} and ${label(facts.runtime)} are different CUDA majors in one environment: two libcudart majors cannot load in one process. Fix: take the cu${facts.runtime.major} build of ${p.record.name}, or pin conda \`cuda-version\` to ${p.major}.*.`);
    }
  }
  const gpuPlatform = !ctx.subdir.startsWith("osx") && ctx.subdir !== "noarch";
  if (ctx.declared && gpuPlatform) {
    for (const [cpu, what] of [[facts.torchCpu, "pytorch"], [facts.jaxCpu, "jaxlib"]]) {
      if (!cpu) continue;
      if (what === "pytorch" && facts.torch) continue;
      add("warning", cpu, `the environment declares CUDA ${ctx.declared} (${ctx.declaredBy}) on this platform, but ${cpu.name} ${cpu.version} resolved to a CPU build${cpu.kind === "conda" ? ` (${cpu.build})` : ""}: nothing runs on the GPU. Fix: require the CUDA build (conda: \`${what === "pytorch" ? "pytorch-gpu" : 'jaxlib = { build = "cuda*" }'}\`), or drop the CUDA requirement for this environment.`);
    }
  }
  return findings;
}
__name(pixiCudaFindings, "pixiCudaFindings");

// src/core/matrix/pixi-engine.ts
var WHEEL = /\.whl$/i;
var SDIST = /\.(tar\.gz|zip|tar\.bz2|tgz|tar\.xz)$/i;
var UV_PLATFORM = {
  "linux-64": "x86_64-manylinux_2_28",
  "linux-aarch64": "aarch64-manylinux_2_28",
  "osx-arm64": "aarch64-apple-darwin",
  "osx-64": "x86_64-apple-darwin",
  "win-64": "x86_64-pc-windows-msvc"
};
function fileName(location) {
  return decodeURIComponent(location.split(/[?#]/)[0].split("/").pop() ?? location);
}
__name(fileName, "fileName");
function pixiVerdict(record) {
  if (record.kind === "conda") return record.source ? { status: "source", file: record.location } : { status: "conda", file: fileName(record.location) };
  const loc = record.location.replace(/^direct\+/, "");
  if (record.editable || loc.startsWith("git+") || !/^[a-z]+:\/\//i.test(loc)) return { status: "source", file: loc };
  const file = fileName(loc);
  if (WHEEL.test(file)) return { status: "wheel", file };
  if (SDIST.test(file)) return { status: "sdist", file };
  return { status: "source", file: loc };
}
__name(pixiVerdict, "pixiVerdict");
function sourceLabel(record) {
  if (record.kind === "conda") {
    if (record.source) return `source+${record.location}`;
    const url = record.location.split("/");
    return `conda+${url.slice(0, -2).join("/")}`;
  }
  const v = pixiVerdict(record);
  if (record.location.startsWith("git+")) return record.location;
  if (v.status === "source") return `path+${record.location}`;
  return `url+${record.location}`;
}
__name(sourceLabel, "sourceLabel");
function applySeverity(finding2, options) {
  const override = options.severities?.[finding2.code];
  return override ? { ...finding2, severity: override } : finding2;
}
__name(applySeverity, "applySeverity");
function emptyReport() {
  return { schema: 1, project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 }, targets: [], packages: [], findings: [] };
}
__name(emptyReport, "emptyReport");
function declaredCuda(platform, manifest, envName) {
  if (platform.cuda) return { cuda: platform.cuda, by: `platform ${platform.name}: __cuda=${platform.cuda}` };
  if (!manifest) return { cuda: null, by: "" };
  const spec = manifest.environments.find((e) => e.name === envName);
  if (!spec) return { cuda: null, by: "" };
  let best = null;
  for (const f of environmentFeatures(manifest, spec)) {
    if (f.cuda && (!best || Number.parseFloat(f.cuda) > Number.parseFloat(best.cuda))) best = { cuda: f.cuda, feature: f.name };
  }
  if (!best) return { cuda: null, by: "" };
  return { cuda: best.cuda, by: `system-requirements.cuda = "${best.cuda}"${best.feature === "default" ? "" : ` in feature \`${best.feature}\``}` };
}
__name(declaredCuda, "declaredCuda");
function selectTargets(lock, options) {
  const envNames = options.environments ?? [];
  const unknownEnvs = envNames.filter((e) => !lock.environments.some((x) => x.name === e));
  if (unknownEnvs.length > 0) {
    throw new LockstepError(`environment ${unknownEnvs.map((e) => `\`${e}\``).join(", ")} not in ${lock.file}.`, {
      hint: `Environments in ${lock.file}: ${lock.environments.map((e) => e.name).join(", ")}.`
    });
  }
  const platformNames = options.platforms ?? [];
  const unknownPlatforms = platformNames.filter((p) => !lock.platforms.some((x) => x.name === p || x.subdir === p));
  if (unknownPlatforms.length > 0) {
    throw new LockstepError(`platform ${unknownPlatforms.map((p) => `\`${p}\``).join(", ")} not in ${lock.file}.`, {
      hint: `Platforms in ${lock.file}: ${lock.platforms.map((p) => p.name === p.subdir ? p.name : `${p.name} (${p.subdir}${p.cuda ? `, cuda ${p.cuda}` : ""})`).join(", ")}.`
    });
  }
  const platforms = new Map(lock.platforms.map((p) => [p.name, p]));
  const out = [];
  for (const env of lock.environments) {
    if (envNames.length > 0 && !envNames.includes(env.name)) continue;
    for (const name of env.packages.keys()) {
      const platform = platforms.get(name);
      if (platformNames.length > 0 && !platformNames.includes(platform.name) && !platformNames.includes(platform.subdir)) continue;
      out.push({ env, platform });
    }
  }
  return out;
}
__name(selectTargets, "selectTargets");
function unpinnedFindings(manifest, lock) {
  const findings = [];
  const lockedVersions = /* @__PURE__ */ __name((kind, name) => [...new Set((lock?.records ?? []).filter((r) => r.kind === kind && r.name === name).map((r) => r.version))], "lockedVersions");
  const seen = /* @__PURE__ */ new Set();
  for (const feature of manifest.features.values()) {
    for (const dep of feature.dependencies) {
      if (dep.direct) continue;
      const key = `${dep.kind}\0${dep.name}\0${dep.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let pinned;
      if (dep.kind === "conda") pinned = isExactCondaPin(dep.spec);
      else {
        try {
          pinned = exactPin(parseRequirement(`${dep.name}${dep.spec === "*" ? "" : dep.spec}`)) !== null;
        } catch {
          pinned = true;
        }
      }
      if (pinned) continue;
      const name = dep.kind === "pypi" ? normalizeName(dep.name) : dep.name.toLowerCase();
      const locked = lockedVersions(dep.kind, name);
      const table = dep.kind === "pypi" ? "pypi-dependencies" : "dependencies";
      const suggestion = locked.length === 1 ? ` Pin what pixi.lock resolved: \`${dep.name} = "==${locked[0]}"\`.` : " Pin it with `==` to the version you tested.";
      const f = {
        code: "unpinned-dependency",
        severity: "warning",
        package: name,
        message: `${dep.name} in ${feature.name === "default" ? "" : `feature \`${feature.name}\` `}${dep.platform ? `target \`${dep.platform}\` ` : ""}${table} is not pinned exactly (${dep.spec === "*" ? "any version" : `\`${dep.spec}\``}).${suggestion}`,
        file: manifest.file
      };
      if (dep.line !== void 0) f.line = dep.line;
      if (dep.column !== void 0) f.column = dep.column;
      findings.push(f);
    }
  }
  return findings;
}
__name(unpinnedFindings, "unpinnedFindings");
function label2(record) {
  return `${record.name} ${record.version}`;
}
__name(label2, "label");
function checkPixiProject(files, options = {}) {
  const lockPath = files.lockPath ?? "pixi.lock";
  let manifest = null;
  let lock = null;
  try {
    if (files.manifest !== null) manifest = parsePixiManifest(files.manifest, files.manifestPath);
    if (files.lock !== null) lock = parsePixiLock(files.lock, lockPath);
  } catch (error) {
    if (error instanceof ParseError) {
      const report = emptyReport();
      const finding2 = { code: "parse-error", severity: "error", message: `${error.message}${error.hint ? ` \u2014 ${error.hint}` : ""}`, file: error.file ?? lockPath };
      if (error.line !== void 0) finding2.line = error.line;
      if (error.column !== void 0) finding2.column = error.column;
      report.findings.push(applySeverity(finding2, options));
      return report;
    }
    throw error;
  }
  const findings = manifest ? unpinnedFindings(manifest, lock) : [];
  if (!lock) {
    findings.push({
      code: "lock-stale",
      severity: "error",
      message: `no ${lockPath} beside ${files.manifestPath}: the project is not locked, so no target can be checked and every machine solves its own environment. Fix: run \`pixi lock\` and commit ${lockPath}.`,
      file: files.manifestPath,
      line: manifest?.workspaceLine ?? 1
    });
    const report = emptyReport();
    report.findings = findings.map((f) => applySeverity(f, options));
    return report;
  }
  if (manifest) findings.push(...pixiStaleFindings(manifest, lock, { manifest: files.manifestPath, lock: lockPath }));
  const selected = selectTargets(lock, options);
  const targets = [];
  const rows = /* @__PURE__ */ new Map();
  const sdists = /* @__PURE__ */ new Map();
  const verdicts = /* @__PURE__ */ new Map();
  for (const { env, platform } of selected) {
    const records = env.packages.get(platform.name) ?? [];
    const python = records.find((r) => r.kind === "conda" && r.name === "python");
    const declared = declaredCuda(platform, manifest, env.name);
    const target = {
      id: `${env.name}-${platform.name}`,
      python: python ? python.version.split(".").slice(0, 2).join(".") : "",
      platform: platform.name,
      cuda: declared.cuda,
      environment: env.name,
      lock: lockPath
    };
    targets.push(target);
    for (const record of records) {
      const key = `${record.kind}\0${record.name}\0${record.version}`;
      let row = rows.get(key);
      if (!row) {
        row = { name: record.name, version: record.version, source: sourceLabel(record), verdicts: {} };
        if (record.line !== void 0) row.line = record.line;
        rows.set(key, row);
      }
      let verdict = verdicts.get(record);
      if (!verdict) verdicts.set(record, verdict = pixiVerdict(record));
      row.verdicts[target.id] = verdict;
      if (verdict.status === "sdist") {
        const list = sdists.get(record);
        if (list) list.push(target);
        else sdists.set(record, [target]);
      }
    }
    findings.push(...pixiCudaFindings(records, { targetId: target.id, subdir: platform.subdir, declared: declared.cuda, declaredBy: declared.by, lockFile: lockPath }));
  }
  for (const [record, list] of sdists) {
    const everywhere = list.length === targets.length && targets.length > 1;
    for (const target of everywhere ? [null] : list) {
      const t = target ?? list[0];
      const platform = lock.platforms.find((p) => p.name === t.platform);
      const torch = (lock.environments.find((e) => e.name === t.environment)?.packages.get(t.platform) ?? []).find((r) => r.name === "torch" || r.name === "pytorch");
      const advice = sdistBuildAdvice(record.name, { python: t.python, platform: UV_PLATFORM[platform?.subdir ?? ""] ?? t.platform, torch: torch?.version ?? null, cuda: t.cuda, version: record.version });
      const f = {
        code: "sdist-build",
        severity: advice.severity,
        package: record.name,
        version: record.version,
        message: `${label2(record)} has no wheel in ${lockPath} ${target ? `for environment \`${t.environment}\` on ${t.platform}` : "on any target"}; pixi would build it from ${fileName(record.location)}.${advice.suggestion ? ` ${advice.suggestion}` : ""}`,
        file: lockPath
      };
      if (target) f.target = target.id;
      if (record.line !== void 0) f.line = record.line;
      findings.push(f);
    }
  }
  const lockRecords = lock.records;
  return {
    schema: 1,
    project: {
      name: manifestName(files.manifest, manifest),
      version: manifest?.package?.version ?? null,
      requiresPython: null,
      lockRevision: lock.version,
      packageCount: lockRecords.length
    },
    targets,
    packages: [...rows.values()],
    findings: findings.map((f) => applySeverity(f, options))
  };
}
__name(checkPixiProject, "checkPixiProject");
function manifestName(text, manifest) {
  if (!text || !manifest) return null;
  const m = /^\s*name\s*=\s*"([^"]+)"/m.exec(text);
  return manifest.package?.name ?? m?.[1] ?? null;
}
__name(manifestName, "manifestName");

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
  const fact2 = { ...base, resolved, outside: !isInside(resolved, dir) || !isInside(real, realDir) };
  if (fact2.file === void 0) delete fact2.file;
  if (fact2.line === void 0) delete fact2.line;
  if (real !== resolved) fact2.realPath = real;
  return fact2;
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

// src/adapters/pixi-files.ts
import { existsSync, readFileSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var MAX_LOCK_BYTES = 64 * 1024 * 1024;
function readIfFile(file) {
  try {
    const stat = statSync2(file);
    if (!stat.isFile()) return null;
    if (stat.size > MAX_LOCK_BYTES) throw new Error(`${file} is ${stat.size} bytes, more than the ${MAX_LOCK_BYTES} lockstep reads`);
    return readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}
__name(readIfFile, "readIfFile");
function readPixiProjectFiles(projectDir) {
  const lock = readIfFile(path3.join(projectDir, "pixi.lock"));
  const pixiToml = readIfFile(path3.join(projectDir, "pixi.toml"));
  if (pixiToml !== null) return { manifest: pixiToml, manifestPath: "pixi.toml", lock, lockPath: "pixi.lock" };
  const pyproject = existsSync(path3.join(projectDir, "pyproject.toml")) ? readIfFile(path3.join(projectDir, "pyproject.toml")) : null;
  const pixiPyproject = pyproject !== null && /^\s*\[\s*tool\.pixi[\].]/m.test(pyproject);
  if (pixiPyproject) return { manifest: pyproject, manifestPath: "pyproject.toml", lock, lockPath: "pixi.lock" };
  if (lock !== null) return { manifest: null, manifestPath: "pixi.toml", lock, lockPath: "pixi.lock" };
  return null;
}
__name(readPixiProjectFiles, "readPixiProjectFiles");

// src/adapters/online-check.ts
var ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var MAX_PAGE_BYTES = 64 * 1024 * 1024;
var Limiter = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  static {
    __name(this, "Limiter");
  }
  active = 0;
  waiting = [];
  async run(work) {
    if (this.active >= this.limit) await new Promise((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
};
function unreachable(error, deadlineMs) {
  if (error instanceof DeadlineError) return { kind: "unreachable", reason: `the ${Math.round(deadlineMs / 1e3)} s deadline for the online check ran out` };
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return { kind: "unreachable", reason: `HTTP ${error.status}: the index wants credentials this run does not have` };
  }
  return { kind: "unreachable", reason: describeError(error) };
}
__name(unreachable, "unreachable");
function pageUrl(indexUrl, project) {
  if (/\.html?$/i.test(new URL(indexUrl).pathname)) return { url: indexUrl, flat: true };
  return { url: `${indexUrl}/${project}/`, flat: false };
}
__name(pageUrl, "pageUrl");
function parseJsonFiles(text) {
  const page = JSON.parse(text);
  if (!Array.isArray(page.files)) throw new Error('no "files" list');
  const files = [];
  for (const f of page.files) {
    if (typeof f?.filename !== "string") continue;
    const file = { filename: f.filename, yanked: Boolean(f.yanked) };
    if (typeof f.hashes?.sha256 === "string") file.sha256 = f.hashes.sha256.toLowerCase();
    if (typeof f.yanked === "string" && f.yanked !== "") file.yankedReason = f.yanked;
    files.push(file);
  }
  return files;
}
__name(parseJsonFiles, "parseJsonFiles");
function parsePage(text, contentType, url) {
  if (/json/i.test(contentType)) return parseJsonFiles(text);
  const files = parseHtmlProjectPage(text, url, true);
  return files.map((f) => ({ filename: f.filename, ...f.sha256 ? { sha256: f.sha256 } : {}, yanked: Boolean(f.yanked), ...f.yankedReason ? { yankedReason: f.yankedReason } : {} }));
}
__name(parsePage, "parsePage");
function filesOfProject(files, project) {
  return files.filter((f) => {
    const version = versionOfFilename(f.filename);
    const name = f.filename.endsWith(".whl") ? f.filename.split("-")[0] : version ? f.filename.slice(0, f.filename.lastIndexOf(`-${version}`)) : "";
    return normalizeName(name) === project;
  });
}
__name(filesOfProject, "filesOfProject");
async function checkOnline(queries, options) {
  const now = options.now ?? Date.now;
  const started = now();
  const deadlineMs = options.deadlineMs ?? 6e4;
  const deadline = AbortSignal.timeout(deadlineMs);
  const overall = new Limiter(options.concurrency ?? 16);
  const perHost = /* @__PURE__ */ new Map();
  const hostLimiter = /* @__PURE__ */ __name((host) => {
    let limiter = perHost.get(host);
    if (!limiter) perHost.set(host, limiter = new Limiter(options.perHost ?? 8));
    return limiter;
  }, "hostLimiter");
  const log = options.log ?? (() => {
  });
  const stats = { requests: 0, fromCache: 0, elapsedMs: 0 };
  let done = 0;
  const progress = options.progress ? setInterval(() => {
    const hosts = new Set(queries.map((q) => hostOf(q.kind === "index" ? q.indexUrl : q.url))).size;
    options.progress(`checking locked files online: ${done} of ${queries.length} questions answered (${hosts} host(s), ${((now() - started) / 1e3).toFixed(0)} s)`);
  }, options.progressEveryMs ?? 2e3) : void 0;
  progress?.unref();
  const pool = await connectionPool(options.perHost ?? 8);
  const askIndex = /* @__PURE__ */ __name(async (query) => {
    const { url, flat } = pageUrl(query.indexUrl, query.project);
    const cached = options.cache?.get(url) ?? null;
    if (cached && options.cache.isFresh(cached, now())) {
      stats.fromCache++;
      const files2 = parsePage(cached.body, cached.contentType, cached.url);
      return { kind: "listing", files: flat ? filesOfProject(files2, query.project) : files2 };
    }
    const requestUrl = pageUrl(options.credentialed?.(query.indexUrl) ?? query.indexUrl, query.project).url;
    stats.requests++;
    const answer = await httpRequest(
      requestUrl,
      { headers: { Accept: ACCEPT, ...options.cache?.validators(cached) }, signal: deadline, passStatus: [304, 404, 410], maxBytes: MAX_PAGE_BYTES, dispatcher: pool },
      options.policy,
      log
    );
    if (answer.status === 404 || answer.status === 410) return { kind: "gone", status: answer.status };
    let body = answer.text;
    let contentType = answer.headers.get("content-type") ?? "";
    if (answer.status === 304 && cached) {
      stats.fromCache++;
      options.cache.touch(url, cached, answer.headers, now());
      body = cached.body;
      contentType = cached.contentType;
    } else if (answer.status === 304) {
      return { kind: "unreachable", reason: `${redactUrl(url)} answered 304 to a request without validators` };
    } else {
      options.cache?.put(url, { headers: answer.headers, body, contentType }, now());
    }
    let files;
    try {
      files = parsePage(body, contentType, url);
    } catch (error) {
      return { kind: "unreachable", reason: `${redactUrl(url)} is not a readable Simple API page (${describeError(error)})` };
    }
    return { kind: "listing", files: flat ? filesOfProject(files, query.project) : files };
  }, "askIndex");
  const askUrl = /* @__PURE__ */ __name(async (query) => {
    stats.requests++;
    const head = await httpRequest(query.url, { method: "HEAD", signal: deadline, passStatus: [403, 404, 405, 410, 501], dispatcher: pool }, options.policy, log);
    let status = head.status;
    if (status === 403 || status === 405 || status === 501) {
      stats.requests++;
      const ranged = await httpRequest(query.url, { headers: { Range: "bytes=0-0" }, signal: deadline, passStatus: [404, 410], skipBody: true, dispatcher: pool }, options.policy, log);
      status = ranged.status;
    }
    if (status === 404 || status === 410) return { kind: "gone", status };
    return { kind: "served" };
  }, "askUrl");
  try {
    const answers = await Promise.all(
      queries.map(
        (query) => (
          // Host slot first, then a global one: a query queued behind its busy host holds no global slot.
          hostLimiter(hostOf(query.kind === "index" ? query.indexUrl : query.url)).run(
            () => overall.run(async () => {
              try {
                if (deadline.aborted) throw new DeadlineError(query.kind === "index" ? query.indexUrl : query.url, deadline.reason);
                return await (query.kind === "index" ? askIndex(query) : askUrl(query));
              } catch (error) {
                return unreachable(error, deadlineMs);
              } finally {
                done++;
              }
            })
          )
        )
      )
    );
    const judgement = judgeOnline(queries, answers);
    stats.elapsedMs = now() - started;
    return { judgement, answers, stats };
  } finally {
    if (progress) clearInterval(progress);
    await pool.destroy().catch(() => {
    });
  }
}
__name(checkOnline, "checkOnline");
var withoutCredentials = /* @__PURE__ */ __name((url) => {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href.replace(/\/+$/, "");
  } catch {
    return url.replace(/\/+$/, "");
  }
}, "withoutCredentials");
function indexCredentials(indexes, env) {
  const fromEnv = [env.UV_DEFAULT_INDEX, env.UV_INDEX_URL, env.UV_INDEX, env.UV_EXTRA_INDEX_URL].flatMap((v) => (v ?? "").split(/\s+/)).map((v) => v.replace(/^[A-Za-z0-9_.-]+=(?=https?:)/, "")).filter((v) => /^https?:\/\/[^/]*@/.test(v));
  return (indexUrl) => {
    const bare = withoutCredentials(indexUrl);
    const named = indexes.find((i) => i.name && withoutCredentials(i.url) === bare);
    if (named?.name) {
      const key = named.name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
      const username = env[`UV_INDEX_${key}_USERNAME`];
      const password = env[`UV_INDEX_${key}_PASSWORD`];
      if (username || password) {
        if (password) rememberSecret(password);
        const url = new URL(bare);
        url.username = encodeURIComponent(username ?? "");
        url.password = encodeURIComponent(password ?? "");
        return url.href.replace(/\/+$/, "");
      }
    }
    const given = [...indexes.map((i) => i.url), ...fromEnv].find((u) => /^https?:\/\/[^/]*@/.test(u) && withoutCredentials(u) === bare);
    if (given) rememberUrlCredentials(given);
    return given ? given.replace(/\/+$/, "") : indexUrl;
  };
}
__name(indexCredentials, "indexCredentials");
async function checkReportOnline(files, report, options) {
  let queries = [];
  let indexes = [];
  try {
    if (files.lock !== null) queries = onlineQueries(parseLock(files.lock, files.lockPath), report);
    if (files.pyproject !== null) indexes = parsePyproject(files.pyproject, "pyproject.toml").tool.uv.indexes;
  } catch (error) {
    if (!(error instanceof LockstepError)) throw error;
  }
  const credentialed = options.credentialed ?? indexCredentials(indexes, options.env ?? process.env);
  const { judgement, stats } = await checkOnline(queries, { ...options, credentialed });
  const findings = judgement.findings.map((f) => ({ ...f, file: files.lockPath }));
  const summary = summarizeOnline(judgement, stats);
  return {
    report: { ...report, findings: [...report.findings, ...findings], online: onlineSection(summary, judgement.results) },
    results: judgement.results,
    summary
  };
}
__name(checkReportOnline, "checkReportOnline");

// src/adapters/page-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, renameSync, rmSync, statSync as statSync3, writeFileSync } from "node:fs";
import os from "node:os";
import path4 from "node:path";
var MAX_FRESH_SECONDS = 600;
var MAX_ENTRY_BYTES = 64 * 1024 * 1024;
function defaultPageCacheDir(env = process.env) {
  const root = env.LOCKSTEP_CACHE_DIR || path4.join(env.XDG_CACHE_HOME || path4.join(os.homedir(), ".cache"), "lockstep");
  return path4.join(root, "index-pages");
}
__name(defaultPageCacheDir, "defaultPageCacheDir");
function stripCredentials(url) {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return parsed.href;
  } catch {
    return url;
  }
}
__name(stripCredentials, "stripCredentials");
var PageCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static {
    __name(this, "PageCache");
  }
  file(url) {
    return path4.join(this.dir, `${createHash("sha256").update(stripCredentials(url)).digest("hex").slice(0, 40)}.json`);
  }
  get(url) {
    const file = this.file(url);
    try {
      if (statSync3(file).size > MAX_ENTRY_BYTES) return null;
      const entry = JSON.parse(readFileSync2(file, "utf8"));
      return entry.url === stripCredentials(url) && typeof entry.body === "string" ? entry : null;
    } catch {
      return null;
    }
  }
  /** Still fresh by the server's own max-age: usable without asking. */
  isFresh(entry, now) {
    return entry.maxAge !== void 0 && now - entry.storedAt < Math.min(entry.maxAge, MAX_FRESH_SECONDS) * 1e3;
  }
  /** Conditional request headers for a cached entry. */
  validators(entry) {
    const headers = {};
    if (entry?.etag) headers["If-None-Match"] = entry.etag;
    if (entry?.lastModified) headers["If-Modified-Since"] = entry.lastModified;
    return headers;
  }
  /** Stores an answer when the server gave a validator or a max-age (otherwise it could never be reused). */
  put(url, answer, now) {
    const etag = answer.headers.get("etag") ?? void 0;
    const lastModified = answer.headers.get("last-modified") ?? void 0;
    const maxAge = Number(/max-age=(\d+)/i.exec(answer.headers.get("cache-control") ?? "")?.[1]);
    const noStore = /no-store|private/i.test(answer.headers.get("cache-control") ?? "");
    if (noStore || !etag && !lastModified && !Number.isFinite(maxAge)) return;
    const entry = { url: stripCredentials(url), contentType: answer.contentType, body: answer.body, storedAt: now };
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    if (Number.isFinite(maxAge)) entry.maxAge = maxAge;
    this.write(url, entry);
  }
  /** A 304 revalidated the entry: it is fresh again from now. */
  touch(url, entry, headers, now) {
    const maxAge = Number(/max-age=(\d+)/i.exec(headers.get("cache-control") ?? "")?.[1]);
    this.write(url, { ...entry, storedAt: now, ...Number.isFinite(maxAge) ? { maxAge } : {} });
  }
  write(url, entry) {
    const file = this.file(url);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temp, JSON.stringify(entry));
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
};

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
  let parsed;
  try {
    parsed = parseArgs2({
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
  } catch (error) {
    throw new UsageError(`${error.message}
Run \`lockstep check --help\` for the options.`);
  }
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
  return { projectDir: path5.resolve(cwd, positionals[0] ?? "."), format, options, platforms, environments: splitList(values.environment), online };
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
  const relative = path5.relative(cwd, projectDir).split(path5.sep).join("/");
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "sarif":
      return renderSarif(report, { version: VERSION, homepage: HOMEPAGE, projectDir: relative, srcRoot: pathToFileURL(cwd + path5.sep).href });
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
  const pixi = readPixiProjectFiles(parsed.projectDir);
  const hasUv = existsSync2(path5.join(parsed.projectDir, "uv.lock")) || pixi === null;
  if (!pixi && parsed.environments.length > 0) throw new UsageError(`--environment: ${parsed.projectDir} is not a pixi project (no pixi.lock, pixi.toml or [tool.pixi]).`);
  const uvPlatforms = pixi ? parsed.platforms.filter((p) => PLATFORM_NAMES.includes(p)) : checkPlatforms(parsed.platforms);
  const pixiPlatforms = hasUv ? parsed.platforms.filter((p) => !PLATFORM_NAMES.includes(p)) : parsed.platforms;
  const reports = [];
  const hygiene = [];
  if (hasUv) {
    const files = readProjectFiles(parsed.projectDir);
    const gathering = gatherProjectFacts(parsed.projectDir);
    gathering.catch(() => void 0);
    let report2 = usageOnLockstepError(() => checkProject(files, { ...parsed.options, platforms: uvPlatforms }));
    if (parsed.online) report2 = (await checkReportOnline(files, report2, parsed.online)).report;
    reports.push(pixi ? tagLock(report2, "uv.lock") : report2);
    hygiene.push(...hygieneFindings(await gathering, parsed.options.severities));
  }
  if (pixi) {
    const gitFacts = pixi.lock !== null ? lockGitFacts(parsed.projectDir, void 0, "pixi.lock") : null;
    gitFacts?.catch(() => void 0);
    const options = { environments: parsed.environments, platforms: pixiPlatforms };
    if (parsed.options.severities) options.severities = parsed.options.severities;
    const report2 = usageOnLockstepError(() => checkPixiProject(pixi, options));
    reports.push(hasUv ? tagLock(report2, "pixi.lock") : report2);
    const untracked = lockGitFinding("pixi.lock", pixi.lock !== null, gitFacts ? (await gitFacts).lockGit : null);
    const severity = untracked ? parsed.options.severities?.[untracked.code] : void 0;
    if (untracked) hygiene.push({ ...untracked, ...severity ? { severity } : {}, ...hasUv ? { lock: "pixi.lock" } : {} });
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
import path6 from "node:path";
import { parseArgs as parseArgs3 } from "node:util";
var FORMATS3 = ["text", "json", "markdown"];
var HELP3 = `Usage: lockstep diff BASE HEAD [options]
       lockstep diff BASE_REV HEAD_REV --project DIR

Check two versions of a project with the lock engine and report what HEAD introduces and resolves
(new source builds, missing distributions, CUDA mismatches, a stale lock; per target), plus the lock
diff (added / removed / upgraded / downgraded packages). BASE and HEAD are project directories, or,
with --project, two git revisions of the project in DIR (files are read with git show; nothing is
checked out or run).

Options:
  --project DIR          BASE and HEAD are git revisions of the project in DIR
  --python V[,V...]      CPython minors (3.11,3.12); default: every minor inside requires-python
  --platform P[,P...]    uv --python-platform names; default: the lock's supported platforms
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
  let parsed;
  try {
    parsed = parseArgs3({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: "string" },
        ...TARGET_ARGS,
        format: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message}
Run \`lockstep diff --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length !== 2) throw new UsageError(`diff takes BASE and HEAD, got ${positionals.length} argument(s). Run \`lockstep diff --help\`.`);
  const options = targetOptions(values);
  const format = parseFormat(values.format, FORMATS3);
  return {
    base: positionals[0],
    head: positionals[1],
    project: values.project !== void 0 ? path6.resolve(cwd, values.project) : null,
    format,
    options
  };
}
__name(parseDiffArgs, "parseDiffArgs");
async function readSides(parsed, cwd) {
  if (parsed.project === null) return [readProjectFiles(path6.resolve(cwd, parsed.base)), readProjectFiles(path6.resolve(cwd, parsed.head))];
  const { gitProjectAt, readProjectFilesAtRevision } = await import("./review-EP2HZ4BC.js");
  const project = await gitProjectAt(parsed.project);
  if (!project) throw new UsageError(`--project ${parsed.project}: not a directory inside a git repository.`);
  const read = /* @__PURE__ */ __name(async (rev) => {
    if (await project.git.tryRevParse(rev) === null) throw new UsageError(`${rev}: no such revision in ${parsed.project}.`);
    const files = await readProjectFilesAtRevision(project, rev);
    if (files.pyproject === null && files.lock === null) throw new UsageError(`${rev}: neither pyproject.toml nor uv.lock in ${project.prefix || "the repository root"} at that revision.`);
    return files;
  }, "read");
  return [await read(parsed.base), await read(parsed.head)];
}
__name(readSides, "readSides");
function check(files, options, side) {
  try {
    return checkProject(files, options);
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
  const review = reviewChange(check(baseFiles, parsed.options, `BASE ${parsed.base}`), check(headFiles, parsed.options, `HEAD ${parsed.head}`));
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

// src/cli/commands/refresh.ts
var HELP4 = `Usage: lockstep refresh [PROJECT_DIR] (--dry-run | --write) [options]

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
    io.stdout(HELP4);
    return 0;
  }
  const { refreshProject } = await import("./refresh-4A43NN3F.js");
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
  help: HELP4,
  run: runRefresh
};

// src/cli/commands/verify.ts
import path7 from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
var HELP5 = `Usage: lockstep verify [PROJECT_DIR] [options]

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
  let parsed;
  try {
    parsed = parseArgs4({
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
    io.stdout(HELP5);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`verify takes one PROJECT_DIR, got ${positionals.length}: ${positionals.join(" ")}`);
  const format = values.format ?? "text";
  if (!FORMATS4.includes(format)) throw new UsageError(`--format ${format}: expected text or json`);
  if (values.python !== void 0 && !/^3\.\d{1,2}$/.test(values.python)) throw new UsageError(`--python ${values.python}: expected a CPython minor like 3.12`);
  const [{ runProcess: runProcess2 }, { hasFailure, parseAllowance, renderVerifyText }, { collectVerifyResult, writeVerifyResult }] = await Promise.all([
    import("./process-PZT4ES6N.js"),
    import("./verify-ZYHZG2BY.js"),
    import("./verify-N3LP5CCX.js")
  ]);
  const projectDir = path7.resolve(io.cwd, positionals[0] ?? ".");
  const { result } = await collectVerifyResult(
    {
      projectDir,
      venv: values.venv ? path7.resolve(io.cwd, values.venv) : null,
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
  if (values["output-dir"]) writeVerifyResult(result, path7.resolve(io.cwd, values["output-dir"]));
  io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}
` : renderVerifyText(result));
  return hasFailure(result) ? 1 : 0;
}
__name(runVerify, "runVerify");
var verifyCommand = {
  name: "verify",
  summary: "check that a venv is the environment uv.lock promises for a target",
  help: HELP5,
  run: runVerify
};

// src/cli/commands/index.ts
var COMMANDS = [checkCommand, verifyCommand, diffCommand, bumpCommand, refreshCommand];

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

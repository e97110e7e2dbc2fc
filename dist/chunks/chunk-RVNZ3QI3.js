import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  actionsArtifactStore
} from "./chunk-FVIZJPAN.js";
import {
  detectPlatform,
  hasFailure,
  lockSelection,
  parseAllowance,
  parseCoreMetadata,
  parseDirectUrl,
  parseNvidiaSmiCsv,
  parseWheelInfo,
  pythonMinor,
  renderMatrixMarkdown,
  verifyArtifactName,
  verifyEnvironment
} from "./chunk-QWYBACPM.js";
import {
  failStep
} from "./chunk-RSQ5HIXD.js";
import {
  readProjectFiles,
  resolveInsideWorkspace
} from "./chunk-TO723HNK.js";
import {
  parseFailOn
} from "./chunk-34IMNW2D.js";
import {
  checkProject
} from "./chunk-4GBUUBSV.js";
import {
  minimumDriver
} from "./chunk-YKG64RBM.js";
import {
  runProcess
} from "./chunk-DWNQWAEX.js";
import {
  actionsRunner
} from "./chunk-TWU3NFPK.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  redact
} from "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/verify.ts
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path3 from "node:path";

// src/adapters/nvidia-smi.ts
import { existsSync } from "node:fs";
import path from "node:path";
var NVIDIA_SMI_ARGS = ["--query-gpu=driver_version,name", "--format=csv,noheader"];
function findOnPath(program, env = process.env) {
  const dirs = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter(Boolean);
  const exts = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, program + ext);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}
__name(findOnPath, "findOnPath");
async function queryGpus(env = process.env, run2 = runProcess) {
  const tool = findOnPath("nvidia-smi", env);
  if (!tool) return { kind: "absent" };
  let result;
  try {
    result = await run2(tool, [...NVIDIA_SMI_ARGS], { env, timeoutMs: 3e4 });
  } catch (error) {
    return { kind: "failed", message: `nvidia-smi could not run: ${error.message}` };
  }
  const parsed = parseNvidiaSmiCsv(result.stdout);
  if (result.exitCode !== 0 && parsed.kind === "ok") return parsed;
  if (result.exitCode !== 0) {
    const text = `${result.stdout}
${result.stderr}`.trim().replace(/\s+/g, " ").slice(0, 300);
    return { kind: "failed", message: `exit ${result.exitCode}: ${text || "no output"}` };
  }
  return parsed;
}
__name(queryGpus, "queryGpus");

// src/adapters/venv.ts
import { existsSync as existsSync2, readdirSync, readFileSync, statSync } from "node:fs";
import path2 from "node:path";
var PROBE = String.raw`
import json, os, platform, sys, sysconfig
venv = sys.argv[1]
paths = sysconfig.get_paths(vars={"base": venv, "platbase": venv})
libc, libc_version = platform.libc_ver() if sys.platform.startswith("linux") else ("", "")
host = " ".join(str(sysconfig.get_config_var(k) or "") for k in ("HOST_GNU_TYPE", "SOABI", "MULTIARCH"))
if sys.platform.startswith("linux") and not libc and "musl" in host:
    libc = "musl"
print(json.dumps({
    "implementation": sys.implementation.name,
    "version": ".".join(str(p) for p in sys.version_info[:3]),
    "system": sys.platform,
    "machine": platform.machine(),
    "sysconfig_platform": sysconfig.get_platform(),
    "libc": libc,
    "libc_version": libc_version,
    "macos_version": platform.mac_ver()[0] if sys.platform == "darwin" else "",
    "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "site_packages": sorted({paths["purelib"], paths["platlib"]}),
}))
`;
function venvPython(venv) {
  const candidates = [path2.join(venv, "bin", "python"), path2.join(venv, "Scripts", "python.exe"), path2.join(venv, "bin", "python3")];
  const found = candidates.find((c) => existsSync2(c));
  if (!found) {
    throw new LockstepError(`${venv} is not a virtual environment: no bin/python or Scripts/python.exe in it`, {
      file: venv,
      hint: "Run the setup job (or `uv sync`) first, or pass the venv with --venv PATH / the `venv` input."
    });
  }
  return found;
}
__name(venvPython, "venvPython");
async function probeInterpreter(python, venv, run2 = runProcess) {
  const result = await run2(python, ["-I", "-S", "-c", PROBE, venv], { timeoutMs: 6e4 });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  let data;
  try {
    data = JSON.parse(line);
  } catch {
    throw new LockstepError(`${python} did not report its version and platform (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(0, 400)}`, {
      file: python,
      hint: "The venv may be broken (its base interpreter moved or was removed): recreate it with `uv sync`."
    });
  }
  const str = /* @__PURE__ */ __name((k) => typeof data[k] === "string" ? data[k] : "", "str");
  const libc = str("libc");
  const info = {
    implementation: str("implementation"),
    version: str("version"),
    system: str("system"),
    machine: str("machine"),
    sysconfigPlatform: str("sysconfig_platform"),
    libc: libc === "glibc" ? "glibc" : libc === "musl" ? "musl" : null,
    libcVersion: str("libc_version") || null,
    macosVersion: str("macos_version") || null,
    freeThreaded: data.free_threaded === true
  };
  const sitePackages = Array.isArray(data.site_packages) ? data.site_packages.filter((p) => typeof p === "string") : [];
  return { info, sitePackages };
}
__name(probeInterpreter, "probeInterpreter");
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
__name(readText, "readText");
function fromDirName(dir) {
  const stem = dir.slice(0, -".dist-info".length);
  const dash = stem.indexOf("-");
  return dash < 0 ? { name: stem, version: "" } : { name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
__name(fromDirName, "fromDirName");
function readInstalledDists(sitePackages) {
  const dists = [];
  for (const dir of new Set(sitePackages)) {
    if (!existsSync2(dir)) continue;
    for (const entry of readdirSync(dir).sort()) {
      if (!entry.endsWith(".dist-info")) continue;
      const full = path2.join(dir, entry);
      if (!statSync(full).isDirectory()) continue;
      const metadata = parseCoreMetadata(readText(path2.join(full, "METADATA")) ?? "") ?? fromDirName(entry);
      const wheel = parseWheelInfo(readText(path2.join(full, "WHEEL")) ?? "");
      const directUrlText = readText(path2.join(full, "direct_url.json"));
      dists.push({
        name: metadata.name,
        version: metadata.version,
        distInfo: entry,
        installer: readText(path2.join(full, "INSTALLER"))?.trim() || null,
        generator: wheel.generator,
        tags: wheel.tags,
        directUrl: directUrlText === null ? null : parseDirectUrl(directUrlText),
        builtByUv: existsSync2(path2.join(full, "uv_build.json"))
      });
    }
  }
  return dists;
}
__name(readInstalledDists, "readInstalledDists");
async function readVenv(venv, run2 = runProcess) {
  const python = venvPython(venv);
  const { info, sitePackages } = await probeInterpreter(python, venv, run2);
  return { venv, python, interpreter: info, sitePackages, installed: readInstalledDists(sitePackages) };
}
__name(readVenv, "readVenv");

// src/jobs/verify.ts
function defaultVenv(projectDir, env) {
  const fromUv = env.UV_PROJECT_ENVIRONMENT;
  return fromUv ? path3.resolve(projectDir, fromUv) : path3.join(projectDir, ".venv");
}
__name(defaultVenv, "defaultVenv");
async function collectVerifyResult(options, effects) {
  const projectDir = path3.resolve(options.projectDir);
  const venv = path3.resolve(projectDir, options.venv || defaultVenv(projectDir, effects.env));
  const contents = await readVenv(venv, effects.run);
  const python = options.python || pythonMinor(contents.interpreter.version);
  const platform = options.platform || detectPlatform(contents.interpreter);
  if (!platform) {
    throw new LockstepError(`Cannot tell which uv platform ${contents.interpreter.sysconfigPlatform} is`, {
      hint: "Name the target platform explicitly (input `platform` / --platform), e.g. x86_64-manylinux_2_28."
    });
  }
  const files = readProjectFiles(projectDir);
  if (files.lock === null) {
    throw new LockstepError("uv.lock not found: there is no lock to verify the environment against", {
      file: path3.join(projectDir, "uv.lock"),
      hint: "Run `uv lock` and commit uv.lock (the setup job builds the venv from it)."
    });
  }
  const report = checkProject(files, {
    pythons: [python],
    platforms: [platform],
    cuda: options.cuda ?? null,
    extras: options.extras ?? [],
    allExtras: options.allExtras ?? false,
    groups: options.groups ?? [],
    noDefaultGroups: options.noDefaultGroups ?? false
  });
  const parseError = report.findings.find((f) => f.code === "parse-error");
  if (parseError) {
    throw new LockstepError(parseError.message, { file: parseError.file, line: parseError.line, column: parseError.column });
  }
  const target = report.targets[0] ?? { id: `cp${python.replace(".", "")}-${platform}`, python, platform, cuda: options.cuda ?? null };
  const selection = lockSelection(report, target.id);
  const gpu = await queryGpus(effects.env, effects.run);
  const result = verifyEnvironment({
    target,
    interpreter: contents.interpreter,
    installed: contents.installed,
    selection,
    allowance: options.allowance ?? { all: false, names: /* @__PURE__ */ new Set() },
    gpu,
    minimumDriver
  });
  return { result, target, report, venv };
}
__name(collectVerifyResult, "collectVerifyResult");
function writeVerifyResult(result, dir) {
  mkdirSync(dir, { recursive: true });
  const file = path3.join(dir, `${verifyArtifactName(result.target)}.json`);
  writeFileSync(file, redact(`${JSON.stringify(result, null, 2)}
`));
  return file;
}
__name(writeVerifyResult, "writeVerifyResult");
function list(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
__name(list, "list");
async function run(overrides = {}) {
  const deps = {
    runner: overrides.runner ?? actionsRunner(),
    run: overrides.run ?? runProcess,
    env: overrides.env ?? process.env,
    artifacts: overrides.artifacts ?? (() => actionsArtifactStore())
  };
  const { runner, env } = deps;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  let projectDir = path3.resolve(workspace);
  try {
    projectDir = resolveInsideWorkspace(workspace, runner.input("working-directory") || ".", "working-directory");
    const failOn = parseFailOn(runner.input("fail-on"), ["error", "never"]);
    const collected = await runner.group(
      "Verify the environment against uv.lock",
      () => collectVerifyResult(
        {
          projectDir,
          venv: runner.input("venv-path") || null,
          python: runner.input("python-version") || null,
          platform: runner.input("platform") || null,
          cuda: runner.input("cuda") || null,
          extras: list(runner.input("extras")),
          allExtras: runner.booleanInput("all-extras", false),
          groups: list(runner.input("groups")),
          noDefaultGroups: runner.booleanInput("no-default-groups", false),
          allowance: parseAllowance([runner.input("allow-source-builds")])
        },
        { run: deps.run, env }
      )
    );
    const { result } = collected;
    for (const check of result.checks) runner.info(`${check.status.toUpperCase().padEnd(4)} ${check.name}: ${check.details}`);
    annotate(runner, collected, projectDir, workspace);
    const outputDir = path3.resolve(workspace, runner.input("output-dir") || path3.join(env.RUNNER_TEMP ?? os.tmpdir(), "lockstep-verify"));
    const file = writeVerifyResult(result, outputDir);
    const artifactName = verifyArtifactName(result.target);
    runner.setOutput("target", result.target);
    runner.setOutput("result", hasFailure(result) ? "fail" : "pass");
    runner.setOutput("report-path", file);
    runner.setOutput("artifact-name", artifactName);
    await runner.appendSummary(renderMatrixMarkdown([result]));
    if (runner.booleanInput("upload", true)) {
      if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        runner.warning("The Actions artifact service is not available here (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL): the result was not uploaded, so verify-report will not see this target.");
      } else {
        const uploaded = await runner.group(`Upload ${artifactName}`, () => deps.artifacts().upload(artifactName, file, { overwrite: runner.booleanInput("overwrite", true) }));
        runner.info(`Uploaded artifact ${artifactName}${uploaded.id !== null ? ` (id ${uploaded.id})` : ""}`);
      }
    }
    if (hasFailure(result) && failOn === "error") {
      const failed = result.checks.filter((c) => c.status === "fail").map((c) => c.name);
      runner.setFailed(`The environment differs from the lock for ${result.target}: ${failed.join(", ")} failed.`);
    }
  } catch (error) {
    failStep(runner, error, "verify", { workspace, projectDir });
  }
}
__name(run, "run");
function annotate(runner, collected, projectDir, workspace) {
  const { result, report } = collected;
  const lockFile = path3.relative(workspace, path3.join(projectDir, "uv.lock")) || "uv.lock";
  const lines = new Map(report.packages.map((p) => [p.name, p.line]));
  for (const check of result.checks) {
    if (check.status === "fail" && check.name !== "packages") runner.error(check.details, { title: `lockstep verify: ${check.name}` });
    if (check.status === "skip" && check.name === "cuda-driver") runner.notice(check.details, { title: "lockstep verify: CUDA checks skipped" });
  }
  for (const m of result.mismatches) {
    const message = m.installed === null ? `${m.name} ${m.locked} is locked but not installed` : m.locked === null ? `${m.name} ${m.installed} is installed but not in the lock` : `${m.name} ${m.installed} is installed, the lock has ${m.locked}`;
    const line = lines.get(m.name);
    runner.error(`${message} (target ${result.target}).`, { file: m.locked !== null ? lockFile : void 0, line: m.locked !== null ? line : void 0, title: "lockstep verify: packages" });
  }
}
__name(annotate, "annotate");

export {
  defaultVenv,
  collectVerifyResult,
  writeVerifyResult,
  run
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  checkPixiProject,
  compareCondaVersions,
  condaVersionSatisfies,
  parsePixiManifest
} from "./chunk-P53UIBFD.js";
import {
  AlreadyReported,
  DEFAULT_GITHUB_URL,
  cacheDir,
  extractTar,
  extractZip,
  find,
  githubReleasesApi,
  loadEnvFile,
  relativeToWorkspace,
  splitList,
  toolCacheArch,
  toolCacheVersion,
  verifySha256
} from "./chunk-XLMW37SN.js";
import "./chunk-YOPQ4EL5.js";
import "./chunk-G6EDGBQC.js";
import {
  HttpStatusError,
  downloadFile,
  fetchText,
  fetchWithRetry,
  retryPolicyFromEnv
} from "./chunk-KUHLT7KW.js";
import "./chunk-NNWZ7Z5X.js";
import "./chunk-XX75TRIW.js";
import {
  parseToml
} from "./chunk-USP7SYGJ.js";
import "./chunk-AWJDRCDI.js";
import "./chunk-MVABLUEQ.js";
import "./chunk-LWFXDQLY.js";
import "./chunk-O666ZVCZ.js";
import "./chunk-YFLSYHXM.js";
import "./chunk-GSFZTXC7.js";
import "./chunk-S5IJQNTS.js";
import "./chunk-TYJNTGG6.js";
import "./chunk-6H4DJWW3.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import "./chunk-6FATSPAF.js";
import "./chunk-2VAOSJMR.js";
import "./chunk-LQTGUH4G.js";
import "./chunk-YKLTUEQ7.js";
import "./chunk-UD6TKXZQ.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/jobs/setup-pixi.ts
import path2 from "node:path";

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
import os from "node:os";
import path from "node:path";
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
    if (cached) return { version, dir: cached, binary: path.join(cached, exe), from: "tool-cache" };
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
    const workDir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), "lockstep-pixi-"));
    try {
      this.context.log(`Downloading ${url}`);
      const file = path.join(workDir, archive);
      const download = await downloadFile(url, file, this.context.policy, this.context.log, `pixi ${version}`);
      verifySha256(archive, expected, download.sha256, this.githubUrl);
      const extracted = path.join(workDir, "extract");
      if (archive.endsWith(".zip")) await extractZip(file, extracted);
      else await extractTar(file, extracted);
      const binary = path.join(extracted, exe);
      if (!(await stat(binary).catch(() => null))?.isFile()) throw new LockstepError(`${exe} is missing from ${archive}: the archive does not have pixi's layout`);
      await chmod(binary, 493);
      const dir = await cacheDir(extracted, TOOL, toolCacheVersion(version), toolCacheArch(platform));
      return { version, dir, binary: path.join(dir, exe), from: "github" };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
};

// src/jobs/setup-pixi.ts
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
  const rel = /* @__PURE__ */ __name((file) => relativeToWorkspace(env, path2.join(projectDir, file)), "rel");
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
    const required = requiresPixi(files);
    const request = choosePixiVersionRequest(runner.input("pixi-version"), required.spec, { file: rel(files.manifestPath), ...required.line !== void 0 ? { line: required.line } : {} });
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
  await recorder.step("pixi install", async () => {
    for (const environment of chosen) {
      const args = ["install", ...inputs.locked ? ["--locked"] : [], "--environment", environment];
      const result = await deps.runProcess(pixi.binary, args, { cwd: projectDir, env, echo: true, timeoutMs: 60 * 6e4 });
      if (result.exitCode !== 0) {
        throw new LockstepError(`pixi ${args.join(" ")} failed (exit ${result.exitCode})`, { hint: result.stderr.trim().split("\n").slice(-3).join(" ") || "See the log above." });
      }
    }
    return `pixi install${inputs.locked ? " --locked" : ""} for ${chosen.join(", ")}`;
  });
  const activation = {};
  await recorder.step("Activate", async () => {
    const environment = chosen[0];
    const result = await deps.runProcess(pixi.binary, ["shell-hook", "--json", ...inputs.locked ? ["--locked"] : [], "--environment", environment], { cwd: projectDir, env, timeoutMs: 10 * 6e4 });
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
  await recorder.step("Load .env", () => loadEnvFile({ runner, env, projectDir, inputs, expandFrom: activation }));
}
__name(setupPixi, "setupPixi");
export {
  setupPixi
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  choosePythonRequest,
  isProtectedVariable,
  parseEnvFile,
  renderMarkdown,
  secretsToMask
} from "./chunk-YOPQ4EL5.js";
import {
  require_semver
} from "./chunk-G6EDGBQC.js";
import {
  DEFAULT_INDEX_URL,
  HttpStatusError,
  NetworkError,
  SimpleApiIndex,
  describeError,
  downloadFile,
  fetchText,
  fetchWithRetry,
  redactUrl,
  retryPolicyFromEnv
} from "./chunk-KUHLT7KW.js";
import {
  readProjectFiles
} from "./chunk-NNWZ7Z5X.js";
import {
  annotateFindings
} from "./chunk-XX75TRIW.js";
import {
  PROJECT_FILE_LIMITS,
  checkProject,
  parseLock,
  parsePyproject,
  parseToml,
  readPixiProjectFiles,
  readProjectFile,
  staleLockFindings
} from "./chunk-USP7SYGJ.js";
import {
  renderJson
} from "./chunk-AWJDRCDI.js";
import {
  runProcess
} from "./chunk-MVABLUEQ.js";
import {
  checkResult,
  failsStep,
  parseFailOn
} from "./chunk-LWFXDQLY.js";
import {
  renderText
} from "./chunk-O666ZVCZ.js";
import {
  PLATFORM_NAMES,
  isValidSpecifier,
  isValidVersion,
  newestSatisfying
} from "./chunk-GSFZTXC7.js";
import {
  actionsRunner
} from "./chunk-S5IJQNTS.js";
import {
  showBidiControls
} from "./chunk-TYJNTGG6.js";
import {
  cp,
  debug,
  exec,
  isDebug,
  mkdirP,
  rmRF,
  which
} from "./chunk-6H4DJWW3.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  redact
} from "./chunk-UD6TKXZQ.js";
import {
  __name,
  __toESM
} from "./chunk-I4TOYENA.js";

// src/core/setup/uv-version.ts
var DEFAULT_UV_VERSION = "0.13.9";
function chooseUvVersionRequest(sources) {
  const input = sources.input.trim();
  if (input) return parseRequest(input, "input", "the `version` input");
  if (sources.uvTomlRequiredVersion?.trim())
    return parseRequest(sources.uvTomlRequiredVersion.trim(), "uv.toml", "uv.toml", "uv.toml");
  if (sources.pyprojectRequiredVersion?.trim())
    return parseRequest(sources.pyprojectRequiredVersion.trim(), "pyproject.toml", "pyproject.toml", "pyproject.toml");
  return { kind: "exact", version: DEFAULT_UV_VERSION, origin: "default" };
}
__name(chooseUvVersionRequest, "chooseUvVersionRequest");
function parseRequest(text, origin, where, file) {
  if (text === "latest") return { kind: "latest", origin };
  const bare = text.replace(/^v/, "");
  if (isValidVersion(bare)) return { kind: "exact", version: bare, origin };
  if (isValidSpecifier(text)) return { kind: "specifier", specifier: text, origin, file };
  throw new LockstepError(`uv version "${text}" from ${where} is neither a version nor a PEP 440 specifier`, {
    file,
    hint: 'Use an exact version (0.13.9), a specifier (>=0.13,<0.14) or "latest".'
  });
}
__name(parseRequest, "parseRequest");
function resolveUvVersion(request, releases) {
  if (request.kind === "exact") return request.version;
  const finals = releases.filter((r) => isValidVersion(r) && !/[a-z]/i.test(r));
  if (request.kind === "latest") {
    const newest = newestSatisfying(finals, ">=0", { prereleases: false });
    if (!newest) throw new LockstepError('no uv release found to resolve "latest"');
    return newest;
  }
  const picked = newestSatisfying(finals, request.specifier, { prereleases: false }) ?? newestSatisfying(releases, request.specifier, { prereleases: true });
  if (!picked) {
    throw new LockstepError(
      `no uv release satisfies required-version "${request.specifier}" (newest known: ${newestSatisfying(finals, ">=0", { prereleases: false }) ?? "none"})`,
      { file: request.file, hint: "Relax required-version, or set the `version` input to a published release." }
    );
  }
  return picked;
}
__name(resolveUvVersion, "resolveUvVersion");
function needsReleaseList(request) {
  return request.kind !== "exact";
}
__name(needsReleaseList, "needsReleaseList");
function toolCacheVersion(version) {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[.-]?(a|b|rc|alpha|beta|c)\.?(\d+))?(?:\.?post\.?(\d+))?(?:\.?dev\.?(\d+))?$/i.exec(version);
  if (!m) return version;
  const core = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
  const pre = m[4] ? `-${m[4].toLowerCase()}.${m[5]}` : m[7] ? `-dev.${m[7]}` : "";
  const post = m[6] ? `+post.${m[6]}` : "";
  return core + pre + post;
}
__name(toolCacheVersion, "toolCacheVersion");

// src/adapters/install/github-release.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver2 = __toESM(require_semver(), 1);
import { ok } from "assert";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    __name(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    __name(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    __name(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function extractTar(file_1, dest_1) {
  return __awaiter(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: /* @__PURE__ */ __name((data) => versionOutput += data.toString(), "stdout"),
        stderr: /* @__PURE__ */ __name((data) => versionOutput += data.toString(), "stderr")
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
__name(extractTar, "extractTar");
function extractZip(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    if (IS_WINDOWS) {
      yield extractZipWin(file, dest);
    } else {
      yield extractZipNix(file, dest);
    }
    return dest;
  });
}
__name(extractZip, "extractZip");
function extractZipWin(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const pwshPath = yield which("pwsh", false);
    if (pwshPath) {
      const pwshCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
        `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
        `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        pwshCommand
      ];
      debug(`Using pwsh at path: ${pwshPath}`);
      yield exec(`"${pwshPath}"`, args);
    } else {
      const powershellCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
        `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
        `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-Sta",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        powershellCommand
      ];
      const powershellPath = yield which("powershell", true);
      debug(`Using powershell at path: ${powershellPath}`);
      yield exec(`"${powershellPath}"`, args);
    }
  });
}
__name(extractZipWin, "extractZipWin");
function extractZipNix(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const unzipPath = yield which("unzip", true);
    const args = [file];
    if (!isDebug()) {
      args.unshift("-q");
    }
    args.unshift("-o");
    yield exec(`"${unzipPath}"`, args, { cwd: dest });
  });
}
__name(extractZipNix, "extractZipNix");
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
__name(cacheDir, "cacheDir");
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
__name(find, "find");
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
__name(findAllVersions, "findAllVersions");
function _createExtractFolder(dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
__name(_createExtractFolder, "_createExtractFolder");
function _createToolPath(tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
__name(_createToolPath, "_createToolPath");
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
__name(_completeToolPath, "_completeToolPath");
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
__name(isExplicitVersion, "isExplicitVersion");
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
__name(evaluateVersions, "evaluateVersions");
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
__name(_getCacheDirectory, "_getCacheDirectory");
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}
__name(_getTempDirectory, "_getTempDirectory");

// src/core/setup/platform.ts
function runnerPlatformOf(nodePlatform, nodeArch, libc) {
  const os5 = nodePlatform === "linux" || nodePlatform === "darwin" || nodePlatform === "win32" ? nodePlatform : void 0;
  const arch2 = nodeArch === "x64" || nodeArch === "arm64" ? nodeArch : void 0;
  if (!os5 || !arch2) {
    throw new LockstepError(`lockstep cannot install uv on ${nodePlatform}/${nodeArch}: it supports Linux, macOS and Windows on x64 and arm64`, {
      hint: "Run this job on a GitHub-hosted runner (ubuntu, macos, windows) or a self-hosted x64/arm64 one, or install uv yourself before this step."
    });
  }
  return os5 === "linux" ? { os: os5, arch: arch2, libc: libc ?? "glibc" } : { os: os5, arch: arch2 };
}
__name(runnerPlatformOf, "runnerPlatformOf");
function toolCacheArch(p) {
  return p.os === "linux" && p.libc === "musl" ? `${p.arch}-musl` : p.arch;
}
__name(toolCacheArch, "toolCacheArch");
function uvTargetTriple(p) {
  const cpu = p.arch === "x64" ? "x86_64" : "aarch64";
  if (p.os === "darwin") return `${cpu}-apple-darwin`;
  if (p.os === "win32") return `${cpu}-pc-windows-msvc`;
  return `${cpu}-unknown-linux-${p.libc === "musl" ? "musl" : "gnu"}`;
}
__name(uvTargetTriple, "uvTargetTriple");
function uvArchiveName(p) {
  return `uv-${uvTargetTriple(p)}.${p.os === "win32" ? "zip" : "tar.gz"}`;
}
__name(uvArchiveName, "uvArchiveName");
function uvExecutableName(p) {
  return p.os === "win32" ? "uv.exe" : "uv";
}
__name(uvExecutableName, "uvExecutableName");
function wheelPlatformTagMatches(tag, p) {
  if (p.os === "win32") return tag === (p.arch === "x64" ? "win_amd64" : "win_arm64");
  if (p.os === "darwin") {
    const cpu2 = p.arch === "x64" ? "x86_64" : "arm64";
    return tag.startsWith("macosx_") && (tag.endsWith(`_${cpu2}`) || tag.endsWith("_universal2"));
  }
  const cpu = p.arch === "x64" ? "x86_64" : "aarch64";
  const family = p.libc === "musl" ? /^musllinux_\d+_\d+_/ : /^(manylinux_\d+_\d+_|manylinux2014_|manylinux2010_|manylinux1_)/;
  return family.test(tag) && tag.endsWith(`_${cpu}`);
}
__name(wheelPlatformTagMatches, "wheelPlatformTagMatches");
function parseUvWheelFilename(filename) {
  const m = /^uv-([^-]+)-([^-]+)-([^-]+)-([^-]+)\.whl$/.exec(filename);
  if (!m) return void 0;
  return { filename, version: m[1] ?? "", platformTags: (m[4] ?? "").split(".") };
}
__name(parseUvWheelFilename, "parseUvWheelFilename");
function glibcFloor(tags) {
  let floor;
  for (const tag of tags) {
    const m = /^manylinux_(\d+)_(\d+)_/.exec(tag);
    const legacy = { manylinux1: [2, 5], manylinux2010: [2, 12], manylinux2014: [2, 17] }[tag.split("_")[0] ?? ""];
    const v = m ? [Number(m[1]), Number(m[2])] : legacy;
    if (v && (!floor || v[0] < floor[0] || v[0] === floor[0] && v[1] < floor[1])) floor = v;
  }
  return floor;
}
__name(glibcFloor, "glibcFloor");
function pickUvWheel(filenames, version, p) {
  let best;
  for (const name of filenames) {
    const wheel = parseUvWheelFilename(name);
    if (!wheel || wheel.version !== version || !wheel.platformTags.some((t) => wheelPlatformTagMatches(t, p))) continue;
    const floor = p.os === "linux" && p.libc !== "musl" && glibcFloor(wheel.platformTags) || [0, 0];
    if (!best || floor[0] < best.floor[0] || floor[0] === best.floor[0] && floor[1] < best.floor[1]) best = { name, floor };
  }
  return best?.name;
}
__name(pickUvWheel, "pickUvWheel");
function uvVersionsFromFilenames(filenames) {
  const versions = /* @__PURE__ */ new Set();
  for (const name of filenames) {
    const m = /^uv-(\d[^-]*?)(?:-.*\.whl|\.tar\.gz|\.zip)$/.exec(name);
    if (m?.[1]) versions.add(m[1]);
  }
  return [...versions];
}
__name(uvVersionsFromFilenames, "uvVersionsFromFilenames");

// src/adapters/install/base.ts
import { chmod, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os2 from "node:os";
import path2 from "node:path";
var ChecksumMismatchError = class extends LockstepError {
  static {
    __name(this, "ChecksumMismatchError");
  }
  constructor(what, expected, actual, source) {
    super(`checksum mismatch for ${what}: expected sha256 ${expected}, got ${actual}`, {
      hint: `The file from ${source} is not the one published. Nothing was installed; check the mirror (github-url / index-url) or retry later.`
    });
    this.name = "ChecksumMismatchError";
  }
};
var TOOL = "uv";
function findCachedUv(version, platform) {
  const dir = find(TOOL, toolCacheVersion(version), toolCacheArch(platform));
  if (!dir) return void 0;
  return { version, dir, binary: path2.join(dir, uvExecutableName(platform)), from: "tool-cache" };
}
__name(findCachedUv, "findCachedUv");
var UvDistribution = class {
  constructor(context) {
    this.context = context;
  }
  context;
  static {
    __name(this, "UvDistribution");
  }
  async install(version) {
    const cached = findCachedUv(version, this.context.platform);
    if (cached) return cached;
    const tempRoot = process.env.RUNNER_TEMP || os2.tmpdir();
    const workDir = await mkdtemp(path2.join(tempRoot, `lockstep-uv-${this.name}-`));
    try {
      const extracted = await this.fetchVerified(version, workDir);
      const exe = uvExecutableName(this.context.platform);
      await assertFile(path2.join(extracted, exe), `${exe} in the uv ${version} ${this.name} download`);
      for (const name of await readdir(extracted)) await chmod(path2.join(extracted, name), 493);
      const dir = await cacheDir(extracted, TOOL, toolCacheVersion(version), toolCacheArch(this.context.platform));
      return { version, dir, binary: path2.join(dir, exe), from: this.name };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
};
async function assertFile(file, what) {
  try {
    if ((await stat(file)).isFile()) return;
  } catch {
  }
  throw new LockstepError(`${what} is missing: the archive does not have the expected layout`);
}
__name(assertFile, "assertFile");
function verifySha256(what, expected, actual, source) {
  if (expected.toLowerCase() !== actual.toLowerCase()) throw new ChecksumMismatchError(what, expected, actual, source);
}
__name(verifySha256, "verifySha256");

// src/adapters/install/github-release.ts
var DEFAULT_GITHUB_URL = "https://github.com";
var GITHUB_COM_API = "https://api.github.com";
var MAX_RELEASE_PAGES = 30;
var trimSlash = /* @__PURE__ */ __name((url) => url.replace(/\/+$/, ""), "trimSlash");
function githubReleasesApi(githubUrl, env) {
  const tokenApi = trimSlash(env.GITHUB_API_URL || GITHUB_COM_API);
  const onGitHubCom = !env.GITHUB_SERVER_URL || trimSlash(env.GITHUB_SERVER_URL) === DEFAULT_GITHUB_URL;
  const url = trimSlash(githubUrl) === DEFAULT_GITHUB_URL ? onGitHubCom ? tokenApi : GITHUB_COM_API : `${trimSlash(githubUrl)}/api/v3`;
  return { url, sendToken: url === tokenApi };
}
__name(githubReleasesApi, "githubReleasesApi");
var GitHubReleaseDistribution = class extends UvDistribution {
  constructor(context, githubUrl = DEFAULT_GITHUB_URL, apiUrl = "https://api.github.com", token = "") {
    super(context);
    this.githubUrl = githubUrl;
    this.apiUrl = apiUrl;
    this.token = token;
  }
  githubUrl;
  apiUrl;
  token;
  static {
    __name(this, "GitHubReleaseDistribution");
  }
  name = "github";
  releaseUrl(version, file) {
    return `${this.githubUrl.replace(/\/+$/, "")}/astral-sh/uv/releases/download/${version}/${file}`;
  }
  async listReleases() {
    const headers = { Accept: "application/vnd.github+json" };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const versions = [];
    for (let page = 1; page <= MAX_RELEASE_PAGES; page++) {
      const url = `${this.apiUrl.replace(/\/+$/, "")}/repos/astral-sh/uv/releases?per_page=100&page=${page}`;
      const response = await fetchWithRetry(url, { headers }, this.context.policy, this.context.log);
      const releases = await response.json();
      for (const r of releases) if (r.tag_name && !r.draft) versions.push(r.tag_name.replace(/^v/, ""));
      if (releases.length < 100) break;
    }
    return versions;
  }
  async fetchVerified(version, workDir) {
    const archive = uvArchiveName(this.context.platform);
    const url = this.releaseUrl(version, archive);
    let expected;
    try {
      const checksum = await fetchText(`${url}.sha256`, {}, this.context.policy, this.context.log);
      expected = checksum.text.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) {
        throw new LockstepError(`uv ${version} has no GitHub release for ${uvTargetTriple(this.context.platform)} (${url} not found)`, {
          hint: "Check the `version` input, or use `uv-source: pypi`.",
          cause: error
        });
      }
      throw error;
    }
    if (!/^[0-9a-f]{64}$/.test(expected)) throw new LockstepError(`the published checksum at ${url}.sha256 is not a sha256`);
    this.context.log(`Downloading ${url}`);
    const file = path3.join(workDir, archive);
    const download = await downloadFile(url, file, this.context.policy, this.context.log, `uv ${version}`);
    verifySha256(archive, expected, download.sha256, this.githubUrl);
    const extractDir = path3.join(workDir, "extract");
    if (archive.endsWith(".zip")) await extractZip(file, extractDir);
    else await extractTar(file, extractDir, ["xz"]);
    return this.executablesDir(extractDir);
  }
  /**
   * The `.tar.gz` archives hold one folder named like themselves (uv-<triple>/uv, uv-<triple>/uvx);
   * the Windows `.zip` holds uv.exe, uvx.exe and uvw.exe at its root. Either is accepted for both, so
   * a change of packing does not break the install.
   */
  executablesDir(extractDir) {
    const exe = uvExecutableName(this.context.platform);
    const candidates = [extractDir, path3.join(extractDir, `uv-${uvTargetTriple(this.context.platform)}`)];
    const preferred = this.context.platform.os === "win32" ? candidates : [...candidates].reverse();
    return preferred.find((dir) => existsSync2(path3.join(dir, exe))) ?? preferred[0];
  }
};

// src/adapters/install/pypi-wheel.ts
import { mkdir, copyFile, readdir as readdir2 } from "node:fs/promises";
import path4 from "node:path";
var PypiWheelDistribution = class extends UvDistribution {
  constructor(context, index) {
    super(context);
    this.index = index;
  }
  index;
  static {
    __name(this, "PypiWheelDistribution");
  }
  name = "pypi";
  async listReleases() {
    const files = await this.index.projectFiles("uv");
    return uvVersionsFromFilenames(files.filter((f) => !f.yanked).map((f) => f.filename));
  }
  async fetchVerified(version, workDir) {
    const files = await this.index.projectFiles("uv");
    const name = pickUvWheel(
      files.map((f) => f.filename),
      version,
      this.context.platform
    );
    const file = files.find((f) => f.filename === name);
    if (!file) {
      throw new LockstepError(`${redactUrl(this.index.url)} has no uv ${version} wheel for ${uvTargetTriple(this.context.platform)}`, {
        hint: "Check the `version` input and the `index-url` mirror."
      });
    }
    if (!file.sha256) {
      throw new LockstepError(`${redactUrl(this.index.url)} gives no sha256 for ${file.filename}, so it cannot be verified`, {
        hint: "Use an index that publishes hashes (PEP 503 #sha256= fragments or PEP 691 hashes)."
      });
    }
    this.context.log(`Downloading ${file.url}`);
    const wheelPath = path4.join(workDir, `${file.filename.replace(/\.whl$/, "")}.zip`);
    const download = await downloadFile(file.url, wheelPath, this.context.policy, this.context.log, `uv ${version}`);
    verifySha256(file.filename, file.sha256, download.sha256, redactUrl(this.index.url));
    const unpacked = await this.unzip(wheelPath, path4.join(workDir, "wheel"));
    const dataDir = (await readdir2(unpacked)).find((n) => n.endsWith(".data"));
    const binDir = path4.join(workDir, "bin");
    await mkdir(binDir);
    if (dataDir) {
      const scripts = path4.join(unpacked, dataDir, "scripts");
      for (const exe of await readdir2(scripts).catch(() => [])) await copyFile(path4.join(scripts, exe), path4.join(binDir, exe));
    }
    return binDir;
  }
  /** tool-cache unzips with the `unzip` program off Windows, which slim container images lack. */
  async unzip(file, dest) {
    try {
      return await extractZip(file, dest);
    } catch (error) {
      if (this.context.platform.os === "win32" || !/\bunzip\b/.test(String(error?.message))) throw error;
      throw new LockstepError("cannot unpack the uv wheel: the `unzip` program is not on PATH", {
        hint: "Install it in this job first (`apt-get install -y unzip`, `apk add unzip`), or use `uv-source: github` (a .tar.gz, unpacked with tar).",
        cause: error
      });
    }
  }
};

// src/adapters/install/index.ts
function parseUvSource(value) {
  const source = value.trim() || "auto";
  if (source === "auto" || source === "github" || source === "pypi") return source;
  throw new LockstepError(`uv-source must be auto, github or pypi, not "${value}"`, { hint: "Set `uv-source` to auto, github or pypi." });
}
__name(parseUvSource, "parseUvSource");
function distributions(options) {
  const github = new GitHubReleaseDistribution(options, options.githubUrl, options.githubApiUrl, options.githubToken);
  const pypi = new PypiWheelDistribution(options, options.index);
  if (options.source === "github") return [github];
  if (options.source === "pypi") return [pypi];
  return [github, pypi];
}
__name(distributions, "distributions");
async function installUv(request, options) {
  const sources = distributions(options);
  const version = needsReleaseList(request) ? await resolveFromSources(request, sources, options) : resolveUvVersion(request, []);
  const cached = findCachedUv(version, options.platform);
  if (cached) return cached;
  const unreachable = [];
  for (const source of sources) {
    try {
      return await source.install(version);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      unreachable.push(`${source.name}: ${describeError(error)}`);
      options.log(`uv source ${source.name} cannot be reached (${describeError(error)})`);
    }
  }
  throw new LockstepError(`could not download uv ${version}: ${unreachable.join("; ")}`, {
    hint: "Check the network, or point `github-url` / `index-url` at a mirror this runner can reach."
  });
}
__name(installUv, "installUv");
async function resolveFromSources(request, sources, options) {
  const failures = [];
  const listers = sources.some((s) => s.name === "pypi") ? sources : [...sources, new PypiWheelDistribution(options, options.index)];
  for (const source of listers) {
    try {
      const releases = await source.listReleases();
      return resolveUvVersion(request, releases);
    } catch (error) {
      if (error instanceof LockstepError) throw error;
      failures.push(`${source.name}: ${describeError(error)}`);
      options.log(`cannot list uv releases from ${source.name} (${describeError(error)})`);
    }
  }
  throw new LockstepError(`cannot list uv releases to resolve the required version: ${failures.join("; ")}`, {
    hint: "Set the `version` input to an exact version, or check the network."
  });
}
__name(resolveFromSources, "resolveFromSources");

// src/jobs/setup.ts
import { existsSync as existsSync3 } from "node:fs";
import os4 from "node:os";
import path7 from "node:path";

// src/core/matrix/target-list.ts
var PYTHON = /^3\.\d{1,2}t?$/;
var CUDA = /^\d{2}(\.\d{1,2})?$/;
var EXAMPLE = "3.11:x86_64-manylinux_2_28, 3.12:aarch64-apple-darwin, 3.12:x86_64-manylinux_2_28:12.4";
function badItem(item, what, hint) {
  return new LockstepError(`targets item \`${item}\`: ${what}`, { hint });
}
__name(badItem, "badItem");
function parseTargetItem(item) {
  const parts = item.split(":").map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "")) {
    throw badItem(item, "expected PYTHON:PLATFORM or PYTHON:PLATFORM:CUDA.", `Example: targets: ${EXAMPLE}`);
  }
  const [python, platform, cuda] = parts;
  if (!PYTHON.test(python)) {
    throw badItem(item, `\`${python}\` is not a CPython minor.`, "Give a version like 3.12 (append 't' for free-threaded, e.g. 3.13t).");
  }
  if (!PLATFORM_NAMES.includes(platform)) {
    throw badItem(item, `unknown platform \`${platform}\`.`, `Valid platforms (uv --python-platform names): ${PLATFORM_NAMES.join(", ")}.`);
  }
  if (cuda !== void 0 && !CUDA.test(cuda)) {
    throw badItem(item, `\`${cuda}\` is not a CUDA version.`, "Give the CUDA version the target provides, like 12.4.");
  }
  return { python, platform, cuda: cuda ?? null };
}
__name(parseTargetItem, "parseTargetItem");
function parseTargetSelection(value) {
  const text = value.trim();
  if (text === "") return { kind: "off" };
  if (text.toLowerCase() === "auto") return { kind: "auto" };
  const items = text.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
  if (items.some((item) => item.toLowerCase() === "auto")) {
    throw new LockstepError("targets: `auto` cannot be combined with explicit items.", {
      hint: "Use `targets: auto` alone for the default targets, or list every PYTHON:PLATFORM[:CUDA] item you want."
    });
  }
  const targets = [];
  for (const item of items) {
    const spec = parseTargetItem(item.replace(/^-\s+/, ""));
    if (!targets.some((t) => t.python === spec.python && t.platform === spec.platform && t.cuda === spec.cuda)) targets.push(spec);
  }
  return targets.length > 0 ? { kind: "explicit", targets } : { kind: "off" };
}
__name(parseTargetSelection, "parseTargetSelection");

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
   * predate it. Read from `uv lock --help` rather than guessed from the version number.
   */
  async lockCheckFlagSpelling() {
    if (this.lockCheckFlag) return this.lockCheckFlag;
    const help = await this.exec(["lock", "--help"]);
    this.lockCheckFlag = /\s--check\b/.test(help.stdout) ? "--check" : "--locked";
    return this.lockCheckFlag;
  }
  /** Whether uv.lock still matches pyproject.toml. The caller checks first that uv.lock exists. */
  async lockCheck(projectDir, python) {
    const flag = await this.lockCheckFlagSpelling();
    const result = await this.exec(["lock", flag, "--python", python], projectDir);
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
  /** The interpreter uv would use for a request, among installed ones; undefined when none matches. */
  async pythonFind(request, projectDir) {
    const result = await this.exec(["python", "find", "--system", request], projectDir);
    if (result.exitCode !== 0) return void 0;
    return result.stdout.trim().split("\n").pop()?.trim() || void 0;
  }
  async pythonInstall(request, projectDir) {
    return this.exec(["python", "install", request], projectDir, true, PYTHON_INSTALL_TIMEOUT_MS);
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

// src/adapters/wheel-store.ts
import path5 from "node:path";
var noWheelStore = { restore: /* @__PURE__ */ __name(async () => void 0, "restore") };
function chooseUvCacheDir(env, input = "", workingDirectory = ".") {
  if (input) return path5.resolve(workingDirectory, expandHome(input, env));
  if (env.UV_CACHE_DIR) return path5.resolve(env.UV_CACHE_DIR);
  if (env.RUNNER_TEMP && env.RUNNER_ENVIRONMENT === "github-hosted") return path5.join(env.RUNNER_TEMP, "lockstep-uv-cache");
  return void 0;
}
__name(chooseUvCacheDir, "chooseUvCacheDir");
function expandHome(value, env) {
  const home = env.HOME || env.USERPROFILE || "";
  if (home && (value === "~" || value.startsWith("~/"))) return path5.join(home, value.slice(1));
  return value;
}
__name(expandHome, "expandHome");
var SETUP_STATE = {
  uvCacheDir: "uv-cache-dir",
  uvPath: "uv-path",
  uvVersion: "uv-version",
  pythonVersion: "python-version",
  projectDir: "project-dir",
  venvPath: "venv-path",
  lockStatus: "lock-status"
};

// src/jobs/lock-matrix.ts
import { mkdtempSync, writeFileSync as writeFileSync2 } from "node:fs";
import os3 from "node:os";
import path6 from "node:path";
var TITLE = { error: "errors", warning: "warnings", notice: "notices" };
function checkLockMatrix(runner, request) {
  const options = {
    extras: request.extras,
    allExtras: request.allExtras,
    groups: request.groups,
    noDefaultGroups: request.noDefaultGroups,
    driver: request.driver
  };
  if (request.targets.kind === "explicit") options.targets = request.targets.targets;
  const full = checkProject(readProjectFiles(request.projectDir), options);
  const report = { ...full, findings: full.findings.filter((f) => f.code !== "lock-stale") };
  runner.info(renderText(report).trimEnd());
  const dir = mkdtempSync(path6.join(request.runnerTemp || os3.tmpdir(), "lockstep-check-"));
  const jsonPath = path6.join(dir, "check.json");
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
  annotateFindings(runner, findings, {
    position: /* @__PURE__ */ __name((f) => ({ file: f.file ? rel(f.file) : void 0, line: f.line, column: f.column, title: `lockstep check: ${f.code}${f.package ? ` (${f.package})` : ""}` }), "position"),
    more: /* @__PURE__ */ __name((severity, more) => ({
      message: `\u2026and ${more} more ${TITLE[severity]} from the lock matrix check: see the job summary table and the JSON report (the report-path output).`,
      title: `lockstep check: ${more} more ${TITLE[severity]}`
    }), "more")
  });
}
__name(annotate, "annotate");

// src/jobs/setup.ts
function splitList(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
__name(splitList, "splitList");
function readSetupInputs(runner) {
  return {
    workingDirectory: runner.input("working-directory") || ".",
    uvVersion: runner.input("version"),
    uvSource: runner.input("uv-source") || "auto",
    githubUrl: runner.input("github-url") || DEFAULT_GITHUB_URL,
    githubToken: runner.input("github-token"),
    indexUrl: runner.input("index-url") || DEFAULT_INDEX_URL,
    pythonVersion: runner.input("python-version"),
    locked: runner.booleanInput("locked", true),
    groups: splitList(runner.input("groups")),
    extras: splitList(runner.input("extras")),
    allExtras: runner.booleanInput("all-extras", false),
    noDefaultGroups: runner.booleanInput("no-default-groups", false),
    activateEnvironment: runner.booleanInput("activate-environment", true),
    cacheLocalPath: runner.input("cache-local-path"),
    envFile: runner.input("env-file") || ".env",
    envFileAllowIndex: runner.booleanInput("env-file-allow-index", false),
    targets: parseTargetSelection(runner.input("targets")),
    failOn: parseFailOn(runner.input("fail-on")),
    driver: parseDriver(runner.input("driver"))
  };
}
__name(readSetupInputs, "readSetupInputs");
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
function currentPlatform() {
  if (process.platform !== "linux") return runnerPlatformOf(process.platform, process.arch);
  const header = process.report?.getReport()?.header;
  return runnerPlatformOf(process.platform, process.arch, header?.glibcVersionRuntime ? "glibc" : "musl");
}
__name(currentPlatform, "currentPlatform");
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
async function run(overrides = {}) {
  const runner = overrides.runner ?? actionsRunner();
  const env = overrides.env ?? process.env;
  const recorder = new StepRecorder(runner);
  try {
    const deps = {
      runner,
      runProcess: overrides.runProcess ?? runProcess,
      wheelStore: overrides.wheelStore ?? noWheelStore,
      platform: overrides.platform ?? currentPlatform(),
      env
    };
    await setup(deps, recorder);
  } catch (error) {
    reportFailure(runner, error, workspaceRoot(env));
  } finally {
    const summary = [renderSetupSummary(recorder.rows), ...recorder.sections].join("\n");
    await runner.appendSummary(summary).catch((error) => {
      runner.warning(`could not write the job summary: ${String(error)}`);
    });
  }
}
__name(run, "run");
function workspaceRoot(env) {
  return path7.resolve(env.GITHUB_WORKSPACE || process.cwd());
}
__name(workspaceRoot, "workspaceRoot");
function relativeToWorkspace(env, file) {
  const relative = path7.relative(workspaceRoot(env), file);
  return relative && !relative.startsWith("..") ? relative.split(path7.sep).join("/") : file;
}
__name(relativeToWorkspace, "relativeToWorkspace");
function reportFailure(runner, error, workspace) {
  if (error instanceof AlreadyReported) return runner.markFailed();
  if (error instanceof LockstepError) {
    const message = error.hint ? `${error.message}
${error.hint}` : error.message;
    if (error.file) {
      const file = path7.isAbsolute(error.file) ? path7.relative(workspace, error.file).split(path7.sep).join("/") : error.file;
      runner.error(message, { file, line: error.line, column: error.column, title: "lockstep setup" });
      return runner.markFailed();
    }
    return runner.setFailed(message);
  }
  runner.setFailed(error instanceof Error ? error.message : String(error));
}
__name(reportFailure, "reportFailure");
async function readOptional(file, maxBytes = PROJECT_FILE_LIMITS.manifest) {
  return readProjectFile(file, { maxBytes, shown: path7.basename(file) }) ?? void 0;
}
__name(readOptional, "readOptional");
function describeRequest(request) {
  if (request.kind === "exact") return request.origin === "default" ? `default ${request.version}` : `${request.version} from ${request.origin}`;
  if (request.kind === "latest") return `latest (${request.origin})`;
  return `"${request.specifier}" from ${request.origin}`;
}
__name(describeRequest, "describeRequest");
async function setup(deps, recorder) {
  const { runner, env } = deps;
  const inputs = readSetupInputs(runner);
  const projectDir = path7.resolve(workspaceRoot(env), inputs.workingDirectory);
  const rel = /* @__PURE__ */ __name((file) => relativeToWorkspace(env, path7.join(projectDir, file)), "rel");
  const log = /* @__PURE__ */ __name((message) => runner.info(message), "log");
  if (inputs.githubToken) runner.setSecret(inputs.githubToken);
  const pixi = existsSync3(path7.join(projectDir, "uv.lock")) || !existsSync3(projectDir) ? null : readPixiProjectFiles(projectDir);
  if (pixi) {
    const { setupPixi } = await import("./setup-pixi-6FAWZFNC.js");
    return setupPixi(deps, recorder, inputs, projectDir, pixi);
  }
  let pyproject;
  let uvTomlRequiredVersion;
  let pythonVersionFile;
  await recorder.step("Read project", async () => {
    if (!existsSync3(projectDir)) {
      throw new LockstepError(`working-directory ${inputs.workingDirectory} does not exist`, {
        hint: "Set `working-directory` to the folder that holds pyproject.toml."
      });
    }
    const pyprojectText = await readOptional(path7.join(projectDir, "pyproject.toml"));
    if (pyprojectText === void 0) {
      throw new LockstepError(`no pyproject.toml in ${rel(".") || "."}`, {
        hint: "Set `working-directory` to the folder that holds the uv project."
      });
    }
    pyproject = parsePyproject(pyprojectText, rel("pyproject.toml"));
    const uvTomlText = await readOptional(path7.join(projectDir, "uv.toml"));
    if (uvTomlText !== void 0) {
      const uvToml = parseToml(uvTomlText, rel("uv.toml"));
      const required = uvToml["required-version"];
      if (typeof required === "string") uvTomlRequiredVersion = required;
    }
    pythonVersionFile = await readOptional(path7.join(projectDir, ".python-version"));
    return `${rel("pyproject.toml")}${pyproject.requiresPython ? `, requires-python ${pyproject.requiresPython}` : ""}`;
  });
  let installed;
  let uv;
  const uvCacheDir = chooseUvCacheDir(env, inputs.cacheLocalPath, projectDir);
  await recorder.step("Install uv", async () => {
    const request = chooseUvVersionRequest({
      input: inputs.uvVersion,
      uvTomlRequiredVersion,
      pyprojectRequiredVersion: pyproject?.tool.uv.requiredVersion ?? void 0
    });
    log(`uv version: ${describeRequest(request)}`);
    const policy = retryPolicyFromEnv(env);
    const releasesApi = githubReleasesApi(inputs.githubUrl, env);
    installed = await installUv(request, {
      source: parseUvSource(inputs.uvSource),
      index: new SimpleApiIndex(inputs.indexUrl, policy, log),
      githubUrl: inputs.githubUrl,
      githubApiUrl: releasesApi.url,
      githubToken: releasesApi.sendToken ? inputs.githubToken : "",
      platform: deps.platform,
      policy,
      log
    });
    runner.addPath(installed.dir);
    if (uvCacheDir) runner.exportVariable("UV_CACHE_DIR", uvCacheDir);
    uv = new Uv(installed.binary, deps.runProcess);
    const reported = await uv.version();
    log(`${installed.binary} reports uv ${reported}`);
    runner.setOutput("uv-version", installed.version);
    runner.setOutput("uv-path", installed.binary);
    runner.setOutput("uvx-path", path7.join(installed.dir, deps.platform.os === "win32" ? "uvx.exe" : "uvx"));
    runner.saveState(SETUP_STATE.uvPath, installed.binary);
    runner.saveState(SETUP_STATE.uvVersion, installed.version);
    if (uvCacheDir) runner.saveState(SETUP_STATE.uvCacheDir, uvCacheDir);
    const from = installed.from === "tool-cache" ? "tool cache" : `downloaded from ${installed.from}`;
    return `uv ${installed.version} (${describeRequest(request)}), ${from}`;
  });
  let pythonPath;
  let pythonVersion;
  deps.wheelStore.prepare?.(runner);
  await recorder.step("Python", async () => {
    const request = choosePythonRequest({
      input: inputs.pythonVersion,
      pythonVersionFile,
      requiresPython: pyproject?.requiresPython ?? void 0
    });
    log(`Python ${request.request} (from ${request.origin})`);
    let found = await uv.pythonFind(request.request, projectDir);
    let how = "found";
    if (!found) {
      log(`no installed Python matches ${request.request}; running uv python install ${request.request}`);
      const result = await uv.pythonInstall(request.request, projectDir);
      found = result.exitCode === 0 ? await uv.pythonFind(request.request, projectDir) : void 0;
      if (!found) {
        const available = dedupe(await uv.pythonListInstalled(projectDir));
        const reason = (result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ");
        const fromWhere = request.origin === "input" ? "the `python-version` input" : request.origin;
        throw new LockstepError(
          `Python ${request.request} (from ${fromWhere}) is not installed and uv could not install it${reason ? `: ${reason}` : ""}.
Interpreters found: ${available.length ? available.map((p) => `${p.version} (${p.path})`).join(", ") : "none"}.`,
          {
            file: request.origin === ".python-version" ? rel(".python-version") : void 0,
            hint: available.length ? `Set the \`python-version\` input to one of the versions found (e.g. python-version: ${available[0].version}), or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access).` : "Set the `python-version` input to an installed version, or allow uv to download Python (UV_PYTHON_DOWNLOADS=automatic, network access)."
          }
        );
      }
      how = "installed";
    }
    pythonPath = found;
    if (inputs.pythonVersion) runner.exportVariable("UV_PYTHON", inputs.pythonVersion);
    pythonVersion = await pythonVersionOf(found, deps.runProcess);
    runner.setOutput("python-version", pythonVersion);
    runner.setOutput("python-path", pythonPath);
    runner.saveState(SETUP_STATE.pythonVersion, pythonVersion);
    return `CPython ${pythonVersion} ${how} (${request.request} from ${request.origin})`;
  });
  const lockFile = path7.join(projectDir, "uv.lock");
  let lockStatus = "up-to-date";
  let syncLocked = inputs.locked;
  await recorder.step("Check uv.lock", async () => {
    if (!existsSync3(lockFile)) {
      lockStatus = "missing";
      runner.setOutput("lock-status", lockStatus);
      if (inputs.locked) {
        throw new LockstepError("uv.lock is missing, so the environment cannot be reproduced", {
          file: rel("pyproject.toml"),
          hint: "Run `uv lock` and commit uv.lock, or set `locked: false` to let this step create it (not reproducible)."
        });
      }
      runner.warning("uv.lock is missing; `locked: false`, so `uv sync` will resolve and create it (this run is not reproducible: commit a uv.lock).", {
        file: rel("pyproject.toml")
      });
      return { detail: "missing: uv sync will create it (locked: false)", outcome: "done" };
    }
    const check = await uv.lockCheck(projectDir, pythonPath);
    if (check.status === "up-to-date") {
      runner.setOutput("lock-status", lockStatus);
      log(`uv lock ${await uv.lockCheckFlagSpelling()}: ${rel("uv.lock")} matches ${rel("pyproject.toml")}`);
      return "up to date";
    }
    lockStatus = "stale";
    runner.setOutput("lock-status", lockStatus);
    const findings = await staleFindings(projectDir, pyproject, { pyproject: rel("pyproject.toml"), lock: rel("uv.lock") });
    const fix = "Run `uv lock` in " + (rel(".") || "the project") + " and commit the updated uv.lock.";
    const annotate2 = inputs.locked ? runner.error.bind(runner) : runner.warning.bind(runner);
    annotate2(`uv.lock is out of date with pyproject.toml${check.message ? `: ${check.message}` : ""}
${fix}`, {
      file: rel("uv.lock"),
      line: 1,
      title: "uv.lock is stale"
    });
    for (const finding of findings) {
      annotate2(finding.message, { file: finding.file, line: finding.line, column: finding.column, title: "uv.lock is stale" });
    }
    if (inputs.locked) throw new AlreadyReported("stale: run `uv lock` and commit uv.lock");
    syncLocked = false;
    return { detail: "stale: uv sync will update it (locked: false)", outcome: "done" };
  });
  if (inputs.targets.kind !== "off") {
    const targets = inputs.targets;
    await recorder.step("Check lock matrix", async () => {
      if (lockStatus !== "up-to-date") {
        runner.warning(`targets: the lock matrix check is skipped because uv.lock is ${lockStatus}; it judges a committed, up-to-date lock.`, {
          file: rel(lockStatus === "missing" ? "pyproject.toml" : "uv.lock")
        });
        return { detail: `skipped: uv.lock is ${lockStatus}`, outcome: "skipped" };
      }
      const outcome = checkLockMatrix(runner, {
        projectDir,
        targets,
        failOn: inputs.failOn,
        driver: inputs.driver,
        extras: inputs.extras,
        allExtras: inputs.allExtras,
        groups: inputs.groups,
        noDefaultGroups: inputs.noDefaultGroups,
        rel,
        runnerTemp: env.RUNNER_TEMP ?? ""
      });
      recorder.sections.push(outcome.summary);
      runner.setOutput("check-result", outcome.result);
      runner.setOutput("report-path", outcome.jsonPath);
      if (outcome.fails) throw new AlreadyReported(outcome.detail);
      return outcome.detail;
    });
  }
  const venvPath = path7.resolve(projectDir, env.UV_PROJECT_ENVIRONMENT || ".venv");
  const restoreContext = {
    runner,
    uvCacheDir: uvCacheDir ?? path7.join(os4.homedir(), ".cache", "uv"),
    projectDir,
    lockFile,
    uvVersion: installed.version,
    uvPath: installed.binary,
    pythonVersion,
    pythonPath,
    venvPath,
    groups: inputs.groups,
    extras: inputs.extras,
    allExtras: inputs.allExtras
  };
  let restored;
  if (deps.wheelStore !== noWheelStore) {
    await recorder.step("Restore wheel store", async () => (restored = await deps.wheelStore.restore(restoreContext))?.detail ?? "nothing restored");
  }
  await recorder.step("Sync .venv", async () => {
    const sync = uv.sync({
      projectDir,
      python: pythonPath,
      locked: syncLocked,
      groups: inputs.groups,
      noDefaultGroups: inputs.noDefaultGroups,
      extras: inputs.extras,
      allExtras: inputs.allExtras
    });
    await Promise.all([sync, restored?.whileSyncing?.()]);
    runner.setOutput("venv", venvPath);
    runner.saveState(SETUP_STATE.venvPath, venvPath);
    runner.saveState(SETUP_STATE.projectDir, projectDir);
    runner.saveState(SETUP_STATE.lockStatus, lockStatus);
    if (inputs.activateEnvironment) {
      runner.addPath(path7.join(venvPath, deps.platform.os === "win32" ? "Scripts" : "bin"));
      runner.exportVariable("VIRTUAL_ENV", venvPath);
    }
    const selection = [
      inputs.noDefaultGroups ? "no default groups" : "",
      inputs.groups.length ? `groups ${inputs.groups.join(", ")}` : "",
      inputs.allExtras ? "all extras" : inputs.extras.length ? `extras ${inputs.extras.join(", ")}` : ""
    ].filter(Boolean);
    return `${syncLocked ? "uv sync --locked" : "uv sync"} into ${relativeToWorkspace(env, venvPath)}${selection.length ? ` (${selection.join("; ")})` : ""}${inputs.activateEnvironment ? ", activated" : ""}`;
  });
  await recorder.step("Load .env", () => loadEnvFile({ runner, env, projectDir, inputs, expandFrom: inputs.activateEnvironment ? { VIRTUAL_ENV: venvPath } : {} }));
}
__name(setup, "setup");
async function loadEnvFile(options) {
  const { runner, env, projectDir, inputs } = options;
  const log = /* @__PURE__ */ __name((message) => runner.info(message), "log");
  const envPath = path7.resolve(projectDir, inputs.envFile);
  const text = await readOptional(envPath, PROJECT_FILE_LIMITS.small);
  const shown = relativeToWorkspace(env, envPath);
  if (text === void 0) {
    if (runner.input("env-file")) runner.warning(`env-file ${shown} does not exist; nothing loaded`);
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
    runner.warning(`${shown} line ${variable.line}: ${variable.name} is not exported: ${why}`, {
      file: shown,
      line: variable.line,
      title: "protected variable in .env"
    });
  }
  const exported = contents.variables.filter((v) => !isProtectedVariable(v.name, protection));
  for (const variable of exported) {
    const masks = secretsToMask(variable.name, variable.value);
    for (const mask of masks) runner.setSecret(mask);
    if (masks.length > 0) masked++;
    runner.exportVariable(variable.name, variable.value);
  }
  log(`exported ${exported.length} variables from ${shown}: ${exported.map((v) => v.name).join(", ")}`);
  const notes = [masked ? `${masked} masked` : "", blocked.length ? `${blocked.length} protected name(s) not exported` : "", contents.problems.length ? `${contents.problems.length} malformed line(s) skipped` : ""].filter(Boolean).join(", ");
  return `${exported.length} variables from ${shown}${notes ? ` (${notes})` : ""}`;
}
__name(loadEnvFile, "loadEnvFile");
function dedupe(pythons) {
  const seen = /* @__PURE__ */ new Set();
  return pythons.filter((p) => seen.has(p.version) ? false : (seen.add(p.version), true));
}
__name(dedupe, "dedupe");
async function staleFindings(projectDir, pyproject, files) {
  if (!pyproject) return [];
  try {
    const lock = parseLock(await readOptional(path7.join(projectDir, "uv.lock"), PROJECT_FILE_LIMITS.lock) ?? "", files.lock);
    return staleLockFindings(pyproject, lock, files).filter((f) => f.file);
  } catch {
    return [];
  }
}
__name(staleFindings, "staleFindings");

export {
  chooseUvVersionRequest,
  toolCacheVersion,
  extractTar,
  extractZip,
  cacheDir,
  find,
  toolCacheArch,
  verifySha256,
  DEFAULT_GITHUB_URL,
  githubReleasesApi,
  installUv,
  splitList,
  currentPlatform,
  AlreadyReported,
  run,
  relativeToWorkspace,
  loadEnvFile
};

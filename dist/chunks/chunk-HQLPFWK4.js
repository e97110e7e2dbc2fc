import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-G6EDGBQC.js";
import {
  HttpStatusError,
  NetworkError,
  describeError,
  downloadFile,
  fetchText,
  fetchWithRetry,
  redactUrl
} from "./chunk-YT6M33CQ.js";
import {
  isValidSpecifier,
  isValidVersion,
  newestSatisfying
} from "./chunk-OLB35YTD.js";
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
  __name,
  __toESM
} from "./chunk-I4TOYENA.js";

// src/core/setup/uv-version.ts
var DEFAULT_UV_VERSION = "0.13.9";
function chooseUvVersionRequest(sources) {
  const input = sources.input.trim();
  if (input) return parseRequest(input, "input", "the `version` input");
  if (sources.versionFile) return parseRequest(sources.versionFile.version.trim(), "version-file", sources.versionFile.file, sources.versionFile.file);
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
function runnerPlatformOf(nodePlatform, nodeArch, libc, glibc) {
  const os3 = nodePlatform === "linux" || nodePlatform === "darwin" || nodePlatform === "win32" ? nodePlatform : void 0;
  const arch2 = nodeArch === "x64" || nodeArch === "arm64" ? nodeArch : void 0;
  if (!os3 || !arch2) {
    throw new LockstepError(`lockstep cannot install uv on ${nodePlatform}/${nodeArch}: it supports Linux, macOS and Windows on x64 and arm64`, {
      hint: "Run this job on a GitHub-hosted runner (ubuntu, macos, windows) or a self-hosted x64/arm64 one, or install uv yourself before this step."
    });
  }
  if (os3 !== "linux") return { os: os3, arch: arch2 };
  return libc === "musl" ? { os: os3, arch: arch2, libc } : { os: os3, arch: arch2, libc: "glibc", ...glibc ? { glibc } : {} };
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
var MANYLINUX_NAMED = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40];
function checkPlatformName(p) {
  const cpu = p.arch === "x64" ? "x86_64" : "aarch64";
  if (p.os === "darwin") return `${cpu}-apple-darwin`;
  if (p.os === "win32") return `${cpu}-pc-windows-msvc`;
  if (p.libc === "musl") return `${cpu}-unknown-linux-musl`;
  const m = /^2\.(\d+)/.exec(p.glibc ?? "");
  const floor = m ? [...MANYLINUX_NAMED].reverse().find((n) => n <= Number(m[1])) : 28;
  return `${cpu}-manylinux_2_${floor ?? 17}`;
}
__name(checkPlatformName, "checkPlatformName");
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
    this.context.log(`Downloading ${redactUrl(url)}`);
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
import { mkdir, copyFile, readdir as readdir2, readFile } from "node:fs/promises";
import path4 from "node:path";

// src/core/security/archive.ts
function isSafeMemberPath(name) {
  if (name === "" || name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name) || name.includes("\0")) return false;
  return !name.split("/").some((segment) => segment === "..");
}
__name(isSafeMemberPath, "isSafeMemberPath");
var EOCD = 101010256;
var CENTRAL = 33639248;
var S_IFMT = 61440;
var S_IFLNK = 40960;
function unsafeZipMembers(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip archive (no end-of-central-directory record)");
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const unsafe = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > zip.length || view.getUint32(offset, true) !== CENTRAL) throw new Error("a zip central-directory entry is damaged");
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const madeBy = view.getUint16(offset + 4, true) >> 8;
    const mode = view.getUint32(offset + 38, true) >>> 16;
    const name = decoder.decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    const symlink = madeBy === 3 && (mode & S_IFMT) === S_IFLNK;
    if (!isSafeMemberPath(name)) unsafe.push(name);
    else if (symlink) unsafe.push(`${name} (symlink)`);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return unsafe;
}
__name(unsafeZipMembers, "unsafeZipMembers");

// src/adapters/install/pypi-wheel.ts
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
    this.context.log(`Downloading ${redactUrl(file.url)}`);
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
  /**
   * Unpacks the (checksum-verified) wheel. Its members are checked first: one that would be written
   * outside the folder (`../`, an absolute path, a symlink) is refused with that reason, not whatever
   * the extraction tool says. tool-cache unzips with the `unzip` program off Windows, which slim
   * container images lack.
   */
  async unzip(file, dest) {
    let unsafe;
    try {
      unsafe = unsafeZipMembers(await readFile(file));
    } catch (error) {
      throw new LockstepError(`cannot unpack the uv wheel: ${error.message}`, { hint: "The index served a damaged wheel; re-run, or use `uv-source: github`.", cause: error });
    }
    if (unsafe.length > 0) {
      throw new LockstepError(`refusing to unpack the uv wheel: ${unsafe.length} member(s) would be written outside its folder (${unsafe.slice(0, 3).join(", ")})`, {
        hint: 'The index serves a tampered uv wheel ("zip-slip"); use the official index or `uv-source: github`.'
      });
    }
    try {
      return await extractZip(file, dest);
    } catch (error) {
      if (this.context.platform.os === "win32" || !/Unable to locate executable file: unzip/i.test(String(error?.message))) throw error;
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

// src/adapters/runner-platform.ts
function currentPlatform() {
  if (process.platform !== "linux") return runnerPlatformOf(process.platform, process.arch);
  const header = process.report?.getReport()?.header;
  return runnerPlatformOf(process.platform, process.arch, header?.glibcVersionRuntime ? "glibc" : "musl", header?.glibcVersionRuntime);
}
__name(currentPlatform, "currentPlatform");

export {
  chooseUvVersionRequest,
  toolCacheVersion,
  extractTar,
  extractZip,
  cacheDir,
  find,
  toolCacheArch,
  checkPlatformName,
  verifySha256,
  DEFAULT_GITHUB_URL,
  githubReleasesApi,
  parseUvSource,
  installUv,
  currentPlatform
};

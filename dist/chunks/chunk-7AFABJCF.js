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
} from "./chunk-GBARYC4T.js";
import {
  isValidSpecifier,
  isValidVersion,
  newestSatisfying
} from "./chunk-2HEI5EQZ.js";
import {
  cp,
  debug,
  exec,
  isDebug,
  mkdirP,
  rmRF,
  which
} from "./chunk-XWKXAGII.js";
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

// src/core/setup/known-uv-checksums.ts
var KNOWN_UV_WHEEL_SHA256 = {
  "0.5.0": {
    "macosx_10_12_x86_64": "b9e22f38bd4cd66ea252fe9060ae567da92eec2dc9154fedab1f059c37288ee0",
    "macosx_11_0_arm64": "a3bc6911be7d86f3750bce1580e664877a3a88c126eb68afbb132cd0896fd109",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "de8c70d26bc4231ada30d14eaf105740ad735b2b41fde9b81978df5f0ed25152",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6fb131612a96b719b80e15e3261b2dee67028b137a4bb86730f8fb02808f2d79",
    "manylinux_2_28_aarch64": "313c9fc30c6679fbf5bf4acc043ad171bee7853bb16f366af064e835d1fb1a74",
    "musllinux_1_1_x86_64": "8a603ed4c91fba250cc62aaf3b54b68cf70b7fefda07b6c2f230a6d8a8005616",
    "win_amd64": "f5ad860fb028179ce4467fec6dd2b2a1a369cbd67e2a058f1b50116055fda5b8"
  },
  "0.5.1": {
    "macosx_10_12_x86_64": "f66859e67d10ffff8b17c67c7ede207d67487cef20c3d17bc427b690f9dff795",
    "macosx_11_0_arm64": "c4d209164448c8529e21aca4ef1e3da94303b1bf726924786feffd87ed93ab4a",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "6ec61220d883751777cbabf0b076607cfbdeb812bc52c28722e897271461e589",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "4d1ec4a1bc19b523a84fc1bf2a92e9c4d982c831d3da450af71fc3057999d456",
    "manylinux_2_28_aarch64": "01c40f756e9536c05fdf3485c1dfe3da610c3169195bbe20fab03a4c4b7a0d98",
    "musllinux_1_1_x86_64": "6a76765c3cc49268f3c6773bd89a0dacf8a91b040fc3faea6c527ef6f2308eba",
    "win_amd64": "922685dcaa1c9b6663649b379f9bdbe5b87af230f512e69398efc51bd9d8b8eb"
  },
  "0.5.2": {
    "macosx_10_12_x86_64": "d0834c6b37750c045bbea80600d3ae3e95becc4db148f5c0d0bc3ec6a7924e8f",
    "macosx_11_0_arm64": "a8a9897dd7657258c53f41aecdbe787da99f4fc0775f19826ab65cc0a7136cbf",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "15c7ffa08ae21abd221dbdf9ba25c8969235f587cec6df8035552434e5ca1cc5",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "374e9498e155fcaa8728a6770b84f03781106d705332f4ec059e1cc93c8f4d8a",
    "manylinux_2_28_aarch64": "675ca34829ceca3e9de395cf05e8f881334a24488f97dd923c463830270d52a7",
    "musllinux_1_1_x86_64": "772b32d157ec8f27c0099ecac94cf5cd298bce72f1a1f512205591de4e9f0c5c",
    "win_amd64": "a4d4fdad03e6dc3e8216192b8a12bcf2c71c8b12046e755575c7f262cbb61924"
  },
  "0.5.3": {
    "macosx_10_12_x86_64": "837c9e303c23697508a6ab125d451bcea8bd2d0dbdf13d12e6860b481c46bbfd",
    "macosx_11_0_arm64": "2e900108b7744dba514ba19931edad3bfdfb7d6f76a654bc2eff544da6f20207",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5caa1cd194925e5c215459c26081ab304c47292d52902faf7a34d94c6e153c03",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "fcab6875bf937d6e203dd424c0140af461175b4aa71faddc87d6e5ce61adcc5a",
    "manylinux_2_28_aarch64": "415c26372814404105b810ae29e3a8eccd2d4b17f9fdeaf570f24b7ee4e22417",
    "musllinux_1_1_x86_64": "1be17854ee881b454f5eb6a6b501f0431c7c00870ff9375dc08af7c655dd36a3",
    "win_amd64": "df2ef8f276324ef9445a26384c86f799493f26974733e6a727c4e05a8b35860f"
  },
  "0.5.4": {
    "macosx_10_12_x86_64": "4432215deb8d5c1ccab17ee51cb80f5de1a20865ee02df47532f87442a3d6a58",
    "macosx_11_0_arm64": "f40c6c6c3a1b398b56d3a8b28f7b455ac1ce4cbb1469f8d35d3bbc804d83daa4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "df3cb58b7da91f4fc647d09c3e96006cd6c7bd424a81ce2308a58593c6887c39",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "30ce031e36c54d4ba791d743d992d0a4fd8d70480db781d30a2f6f5125f39194",
    "manylinux_2_28_aarch64": "ca72e6a4c3c6b8b5605867e16a7f767f5c99b7f526de6bbb903c60eb44fd1e01",
    "musllinux_1_1_x86_64": "f806af0ee451a81099c449c4cff0e813056fdf7dd264f3d3a8fd321b17ff9efc",
    "win_amd64": "493aedc3c758bbaede83ecc8d5f7e6a9279ebec151c7f756aa9ea898c73f8ddb"
  },
  "0.5.5": {
    "macosx_10_12_x86_64": "f0bfc7ced2fe0c85b3070dfa219072a1406133e18aab2f2fe10b6455ede0f8b2",
    "macosx_11_0_arm64": "553901e95cb5a4da1da19e288c29c5f886793f981750400e5cef48e3031b970b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a4f0c7647187044056dc6f6f5d31b01f445d8695eb7d2f442b29fd5c9216a56f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0f7f04ae5a5430873d8610d8ea0a5d35df92e60bf701f80b3cf24857e0ac5e72",
    "manylinux_2_28_aarch64": "5a47345ccafc0105b2f0cc22fcb0bb05be4d0e60df67f5beea28069b0bb372c8",
    "musllinux_1_1_x86_64": "f4e9ddcffc29f009f692cda699912b02f6a12089d741b71d2fcd0b181eb71c5d",
    "win_amd64": "69e15f24493d86c3a2da3764891e35a033ceda09404c1f9b386671d509db95f3"
  },
  "0.5.6": {
    "macosx_10_12_x86_64": "6e13c1bb1f00b596a50711afffc407570edf9825fea4cfbc1d80cfb59816e501",
    "macosx_11_0_arm64": "4ca83b575d316030503d81d3cc85a53be45d8bab56892f845f7e545006e5df59",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a15ac68584b346e592ca4c5167ffd4c4ba9906706b423b696e7b37d03dea753b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "920dd926d235f826454e7b68cb1890ded6e67510e6195c346eef41caabc9d9b7",
    "manylinux_2_28_aarch64": "152466b8854bc30661620671cd1e5e854123e734fb4f380bc83eab5e3c4450a9",
    "musllinux_1_1_x86_64": "2b1dc05b9b242989d4a6dc99916a0fd6dc98ea5146f757505da69ac20825067d",
    "win_amd64": "c1a3b180e90734812034cc1594256f519bff6c2715f3f1ceb9ac7bc578005f5d"
  },
  "0.5.7": {
    "macosx_10_12_x86_64": "a4fc62749bda8e7ae62212b1d85cdf6c7bad41918b3c8ac5a6d730dd093d793d",
    "macosx_11_0_arm64": "78c3c040e52c09a410b9788656d6e760d557f223058537081cb03a3e25ce89de",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "76b514c79136e779cccf90cce5d60f317a0d42074e9f4c059f198ef435f2f6ab",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a141b40444c4184efba9fdc10abb3c1cff32154c7f8b0ad46ddc180d65a82d90",
    "manylinux_2_28_aarch64": "46b03a9a78438219fb3060c096773284e2f22417a9c1f8fdd602f0650b3355c2",
    "musllinux_1_1_x86_64": "b79e32438390add793bebc41b0729054e375be30bc53f124ee212d9c97affc39",
    "win_amd64": "27c630780e1856a70fbeb267e1ed6835268a1b50963ab9a984fafa4184389def"
  },
  "0.5.8": {
    "macosx_10_12_x86_64": "e146062e4cc39db334cbde38d56d2c6301dd9cf6739ce07ce5a4d71b4cbc2d00",
    "macosx_11_0_arm64": "0f2bcdd00a49ad1669e217a2787448cac1653c9968d74bfa3732f3c25ca26f69",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c91d0a2b8218af2aa0385b867da8c13a620db22077686793c7231f012cb40619",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2b3076c79746d4f83257c9dea5ba0833b0711aeff8e6695670eadd140a0cf67f",
    "manylinux_2_28_aarch64": "aa03c338e19456d3a6544a94293bd2905837ae22720cc161c83ea0fd13c3b09f",
    "musllinux_1_1_x86_64": "56715389d240ac989af2188cd3bfc2b603d31b42330e915dacfe113b34d8e65b",
    "win_amd64": "4a3325af8ed1effa7076967472c063b0000d609fd6f561c7751e43bab30297f1"
  },
  "0.5.9": {
    "macosx_10_12_x86_64": "d8e384e2961f4ed5b21928f3f8ed7d7f5c8eb4607cbab84610958500360e5723",
    "macosx_11_0_arm64": "1e93705005f4f74a768085908acee92d4ef5d816ffb51e9a6596ace6b7d0a3ad",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "405b8e0f26ad33eb35b138160e9d5752e39bf91e832df0235ce6992263a60572",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "c4640eba930cd492f74b75ed6eee4754048ea01371621762e4b7318b9d33d2ab",
    "manylinux_2_28_aarch64": "338c517bb47cd686e104ac63d3ad617f37cf4309eb582b39e6826f071f5e7916",
    "musllinux_1_1_x86_64": "ee37165a9b03d7cd07dab8272e5cd5c36da30a54b28f08f301a0ee67526e9006",
    "win_amd64": "18ec1248a6d027f89d9ffb51079227373f3af42ca0d3f684047aec81793657d6"
  },
  "0.5.10": {
    "macosx_10_12_x86_64": "06eb14988a75cc178241747a9437d23faad7d62e2d9b955db7e8a8098853341a",
    "macosx_11_0_arm64": "5890ca6703c371cecc88c2a7bf32fc47187a865fc577df0d40d390fcbdec76f0",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "adc0dad56118127b3a1cc0126149a9b8c643fd4e4c5fa37be6af4bd84d33d30c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8bc47bd623b1f8fa883b7afbf480286b946512d9ac7bf23105e7d63ef702ea7b",
    "manylinux_2_28_aarch64": "253a02e03bf83bc0ec4e17242f54a4af2fef6191fcfb392b2613defd2b2a2f89",
    "musllinux_1_1_x86_64": "68a6b992b7ebae9f3fa2f395348c95e6f05745246b067a26e7597a6730fcb690",
    "win_amd64": "87dd4473ebf585fcd78a818bf8735ab39a157bef4f712e8b22e753b7344f6290"
  },
  "0.5.11": {
    "macosx_10_12_x86_64": "164e068ebdf1177c8863c870bb68e411105b44d53cd91e3b9d8f5fd9202420d8",
    "macosx_11_0_arm64": "bac233c1e3ae343d0904f78e4a18ca0b479d304aa8de2175df9d72b76dd7764e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1fe74893f77f343a43bcfaee2600b63f99a26a82568cfe16d0d1b5a77d9b033f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "08c660c69e7dd874b52ad96b597b57e9f999659f3d9827cdbad884a68e48f7e9",
    "manylinux_2_28_aarch64": "d24d4e816010b692d1180b69eb8aef1d16657a43b5e2edab8be71a2e700ccf9f",
    "musllinux_1_1_x86_64": "398eb87ef23b0cd25a8bfcc0dddf0d360d92aba03f660962f447a6585ced440b",
    "win_amd64": "48a3bcbc480d5f922145cd2c68182dcb11effa3ca9f5a9ae9b2f6ce21f9ade32"
  },
  "0.5.12": {
    "macosx_10_12_x86_64": "62d9a703af91a2bc80d72ee0ecfaddd6f10c6033e9c7f691bf04c499280276f7",
    "macosx_11_0_arm64": "11d2b995cf3404750373bba80d7c83cb9137974b2b908e10326b850d52423f5c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "e9613e56511143297a36ffcc79b677b259a98082712dee8d9bfbebee184567c1",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "7ae6220e8488d52c4b28088d721d12a53836addcfd38ea8f1357702f363e283b",
    "manylinux_2_28_aarch64": "89590c9241a035a1d35d82f686d1035a661835ce0c906856cd555d0505e9ec55",
    "musllinux_1_1_x86_64": "2308fd4ef9f5ff94d6dc36b4d124909403d502103e9866b5c2323938fc486b8c",
    "win_amd64": "75b8910c9f61c87f370eb168da967110de11cc298d7c3893bb06e9fa5c45f044"
  },
  "0.5.13": {
    "macosx_10_12_x86_64": "ff96602b7d391f35dc25122c2661e680a9e94864e96801611ef05c853826c82c",
    "macosx_11_0_arm64": "941c13f15a8726a2f5ad3fffa0bbe98e221c98fbe73adbca62cf327bd3fb029c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "642d7e62c376487a63a03fb830749fb24dd7653f715864df2fb8788f29dfb85e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "82479440765e507af1f2732bd496ec6ed849488f5ce310b8556cfe8c12da1c5f",
    "manylinux_2_28_aarch64": "18f2141e71f6cb4c0ab44f1a100838d336f14c1d7a1c62444c79c2c2554331be",
    "musllinux_1_1_x86_64": "30440409a28f1d5d34af8839a48ba9c26da06fc295f363ba9b12689b796453d4",
    "win_amd64": "4219f1ed370bb2cec5f10dcc93fa9ecf5615fa67e0b71eef4817d571291f0bfc"
  },
  "0.5.14": {
    "macosx_10_12_x86_64": "90731cdc9ecb5fa7366696e07b81adf211d54417757f240ddd600f8b7b0107c7",
    "macosx_11_0_arm64": "12f041458a9d00c84a29eab79d3b5bc53dfd50947787b7c0f628eda7678621a7",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "484e7921268057011264352696877e1e0c4fd1e0dab5057da73623c0a9d21067",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d78a1289d51a9a605703540712963703e58c43380f9645738f6fea0ab4657788",
    "manylinux_2_28_aarch64": "93a187ed9da2df5788b755016c77559486c29cf3c87b9ca46822946e3c0734a4",
    "musllinux_1_1_x86_64": "ff362cb0ed592af69433680d9597f34e62c22fe7658a894212e80e24f7c506b6",
    "win_amd64": "2dd71f94881d2d402896ab4e94f47dd5e6f4f097c6ae4115345030e263910911"
  },
  "0.5.15": {
    "macosx_10_12_x86_64": "b255cb912247f165a2479a342293afa51a30c7c2f025163ecdbaabb238383379",
    "macosx_11_0_arm64": "2a967e063457966c17fd599d8e53c05376d32d056665350cdc5c56f7af0f3eea",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "95ce9db23b9d3492d3b8d6a8fc8093820f39440a6319e9baf50f4b362bc6c9bb",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "1a0f7523d34daec3727bbd8d7c7a53fd9b22d77329a4849f21c38ee94124d061",
    "manylinux_2_28_aarch64": "cdfa8200a50c3bff4fb9be7833c8c66da7bc714f7e2d6f2ea9aa4e29a4425192",
    "musllinux_1_1_x86_64": "3ceb25de833b81077b4b17158c192c05416a09521ff96c79879e04842c4cad4e",
    "win_amd64": "e7e3aefb6c7101ba5567138d0fe81834e78d1f74158e11b44867a598fa667df3"
  },
  "0.5.16": {
    "macosx_10_12_x86_64": "d540bbc1831d4187a29a9e8f7219e2093c491a45bcbcf2a6196f81c6d2162691",
    "macosx_11_0_arm64": "3419888b178b82511faebd8d1ca9cb9f5920a7142406898d76878adaffe8dfb1",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "9e73ae821678e7395635be0fec810f242e42f47b5f9cb82a7fc3d279bc37edb5",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "c6d3b45d66adedebe5c56602970b2c0fdf6d1977f53464691d428f1a7daa911b",
    "manylinux_2_28_aarch64": "2e6f4fbd1cef0227e15374ab56a59ffcbd10c66f263b4e22ac43ca37061539d1",
    "musllinux_1_1_x86_64": "e764721c425ca6cde184ae69517748e47c4ea7f0d9c7dafa78721feeabc58e01",
    "win_amd64": "c8310f40b8834812ddfb195fd62aafaed44b2993c71de8fa75ca0960c739d04e"
  },
  "0.5.17": {
    "macosx_10_12_x86_64": "78a9f69484beaf3bf590dbabc059403110ec512627ed6468b3554eff342726bb",
    "macosx_11_0_arm64": "12789bf19457e3c5fc20767960203ab60222124afe2cbdfde92a657318651a64",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "cd8c70b209b71bbd4464ebfd8e87756a2f9adc03862cebee16594f2b18ec261c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "924966babb8fcf6f87c3698a1d5811e4d45104a595137cbc3feb37fa81799bcc",
    "manylinux_2_28_aarch64": "f04074aca4042e6ac2388d599cbc2adc64f66b4101ce07f2a78a8215bea31ef8",
    "musllinux_1_1_x86_64": "21ddce1813ea1254398d6db0f650ac37236763d440430d4129e5d46acd0d5f48",
    "win_amd64": "2b8bda94be777896818b219260fe275342fcd2325b973983f91928235ff9b9e4"
  },
  "0.5.18": {
    "macosx_10_12_x86_64": "8eb1e11df5225ddff5e7b1501c6a09dd30e8f331f244420e74fe990aca0ec6a6",
    "macosx_11_0_arm64": "b198af4b93e9a6a8c6a3b404daa8d6aae621920e0ecc9d4db101ee93ce0e1353",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "78cfdb412b1f7444f7caf130a233cba3c01e08016478404cb6359468653f298e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "04e6c62d8947f62f1ec3255b5743cc775950b6203b06bf9c4d50682dcd68f340",
    "manylinux_2_28_aarch64": "039ff8b675f59b80161801f73d033675e2428e802cc0d26ef073ddb4d249f75f",
    "musllinux_1_1_x86_64": "c1ed0742fd83cb92c3ad8080a2b10e402f3aa8f4da6361160f846020aa323916",
    "win_amd64": "16cc5871e875b6498aed3ffcd40d4ca82fba5a7e9a26bb5e3bf4ecdcc3bdd3d1"
  },
  "0.5.19": {
    "macosx_10_12_x86_64": "cc4646f86679706ae78f81090a6be5dd94d05c9a802569d39f5024aa3f01c8c1",
    "macosx_11_0_arm64": "3207323e95ae093ec750d302ce293d03178f60d7a3f50881b9d52e83a406621b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "cde93f1596f0246598c630dafbbb84fd77912ce013f3a84df2e502cbd53d3991",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "30b8af69f06816a4600de8f84f7645c03457fa594beb86030d335a8d2bcfdc56",
    "manylinux_2_28_aarch64": "80981dc03e60f59ffbfb446d50403500ef7d6199b27cd7d114c7fd54bdf21aa4",
    "musllinux_1_1_x86_64": "ae855896b170f3e44ad8f0c1866c5fbb3a341c9a254b1741591bd3abc4f8c742",
    "win_amd64": "b4da02e5431692d5138b8184d1cb9ee783538b856f7a6ec2c5b7027ab998a176"
  },
  "0.5.20": {
    "macosx_10_12_x86_64": "0c73540d6afb923ea64a5a54ddd34fec191f91c4b1071bf65a2ea7b05a854017",
    "macosx_11_0_arm64": "e3b38c2d5c14847fb68cf7c88bfee3e09dd170e1b229441cee40c98ce5f56c5e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ffce28f4b460f88f6e30d2a42874ee4d0e0daafe3d0436cda91ed05b130d7c90",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6c337f7e029dc8faf020dd76847ea084591ea96fd5f40ddb5117214ecb12a9e6",
    "manylinux_2_28_aarch64": "a4049cb7de46bd36d3b770ae3203e36d1db406ddc048bcd509578fd1d1072a38",
    "musllinux_1_1_x86_64": "5af0ae866b0a9f2d7e8c0220401c585de69f5ebc157a582e8cb1014b16da1ef7",
    "win_amd64": "ae9a69696e75d4b8d08dadda84b3e1b914167b2a19cd4c7c746f8c2c2c5ab55a"
  },
  "0.5.21": {
    "macosx_10_12_x86_64": "ef4e579390a022efcbfe8720f51ad46fdff54caf982782967d5689841485ddd8",
    "macosx_11_0_arm64": "73c9d1bdbff989114c5c37649235c569f89b65bd2e57b75d8fdb73946ade7cbd",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "6e97c68306c0583af1b14b5b801c3e18ab7bc349a4c9cdd8ab5f8f46348539c5",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2a1582f4964b1249b0e82ad0e60519a73392e099541a6db587e7333139255d50",
    "manylinux_2_28_aarch64": "afd98237d97b92935c8d5a9bf28218b5ecb497af9a99ad0a740d0b71b51f864a",
    "musllinux_1_1_x86_64": "f5ba5076b6b69161d318f5ddeff6dd935ab29a157ff10dd8756ed6dcb5d0a497",
    "win_amd64": "36f21534a9e00a85cc532ef9575d3785a4e434a25daa93e51ebc08b54ade4991"
  },
  "0.5.22": {
    "macosx_10_12_x86_64": "32658bb5c8637a437b2a209b937e11beba7600dea600c672edef180b4748a729",
    "macosx_11_0_arm64": "1ace09ab8028a2d596b84d8814ff78ce2a13f1e8a1e664523e6a6eeb9ef50aad",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "9c9dda5ea4bcd49b0a7c36da6f1a0fd7a74fced354de3971f40c8176c5398d8a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a2f1eb24426680a22ca9a824f2af83a5e9b2179d709cd1b48ddd10e81e249d9c",
    "manylinux_2_28_aarch64": "9b3e4bcee00b9f343c29bcd8251a739727f60c16870148336b5a97f94bb26a7b",
    "musllinux_1_1_x86_64": "4c03ad206af6c521d05a9b6c8f1f265b5a9390858e7095f0b7354bb2a86a33f1",
    "win_amd64": "8c57f65b570508fb6a460001f187fffebbc7665e9c642cefbca3719bc48f078f"
  },
  "0.5.23": {
    "macosx_10_12_x86_64": "552c94ef65f6ac7f2b5765a81edece1c2f94fb5211b2f31dc0fff64a0355bb6c",
    "macosx_11_0_arm64": "dde7f103c0a5f20a0871a54cf1c6fb99315e8277ea8e8e377d99ca3e5812a596",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "49851ef74c2574f08368b45dc583a3827c1c0dcd6c495e9b528e514d9bb2ca6f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "af7516020c8fed28500b1876271c842bea0829b54f30eaf339ab676d922d2278",
    "manylinux_2_28_aarch64": "b167d8224cefb9bb2db54568e8d442235303ddc6b4226a9edf820b2b0dcec2d6",
    "musllinux_1_1_x86_64": "1178e7217ffcbbf0f46e61817ae3f486ef27b6c821783a098895bcb76f9eac7d",
    "win_amd64": "adc152448bc0bb1df3b9de5ff727a651abf0ec73b18365f40ef9ab7c719c12bb"
  },
  "0.5.24": {
    "macosx_10_12_x86_64": "188bacdbe39c7f76ad1999ce0dee0dfd2b79d248e121498bbaf94ba6089fb7ee",
    "macosx_11_0_arm64": "f2ccd95cecfcc9e106b9d8d154f6bfc59d8263952f72a720d0158f3b94dc69cb",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d36da9ab6291eaac151695247cdfb3049e6416d6c210c9890ffcda6d0aa6ad19",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a47acfda27654c212af6aeec0b8d12fc0150295b7e6afabbdc741a7eb39d898f",
    "manylinux_2_28_aarch64": "1e933341300f107d228608af9cc23e08c3a386c0077181db23b4cd26535c64d7",
    "musllinux_1_1_x86_64": "6640a2cb919cc04c0fb599d5630a579bacfa8166b928b7e49e3b71280f30f5d9",
    "win_amd64": "9059775b0c74a68799f3e665a08c429f527d3cdf61c15227992cfff75e31c327"
  },
  "0.5.25": {
    "macosx_10_12_x86_64": "c51553c808a7dfa0b3a8ec2bb29c041751bc492b8ba296d05294f1b04164afb0",
    "macosx_11_0_arm64": "788faa6eaf687dabf96435ce25631780971d0d4b523fa104c53f339fcf00827e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "51d0b1781a6a6f3ac662b6eb7a8647ad6b9897f044cdc15113e9460e1b341686",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "1a8342a523292c4d5ed4ca80f2782961ad2e0fb9a9e428a6ce04d2765eb01d59",
    "manylinux_2_28_aarch64": "70c50f0a44096abc800f76a77430a3fa8ffe441e083c2ee5468b9ee7ddea1f2c",
    "musllinux_1_1_x86_64": "83495e1e2b7c79c1d60802f9a27822b3278ae21dcd06a84f792220919a6dbde7",
    "win_amd64": "22c32f4df91c18361a4da6fe29719f448cbaa7272f38e5476da7ea5eba2a1b83",
    "win_arm64": "d3be5b4cc38cd03210981eef361e6783abb5cd50882847d60769e749a43ca58e"
  },
  "0.5.26": {
    "macosx_10_12_x86_64": "19cbf2eb624a7e05a5fd7644daee1860d17084706adc1d24950457b07ded19fa",
    "macosx_11_0_arm64": "99e6846842baa3950a35e799c66990d0d4edd0d9693f6917c43a51fd9e6a8f79",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "660da92587c6b13e9e27a533a8a9859bcada7e455f07197c9e6acefeed6fbadb",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "400803281738db532a0f732d20240e147e2516da768fc46a213eae62a789117c",
    "manylinux_2_28_aarch64": "ce75b2ad23dc0702b54eb6cba9a709873b415d7a0afe0272f139a0a0835e7d9d",
    "musllinux_1_1_x86_64": "009ce3b2c7bf6a37800db5fd44d24266b2f7bcd5af9dcd96c4045f9b62802881",
    "win_amd64": "d3f0c84e092cbc152c430904c452726652360b901490841fb2b227424630a3b6",
    "win_arm64": "75318d97b8f6f7394bf1c8ea3979d5fc2dde83e87cd753ead753e451f4781cd7"
  },
  "0.5.27": {
    "macosx_10_12_x86_64": "5f6042fb5d29b09408a0f17016cce1b9ddc6298fbf712b15b01862078e1a4fc5",
    "macosx_11_0_arm64": "5e8ce099c129e48c88c1bfa92f3b439c0dbd314e6ea29609ebe9f281c051e8ac",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5ca212d3c8141e3f25b1aaed124f34c782af93d94ca03638f295fde6bb15f8a6",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f78e0753dd24b0f1adb5cc99a733848ef59d070a3e2dba88810e7bf78512971b",
    "manylinux_2_28_aarch64": "e7eab779aa2cbdfb768c420d51f4275d60f9d68d54ee41e2db34966a16d1318b",
    "musllinux_1_1_x86_64": "fb9e7f9ab760aa21dfaac5ff876f43683a7eab1619c8fe063438abf4dd3bddef",
    "win_amd64": "3046562b314513c69f93f33f5d933d470413355257a5c67c8ea34022fa53fd3b",
    "win_arm64": "e0d265294b565f7b136d4dc65a7cb90aa98e0a9ff824edf33644537a231a45ab"
  },
  "0.5.28": {
    "macosx_10_12_x86_64": "df7321fef71932a2ffd8d71205cf1e9c7f1695db86e88a8f9d6c53e6185fe9b5",
    "macosx_11_0_arm64": "cf16d65f4a3f466c4127f0b8c02b435c0ccaab0152f60d5b54608271e55f5b8d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "099fef6c623ef0d6cf6a26201ec92de657c2f613a2669df0bd4988a4f556a1af",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "ccfac7f41d48916d059e8b83cd6c99fe41c5f88212fe901b18428894d9f3e22f",
    "manylinux_2_28_aarch64": "f453feecb7484487acfd886823ab34eeb61e02337961e35c9a7fd5a43c3d5f52",
    "musllinux_1_1_x86_64": "0df14a2d209958e135f4d29963cc3561f8a58ff2bccb6f2f3bf19fc46f08fba7",
    "win_amd64": "6e93b10e6886d75f4c390d0d1a99d2e2b25e99d11792393146457cc8622a4748",
    "win_arm64": "397f0e12f923eb386a912e873afb06bff270c3f5092f5d93fe2876bab607780d"
  },
  "0.5.29": {
    "macosx_10_12_x86_64": "b307438a5e2df313a9ea5446d6e5af99a9b57a363fc5e68a434ef2d89cde083b",
    "macosx_11_0_arm64": "25f12457e0898313aed2705effb53118af542bd9825a4de2214a324ddd9bf8d7",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "345f14af3944b67f1622b080fc037fa1276f921b1a8ffbe19d4c5b5e9a19a3b0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "02ceda14892816f7db3d7d1a4a69b299817b54749036af1125ec73d8f570b52a",
    "manylinux_2_28_aarch64": "ea6b05abfc025cb42ec27c9c8ac738909b1229e271b421f0c339eecc61df13a6",
    "musllinux_1_1_x86_64": "ba16016199938f44b16ee74941bb7d95eb8e84301db7c7aad9d1f4861bb10b1c",
    "win_amd64": "d19ecc416fc069fbf767b2fd022789b2d93832b8d45702e34daf714dea1e5851",
    "win_arm64": "e8a5e18487c33a0c29867da123ef0f035ee1ba880640fcbf8743ca80d7158ed0"
  },
  "0.5.30": {
    "macosx_10_12_x86_64": "20a3fbe5662aa12d9196d1c842d267f375195818e53d0687761ae1571676cd40",
    "macosx_11_0_arm64": "98aacbaa74393710e1125382688b74d1080fb3fdeb8659484b3a30120106524b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c39834b2ba5ed4ce27641dcdd6b601fc091d0c45c8bc95d2f684148beb35d032",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a46b72bdb1855789b35277f894dac2b15fc0a084146ea8821b7cc7cae559a901",
    "manylinux_2_28_aarch64": "ee63749036afe168f477006e5d198cce618fcb6accf036fa33d4006f7e787e12",
    "musllinux_1_1_x86_64": "79dd27c2c0fdf887aadc9796345339786f27a07de7f80c9a892696e5740251c4",
    "win_amd64": "a8ebb553230ae811c16b2c4889095f7a8c39f657d75cf39f6f3fa5a38a5b9731",
    "win_arm64": "c6b359832c7caf58c43b37e156bfeabf3adc8f2a894a0f325d617cd41a57578e"
  },
  "0.5.31": {
    "macosx_10_12_x86_64": "3169a373d0d41571a7b9d4a442f875f6e26250693ced7779f62461f52ba1da64",
    "macosx_11_0_arm64": "335c16f91b46b4f4a3b31c18cf112a0643d59d4c1708a177103621da0addbaef",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "cedceefebf2123b514464671d0544a8db126071c2d56dbc10d408b8222939e6a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d07e9db12a55005a28bb49ecfa444a0221702158fc021f79e26d8e174f1ebdf9",
    "manylinux_2_28_aarch64": "8acf6bcb0c0c27e1a157926f35dc70b1c7620c1a2e1124ffacdbf21c78265761",
    "musllinux_1_1_x86_64": "15109a938c56ee1e1c997b291743812af3ea1d7547b0929569494c359082a993",
    "win_amd64": "bcc57b75883516233658ff1daee0d17347a8b872f717a1644d36e8ea2b021f45",
    "win_arm64": "51ceab5a128dd22bcd62489107563e10084e13ed9c15107193c2d7d1139979f4"
  },
  "0.6.0": {
    "macosx_10_12_x86_64": "5dca405337e5b62b3172335fc8a5e627c9f07cedc87c8ff595199b847b0b877f",
    "macosx_11_0_arm64": "26d655adf59ec088f07a2459de3f5e0565e8f84f389bfe936a354e5e169dfc8f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "7dbdaf1c99df5b78fd39ced7ede967aa596ecf4f9d0bee8deb182d4e160dd488",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "cd09c6b7ff1742aca07ad4805ef491eb91b03e4b0815a230076381900061f4a7",
    "manylinux_2_28_aarch64": "18c481de419bf7d77243fb9f79dba2f06510008b4b451e2db23c6a8e3c269970",
    "musllinux_1_1_x86_64": "967e5e76910f22f0fc03dc60913e16b37f5c90a5f173830c6566f13a34bca22e",
    "win_amd64": "e9f7041131e6f1abd4e91f94143e31f5022d71e6f388976c62e5016eaa676f5d",
    "win_arm64": "32af3ab683aa3e630fbb4f069637445488770a6722f8d97aaae7f0032d32b68f"
  },
  "0.6.1": {
    "macosx_10_12_x86_64": "e50e5209d86255a92bfb453bcd4399f6f47a7cfbb6d1ca6facf83edf97d10805",
    "macosx_11_0_arm64": "be98d181a1a72b1ee7126c3de926eb8d71f5391fd0482371616b46ddb49366e6",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "e72c31fe02f2e5856d515b12788ff6d7bfd987bfe4e16599682cb2352a7a2cc0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "62ef67f173ced2e1beb5e578db08e0e057ee5f21e0d74f09b27f7b43b143fe2a",
    "manylinux_2_28_aarch64": "c13bb592a1b0f1bcbaf3235f634e7a35bd9840ca497020792fbcc96185174fb4",
    "musllinux_1_1_x86_64": "d8f21240fbcff0d27a38ee04348a62ee2e25c3ebd4741b18a6bd3dd6891eec5a",
    "win_amd64": "e5ba927dcbb90d241acbd8ac6181ef104269875f8e4d4fb69286cb356a173282",
    "win_arm64": "8bd37eb73cb8b7f6bc862c27b9c79ef3c4f809775f3c62f3e8ba6872bf211c22"
  },
  "0.6.2": {
    "macosx_10_12_x86_64": "2c13ca920d87dc00721a86ac3d19667cff5435b369d21e3d6df76b373d8fa8df",
    "macosx_11_0_arm64": "f24e119d338bae32b5a604585b7b518036fba556e2c2d9dbd2d7cf1411213b57",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1db90b728a173926e2018b89df776a373b1e50520466f61e0dbf05f9a64a6db5",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9e2e421947ef889e6c8913992c560d611826464eabc78f8f702a5eff824aabc7",
    "manylinux_2_28_aarch64": "7dd26dabd918e5648ecf94fb7c0787db954237e34ea3bdd944b98d007b44c3a5",
    "musllinux_1_1_x86_64": "0f1e8e15c92607862e72e0467a31947af7b9aef93924072e9b4d5dcb5633d374",
    "win_amd64": "5337cdb6ecc604d0cf36fe6799dd0479111b606009e6c29685d213c74eb40373",
    "win_arm64": "27ecb8f6ef796220062f31a12e2dc5dc7a14704aa1df0da2dfa3530346c7e3cc"
  },
  "0.6.3": {
    "macosx_10_12_x86_64": "b261895497f3c55a8a8917db0a1daeba1a9988ba487b068198d6cc4e8c13e769",
    "macosx_11_0_arm64": "08e3f71a39c76c5b9ab63f9341b433a4ab8a1cc4e29d34ce81bd3b6f5bd642d8",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ebd4d1012c5043fe507f1f4477e7a54ec81e939e2a6e0229f23abb242f1622f5",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "ed2d4e3c6e041bc8b55f931a58d758220e46e828b983967fbb318a117d879351",
    "manylinux_2_28_aarch64": "a936275590f3091b05c03ad3ce69e2f8a4c964e80ae44ce0cf13cc3b412352f1",
    "musllinux_1_1_x86_64": "328677a74c7d998b654e4bfd50ba4347d0f3deed85284dbd041004a184353806",
    "win_amd64": "8fc19471fd4cfde1b31a47c239591d7c6dc0a31213f206d3953c528f9f3b406c",
    "win_arm64": "94a9d59c05f22829388e51a62a9cfddef4000a112e1c561bb5bd5761d4d672f1"
  },
  "0.6.4": {
    "macosx_10_12_x86_64": "5684e887dab470c462e66c1338db073ea74cb59db11e5c25ea17ad9dd93bca88",
    "macosx_11_0_arm64": "5da52ae9d1da0d878cb67ab31a8f5b4baa5d98f05791fdf923934a34328d52ef",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "414959658e61302fe8214dfed8d59bbaeff30676723341da83ed7f42a24f5230",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9bddf058398fc3ac5826294223869d0afb30f7494063d8117bd3402c993cfd12",
    "manylinux_2_28_aarch64": "ff342965f8a50e64e97275ff350c91fb09c75aa484d098cf57a7b2cf74938b79",
    "musllinux_1_1_x86_64": "d3517a11127cb0c7efb6cab050b644a979afa7e461762a51c384500a50b03c9c",
    "win_amd64": "27a40ddeef491e4c8bba240e14511663c920a978d5214cdfe81bdab78791d969",
    "win_arm64": "7e94a57b7802b014bbc8c2aa38f348f4862b64d0d1eb60258358acd46920dc80"
  },
  "0.6.5": {
    "macosx_10_12_x86_64": "6e82de1cb6a116f7736de9542430d78c210d152c80723db8beffc14e5b4e4b40",
    "macosx_11_0_arm64": "442639a874f6bb6864279f099c97739287d7e244bc25d0f791345cc69f46c940",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b5445a509f500bbf18faba4e7cf5cc9763617c335d58afaa5f3e5a6e388dd4ee",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "15dae245979add192c4845947da1a9141f95c19403d1c0d75019182e6882e7d4",
    "manylinux_2_28_aarch64": "26a90e69d6438de2ec03ab452cc48d1cb375249c6b6980f4ed177f324a5ad8b3",
    "musllinux_1_1_x86_64": "d47b4adffcdbe30bd678c7670e63c671b8b34a667898501e588f2e7cbce34656",
    "win_amd64": "5323e9219a519c6553111820a8c54588d426380404a208b23cf4c3265bc87ec6",
    "win_arm64": "a481254f63240023239ecec80cd690dec05875e248eb4b9d7f66957b017798b1"
  },
  "0.6.6": {
    "macosx_10_12_x86_64": "c55f1ebc980bd4a2013999e0a22e2796deb08b56c7815942d74ba23abce8d4fc",
    "macosx_11_0_arm64": "d4b41b3024ca55c17e7dfda1e907249e598379a8202d2a76e05018156a1c0501",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "7f0836ba3d9c979e744a0991b212934877b786541fd5c9ee7eff99a3f8c9dd6a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "fe1f84bced6d373a02d8b960efc3a4b65d63ab19e1fdc4f12a56a483d687f4db",
    "manylinux_2_28_aarch64": "257b44eb43790c1cde59527f53efd1263528bf791959c94be40c3d32c8ac4e6d",
    "musllinux_1_1_x86_64": "61f13d8af0aad5b1f9332fee2cd7eeeec5cf93634c5071bbbcf5d338a0920098",
    "win_amd64": "c9802cac1fb9cbff97d1adf2c2516f2f368eea60c7d6a8e3a474f2bca7b44c6c",
    "win_arm64": "b804a7f8f37c109e714ce02084735cc39a96b7e3062e58420120fe4798a65ef1"
  },
  "0.6.7": {
    "macosx_10_12_x86_64": "b4beed4004f3cc9b2691d21c40a9a2ff3ddb0e2bb42cacc9545b58bec19c9df7",
    "macosx_11_0_arm64": "33707fba877cf58cc47406d5910cbfd22cdb2e19451e8b79857d4699650ed37c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "04125921e6c670480254f8e63b863b1040bc84d6286f7a8c0b5a4d29f0aa55e9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "840aa6212289f27d56b2c0cbeb4e95cb5726da8674663ab27d4ec80e3be2a081",
    "manylinux_2_28_aarch64": "97e57773e6107ee578d2483e2cb1342dc2b9379d20f9e559668f053599347caf",
    "musllinux_1_1_x86_64": "57be4e71104bf0244c9b19940bc877d1a7966c0ef43851950f56d2b8d18a8a5b",
    "win_amd64": "9bccdef3983f0d31830f3cbe6d00384a1d2d5a7175023ba6c5a8acea2804106a",
    "win_arm64": "8c968ecabb39f3a6909435afc1ed84dc58cae05c99398f1975a0c5e22e4e8b1e"
  },
  "0.6.8": {
    "macosx_10_12_x86_64": "f284e418727f1242e17dd7e0ab09525aa6543953bfc4886fa364d24b8612c4fa",
    "macosx_11_0_arm64": "6847cdeca38236316ff91bfd155f018990f99809c9b3c13f6f4c1aa9d1f16277",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "26b9af3c0572d283e58938e598be06d5391893647edd1e15d3c66a60ec458f5f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d2670ff0546aea85fc0337e651851d18b7ce41ffc3189ae556fcd99ccd152a61",
    "manylinux_2_28_aarch64": "451bc30583398718f60033679f558ada57c5924b4f1980ca0af67fb6b3aca320",
    "musllinux_1_1_x86_64": "23958fbefce5e167f0dd513908cf1641276601c79496143f8558b7e2a43c8648",
    "win_amd64": "3d0f35004feea5bc936939cb4d2f67c440345b594acd1400bc0dc3c7f7398a7c",
    "win_arm64": "f9430336c6657ed44816fe62cfcdafa644b1c14ab218687aa043648e0f382933"
  },
  "0.6.9": {
    "macosx_10_12_x86_64": "c742df7a174ce1e16192108a28658cd7292af63c34cb9a9d4b683d3678737fbb",
    "macosx_11_0_arm64": "8239c5e77dbce87211588f58f6d91ba30ceea03569baa2d3830860017e9dc13d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "4e1cf5e02e7b7ca7d3ae8681cdbca79fdb2bb1a005a2ecc0e3f4fcccc664403d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8e2db4fd0dc8aff8e7db1861022578f04c0b685d6cd9b81a0b1f7c2bcfa9947b",
    "manylinux_2_28_aarch64": "e9973a4e86249c10a39c80bd8ca284b103a0408b639e31ef764e5eb670c30382",
    "musllinux_1_1_x86_64": "ccc990a05ca500d98a67fe70b48f342f7e5b2f4cc32433f39f7aa34117e20dc3",
    "win_amd64": "5d4e1b62c86c9e0d16973df3db1ce0d448ca69708bbecf0e79b629debb540a07",
    "win_arm64": "ffe6f6c8df7814b82cf9f6cc2cca0057e9bb3398b0538ecad3bf97664b1ffa99"
  },
  "0.6.10": {
    "macosx_10_12_x86_64": "e5c2ba1922c47a245d7393465fcee942df5a8bd8b80489a7b8860ba9d60102f9",
    "macosx_11_0_arm64": "cd8a4bcfd33a0dcae3fc0936bff8602f74e5719cf839e3df233059a0b8c8330d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "4dd20c47898c15ebd4b5f48101062ea248e32513bfc61fc04bc822abfe39ce8a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "b98e8884093cbfb1a1cc3f855aa22f97ec8da1a87e0e761800e165d4f9224a45",
    "manylinux_2_28_aarch64": "e8a8a75cf34c0814c1eabdbe651741d44fb125a6dcbe159b2da02871bbfdec7e",
    "musllinux_1_1_x86_64": "d1f1bc7d94a4a7fdd75142be71b6bf2d7e01282f322721da185d711f065d7b80",
    "win_amd64": "d795721fdd32e0471c952b7cb02a030657b6e67625fe836f4df14a3ae4aa4921",
    "win_arm64": "5188dc7041f4166bf64182d76c32c873f750259b6e4621a1400c26ebeea8c8dd"
  },
  "0.6.11": {
    "macosx_10_12_x86_64": "1a861070b06e749c4e53e5e370df6f337ac567e017fe6c10d5b9a48cc6317033",
    "macosx_11_0_arm64": "43af64b66ea1d26ce6c7836caaf61e5d44b3d2025cdee3fc1b8f33a5067cb6fa",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5d4125fddfd42c7691309cc16f2c7f3be6dbcdb61804596756188223f459a25e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6f3c2adb80f0b93ad312daff7ebb1bf4b26456d7d35a1687827ed03f11d238d7",
    "manylinux_2_28_aarch64": "aed91b596d85277342c9252288d8e3e2b39111b28ac947caa1c540c903797496",
    "musllinux_1_1_x86_64": "473dbe1d3fb53b08090f2c0f05ca46c85b1eadd134496338e167b2cc94e0aae2",
    "win_amd64": "b9aebfd86bb9f8e4ed9a7d89d65b8b84ccd6d98061e1ebbaa96f8e6ee4632f10",
    "win_arm64": "baeb89b285f6a16bce390d81005b877c89600b0bfe1fc24895984efd117fa597"
  },
  "0.6.12": {
    "macosx_10_12_x86_64": "3c048a48df0fb7cc905a4a9f727179d0c65661d61b850afa3a5d413d81dac3d4",
    "macosx_11_0_arm64": "829999121373dd00990abf35b59da3214977d935021027ae338dd55a7f30daa4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ba1348123de4fdddc9fd75007e42ddc4bf0a213e62fe3d278d7ce98c27da144e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6932436148b8c300aa143e1c38b2711ad1ec27ef22bf61036baf6257d8026250",
    "manylinux_2_28_aarch64": "15d747d024a93eb5bc9186a601e97c853b9600e522219a7651b4b2041fa6de72",
    "musllinux_1_1_x86_64": "78f44b83fe4b0e1c747cd5a9d04532e9e4558b63658a7784539a429dbb189160",
    "win_amd64": "2af26986a94a91cad1805d59e76f529c57dcbb69b37f51e329754c254b90ace2",
    "win_arm64": "3a016661589c422413acdf2c238cd461570b3cde77a690cbd37205dc21fc1c09"
  },
  "0.6.13": {
    "macosx_10_12_x86_64": "6d27daafbfe2c608a9ad8e229e4ff68cc05cabe1fb326c3c9f2bf82dba4a325c",
    "macosx_11_0_arm64": "87800f3624a0c24b893bdbefde5bd46a27e72b8b3c5b009213e0f8060c36e414",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "f1d3d827f65a45223380e463b978d56d86ad01b8306f198a5d0ff7427ab45e04",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "cbf2190b1bd9df9dafdd5646d1f29f7d7d45e87e21f95ccf8e698b16b26de106",
    "manylinux_2_28_aarch64": "83d3760b34b7c775c5a3e7541dada253a26a1a3dc48a1d88a51b061f6f424644",
    "musllinux_1_1_x86_64": "c2e1b23d9110a8cb0b9d0dddaaa20fda736ed24b3cdcdba2d7fc2ddd9159207a",
    "win_amd64": "0fefc48b668d2a03c692e6925691e5e9c606f609ddd90bac8e8c4db2b42179e0",
    "win_arm64": "393072d201e3aeacc952a6b0ffea8072f924f3deea67dcb5117ecc7b1ed74f5b"
  },
  "0.6.14": {
    "macosx_10_12_x86_64": "2578f6f8cdbcc036ffad1043f9f66ade3ac0babf29def6abd9eefd4a7c6621cb",
    "macosx_11_0_arm64": "9fc8fe58871b4fe02a863b05b8b1b25ef1b6c60d4d224e85338f5c2be0ab4f0e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "2fb2cd7f6aae21b81474b0051d30e7ed939a9a71714948c47f58b0e7acdd2a80",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "36aaeb00a70a10f748e16c7a1fc410862e2ba905806e7e9dfbc3e64596309404",
    "manylinux_2_28_aarch64": "11779beb3bd1f92814bc8d8cd350d5228e8f9198cca2f52138b53030a4061d93",
    "musllinux_1_1_x86_64": "2d534e7dc1299c8b53eb7b4c7575e4f0933673ea8b1275d3f3022f5670e311db",
    "win_amd64": "012f46bef6909209c4a6749e4019eb755ba762d37d7ceaaf76da9cb4b7f771e9",
    "win_arm64": "7465081b4d0b213d0055ccb48de7fe546b5cf0853c6d3601115760760634f6d8"
  },
  "0.6.15": {
    "macosx_10_12_x86_64": "bfe4f9638ca4dab180a1141d82fede5c82e40a0efcae22c554eee2bd5bed04bc",
    "macosx_11_0_arm64": "f113d1746ce7fdffada6f9e12b2f667d2b9069a3c3d5b05b680836102f2586c1",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a9a9d7f56cd63bf839b224bac7a714795458cd36ce7d473eb76b4a4541a0ac08",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "776d0a1257df10366cf161c894cedc5c6e0f98e6c6228ea5117f82ed7ef7b95f",
    "manylinux_2_28_aarch64": "9ca5bd3de0ec021ebf421521e3e150fdbda209c3f7d7f73358f531770892b810",
    "musllinux_1_1_x86_64": "6bceb89bb6995568eb61c50ce824ca1a70c760f5aaa51d17059a4b58e64b7220",
    "win_amd64": "2d17e979e4765984b0215811cc6295d4a1ac227c5226c1bcadf74f55d253fef0",
    "win_arm64": "3d8c6d3c590e4a97f7dc6dc138fd154438802312aafb5afa980eaab476555006"
  },
  "0.6.16": {
    "macosx_10_12_x86_64": "29c5833ee02d92858e711d6403934e0118adc998aadc50b714c3b9ec06561351",
    "macosx_11_0_arm64": "64eb34dcb72fc4b97c634f6b0efea82efe0132ecb47aaebdda29d20befe40b83",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "eb9a6af2351ddeae6fb4e527df9c46323f2a3ff6b005b404b57b32bf41f0a451",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0e81c8cc7f2f23afb35860a6acd246e2d4bd28da18c259bf82e11f9157675d2a",
    "manylinux_2_28_aarch64": "d5a179f2f52ada41dc4390053d61697bb446eadba4db5c5ce99907b65e866886",
    "musllinux_1_1_x86_64": "8ea9e54cc497eb16df87b9e0e41df8f04e9fd4b7ae687097cd706446d10dd14d",
    "win_amd64": "33f4c6b413e3c81d85ccd52bb8a19c11f0587fcbabca731582e0ecded94e1b06",
    "win_arm64": "011f1779536f24d2c46bdc6fe917add943e00a5a45d9ac46be8a281f4ed1c6b7"
  },
  "0.6.17": {
    "macosx_10_12_x86_64": "094026a024818b0c1d2c5794c9b5c20f6b97c74335e7ae088ac121afbae1fd7e",
    "macosx_11_0_arm64": "ce243bec19c47cc274e7e9eedbaeeb3dacbe94430b0f085dd506ba15a41676ee",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "fc95d87cbc20cbafb45f2a86b4e1bceddb048a825cc6fd2ca4bf7c3c34fc70c9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "aa416f287c81bfffd21e82765944035e6c3f4566615bd4fc03db3a704be8e4d5",
    "manylinux_2_28_aarch64": "d68686d0f602ea01b388fc9461b980e5095802eacf914a8b67c4b52c8f511eaf",
    "musllinux_1_1_x86_64": "da43740d0529ba4bbd365c06376bd01ecb703bb377537782203254af894621e6",
    "win_amd64": "b815d20ffd1ad6cd872227d1f92a29311ba27c519bb8c541e75125496d129e7d",
    "win_arm64": "a1117c3787f370b751e01625ee373d53058a5794bb627722d24e98e1c674da21"
  },
  "0.7.0": {
    "macosx_10_12_x86_64": "b61456f023462b4a1fc6ccf176ab954936c3c07babc3ff632f3c208fccb575f0",
    "macosx_11_0_arm64": "1f48eeaeb46a5f81be873c1662c999e78ff267798ecea9dd48c7082e022048ec",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "83e9a7d01770b5bd9e11efc35d7c0640838ee218ee61383473ef7c3169cfd2bb",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "223d0bac3ef9472a3e94178be84f35ff9ed93e170fd6f51d0c3bb5f473f6a17c",
    "manylinux_2_28_aarch64": "ddf5104908093b5c59cc74b78fb5d41e7c5b33e0bfa7a5f323a92c64706ee2a5",
    "musllinux_1_1_x86_64": "3b146028bda2514ce8bc027c26209786d26add59fbe6b1b68e4ea130774ef115",
    "win_amd64": "38350bbc0a9b750bc61b28a7609f09285344fe290d867c9b80b86100ddadbc79",
    "win_arm64": "d4caa47576c016a96a8534b24e440350b9717bb835998910b9c9d1f125e3aa7c"
  },
  "0.7.1": {
    "macosx_10_12_x86_64": "d9c0c70bd3734cdae20cf22889a0394307a86451bb7c9126f0542eb998dd1472",
    "macosx_11_0_arm64": "5526f68ce9a5ba35ef13a14d144dc834b4940bd460fedc55f8313f9b7534b63c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1d6f914601b769ad0f9a090573e2dc4365e0eaeb377d09cd74c5d47c97002c20",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9b503d808310a978453bb91a448ffaf61542b192127c30be136443debac9cdaa",
    "manylinux_2_28_aarch64": "57690b6e3b946dcf8b7b5836806d632f1a0d7667eae7af1302da812dbb7be7e5",
    "musllinux_1_1_x86_64": "ef8765771785a56b2e5485f3c6f9ec04cbd2c077be2fe1f2786ded5710e33c0d",
    "win_amd64": "425064544f1e20b014447cf523e04e891bf6962e60dd25f495724b271f8911e0",
    "win_arm64": "7239a0ffd4695300a3b6d2004ab664e80be7ef2c46b677b0f47d6409affe2212"
  },
  "0.7.2": {
    "macosx_10_12_x86_64": "c0edb194c35f1f12c75bec4fe2d7d4d09f0c2cec3a16102217a772620ce1d6e6",
    "macosx_11_0_arm64": "be2e8d033936ba8ed9ccf85eb2d15c7a8db3bb3e9c4960bdf7c3c98034a6dbda",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a314a94b42bc6014f18c877f723292306b76c10b455c2b385728e1470e661ced",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "7236ec776c559fbc3ae4389b7cd506a2428ad9dd0402ac3d9446200ea3dc45f6",
    "manylinux_2_28_aarch64": "78ec372b2f5c7ff8a034e16dd04bc579a62561a5eac4b6dfc96af60298a97d31",
    "musllinux_1_1_x86_64": "81b86fff996c302be6aa1c1ac6eb72b97a7277c319e52c0def50d40b1ffaa617",
    "win_amd64": "dc1ee6114c824f5880c584a96b2947a35817fdd3a0b752d1adbd926ae6872d1c",
    "win_arm64": "0445e56d3f9651ad84d5a7f16efabba83bf305b73594f1c1bc0659aeab952040"
  },
  "0.7.3": {
    "macosx_10_12_x86_64": "3e6e1fd5755d4ef4c6e1ce55bd2c6d9dec278a8bef5752703d702ce03704fe29",
    "macosx_11_0_arm64": "db8a5d5995b160158405379deadf0ffccf849a5e7ce048900b73517daf109e2c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d246243f348796730e8ea9736ddd48702d4448d98af5e61693063ed616e30378",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "b1414a026c153ae0731daed0812b17bf77d34eafedaeb3a5c72e08181aea116b",
    "manylinux_2_28_aarch64": "c976fce3d1068a1d007f50127cc7873d67643c1a60439564970f092d9be41877",
    "musllinux_1_1_x86_64": "0646e463365e7277f22200ce2d43b7a44e5a3192320500b4983b4fe34d69a5fb",
    "win_amd64": "0a446d4e5b10ce8a793156a276727bb7affa96a85e80dc5ad34e0c2de7e71cc8",
    "win_arm64": "cb2547fd1466698e9b4f11de5eef7055b8cbcc3c693d79f6d747e3f8e6be2ab7"
  },
  "0.7.4": {
    "macosx_10_12_x86_64": "5f077ef9e857321e6c585e7c97b4310b10edbd21de709449bbef26f932093bb2",
    "macosx_11_0_arm64": "425a53513a89aefc3819adad7fc06c963220e700f997d86569b4be3ab00f0d5b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b2bfa5fb120d11d381ac69ab82dc67c9be7b10770243cc50a2739828dc230811",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6555b82afa27e6061ea12405027bf3f72b02da59c706e82fb1ce36710b1c431f",
    "manylinux_2_28_aarch64": "40b73b40d9bdc95e6f04472bd4264ab12a2a8f379df99329c9f670d6647715b2",
    "musllinux_1_1_x86_64": "06f259352d741f447a1fa4bb34348e251e3c0ee2dd43c9da6fdec6ab3ef9c80f",
    "win_amd64": "9cd8efc3a42f88e88cdc8e69b3147b7cb39fac1fd933b465e1b07dc879506aae",
    "win_arm64": "6a93abb21b67b52de8f9a720b6f650cdc20b3b664623f7ab4881185b8bc36eb7"
  },
  "0.7.5": {
    "macosx_10_12_x86_64": "837fc7fa86532e241fa98a80cb9588f643b986ccc74da4efc23d0d05c88600c5",
    "macosx_11_0_arm64": "cfbba3790770e3b71536e6785cc78d9cb345e5715b19f3e98fca7e9103ec4c8e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "674b96c4ddc8443c8314c3286d27a775c4026704555e7b93aa682f2ad58868f2",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "1f82fdc676f02cf580294903f8cf7ad219f067616fd79527dfe8a2040d8a4c3a",
    "manylinux_2_28_aarch64": "3ea6ba7d02b32246c1446225d09e88bfd7496215ea33c2321f2ec3427a6b0da3",
    "musllinux_1_1_x86_64": "d246a4a4ad5a2749f7ba6ac90f80ac064404570b39d40a313b6c515f0244fee1",
    "win_amd64": "5cb35aced6eff536afe03ff73bc79aff6ac11ec7c895d0c6962a6ea499c60459",
    "win_arm64": "c335beaf62c4e5ba2d07499dbbae9330f016df6911adf8034f4e7f0b3256610b"
  },
  "0.7.6": {
    "macosx_10_12_x86_64": "0bad870f797971423d7f654423cf3ccd3bbd3688f88aee3f84e79af008c6abae",
    "macosx_11_0_arm64": "8a86cfefd0b9cd3b8a8577e79a0e61d52ade23a7876ed5b5312cc1f05baa140b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "4cd32743d2c0c0b40ffbde48163ae2835353d319472aadabd71e9dcf98152e8b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "1f46cfd2de04dd261cc75158c293de64f99cc907ab0d395f3a0f97c94e7f076a",
    "manylinux_2_28_aarch64": "c44311ed1a32e397d81e346e7b868e4ae22f2df2e5ba601e055683fa4cc68323",
    "musllinux_1_1_x86_64": "310e488493d03a843b838e9301af1731b02bc93b14bcaa38c62d448cebbdca3c",
    "win_amd64": "4026513441dc01326f8bc04517956385442523ed1d40400e14723d8fb3d9c321",
    "win_arm64": "ad79d71d2bb4cc1cb22d09771a23f70190e3b5fa41668da208e694b50b900178"
  },
  "0.7.7": {
    "macosx_10_12_x86_64": "9f4216f74b38f99a15e7b1c44ba9095b3af2e75ec2513173b8ec24afe64418a7",
    "macosx_11_0_arm64": "31112b05e913eea2a3053b83ae9a77155aac46d91d3e06a069da13c0120ed38a",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "3d313f629014ed0532c144dd0d15e77eca20bd3816821059b49b3f74dc9cb68a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "aa56eeee7624ed13aad91395df1abe556f165ebc3a467b2afb5a5757ee7c094f",
    "manylinux_2_28_aarch64": "c8d486e3e82b2b52ab44d493953cc83a54d412b5c1ce64d078f2bea7c7a00f2c",
    "musllinux_1_1_x86_64": "fa5180f3c0ad7f3b02b4b23b79594bf50dbf7fad7387adb685065c2cb79fb04f",
    "win_amd64": "674b85efec84ef468dd834760db34301a823f87e115e26c77634390bf1ab98c7",
    "win_arm64": "495b0227f0051234db2f8582e3368ac2e43f6d7437dc7c9df03b2df55dd4c5cd"
  },
  "0.7.8": {
    "macosx_10_12_x86_64": "b83866be6a69f680f3d2e36b3befd2661b5596e59e575e266e7446b28efa8319",
    "macosx_11_0_arm64": "f749b58a5c348c455083781c92910e49b4ddba85c591eb67e97a8b84db03ef9b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c058ee0f8c20b0942bd9f5c83a67b46577fa79f5691df8867b8e0f2d74cbadb1",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "81ac0bb371979f48d1293f9c1bee691680ea6a724f16880c8f76718f5ff50049",
    "manylinux_2_28_aarch64": "3c620cecd6f3cdab59b316f41c2b1c4d1b709d9d5226cadeec370cfeed56f80c",
    "musllinux_1_1_x86_64": "91d022235b39e59bab4bce7c4b634dc67e16fa89725cdfb2149a6ef7eaf6d784",
    "win_amd64": "b5b62ca8a1bea5fdbf8a6372eabb03376dffddb5d139688bbb488c0719fa52fc",
    "win_arm64": "ad79388b0c6eff5383b963d8d5ddcb7fbb24b0b82bf5d0c8b1bdbfbe445cb868"
  },
  "0.7.9": {
    "macosx_10_12_x86_64": "85c1a63669e49b825923fc876b7467cc3c20d4aa010f522c0ac8b0f30ce2b18e",
    "macosx_11_0_arm64": "aa10c61668f94515acf93f31dbb8de41b1f2e7a9c41db828f2448cef786498ff",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "9de67ca9ea97db71e5697c1320508e25679fb68d4ee2cea27bbeac499a6bad56",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f1d654a14d632ecb078969ae7252d89dd98c89205df567a1eff18b5f078a6d00",
    "manylinux_2_28_aarch64": "f5f47e93a5f948f431ca55d765af6e818c925500807539b976bfda7f94369aa9",
    "musllinux_1_1_x86_64": "19792c88058894c10f0370a5e5492bb4a7e6302c439fed9882e73ba2e4b231ef",
    "win_amd64": "82d76ea988ff1347158c6de46a571b1db7d344219e452bd7b3339c21ec37cfd8",
    "win_arm64": "4d419bcc3138fd787ce77305f1a09e2a984766e0804c6e5a2b54adfa55d2439a"
  },
  "0.7.10": {
    "macosx_10_12_x86_64": "14b0d0c743045552f189556034602d686114fa5810a1858bb001eea5d979ce72",
    "macosx_11_0_arm64": "c37556c238cd71604ce3e4d36d1f14efe33eb7db82e44b77e0471ed3207b419a",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "8a3f6da7da5d3cff722276fcc6dd74b2a26919b31a7be85fac7346749a7781de",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "7d0d97e279a2f1ed3e62275278d67c56cdfb05e9319cc780a18e1d73191648d2",
    "manylinux_2_28_aarch64": "13bebf00b3a04734d8023ac761b2dd4f542115d14bdaae6736ec42a9d8e68920",
    "musllinux_1_1_x86_64": "0e7d46405a1018c371f5193c24b25af8d2b00ac76c7e26243ca1c9f0c900c5a7",
    "win_amd64": "e1bd83509ebe5a065a39d2725b535adea6f4b9aaa74443315e0ef76ff94537e8",
    "win_arm64": "f0c22a94e583ef573a7c1cb19543b263e934ffdf6f6d22dc090246714a92fdc0"
  },
  "0.7.11": {
    "macosx_10_12_x86_64": "b2e39c2d93a779739b937402bc1f57fdfb5c9514acdcc71215af07d6de8422f3",
    "macosx_11_0_arm64": "fa506c6492f3993756de785c01a7f2d9615b9c7ccfd8ac56c5b8b08b2db74768",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b2321cafda2d411287f4fb4ef2e6a997c55101355c79088648ef54743f388874",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a4103201781d268e9d46c6e6d93b8d983ee9ec9dbe4c92d3f8181c909bd1deb9",
    "manylinux_2_28_aarch64": "622e897701cb84657bf86d353afebde5e682a6f9fd4e7454aac65fcd899dfa7a",
    "musllinux_1_1_x86_64": "a4db2ee6121ad47546d34afefd35d83fdfb41bf03bf03f7c633cb1296411725f",
    "win_amd64": "949ae795894e92bc3739e5e52b187457644144791917bafed3d58913d7ac07dc",
    "win_arm64": "7cce0fd2a9128b5dce6031ebbd15a9f392ed08f6ef53ccce15d47543a5fac5fe"
  },
  "0.7.12": {
    "macosx_10_12_x86_64": "02e67c5f9d141fb25976cddb28abceaf715412ed83070cb9b87c5c488c8451af",
    "macosx_11_0_arm64": "e70a4393fd6a09b056e1ac500fe2b796d26c30783194868c6801ea08c3bbf863",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "bb47326b9c4802db28e11f1aab174d5c9c0a8b26ed0a83094d3882dd8f5049ad",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "e34b4ad4288828210c2e075934009903514ca97bd603aced7d0755040b4d0489",
    "manylinux_2_28_aarch64": "8a7ed9e94ec409bfc7181ee274d1b0ed6292698a20df0ae035ce422224863af5",
    "musllinux_1_1_x86_64": "4c697ef9d9f6b6f42df5a661efa8a745c0e4c330039d45b549b2ca7e7b66f8a5",
    "win_amd64": "bb57bd26becd86194788f832af373b6ba431314fa0f6f7e904c90cac1818a7dc",
    "win_arm64": "8aba24e12ded2f2974a2f213e55daabf78002613d3772c1396fc924c6682cd27"
  },
  "0.7.13": {
    "macosx_10_12_x86_64": "9c457a84cfbe2019ba301e14edd3e1c950472abd0b87fc77622ab3fc475ba012",
    "macosx_11_0_arm64": "4f828174e15a557d3bc0f809de76135c3b66bcbf524657f8ced9d22fc978b89c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "88fcf2bfbb53309531a850af50d2ea75874099b19d4159625d0b4f88c53494b9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "5786a29e286f2cc3cbda13a357fd9a4dd5bf1d7448a9d3d842b26b4f784a3a86",
    "manylinux_2_28_aarch64": "1afdbfcabc3425b383141ba42d413841c0a48b9ee0f4da65459313275e3cea84",
    "musllinux_1_1_x86_64": "4efa555b217e15767f0691a51d435f7bb2b0bf473fdfd59f173aeda8a93b8d17",
    "win_amd64": "8c0c29a2089ff9011d6c3abccd272f3ee6d0e166dae9e5232099fd83d26104d9",
    "win_arm64": "e077dcac19e564cae8b4223b7807c2f617a59938f8142ca77fc6348ae9c6d0aa"
  },
  "0.7.14": {
    "macosx_10_12_x86_64": "6d9355e39a401d368b90d29bb183ec8f159b6fef4823a0819177a96e1e1036b9",
    "macosx_11_0_arm64": "8722f24e1a754746aeaa425d03f3184ca1d8832eb1e967eeaf502dc87d87e7f4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "fb93fda6aaf7d9fc503f6b8a997ec111cfd420f55c92b389b30a669210ea5307",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f5f39150d3e70a5bb3d0cb1708496c054591b220f94c292d454b90065387463f",
    "manylinux_2_28_aarch64": "f76ad3add9aeacde15986b8f967744874ed4bdf73c9ba941fc64187f1616c497",
    "musllinux_1_1_x86_64": "a2e1c051f4078cd839506246e420076b0bc2fb7eb82d247cfee72a96035d1ab2",
    "win_amd64": "e41719e940b31ee0b869bfe91cdde2bc59da1505f2c92a6dbdca707a766af7b3",
    "win_arm64": "f9fe75732139393280dc743b94d696693d3d748ce83781fc6be88c1910738823"
  },
  "0.7.15": {
    "macosx_10_12_x86_64": "33f57f51ff980a74131cc8cde501b8467faec21aef35518ff6b544450be2f9be",
    "macosx_11_0_arm64": "cc5ed8a4c804b6cacc13fdb794ff86fb6cca02b8966e075a9e15ea976c642454",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "cd374f9d4eca1b07662e2d774c710d18a7865a4387bc95e8d08fc9070473bb5f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2f6f78e6b816b9fb2cb92f1f1857dd7725cc2008d800e4f4cdc195f64f0c96c8",
    "manylinux_2_28_aarch64": "7edac5d090bf9cb84bf0139ae48d3629384d94638b1e2215ca2441f786b9e8eb",
    "musllinux_1_1_x86_64": "8717797f0d4b257a9d3f217959d24119342b0d96c2b224fbfefa44df5d94def2",
    "win_amd64": "9fda476ce40a428861e62b4e7c1d1199deb48ffc9b9197219e7f78e7c59be7a7",
    "win_arm64": "32a1ca819298b6cbe673becc3d52fc51a626ed003b61402824f1614d786650ac"
  },
  "0.7.16": {
    "macosx_10_12_x86_64": "174ad89bc8beb8f9957d2c4939f9cf5808d92fe3cae8f57e8c9c5e0dba0edf45",
    "macosx_11_0_arm64": "2fb50fd5893a165494386ebbd81f460260b8acf249d182a4551d391a3ac59641",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d514a7917f3d489d3e7cf4b8857a3603396a0800e94a1cadd785102ac09c410c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3e5be12a39dcf9d709cf5e741872161802564e8dc0226e82056072cf73434978",
    "manylinux_2_28_aarch64": "4dd8afca245e8df32e04aea4288c15028ee5b8593f92cd8bef23c38a51e30eed",
    "musllinux_1_1_x86_64": "81e579fe282c9d39d2ef6043d48ed47112aa912239303a2e1fe2a3fcaeba0fbb",
    "win_amd64": "8f755620676f85c31b50b566e8faddf49c7111eed0fe05d98345173603bf1da4",
    "win_arm64": "66a33948b5b6507657483ffb9a7e47d6f7ca6b70099f1df8e50964f011da07b4"
  },
  "0.7.17": {
    "macosx_10_12_x86_64": "4f0789be0ce9c0188fd8304ce91c71f99a5a2f9945589ec7de2cafd53f007fbc",
    "macosx_11_0_arm64": "6aefa5b19dad73f585d86f4542778d39b8d7ef6d6983e9a15385be53a8d05a62",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "311615fe6867edb8a4164724af60af45b247fa725f564e170da63e6ca97ba223",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "17def57d55372556a72e5a274d440dff3cc7030a1c6fb389c356484d5d78ad51",
    "manylinux_2_28_aarch64": "223fa568f9bbb893ed008fb89fcbc4f1ebae2a3181409b4606024a0643d75f5e",
    "musllinux_1_1_x86_64": "e660ec1845b5c1c0908084497982d5d854f97d288beac0d7a5b7449447516222",
    "win_amd64": "9c0a76fc1ccbf79c4902488c551bc47cad4a4121977a68ed54807c5e51f5e9f2",
    "win_arm64": "2bffb08919cefa69e7f97c0eeaabd0f5378c10fb31967432c453c4ccdb85e7fa"
  },
  "0.7.18": {
    "macosx_10_12_x86_64": "aa0a1d56c06e3c98019ae235df45a24703078616e9ffddd93dbab2eff3f408fd",
    "macosx_11_0_arm64": "86a39aebb8c038002b16c62a2d570039c6b5f35831cb15b712a9b6634935e180",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "03821f7eb7e513177fc1ce300b29a4d95957269a904c8156fd39b5c78896f2d0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2b64aca9f0e9d1d59450aa760018ab26abbbe75f3b124f6bd4622f757d877bc1",
    "manylinux_2_28_aarch64": "ed0511136cb5719ba724ebc59e7a8ead7a885cc580e931f18c074966663ffe5f",
    "musllinux_1_1_x86_64": "d516b678824f1fc721d0ae48df405550ddd96a2aec3be97705fce388fb10b7a8",
    "win_amd64": "62f5abfceba61fae6ff2a563ba330aeb269a642f98aab8debedfc1a0b2f5e877",
    "win_arm64": "9435e6f8c22745219f56a1107f082ac5e7f5dd265320456b07a43756171e76d8"
  },
  "0.7.19": {
    "macosx_10_12_x86_64": "9bd596055c178d5022de4d3c5a3d02a982ad747be83b270893ac3d97d4ab4358",
    "macosx_11_0_arm64": "f303b80d840298f668ce6a3157e2b0b58402fd4e293a478278234efde8724e75",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "692f6e80b4d98b2fbf93b1a17ed00b60ac058b04507e8f32d6fc5205eb2934c7",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "5dee2c73fe29e8f119ac074ebb3b2aa4390272e5ab3a5f00f75ca16caf120d64",
    "manylinux_2_28_aarch64": "52b7d64a97b18196cccbbbd8036ad649a72b7b1a7fd4b22297219c55a733127c",
    "musllinux_1_1_x86_64": "cb6c0d61294af5b6cabd6831aa795abf3134f96736a973c046acc9f5a3501f0d",
    "win_amd64": "b971035a69bf1c28424896894c181d8b65624f43b95858a3b34a33dba04a5a2a",
    "win_arm64": "729befc8b4d05b9a86192af09228472c058c9ec071dd42d84190f10507b7c6e0"
  },
  "0.7.20": {
    "macosx_10_12_x86_64": "f4c7df0f4dfca809b403fb047ee23b3a35e1221df7be9ade8bbd4fb379f50dc2",
    "macosx_11_0_arm64": "b8e636777e0ed816461e73ac85445aedb01c3380a61d3f66fa59423582a7456a",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "9b6b95ccc34649c34a05821e3eb8dbc851ee14011e1ddc39b507460b8407a024",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "4f25ad1ca8cd756266797a14d153c74ff1d6c7705a63b5036ac5c51c63b6870b",
    "manylinux_2_28_aarch64": "d50f2ce3e9d754dfef0b761a3dcc0cc60d045f525894a8b5d76641d9ccd0d257",
    "musllinux_1_1_x86_64": "67cf45da498955f46208d28c1a5fa58550553defc3f747156247335d65c5b4c7",
    "win_amd64": "85bbdd6b40dc6f78c1c60a7b5c3c1dc992acdc7160c99801d1d4a4766dd42a4f",
    "win_arm64": "693ad1f9ecb87f1ddc735682d6d96fcff41a4aa90ae663c57252c7a8e57d4459"
  },
  "0.7.21": {
    "macosx_10_12_x86_64": "9dd65dea88bd6ad3728aab0b176a83da794f5a7a103a9ee3f0085fb57f030d2f",
    "macosx_11_0_arm64": "a62e72cec3596e5dc78ec5077f5d0616c100fcf9758fa5d41e8b3b00335c439e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "7d86149d80b69da65987d1b3f03f5285d13bcf033424d2fdad646efd36f77257",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "bfea37104d3d06134a43fc62038d9c073f5d8ecce2f524bdb60608c43484494c",
    "manylinux_2_28_aarch64": "8d6a1364fe39aeed30fbf3427f6f43a27d8a113e0a9cb42386851cd365e956e4",
    "musllinux_1_1_x86_64": "93e32169381afaf9a2c32ff10b28c8f8e86ec1e0273fb2beb186fdd214ecee32",
    "win_amd64": "6f3a5c02531deeb28fda27a6aa0184d9aaf2cd5d5875ea4e3424206545a042dd",
    "win_arm64": "2a69a4c4d85b3edf91aeb6aa9f6bcedf423df0e4dfccae6b33410843c8b2d359"
  },
  "0.7.22": {
    "macosx_10_12_x86_64": "bc2d9d49b8bc83ef2a0cbfd39926e2112059b9ddddb7e3baa31726cce33c707b",
    "macosx_11_0_arm64": "573edda226dc26e6fea03aa89a45af2f2a367ad1f466af15c4eb54286dae042f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c366847fc6260c3fa101be0a99ed1ac8613537ea3ec4fa6e4aac5d1a173945ec",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "560b00403b9cf82e2ae7d6d680c6d54c3f5c709b3b6357e092059c5d4b682baa",
    "manylinux_2_28_aarch64": "996f50ba85a21da7bb3d6b08be952d3fe06bede3573a50fb576d2fa77d72b1ed",
    "musllinux_1_1_x86_64": "49a78e2703d26de1b95730a1310505debb121a178732f8dc321ed99de8eca708",
    "win_amd64": "d476f10783d1a9d49fa14fd9447fc694c75d3a93a7ff237a12bbc69eb9d29c27",
    "win_arm64": "8c478034d422b99327c58914463c0841aed0bc1e8edf231ff861e191cdfea862"
  },
  "0.8.0": {
    "macosx_10_12_x86_64": "6aeecfef8955dafcbad24ef5258341f2fcdf969949f74ccaa16a7bf9c3ec44b4",
    "macosx_11_0_arm64": "2d0ebf05eaee75921b3f23e7401a56bc0732bcdabb7469081ab00769340a93b4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b784215c688c4eb54df62fb7506ba7c763fb8c9ba8457cd5dd48f0679f5d0328",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "fb939490ce24d5f88ddebf2ceaf30c613b2bd27f2e67ae62ec0960baa5f8412d",
    "manylinux_2_28_aarch64": "57af365c459d8e05274363cb10f4781a5e15b7b6f56d1427fd5b04302aa3d244",
    "musllinux_1_1_x86_64": "29757a08499e4c4462efa4fcba664c8850eb7ab8ec04852582adb901591dcc50",
    "win_amd64": "2f47fca8cb0301408ec1ae7f3e0388afb36fc36188d1775dbd8daf336bf5be6f",
    "win_arm64": "aefc09b9a580f7f41a2358462215538f3806de60c6f20ade4a25ee4d678267e1"
  },
  "0.8.1": {
    "macosx_10_12_x86_64": "1906518595559e190e28f4e0b0e472ef8a9e344c304ed4203d87a7676c521171",
    "macosx_11_0_arm64": "1464457213e2bf34e4af68239f6e0c9f4215c6aff0c39267370e7b1b608746af",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "53b7d5b27163b12eab047db5be9cdf73040596570417060ff71996c0788232d3",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8fe27f6578569a31cfd2f9f80d52ef47e7775bfe397be62b8bcb76a7ce6c12bc",
    "manylinux_2_28_aarch64": "0a43192f44b29259e171d0b460522e7421e2e67da15903f5e41c1ebc80d24c7f",
    "musllinux_1_1_x86_64": "c4f0bd83ef73a410b50f7ed50bc447080de0012c4d4d910a5757aebce8945846",
    "win_amd64": "49c6af4e3874e0a0892da3d1864d2caeddb029b3cf8241c3d4b502a3e5af93f2",
    "win_arm64": "2882f0c71b3f2db5aff282fea15ec5218f4db055c65e214adc552ef2294277d9"
  },
  "0.8.2": {
    "macosx_10_12_x86_64": "a3b147064f69455b4558263228b3fdb053c3d550f25d41b049c4d34f1f77d74c",
    "macosx_11_0_arm64": "ebface4a113c493d953554460429731d44ede2427ba97e606955daadcc6e7ddc",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "6fb07dd58a2cb79640109c0604aeec57d1062fad89114c0fda2f9dbe3de3c0bb",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "20f2b1eb4bf8b8197683e057ea9a8f0eb63b682ad20bb232b58529abac73a5ea",
    "manylinux_2_28_aarch64": "8d3ae329606ba586d317e9a06dca213619afb407bcc584cf6cff2a9b84cf25a2",
    "musllinux_1_1_x86_64": "9dea45737afec83739189834648b07595ce07f4c201021cc5545ee1759dfe25d",
    "win_amd64": "0fcaab1172c6fae036a9f16460a71812f7a427b3d3779f99457c2d537a3fc250",
    "win_arm64": "af35c0fe23907fc0518832243b561f623a48a058a75ab552204f87960793321b"
  },
  "0.8.3": {
    "macosx_10_12_x86_64": "966ec7d7f57521fef0fee685d71e183c9cafb358ddcfe27519dfeaf40550f247",
    "macosx_11_0_arm64": "3f904f574dc2d7aa1d96ddf2483480ecd121dc9d060108cadd8bff100b754b64",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "8b16f1bddfdf8f7470924ab34a7b55e4c372d5340c7c1e47e7fc84a743dc541f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f1eb7c896fc0d80ed534748aaf46697b6ebc8ce401f1c51666ce0b9923c3db9a",
    "manylinux_2_28_aarch64": "1121ad1c9389b865d029385031d3fd7d90d343c92a2149a4d4aa20bf469cb27f",
    "musllinux_1_1_x86_64": "5843cc43bafad05cc710d8e31bd347ee37202462a63d32c30746e9df48cfbda2",
    "win_amd64": "2e311c029bff2ca07c6ddf877ccc5935cabb78e09b94b53a849542665b6a6fa1",
    "win_arm64": "391c97577048a40fd8c85b370055df6420f26e81df7fa906f0e0ce1aa2af3527"
  },
  "0.8.4": {
    "macosx_10_12_x86_64": "4d8422b3058998d87fee46d4d1a437e202407cafca8b8ac69e01c6479fbe0271",
    "macosx_11_0_arm64": "edc813645348665a3b4716a7d5e961cf7c8d1d3bfb9d907a4f18cf87c712a430",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c2323e915ae562db4ebcdf5e20d3dd37a14959d07cc54939d86ab0dcdbf08f58",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f9cd287982f62419f98ca7182fbbc2fd0fad1a04008b956a88eb85ce1d522611",
    "manylinux_2_28_aarch64": "e6fa3754a2b965dceecfce8c38cacf7cd6b76a2787b9e189cf33acdb64a7472a",
    "musllinux_1_1_x86_64": "cad63a02a735ba591679d713376767fc7649ad1e7097a95d0d267a68c2e803fc",
    "win_amd64": "ad056c8f6568d9f495e402753e79a092f28d513e6b5146d1c8dc2bdea668adb1",
    "win_arm64": "41f3a22550811bf7a0980b3d4dfce09e2c93aec7c42c92313ae3d3d0b97e1054"
  },
  "0.8.5": {
    "macosx_10_12_x86_64": "53a40628329e543a5c5414553f5898131d5c1c6f963708cb0afc2ecf3e8d8167",
    "macosx_11_0_arm64": "43a689027696bc9c62e6da3f06900c52eafc4debbf4fba9ecb906196730b34c8",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a34d783f5cef00f1918357c0cd9226666e22640794e9e3862820abf4ee791141",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "38c04408ad5eae7a178a1e3b0e09afeb436d0c97075530a3c82de453b78d0448",
    "manylinux_2_28_aarch64": "73e772caf7310af4b21eaf8c25531b934391f1e84f3afa8e67822d7c432f6dad",
    "musllinux_1_1_x86_64": "09804055d6346febf0767767c04bdd2fab7d911535639f9c18de2ea744b2954c",
    "win_amd64": "dd89836735860461c3a5563731e77c011d1831f14ada540f94bf1a7011dbea14",
    "win_arm64": "37c1a22915392014d8b4ade9e69e157c8e5ccdf32f37070a84f749a708268335"
  },
  "0.8.6": {
    "macosx_10_12_x86_64": "fdceb1ef554df0ddc620bfe83fdcf740829e489c62f78ba1f089abd62c71c63e",
    "macosx_11_0_arm64": "7c1f48279ff61940143c78b969094e13324988eabcfcd4799f4350d9d36c1d48",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1913f5627c57076c88dd38b0173bdb006ae9b8dbd92b1798a1acc9d744c1a7cc",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6acdc77099906ba64bc1b725bef973c10905d7e9596d1b25f271db772bc9e8e4",
    "manylinux_2_28_aarch64": "4e81380549151e34ae96d56499438444ba58591ca9f2fc6ba0a867152601849e",
    "musllinux_1_1_x86_64": "ee67acf1b211be2cfbeaec16cde13c8325810d32ff85963a9dedd1f9d7c61ef7",
    "win_amd64": "37227aaf1e41c7eda3d7f0028e747a2a2eed3f3506b0adc121a4366e8281115b",
    "win_arm64": "0b524de39f317bd8733c38cf100b6f8091d44e06b23f7752523ad1ad1454ede3"
  },
  "0.8.7": {
    "macosx_10_12_x86_64": "16ea4395fc5dacb7aa2bb7029f07356a7d94b8fa955baf7b1d26cac9c7c94551",
    "macosx_11_0_arm64": "317cb801ca86ef7fe500355bfd11bee3255cf8fda28ea7230f093a71d3c27b51",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ea89a54ebf3594d98d9eac1f4f8012bf3f093b3914879352c5d04584e1aebc74",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "c9736d14c811a703afa44684e1e9fa93b5dc5c979e299fad57d31f44d195f1eb",
    "manylinux_2_28_aarch64": "4a7e77b89cce216bc5f2187e88be6bf3741253fdcababea76b059f847c3d2008",
    "musllinux_1_1_x86_64": "f209d3dbe61172ca89c2c56ec5918071c7c3dc43d38e829dabf17d47a4fb4b1e",
    "win_amd64": "8978ee033e23efaecf7019211852c3fb7ed364e5200ed86caeca29ad8a960df3",
    "win_arm64": "6bd216aa54f245f0d0bed524fefa16f8442d69babd5a27fefc1db1583585028f"
  },
  "0.8.8": {
    "macosx_10_12_x86_64": "461e8fb83931755cf0596bf1b8ccbfe02765e81a0d392c495c07685d6b6591f9",
    "macosx_11_0_arm64": "58056e5ccebb0a1aad27bd89d0ccc5b65c086d5a7f6b0ac16a9dde030b63cf14",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5b4c56a620137f562e1d7b09eac6c9d4adeb876aefc51be27973257fcb426c9d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d0a2b5ebc96aba2b0bf54283d2906b40f32949298cbc6ec48648097ddeac5c5d",
    "manylinux_2_28_aarch64": "e529dc0a1be5e896d299e4eae4599fa68909f8cb3e6c5ee1a46f66c9048e3334",
    "musllinux_1_1_x86_64": "9330c924faa9df00a5e78b54561ecf4e5eac1211066f027620dbe85bd6f479ce",
    "win_amd64": "66189ca0b4051396aa19a6f036351477656073d0fd01618051faca699e1b3cdc",
    "win_arm64": "1d829486e88ebbf7895306ff09a8b6014d3af7a18e27d751979ee37bf3a27832"
  },
  "0.8.9": {
    "macosx_10_12_x86_64": "1cdc11cbc81824e51ebb1bac35745a79048557e869ef9da458e99f1c3a96c7f9",
    "macosx_11_0_arm64": "7b20ee83e3bf294e0b1347d0b27c56ea1a4fa7eeff4361fbf1f39587d4273059",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "3418315e624f60a1c4ed37987b35d5ff0d03961d380e7e7946a3378499d5d779",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "011d2b2d4781555f7f7d29d2f0d6b2638fc60eeff479406ed570052664589e6a",
    "manylinux_2_28_aarch64": "97621843e087a68c0b4969676367d757e1de43c00a9f554eb7da35641bdff8a2",
    "musllinux_1_1_x86_64": "9ef728e0a5caa2bb129c009a68b30819552e7addf934916a466116e302748bed",
    "win_amd64": "dc12048cdb53210d0c7218bb403ad30118b1fe8eeff3fbcc184c13c26fcc47d4",
    "win_arm64": "53332de28e9ee00effb695a15cdc70b2455d6b5f6b596d556076b5dd1fd3aa26"
  },
  "0.8.10": {
    "macosx_10_12_x86_64": "defc50bb319be2d58be74a680710cd4b7697e88d5f79974eacd354df95f0b6b0",
    "macosx_11_0_arm64": "88df34c32555064fae459cce665757619fd1af7deb2dc393352b15d909d2d131",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c4a493cd4b15b3aef11523531aff96a77a586666a63e842fa437966b7b7ee62d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "ab072cd3bf2f9dc264659a1ff48ad91a910ac4830bcfe965e2d3f89c86646f46",
    "manylinux_2_28_aarch64": "3fdf89fc40af9902141c39ed943bcfca15664623363335eb032a44f22001e2b4",
    "musllinux_1_1_x86_64": "31e4fc37ee94b94c032384a0957ad32ba7dce4ce6c04b4880fd3e31e25e51a82",
    "win_amd64": "b00637c63d5dfc9f879281c5c91db2bb909ab1f9ab275dab015e7fb6cac6be5b",
    "win_arm64": "e0a02bcec766eb0862b7082ab746b204add7d9fcaa62322502d159b5a7ccc54a"
  },
  "0.8.11": {
    "macosx_10_12_x86_64": "84c888cc7b3310aada6058ce964d9b48d4f7801add6f1236548adeb262c637bf",
    "macosx_11_0_arm64": "3e46395c7f2c7e52bf63f29f3fc1c6b357b011285d1df37d8af9c6f6f7cad36f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d9d35783ac8600cd8e95e9afd007aa281edf3125803c570a4b3246138e2a304d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "36eb184758f18347547045a3aa7cc87c98a75c773e437c8a85878eb004a31c2e",
    "manylinux_2_28_aarch64": "0a7fcbe71cc5402b7c3d4c381f9b970a455d8ccc2a43ee2ce5ac2b617ec0534c",
    "musllinux_1_1_x86_64": "261d19395a211f980d1ebc861356cf73ba23ceece2392c0b36ade38f89fd16a6",
    "win_amd64": "fe01737f3ddd533903f31236219c29e09063541f17a060403acc51906ce0cfe8",
    "win_arm64": "cf3454d3407a5cac0d661b6033e3197643d0a6b5bb0e00869f6877ff7af907c9"
  },
  "0.8.12": {
    "macosx_10_12_x86_64": "9c75edaef18a1eb536e4f3ce21ab400f3420c4a22e081f57d5343e14b5064cde",
    "macosx_11_0_arm64": "43abe9466446330b991a9c0702853d8f13ce68b47a6c94a439e42eb349f6c85e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "533af0f2392b391a09ddda3c7e9f9246a3aca3ecbfd54e20e7a6e13120d5682f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0febae768d9fa3968957cf918e0daf6d0e7026946640c5967b69b7fa7dc19a83",
    "manylinux_2_28_aarch64": "887892cd8242c24d630b47ac14a632547f7ed6af95a4be2c214beaa9e0f57c13",
    "musllinux_1_1_x86_64": "7a590cd21ae678db703a5059d455106198310ba64131733cebac77b37e2d88f9",
    "win_amd64": "51681666b3c30f764c1c7829dd6ca79d51506737a2058cc57b06028b9f6db34b",
    "win_arm64": "0039141789ed96242dd6a48b10500138beafc2a63df0a4676363dceec4064d99"
  },
  "0.8.13": {
    "macosx_10_12_x86_64": "2945c32b8fcf23807ef1f74c390795e2b00371c53b94c015cc6e7b0cfbab9d94",
    "macosx_11_0_arm64": "73459fe1403b1089853071db6770450dc03e4058848f7146d88cff5f1c352743",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "854c4e75024a4894477bf61684b2872b83c77ca87d1bad62692bcc31200619c3",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2113cd877974b68ea2af64a2f2cc23708ba97066046e78efb72ba94e5fef617a",
    "manylinux_2_28_aarch64": "4c2c5e5962239ecaff6444d5bc22422a9bd2da25a80adc6ab14cb42e4461b1cf",
    "musllinux_1_1_x86_64": "18a502328545af511039c7b7c602a0aa89eeff23b1221a1f56d99b3a3fecfddd",
    "win_amd64": "20862f612de38f6dea55d40467a29f3cb621b256a4b5891ae55debbbdf1db2b4",
    "win_arm64": "404ca19b2d860ab661e1d78633f594e994f8422af8772ad237d763fe353da2ab"
  },
  "0.8.14": {
    "macosx_10_12_x86_64": "2334945ef3dba395067164c7e25b0c1420d8fdab9637d33cb753b5dbe0499b2c",
    "macosx_11_0_arm64": "9a65096847d3341713be92e98cb35d5315d172690032405e8ae4e1b0c366a19a",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "f7a5d72e4fefae57f675cf0ac0adb9e68fb638f3f95be142b7f072fc6fddfe3e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3853202f4eb0bedbe31b0b62b1323521e97306f44f8f4b6ed4bb13b636797873",
    "manylinux_2_28_aarch64": "e45047a89592a5b38c88caa6da5d1b70a05c9762ff1c5100f9700f85f533dc99",
    "musllinux_1_1_x86_64": "dacfad1193c7facd3a414cc2f3468b4a79a07c565c776a3136f97527a628b960",
    "win_amd64": "5091d588753bbbd1f120f13311ede2ae113d7ec2760e149fc502a237f2516075",
    "win_arm64": "7c424fd4561f4528d8b52fc8c16991d0ad0000d3ad12c82e01e722f314b2669d"
  },
  "0.8.15": {
    "macosx_10_12_x86_64": "b0461bb1ad616c8bcb59c9b39ae9363245ca33815ebb1d11130385236eca21b9",
    "macosx_11_0_arm64": "069eed78b79d1e88bced23e3d4303348edb0a0209e7cae0f20024c42430bf50f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "333a93bb6af64f3b95ee99e82b4ea227e2af6362c45f91c89a24e2bfefb628f9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "07765f99fd5fd3b257d7e210e8d0844c0a8fd111612e31fcca66a85656cc728e",
    "manylinux_2_28_aarch64": "c4868e6a4e1a8c777a5ba3cff452c405837318fb0b272ff203bfda0e1b8fc54d",
    "musllinux_1_1_x86_64": "56f2451c9193ee1754ce1d8390ded68e9cb8dee0aaf7e2f38a9bd04d99be1be7",
    "win_amd64": "6aa824ab933dfafe11efe32e6541c6bcd65ecaa927e8e834ea6b14d3821020f6",
    "win_arm64": "a395fa1fc8948eacdd18e4592ed489fad13558b13fea6b3544cb16e5006c5b02"
  },
  "0.8.16": {
    "macosx_10_12_x86_64": "44560a1c25c6d3d86194628adad36bfd34decadfd16fe4f0a6736cc5e7c0fa5c",
    "macosx_11_0_arm64": "5fe0dcf41b5114cdb812f475974d36ac606cf90d0a81ef537f027f8bce9610a8",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "f6b6d4b87283886a3e01d170ece6952fb62e76d4e53a6a98fe07726031757eb9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "dd441a7b703c6e06f5af318c3e9695154409500c64725c522ca9f0a555921e43",
    "manylinux_2_28_aarch64": "0ad851d0968bd7f6e0759bcf9675edce24da0da75985b199008e578a6ab19ab0",
    "musllinux_1_1_x86_64": "1ac75a273e7686da0db4b7fd26e84e066afd66b7d020dd63fb0e96d467c57704",
    "win_amd64": "989a2cfcf588c903b14f51511abb6b9dd0a9d0f50535b1133fc9bae6f99cf2b7",
    "win_arm64": "5d2c4033e40e011d9db09fe6e66bb9132e63a492eeb15a1d736c1e30096a53ef"
  },
  "0.8.17": {
    "macosx_10_12_x86_64": "c28fba6d7bb5c34ade2c8da5000faebe8425a287f42a043ca01ceb24ebc81590",
    "macosx_11_0_arm64": "b009f1ec9e28de00f76814ad66e35aaae82c98a0f24015de51943dcd1c2a1895",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "84d56ae50ca71aec032577adf9737974554a82a94e52cee57722745656c1d383",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "b6d30d02fb65193309fc12a20f9e1a9fab67f469d3e487a254ca1145fd06788f",
    "manylinux_2_28_aarch64": "3941cecd9a6a46d3d4505753912c9cf3e8ae5eea30b9d0813f3656210f8c5d01",
    "musllinux_1_1_x86_64": "a1d11cd805be6d137ffef4a8227905f87f459031c645ac5031c30a3bcd08abd6",
    "win_amd64": "cf85b84b81b41d57a9b6eeded8473ec06ace8ee959ad0bb57e102b5ad023bd34",
    "win_arm64": "64d649a8c4c3732b05dc712544963b004cf733d95fdc5d26f43c5493553ff0a7"
  },
  "0.8.18": {
    "macosx_10_12_x86_64": "46668347e9b29b254a6fc45fbd9788e7c630f0b4f3f7d894a1d3d4eecb20c3e4",
    "macosx_11_0_arm64": "e321544054688df7115041cc172865e5e0f9377b7b9e351e67d7db27c99c4080",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "087b9c8afe50585b1b4aa880ef5fe3c8067268abf8461d01cd59f65517a0696b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "e9933c17dd618ca1c7e6aee877e928cd8583c20ceef9360917803a49c664a917",
    "manylinux_2_28_aarch64": "b8067f1cf8208dd6f9efc9e2e67c165c97b413ea48f90ba4ffb5caf85c1e5ce0",
    "musllinux_1_1_x86_64": "0c492090312e3252091ef5bc570ac46a616b06d9c0ef448898eeb381f6742c0d",
    "win_amd64": "313d09b7c076ad904853fb2788eab34b1541db67cc2feaf67a6f0f81bc3b346c",
    "win_arm64": "a1493b8184175af5474c75fa432940969cf6452976c37ddb8c9e28afa1d25742"
  },
  "0.8.19": {
    "macosx_10_12_x86_64": "c9c4aeb322faa28d8d97339b0ed75f29e470dcaed08300de049b8f03a8074386",
    "macosx_11_0_arm64": "78aeab7fd2b398c517bbff02096d79df71f4b0ec1fca65af8627f10a95eaa393",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "4d8abd84fec2f4e476da1a5b59d246e63cabcb5c92432ea126cc3096cd87d43b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0097b67a8eddf3ed48a66b86a04754350a21a9c025eca5311732775da4d2e2b2",
    "manylinux_2_28_aarch64": "698ca5bc205456bd933b56332283621c8f3c93a315f3dcc20500c21ead951c07",
    "musllinux_1_1_x86_64": "d1fe68ad66e46106c987e7647e863d06d5e052b08b2da6e30664f5f630b90fc0",
    "win_amd64": "6d7304c5485ef091740460118840e660c2aa24edbb8267684c3380a5a40a209c",
    "win_arm64": "3029aadc6d19cae617f7d7b1f69a7fd2d5444ad4845e3018a736759043ef23cb"
  },
  "0.8.20": {
    "macosx_10_12_x86_64": "4f9941c625c12abaeb619c693b37007082e975455d149f32bb12068535af043e",
    "macosx_11_0_arm64": "94f30a025cbdd82f6212b0297c47e63e56cc57a5fb6f4e74853554f19ac9f6fa",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "be6a69919241d4e953cfd7f601a64012649cd69cf66d499474bc10fc4f4dabb0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8f70877df868b56e408883bad8e5bfa68ffc27865af181e5ee499074b364f571",
    "manylinux_2_28_aarch64": "59d70332b42a7c8dd5b8ecce54c05ffa126bd4eafebd7ededf347b915f2e4263",
    "musllinux_1_1_x86_64": "7d01cbe0a856f72a2505c6ac3ca4b9fafc304df664a00f27c9d3e4ddb085a844",
    "win_amd64": "e356e987b14779c957bc402abf5d917b0ff6c53b4153ad0271a00eef46a9b65a",
    "win_arm64": "23222fd90d843d8c5650f2b3e297dbed4d05a4d28a5e99d017d73aebaa98bea4"
  },
  "0.8.21": {
    "macosx_10_12_x86_64": "3c53c1b6e1ae078281db3d1007df9dd104e98feb6a024c1ab6a4175836821375",
    "macosx_11_0_arm64": "6af27c38087b671e1f051533bb847f63af65307f5134e42c9af423558c7e63cc",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1f2fe5353953b10ae1e610147954c1e21abb950ac1c94a84ede251fef4399c39",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "fff70587c8e4e988343eb4b692713348e7d639bf7f29e9e2a4e78a0f335e010b",
    "manylinux_2_28_aarch64": "76f707b34edd5b87572181b1e2f20c0e229290143f20fd309132d88835bd555b",
    "musllinux_1_1_x86_64": "5cc76da7a4581e93418118f85ee11cc096885156dc4a0cf8eac4c4205b2f17ea",
    "win_amd64": "543ed0b214ee0105be7e645cf2731924091e35a683447e37144d28f7f4ab1968",
    "win_arm64": "1979e0a1139204d04a04eaee551db578de804454d95a86134ee9388062e510bc"
  },
  "0.8.22": {
    "macosx_10_12_x86_64": "89944e99b04cc8542cb5931306f1c593f00c9d6f2b652fffc4d84d12b915f911",
    "macosx_11_0_arm64": "6706b782ad75662df794e186d16b9ffa4946d57c88f21d0eadfd43425794d1b0",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d6a33bd5309f8fb77d9fc249bb17f77a23426e6153e43b03ca1cd6640f0a423d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8efec4ef5acddc35f0867998c44e0b15fc4dace1e4c26d01443871a2fbb04bf6",
    "manylinux_2_28_aarch64": "9eb3b4abfa25e07d7e1bb4c9bb8dbbdd51878356a37c3c4a2ece3d68d4286f28",
    "musllinux_1_1_x86_64": "9757f0b0c7d296f1e354db442ed0ce39721c06d11635ce4ee6638c5e809a9cb4",
    "win_amd64": "cda349c9ea53644d8d9ceae30db71616b733eb5330375ab4259765aef494b74e",
    "win_arm64": "2a436b941b6e79fe1e1065b705a5689d72210f4367cbe885e19910cbcde2e4a1"
  },
  "0.8.23": {
    "macosx_10_12_x86_64": "3a5c6cfad0a7b92e2a2ddf121e86171c7b850ccbdbc82b49afb8014e60d7dd84",
    "macosx_11_0_arm64": "092404eb361f2f6cddf2c0a195c3f4bd2bc8baae60ed8b43409f93f672992b40",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "8d891aa0f82d67ed32811e1f3e6f314c6b0759a01b5b7676b4969196caf74295",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "126ca80b6f72859998e2036679ce21c9b5024df0a09d8112698adc4153c3a1a7",
    "manylinux_2_28_aarch64": "1a695477c367cb5568a33c8cf075280853eebbdec387c861e27e7d9201985d5f",
    "musllinux_1_1_x86_64": "16cbae67231acdd704e5e589d6fd37e16222d9fff32ca117a0cb3213be65fdf8",
    "win_amd64": "39bc5cd9310ef7a4f567885ba48fd4f6174029986351321fcfa5887076f82380",
    "win_arm64": "cc1725b546edae8d66d9b10aa2616ac5f93c3fa62c1ec72087afcb4b4b802e99"
  },
  "0.8.24": {
    "macosx_10_12_x86_64": "1cd064933beb3c7392a8dc88d903be809b70612c563e2d659a96d505cac1daf5",
    "macosx_11_0_arm64": "a2bd708a545c1c21d7be8575f4cff00d0cff26be13fc81e3f7e54b8751fb90c0",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "8595ca23e4f0b8ea934a29f8080578cd197ada22931b358498e9445ddd2bac5c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0a75005a146e81ed1bbb0b6e55db18c8ad1e7d714392cdb94a63fa7a3259ad4f",
    "manylinux_2_28_aarch64": "1143a8c6e59f4600dfc1b96b335c7fa47428246be37ac19b6f6dd1535c385ccd",
    "musllinux_1_1_x86_64": "bd1576fe700b064ee0f4f56908dc112b65df4c780ced04fabdf83eb6e3ec7322",
    "win_amd64": "59d2527b9afdd89361d057b0c8077fca3212e7335df46532bf9057c6fc5eb9ff",
    "win_arm64": "712af0dcb2e1522b85e168e10a1dcb9fe5775e81cee632d8a6d7e95054a096f3"
  },
  "0.9.0": {
    "macosx_10_12_x86_64": "ecc841797888d5983dcbac0918d0392f8078265083c2bc676a76e36a1a84b3ad",
    "macosx_11_0_arm64": "b900e84d992a657e16371426dbb030ab031c0322a604b632dada34401ebe7145",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ac6ec2b69dbf61ddd725d10626db2d9401c2687b1c71077217d097214bb9665d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8fcd2f0d52ab16faa055ca2969d1d94ae1b1397ba5a0962332c500dd81b0f893",
    "manylinux_2_28_aarch64": "5ff5954dc403b408d30470d499a40286bc549e2f9623dc05c93d5bb05af80340",
    "musllinux_1_1_x86_64": "4e0b226ed5d061ff9001547f59ca4a76af427d5f28d1d50ae245c6916ea026d7",
    "win_amd64": "ee5969cef61e8eef251ee14e573fa22b42bbe90a2d194b6de6d794baee176a9b",
    "win_arm64": "4a77a33c86d478fd1fb27db29035044261f086e7287325bcbe695c9b31808f4c"
  },
  "0.9.1": {
    "macosx_10_12_x86_64": "ba781dfe5cd33f12bf332d582d0c31c8c97cecc022605c3fa2d7a1166f98581d",
    "macosx_11_0_arm64": "2b483d8a5c184b425ecc750b1a7299ab3f35a0ce0d23d71dbc936a15d53cc171",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "549e2df5f9bf89d1c89f0c7e47cfac3f7f91ca29cade8163a5e3d7caeb21cd22",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2b066c3a8cd5ae6836e703ace02973d1180fbfdc359eed37d7009e691f82a631",
    "manylinux_2_28_aarch64": "61c336460532a9a484478021985f13dd8b2d8d79eae6cf9c5eec40e1a588363c",
    "musllinux_1_1_x86_64": "c49a71cb22db8e3ba80c2b417bef8c0ad05ef41b5222ededc000f4dcb48bab92",
    "win_amd64": "21901c8e1450e8b8e5261e1bd0f70b4e6e177befe7b4c45195e29e7c933dc7a9",
    "win_arm64": "341ddf77399665b5bff418a2ba6f28b8aa2adf5214a4a0eb117ce9fa54b2146f"
  },
  "0.9.2": {
    "macosx_10_12_x86_64": "6bd0e1b4135789ee3855d38da17eca8cc9d5b2e3f96023be191422bd6751f0b8",
    "macosx_11_0_arm64": "939bdd13e37330d8fb43683a10a2586c0d21c353184d9ca28251842e249356e4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b75e8762b7b3f7fc15a065bd6fcb56007c19d952c94b9e45968e47bdd7adc289",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "50128cbeae27c4cb58973c39a2110169d13676525397a3c2de5394448ea5c58f",
    "manylinux_2_28_aarch64": "c6888f2a0d49819311780e158df0d09750f701095e46a59c3f5712f76bae952c",
    "musllinux_1_1_x86_64": "d7072e10e2d4e3342476a831e4adf1a7a490d8a3a99c5538d3e13400c4849b29",
    "win_amd64": "27815edaa0be4f6346b24f3b6a4389f7747ae98538f4e2e8946090bb959389cc",
    "win_arm64": "86e8fc3424266c9afca829d3936e91b677027658a253c7bb2a299fafd97aab0d"
  },
  "0.9.3": {
    "macosx_10_12_x86_64": "596a982c5a061d58412824a2ebe2960b52db23f1b1658083ba9c0e7ae390308a",
    "macosx_11_0_arm64": "741e80c4230e1b9a5d0869aca2fb082b3832b251ef61537bc9278364b8e74df2",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "406ab1a8b313b4b3cf67ad747fb8713a0c0cf3d3daf11942b5a4e49f60882339",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "73ae4bbc7d555ba1738da08c64b55f21ab0ea0ff85636708cebaf460d98a440d",
    "manylinux_2_28_aarch64": "2e75ce14c9375e7e99422d5383fb415e8f0eab9ebdcdfba45756749dee0c42b2",
    "musllinux_1_1_x86_64": "ccf4cd2e1907fb011764f6f4bc0e514c500e8d300288f04a4680400d5aa205ec",
    "win_amd64": "55516bf85c44a00b948472ddda80d7c5cd9990e9b5c085dc5005da93f40266a7",
    "win_arm64": "7a63c2514833f80a006feef9b8adce1380e06a7945ceb80928d43ac8693b4dd6"
  },
  "0.9.4": {
    "macosx_10_12_x86_64": "42012fcfdbaec08e1c009bbdbf96296b05e0e86feb83e1182d9335ae86a288d2",
    "macosx_11_0_arm64": "610a219a6d92cc56c1a24888118a5ae1b07233b93dde0565d64fe198a2c7c376",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "aa0e144df0276945cbe49e30b577cf51e19b808e5ca55e23b8a1a354857e1629",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d89f88df09d571f6d06228b32a6a71100905eb64343247317d363bcd774ee870",
    "manylinux_2_28_aarch64": "39f6b459fdabc80c0afc080ba8bce86e048afa799bc6c5c372f78b14195cf49c",
    "musllinux_1_1_x86_64": "c353be83686f769bf50e6c6bc8591ad59752b492c6bb51296e378e55521482f5",
    "win_amd64": "0840346084d28aa5345eeabcb7f9e727448b56b3b399300447a9155066909925",
    "win_arm64": "253133f7f2eac8fed10ad601c56ddcd13d8d81d9343ed9e95873d19b149199f2"
  },
  "0.9.5": {
    "macosx_10_12_x86_64": "922cd784cce36bbdc7754b590d28c276698c85791c18cd4c6a7e917db4480440",
    "macosx_11_0_arm64": "8603bb902e578463c50c3ddd4ee376ba4172ccdf4979787f8948747d1bb0e18b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "48a3542835d37882ff57d1ff91b757085525d98756712fa61cf9941d3dda8ebf",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6507bbbcd788553ec4ad5a96fa19364dc0f58b023e31d79868773559a83ec181",
    "manylinux_2_28_aarch64": "6a046c2e833169bf26f461286aab58a2ba8d48ed2220bfcf119dcfaf87163116",
    "musllinux_1_1_x86_64": "3a4ecbfdcbd3dae4190428874762c791e05d2c97ff2872bf6c0a30ed5c4ea9ca",
    "win_amd64": "48a12390421f91af8a8993cf15c38297c0bb121936046286e287975b2fbf1789",
    "win_arm64": "c966e3a4fe4de3b0a6279d0a835c79f9cddbb3693f52d140910cbbed177c5742"
  },
  "0.9.6": {
    "macosx_10_12_x86_64": "a7c6067919d87208c4a6092033c3bc9799cb8be1c8bc6ef419a1f6d42a755329",
    "macosx_11_0_arm64": "95a62c1f668272555ad0c446bf44a9924dee06054b831d04c162e0bad736dc28",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "0169a85d3ba5ef1c37089d64ff26de573439ca84ecf549276a2eee42d7f833f2",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3c2c2b2b093330e603d838fec26941ab6f62e8d62a012f9fa0d5ed88da39d907",
    "manylinux_2_28_aarch64": "e700b2098f9d365061c572d0729b4e8bc71c6468d83dfaae2537cd66e3cb1b98",
    "musllinux_1_1_x86_64": "b31377ebf2d0499afc5abe3fe1abded5ca843f3a1161b432fe26eb0ce15bab8e",
    "win_amd64": "d1072db92cc9525febdf9d113c23916dfc20ca03e21218cc7beefe7185a90631",
    "win_arm64": "166175ba952d2ad727e1dbd57d7cfc1782dfe7b8d79972174a46a7aa33ddceec"
  },
  "0.9.7": {
    "macosx_10_12_x86_64": "1aaf79b4234400e9e2fbf5b50b091726ccbb0b6d4d032edd3dfd4c9673d89dca",
    "macosx_11_0_arm64": "0fdbfad5b367e7a3968264af6da5bbfffd4944a90319042f166e8df1a2d9de09",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "635e82c2d0d8b001618af82e4f2724350f15814f6462a71b3ebd44adec21f03c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8cf6bc2482d1293cc630f66b862b494c09acda9b7faff7307ef52667a2b3ad49",
    "manylinux_2_28_aarch64": "7019f4416925f4091b9d28c1cf3e8444cf910c4ede76bdf1f6b9a56ca5f97985",
    "musllinux_1_1_x86_64": "777bb1de174319245a35e4f805d3b4484d006ebedae71d3546f95e7c28a5f436",
    "win_amd64": "62b315f62669899076a1953fba6baf50bd2b57f66f656280491331dcedd7e6c6",
    "win_arm64": "d13da6521d4e841b1e0a9fda82e793dcf8458a323a9e8955f50903479d0bfa97"
  },
  "0.9.8": {
    "macosx_10_12_x86_64": "7038a552159f2291dd0d1f4f66a36261b5f3ed5fcd92e2869186f8e910b2c935",
    "macosx_11_0_arm64": "9f2f3576c4518ff4f15e48dbca70585a513523c4738bc8cc2e48b20fd1190ce3",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "50d130c46d97d7f10675ebea8608b7b4722c84b5745cd1bb0c8ae6d7984c05d5",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "14670bf55ecb5cfd0f3654fbf51c58a21dec3ad8ab531079b3ed8599271dc77b",
    "manylinux_2_28_aarch64": "40253d00c1e900a0a61b132b1e0dd4aa83575cfd5302d3671899b6de29b1ef67",
    "musllinux_1_1_x86_64": "87c3b65b6d5fcbdeab199d54c74fbf75de19cb534a690c936c5616478a038576",
    "win_amd64": "6a01d7cd41953ffac583139b10ad1df004a67c0246a6b694eb5bcdbc8c99deaf",
    "win_arm64": "bb0f8e83c2a2fc5a802e930cc8a7b71ab068180300a3f27ba38037f9fcb3d430"
  },
  "0.9.9": {
    "macosx_10_12_x86_64": "7ea663b3e5e5b20a17efbc6c7f8db602abf72447d7cced0882a0dff71c2de1ef",
    "macosx_11_0_arm64": "e8303e17b7d2a2dc65ebc4cc65cc0b2be493566b4f7421279b008ecb10adfc5f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "036e8d38f87ffbebcd478e6b61a2c4f8733f77fbdf34140b78e0f5ab238810cf",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "afdd00ddc25e12ed756e069090011ca55f127753e1192e51f45fa288a024f3df",
    "manylinux_2_28_aarch64": "4f2e2a818ce64b917aada5a752a92bc5665ed90f3ac1348689c4d92abe4af3f5",
    "musllinux_1_1_x86_64": "1263f03571f3fda44061862c14b92c992102d03f5e1015f3886d9252f9436d60",
    "win_amd64": "1201765ae39643ef66bc6decfc44c5f8540fcaeae8b0914553b32e670f1941da",
    "win_arm64": "2695624ee43a8932c3fb414a98e4aed3b4f60306a24acd68e2b288dd5a58c370"
  },
  "0.9.10": {
    "macosx_10_12_x86_64": "3c2ddc0bca2e4b7e31623a17d60ea5f8d1ee4ff3ee27ddbf884e089e57cd0c93",
    "macosx_11_0_arm64": "8c8969d54c9f603107445a23f36fba03a0dfa4c75b3ada2faf94ed371f26f3a4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c9a326f04b670f1af2d9fa90e50af57a9a872a8dc90bb377d0c27b2030438ffc",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "21981bc859802c94d4b8f026b8734d39e8146baac703f1e3eab2e2d87d65ca8c",
    "manylinux_2_28_aarch64": "110fd2062dccc4825f96cef0007f6bbb6f5da117af50415bed6f6dcd5e1e3603",
    "musllinux_1_1_x86_64": "4e256d3cc542f73435b27a3d0bf2a6b0f9d2dd6dd5c8df1a8028834deb896819",
    "win_amd64": "9ee9027eb98cf5a99d9a3d5ddab7048745e2e49d572869044f66772e17f57792",
    "win_arm64": "d4903e73f5e281ce5c3def60014bef93d2d1a148901653e222470ce54987f4a1"
  },
  "0.9.11": {
    "macosx_10_12_x86_64": "6a31b0bd4eaec59bf97816aefbcd75cae4fcc8875c4b19ef1846b7bff3d67c70",
    "macosx_11_0_arm64": "48548a23fb5a103b8955dfafff7d79d21112b8e25ce5ff25e3468dc541b20e83",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "cb680948e678590b5960744af2ecea6f2c0307dbb74ac44daf5c00e84ad8c09f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "e97906ca1b90dac91c23af20e282e2e37c8eb80c3721898733928a295f2defda",
    "manylinux_2_28_aarch64": "d901269e1db72abc974ba61d37be6e56532e104922329e0b553d9df07ba224be",
    "musllinux_1_1_x86_64": "edc14143d0ba086a7da4b737a77746bb36bc00e3d26466f180ea99e3bf795171",
    "win_amd64": "c65a024ad98547e32168f3a52360fe73ff39cd609a8fb9dd2509aac91483cfc8",
    "win_arm64": "4907a696c745703542ed2559bdf5380b92c8b1d4bf290ebfed45bf9a2a2c6690"
  },
  "0.9.12": {
    "macosx_10_12_x86_64": "4d821e59e29f67eb46fc4c499778db90d755ca1903b07fb4474485b338d20e11",
    "macosx_11_0_arm64": "d24ccf747ece6570f5d19626fa786727884332872048ba01e3ced94b88cfc6a3",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c57c27b9bff5f1f3a11a643aa7e6b9c37b278b625fa7276777d265fb41bf58c7",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "822ea5a36e261f94a71c458ee79a8837d0a00d0b9b185a8f68fc0a9d452b1582",
    "manylinux_2_28_aarch64": "4164d8bec004e12702ba26472e342f34d4a3086d114a9dac39a8c3986e0dc20d",
    "musllinux_1_1_x86_64": "928c18128259283beaaa24f2cfe3fbb22a3d26cbbf6ac81a6333bdf3edf112e0",
    "win_amd64": "b5018f1f2c8315139b49f28e98c1aeab98a5dd4e1ba5ecfee98b0d8746110c91",
    "win_arm64": "6d29dd5800d7d27323afa05c34b9566369370e23d232da22973913c7104873f4"
  },
  "0.9.13": {
    "macosx_10_12_x86_64": "1d4c624bb2b81f885b7182d99ebdd5c2842219d2ac355626a4a2b6c1e3e6f8c1",
    "macosx_11_0_arm64": "318d0b9a39fa26f95a428a551d44cbefdfd58178954a831669248a42f39d3c75",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "6a641ed7bcc8d317d22a7cb1ad0dfa41078c8e392f6f9248b11451abff0ccf50",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6627d0abbaf58f9ff6e07e3f8522d65421230969aa2d7b10421339f0cb30dec4",
    "manylinux_2_28_aarch64": "6cca7671efacf6e2950eb86273ecce4a9a3f8bfa6ac04e8a17be9499bb3bb882",
    "musllinux_1_1_x86_64": "d50cea327b994786866b2d12c073097b9c8d883d42f0c0408b2d968492f571a4",
    "win_amd64": "5732cd0fe09365fa5ad2c0a2d0c007bb152a2aa3c48e79f570eec13fc235d59d",
    "win_arm64": "edfc3d53b6adefae766a67672e533d7282431f0deb2570186d1c3dd0d0e3c0a3"
  },
  "0.9.14": {
    "macosx_10_12_x86_64": "e14853fb7781251f75cbb200fa2a81f2ac087a7f0647ee8699689198d6496f05",
    "macosx_11_0_arm64": "dd90bc5e364a2fdc89499de9c1cffe9036b0318e54644b5664a9c395bb21bb29",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c086218fe1f3f88281d2f881bbeb5ada062eb4ea5d28292f352e45de38aa125a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "4b5a27f528af437d9cd7bd85905095f166d0c37bdf3404a8a900948068e03d6b",
    "manylinux_2_28_aarch64": "cbf18113f0e07898af804f6f4a9ef521eb181865a94b7d162431dcae5b55f8fa",
    "musllinux_1_1_x86_64": "70a55f189b2d9ec035194c927f2c0b4f746b251e329a5dc8391ab6a41fe14e1a",
    "win_amd64": "c0f18fd246726cdc194357aca50fd13153d719daecd765049f0ff4c2262143d3",
    "win_arm64": "d974fcbec84aa7eb4ee1cc7e650a5b8973895a03f6d6f0c61b488e1d1b8179ea"
  },
  "0.9.15": {
    "macosx_10_12_x86_64": "944cd6d500974f9693994ec990c5b263a185e66cbc1cbd230f319445f8330e4e",
    "macosx_11_0_arm64": "ec4716fee5db65cfc78016d07f6fddb9b1fa29a0471fe67fe6676e2befee3215",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "2b9ad2581a90b7b2ed3f5a3b2657c3cf84119bdf101e1a1c49a2f38577eecb1b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "b9c1cefdd6e878baa32ff7a7d1ef463690750ff45d899fbb6bd6705e8329b00a",
    "manylinux_2_28_aarch64": "b6d342a4610e7dbc3450c8000313ee7693905ddee12a65a34fdbcd8418a852a5",
    "musllinux_1_1_x86_64": "a0ef2e2bcf807aebd70e3a87bde618d0a01f07f627f5da0b0b457d7be2124843",
    "win_amd64": "e46f36c80353fb406d4c0fb2cfe1953b4a01bfb3fc5b88dd4f763641b8899f1a",
    "win_arm64": "8f14456f357ebbf3f494ae5af41e9b306ba66ecc81cb2304095b38d99a1f7d28"
  },
  "0.9.16": {
    "macosx_10_12_x86_64": "a4add59e5fb179ff01a8dc02cd24a9c7dcd8a60d3744c2dfacf2818eb709a1de",
    "macosx_11_0_arm64": "ac60c04510e4710370762c8d7f9382f269b881efacc4262e2229ef27df39441c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5cacb026d93e9be53f9c74ee4907d2df8c3d94c7b24b1c3130f0aee62b6a0b86",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "13217422d30f5c70d37409dd5064d8dbc5a58c1cbaa29f081f43586195a50cc9",
    "manylinux_2_28_aarch64": "f06a6e172f34c70865784ff9108a1eabc5a99c97363d9ee587884b111bb220d2",
    "musllinux_1_1_x86_64": "0d012ef231699cad1eaf9ab1f5b076522970dcf87bfba3a684e66a02c6a1575d",
    "win_amd64": "e3e9a69a463607b9886afa34ce68dadf9a378eb6d191c878156fd8864e604c1e",
    "win_arm64": "18d430980e7f4915a42854bc98a76f87f30da8859469a864fcf33e0a31fafdd1"
  },
  "0.9.17": {
    "macosx_10_12_x86_64": "233b3d90f104c59d602abf434898057876b87f64df67a37129877d6dab6e5e10",
    "macosx_11_0_arm64": "4b8e5513d48a267bfa180ca7fefaf6f27b1267e191573b3dba059981143e88ef",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "8f283488bbcf19754910cc1ae7349c567918d6367c596e5a75d4751e0080eee0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "cd2c3d25fbd8f91b30d0fac69a13b8e2c2cd8e606d7e6e924c1423e4ff84e616",
    "manylinux_2_28_aarch64": "330e7085857e4205c5196a417aca81cfbfa936a97dd2a0871f6560a88424ebf2",
    "musllinux_1_1_x86_64": "673066b72d8b6c86be0dae6d5f73926bcee8e4810f1690d7b8ce5429d919cde3",
    "win_amd64": "22fcc26755abebdf366becc529b2872a831ce8bb14b36b6a80d443a1d7f84d3b",
    "win_arm64": "6761076b27a763d0ede2f5e72455d2a46968ff334badf8312bb35988c5254831"
  },
  "0.9.18": {
    "macosx_10_12_x86_64": "d91abfd2649987996e3778729140c305ef0f6ff5909f55aac35c3c372544a24f",
    "macosx_11_0_arm64": "cf33f4146fd97e94cdebe6afc5122208eea8c55b65ca4127f5a5643c9717c8b8",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "edf965e9a5c55f74020ac82285eb0dfe7fac4f325ad0a7afc816290269ecfec1",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3332188fd8d96a68e5001409a52156dced910bf1bc41ec3066534cffcd46eb68",
    "manylinux_2_28_aarch64": "b7295e6d505f1fd61c54b1219e3b18e11907396333a9fa61cefe489c08fc7995",
    "musllinux_1_1_x86_64": "17bedf2b0791e87d889e1c7f125bd5de77e4b7579aec372fa06ba832e07c957e",
    "win_amd64": "c82b0e2e36b33e2146fba5f0ae6906b9679b3b5fe6a712e5d624e45e441e58e9",
    "win_arm64": "4c4ce0ed080440bbda2377488575d426867f94f5922323af6d4728a1cd4d091d"
  },
  "0.9.19": {
    "macosx_10_12_x86_64": "715da9d24c5884b1c91ea25bcb9b813c59222dd94e22c4b0d30900e11c0aa3f5",
    "macosx_11_0_arm64": "9428e47a07a850b975540dd772c126a6cb0f7ecc8a198a8282b2d99681e929c7",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "2f0232f4152b36d071d3ac777a5143a33b4e9f521263553c4809e6b0c6f23a2c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "7a4d5be871300dab2b1b6d5fd7a94d7fb636e668049b4a9d27799cec595988b4",
    "manylinux_2_28_aarch64": "ccf8de21e76519b676d8f2b202fc2d190cd702934eb35d7c05f784bd62b3611e",
    "musllinux_1_1_x86_64": "17df09406ddbf00485c2980029698c5b22591d9680d0d7c47d9e79d32ba62b5b",
    "win_amd64": "0dce1582f887ee504bd621a9cd3b52878d346f2adeab31a873949cd95c1aae28",
    "win_arm64": "8c2bf0f8375a476bbb824df8163955a18dad17729a0c88d6ca1314ced2f53a6c"
  },
  "0.9.20": {
    "macosx_10_12_x86_64": "94f716f0e6e609d8c6804faa74797024c43e7aa2ea876778fa16ceb68dc4d80a",
    "macosx_11_0_arm64": "288fdf29b22b3034285e244c006bcdf5575e35fe14f1f2dd55bbb477d6c22d99",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "44076e26038fe37bd6aad7aaf411b72006ec01f124af3c1227d47a3fafa11b1b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d86724ae303c80d52712b335cfc9f1b5aa785244c18905fd605067303a305854",
    "manylinux_2_28_aarch64": "19e4ce680230f9148c777af4664a6a534821222dd4e8f06844c3d23b79e4778b",
    "musllinux_1_1_x86_64": "56bb00bc0d13f9e4913ef773f31659423faaffe408f6c24b24e25f2c1d5a93cf",
    "win_amd64": "42d43b6cb7d84a3d4fce8a8a46f0b2c6c8b5d58b3b8062980cbfdb65b559fa8f",
    "win_arm64": "d63f501a95ef74ea6d2004665eb2ae65429d039150f2c2e6bc12efb6e03fd702"
  },
  "0.9.21": {
    "macosx_10_12_x86_64": "1d8e0940bddd37a55f4479d61adaa6b302b780d473f037fc084e48b09a1678e7",
    "macosx_11_0_arm64": "cb420ddab7bcdd12c2352d4b551ced428d104311c0b98ce205675ab5c97072db",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a36d164438a6310c9fceebd041d80f7cffcc63ba80a7c83ee98394fadf2b8545",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f1d22f0ac03635d661e811c69d7c0b292751f90699acc6a1fb1509e17c936474",
    "manylinux_2_28_aarch64": "cdd805909d360ad67640201376c8eb02de08dcf1680a1a81aebd9519daed6023",
    "musllinux_1_1_x86_64": "8da20914d92ba4cc35f071414d3da7365294fc0b7114da8ac2ab3a86c695096f",
    "win_amd64": "64a7bb0e4e6a4c2d98c2d55f42aead7c2df0ceb17d5911d1a42b76228cab4525",
    "win_arm64": "6c13c40966812f6bd6ecb6546e5d3e27e7fe9cefa07018f074f51d703cb29e1c"
  },
  "0.9.22": {
    "macosx_10_12_x86_64": "b78f2605d65c4925631d891dec99b677b05f50c774dedc6ef8968039a5bcfdb0",
    "macosx_11_0_arm64": "2a4155cf7d0231d0adae94257ee10d70c57c2f592207536ddd55d924590a8c15",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "0d8f007616cac5962620252b56a1d8224e9b2de566e78558efe04cc18526d507",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "1f45e1e0f26dd47fa01eb421c54cfd39de10fd52ac0a9d7ae45b92fce7d92b0b",
    "manylinux_2_28_aarch64": "8f73043ade8ff6335e19fe1f4e7425d5e28aec9cafd72d13d5b40bb1cbb85690",
    "musllinux_1_1_x86_64": "e4b61a9c8b8dcbf64e642d2052342d36a46886b8bc3ccc407282962b970101af",
    "win_amd64": "9c238525272506845fe07c0b9088c5e33fcd738e1f49ef49dc3c8112096d2e3a",
    "win_arm64": "012bdc5285a9cdb091ac514b7eb8a707e3b649af5355fe4afb4920bfe1958c00"
  },
  "0.9.23": {
    "macosx_10_12_x86_64": "f5ca37e98ed8a8f7e8b6bb94758981f92e5e996cc3c32b3f718e82405fc4726e",
    "macosx_11_0_arm64": "a4406c03091586fe7a00d7b0d03f5f6b5f73b5a62fd555ccb9ddd5346626dc43",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "afbcb83949b180236024b546ca93a0068336e8b3ccebb28d2721a14bb933dd8c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "645ef5a067340320722b84c2abdd21587bda15be39e7ebf88ae5ace2be6fb192",
    "manylinux_2_28_aarch64": "4c5e4af9ec5450d75807b13d70bd7f57a19bad22dc8a2ddf313bddad5f672ea8",
    "musllinux_1_1_x86_64": "6391fab501516966dca12b14d6008201df47734c0d4b949602af9fc2e110e7e7",
    "win_amd64": "6091a85084ec882db9ebf84503a405a2e20da73fcbb7ad3697668e9f198cb167",
    "win_arm64": "097be29902bb8e58cde8f02f09e0679ac04e9736605d6d8caa2ecb0d0aadb49c"
  },
  "0.9.24": {
    "macosx_10_12_x86_64": "207c8a2d4c4d55589feb63b4be74f6ff6ab92fa81b14a6515007ccec5a868ae0",
    "macosx_11_0_arm64": "44c0b8a78724e4cfa8e9c0266023c70fc792d0b39a5da17f5f847af2b530796b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "841ede01d6dcf1676a21dce05f3647ba171c1d92768a03e8b8b6b7354b34a6d2",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "009cc82cdfc48add6ec13a0c4ffbb788ae2cab53573b4218069ca626721a404b",
    "manylinux_2_28_aarch64": "1914d33e526167dc202ec4a59119c68467b31f7c71dcf8b1077571d091ca3e7c",
    "musllinux_1_1_x86_64": "488a07e59fb417bf86de5630197223b7a0223229e626afc124c26827db78cff8",
    "win_amd64": "8cd626306b415491f839b1a9100da6795c82c44d4cf278dd7ace7a774af89df4",
    "win_arm64": "8d3c0fec7aa17f936a5b258816e856647b21f978a81bcfb2dc8caf2892a4965e"
  },
  "0.9.25": {
    "macosx_10_12_x86_64": "e47a9da2ddd33b5e7efb8068a24de24e24fd0d88a99e0c4a7e2328424783eab8",
    "macosx_11_0_arm64": "79af8c9b885b507a82087e45161a4bda7f2382682867dc95f7e6d22514ac844d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "6ca6bdd3fe4b1730d1e3d10a4ce23b269915a60712379d3318ecea9a4ff861fd",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "642f993d8c74ecd52b192d5f3168433c4efa81b8bb19c5ac97c25f27a44557cb",
    "manylinux_2_28_aarch64": "564b5db5e148670fdbcfd962ee8292c0764c1be0c765f63b620600a3c81087d1",
    "musllinux_1_1_x86_64": "a658e47e54f11dac9b2751fba4ad966a15db46c386497cf51c1c02f656508358",
    "win_amd64": "001629fbc2a955c35f373311591c6952be010a935b0bc6244dc61da108e4593d",
    "win_arm64": "ea26319abf9f5e302af0d230c0f13f02591313e5ffadac34931f963ef4d7833d"
  },
  "0.9.26": {
    "macosx_10_12_x86_64": "b815e3b26eeed00e00f831343daba7a9d99c1506883c189453bb4d215f54faac",
    "macosx_11_0_arm64": "1b012e6c4dfe767f818cbb6f47d02c207c9b0c82fee69a5de6d26ffb26a3ef3c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ea296b700d7c4c27acdfd23ffaef2b0ecdd0aa1b58d942c62ee87df3b30f06ac",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "b7e89798bd3df7dcc4b2b4ac4e2fc11d6b3ff4fe7d764aa3012d664c635e2922",
    "manylinux_2_28_aarch64": "60a66f1783ec4efc87b7e1f9bd66e8fd2de3e3b30d122b31cb1487f63a3ea8b7",
    "musllinux_1_1_x86_64": "25278f9298aa4dade38241a93d036739b0c87278dcfad1ec1f57e803536bfc49",
    "win_amd64": "0315fc321f5644b12118f9928086513363ed9b29d74d99f1539fda1b6b5478ab",
    "win_arm64": "344ff38749b6cd7b7dfdfb382536f168cafe917ae3a5aa78b7a63746ba2a905b"
  },
  "0.9.27": {
    "macosx_10_12_x86_64": "a662a7df5cc781ae7baa65171b5d488d946ea93e61b7bbeda5a24d21a0cd9003",
    "macosx_11_0_arm64": "8f00158023e77600da602c5f1fa97cd8c2eef987d6aba34c16cf04a3e5a932f4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5f2393051ed2023cc7d6ff99e41184b7c7bb7da001bc727cd4bee6da96f4a966",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "79939f7e92d707fb84933509df747d1b88b00d94ebe41f3a1e30916cc33c7307",
    "manylinux_2_28_aarch64": "7e2d4183a0dca7596ea6385e9d5a0a87ada4f71a70aa110e2b22234370b8d8ef",
    "musllinux_1_1_x86_64": "4f534ad701ca3fffac4a8e1df2a36930e6a0cbf4dad52aeabc2c3c9e2cbbe65e",
    "win_amd64": "f961c53f83ae6a01e3ffacc584c91044958bc6db003e803c490e106a79981222",
    "win_arm64": "463327fb343c3085a3333389d6e5908cb48203b327707790c06bdc8f2ca57b95"
  },
  "0.9.28": {
    "macosx_10_12_x86_64": "3fe9aa2822d24f6ecec035a06dfdd1fbed570ed40b83a864e71714bad37ddfd3",
    "macosx_11_0_arm64": "58a36bf623c6d36b3d60d3c76eeb7275199d607938786e927d40ce213980059d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "4d479a1d387b1464ad2c1f960b0b26a9ac1dfba67ea2c6789e9643fe6d1e7b9a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "7b8460a2b624d8ab27cb293a2c9f2393f9efc4e36e0fb886a6c2360e23fb48be",
    "manylinux_2_28_aarch64": "3798c486ec627bbd7ca41fa219e997ad403b1f803371edf5c8e75893e46161ba",
    "musllinux_1_1_x86_64": "cbfa56c833caa37b1f14166327fcaf8aa87290451406921eb07296ffef17fef1",
    "win_amd64": "203ab59710c0c1b3c5ecc684f9cfc9264340a69c8706aaa8aea75415779f0d74",
    "win_arm64": "c29406e1dc6b1b312c478c76b42b9f94b684855a4c001901b5488bab6ccf4ec7"
  },
  "0.9.29": {
    "macosx_10_12_x86_64": "66a5f5c5ecf62f32b8d71383760a422aa9a2a2798cbb6424fb25ccfa8fd53a81",
    "macosx_11_0_arm64": "11aad2d15a9e78551f656886ce604810f872fa2452127216f8ff5d75febae26e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "4f118141a84862b96f4a4f2bf5e2436f65a8b572706861e0d4585f4bc87fdac0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "ae09db1bbdad5c38c508876a5903a322951539146f14c7567448bdcdea67e1fe",
    "manylinux_2_28_aarch64": "aaf650ddf20a6029a59c136eaeade720655c07bfbbd4e7867cc9b6167b0abae9",
    "musllinux_1_1_x86_64": "367cb2a7ab2138b796caf5b402e343ef47f93329ae5d08a05d7bcfeca51b19e7",
    "win_amd64": "b823c17132b851bf452e38f68e5dd39de9b433c39e2cd3aec2a1734b1594c295",
    "win_arm64": "22ab5e68d2d6a283a0a290e9b4a3ce53fef55f6ae197a5f6a58b7f4c605f21c8"
  },
  "0.9.30": {
    "macosx_10_12_x86_64": "6ec38ae29aa83a37c6e50331707eac8ecc90cf2b356d60ea6382a94de14973be",
    "macosx_11_0_arm64": "777ecd117cf1d8d6bb07de8c9b7f6c5f3e802415b926cf059d3423699732eb8c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "93049ba3c41fa2cc38b467cb78ef61b2ddedca34b6be924a5481d7750c8111c6",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "4366dd740ac9ad3ec50a58868a955b032493bb7d7e6ed368289e6ced8bbc70f3",
    "manylinux_2_28_aarch64": "33e50f208e01a0c20b3c5f87d453356a5cbcfd68f19e47a28b274cd45618881c",
    "musllinux_1_1_x86_64": "6dc65c24f5b9cdc78300fa6631368d3106e260bbffa66fb1e831a318374da2df",
    "win_amd64": "88a2190810684830a1ba4bb1cf8fb06b0308988a1589559404259d295260891c",
    "win_arm64": "7fde83a5b5ea027315223c33c30a1ab2f2186910b933d091a1b7652da879e230"
  },
  "0.10.0": {
    "macosx_10_12_x86_64": "a165582c1447691109d49d09dccb065d2a23852ff42bf77824ff169909aa85da",
    "macosx_11_0_arm64": "aefea608971f4f23ac3dac2006afb8eb2b2c1a2514f5fee1fac18e6c45fd70c4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d4b621bcc5d0139502789dc299bae8bf55356d07b95cb4e57e50e2afcc5f43e1",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "82b46db718763bf742e986ebbc7a30ca33648957a0dcad34382970b992f5e900",
    "manylinux_2_28_aarch64": "eb95d28590edd73b8fdd80c27d699c45c52f8305170c6a90b830caf7f36670a4",
    "musllinux_1_1_x86_64": "45909b9a734250da05b10101e0a067e01ffa2d94bbb07de4b501e3cee4ae0ff3",
    "win_amd64": "edd469425cd62bcd8c8cc0226c5f9043a94e37ed869da8268c80fdbfd3e5015e",
    "win_arm64": "e90c509749b3422eebb54057434b7119892330d133b9690a88f8a6b0f3116be3"
  },
  "0.10.1": {
    "macosx_10_12_x86_64": "25c71dd125f1ab8b58a6bd576bd429966b5505f1011359cea84d30cb8aca5ea5",
    "macosx_11_0_arm64": "f402bc18c28098aaab0ae8803d44cafe791b73a0e71f6011ea8e985785399f1f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "0afe5dc5074df0352f42afa37bfebee8e1d62c0ed59dbfecc5f4c69e7ee3d5bb",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "56c12c14888b9ba51bb34297cfb5b767637455c2aaee3a4afd8d9ad65a2cf048",
    "manylinux_2_28_aarch64": "1627388fec50bd1f56c2f9708f654c508dbb533104de8a276b80c6d023521d66",
    "musllinux_1_1_x86_64": "9ba3c40140cb4f71c09249f1d90fab2d764626170a16985299b5bd3285a69fb7",
    "win_amd64": "92525305795d7dd134e66743d368d252ff94e3d84ae7525ec284116a231a6d4b",
    "win_arm64": "7ef720d1755809a1a19e31c0925317925cb2b11f5ad8e9f918794f2288b188a6"
  },
  "0.10.2": {
    "macosx_10_12_x86_64": "0b7eef95c36fe92e7aac399c0dce555474432cbfeaaa23975ed83a63923f78fd",
    "macosx_11_0_arm64": "acc08e420abab21de987151059991e3f04bc7f4044d94ca58b5dd547995b4843",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "aefbcd749ab2ad48bb533ec028607607f7b03be11c83ea152dbb847226cd6285",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "937687df0380d636ceafcb728cf6357f0432588e721892128985417b283c3b54",
    "manylinux_2_28_aarch64": "f90bca8703ae66bccfcfb7313b4b697a496c4d3df662f4a1a2696a6320c47598",
    "musllinux_1_1_x86_64": "6ec75cfe638b316b329474aa798c3988e5946ead4d9e977fe4dc6fc2ea3e0b8b",
    "win_amd64": "7b3685aa1da15acbe080b4cba8684afbb6baf11c9b04d4d4b347cc18b7b9cfa0",
    "win_arm64": "abdd5b3c6b871b17bf852a90346eb7af881345706554fd082346b000a9393afd"
  },
  "0.10.3": {
    "macosx_10_12_x86_64": "815717d3ed409ca7573d3f95125d6bcec6978d2236bddad7bc123ac12dc6cfbb",
    "macosx_11_0_arm64": "52241dbefdc1be57aaa37171d27372252d64f3347a5df9e5b8ee3de49207f6ff",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "4c5dbc7071c7f18ddf8e445ca59e2f4e4f34872ddffcb971c0ec2d0aee959b3e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f8daf6530d6496da799dd53a4bfafe138b412a714ea0bff34472c1267229054c",
    "manylinux_2_28_aarch64": "d930818bfa78976d68dac888123e6dda8e6fc506f0baf5058d8b4e7f514c8e17",
    "musllinux_1_1_x86_64": "037d93c77acb344ef28eac9ab554e5c237452b90ca4869830104397f2fb798a1",
    "win_amd64": "4f2fa16083b6c5277f81c5b3ea4bf12e25e6d16c2a71c3c794506bd080c5afe6",
    "win_arm64": "f86596b464d6fb7951890708fdb907744cbd326464d6a5326919a6859eaefca2"
  },
  "0.10.4": {
    "macosx_10_12_x86_64": "44dd91ef224cfce2203716ecf244c3d3641269d1c99996aab852248caf2aeba4",
    "macosx_11_0_arm64": "751959135a62f006ef51f3fcc5d02ec67986defa0424d470cce0918eede36a55",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c184891b496c5fa04a7e1396d7f1953f52c97a5635636330854ab68f9e8ec212",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "82978155e571f2ac3dd57077bd746bfe41b65fa19accc3c92d1f09632cd36c63",
    "manylinux_2_28_aarch64": "8437e56a7d0f8ecd7421e8b84024dd8153179b8f1371ca1bd66b79fa7fb4c2c1",
    "musllinux_1_1_x86_64": "7d514b30877fda6e83874ccbd1379e0249cfa064511c5858433edcf697d0d4e3",
    "win_amd64": "4a1c595cf692fa611019a7ad9bf4b0757fccd0a3f838ca05e53db82912ddaa39",
    "win_arm64": "28c59a02d7a648b75a9c2ea735773d9d357a1eee773b78593c275b0bef1a4b73"
  },
  "0.10.5": {
    "macosx_10_12_x86_64": "63435e86321993dd5d90f440524f3f1b874b34aab30b7bf6752b48497117bfc4",
    "macosx_11_0_arm64": "2cec424513140aa179d1c4decfcf86201497df7bc5674c13a20882d3b2837c7e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "3aa708beef7fab912d115ba1ccaad383a7006dc1a8e5ecdd9656574188221a84",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a8acf9be268ce2fc2c16117b5884f0724498d7191f8db2d12d8a7c7482652d38",
    "manylinux_2_28_aarch64": "0fbd426d2c215098cd8e08dfa36ad0a313ebe5eb90107ab7b3b8d5563b9b0c03",
    "musllinux_1_1_x86_64": "515042b1f4a05396496a3db9ffc338b2f8f7bb39214fdbcb425b0462630f9270",
    "win_amd64": "4924af9facedde12eba2190463d84a4940062a875322e29ef59c8f447951e5c7",
    "win_arm64": "43445370bb0729917b9a61d18bc3aec4e55c12e86463e6c4536fafde4d4da9e0"
  },
  "0.10.6": {
    "macosx_10_12_x86_64": "a1d9873eb26cbef9138f8c52525bc3fd63be2d0695344cdcf84f0dc2838a6844",
    "macosx_11_0_arm64": "5a62cdf5ba356dcc792b960e744d67056b0e6d778ce7381e1d78182357bd82e8",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b70a04d51e2239b3aee0e4d4ed9af18c910360155953017cecded5c529588e65",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f27f2d135d4533f88537ecd254c72dfd25311d912da8649d15804284d70adb93",
    "manylinux_2_28_aarch64": "dd993ec2bf5303a170946342955509559763cf8dcfe334ec7bb9f115a0f86021",
    "musllinux_1_1_x86_64": "33e5362039bfa91599df0b7487854440ffef1386ac681ec392d9748177fb1d43",
    "win_amd64": "ecded4d21834b21002bc6e9a2628d21f5c8417fd77a5db14250f1101bcb69dac",
    "win_arm64": "4b5688625fc48565418c56a5cd6c8c32020dbb7c6fb7d10864c2d2c93c508302"
  },
  "0.10.7": {
    "macosx_10_12_x86_64": "3b7db0cab77232a7c8856062904fc3b9db22383f1dec7e97a9588fb6c8470f6a",
    "macosx_11_0_arm64": "d872d2ff9c9dfba989b5f05f599715bc0f19b94cd0dbf8ae4ad22f8879a66c8c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d9b40d03693efda80a41e5d18ac997efdf1094b27fb75471c1a8f51a9ebeffb3",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "89de2504407dcf04aece914c6ca3b9d8e60cf9ff39a13031c1df1f7c040cea81",
    "manylinux_2_28_aarch64": "9945de1d11c4a5ad77e9c4f36f8b5f9e7c9c3c32999b8bc0e7e579145c3b641c",
    "musllinux_1_1_x86_64": "eba438899010522812d3497af586e6eedc94fa2b0ced028f51812f0c10aafb30",
    "win_amd64": "ad0d0ddd9f5407ad8699e3b20fe6c18406cd606336743e246b16914801cfd8b0",
    "win_arm64": "edf732de80c1a9701180ef8c7a2fa926a995712e4a34ae8c025e090f797c2e0b"
  },
  "0.10.8": {
    "macosx_10_12_x86_64": "d1315c3901c5859aec2c5b4a17da4c5410d17f6890890f9f1a31f25aa0fa9ace",
    "macosx_11_0_arm64": "a253e5d2cae9e02654de31918b610dfc8f1f16a33f34046603757820bc45ee1b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "57a24e15fd9dd4a36bcec2ccbe4b26d2a172c109e954a8940f5e8a8b965dae74",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "11dc790f732dc5fee61f0f6bd998fc2e9c200df1082245604ac091c32c23a523",
    "manylinux_2_28_aarch64": "e26f8c35684face38db814d452dd1a2181152dbf7f7b2de1f547e6ba0c378d67",
    "musllinux_1_1_x86_64": "73a8c1a1fceac73cd983dcc0a64f4f94f5fd1e5428681a5a76132574264504fb",
    "win_amd64": "1e63015284ed28c2112717256c328513215fb966a57c5870788eac2e8f949f28",
    "win_arm64": "a80284f46b6f2e0b3d03eb7c2d43e17139a4ec313e8b9f56a71efafc996804cb"
  },
  "0.10.9": {
    "macosx_10_12_x86_64": "880dd4cffe4bd184e8871ddf4c7d3c3b042e1f16d2682310644aa8d61eaea3e6",
    "macosx_11_0_arm64": "a7a784254380552398a6baf4149faf5b31a4003275f685c28421cf8197178a08",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5ea0e8598fa012cfa4480ecad4d112bc70f514157c3cc1555a7611c7b6b1ab0a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "7c9d6deb30edbc22123be75479f99fb476613eaf38a8034c0e98bba24a344179",
    "manylinux_2_28_aarch64": "24b1ce6d626e06c4582946b6af07b08a032fcccd81fe54c3db3ed2d1c63a97dc",
    "musllinux_1_1_x86_64": "842c39c19d9072f1ad53c71bb4ecd1c9caa311d5de9d19e09a636274a6c95e2e",
    "win_amd64": "af79552276d8bd622048ab2d67ec22120a6af64d83963c46b1482218c27b571f",
    "win_arm64": "47e18a0521d76293d4f60d129f520b18bddf1976b4a47b50f0fcb04fb6a9d40f"
  },
  "0.10.10": {
    "macosx_10_12_x86_64": "ee47b5bc1b8ccd246a3801611b2b71c8107db3a2b528e64463d737fd8e4f2798",
    "macosx_11_0_arm64": "009a4c534e83bada52c8e2cccea6250e3486d01d609e4eb874cd302e2e534269",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5dd85cc8ff9fa967c02c3edbf2b77d54b56bedcb56b323edec0df101f37f26e2",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "e42e9e4a196ef75d1089715574eb1fe9bb62d390da05c6c8b36650a4de23d59f",
    "manylinux_2_28_aarch64": "fbd827042dbdcadeb5e3418bee73ded9feb5ead8edac23e6e1b5dadb5a90f8b2",
    "musllinux_1_1_x86_64": "4f9fd7f62df91c2d91c02e2039d4c5bad825077d04ebd27af8ea35a8cc736daf",
    "win_amd64": "3da90c197e8e9f5d49862556fa9f4a9dd5b8617c0bbcc88585664e777209a315",
    "win_arm64": "3873b965d62b282ab51e328f4b15a760b32b11a7231dc3fe658fa11d98f20136"
  },
  "0.10.11": {
    "macosx_10_12_x86_64": "0972e20cccebc109f64d56165a9a1e8008051255d6c807e1b85f6ad29d5911e8",
    "macosx_11_0_arm64": "77c95cb5ae27a9e317819e32f1e480ee3a2d5e010bc701a11a64ab03cd04ff8e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "100181c4cefcb3619003d8dc74792abfbd62b7ea3efe16084428ca441975d8ad",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a0b807dcb997f44f9bbe3e8b99429a07d7c4b6e7bee39573d92c3a84170f18cf",
    "manylinux_2_28_aarch64": "10030c66c1cf82da822d31c4fe1af602ffa678ab1769aeb056c59d637fd0e0ea",
    "musllinux_1_1_x86_64": "b776c6b18a0ed1602bc47f74848ffb5684f380c8333ecb25e5deee9f4a36b6e7",
    "win_amd64": "2a2663b6e02890aa3f57e14166d5dad67249208cdc0d4d3623915b437a7b0524",
    "win_arm64": "68de2dad3674a9647a2da7d01ac35a276886e7723e855393a8a95cb12c9e3dcf"
  },
  "0.10.12": {
    "macosx_10_12_x86_64": "e0f0ef58f0ba6fbfaf5f91b67aad6852252c49b8f78015a2a5800cf74c7538d5",
    "macosx_11_0_arm64": "551f799d53e397843b6cde7e3c61de716fb487da512a21a954b7d0cbc06967e0",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a5afe619e8a861fe4d49df8e10d2c6963de0dac6b79350c4832bf3366c8496cf",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "101481a1f48db6becf219914a591a588c0b3bfd05bef90768a5d04972bd6455e",
    "manylinux_2_28_aarch64": "384b7f36a1ae50efe5f50fe299f276a83bf7acc8b7147517f34e27103270f016",
    "musllinux_1_1_x86_64": "b9ca1d264059cb016c853ebbc4f21c72d983e0f347c927ca29e283aec2f596cf",
    "win_amd64": "76ebe11572409dfbe20ec25a823f9bc8781400ece5356aa33ec44903af7ec316",
    "win_arm64": "6727e3a0208059cd4d621684e580d5e254322dacbd806e0d218360abd0d48a68"
  },
  "0.11.0": {
    "macosx_10_12_x86_64": "130f5dd799e8f50ab5c1cdc51b044bb990330d99807c406d37f0b09b3fdf85fe",
    "macosx_11_0_arm64": "4b0ebbd7ae019ea9fc4bff6a07d0c1e1d6784d1842bbdcb941982d30e2391972",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "50f3d0c4902558a2a06afb4666e6808510879fb52b0d8cc7be36e509d890fd88",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "30a08ee4291580784a5e276a1cbec8830994dba2ed5c94d878cce8b2121367cf",
    "manylinux_2_28_aarch64": "fb45be97641214df78647443e8fa0236deeef4c7995f2e3df55879b0bc42d71d",
    "musllinux_1_1_x86_64": "7cbcf306d71d84855972a24a760d33f44898ac5e94b680de62cd28e30d91b69a",
    "win_amd64": "7e16194cf933c9803478f83fb140cefe76cd37fc0d9918d922f6f6fbc6ca7297",
    "win_arm64": "1960ae9c73d782a73b82e28e5f735b269743d18a467b3f14ec35b614435a2aef"
  },
  "0.11.1": {
    "macosx_10_12_x86_64": "c2133b0532af0217bf252d981bded8bff0c770f174f91f20655f88705f28c03f",
    "macosx_11_0_arm64": "1a7b74e5a15b9bc6e61ce807adeca5a2807f557d3f06a5586de1da309d844c1d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "fb1f32ec6c7dffb7ae71afaf6bf1defca0bd20a73a25e61226210c0a3e8bb13d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "41ccc438dbb905240a3630265feb25be1bda61656ec7c32682a83648a686f4aa",
    "manylinux_2_28_aarch64": "44f528ba3d66321cea829770982cccb14af142203e4e19d00ff0c23b28e3cd33",
    "musllinux_1_1_x86_64": "57d38e8b6f6937e1521da568adf846bb89439c73e146e89a8ab2cfe7bb15657a",
    "win_amd64": "d6a1c4cdb1064e9ceaa59e89a7489dd196222a0b90cfb77ca37a909b5e024ea0",
    "win_arm64": "3bc9632033c7a280342f9b304bd12eccb47d6965d50ea9ee57ecfaf4f1f393c4"
  },
  "0.11.2": {
    "macosx_10_12_x86_64": "00054a0041c25b3ec3d0f4f6221d3cbfda32e70f7d1c60bee36f1a9736f47b68",
    "macosx_11_0_arm64": "89972042233c90adf8b8150ec164444a4df41938739e5736773ac00870840887",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "e1f98621b3ffd5dd40bec12bd716e67aec552a7978c7753b709206d7a0e4f93f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "be4bb136bbc8840ede58663e8ba5a9bbf3b5376f7f933f915df28d4078bb9095",
    "manylinux_2_28_aarch64": "fea7efc97f9fcfb345e588c71fa56250c0db8c2bfd8d4e2cd4d21e1308c4e6ac",
    "musllinux_1_1_x86_64": "00cbf1829e158b053b0bdc675d9f9c13700b29be90a9bad966cc9b586c01265b",
    "win_amd64": "d4dbcecf6daca8605f46fba232f49e9b49d06ebe3b9cba5e59e608c5be03890e",
    "win_arm64": "e5b8570e88af5073ce5aa5df4866484e69035a6e66caab8a5c51a988a989a467"
  },
  "0.11.3": {
    "macosx_10_12_x86_64": "d2b3b0fa1693880ca354755c216ae1c65dd938a4f1a24374d0c3f4b9538e0ee6",
    "macosx_11_0_arm64": "71f5d0b9e73daa5d8a7e2db3fa2e22a4537d24bb4fe78130db797280280d4edc",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "55ba578752f29a3f2b22879b22a162edad1454e3216f3ca4694fdbd4093a6822",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0fde893b5ab9f6997fe357138e794bac09d144328052519fbbe2e6f72145e457",
    "manylinux_2_28_aarch64": "45006bcd9e8718248a23ab81448a5beb46a72a9dd508e3212d6f3b8c63aeb88a",
    "musllinux_1_1_x86_64": "ebccdcdebd2b288925f0f7c18c39705dc783175952eacaf94912b01d3b381b86",
    "win_amd64": "68fda574f2e5e7536a2b747dcea88329a71aad7222317e8f4717d0af8f99fbd4",
    "win_arm64": "92ffc4d521ab2c4738ef05d8ef26f2750e26d31f3ad5611cdfefc52445be9ace"
  },
  "0.11.4": {
    "macosx_10_12_x86_64": "8a00c61cfc77cea82c65ece08a7e57bdde7e228c6f24cb9f7b1ea3ad1fc5393b",
    "macosx_11_0_arm64": "b18e0c5731ff92ea71edb62ec31f5e223f121ba94a954a1869f18d3f138c2585",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5220b3ccbbd87da9be16d8b2dfdc946e0b0380005cc81371ccb03680f3dc7676",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a599dd5f563da775ca9ab9385a3d9b14f02de3c85c7ce7b41ec27996f03b137c",
    "manylinux_2_28_aarch64": "23bc14dff7c12fab97656361ccc07049c9ca2cfb0968d17978f34d70b8ab0b01",
    "musllinux_1_1_x86_64": "dbcbaf51366e644a3b88f8f35b32cb456a0946177ed065641f0080e506d4abd8",
    "win_amd64": "b2a5273967f6534ad6343ba0404e453c5fd4048de93b4a198f41dcf8e990fdd1",
    "win_arm64": "7f43da80450997499211752c5e7b58d9f12355214820a87f698b146330c661b4"
  },
  "0.11.5": {
    "macosx_10_12_x86_64": "f92fd58727bcf12615e4322006a0590f4375fced6529052e7c13a81f4636846c",
    "macosx_11_0_arm64": "1e34d016099248ec2be4e890a71c05a225ab256ba815571eff60bbbf709410e2",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "8fb1b7cedbe6e6f60e08cdd7aa64dcbd29ae4712089fbaab15dc2a8e8f243c4f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8d0e40e5216714c8f5a502b27282c5f0bbf7994ae4d09fb09a728a2fe8f74799",
    "manylinux_2_28_aarch64": "eeadc114cc6c076f93526e89f70323865568f2b46c3209d731e7e6496ad5bc31",
    "musllinux_1_1_x86_64": "007177234bf6e3f4e22e12b9a72764adb316fe76883c4a766c6d4a887d0bc252",
    "win_amd64": "d0c0bc72f40daffe52d4479027bc37e80ed573f3ded59c5b1acd550a78ac8ebb",
    "win_arm64": "b6a32bf1221cb5d25a7a3c4b4e49f3291d04574b6c2f22d11707294737db722d"
  },
  "0.11.6": {
    "macosx_10_12_x86_64": "5be013888420f96879c6e0d3081e7bcf51b539b034a01777041934457dfbedf3",
    "macosx_11_0_arm64": "ffa5dc1cbb52bdce3b8447e83d1601a57ad4da6b523d77d4b47366db8b1ceb18",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "bfb107b4dade1d2c9e572992b06992d51dd5f2136eb8ceee9e62dd124289e825",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0b096311b2743b228df911a19532b3f18fa420bf9530547aecd6a8e04bbfaccd",
    "manylinux_2_28_aarch64": "904d537b4a6e798015b4a64ff5622023bd4601b43b6cd1e5f423d63471f5e948",
    "musllinux_1_1_x86_64": "d2a1d2089afdf117ad19a4c1dd36b8189c00ae1ad4135d3bfbfced82342595cf",
    "win_amd64": "a28bea69c1186303d1200f155c7a28c449f8a4431e458fcf89360cc7ef546e40",
    "win_arm64": "a78f6d64b9950e24061bc7ec7f15ff8089ad7f5a976e7b65fcadce58fe02f613"
  },
  "0.11.7": {
    "macosx_10_12_x86_64": "8b2fe1ec6775dad10183e3fdce430a5b37b7857d49763c884f3a67eaa8ca6f8a",
    "macosx_11_0_arm64": "162fa961a9a081dcea6e889c79f738a5ae56507047e4672964972e33c301bea9",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5985a15a92bd9a170fc1947abb1fbc3e9828c5a430ad85b5bed8356c20b67a71",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "4e4d5e31bea86e1b6e0f5a0f95e14e80018e6f6c0129256d2915a4b3d793644d",
    "manylinux_2_28_aarch64": "ceae53b202ea92bc954759bc7c7570cdcd5c3512fce15701198c19fd2dfb8605",
    "musllinux_1_1_x86_64": "0df59ab0c6a4b14a763e8445e1c303af9abeb53cdfa4428daf9ff9642c0a3cce",
    "win_amd64": "5674dfb5944513f4b3735b05c2deba6b1b01151f46729d533d413a9a905f8c5d",
    "win_arm64": "6158b7e39464f1aa1e040daa0186cae4749a78b5cd80ac769f32ca711b8976b1"
  },
  "0.11.8": {
    "macosx_10_12_x86_64": "d414fc3795b6f56fb6b1fa359537930924fdfe857750a144d2aedf3077be3f1d",
    "macosx_11_0_arm64": "f0d402e182ab581e934c159cc9edf25ec6e08d32f29aa797980e949afefc87cd",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "877c9af3b3955a35ef739e5b2ba79c56dae5c4d50420a7ed908c0901e1c8c807",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d97bb2920d6cddc07faa475013461294cc09b77ec8139278416c6e54b938d037",
    "manylinux_2_28_aarch64": "fb6a755305eb1e081dfe6a8bc007dbae2d26fe75e551656ca7c9cd08fba21d26",
    "musllinux_1_1_x86_64": "0172b5215544844cd3db0fa3c73a2eb74999b3f00cd2527dde578725076d7b65",
    "win_amd64": "306c624c68d95dd7ea3647675323d72c1abc25f91c3e92ae4cd6f0f11b508726",
    "win_arm64": "a9853456696d579f206135c9dda7227a6ed8311b8a9a0b9b2008c4ae81950efe"
  },
  "0.11.9": {
    "macosx_10_12_x86_64": "cdc6970be26c02f4f4e4d126f8938f118f1068d6e20533af8b360e4aaa07eca7",
    "macosx_11_0_arm64": "9fb549e1de544596e840e076a7f09a40e50303ba5d70d4ead12f866638d9a1b0",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "76fece22e397eae133397a5dd322418d007253ff6a01e070cb4ab660a21b4f84",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a712094efd1304d6b3657b1b6211ba1bfd11563a7a44b3ec3965bcb48b0f182b",
    "manylinux_2_28_aarch64": "9b3bf17f6e33fd74078437e01dbfbd3c08623ff4b9f16f34be2c5b5f2682ce16",
    "musllinux_1_1_x86_64": "64eb69a88fe1c6c21b2bebf69a7cfd25b1fd02346f0c1213cef49a61375761cf",
    "win_amd64": "8ba2f50cfe6a1b22b9caaab4e500fdcb90002be26e5cb371f8aee08f24a13426",
    "win_arm64": "8aa8a3b14883dc2fd618c79cf1506077dd8fe08335a846f8679a8e70dd16eb30"
  },
  "0.11.10": {
    "macosx_10_12_x86_64": "7f61d75508075576ebfd8c17dc96e63276a5d8f7f2c5a969e8fe529d9685816b",
    "macosx_11_0_arm64": "adaae647da800b6ffe8a3d5a9c098704228dd001834f7e113107e5fd02b56df6",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "12ace874453eb3a80af4684f72719751127443be75d1422e4a068a5758142f1b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a16c1fced229b82403411378182e08a86f814a9f15a281e558cf2f0d02fc4c99",
    "manylinux_2_28_aarch64": "700ef6a0504ea98592b7bebd1196ad2f4c84be834c913e3cbd4f1411a814b40b",
    "musllinux_1_1_x86_64": "6d3892056347d3e2b7734df2fb194568599cc4b1bce36a99ade75c8458e4d1d0",
    "win_amd64": "97172796ae0cdc9a83f429f24860029d2707cef65c213d0dd7e9a9284ad20b7b",
    "win_arm64": "cb13c696fccd6e44e25bcf5d3b8b1661d963ae4ef8fbdead4cef17fdbb580aa7"
  },
  "0.11.11": {
    "macosx_10_12_x86_64": "92817f276758e41b4160fcb6d457ebd9f228f0473efe3808891164f326fdea38",
    "macosx_11_0_arm64": "6eec6ad051e6e5d922cd547b9f7b09a7f821597ae01900a6f01b0a01317e5fd0",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1d227bb53b701e533f0aa074dd145a6fa31492dc7d6d57a6e72a700b9a4a1991",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d5b9f31dab557b5ee4257d8c6ba2608a63c7278537cb0cd102cf6fc518e3fb5c",
    "manylinux_2_28_aarch64": "8e8faf2e5b3517155fd18e509b19b21135247d43b7fb9a8d61a44a53118d5ab7",
    "musllinux_1_1_x86_64": "505a31f2c30fa9e83b1853cab06c5b92e66341c914c6f20f3878903aa09a6f34",
    "win_amd64": "36412b13f6287304789abdf40122d268cee548fce3573e07d148a29370181421",
    "win_arm64": "011f42faf5d267a6681ea77e3f236f275cb4490efeecb9599de74dc7ad7df8f6"
  },
  "0.11.12": {
    "macosx_10_12_x86_64": "6cf0cc4e5a83c1e1a6894631c317c6bd674b760712a0d106133d115b6fa451d8",
    "macosx_11_0_arm64": "df25f369365aea90b768d396baf49ea62ab9e9d99a790a7f6643c8a72c390a28",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "3187c205a82f4ff3b29447483a355f3ddd740a3f5e0128db3bb5c416adacd569",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a4d328e49a5104932677df064321cb2ac79e13fa81303593d673de2395ff6f95",
    "manylinux_2_28_aarch64": "81977a8a86346775cca24c94dcd498e4bbbcdf5c6fd60b1f2922fcab2208e653",
    "musllinux_1_1_x86_64": "97d4653fc4fc519de7cd5d468f819b62b73b0243f9428835cf2d3758750e4563",
    "win_amd64": "8c0d17c5a6c9519244271b5e454b8748127bb848b6bb30250c417ac7405de28e",
    "win_arm64": "b5ef4274fae91700e9a010c8a904f36c3ad1253e6880f54aa5a6e1d6321b4117"
  },
  "0.11.13": {
    "macosx_10_12_x86_64": "72ad50ae5ce446f6887be842adffd1770b8e138caccc972f333915e524b323ac",
    "macosx_11_0_arm64": "e5913805ee60b4e331dd7322ae95e18ceb110f6a5baae608d71a532ed1115e75",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "eb4fe81624bc92894c59aaf88a57cb1fcaf7da95dc3cf2ef1ed86847f0a7e9f6",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "e23ddb47f7a317979cf1945cf9ed89d2639f60f7d06164f9ff1ad292c4cc5b3c",
    "manylinux_2_28_aarch64": "00efc945dd0392d7ac571cde402936e13ffba855121de79f42b3de9ee2f6a69a",
    "musllinux_1_1_x86_64": "bf067fc357e1f75783c343e731c3bf4f8ca531917eafd6d9f18cd477ddaee158",
    "win_amd64": "974ec55646a7e680f91cdf4f77fbc6e2a71157240cd0efa387d458709b63ab04",
    "win_arm64": "35aaca82115b8dc747f22b8c76b1026e707f4c9a59fe39ab3c21be111a65fa44"
  },
  "0.11.14": {
    "macosx_10_12_x86_64": "078f2e63da89c8fcf6d578f02156045c5990c57d76464aab3f3f798d3fff95cd",
    "macosx_11_0_arm64": "dcdad43d52c130e3159e84ab1844e04d819d2c4a2495a687d27f80d560a3650e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "9923da7c63d70de9fe71829503d7e7ebfd6304e804d7232aad5f716e190db25b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "379e64b236cf55f762a8308d7efe4365d5296ba29f3a4868761bc45b4e915a71",
    "manylinux_2_28_aarch64": "29c12a562441fc2d604e6920c558cacce74a55f889468708683a79b35a6e18a1",
    "musllinux_1_1_x86_64": "e54326703f1eca83a6fd73275e0f398b16b7d3f81531bf58899c2869bc403f6c",
    "win_amd64": "f0a8b58b38e984241bca5d7a5a47bf9ffe1ca2ab392a640887db8a04c4a9ec95",
    "win_arm64": "6a13e7e064563050c6606b3fd77091d427cdbdc5938b6f134baf8d8ec79bfdb7"
  },
  "0.11.15": {
    "macosx_10_12_x86_64": "b6cae61f737be075b90be9e3f07d961072aed7019f4c9b8ed5c5d41c4d6cade3",
    "macosx_11_0_arm64": "9accae33619a9166e5c48531deb455d672cfb89f9357a00975e669c76b0bd49f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c0cf52cd6d50bb9e05e2d968f45f80761107e4cbc8d4a26d9758f9d8274aaec1",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "98edf1bdaf82447014852051d93e3ee95012509c567bf057fd117e6bdbd9a807",
    "manylinux_2_28_aarch64": "be8f76d25bcf4c92bb384240ac1bf9aa7f51063d0bdeca4c9cf0ec3ed8b145e0",
    "musllinux_1_1_x86_64": "e3b68f8bf1a4568710f77e5bda9182ce7682811d89a8e7468c22460e032b234d",
    "win_amd64": "cc3915ab291a1ecaf31de05f5d8bd70d09c66fe9911a53f70d9efa62ff0dbd8a",
    "win_arm64": "4f39426a13dee24897aed60c4b98058c66f18bd983885ac5f4a54a04b24fbddf"
  },
  "0.11.16": {
    "macosx_10_12_x86_64": "01172238a75e42a5a55d12555cd9ec98bee24249f3645b98a4b32eb5f1ff5e43",
    "macosx_11_0_arm64": "c75f9b5bac49b97131973910c220feac60fe47b10a333941b237ff0ae4b36721",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a801484f4507b6c2133e557350f3143b61b8f8b61dddb01ff7b84a74cdfab1fb",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9b10086165189c39c53142a0e2f34e0b8889ef681886f589ed17be45a1a774c7",
    "manylinux_2_28_aarch64": "cfe1f06fb8f135a735a961065d5ee90f99cccf41749fb1f964edb5b3c3dae19b",
    "musllinux_1_1_x86_64": "746edfc9d1d8cd03dd58739989f634d3580648048d09f81a9c68da74c4eb9d62",
    "win_amd64": "e901aafa5007beffafe57bfa44e5e248d99fb5d97036a3718fd65cf9723c5cd3",
    "win_arm64": "d777cb29661cdfa7f90dae77406c85fb5b729bf8bc13941dc237958a1ea1ba00"
  },
  "0.11.17": {
    "macosx_10_12_x86_64": "6d1a033cc68cabb4141d6c1e3b66ffc6e970b98ba42e210f33270251e0bd8697",
    "macosx_11_0_arm64": "58c07ffc272c847d29cd98ca5082fa4304a645f87c718ec900e3cca9026bd096",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "036d6e2940afe8b79637530b01b9241d8cfd174b07f1179a1ebbd42409c38ca3",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9da839e5a491c9a701d7d327a199cafc76ac27a03ac84fd2a8d4bf32c3af2448",
    "manylinux_2_28_aarch64": "ec004b3c9bf9cb7756067ad1bd0bf64eb843e6fa2edbfbb3135ee152c14cea91",
    "musllinux_1_1_x86_64": "2ccd5487a4a192bc832ea04c867a26883757db8fdfe88bed85d8129c82f9e505",
    "win_amd64": "44ec1fe3af839f87370dcf0400c0cab917cc1ce697d563e860fc7d9ed72655e7",
    "win_arm64": "37c915bfcf86f99c1c5be7c9ed21e0d80624067ba47bc8916a3cb0530bc94d27"
  },
  "0.11.18": {
    "macosx_10_12_x86_64": "90685bda9e15600ae9a2a10c326008a69f28d8652555a2e760e1493e4b1ae7b5",
    "macosx_11_0_arm64": "0571ec649f25e2cca9eb994637aa1ae27ab3db58f87c5a9b5f9776d5d7cd2298",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5df2b2a59f1ee4392066df24ef9904b3bbdc226e8ab9bdff8e290127fcddc3a3",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9a4ee93dd0cc86046eb234ff8f3a5090c6cbb1466a825c5201aaf4ee4b45158d",
    "manylinux_2_28_aarch64": "57f4e2dea12cac7749628bc87eb66d3aaa5c3ed27420598899d6d82aee4d1b0d",
    "musllinux_1_1_x86_64": "6e461d64cdc957da38fec9946758020ee3a66b4508f76cb940a866f704b20355",
    "win_amd64": "cbbedeb5fefd8c346fe2e1d71af229c04ece00a23ce277e9664db088d35c4f67",
    "win_arm64": "c9f61f96aa88ec1a890a50ca45fc05b51f4f066699e001245199895844708e38"
  },
  "0.11.19": {
    "macosx_10_12_x86_64": "a98495b9dd67287d8c1a0786f98cb037a50f0ee6c3d648572edaa7137aabc277",
    "macosx_11_0_arm64": "7fdd881cd6d80782afcf8c1d446dd15a42985167fd812b763d38ba1e4a8d944d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "7222f45b5541551057bfc2e3021f113800704f665c119fdf3ea700c6c4859b21",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "731d9fab8db5d41590af64236d03f8069c8da665fd0f9493b85985f19c86cd90",
    "manylinux_2_28_aarch64": "301fd78309fc545c2cec2bfcc61a6bbdde876856c6d2041502737cf44085c178",
    "musllinux_1_1_x86_64": "28b0d612a766eb25756dbaa315433b726e93affa467d29a2682cc317547952ba",
    "win_amd64": "480fc34a8d0967af6a90b3f99a6e5687cd5c6e29528de96bec04d6e305a59363",
    "win_arm64": "50e4d4796ca1a6da359a4f723a0fea86640c381d3ff4fa759a41badd7cb52dee"
  },
  "0.11.20": {
    "macosx_10_12_x86_64": "f3bacc52778775cef671867ddab744b50c4183bc3cd6419a5fb4eb01a02f9526",
    "macosx_11_0_arm64": "c9f2062096e146b351fd5da3cd43e15a5c43bfa37166c509d884dab3dbb72f03",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "8fe143572a1f02d536c4e9c6994f0c89d9fa58ff6e5d91de55f61660658c694b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "61588768f04a24b0b4d87b43f03b4521ba66d5eec3ab1aca37cb59b1d52337db",
    "manylinux_2_28_aarch64": "2d307d47b1a0cf8f76aa69bde850be407bca9482c13cff066142e586a5c57e77",
    "musllinux_1_1_x86_64": "37ca61eddb940d1c698fce46d63789adfda3033344dabab0e18e2958e1a69771",
    "win_amd64": "4836044213bb23a3be1f5550db340d3a19babe1dfc3ca1313544e8b614085ce9",
    "win_arm64": "442ae26f47bf6e58b072e99dbfd6d5296ab90308574b2c02adff1dace051008d"
  },
  "0.11.21": {
    "macosx_10_12_x86_64": "88d8283f6ea9f0cdbb7717e6e08e916c32a8b8b7e11c72fcc6426a4c4eeb89e0",
    "macosx_11_0_arm64": "9c11169a049ec8bf9ddc6a9f55fba9a240942ec8005faaaf4393f00ff7a4c16e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "00193e4e077c27ee3d66da356744dbf0b3aa59356dfbd9a9efb1dc8469af8ad7",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "b9ecdefa81db7e966d1655988cad6f840316228381dd69131ebc4ae9362bbccd",
    "manylinux_2_28_aarch64": "4ed98ff3165bf7b339692d0df918b87e6d36eb0bed5183466330d27d5730d57b",
    "musllinux_1_1_x86_64": "88668a27959df9188ff72b0314f6b14f6acf6090964bb0748974239183ecb51c",
    "win_amd64": "d956ba9470d5267cc0ea3d7572cac3bf045bc78adad5b031b5558c6df13d2e19",
    "win_arm64": "f64a851e429e6afb96f3a0b688995757ed3697bf1078509e2da8220ffc9805cd"
  },
  "0.11.22": {
    "macosx_10_12_x86_64": "dc801e7285484645d2c65d2709d5e2838f91f0d9b38014a962b3e6d8b332e5cb",
    "macosx_11_0_arm64": "15f176a6a608775ba25f4b990bed145e8c9db41c6158b4e153d796e63f5ed24b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d4e9ed5538a23fc20b98e5a1813e56c80cf34ce19fdf3a7ec53dc6c2d2ff315f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "daaa65c5246e70e934df970aee04454c120f11bab09ce2634c5184bf1f16fe61",
    "manylinux_2_28_aarch64": "5ec90d63a9f5f9894a8334612365daa2aba185f80ef530696afce23c1a18b711",
    "musllinux_1_1_x86_64": "1d217d13c83c6d108d216e65c1c278e31d4c65c179bc82ecc039577aab0de5d2",
    "win_amd64": "e702f3cb62d33cc9a1cc81740652bd882b902ee0fc5dfb15b48a15105363768f",
    "win_arm64": "066154409f6a017fd17a9fed0398208fcdfa2052088211c17a817ecf62dd795b"
  },
  "0.11.23": {
    "macosx_10_12_x86_64": "ac337dacd640aab1ef97cf00f8c01e2889f0fd0ef8460a0f4e816bf12bb5988b",
    "macosx_11_0_arm64": "03fbb0a1c7b6d15e96778bdd79e8d1826c6259fea17fc13337fb0744136953f2",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d256f90513d01ff6cbc2f17d88c0ccde65d138500df547ece214e6a50731c4b7",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "7a85330de0a7eb0d5c6cf03c80edfb86facad19df367a0b52fc906db1ab15ce9",
    "manylinux_2_28_aarch64": "6d7cea7d9ade3c1c3e3db1dfcc23d335bceaabf38f51e442b6f57f8f7885a9a6",
    "musllinux_1_1_x86_64": "d62410e5f60a961cfda00ead8a1cc5fd37d052afda021099e488e90c15419beb",
    "win_amd64": "b3f515fd6b43068f241467496bced62cb2ed36d52d4c0877cfe61a1240713d32",
    "win_arm64": "61e6bd7e7f0fe24f103540ba19516443bea6e689022c787217310a1e64558e3f"
  },
  "0.11.24": {
    "macosx_10_12_x86_64": "e499579f557abf17b8ffd1490d3e827748aea096f6eaa66737e729e046449f08",
    "macosx_11_0_arm64": "c8ec3caf656645f58b53cb9aee9aa95cfc65c82ba2d7f1362bfd2660d1484307",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "e7e78c18686202c8b8715bebb83bfaf58f82d7fb848b6a5ae4e925a9fac3de4c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "6ecdad43e870f88d3772d9d37e877259ae35ec374d51589805cdcf6196205829",
    "manylinux_2_28_aarch64": "48a6123f71b801e0e0b8a38520b011632ad81e0a043445044ce5b1a7b1cec7b6",
    "musllinux_1_1_x86_64": "356435577fae11fafe7a067ee3269cccefd35b031b83a3a36c87fe9d192bffba",
    "win_amd64": "ed0c9a9d7909f0e48a9dafe666ca9ebefe2a1534e51ed05c0a7de7406465f868",
    "win_arm64": "047d763d20d71968c00f4afec40b0e75d9da7e3693f725b9f502d84a25256893"
  },
  "0.11.25": {
    "macosx_10_12_x86_64": "610650cbaa0a9b18015da39d2c28d736d287a5a124e49296d8fdef5e4022e980",
    "macosx_11_0_arm64": "f7a78fc8d0c5e764e9fa39c99066db47a0bc465b023feed90812e3c0a6b5eb0d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "e3480640983e0b8e509eeb67882837e620bdd820f8776948a5f13ebbb4481d04",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d2bc05e17ae3e1f232abf93e7dcfb3b68702dfcde34a00c29cbce7e07d1ecbfb",
    "manylinux_2_28_aarch64": "57fbd47e924242fd347d0c209d95711d8ea61db8d8780962d0f30ccde2c854a3",
    "musllinux_1_1_x86_64": "41b37e724f41eb4c3794bbdd82ddeebb4b5850d4ada8cccb2906ef9e5aa0f83b",
    "win_amd64": "560b0fbaa6356af533923a349658c21d4f410d16e835787d8a05da451d4ee859",
    "win_arm64": "79f166cd1b84f855e9d2768221d59b403869648289fd884d58ad4299edfb4d9e"
  },
  "0.11.26": {
    "macosx_10_12_x86_64": "a58a06e5a4b0035538d3ab4160ad74c716076ea7148eb3317171c6276ac020b4",
    "macosx_11_0_arm64": "7b6d078d2ce83897884c2330c0676f27be4bf3d223fb2a409460f579fb5f0a98",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1cd9ba4951681ce17f1703106266fcbe27aaa7d37f07d53cce8b5686d68a8755",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "4dcf4e0b5b5cbdc242dcb002f1f8d99e7cf8c043609869228a9ce15e095c0b18",
    "manylinux_2_28_aarch64": "866ae8d28f7381c15de0906a284c1e97916424c635bf40f7960b3fc889cd725e",
    "musllinux_1_1_x86_64": "c28822517d03aebbe9549aaaecc88ad580e4b2b6a927abffe5774a74d6ba09f6",
    "win_amd64": "d95567e9470dc48ff03265f420c3c6973f6437f18a79d5e00b6eb4b2d9379907",
    "win_arm64": "7e69d1569afbb936e7bf4e4ab2f72d606405f4a68f380f088a0b2233e84e056a"
  },
  "0.11.27": {
    "macosx_10_12_x86_64": "42b273459864c67f3736ae2a63929df463975d885bbc1afd8f53f7e0fb1f2269",
    "macosx_11_0_arm64": "b316464a1028a43478b74424b4b78925c463758baec93cb754fb2392ba175138",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "3ca478883d78270ceed57f229d1b480dbcadf5d79b2ce9624574807d6ec48554",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8cb783b9db3868e51e8da1956aaa7e800262ad1af03dfc8b024f3b04ecb447c2",
    "manylinux_2_28_aarch64": "8e2b86d3dee515eeba6ea001d8b3eac20b204db07d39b04187c755a490a4fba6",
    "musllinux_1_1_x86_64": "109d8e145b390d0e14f2aefd9708a7522a4236d6bee20361a7558e77a14c0531",
    "win_amd64": "e20f25921ed4c46d32ac18a9b2e610c0384439fd367f647f2b68e0e1d90e9885",
    "win_arm64": "a41da27667e95c0df939e99e77a4d9169fb895df0f6788b2ab65ed5efdc1395f"
  },
  "0.11.28": {
    "macosx_10_12_x86_64": "bb11d94cb848ff58af79e0bb5e4037cd324d27dbe2dabb7746db698b724a9a20",
    "macosx_11_0_arm64": "e9eb317b1cdb249887df77ac232d8a9448f26858b2399f9f2949c6a7b9bedf88",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "041e4b80bebc58d7142ac9394370cacd73185fd8d066d6675d14707d83408f6d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "49fe42df9f42056037473f3876adec1615709b57d3470ed39178ff420f3afb9f",
    "manylinux_2_28_aarch64": "fab3c31007a611866475824a666f5a721bf0c9335db806355a97fcfba2a6bbb7",
    "musllinux_1_1_x86_64": "3fcfda468448093f4d5961ca8c068b0aeec2d02f7226d58ee8513321a929fe4f",
    "win_amd64": "f4fcf2c8d9f1444b900e6b8dbbb828825fb76eca01acd18aeaa5c90240408cda",
    "win_arm64": "e94560995737c50525d586da553521fbafe9ef06641e7d885db4b270f53ee84d"
  },
  "0.11.29": {
    "macosx_10_12_x86_64": "7711c46452b44332352d344b5818ad8faf04596efaf837d8114aa9984e4a9610",
    "macosx_11_0_arm64": "257c6df4393116114f296f7a02f51db9a2117f68c3ae93bbe218fa79e6521df3",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "aa166ce529cfbce6b3afaabdc4cdbfdf9e3e3d82413c709d679ff374eb76d5e9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "eec03a8b63d55915694db3af4e91324b39ced49e2aeac7af37851c7eb3f470ea",
    "manylinux_2_28_aarch64": "2b49e175bfbcd8ac1e09e06f0b9d544b9e671d2cdecf753aa3fbff4d61d19317",
    "musllinux_1_1_x86_64": "157ed0bcfef5aba9b53ff4b322e009b3261d83fbf5d9423e367a33c0416c85ac",
    "win_amd64": "abc641b24be42dc5d62f63ecb3500c07a0fb3c596e407963708f59114f0816ad",
    "win_arm64": "e245e6f95f154ae56793bfc7742ec27334a546469bba4d09c03624470ab451d2"
  },
  "0.11.30": {
    "macosx_10_12_x86_64": "0b39151a5873a2f0a03ff9d03eb351ad5cda14973af40da8d80e4c7c2d6369f0",
    "macosx_11_0_arm64": "42adb04aaa0912ddafa059e641c057cafee0de0b57f6156909a00e28791c7e45",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ea5f0d4fe452dc3daf915c714504eb2f1e570f8ebac752abf51f9e6f58a1ff68",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "cc28cb55c2b3c80a26ea374a172fec70b0561ada211e6fb23936ccea3ecb80b2",
    "manylinux_2_28_aarch64": "d44bfd6519bedbf10bd7a4558bd281a8a5f5b72d2bb35fd831dee55cd63fc800",
    "musllinux_1_1_x86_64": "6a29031ff95150ea6156607394db8f79dfb06d5287f46ff07e3f60b9df76121c",
    "win_amd64": "3b1f0dc345a7c2101a8e5f9e36840cc40a36499644e468c59a13fd235072b457",
    "win_arm64": "b99f98873c785745755cb32c165ec8e45e019b63ec71540fa0185cda9192d18d"
  },
  "0.11.31": {
    "macosx_10_12_x86_64": "2d84b6dd6b1eaf42fc923203d21a5efd052e1982e4f961eccecc2a6905ffbecd",
    "macosx_11_0_arm64": "335f3262c4350c004cf6e3b7061200148d670e579bcee7ba0e31c7535f125018",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "e1cf5803c39221387b2fe8be2b522b0529ac732831a2e52a92330e053539995e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "44ac79fca5807122676701279a1f36d7917a922f25a0ab5c5cf58a252f666e7e",
    "manylinux_2_28_aarch64": "c4d4b34264017dc9047d0d49f09363a5e20b388481cddc39d5c44b16b3c2a57c",
    "musllinux_1_1_x86_64": "c6e052de498086b2014020536829b7e2b6f173ba95b07e55e9e0f85ac00a3927",
    "win_amd64": "1a4bb0030d9070a4831a4f3115c5489998da7ca936e569a72696c90af469177a",
    "win_arm64": "88ab5fdbeff4ab10ac890ab2dd01b7ad62b92251665423e4f68b1cf977fbe635"
  },
  "0.11.32": {
    "macosx_10_12_x86_64": "c82954b1bd507e767b1d996c2865ea3eb7d464a479ec0e4d60f0b8e2e07dee45",
    "macosx_11_0_arm64": "2a56d1abf16337350e878b2c869b256b8448ecc4a722b98f8d41e1b3680a587b",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "125c142363d0842c8506a057da56bae182e2aa3957344f57dd9ef20ea10f06b0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3da76cd4e2697de30928b8a8524bd39183ac1e08cb7e72833807c022b7cba6c4",
    "manylinux_2_28_aarch64": "be0799f1ad70c755d10de5aaf46af94199d4f16a992f90278f2662350cd3f4fe",
    "musllinux_1_1_x86_64": "77f4356548ee8dc47efae154efd4e930c65570e7d4971c57bdef592f6eefb39c",
    "win_amd64": "855632ee1d2a8491986efa54c562b806cd32477761889a1e13624b519d98a45e",
    "win_arm64": "bf988bf510772785eac1edfc7cdedca074e8936b45e755b58f7f3e1e9ca86424"
  },
  "0.11.33": {
    "macosx_10_12_x86_64": "94fb388a86cf6c2f2610b427f1bf0897bc0f2771a869da41433e17f7d21a1a41",
    "macosx_11_0_arm64": "8017991a398a55d177c33ecdb29beb33e7b53969921183e4681e3e5b278d73c2",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "36a98c68ba5c3bb59469414f54aaf00bd3134a647ca34509bc53d133ed8e0b5d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9542178978b0b6f16a7ae99e55aca039f493a1edb373a15d7993eab80a28615a",
    "manylinux_2_28_aarch64": "71d00a28beb3924c593ba7ec248263679ae1f7c0f63a8cccc75e7d11ccb2adce",
    "musllinux_1_1_x86_64": "2a8506f558e08498c0d80857c356452d14048eddfcc7bc20ec9f201b3011eaaf",
    "win_amd64": "521229afa69ad5f57127de800120cb2bea1ac729a05a0851aaf920124f8edf66",
    "win_arm64": "3cb5b325c58a9ee5febfedf4895e0c48cc7d22d801d1b23a4b8335f16508d0da"
  },
  "0.12.0": {
    "macosx_10_12_x86_64": "074e693e9b2df99f621166b44760abe0d53cd9b0ae96fcbfec5809497925da87",
    "macosx_11_0_arm64": "009758d8fde2da2b90900f5fe863c71d0e1b8b28bbdba59863ceb967973a3735",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "effc2de9f044e880306f3c52b048bf24ee4fe63429c82dd6509c9a0f3d1b8f0b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "cbff74f884846d794713670faf8abe10db3bd70c43b01e63223f74eb7d958689",
    "manylinux_2_28_aarch64": "c818bb6aead39652e2ad644583fa418ac8d92baf50b4c6f685738bb2598e33bd",
    "musllinux_1_1_x86_64": "ed4053e07048ab3561de95c3b686b7983f997cd19d53a265a238103b5dbf258a",
    "win_amd64": "ffdfed09a23e67ef6facf1d4db978a3cd73a886674644131a11a933fd746904a",
    "win_arm64": "e3d748f526739110dd9e267ecca30604b64a5fe3344f903d348b5a3af1f0a90a"
  },
  "0.12.1": {
    "macosx_10_12_x86_64": "41b8fc2335f682312a1ca39a7b4abfd6af800992065c663582ca3e4d51cf9258",
    "macosx_11_0_arm64": "2e9b0b86e180abc5968b979c6e25203b32e85969abb5083ee1e8b88a5aa98a76",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "9331dda0dc4990512c232f86e1d3a7b83c13f459777fcc2bd46030911b40eaaa",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "27211df9b277f440dea438a4e525ba40250fb721ad39b8927eefc2d91f9aea15",
    "manylinux_2_28_aarch64": "b255ac23958e45f39f9c7a4cd65890df5ef46f539a3b14de03bd296bbba9cb60",
    "musllinux_1_1_x86_64": "153ec0959a15397514438aefc1d7cd04235f335dd6bb53ea0f9e6e82c5a49f03",
    "win_amd64": "bd02f2da212e6a983115dc64a6fc94e9256c2d60e056d6b669de0a6025aaec05",
    "win_arm64": "ead7ad064f291a5df358c3ffa8ffab347a32bd5a75a6a068ca22254c2539a829"
  },
  "0.12.2": {
    "macosx_10_12_x86_64": "594dab10d5ff79ca686807fd25c9f4ebd5c40157ddc4a25c0dd934d18ae56bc2",
    "macosx_11_0_arm64": "c5d10c5ba988afe7fe0cd0b943219eaa45d4191a37e3165126b0bb3e308373cb",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "974a79184f901cd6f6fb4155d8fb2f709c951b4f5843352dabccee08afcfd8ee",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3a8d93d1fe019561b70494a8e1332492afb5f14dadc33d5239569d0964164d10",
    "manylinux_2_28_aarch64": "8e2f9faae9ea4fd02d46f0a3a22f0a7d5076aa0046750a3250ec0f3ede8e36aa",
    "musllinux_1_1_x86_64": "da7780a76d0691eee1af4d43a3e637ece62b1d4ae5fe78a1a9feb299cd731d23",
    "win_amd64": "0c837592d9f5bc88e3c0c8da9ab868e79cf26f2938e0a02b59221af084d83de0",
    "win_arm64": "ac36c7c26ee892855184e9346e56fa7b58a2e4f82ae7519fdd9c6d8670c49d96"
  },
  "0.12.3": {
    "macosx_10_12_x86_64": "0550669163cc67d5a7dc8e1702bc011e4a075a4ae52ad50891be654fc6635e0d",
    "macosx_11_0_arm64": "7c99f2524fe4b11d74dec85cef9b4d8b725d142dec04cd237f1c06fbdae1ee54",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ac21bea426ddf95fa76d8dc1f67350faed7b4a81951825cf2aaef99fc4144815",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "1482d1462b1aecd18ee33627363fe1c63d6a194f12d40d37efc446d9e0d800a1",
    "manylinux_2_28_aarch64": "248b6b282f96f98d79dddecd1b2acd1893efd84667321f26703feffff6433211",
    "musllinux_1_1_x86_64": "13535c7d40faa7821c3763f5b6c605eef8556ea16277dc1a07a21203fd3c19e4",
    "win_amd64": "aeafd6e02b9a8d8beb447040bfc57ab172bdf244208f7147b4f7bbc327135797",
    "win_arm64": "59121ef7217567adf4af41f7d3b04e42abb0c6a11bc87c930b838f9354f9c651"
  },
  "0.12.4": {
    "macosx_10_12_x86_64": "bdb7de1a0f70eaf957d782f84b3d39a9248d3ffd8dbf845304c623f70421870c",
    "macosx_11_0_arm64": "004e75a64fa44619b0e3bb267c206a6920e65b78c963863b649c3bcdfd870610",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "faf6430497f3bf6a1c92d10215cd4097c8094d57955fbe563b30ba3add62a9c9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3bb292d959fa73000d524159cd5f3c1aa1cf2db9cc3005ccdec06911a9998e84",
    "manylinux_2_28_aarch64": "2b387bf72accc04c50f27808188c5ecd82bd123bf87cb9bb1b01b9c5344a506f",
    "musllinux_1_1_x86_64": "9338a8bc8e8a350ec6f954178326e6fdc8872df2f14a233644973ac7fc46aa5e",
    "win_amd64": "a49cf2bde46a181f3d22927221a8e9f1254c38b7d810a3d3a697c42f5053537f",
    "win_arm64": "3dc929ea44123d4f5492cebe9dc09852152509113134030473a70fbd702d62f0"
  },
  "0.12.5": {
    "macosx_10_12_x86_64": "1a06c8bc4d43b5f6c1e3f2ae3d0f6455b07515f762516f95e52e6c0cbccedf15",
    "macosx_11_0_arm64": "d87156bc174d94fae890bb7a261e2867140abb9fe1e9de81a5295e582fb9d0f5",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "2d65b7b3bc3fd28678f62aa7fb5d90f106ad9782c1354af60b6cecdf9ea9ecd9",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "3e195ccf1ed60c8bb24a6447ce306441a4181d54b602407e09bc56e963911c15",
    "manylinux_2_28_aarch64": "58abfb0f658b39a834307a11223bc170294ea214263b4c99ecc7663720d43544",
    "musllinux_1_1_x86_64": "dc14e4f81a99b585a891350c60d1ff4557d54cb3c3c81fa45fd4e0dd512ba752",
    "win_amd64": "455c3e57602e2141e66e2f0bf685898c9c5e5a70377d14c9a71554a3baf3ddbf",
    "win_arm64": "bea86f27a027e0e3af908db4bdd4f1ceef3ca2bd47673b5ccca7f550e325b1b4"
  },
  "0.12.6": {
    "macosx_10_12_x86_64": "596e24f75b8b81d602228d00c4d7674b53013e94f04e22155f2c5486c3052438",
    "macosx_11_0_arm64": "55bc16b317b2d6044c402e3b1f2c6a8daa031407e9efa7ecbf5348ac0a1c0df5",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "1226946a479a5ae9be4132dafb1a02303be2eb4d39e931d4310088d1c5e4d3a7",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8cb1c4af10a1037d2e875ac86da32ea0df20a9623e11769d33515d14158cd3c2",
    "manylinux_2_28_aarch64": "f8f11ae7d78092384679eac086210d63261af241c56d7c46fa4ded62400e56ee",
    "musllinux_1_1_x86_64": "b7f850c30395026aa024b72a8833133ed71a832fa843c6c59496d8f393cce726",
    "win_amd64": "8fa8fe6d7f4d9a897dd30159426e712094727494fbb7ef435bba3f83030b9fd7",
    "win_arm64": "8a93a8c142940c106375cc50743faa7c610b6194e2e9e8da925a61aefb0302e6"
  },
  "0.12.7": {
    "macosx_10_12_x86_64": "ec5b437aa60e8c94da263ad709d0bf6c8f268ac81f305d89c6115badd7d1cbe7",
    "macosx_11_0_arm64": "016fe4b9a2e0d2a35b17b6c3efbb45b929189c5b4b37aa921265265ccfe42cc1",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "fe9a871bd638ee6d2fd73bf40c2ee98153e44d06f796a03fcecf9d12b36d42d8",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "4545e87c7ac64af317d8daffd279e23e93b0e05035662363033d3525923339d2",
    "manylinux_2_28_aarch64": "56a5730f8eff477501b3276a0059c2c2843302d5d4a6cc10f993a5cd66ddace8",
    "musllinux_1_1_x86_64": "ff33305718665c6fba25efdd260c67a6bd500c665e3d5d61059612791ca10c90",
    "win_amd64": "277d326d7e63b912f3425c6e6d7d5d49f21b43d080d21859ff3c6819353f1847",
    "win_arm64": "95c3a4fa65e72bab3ca1b4c8ce18fbe784cf3137e9f9234588b69d09b341a4a7"
  },
  "0.12.8": {
    "macosx_10_12_x86_64": "edfb42bc830b4c473653ed5470ac4d967ae2cd40c1b7409ec4c7c8b655d04235",
    "macosx_11_0_arm64": "842e27b85ec85c32369919b6dc72a4ae0c737b4376165d34a6ebb8329ce9d744",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "ff4d67a13a3283004e3b00e22c39922c27b0e1929f82f9d6873dc85dc8bf6dc7",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9d63d046051d33b36260146df5aef03e9166b30b4546e9b6e554be152b69f9f9",
    "manylinux_2_28_aarch64": "7db4fb5d559bab30ea2310db9119cfd44bc438c09f24cb33d6b9a518fd671143",
    "musllinux_1_1_x86_64": "b8b589f36222ed73f070598d9cd68f7dc706cf5d670a8c469b648287a97a590a",
    "win_amd64": "53984d68cddd227e6433b70b510d4b47fe82e658f22f4a6ca416b4e373406393",
    "win_arm64": "71763f479286a9e3285642fba8fca710aea9596d56e72bc247ecdf882e05ebc4"
  },
  "0.12.9": {
    "macosx_10_12_x86_64": "0cb7e8a732d81f25d364de8d6ac69f4d00d56b581918ac242eeaeffb53977588",
    "macosx_11_0_arm64": "0af988f800778913d36f9bf6905eb21c917dccc403bb364ad739bfd383acf491",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "cce6e716df290b7f4a31f76ef39866e1dc006e947520a660459dea00b5d55234",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "5badfd805fd88bf99b4b4f044f6e8f762f1892cab27477f4427bb473e93dd049",
    "manylinux_2_28_aarch64": "c0f7e2b46e4c503f9497c0f41bba3570aa233685db814cd011225118f2d72b6a",
    "musllinux_1_1_x86_64": "5f9325495fa0bf3e71e6b09f72e68b0d4a000067888b48a659536a8c7191a112",
    "win_amd64": "871e884c3329f69c12bb7426edb9e727745c3bb2db6d9e0538ce0e1bdfb64916",
    "win_arm64": "31fddf25d756a51fe33f7831ff697a122628dd3121c37c435c39c678428f937b"
  },
  "0.12.10": {
    "macosx_10_12_x86_64": "7e3a70d9dff95481afccd7d41e7ec42fdc230d53487b3e7e633f9b35610401b5",
    "macosx_11_0_arm64": "5dc26c73826d2119292d49d71c5a9d5ba9dd97dd02459d816b8226f47f3dc6bd",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "bd0afae6918795c6a61a649e64d735e339f3d62f8310235da6f19eb3f66f323b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "f7d6248ad9f2d282fea795f248da8fa666ab382df50d8385bd98e01049440a0c",
    "manylinux_2_28_aarch64": "5c0bcf0598742eb417f1aa41ec82f0d89bd7b7f42d0a519bea495a9419d8d8ee",
    "musllinux_1_1_x86_64": "a34e1be296e6e30fdbfee9b84a45d082ce7df4dd4e588ebcfc44249505c10f02",
    "win_amd64": "2ad71395c31b5db20c56327f62ee0299f75833308d4413284aba87324d092afa",
    "win_arm64": "4f097c6b7f63eceb3faf5102009f9a8cc22fd7d8a341858d2fd540f46a592f7a"
  },
  "0.12.11": {
    "macosx_10_12_x86_64": "103900d5310e0d6979568b695c4782fb4cb0721db7bec70ddce70596acbf85fd",
    "macosx_11_0_arm64": "4d3337366d55b0fa44f559dad77039ba78699f3d964e597aedd7afa79da0630d",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c6ff21a984039f3e5c78a432c9c5ecf28dd6282db6d46336d077188e0eed53e3",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2c0d529c347eccaebaeec1be0e2a7a0a7d814128595b2549649060d2f75d0df6",
    "manylinux_2_28_aarch64": "8aa7ce99b5e853c12c62c3e0a1e286a447bed81f0a7c28b3882354a17bf056bb",
    "musllinux_1_1_x86_64": "b19f9ffa46d9726e495fc636d19bad99f497d438bc07be858aef0dc37a150abe",
    "win_amd64": "498820071e52b52e7548004459f08180a78c1946c273b9ac6a892ab9f2c4d7d1",
    "win_arm64": "7651a6288761b202feddd40545aab4b2cfe7af7a07992f85e7d07616cc95ae83"
  },
  "0.12.12": {
    "macosx_10_12_x86_64": "d3fa745404dd52a1763bc159073deacc5c0d501cb5e5c0baeeb53bf26f6d3482",
    "macosx_11_0_arm64": "e29bf70f889e801f7dc440b51b859f005311416aa3b5c42ba9dc387c7e877c00",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "bff88c94d0b09149c1017b87b9eeca16764df37e1a6717f2b64a4104e3fb6795",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "fa5df02fc619a3cc7a58810d6ffeb80ca1e01404b8ef7239bd1cf2103c02cacf",
    "manylinux_2_28_aarch64": "091e942f0677f88389265c9028d64108c0641593dd8993166eae71e33fc5b5aa",
    "musllinux_1_1_x86_64": "98d9659e080c42c289e4552d4f01b758cea544a96e3d9e5ac8565faacf84f970",
    "win_amd64": "4a5acd0c6087970bdf210eeb1203835117f6fb8b84828604205de510f68aa6a7",
    "win_arm64": "3577343756d8bf686c92eaca89a79fb0c1b6a85c2f0b579d535db22a1b49eb4b"
  },
  "0.12.13": {
    "macosx_10_12_x86_64": "ac7f135750b7419283029edb93453b4d41c7d7ff90f9b3860a6e474ddf98f016",
    "macosx_11_0_arm64": "f86e5f02883c2e7a21bf522f4aa520c20d4f779d9a3368fbd6cdfe4a8f9549b5",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "891aff3e186cd5844102750372304e9ca20edffc50cb39a14cd047ea3416de75",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "5312891392eb5b72eaca9b880e85fe3e706a2b11342e59f7a5cf0304d14d5cc5",
    "manylinux_2_28_aarch64": "b9c703a4aaee1288f33e2ce8b39a0245f432b57bd5d769073756b68e9ca6bafe",
    "musllinux_1_1_x86_64": "15f368be55e87109391a31c50846e81086b9792ccb43a1731774e961ea0641b7",
    "win_amd64": "3efae0a910a25e18732f38ac1ef7b02e23f47b7fe67735039921fceff01d518c",
    "win_arm64": "ad61c396a57caac8b351429294e44ee52a1ecb1629b95d6898bd7c63ed3c13f3"
  },
  "0.12.14": {
    "macosx_10_12_x86_64": "ce10d44c3b2edba09fa39911c226a35da376788683ffa832228ab231135ab941",
    "macosx_11_0_arm64": "54ba5330871a025b3e44bde14e60bc8a182e7a50510be05c580637a9d8410099",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d03e4f6f4f651017280345074ac38345a5e2f321a2b606ff6beb0a26e7d6380c",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "40a7bf0c79168692cb136dff50d7016093a608940bd9a059582d788494ad716b",
    "manylinux_2_28_aarch64": "42d7f3d8bec37cc32711df400e61fbd92cc433a1092e02ffa012923ecf984db8",
    "musllinux_1_1_x86_64": "65356b718da1db10b688d09dbb10e648923b7172650cc883269bf15a056802d0",
    "win_amd64": "0a2f922544d045164422274ac2b15946b4d3d5435c02c6c8803d6d9eed0850cb",
    "win_arm64": "fa5fdbf3b7a613e45182c92c0c213cf26f2e25319cc3d1b4df7970752a5fbbe9"
  },
  "0.12.15": {
    "macosx_10_12_x86_64": "a1499a507461774f222114732f145d50579e75a3fab0d91ee680c0ed04322552",
    "macosx_11_0_arm64": "03b2c763f8b3c5595fa103221bc667e3af0146f8cb327aa06630ebcf5cfe16e9",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a673bc39e677eaa012f618cab2e6e99fb82919f37ea45043fca530e9ca94c082",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "aee9802f46bae436bd91751bb33ddeb379ef1596b5c19df193219d545d244b60",
    "manylinux_2_28_aarch64": "013e3a5774fb2cc036a9422edc51c8c5273cca011ec04c2817249b8a4a0b0f02",
    "musllinux_1_1_x86_64": "3984acc938d49e0dc4e3000c63556e306f6d54a9479a85557b4b23625f5fa31d",
    "win_amd64": "39af7d437b6d1f962f11c0b77f891d302ea675a0ebbcfe9792f633d843740a25",
    "win_arm64": "2ed8c7fdf466c5c90451d356510fea6850e7cd44e70c59717bc9ecf2ce88a4a2"
  },
  "0.12.16": {
    "macosx_10_12_x86_64": "3b07f6867309ae1957b99d0ab9b008e3cea6497e2e9aec4a5c9642ddfc1fc3c3",
    "macosx_11_0_arm64": "50ed2f31db45e620a10a9e9fc20d2a828a207db67b791e7b888395679e96bab4",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "99bdd4ffb8c98dc4d6a2a3155f4fe4c806a44d0cde1c525d155f1183f676499f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "c4570eeeef838ddc6957e1b28c5e88305bb492c83b000ed3b8ff3cf86a8ecf00",
    "manylinux_2_28_aarch64": "6a9882db1acc22b486036e08586c816bae58198baa26111149be73684e9322f9",
    "musllinux_1_1_x86_64": "81b2f0fe4697d37802aea255a81eb2867e6bda2745568afca341b1e1d2c0cb39",
    "win_amd64": "f9157130acda5f2d9c51930535a1708740edabe3fa53b1c8f5a70c98f7144497",
    "win_arm64": "ccaa314ec6e81895b336ec9cee0e4c48cdb022b19eb409c3e1433a7d2bbc0d29"
  },
  "0.12.17": {
    "macosx_10_12_x86_64": "66d89d88ca5c9539ba09bbc1edf0247d38ee5ad6b2481d8922efa33079d9e130",
    "macosx_11_0_arm64": "c33d2fb4fb407678e2da3907376e7f5a7a38ae11e53d608bb7be70c1ecb6f223",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "eea6e1b0eb66d7f058312239a6863dd32ee0dd4da7fc08626ac85468e3d7bca6",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "9e25bb39e1674799c408345a6397ebc2c7c719d498be0ce9d935466d36ceacf5",
    "manylinux_2_28_aarch64": "e2bc5ec70e395fc5769becd1b81f6cedc66d23ccaf1392743f0f8c9cfe81b18c",
    "musllinux_1_1_x86_64": "8e161c9f57c31945caa3a8949116b84b006337e5f33d545d25fafffcfa6c4b6a",
    "win_amd64": "7a14aafc5d5816cebfb8b61b8529fe6f9b99210363523fe2a9d441e757bd3cb7",
    "win_arm64": "c900ee8de1d2294b08e81271b7635947c7ab6df74023b78caddf9a41038003f2"
  },
  "0.12.18": {
    "macosx_10_12_x86_64": "799dcef1ef97ab6491b34f5827e2da8dd9153d65be056c779b60a2d4d3d6c45b",
    "macosx_11_0_arm64": "9aa0ef69c7cb2aff485a0e9ce46feeb7b6dbeef3d796ffd04b944cf355ba8334",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "77b71bc25d274a04594d32167b0f766fb5b6805980c3aed02872c468e1905e7e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "fbe0489871e74ebfb70379a32526c62b9fb615acf13576b9f19bc09a142f62b0",
    "manylinux_2_28_aarch64": "328abf19b5992b4846f96d1d4440cdd9e0b7d20c0f00b0644e68ca8cfb561c26",
    "musllinux_1_1_x86_64": "53a035e48cbe94ca47ee304b293060b690d0ac03140a64ff3ff4713eabcede99",
    "win_amd64": "0a3c4e415515bd4c24c7516523d9042a2957ce716423e193f8b2be9fb8773340",
    "win_arm64": "4f9769cf34558a026ff9b8e04cdf9d25c16fe3d61f35956daf6548f2b0379ff0"
  },
  "0.12.19": {
    "macosx_10_12_x86_64": "13e1f008a379b71f07a2f8caf62c0baac9d9039f4238e2e9192f7ddcfc0a1913",
    "macosx_11_0_arm64": "5da0401c0898b5fe767968f5a72f27525276b119d69e0c7c25b721f63ecef650",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b466eb0f74645883df52446d54474905e8515d75fdf0b313bf099dedc3237896",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "a63d18a0aa38ee9f21a5406afbbaeb41303bcd954be9d6b7c1b95ac275e53958",
    "manylinux_2_28_aarch64": "a36d92c137098fdb9dce27261c5fa8ef5519ba82dcd15d70864c4676d889738d",
    "musllinux_1_1_x86_64": "a6512549e6bf12013190639bd5d9ef780f197d7adf4770a628c5e681577543d8",
    "win_amd64": "dcbc531a96762569bbfe9639b4f45f00aabff51f427540711f63e7c23f225fdf",
    "win_arm64": "76b48a93e5c9e38cf3b41dcb02f9170935dcb9cd2f99aa0dd44caaa2d8dc2b9d"
  },
  "0.12.20": {
    "macosx_10_12_x86_64": "108e4bce126b0baec03dd035b656fe4ce614d336e182eff02abec7df5212a86c",
    "macosx_11_0_arm64": "08ca4588bac6a4bb8972236c0958aaa0ebea7b2045289edbf85f9a21f44db979",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "2734cbacd1485b0489f3e403b7080e253dc749f45c6b0fa163e84b60b3aaf9d0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d0837cb0ec80f830198e4a0fe86385e2a8ba8846f066acd243a1c15f4d52ca74",
    "manylinux_2_28_aarch64": "af3ea78e4080905ca7d29ec9561c2b86b15b18c6637cb3b80f4f2ac50d891309",
    "musllinux_1_1_x86_64": "903262c10ea3902e4bf5fe7c1a54fe386145afd5cf4b79e35815ce4e141d94f1",
    "win_amd64": "1502e03f4da3280cbb493d356d59bdd401bf23197cd71df64e1c6feac156090c",
    "win_arm64": "7b215cc1338009cb15d4e94a9ecc85c9e33d2c503d95d8e0dd7cd0bafe326898"
  },
  "0.12.21": {
    "macosx_10_12_x86_64": "9c6fab087f35c8f8c0c79ad4c8a94f6804b983369c2887250fb753a70d8080fd",
    "macosx_11_0_arm64": "eb4f75e8ed770e1f142e03a134b9507e7f4710c4b2cec385d4bf8c5810a91094",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "b7db8b4913e6cd34e6aabbe08ff82fbac7c1edae57747ea23118ca460f060d44",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "0083454d25479f1cd03547c8c98c235b4af92bd07f0e61c3eae5d1cbb0c1834c",
    "manylinux_2_28_aarch64": "fcd28fd87972f677f0e12d577842deb5d445adf36bcd4cd1ebaaec4c67788d7f",
    "musllinux_1_1_x86_64": "26aaa1dce3ae90502b2d7aa15577587aa185e5ba13480afd03df6c95dc2bb55b",
    "win_amd64": "8c7c3eb32d84c711906dedd09df7379cf4d9f5bb84b8e58a1244ca0a8a1209d4",
    "win_arm64": "79dc0c11e7f169f1b32cf6838b6a0d651ba054cc8013e0b2e5fe34392c1d1528"
  },
  "0.12.22": {
    "macosx_10_12_x86_64": "0247b8795348fe16fec7d143b2e4d91a953e69644993a557bb5238b9f53b6a28",
    "macosx_11_0_arm64": "72516e1edef5950b556bdaf3b382f537e4249e06362378daa811a6eefc165a14",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "972cb556d34372f4c19f5c8bba246c92c5a8bfda3f30b2a5b8e12fddd81ba441",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "680769ef701922dd93426b73476073411941f51ac46991a6e5c5a6efbf68a713",
    "manylinux_2_28_aarch64": "04af20f84c122039c16a006b497ea25d4850543b3ac2bd879d96d36d9890bebc",
    "musllinux_1_1_x86_64": "31096da4ffd7d532909e046cf8acb606ad8e770019404b710a58310bec073119",
    "win_amd64": "1c45b1e544901b9eef14806ad964cd1aca49338748e3d8030e41c4aed8b17b00",
    "win_arm64": "daff5ceafdee5cb268b6d4e991ea150fcad5dff72b97d3e5b84d78d04fcf8482"
  },
  "0.12.23": {
    "macosx_10_12_x86_64": "4951286e68f116fa41897ecf8e248cc2836cb013be6d4f37afae4049f9ef4df7",
    "macosx_11_0_arm64": "99197c022afbd1edd0a295e9fdac5078c61eddf2e77657a77294cfe8ea0d94b9",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "895137194d242cc8075c3006288b485af54feeae68512f4ffc96f75b27543cc0",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "565c6e2874dbeae86c02f3dea97255e878fec672659a73d4930c6b93fcab2fff",
    "manylinux_2_28_aarch64": "9346c741175c7fc0d380f30fcfcb8d5e13f5f900b30536230c8d34208524e47a",
    "musllinux_1_1_x86_64": "11d18c1589d7907376b4f3fa31028e46cc609ac4b7d83eabc2b04cd8ca1433cc",
    "win_amd64": "fb8a4117a5224d73abe2204a1e744ae34b544f1b9a0b761576851deaa7215c12",
    "win_arm64": "9a65258535db432df51ca7d26338c01431820b94b634762f5718fc55895f974e"
  },
  "0.12.24": {
    "macosx_10_12_x86_64": "48cc70ecf59eece47e28d37c5c5eb9bb093e16881b1cc03e4a202286765a2022",
    "macosx_11_0_arm64": "7b3403f72dfda049295daf5c4c2da716138feecb0e9d5f22ad4b9734518c77dd",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "94c9ed22c1b5d6861a72639e23c5707bb07a354b67ec0462e9a0169a9665b5fd",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "e47005957dca320272ad68960b591b854b6bf0c3288368efb096d9ccd06b8404",
    "manylinux_2_28_aarch64": "0fc14fabb78c55d140a01125d5cd038afb4fed317eb0c3868f3fba87b8cefe16",
    "musllinux_1_1_x86_64": "b6fe9cd01f5c576a640f17829cb465899fffb5d6d8dfdd576e38d4f1e40dd438",
    "win_amd64": "83f5dbd2389eb6f998e195faf7efb83199a3df825d4ec954b4d6e45f286ee52d",
    "win_arm64": "8b22387c8a23e9440103d925cb4762dc503932daa47020df6b1fa782192fcb76"
  },
  "0.13.0": {
    "macosx_10_12_x86_64": "93265932cb2efd1486d4d182211281b3f0b31637e2fc160c4c8d7b15294188d1",
    "macosx_11_0_arm64": "a5f93ae362b751737cecef0bbc0294624be68a843ff9b32d86e6862a26101630",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5163a516b9a488bccb4001f727720b775719dfb6dcb144a9bc0ef23e5cfdd269",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "52c7da0fd9056d9551124777ec77de53f0df7017daf8f98a19e947b7837416ed",
    "manylinux_2_28_aarch64": "f840e640fe16591f6d71a94e8863707b7ba43c5786d1fe662868a9fb44c53e50",
    "musllinux_1_1_x86_64": "5cb956988442f5b1ca281344818a6b9fa296a799d7024cc53ae571d464150ca2",
    "win_amd64": "0367b4e0ae4dcef32da4aa2ad2f3853b6ad81d50c187abe50d343d892b8fea21",
    "win_arm64": "286d5976bffe3ed0c62601c0393adb3748f0d88aa24f38cd80ebab773f5b5f74"
  },
  "0.13.1": {
    "macosx_10_12_x86_64": "7e60223e3e9636a3734d6c11b3552aeed987c40f1ca2497a546af58f2f883d56",
    "macosx_11_0_arm64": "cfa719fbbd23f26713394dea2692b7f146aa1b5713ce5e776e878701214ea52c",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "f2518450da2f6d0ea8a943c9f402abda63d5a66acc9999216c2792115b922ba4",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "696dcf6d807d85da978f4db8472da81dccc1254b18b52cbd1367c4d923c421e0",
    "manylinux_2_28_aarch64": "ccbe233d4bce39865af7c30ec1fb28b0cc353f9d51711629f54fca71b8db7382",
    "musllinux_1_1_x86_64": "6f1f391756385e2cd1521fe4a198e0ca764ef498dd677cb214b95a69a7ce3608",
    "win_amd64": "4f693cd4feb52f08f30474c4612f24be2050472609be65b9960b635f286da284",
    "win_arm64": "b173413a5dc18437b2d28266a02be636f35ac7e97741773aed163ed2143abfaf"
  },
  "0.13.2": {
    "macosx_10_12_x86_64": "a2b6608902b8e6b288fc340dae99314fd0f771f9ab408f14a3521120679ef6f6",
    "macosx_11_0_arm64": "4720fc989f3012dc46d06eeab7a2255232a0cb912e8d4fb81e346ab14fe2dc11",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "c39faf2bb5c99b6c72d9e59ca12cea7224ef1c92833b9d14edd8fb52eecf1a5e",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "87a83767ed1f8f90b4d7b19201ec265b52ab6ddf2bf1f2f93443b0be927e66c6",
    "manylinux_2_28_aarch64": "99e5bcc7db23e6a912eb424ca27e708acaea0eebd39991361fd563d83e0befbf",
    "musllinux_1_1_x86_64": "486b0a3dd6f2b457fc21075f39063fc2a7a51ada678b9c17b0ddd60d682f4aa6",
    "win_amd64": "8016d93d2776c0c1ab27ffb9ee6f4976a6a7fa6feafeda4b31b8ed1e53375f46",
    "win_arm64": "dad60ff5fe03a4068865c23c60445d17be8d18137138fd2027ff6c6350afe05b"
  },
  "0.13.3": {
    "macosx_10_12_x86_64": "4e5bd40e3e95b4dc3832639bf0c05244a37c4b1e0b4342a379347f4d9231a8df",
    "macosx_11_0_arm64": "6f679430085523fd98fe795ff6545e2bf62fc48478746f6ca1c4dff5cae3daa0",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "d8e4ab48719a285eb38ee0397dd8e2c7376f216baff6dc2390686ffae0df650f",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "8d9ba65db55f3701908b09394cb7d3248be28496aab6bd9a96e8e870261ad372",
    "manylinux_2_28_aarch64": "efdc59a3447aed23f131957db586b53dc78d51ca79986b401e1e7e1e8b9129fe",
    "musllinux_1_1_x86_64": "ae1e2bc780dd569fcd5f2b8f5de7bfc4dcf4bd241e44de12486b6db0d5242cc0",
    "win_amd64": "62d1d071693d0e2c92ba86266e2c83d885b8d1930e368b6b9704a443e55a190d",
    "win_arm64": "90a7d70afec204493dbabafa97bb8298a8b02f4da916bc5aa10a590ab3cea733"
  },
  "0.13.4": {
    "macosx_10_12_x86_64": "b4bbacea78c9db136cd2ec3147cbfd9ed910b4db5e1877109bd74d0e73bb2eaf",
    "macosx_11_0_arm64": "95f4eb2b991b53b50ec2b18ab612fca8ba1e7a75a47af0331fb8bcd21da3eb03",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "e90ab42825587821096cb0d071e387468da38cfa22818c91f9c0b3c0453048e8",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "05e4332791b4d55b6dde8695b7fa6079b26991519f44760887c5dfbd5ca4fe53",
    "manylinux_2_28_aarch64": "7b3cdf868e5415631fe797b648c0d6945d38d388f23367bdd0b6332e80a1fcb0",
    "musllinux_1_1_x86_64": "52b5c753a7c2d5f8323a70bb4c93118988356331d0758afa6446c81f974e7196",
    "win_amd64": "b2ff80397273fff0e02c20eacae6882834c811827d6fc08f658db156fe754386",
    "win_arm64": "deffa5a4afdb48f3e44fb26e80377d256b330ddcad0373daff4b54f6162b43a4"
  },
  "0.13.5": {
    "macosx_10_12_x86_64": "337a14829bb499e114989df4f908f134ff37f1fb6c33497541cfb05b28080e39",
    "macosx_11_0_arm64": "a42c85fa8156e1e5e2cecdbc77bb818ea1dcf5f78b8e2a8f84c7fe4f16f0702e",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "2386c2dc9b59fc1d39b1c500e4319d71d3268232eb3b38e29cd6775d6269e8d4",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "fa8d26e08e34c29c0c4e820cf3181757086d547240b4f4d31ff1d8bd810ca946",
    "manylinux_2_28_aarch64": "91e58e304b63b6c91bac5561459ab0c3ea24f17bc01ea9359d69fed72142978f",
    "musllinux_1_1_x86_64": "d162669e3a7811c584b03690eaa11e796ad1d309aa8229d5dfe3cbcd68a90400",
    "win_amd64": "1fb29fc46ba12033e2ef95a95ac79d649e71bbb1358419bbbcbd19d86026ef2f",
    "win_arm64": "0548460d46c8667488b1f089e936f29f0edfb1cc753f9152ffbd8bc84a46aa20"
  },
  "0.13.6": {
    "macosx_10_12_x86_64": "95f042b95e67ef8c3d3569bb6e9d895e592002c5e871cf3f1afe407c9d77a294",
    "macosx_11_0_arm64": "51361029b7cf91185d0092c4b356d110b4ad629e9cb11593f1e006ac72a72ca9",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "7ec5486476d67a4214c460b5492393ee2300d84e1de17b293100a019b413568b",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "22759b8895e1103578de6fb4cd27e94b4399d021023378d29f01333717751fba",
    "manylinux_2_28_aarch64": "2e9a99100abe4f99605366974c4f9fe27f236615e05de8e78c0f357e38f09f97",
    "musllinux_1_1_x86_64": "d1efed1d15102ffdbf5e0fd49a440643dda2d921a2ad856792ae42ccd43c253f",
    "win_amd64": "7c9bc35ccb65932d8dc10a0669f9c805eaa3c9827ce18ecbecb1bd67944b2cdf",
    "win_arm64": "722c7f96803f115e53918b8ee8858d1680ea6077c614b6db750747d709ab8d9a"
  },
  "0.13.7": {
    "macosx_10_12_x86_64": "fd04bf01ba5f2829f4f94ca8f0c24a743f21e73d75045613ed6fc2fd66fc7bda",
    "macosx_11_0_arm64": "f91a229093163eefca89ea1b220a221d64c3beade05d03519a6584d1797a5a5f",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "a90f5d95716ab83091f0f73a8e7ec64e557abf2a28537fcd719b2ac88e6f725a",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "2c9bdc4a872b60a93c5f26c0791089ea11585a4f9d3b3c017d78eb8487505e25",
    "manylinux_2_28_aarch64": "08f16fd463926786b702b497473511deae4b3e17a2fa6d22180950d6059a120d",
    "musllinux_1_1_x86_64": "8b8ac028ae4ebb2a3f9d04907c61794f2cf8d7a7002bfbb4019a3dee28351fb2",
    "win_amd64": "2835e2ab397d0db86323b9975dce75ecd76aa9cfa0d6a2aea84734aae7f8c9b3",
    "win_arm64": "55e741a380a98008fc4985cf069855f36bc50242ef438e21a466786f5bc84da8"
  },
  "0.13.8": {
    "macosx_10_12_x86_64": "b7124ca1956ec2e476a1003ea5715a15f0266afaec37f4dc9c6972ba8183e6d1",
    "macosx_11_0_arm64": "62b6943c7fd64fac6854f780bea6e0359e5a5bc3241f83ee357bb38276afac49",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "0b3e8b1a4f5e405e31e2ff33de8af4744831e9f7338539671efbd8c3c94e791d",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "e18a57b8b352eb7c8feb317b9f6f533c8f0ad9673fd6cf34bbe3cf1a9f6a8984",
    "manylinux_2_28_aarch64": "5337c30bb893b4f9ce0ceb921ba2da0d13f649da644f40ad3bef84083bef0203",
    "musllinux_1_1_x86_64": "29451c60f5e8b07403e0a175d5229efc36b0289b34143ff4aaa499a5dd52553a",
    "win_amd64": "cfbc13020a64cdf2f116d2936824c38edbf41e5c07f1ea291baf02e31ebf3ed0",
    "win_arm64": "b4184029b1b7c54409b9cd4372c73a36ef9c2d1d7cf3b0aca59c8b1932f041dc"
  },
  "0.13.9": {
    "macosx_10_12_x86_64": "c16ed11e013557536b3e60065f1b912f6407bd6518e041b961e23ef9e6b4fbf5",
    "macosx_11_0_arm64": "66c512266d633bef48384a1f53003f41f2a8e7b36fe6e7fbfd3e0fd52d96fa63",
    "manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64": "5435c5ce14a56431208ca0996416d310f1598e8c2c8ba707688985a16bb82dbe",
    "manylinux_2_17_x86_64.manylinux2014_x86_64": "d7f459fe4fd247d830351c75686d3996ace3c6f3f728eb0e85a30b7ada0cef19",
    "manylinux_2_28_aarch64": "ecb6028d79dc96fbeafffe5c8af62a7099487ebc05a701e76714eebcffd06375",
    "musllinux_1_1_x86_64": "2c45530751517d6c3bbc69a19473f6effe47cce047bede01ffd8af7ea7b36b25",
    "win_amd64": "6a44b2ed8111d2f60d2b92627c5dccda3f7ed7570b18ce115e569cd68c28246b",
    "win_arm64": "eeb92051c2123b9730c46b04cc843cfa4bc7d7b0aec56df431a2215ef4cb0273"
  }
};

// src/core/setup/known-checksums.ts
function knownUvWheelDigest(filename) {
  const m = /^uv-([^-]+)-py3-none-(.+)\.whl$/.exec(filename);
  if (!m) return void 0;
  return KNOWN_UV_WHEEL_SHA256[m[1]]?.[m[2]];
}
__name(knownUvWheelDigest, "knownUvWheelDigest");
function parseChecksumInput(value) {
  const v = value.trim().toLowerCase().replace(/^sha256:/, "");
  if (v === "") return "";
  return /^[0-9a-f]{64}$/.test(v) ? v : null;
}
__name(parseChecksumInput, "parseChecksumInput");

// src/adapters/install/base.ts
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
function verifyUvDownload(context, file, actual, published) {
  verifySha256(file, published.sha256, actual, published.source);
  const known = knownUvWheelDigest(file);
  if (known) {
    verifySha256(file, known, actual, `${published.source} (lockstep's table of known uv digests, from PyPI)`);
    context.log(`${file}: sha256 matches lockstep's table of known uv digests`);
  }
  if (context.checksum) verifySha256(file, context.checksum, actual, `${published.source} (the \`checksum\` input)`);
}
__name(verifyUvDownload, "verifyUvDownload");

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
    verifyUvDownload(this.context, archive, download.sha256, { sha256: expected, source: this.githubUrl });
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
    verifyUvDownload(this.context, file.filename, download.sha256, { sha256: file.sha256, source: redactUrl(this.index.url) });
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
  extractTar,
  extractZip,
  cacheDir,
  find,
  toolCacheArch,
  checkPlatformName,
  parseChecksumInput,
  chooseUvVersionRequest,
  toolCacheVersion,
  verifySha256,
  DEFAULT_GITHUB_URL,
  githubReleasesApi,
  parseUvSource,
  installUv,
  currentPlatform
};

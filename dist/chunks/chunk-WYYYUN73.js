import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  conflictExtra,
  conflictGroup,
  evaluateMarker,
  exactPin,
  findRootPackage,
  isGroupInclude,
  parseLock,
  parsePyproject,
  parseToml,
  resolveDependency,
  sourceLabel,
  staleLockFindings
} from "./chunk-LWHE4DJM.js";
import {
  runProcess
} from "./chunk-5F4UCBJN.js";
import {
  actionsArtifactStore,
  compareBuildTags,
  cudaFindings,
  detectPlatform,
  hasFailure,
  lockSelection,
  minimumDriver,
  parseAllowance,
  parseCoreMetadata,
  parseDirectUrl,
  parseNvidiaSmiCsv,
  parseWheelInfo,
  pythonMinor,
  renderMatrixMarkdown,
  sdistBuildAdvice,
  verifyArtifactName,
  verifyEnvironment
} from "./chunk-LY6E7FAA.js";
import {
  normalizeName,
  parsePythonTarget,
  resolvePlatform,
  versionSatisfies
} from "./chunk-3PGUV6WA.js";
import {
  LockstepError,
  ParseError,
  actionsRunner
} from "./chunk-GPM325BZ.js";

// src/jobs/verify.ts
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path4 from "node:path";

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
  const str = (k) => typeof data[k] === "string" ? data[k] : "";
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
function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
function fromDirName(dir) {
  const stem = dir.slice(0, -".dist-info".length);
  const dash = stem.indexOf("-");
  return dash < 0 ? { name: stem, version: "" } : { name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
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
async function readVenv(venv, run2 = runProcess) {
  const python = venvPython(venv);
  const { info, sitePackages } = await probeInterpreter(python, venv, run2);
  return { venv, python, interpreter: info, sitePackages, installed: readInstalledDists(sitePackages) };
}

// src/adapters/project-files.ts
import { existsSync as existsSync3, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
function readIfExists(file) {
  return existsSync3(file) ? readFileSync2(file, "utf8") : null;
}
function asStrings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function workspaceGlobs(pyproject) {
  try {
    const doc = parseToml(pyproject, "pyproject.toml");
    const ws = doc.tool?.uv?.workspace;
    return { members: asStrings(ws?.members), exclude: asStrings(ws?.exclude) };
  } catch {
    return { members: [], exclude: [] };
  }
}
function segmentRegex(segment) {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${body}$`);
}
function globDirs(root, pattern) {
  let current = ["."];
  for (const segment of pattern.split("/").filter((s) => s !== "" && s !== ".")) {
    const next = [];
    for (const dir of current) {
      if (!/[*?]/.test(segment)) {
        const candidate = path3.join(dir, segment);
        if (existsSync3(path3.join(root, candidate))) next.push(candidate);
        continue;
      }
      const re = segmentRegex(segment === "**" ? "*" : segment);
      let entries = [];
      try {
        entries = readdirSync2(path3.join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      } catch {
        entries = [];
      }
      for (const name of entries.sort()) if (re.test(name) && !name.startsWith(".")) next.push(path3.join(dir, name));
    }
    current = next;
  }
  return current.filter((d) => {
    try {
      return statSync2(path3.join(root, d)).isDirectory();
    } catch {
      return false;
    }
  });
}
function readProjectFiles(projectDir) {
  if (!existsSync3(projectDir) || !statSync2(projectDir).isDirectory()) {
    throw new LockstepError(`${projectDir}: not a directory. Pass the directory that holds pyproject.toml and uv.lock.`);
  }
  const pyproject = readIfExists(path3.join(projectDir, "pyproject.toml"));
  const lock = readIfExists(path3.join(projectDir, "uv.lock"));
  if (pyproject === null && lock === null) {
    throw new LockstepError(`${projectDir}: neither pyproject.toml nor uv.lock found. Run lockstep in a uv project (or pass its directory).`);
  }
  const members = {};
  if (pyproject !== null) {
    const { members: patterns, exclude } = workspaceGlobs(pyproject);
    const excluded = new Set(exclude.flatMap((p) => globDirs(projectDir, p)).map((p) => path3.normalize(p)));
    for (const pattern of patterns) {
      for (const dir of globDirs(projectDir, pattern)) {
        if (excluded.has(path3.normalize(dir))) continue;
        const rel = path3.join(dir, "pyproject.toml");
        const text = readIfExists(path3.join(projectDir, rel));
        if (text !== null && path3.normalize(dir) !== ".") members[rel.split(path3.sep).join("/")] = text;
      }
    }
  }
  return { pyproject, lock, pyprojectPath: "pyproject.toml", lockPath: "uv.lock", members };
}

// src/core/pep/tags.ts
function minimumManylinuxMinor(arch) {
  switch (arch) {
    case "x86_64":
    case "i686":
      return 5;
    case "aarch64":
    case "armv7l":
    case "ppc64le":
    case "s390x":
      return 17;
    case "riscv64":
      return 31;
  }
}
function macBinaryFormats(arch) {
  if (arch === "aarch64") return ["arm64", "universal2"];
  if (arch === "x86_64") return ["x86_64", "intel", "fat64", "fat32", "universal2", "universal"];
  if (arch === "i686") return ["i386", "intel", "fat32", "fat", "universal"];
  return [];
}
function platformTags(platform) {
  const tags = [];
  const arch = platform.arch;
  if (platform.os === "windows") {
    if (arch === "x86_64") tags.push("win_amd64");
    else if (arch === "aarch64") tags.push("win_arm64");
    else if (arch === "i686") tags.push("win32");
    return tags;
  }
  if (platform.os === "macos") {
    const [major, minor] = platform.macos ?? [13, 0];
    const formats = macBinaryFormats(arch);
    if (major >= 11) {
      for (let m = major; m >= 11; m--) for (const f of formats) tags.push(`macosx_${m}_0_${f}`);
      const tenFormats = arch === "aarch64" ? ["universal2"] : formats;
      for (let m = 16; m >= 4; m--) for (const f of tenFormats) tags.push(`macosx_10_${m}_${f}`);
    } else if (major === 10 && arch !== "aarch64") {
      for (let m = minor; m >= 4; m--) for (const f of formats) tags.push(`macosx_10_${m}_${f}`);
    }
    return tags;
  }
  if (platform.libc === "musl") {
    const [major, minor] = platform.musl ?? [1, 2];
    for (let m = minor; m >= 0; m--) tags.push(`musllinux_${major}_${m}_${arch}`);
  } else {
    const [major, floor] = platform.glibc ?? [2, 17];
    const lowest = minimumManylinuxMinor(arch);
    if (lowest !== null) {
      for (let m = floor; m >= lowest; m--) {
        tags.push(`manylinux_${major}_${m}_${arch}`);
        if (major === 2 && m === 17) tags.push(`manylinux2014_${arch}`);
        if (major === 2 && m === 12) tags.push(`manylinux2010_${arch}`);
        if (major === 2 && m === 5) tags.push(`manylinux1_${arch}`);
      }
    }
  }
  tags.push(`linux_${arch}`);
  return tags;
}
function compatibleTagTriples(python, platform) {
  const target = parsePythonTarget(python);
  if (target.major !== 3) {
    throw new LockstepError(`Unsupported Python version ${JSON.stringify(python)}`, { hint: "Only CPython 3.x targets are supported." });
  }
  const { major, minor, freethreaded } = target;
  const cp = `cp${major}${minor}`;
  const abi = freethreaded ? `${cp}t` : minor <= 7 ? `${cp}m` : cp;
  const plats = platformTags(platform);
  const out = [];
  for (const p of plats) out.push({ python: cp, abi, platform: p });
  for (let m = minor; m >= 2; m--) {
    if (!freethreaded) for (const p of plats) out.push({ python: `cp${major}${m}`, abi: "abi3", platform: p });
    if (m === minor) for (const p of plats) out.push({ python: cp, abi: "none", platform: p });
  }
  for (let m = minor; m >= 0; m--) {
    for (const p of plats) out.push({ python: `py${major}${m}`, abi: "none", platform: p });
    if (m === minor) for (const p of plats) out.push({ python: `py${major}`, abi: "none", platform: p });
  }
  out.push({ python: cp, abi: "none", platform: "any" });
  for (let m = minor; m >= 0; m--) {
    out.push({ python: `py${major}${m}`, abi: "none", platform: "any" });
    if (m === minor) out.push({ python: `py${major}`, abi: "none", platform: "any" });
  }
  return out;
}
var MapTagMatcher = class {
  constructor(triples, freethreaded, cpVersion) {
    this.freethreaded = freethreaded;
    this.cpVersion = cpVersion;
    triples.forEach((t, rank) => {
      let abis = this.index.get(t.python);
      if (!abis) this.index.set(t.python, abis = /* @__PURE__ */ new Map());
      let plats = abis.get(t.abi);
      if (!plats) abis.set(t.abi, plats = /* @__PURE__ */ new Map());
      if (!plats.has(t.platform)) plats.set(t.platform, rank);
    });
  }
  freethreaded;
  cpVersion;
  /** python tag → abi tag → platform tag → rank (0 = most preferred). */
  index = /* @__PURE__ */ new Map();
  /** null when the wheel is installable; otherwise the closest miss (see {@link Incompatibility}). */
  incompatibility(wheel) {
    if (this.priority(wheel) !== null) return null;
    if (this.freethreaded && !wheel.abiTags.some((a) => a === "none" || /^cp\d+t$/.test(a))) return "freethreaded-abi";
    const versionAbis = wheel.abiTags.map((abi) => /^cp(\d+)/.exec(abi)?.[1]);
    if (versionAbis.every((v) => v !== void 0 && v !== this.cpVersion)) return "python";
    let closest = "python";
    for (const py of wheel.pythonTags) {
      const abis = this.index.get(py);
      if (!abis) continue;
      if (wheel.abiTags.some((abi) => abis.has(abi))) return "platform";
      closest = "abi";
    }
    return closest;
  }
  priority(wheel) {
    if (this.freethreaded && !wheel.abiTags.some((a) => a === "none" || /^cp\d+t$/.test(a))) return null;
    let best = null;
    for (const py of wheel.pythonTags) {
      const abis = this.index.get(py);
      if (!abis) continue;
      for (const abi of wheel.abiTags) {
        const plats = abis.get(abi);
        if (!plats) continue;
        for (const plat of wheel.platformTags) {
          const rank = plats.get(plat);
          if (rank !== void 0 && (best === null || rank < best)) best = rank;
        }
      }
    }
    return best;
  }
};
var MATCHERS = /* @__PURE__ */ new Map();
var MATCHERS_BY_PLATFORM = /* @__PURE__ */ new WeakMap();
function platformKey(platform) {
  return `${platform.name}|${platform.os}|${platform.arch}|${platform.libc}|${platform.glibc}|${platform.musl}|${platform.macos}`;
}
function tagMatcher(python, platform) {
  return matcherFor(python, platform);
}
function matcherFor(python, platform) {
  let perPython = MATCHERS_BY_PLATFORM.get(platform);
  const hit = perPython?.get(python);
  if (hit) return hit;
  const key = `${python}|${platformKey(platform)}`;
  let matcher = MATCHERS.get(key);
  if (!matcher) {
    const target = parsePythonTarget(python);
    matcher = new MapTagMatcher(compatibleTagTriples(python, platform), target.freethreaded, `${target.major}${target.minor}`);
    MATCHERS.set(key, matcher);
  }
  if (!perPython) MATCHERS_BY_PLATFORM.set(platform, perPython = /* @__PURE__ */ new Map());
  perPython.set(python, matcher);
  return matcher;
}

// src/core/matrix/targets.ts
var KNOWN_PYTHONS = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14"];
var DEFAULT_PLATFORMS = ["x86_64-manylinux_2_28", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"];
var CANDIDATES = [
  { name: "x86_64-manylinux_2_28", os: "linux", secondary: false },
  { name: "aarch64-manylinux_2_28", os: "linux", secondary: false },
  { name: "aarch64-apple-darwin", os: "macos", secondary: false },
  { name: "x86_64-apple-darwin", os: "macos", secondary: true },
  { name: "x86_64-pc-windows-msvc", os: "windows", secondary: false },
  { name: "aarch64-pc-windows-msvc", os: "windows", secondary: true }
];
function targetId(python, platform, cuda) {
  const p = parsePythonTarget(python);
  const cudaPart = cuda ? `-cu${cuda.replace(/\./g, "")}` : "";
  return `cp${p.major}${p.minor}${p.freethreaded ? "t" : ""}-${platform}${cudaPart}`;
}
function satisfies(version, spec) {
  try {
    return versionSatisfies(version, spec, { prereleases: true });
  } catch {
    return true;
  }
}
function markerPython(minor, requiresPython) {
  if (!requiresPython || /^\d+\.\d+\.\d+/.test(minor)) return minor;
  const base = minor.replace(/t$/, "");
  for (let patch = 0; patch <= 40; patch++) if (satisfies(`${base}.${patch}`, requiresPython)) return `${base}.${patch}`;
  return minor;
}
function minorsInside(requiresPython, candidates = KNOWN_PYTHONS) {
  if (!requiresPython) return [...candidates];
  return candidates.filter((minor) => {
    for (let patch = 0; patch <= 40; patch++) if (satisfies(`${minor}.${patch}`, requiresPython)) return true;
    return false;
  });
}
function markerHolds(marker, env) {
  try {
    return evaluateMarker(marker, { env });
  } catch {
    return false;
  }
}
function resolveTargets(lock, pyproject, options) {
  const requiresPython = lock?.requiresPython ?? pyproject?.requiresPython ?? null;
  const pythons = options.pythons && options.pythons.length > 0 ? options.pythons : minorsInside(requiresPython);
  for (const python of pythons) {
    parsePythonTarget(python);
    if (requiresPython && !minorsInside(requiresPython, [python.replace(/t$/, "").split(".").slice(0, 2).join(".")]).length) {
      throw new LockstepError(`Python ${python} is outside the project's requires-python (${requiresPython}).`, {
        hint: `uv would refuse to install the project there; pick Pythons inside ${requiresPython}.`
      });
    }
  }
  const explicitPlatforms = options.platforms && options.platforms.length > 0 ? options.platforms : null;
  const markers = lock && lock.supportedMarkers.length > 0 ? lock.supportedMarkers : pyproject?.tool.uv.environments ?? [];
  let pairs = [];
  if (explicitPlatforms) {
    for (const name of explicitPlatforms) resolvePlatform(name);
    for (const python of pythons) for (const platform of explicitPlatforms) pairs.push({ python, platform });
  } else if (markers.length === 0) {
    for (const python of pythons) for (const platform of DEFAULT_PLATFORMS) pairs.push({ python, platform });
  } else {
    const holds = (python, name) => {
      const env = resolvePlatform(name).markerEnvironment(markerPython(python, requiresPython));
      return markers.some((m) => markerHolds(m, env));
    };
    const chosen = CANDIDATES.filter((c) => {
      if (!pythons.some((py) => holds(py, c.name))) return false;
      if (!c.secondary) return true;
      return !CANDIDATES.some((p) => p.os === c.os && !p.secondary && pythons.some((py) => holds(py, p.name)));
    });
    for (const python of pythons) for (const c of chosen) if (holds(python, c.name)) pairs.push({ python, platform: c.name });
  }
  if (pairs.length === 0) {
    throw new LockstepError("No target to check: the requested Pythons/platforms fall outside what the lock supports.", {
      hint: `requires-python is ${requiresPython ?? "unset"}${markers.length ? `; supported environments: ${markers.join(" | ")}` : ""}. Pick --python/--platform values inside them.`
    });
  }
  pairs = pairs.filter((p, i) => pairs.findIndex((q) => q.python === p.python && q.platform === p.platform) === i);
  return pairs.map(({ python, platform }) => {
    const cuda = options.cuda && resolvePlatform(platform).os !== "macos" ? options.cuda : null;
    return { id: targetId(python, platform, cuda), python, platform, cuda };
  });
}

// src/core/matrix/engine.ts
var SOURCE_TREE_KINDS = /* @__PURE__ */ new Set(["git", "directory", "editable", "virtual"]);
function emptyReport(targets = []) {
  return {
    schema: 1,
    project: { name: null, version: null, requiresPython: null, lockRevision: null, packageCount: 0 },
    targets,
    packages: [],
    findings: []
  };
}
function parseErrorFinding(error, fallbackFile) {
  const finding = {
    code: "parse-error",
    severity: "error",
    message: `${error.message}${error.hint ? ` \u2014 ${error.hint}` : ""}`,
    file: error.file ?? fallbackFile
  };
  if (error.line !== void 0) finding.line = error.line;
  if (error.column !== void 0) finding.column = error.column;
  return finding;
}
function defaultGroups(pyproject, available) {
  const setting = pyproject?.tool.uv.defaultGroups ?? null;
  if (setting === "all") return available;
  if (setting) return setting.map(normalizeName);
  return ["dev"];
}
function findRoots(lock, pyproject, options) {
  let packages = [];
  const own = pyproject?.name ? findRootPackage(lock, pyproject.name) : void 0;
  if (own) packages = [own];
  else if (lock.manifest.members.length > 0) {
    packages = lock.manifest.members.map((m) => findRootPackage(lock, m)).filter((p) => p !== void 0);
  }
  if (packages.length === 0) {
    packages = lock.packages.filter((p) => (p.source.kind === "editable" || p.source.kind === "virtual") && p.source.location === ".");
  }
  const availableGroups = [...new Set(packages.flatMap((p) => Object.keys(p.devDependencies)))];
  const availableExtras = [...new Set(packages.flatMap((p) => Object.keys(p.optionalDependencies)))];
  const extras = options.allExtras ? availableExtras : [...new Set((options.extras ?? []).map(normalizeName))];
  const groups = [.../* @__PURE__ */ new Set([...options.noDefaultGroups ? [] : defaultGroups(pyproject, availableGroups), ...(options.groups ?? []).map(normalizeName)])];
  if (packages.length > 0) {
    const unknownExtras = (options.extras ?? []).filter((e) => !availableExtras.includes(normalizeName(e)));
    const unknownGroups = (options.groups ?? []).filter((g) => !availableGroups.includes(normalizeName(g)));
    if (unknownExtras.length > 0 || unknownGroups.length > 0) {
      const what = [...unknownExtras.map((e) => `extra \`${e}\``), ...unknownGroups.map((g) => `group \`${g}\``)].join(", ");
      throw new LockstepError(`${what} not defined by ${packages.map((p) => p.name).join(", ")} in ${lock.file}.`, {
        hint: `Defined extras: ${availableExtras.join(", ") || "(none)"}; dependency groups: ${availableGroups.join(", ") || "(none)"}. If pyproject.toml defines it, run \`uv lock\`.`
      });
    }
  }
  for (const set of lock.conflicts) {
    const chosen = set.filter(
      (item) => packages.some((root) => root.name === normalizeName(item.package)) && (item.extra !== void 0 && extras.includes(normalizeName(item.extra)) || item.group !== void 0 && groups.includes(normalizeName(item.group)))
    );
    if (chosen.length > 1) {
      const names = chosen.map((c) => c.extra !== void 0 ? `extra \`${c.extra}\`` : `group \`${c.group}\``).join(" and ");
      throw new LockstepError(`${names} are declared as conflicting (tool.uv.conflicts), so uv cannot install them together.`, {
        hint: chosen.some((c) => c.group !== void 0) ? "Select one of them; a conflicting default group is dropped with --no-default-groups (then list the groups you want)." : "Select only one of them."
      });
    }
  }
  const active = /* @__PURE__ */ new Set();
  for (const root of packages) {
    for (const extra of extras) active.add(conflictExtra(root.name, extra));
    for (const group of groups) active.add(conflictGroup(root.name, group));
  }
  return { packages, extras, groups, active };
}
function installSet(lock, roots, env, conflictPackages) {
  let active = roots.active;
  for (let round = 0; ; round++) {
    const { needed, activated } = walk(lock, roots, { env, extras: active });
    const grown = new Set(active);
    for (const [pkg, extra] of activated) if (conflictPackages.has(pkg.name)) grown.add(conflictExtra(pkg.name, extra));
    if (grown.size === active.size || round >= 4) return { needed };
    active = grown;
  }
}
function walk(lock, roots, ctx) {
  const memo = /* @__PURE__ */ new Map();
  const holds = (marker) => {
    if (marker === void 0) return true;
    let value = memo.get(marker);
    if (value === void 0) {
      value = evaluateMarker(marker, ctx);
      memo.set(marker, value);
    }
    return value;
  };
  const needed = /* @__PURE__ */ new Set();
  const activated = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [];
  const visit = (pkg, extra) => {
    const key = `${pkg.index}\0${extra}`;
    if (seen.has(key)) return;
    seen.add(key);
    needed.add(pkg);
    queue.push([pkg, extra]);
    if (extra !== "") activated.push([pkg, extra]);
  };
  const follow = (deps) => {
    for (const dep of deps ?? []) {
      if (!holds(dep.marker)) continue;
      const target = resolveDependency(lock, dep);
      if (!target) continue;
      visit(target, "");
      for (const extra of dep.extras) visit(target, extra);
    }
  };
  for (const root of roots.packages) {
    visit(root, "");
    for (const extra of roots.extras) if (root.optionalDependencies[extra]) visit(root, extra);
    for (const group of roots.groups) follow(root.devDependencies[group]);
  }
  if (roots.packages.length === 0) {
    for (const pkg of lock.packages) needed.add(pkg);
    return { needed, activated };
  }
  while (queue.length > 0) {
    const [pkg, extra] = queue.pop();
    follow(extra === "" ? pkg.dependencies : pkg.optionalDependencies[extra]);
  }
  return { needed, activated };
}
var WHEEL_TAGS = /* @__PURE__ */ new Map();
function wheelTags(filename) {
  let tags = WHEEL_TAGS.get(filename);
  if (tags !== void 0) return tags;
  tags = null;
  if (filename.endsWith(".whl")) {
    const parts = filename.slice(0, -4).split("-");
    if ((parts.length === 5 || parts.length === 6) && parts.every((p) => p !== "")) {
      const [python, abi, platform] = parts.slice(-3);
      tags = {
        name: parts[0],
        version: parts[1],
        build: parts.length === 6 ? parts[2] : null,
        pythonTags: python.split("."),
        abiTags: abi.split("."),
        platformTags: platform.split(".")
      };
    }
  }
  if (WHEEL_TAGS.size > 2e5) WHEEL_TAGS.clear();
  WHEEL_TAGS.set(filename, tags);
  return tags;
}
function chooseWheel(pkg, matcher) {
  let best = null;
  let bestRank = Infinity;
  let bestBuild = null;
  for (const wheel of pkg.wheels) {
    const parsed = wheelTags(wheel.filename);
    if (!parsed) continue;
    const rank = matcher.priority(parsed);
    if (rank === null) continue;
    if (rank < bestRank || rank === bestRank && compareBuildTags(parsed.build, bestBuild) > 0) {
      best = wheel.filename;
      bestRank = rank;
      bestBuild = parsed.build;
    }
  }
  return best;
}
function verdictFor(pkg, matcher) {
  if (SOURCE_TREE_KINDS.has(pkg.source.kind)) return { status: "source", file: pkg.source.location };
  const wheel = pkg.wheels.length > 0 ? chooseWheel(pkg, matcher) : null;
  if (wheel) return { status: "wheel", file: wheel };
  if (pkg.sdist) return { status: "sdist", file: pkg.sdist.filename };
  if (pkg.source.kind === "path" && pkg.wheels.length === 0) return { status: "source", file: pkg.source.location };
  return { status: "missing" };
}
function pkgLabel(pkg) {
  return pkg.version ? `${pkg.name} ${pkg.version}` : pkg.name;
}
function targetLabel(target) {
  return `CPython ${target.python} on ${target.platform}${target.cuda ? ` (CUDA ${target.cuda})` : ""}`;
}
function unpinnedFindings(pyproject, lock, file) {
  const direct = new Set(
    Object.entries(pyproject.tool.uv.sources).filter(([, list2]) => list2.some((s) => ["git", "url", "path", "workspace"].some((k) => k in s))).map(([name]) => normalizeName(name))
  );
  const own = pyproject.name ? normalizeName(pyproject.name) : null;
  const all = [
    ...pyproject.dependencies.map((r) => ["project.dependencies", r]),
    ...Object.entries(pyproject.optionalDependencies).flatMap(([extra, list2]) => list2.map((r) => [`optional dependency \`${extra}\``, r])),
    ...Object.entries(pyproject.dependencyGroups).flatMap(
      ([group, list2]) => list2.filter((r) => !isGroupInclude(r)).map((r) => [`dependency group \`${group}\``, r])
    ),
    ...pyproject.tool.uv.devDependencies.map((r) => ["tool.uv.dev-dependencies", r])
  ];
  const findings = [];
  for (const [where, r] of all) {
    const name = r.req.normalizedName;
    if (r.req.url !== null || direct.has(name) || name === own || exactPin(r.req) !== null) continue;
    const locked = [...new Set((lock?.byName.get(name) ?? []).map((p) => p.version).filter((v) => !!v))];
    const suggestion = locked.length === 1 ? ` Pin what uv.lock resolved: \`${r.req.name}==${locked[0]}\`.` : " Pin it with `==` to the version you tested.";
    findings.push({
      code: "unpinned-dependency",
      severity: "warning",
      package: name,
      message: `${r.req.name} in ${where} is not pinned with \`==\` (${r.req.specifier ? `\`${r.req.specifier}\`` : "any version"}).${suggestion}`,
      file,
      line: r.line,
      column: r.column
    });
  }
  return findings;
}
function lockedDist(pkg) {
  const dist = {
    name: pkg.name,
    version: pkg.version ?? "",
    source: sourceLabel(pkg.source),
    wheelUrls: pkg.wheels.map((w) => w.url ?? w.path ?? w.filename)
  };
  if (pkg.line !== void 0) dist.line = pkg.line;
  return dist;
}
function checkProject(files, options) {
  const pyprojectPath = files.pyprojectPath ?? "pyproject.toml";
  const lockPath = files.lockPath ?? "uv.lock";
  let pyproject = null;
  let lock = null;
  const members = [];
  try {
    if (files.pyproject !== null) pyproject = parsePyproject(files.pyproject, pyprojectPath);
    for (const [path5, text] of Object.entries(files.members ?? {})) members.push(parsePyproject(text, path5));
    if (files.lock !== null) lock = parseLock(files.lock, lockPath);
  } catch (error) {
    if (error instanceof ParseError) {
      const report = emptyReport();
      report.findings.push(applySeverity(parseErrorFinding(error, lockPath), options));
      return report;
    }
    throw error;
  }
  const findings = [];
  for (const project of [pyproject, ...members]) {
    if (project) findings.push(...unpinnedFindings(project, lock, project.file));
  }
  if (!lock) {
    const report = emptyReport();
    report.project = { name: pyproject?.name ?? null, version: pyproject?.version ?? null, requiresPython: pyproject?.requiresPython ?? null, lockRevision: null, packageCount: 0 };
    report.findings = findings.map((f) => applySeverity(f, options));
    return report;
  }
  if (pyproject) findings.push(...staleLockFindings(pyproject, lock, { pyproject: pyprojectPath, lock: lockPath }));
  for (const member of members) {
    if (member.name && findRootPackage(lock, member.name)) findings.push(...staleLockFindings(member, lock, { pyproject: member.file, lock: lockPath }));
  }
  const targets = resolveTargets(lock, pyproject, options);
  const roots = findRoots(lock, pyproject, options);
  const conflictPackages = new Set(lock.conflicts.flat().map((c) => normalizeName(c.package)));
  const reports = /* @__PURE__ */ new Map();
  for (const pkg of lock.packages) {
    const report = { name: pkg.name, version: pkg.version ?? "", source: sourceLabel(pkg.source), verdicts: {} };
    if (pkg.line !== void 0) report.line = pkg.line;
    reports.set(pkg, report);
  }
  const problems = /* @__PURE__ */ new Map();
  const distCache = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const platform = resolvePlatform(target.platform);
    const env = platform.markerEnvironment(markerPython(target.python, lock.requiresPython));
    const { needed } = installSet(lock, roots, env, conflictPackages);
    const matcher = tagMatcher(target.python, platform);
    const dists = [];
    for (const pkg of lock.packages) {
      if (!needed.has(pkg)) {
        reports.get(pkg).verdicts[target.id] = { status: "not-needed" };
        continue;
      }
      const verdict = verdictFor(pkg, matcher);
      reports.get(pkg).verdicts[target.id] = verdict;
      if (pkg.source.kind === "virtual") continue;
      let entry = problems.get(pkg);
      if (!entry) problems.set(pkg, entry = { sdist: [], missing: [], needed: 0 });
      entry.needed++;
      if (verdict.status === "sdist") entry.sdist.push(target);
      if (verdict.status === "missing") entry.missing.push(target);
      let dist = distCache.get(pkg);
      if (!dist) distCache.set(pkg, dist = lockedDist(pkg));
      dists.push(verdict.status === "wheel" ? { ...dist, chosenFile: verdict.file } : dist);
    }
    findings.push(...cudaFindings(dists, target, { driver: options.driver ?? null, lockFile: lockPath }));
  }
  const torchOn = (target) => {
    const torch = lock.byName.get("torch") ?? [];
    const needed = torch.find((p) => reports.get(p).verdicts[target.id]?.status !== "not-needed");
    return needed?.version ?? null;
  };
  for (const [pkg, entry] of problems) {
    const everywhere = (list2) => list2.length === entry.needed && list2.length === targets.length && targets.length > 1;
    if (entry.sdist.length > 0) {
      const groups = everywhere(entry.sdist) ? [null] : entry.sdist;
      for (const target of groups) {
        const t = target ?? entry.sdist[0];
        const advice = sdistBuildAdvice(pkg.name, { python: t.python, platform: t.platform, torch: torchOn(t), cuda: t.cuda, version: pkg.version ?? null });
        const where = target ? `for ${targetLabel(target)}` : "on any target";
        const finding = {
          code: "sdist-build",
          severity: advice.severity,
          package: pkg.name,
          message: `${pkgLabel(pkg)} has no compatible wheel ${where}; uv would build it from ${pkg.sdist.filename}.${advice.suggestion ? ` ${advice.suggestion}` : ""}`,
          file: lockPath
        };
        if (pkg.version) finding.version = pkg.version;
        if (target) finding.target = target.id;
        if (pkg.line !== void 0) finding.line = pkg.line;
        findings.push(finding);
      }
    }
    if (entry.missing.length > 0) {
      const groups = everywhere(entry.missing) ? [null] : entry.missing;
      for (const target of groups) {
        const where = target ? targetLabel(target) : "every target";
        const finding = {
          code: "no-distribution",
          severity: "error",
          package: pkg.name,
          message: `${pkgLabel(pkg)} is needed on ${where} but uv.lock has neither a compatible wheel nor an sdist for it: the install fails there. ${pkg.wheels.length > 0 ? `Its wheels are for other platforms (${pkg.wheels.slice(0, 3).map((w) => w.filename).join(", ")}${pkg.wheels.length > 3 ? ", \u2026" : ""}); restrict it with a marker, pick a version with a wheel for this target, or drop the target.` : "Re-lock with `uv lock` so uv records its distributions."}`,
          file: lockPath
        };
        if (pkg.version) finding.version = pkg.version;
        if (target) finding.target = target.id;
        if (pkg.line !== void 0) finding.line = pkg.line;
        findings.push(finding);
      }
    }
  }
  return {
    schema: 1,
    project: {
      name: pyproject?.name ?? roots.packages[0]?.name ?? null,
      version: pyproject?.version ?? roots.packages[0]?.version ?? null,
      requiresPython: lock.requiresPython ?? pyproject?.requiresPython ?? null,
      lockRevision: lock.revision,
      packageCount: lock.packages.length
    },
    targets,
    packages: [...reports.values()],
    findings: findings.map((f) => applySeverity(f, options))
  };
}
function applySeverity(finding, options) {
  const override = options.severities?.[finding.code];
  return override ? { ...finding, severity: override } : finding;
}

// src/jobs/verify.ts
function defaultVenv(projectDir, env) {
  const fromUv = env.UV_PROJECT_ENVIRONMENT;
  return fromUv ? path4.resolve(projectDir, fromUv) : path4.join(projectDir, ".venv");
}
async function collectVerifyResult(options, effects) {
  const projectDir = path4.resolve(options.projectDir);
  const venv = path4.resolve(projectDir, options.venv || defaultVenv(projectDir, effects.env));
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
      file: path4.join(projectDir, "uv.lock"),
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
function writeVerifyResult(result, dir) {
  mkdirSync(dir, { recursive: true });
  const file = path4.join(dir, `${verifyArtifactName(result.target)}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}
`);
  return file;
}
function list(value) {
  return value.split(/[\s,]+/).map((v) => v.trim()).filter(Boolean);
}
async function run(overrides = {}) {
  const deps = {
    runner: overrides.runner ?? actionsRunner(),
    run: overrides.run ?? runProcess,
    env: overrides.env ?? process.env,
    artifacts: overrides.artifacts ?? (() => actionsArtifactStore())
  };
  const { runner, env } = deps;
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const projectDir = path4.resolve(workspace, runner.input("working-directory") || ".");
    const collected = await runner.group(
      "Verify the environment against uv.lock",
      () => collectVerifyResult(
        {
          projectDir,
          venv: runner.input("venv") || null,
          python: runner.input("python") || null,
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
    const outputDir = path4.resolve(workspace, runner.input("output-dir") || path4.join(env.RUNNER_TEMP ?? os.tmpdir(), "lockstep-verify"));
    const file = writeVerifyResult(result, outputDir);
    const artifactName = verifyArtifactName(result.target);
    runner.setOutput("target", result.target);
    runner.setOutput("result", hasFailure(result) ? "fail" : "pass");
    runner.setOutput("json-path", file);
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
    if (hasFailure(result) && runner.booleanInput("fail-on-mismatch", true)) {
      const failed = result.checks.filter((c) => c.status === "fail").map((c) => c.name);
      runner.setFailed(`The environment differs from the lock for ${result.target}: ${failed.join(", ")} failed.`);
    }
  } catch (error) {
    if (error instanceof LockstepError) {
      const file = error.file ? path4.relative(env.GITHUB_WORKSPACE ?? process.cwd(), error.file) || error.file : void 0;
      runner.error(`${error.message}${error.hint ? ` ${error.hint}` : ""}`, { file, line: error.line, column: error.column, title: "lockstep verify" });
      runner.setFailed(error.message);
      return;
    }
    runner.setFailed(`lockstep verify failed: ${error.message}`);
  }
}
function annotate(runner, collected, projectDir, workspace) {
  const { result, report } = collected;
  const lockFile = path4.relative(workspace, path4.join(projectDir, "uv.lock")) || "uv.lock";
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

export {
  checkProject,
  readProjectFiles,
  collectVerifyResult,
  writeVerifyResult,
  run
};

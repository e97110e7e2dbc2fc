import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  PLATFORM_NAMES,
  compareDriver,
  cudaFlavour,
  fullFeatureDriver,
  parseWheelFilename,
  resolvePlatform
} from "./chunk-YKG64RBM.js";
import {
  compareVersions,
  normalizeName,
  splitLocal
} from "./chunk-2HEI5EQZ.js";
import {
  escapeMarkdown
} from "./chunk-FQ4P7XNH.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/core/verify/types.ts
var CHECK_NAMES = ["interpreter", "packages", "source-builds", "cuda-flavour", "cuda-driver"];

// src/core/verify/dist-info.ts
function parseHeaderFields(text) {
  const fields = /* @__PURE__ */ new Map();
  let last = null;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw === "") break;
    if (/^[ \t]/.test(raw) && last !== null) {
      const values2 = fields.get(last);
      values2[values2.length - 1] += `
${raw.trim()}`;
      continue;
    }
    const colon = raw.indexOf(":");
    if (colon <= 0) continue;
    last = raw.slice(0, colon).trim().toLowerCase();
    const value = raw.slice(colon + 1).trim();
    const values = fields.get(last);
    if (values) values.push(value);
    else fields.set(last, [value]);
  }
  return fields;
}
__name(parseHeaderFields, "parseHeaderFields");
function parseCoreMetadata(text) {
  const fields = parseHeaderFields(text);
  const name = fields.get("name")?.[0];
  const version = fields.get("version")?.[0];
  return name && version ? { name, version } : null;
}
__name(parseCoreMetadata, "parseCoreMetadata");
function parseWheelInfo(text) {
  const fields = parseHeaderFields(text);
  return { generator: fields.get("generator")?.[0] ?? null, tags: fields.get("tag") ?? [] };
}
__name(parseWheelInfo, "parseWheelInfo");
function parseDirectUrl(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const record = data;
  if (typeof record.url !== "string") return null;
  const dirInfo = record.dir_info;
  const kind = dirInfo ? "dir" : record.vcs_info ? "vcs" : record.archive_info ? "archive" : "unknown";
  return { url: record.url, kind, editable: dirInfo?.editable === true };
}
__name(parseDirectUrl, "parseDirectUrl");
function expandTagSet(pythonTags, abiTags, platformTags) {
  return pythonTags.flatMap((py) => abiTags.flatMap((abi) => platformTags.map((plat) => `${py}-${abi}-${plat}`)));
}
__name(expandTagSet, "expandTagSet");

// src/core/verify/interpreter.ts
var ARCH_ALIASES = {
  amd64: "x86_64",
  x64: "x86_64",
  arm64: "aarch64",
  i386: "i686",
  i586: "i686",
  x86: "i686",
  ppc64el: "ppc64le"
};
function normalizeArch(machine) {
  const lower = machine.toLowerCase();
  return ARCH_ALIASES[lower] ?? lower;
}
__name(normalizeArch, "normalizeArch");
function resolveClaim(platform) {
  try {
    return resolvePlatform(platform);
  } catch {
    return null;
  }
}
__name(resolveClaim, "resolveClaim");
function compareDotted(a, b) {
  const pa = a.split(".").map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(".").map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
__name(compareDotted, "compareDotted");
var SYSTEM_OS = { linux: "linux", darwin: "macos", win32: "windows", cygwin: "windows" };
function detectPlatform(info) {
  const arch = normalizeArch(info.machine);
  const os = SYSTEM_OS[info.system];
  if (os === "macos") return `${arch}-apple-darwin`;
  if (os === "windows") return `${arch}-pc-windows-msvc`;
  if (os !== "linux") return null;
  if (info.libc === "musl") return `${arch}-unknown-linux-musl`;
  const glibc = info.libcVersion?.match(/^(\d+)\.(\d+)/);
  if (!glibc || glibc[1] !== "2") return `${arch}-unknown-linux-gnu`;
  const minor = Number(glibc[2]);
  let best = null;
  for (const name of PLATFORM_NAMES) {
    const m = name.match(/^(.+)-manylinux_2_(\d+)$/);
    if (!m || m[1] !== arch || Number(m[2]) > minor) continue;
    if (!best || Number(m[2]) > best.minor) best = { name, minor: Number(m[2]) };
  }
  return best?.name ?? `${arch}-unknown-linux-gnu`;
}
__name(detectPlatform, "detectPlatform");
function pythonMinor(version) {
  return version.split(".").slice(0, 2).join(".");
}
__name(pythonMinor, "pythonMinor");
function checkInterpreter(info, target) {
  const problems = [];
  const seen = `${info.implementation} ${info.version}${info.freeThreaded ? " (free-threaded)" : ""} on ${info.sysconfigPlatform}${info.libc ? ` (${info.libc} ${info.libcVersion ?? "?"})` : ""}`;
  if (info.implementation.toLowerCase() !== "cpython") problems.push(`the interpreter is ${info.implementation}, the lock targets CPython`);
  const claimedFreeThreaded = target.python.endsWith("t");
  const claimed = claimedFreeThreaded ? target.python.slice(0, -1) : target.python;
  const actual = claimed.split(".").length >= 3 ? info.version : pythonMinor(info.version);
  if (actual !== claimed) problems.push(`Python ${info.version} is not ${target.python}`);
  if (claimedFreeThreaded && !info.freeThreaded) problems.push("the interpreter is not a free-threaded build, the target is");
  if (!claimedFreeThreaded && info.freeThreaded) problems.push(`the interpreter is a free-threaded build (${claimed}t), the target is not`);
  const claim = resolveClaim(target.platform);
  if (!claim) {
    problems.push(`"${target.platform}" is not a platform name verify knows (use uv's --python-platform names)`);
  } else {
    const os = SYSTEM_OS[info.system] ?? info.system;
    const arch = normalizeArch(info.machine);
    if (os !== claim.os) problems.push(`the OS is ${os}, the target is ${claim.os}`);
    if (arch !== claim.arch) problems.push(`the CPU is ${arch}, the target is ${claim.arch}`);
    if (claim.os === "linux" && os === "linux") {
      const wanted = claim.libc === "musl" ? "musl" : "glibc";
      const floor = (claim.libc === "musl" ? claim.musl : claim.glibc)?.join(".");
      if (info.libc && info.libc !== wanted) problems.push(`the C library is ${info.libc}, the target needs ${wanted}`);
      else if (floor && info.libcVersion && compareDotted(info.libcVersion, floor) < 0) {
        problems.push(`${wanted} ${info.libcVersion} is older than the ${wanted} ${floor} the target's wheels need`);
      }
    }
  }
  if (problems.length > 0) return { name: "interpreter", status: "fail", details: `${seen}: ${problems.join("; ")}` };
  return { name: "interpreter", status: "pass", details: `${seen} fits ${target.python} / ${target.platform}` };
}
__name(checkInterpreter, "checkInterpreter");

// src/core/verify/packages.ts
var SEED_PACKAGES = /* @__PURE__ */ new Set(["pip", "setuptools", "wheel"]);
function isProjectLocal(source) {
  return /^(editable|virtual)\+/.test(source);
}
__name(isProjectLocal, "isProjectLocal");
function lockSelection(report, targetId) {
  const selected = [];
  for (const pkg of report.packages) {
    const verdict = pkg.verdicts[targetId];
    if (!verdict || verdict.status === "not-needed" || verdict.status === "conda") continue;
    if (pkg.source.startsWith("virtual+")) continue;
    selected.push({
      name: normalizeName(pkg.name),
      version: pkg.version,
      source: pkg.source,
      status: verdict.status,
      file: verdict.file,
      projectLocal: isProjectLocal(pkg.source)
    });
  }
  return selected.sort((a, b) => a.name.localeCompare(b.name));
}
__name(lockSelection, "lockSelection");
function byName(installed) {
  const map = /* @__PURE__ */ new Map();
  for (const dist of installed) {
    const key = normalizeName(dist.name);
    map.set(key, [...map.get(key) ?? [], dist]);
  }
  return map;
}
__name(byName, "byName");
function comparePackages(selection, installed) {
  const mismatches = [];
  const notes = [];
  const installedByName = byName(installed);
  const lockedNames = /* @__PURE__ */ new Set();
  for (const locked of selection) {
    lockedNames.add(locked.name);
    const found = installedByName.get(locked.name) ?? [];
    if (found.length === 0) {
      if (locked.projectLocal) notes.push(`${locked.name} (the project itself) is not installed`);
      else mismatches.push({ name: locked.name, locked: locked.version, installed: null });
      continue;
    }
    const versions = found.map((d) => d.version);
    if (found.length > 1 || compareVersions(found[0].version, locked.version) !== 0) {
      mismatches.push({ name: locked.name, locked: locked.version, installed: versions.join(", ") });
    }
  }
  const ignoredSeeds = [];
  for (const [name, dists] of installedByName) {
    if (lockedNames.has(name)) continue;
    if (SEED_PACKAGES.has(name)) {
      ignoredSeeds.push(`${name} ${dists.map((d) => d.version).join(", ")}`);
      continue;
    }
    mismatches.push({ name, locked: null, installed: dists.map((d) => d.version).join(", ") });
  }
  mismatches.sort((a, b) => a.name.localeCompare(b.name));
  if (ignoredSeeds.length > 0) notes.push(`ignored installer seed packages not in the lock: ${ignoredSeeds.join(", ")}`);
  if (mismatches.some((m) => m.locked === null)) {
    notes.push("packages the lock does not select: was the venv synced with extras or groups verify was not told about (inputs extras/groups, --extra/--group)?");
  }
  const tail = notes.length > 0 ? ` (${notes.join("; ")})` : "";
  if (mismatches.length === 0) {
    return {
      check: { name: "packages", status: "pass", details: `${installed.length} installed distributions match the ${selection.length} the lock selects${tail}` },
      mismatches
    };
  }
  const describe = /* @__PURE__ */ __name((m) => m.installed === null ? `${m.name} ${m.locked} missing` : m.locked === null ? `${m.name} ${m.installed} not in the lock` : `${m.name} ${m.installed} installed, ${m.locked} locked`, "describe");
  return {
    check: { name: "packages", status: "fail", details: `${mismatches.length} differ from the lock: ${mismatches.map(describe).join("; ")}${tail}` },
    mismatches
  };
}
__name(comparePackages, "comparePackages");
function parseAllowance(values) {
  const names = /* @__PURE__ */ new Set();
  let all = false;
  for (const value of values.flatMap((v) => v.split(/[\s,]+/))) {
    const v = value.trim();
    if (!v || v.toLowerCase() === "false") continue;
    if (v.toLowerCase() === "true") all = true;
    else names.add(normalizeName(v));
  }
  return { all, names };
}
__name(parseAllowance, "parseAllowance");
function wheelTags(file) {
  try {
    const w = parseWheelFilename(file);
    return expandTagSet(w.pythonTags, w.abiTags, w.platformTags);
  } catch {
    return null;
  }
}
__name(wheelTags, "wheelTags");
var WHEEL_URL = /\.whl(?:[?#].*)?$/i;
function sourceBuildEvidence(dist, locked) {
  if (locked && (locked.projectLocal || locked.source.startsWith("directory+"))) return [];
  if (dist.directUrl?.editable) return [];
  const evidence = [];
  if (dist.builtByUv) evidence.push("uv built it (uv_build.json)");
  const direct = dist.directUrl;
  if (direct?.kind === "vcs") evidence.push(`installed from a VCS checkout ${direct.url}`);
  else if (direct?.kind === "dir") evidence.push(`installed from the directory ${direct.url}`);
  else if (direct?.kind === "archive" && !WHEEL_URL.test(direct.url)) evidence.push(`installed from the source archive ${direct.url}`);
  if (locked?.status === "sdist") evidence.push(`the lock has no wheel for this target, only ${locked.file ?? "an sdist"}`);
  else if (locked?.status === "source") evidence.push(`locked as a source tree (${locked.source})`);
  else if (locked?.status === "wheel" && locked.file && dist.tags.length > 0) {
    const expected = wheelTags(locked.file);
    if (expected) {
      const want = new Set(expected);
      const same = dist.tags.length === want.size && dist.tags.every((t) => want.has(t));
      if (!same) evidence.push(`its WHEEL tags ${dist.tags.join(".")} are not those of the locked ${locked.file}`);
    }
  }
  return evidence;
}
__name(sourceBuildEvidence, "sourceBuildEvidence");
function checkSourceBuilds(selection, installed, allowance) {
  const lockedByName = new Map(selection.map((l) => [l.name, l]));
  const built = [];
  for (const dist of installed) {
    const name = normalizeName(dist.name);
    const why = sourceBuildEvidence(dist, lockedByName.get(name));
    if (why.length > 0) built.push({ name, why });
  }
  if (built.length === 0) {
    return { name: "source-builds", status: "pass", details: "nothing was built from source (the project and its workspace members excepted)" };
  }
  const describe = /* @__PURE__ */ __name((b) => `${b.name}: ${b.why.join(", ")}`, "describe");
  const allowed = built.filter((b) => allowance.all || allowance.names.has(b.name));
  const refused = built.filter((b) => !allowed.includes(b));
  if (refused.length === 0) {
    return { name: "source-builds", status: "pass", details: `built from source, allowed: ${allowed.map(describe).join("; ")}` };
  }
  return {
    name: "source-builds",
    status: "fail",
    details: `${refused.length} built from source: ${refused.map(describe).join("; ")}. Lock a version with a wheel for this target, or allow it (input allow-source-builds / --allow-build NAME).`
  };
}
__name(checkSourceBuilds, "checkSourceBuilds");

// src/core/verify/cuda.ts
var DRIVER = /^\d+(\.\d+)+$/;
function parseNvidiaSmiCsv(stdout) {
  const lines = stdout.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const gpus = [];
  for (const [index, line] of lines.entries()) {
    const comma = line.indexOf(",");
    const first = (comma < 0 ? line : line.slice(0, comma)).trim();
    const rest = comma < 0 ? "" : line.slice(comma + 1).trim();
    if (index === 0 && /^driver_version\b/i.test(first)) continue;
    if (!DRIVER.test(first)) return { kind: "failed", message: lines.join(" ").slice(0, 300) };
    gpus.push({ driver: first, name: rest });
  }
  if (gpus.length === 0) return { kind: "failed", message: lines.join(" ").slice(0, 300) || "nvidia-smi printed no GPU" };
  return { kind: "ok", gpus };
}
__name(parseNvidiaSmiCsv, "parseNvidiaSmiCsv");
function flavourOf(l) {
  return cudaFlavour({ name: l.name, version: l.version, source: l.source, wheelUrls: [], chosenFile: l.status === "wheel" ? l.file : void 0 });
}
__name(flavourOf, "flavourOf");
function lockedCuda(selection) {
  const flavoured = selection.map((l) => ({ l, f: flavourOf(l) })).filter((x) => x.f !== null && x.f.cuda !== "cpu");
  const pick = flavoured.find((x) => x.l.name === "torch" && x.f.kind === "build") ?? flavoured.find((x) => x.f.kind === "build") ?? flavoured.find((x) => x.f.minor !== null) ?? flavoured[0];
  return pick ? { cuda: pick.f.cuda, from: `${pick.l.name} ${pick.l.version}` } : null;
}
__name(lockedCuda, "lockedCuda");
function checkCudaFlavour(selection, installed, target) {
  const locked = lockedCuda(selection);
  const installedByName = new Map(installed.map((d) => [normalizeName(d.name), d]));
  const problems = [];
  for (const l of selection) {
    const lockedLocal = splitLocal(l.version).local;
    if (!lockedLocal || !flavourOf(l)?.evidence.startsWith("local label")) continue;
    const dist = installedByName.get(l.name);
    if (!dist) continue;
    const installedLocal = splitLocal(dist.version).local;
    if (installedLocal !== lockedLocal) problems.push(`${l.name} ${dist.version} is installed, the lock has ${l.version}`);
  }
  if (target.cuda && !locked) problems.push(`the target claims CUDA ${target.cuda} but the lock selects no CUDA packages for it`);
  if (target.cuda && locked && target.cuda.split(".")[0] !== locked.cuda.split(".")[0]) {
    problems.push(`the target claims CUDA ${target.cuda}, the lock selects CUDA ${locked.cuda} (${locked.from})`);
  }
  if (problems.length > 0) return { name: "cuda-flavour", status: "fail", details: problems.join("; ") };
  if (!locked) return { name: "cuda-flavour", status: "skip", details: "the lock selects no CUDA packages for this target" };
  return { name: "cuda-flavour", status: "pass", details: `CUDA ${locked.cuda} as locked (${locked.from})` };
}
__name(checkCudaFlavour, "checkCudaFlavour");
function describeGpus(gpus) {
  const names = [...new Set(gpus.map((g) => g.name || "unnamed GPU"))].join(", ");
  return `${gpus.length} GPU${gpus.length === 1 ? "" : "s"} (${names})`;
}
__name(describeGpus, "describeGpus");
function checkCudaDriver(query, selection, minimumDriver) {
  if (query.kind === "absent") {
    return { name: "cuda-driver", status: "skip", details: "nvidia-smi is not on PATH (no NVIDIA GPU on this runner): CUDA driver check skipped" };
  }
  if (query.kind === "failed") {
    return { name: "cuda-driver", status: "skip", details: `nvidia-smi reports no usable GPU (${query.message}): CUDA driver check skipped` };
  }
  const locked = lockedCuda(selection);
  if (!locked) return { name: "cuda-driver", status: "skip", details: `${describeGpus(query.gpus)}; the lock selects no CUDA runtime to check the driver against` };
  let floor = null;
  try {
    floor = minimumDriver(locked.cuda);
  } catch {
    floor = null;
  }
  if (!floor) {
    return { name: "cuda-driver", status: "skip", details: `${describeGpus(query.gpus)}; no known minimum driver for CUDA ${locked.cuda}` };
  }
  const tooOld = query.gpus.filter((g) => compareDriver(g.driver, floor) < 0);
  const drivers = [...new Set(query.gpus.map((g) => g.driver))].join(", ");
  if (tooOld.length > 0) {
    return {
      name: "cuda-driver",
      status: "fail",
      details: `${describeGpus(query.gpus)}: driver ${drivers} is older than ${floor}, the minimum for CUDA ${locked.cuda} (${locked.from}). Use a runner with a newer driver or lock an older CUDA build.`
    };
  }
  const full = fullFeatureDriver(locked.cuda);
  const caveat = full && query.gpus.some((g) => compareDriver(g.driver, full) < 0) ? ` (below ${full}, the driver CUDA ${locked.cuda} ships with: it runs under minor-version compatibility, without PTX JIT of newer code)` : "";
  return { name: "cuda-driver", status: "pass", details: `${describeGpus(query.gpus)}: driver ${drivers} \u2265 ${floor} needed by CUDA ${locked.cuda} (${locked.from})${caveat}` };
}
__name(checkCudaDriver, "checkCudaDriver");

// src/core/verify/verify.ts
function verifyEnvironment(input) {
  const packages = comparePackages(input.selection, input.installed);
  return {
    schema: 1,
    target: input.target.id,
    checks: [
      checkInterpreter(input.interpreter, input.target),
      packages.check,
      checkSourceBuilds(input.selection, input.installed, input.allowance),
      checkCudaFlavour(input.selection, input.installed, input.target),
      checkCudaDriver(input.gpu, input.selection, input.minimumDriver)
    ],
    mismatches: packages.mismatches,
    python: input.target.python,
    platform: input.target.platform,
    cuda: input.target.cuda,
    gpus: input.gpu.kind === "ok" ? input.gpu.gpus : []
  };
}
__name(verifyEnvironment, "verifyEnvironment");
function hasFailure(result) {
  return result.checks.some((c) => c.status === "fail");
}
__name(hasFailure, "hasFailure");
function verifyArtifactName(targetId) {
  return `lockstep-verify-${targetId.replace(/[\s"':<>|*?\\/]+/g, "_")}`;
}
__name(verifyArtifactName, "verifyArtifactName");
var TARGET_ID = /^[A-Za-z0-9._+-]{1,200}$/;
function parseVerifyResult(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error.message})`);
  }
  const r = data;
  if (!r || typeof r !== "object" || r.schema !== 1 || typeof r.target !== "string" || !Array.isArray(r.checks) || !Array.isArray(r.mismatches)) {
    throw new Error(`${file}: not a lockstep verify result (expected {"schema": 1, "target", "checks", "mismatches"})`);
  }
  if (!TARGET_ID.test(r.target)) {
    throw new Error(`${file}: the target id is not one (letters, digits, \`._+-\`, at most 200 characters)`);
  }
  for (const c of r.checks) {
    if (!c || typeof c.name !== "string" || !["pass", "fail", "skip"].includes(c.status)) {
      throw new Error(`${file}: a check has no name or a status other than pass/fail/skip`);
    }
    if (c.details !== void 0 && typeof c.details !== "string") throw new Error(`${file}: check ${JSON.stringify(c.name)} has details that are not text`);
  }
  const textOrNull = /* @__PURE__ */ __name((v) => v === null || typeof v === "string", "textOrNull");
  for (const m of r.mismatches) {
    if (!m || typeof m.name !== "string" || !textOrNull(m.locked) || !textOrNull(m.installed)) {
      throw new Error(`${file}: a mismatch is not {"name", "locked", "installed"} with text or null values`);
    }
  }
  return r;
}
__name(parseVerifyResult, "parseVerifyResult");

// src/core/verify/render.ts
var ICON = { pass: "\u2705", fail: "\u274C", skip: "\u23ED" };
var TEXT_MARK = { pass: "PASS", fail: "FAIL", skip: "SKIP" };
function describeMismatch(m) {
  if (m.installed === null) return `${m.name}: locked ${m.locked}, not installed`;
  if (m.locked === null) return `${m.name}: ${m.installed} installed, not in the lock`;
  return `${m.name}: locked ${m.locked}, installed ${m.installed}`;
}
__name(describeMismatch, "describeMismatch");
function renderVerifyText(result) {
  const lines = [`lockstep verify: ${result.target}`];
  const width = Math.max(...result.checks.map((c) => c.name.length));
  for (const check of result.checks) lines.push(`  ${TEXT_MARK[check.status]}  ${check.name.padEnd(width)}  ${check.details}`);
  if (result.mismatches.length > 0) {
    lines.push("", "Mismatches:");
    for (const m of result.mismatches) lines.push(`  ${describeMismatch(m)}`);
  }
  const failed = result.checks.filter((c) => c.status === "fail").length;
  lines.push("", failed === 0 ? "The environment matches the lock." : `${failed} check${failed === 1 ? "" : "s"} failed.`);
  return `${lines.join("\n")}
`;
}
__name(renderVerifyText, "renderVerifyText");
function columns(results) {
  const names = [...CHECK_NAMES];
  for (const r of results) for (const c of r.checks) if (!names.includes(c.name)) names.push(c.name);
  return names.filter((n) => results.some((r) => r.checks.some((c) => c.name === n)));
}
__name(columns, "columns");
function renderMatrixMarkdown(results) {
  const sorted = [...results].sort((a, b) => a.target.localeCompare(b.target));
  const cols = columns(sorted);
  const failing = sorted.filter((r) => r.checks.some((c) => c.status === "fail"));
  const out = ["## lockstep verify", ""];
  if (sorted.length === 0) {
    out.push("No `lockstep-verify-*` results were found: did the matrix jobs run `verify`?", "");
    return out.join("\n");
  }
  out.push(
    failing.length === 0 ? `All ${sorted.length} target${sorted.length === 1 ? "" : "s"} got the environment the lock promises.` : `${failing.length} of ${sorted.length} targets differ from the lock.`,
    ""
  );
  out.push(`| Target | ${cols.map(escapeMarkdown).join(" | ")} |`);
  out.push(`| --- | ${cols.map(() => ":---:").join(" | ")} |`);
  for (const r of sorted) {
    const cells = cols.map((name) => {
      const check = r.checks.find((c) => c.name === name);
      return check ? ICON[check.status] : "";
    });
    out.push(`| ${escapeMarkdown(r.target)} | ${cells.join(" | ")} |`);
  }
  out.push("", `\u2705 pass \xB7 \u274C fail \xB7 \u23ED skipped`, "");
  for (const r of failing) {
    out.push(`### ${escapeMarkdown(r.target)}`, "");
    for (const c of r.checks.filter((x) => x.status === "fail")) out.push(`- **${escapeMarkdown(c.name)}**: ${escapeMarkdown(c.details)}`);
    if (r.mismatches.length > 0) {
      out.push("", "| Package | Locked | Installed |", "| --- | --- | --- |");
      for (const m of r.mismatches) {
        out.push(`| ${escapeMarkdown(m.name)} | ${m.locked === null ? "\u2014" : escapeMarkdown(m.locked)} | ${m.installed === null ? "\u2014" : escapeMarkdown(m.installed)} |`);
      }
    }
    out.push("");
  }
  const skipped = sorted.flatMap((r) => r.checks.filter((c) => c.status === "skip" && c.name === "cuda-driver").map(() => r.target));
  if (skipped.length > 0 && skipped.length === sorted.length) out.push("_CUDA driver checks were skipped: no target reported an NVIDIA GPU._", "");
  return out.join("\n");
}
__name(renderMatrixMarkdown, "renderMatrixMarkdown");

export {
  CHECK_NAMES,
  parseHeaderFields,
  parseCoreMetadata,
  parseWheelInfo,
  parseDirectUrl,
  expandTagSet,
  normalizeArch,
  detectPlatform,
  pythonMinor,
  checkInterpreter,
  SEED_PACKAGES,
  lockSelection,
  comparePackages,
  parseAllowance,
  sourceBuildEvidence,
  checkSourceBuilds,
  parseNvidiaSmiCsv,
  lockedCuda,
  checkCudaFlavour,
  checkCudaDriver,
  verifyEnvironment,
  hasFailure,
  verifyArtifactName,
  parseVerifyResult,
  renderVerifyText,
  renderMatrixMarkdown
};

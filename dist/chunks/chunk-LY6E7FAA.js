import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  PLATFORM_NAMES,
  compareVersions,
  isValidVersion,
  normalizeName,
  resolvePlatform,
  splitLocal
} from "./chunk-3PGUV6WA.js";
import {
  LockstepError
} from "./chunk-GPM325BZ.js";

// src/core/matrix/knowledge.ts
var RELEASE_REPOS = {
  "flash-attn": { repo: "Dao-AILab/flash-attention", dist: "flash_attn" },
  "mamba-ssm": { repo: "state-spaces/mamba", dist: "mamba_ssm" },
  "causal-conv1d": { repo: "Dao-AILab/causal-conv1d", dist: "causal_conv1d" }
};
function majorMinor(version) {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : null;
}
function torchLabelCuda(torch) {
  const label = torch.split("+")[1];
  if (!label) return null;
  if (/^cpu\b/i.test(label)) return "cpu";
  const m = /cu(\d{2,4})/i.exec(label);
  if (!m) return null;
  const digits = m[1];
  return digits.length === 2 ? digits : `${digits.slice(0, 2)}.${digits.slice(2)}`;
}
function torchCxx11Abi(torch) {
  const mm = majorMinor(torch);
  if (!mm) return null;
  const [major, minor] = mm;
  if (major < 2 || major === 2 && minor <= 5) return false;
  if (major === 2 && minor === 6) return torchLabelCuda(torch) === "12.6";
  return true;
}
function linuxArch(platform) {
  if (/linux|manylinux/.test(platform) && !/musl/.test(platform)) {
    if (platform.startsWith("x86_64")) return "x86_64";
    if (platform.startsWith("aarch64")) return "aarch64";
  }
  return null;
}
function versionAtLeast(version, major, minor) {
  const mm = majorMinor(version);
  return mm !== null && (mm[0] > major || mm[0] === major && mm[1] >= minor);
}
function flashAttnWheelName(spec) {
  const pkg = spec.package ?? "flash-attn";
  const dist = RELEASE_REPOS[pkg]?.dist ?? pkg.replace(/-/g, "_");
  const arch = linuxArch(spec.platform);
  if (!arch) throw new Error(`${pkg} publishes release wheels for Linux x86_64/aarch64 only, not ${spec.platform}`);
  const cudaMajor = spec.cuda.split(".")[0];
  let cudaTag = cudaMajor;
  if (pkg === "flash-attn" && !versionAtLeast(spec.version, 2, 7)) {
    cudaTag = cudaMajor === "11" ? "118" : versionAtLeast(spec.version, 2, 6) ? "123" : "122";
  }
  const torchMm = majorMinor(spec.torch);
  if (!torchMm) throw new Error(`not a torch version: ${spec.torch}`);
  const abi = spec.cxx11abi ?? torchCxx11Abi(spec.torch) ?? false;
  const py = `cp${spec.python.replace(".", "")}`;
  return `${dist}-${spec.version}+cu${cudaTag}torch${torchMm[0]}.${torchMm[1]}cxx11abi${abi ? "TRUE" : "FALSE"}-${py}-${py}-linux_${arch}.whl`;
}
function flashAttnWheelUrl(spec) {
  const pkg = spec.package ?? "flash-attn";
  const repo = RELEASE_REPOS[pkg]?.repo ?? "Dao-AILab/flash-attention";
  const name = flashAttnWheelName(spec).replace("+", "%2B");
  return `https://github.com/${repo}/releases/download/v${spec.version}/${name}`;
}
function urlSourceSnippet(name, url, platform) {
  const machine = platform.startsWith("aarch64") ? "aarch64" : "x86_64";
  return `[tool.uv.sources]
${name} = { url = "${url}", marker = "sys_platform == 'linux' and platform_machine == '${machine}'" }`;
}
function releaseWheelAdvice(ctx, name) {
  const cuda = ctx.cuda && ctx.cuda !== "cpu" ? ctx.cuda : ctx.torch ? torchLabelCuda(ctx.torch) : null;
  if (!linuxArch(ctx.platform)) {
    return `${name} has no prebuilt wheels for ${ctx.platform} and needs CUDA to build: exclude it there with a marker (\`${name}; sys_platform == 'linux'\`).`;
  }
  if (!ctx.torch) return `${name} compiles CUDA kernels against torch; lock torch and use the ${name} release wheel for your torch/CUDA/Python from https://github.com/${RELEASE_REPOS[name].repo}/releases.`;
  const cudaForName = cuda && cuda !== "cpu" ? cuda : "12";
  const url = flashAttnWheelUrl({ package: name, version: ctx.version ?? "VERSION", cuda: cudaForName, torch: ctx.torch, python: ctx.python, platform: ctx.platform });
  const assumed = cuda && cuda !== "cpu" ? "" : " (CUDA 12 assumed: torch carries no CUDA label)";
  return `Use the prebuilt release wheel instead of compiling${assumed}: ${url}
${urlSourceSnippet(name, url, ctx.platform)}`;
}
var COMPILE_HEAVY = {
  fasttext: () => "fasttext ships only an sdist (C++ build). Swap in the prebuilt fork fasttext-wheel (same `import fasttext`): depend on `fasttext-wheel==0.9.2` and keep transitive fasttext out:\n[tool.uv]\noverride-dependencies = [\"fasttext ; sys_platform == 'never'\"]",
  "flash-attn": releaseWheelAdvice,
  "mamba-ssm": releaseWheelAdvice,
  "causal-conv1d": releaseWheelAdvice,
  deepspeed: () => 'deepspeed is sdist-only and imports torch while building: give it the locked torch instead of an isolated build env:\n[tool.uv.extra-build-dependencies]\ndeepspeed = [{ requirement = "torch", match-runtime = true }]\n(DS_BUILD_OPS=0, the default, keeps CUDA ops JIT-compiled at first use.)',
  xformers: (ctx) => `xformers publishes wheels for Linux x86_64 and Windows only; on ${ctx.platform} it would compile CUDA/C++ for a long time: restrict it with a marker (\`xformers; sys_platform == 'linux' or sys_platform == 'win32'\`).`,
  pycocotools: () => "pycocotools has wheels since 2.0.7 (CPython 3.9+): pin `pycocotools>=2.0.7`.",
  mmcv: (ctx) => `mmcv compiles CUDA ops from source; use OpenMMLab's prebuilt index for your torch/CUDA (find-links https://download.openmmlab.com/mmcv/dist/cu${(ctx.cuda ?? "12.1").replace(".", "")}/torch${ctx.torch ? ctx.torch.split("+")[0].split(".").slice(0, 2).join(".") : "2.1"}/index.html) or mmcv-lite if you need no ops.`,
  "torch-scatter": pygAdvice,
  "torch-sparse": pygAdvice,
  "torch-cluster": pygAdvice,
  "torch-spline-conv": pygAdvice,
  "pyg-lib": pygAdvice,
  "llama-cpp-python": (ctx) => `llama-cpp-python compiles llama.cpp; use its prebuilt wheel index: [[tool.uv.index]] url = "https://abetlen.github.io/llama-cpp-python/whl/${ctx.cuda && ctx.cuda !== "cpu" ? `cu${ctx.cuda.replace(".", "")}` : "cpu"}".`,
  pytorch3d: () => "pytorch3d has no PyPI wheels; build once and serve the wheel from your own index, or use the conda/NGC images that ship it.",
  apex: () => "apex must be compiled against the exact torch/CUDA; prefer torch.amp / fused optimizers in torch, or an NGC container that ships it.",
  dlib: () => "dlib compiles C++ (CMake, ~10 min); use dlib-bin, the prebuilt-wheel fork (`dlib-bin`, same `import dlib`).",
  tensorrt: () => `The tensorrt sdist on PyPI only fetches the real wheels from NVIDIA at build time: add NVIDIA's index so uv locks the wheels directly:
[[tool.uv.index]]
name = "nvidia"
url = "https://pypi.nvidia.com"`,
  "tensorrt-cu12": (ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n),
  "tensorrt-cu13": (ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n),
  "tensorrt-cu12-libs": (ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n),
  "tensorrt-cu13-libs": (ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n)
};
function pygAdvice(ctx, name) {
  const torch = ctx.torch ? ctx.torch.split("+")[0] : "TORCH_VERSION";
  const cuda = ctx.cuda && ctx.cuda !== "cpu" ? ctx.cuda : ctx.torch ? torchLabelCuda(ctx.torch) : null;
  const tag = !cuda || cuda === "cpu" ? "cpu" : `cu${cuda.replace(".", "")}`;
  return `${name} compiles C++/CUDA; PyG publishes wheels per torch/CUDA: [[tool.uv.index]] url = "https://data.pyg.org/whl/torch-${torch}+${tag}.html" (format = "flat"), or drop it (torch_geometric \u2265 2.3 works without it).`;
}
var PURE_PYTHON_SDISTS = /* @__PURE__ */ new Set([
  "antlr4-python3-runtime",
  "wget",
  "docopt",
  "promise",
  "fire",
  "langdetect",
  "func-timeout",
  "julius",
  "argbind",
  "randomname",
  "distance",
  "jieba",
  "pylatexenc",
  "llist",
  "gym",
  "moviepy",
  "bravado-core",
  "unidic-lite",
  "openai-whisper"
]);
function normalizeName2(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function sdistBuildAdvice(name, ctx) {
  const key = normalizeName2(name);
  const advisor = COMPILE_HEAVY[key];
  if (advisor) return { severity: "error", suggestion: advisor(ctx, key) };
  if (PURE_PYTHON_SDISTS.has(key)) {
    return {
      severity: "warning",
      suggestion: `${key} is pure Python: the build only packs files, but it still needs a build backend at install time (fails with --no-build / offline).`
    };
  }
  return { severity: "warning" };
}

// src/core/matrix/cuda.ts
function cudaFromDigits(digits) {
  if (digits.startsWith("1") && digits.length >= 2) {
    const major2 = Number(digits.slice(0, 2));
    const rest2 = digits.slice(2);
    return rest2 ? { cuda: `${major2}.${Number(rest2)}`, major: major2, minor: Number(rest2) } : { cuda: String(major2), major: major2, minor: null };
  }
  const major = Number(digits[0]);
  const rest = digits.slice(1);
  return rest ? { cuda: `${major}.${Number(rest)}`, major, minor: Number(rest) } : { cuda: String(major), major, minor: null };
}
function torchFromDigits(text) {
  if (text.includes(".")) return text.split(".").slice(0, 2).join(".");
  if (text.length <= 3) return `${text[0]}.${text[1]}`;
  return `${text[0]}.${text.slice(1, 3)}`;
}
function parseLabel(label) {
  const lower = label.toLowerCase();
  if (/^cpu(\b|$|[._])/.test(lower)) return { cuda: "cpu", major: null, minor: null };
  const cu = /(?:^|[^a-z])(?:pt\d+)?cu(\d{2,4})(?!\d)/.exec(lower) ?? /(?:^|[._])cu(\d{2,4})/.exec(lower);
  if (!cu) return null;
  const result = cudaFromDigits(cu[1]);
  const torch = /torch(\d+\.\d+|\d{2,4})/.exec(lower) ?? /(?:^|[^a-z])pt(\d{2,3})cu/.exec(lower);
  if (torch) result.torch = torchFromDigits(torch[1]);
  const abi = /cxx11abi(true|false)/.exec(lower);
  if (abi) result.cxx11abi = abi[1] === "true";
  return result;
}
function flavourFromUrl(url) {
  const path2 = url.replace(/^[a-z+]+:\/\/[^/]+/i, "");
  for (const segment of path2.split("/")) {
    const s = segment.toLowerCase();
    if (s === "cpu") return { cuda: "cpu", major: null, minor: null };
    const m = /^cu(\d{2,4})$/.exec(s);
    if (m) return cudaFromDigits(m[1]);
  }
  return null;
}
var TOOLKIT_VERSIONED = /* @__PURE__ */ new Set([
  "cuda-toolkit",
  "nvidia-cuda-runtime",
  "nvidia-cuda-nvrtc",
  "nvidia-cuda-cupti",
  "nvidia-cuda-nvcc",
  "nvidia-nvjitlink",
  "nvidia-cuda-crt",
  "nvidia-nvvm"
]);
function sourceUrl(source) {
  return source.replace(/^(registry|url|git|path|directory|editable|virtual)\+/, "");
}
function cudaFlavour(dist) {
  const name = dist.name.toLowerCase();
  const label = dist.version.split("+")[1];
  if (label) {
    const parsed = parseLabel(label);
    if (parsed) return { ...parsed, kind: "build", evidence: `local label +${label}` };
  }
  const fileName = dist.chosenFile ?? (dist.wheelUrls.length === 1 ? decodeURIComponent(dist.wheelUrls[0].split("/").pop()) : void 0);
  const fileLabel = fileName ? /^[^-]+-[^-]+\+([^-]+)-/.exec(fileName)?.[1] : void 0;
  if (fileLabel) {
    const parsed = parseLabel(fileLabel);
    if (parsed) return { ...parsed, kind: "build", evidence: `wheel ${fileName}` };
  }
  if (dist.source.startsWith("registry+") || /^https?:/.test(dist.source)) {
    const url = sourceUrl(dist.source);
    const parsed = flavourFromUrl(url);
    if (parsed) return { ...parsed, kind: "build", evidence: `index ${url}` };
  }
  const suffix = /(?:^|-)cu(?:da)?(\d{2})x?(?=-|$)/.exec(name);
  const base = suffix ? name.replace(/-cu\d{2}$/, "") : name;
  if (TOOLKIT_VERSIONED.has(base)) {
    const m = /^(\d+)\.(\d+)/.exec(dist.version);
    if (m) {
      const major = Number(m[1]);
      if (!suffix || Number(suffix[1]) === major) {
        return { cuda: `${major}.${Number(m[2])}`, major, minor: Number(m[2]), kind: "runtime", evidence: `${dist.name} ${dist.version}` };
      }
    }
  }
  if (suffix) {
    const major = Number(suffix[1]);
    return { cuda: String(major), major, minor: null, kind: "runtime", evidence: `name suffix ${suffix[0].replace(/^-/, "-")}` };
  }
  return null;
}
function describe(d) {
  return `${d.dist.name} ${d.dist.version} (CUDA ${d.flavour.cuda}, from ${d.flavour.evidence})`;
}
var INDEX_FOR_MAJOR = { 11: "cu118", 12: "cu128", 13: "cu130" };
function majorFix(d, wantedMajor) {
  const name = d.dist.name;
  const suffixed = name.replace(/(-cu(?:da)?)(\d{2})(x?)(?=-|$)/, (_m, pre, _d, x) => `${pre}${wantedMajor}${x}`);
  if (suffixed !== name) return `depend on \`${suffixed}\` instead of \`${name}\``;
  if (d.flavour.evidence.startsWith("index ")) return `lock ${name} from a CUDA ${wantedMajor} index as well (e.g. https://download.pytorch.org/whl/${INDEX_FOR_MAJOR[wantedMajor] ?? `cu${wantedMajor}x`})`;
  return `lock a ${name} build for CUDA ${wantedMajor}`;
}
var FULL_FEATURE_DRIVER = {
  "11.0": "450.51.05",
  "11.1": "455.23",
  "11.2": "460.27.03",
  "11.3": "465.19.01",
  "11.4": "470.42.01",
  "11.5": "495.29.05",
  "11.6": "510.39.01",
  "11.7": "515.43.04",
  "11.8": "520.61.05",
  "12.0": "525.60.13",
  "12.1": "530.30.02",
  "12.2": "535.54.03",
  "12.3": "545.23.06",
  "12.4": "550.54.14",
  "12.5": "555.42.02",
  "12.6": "560.28.03",
  "12.8": "570.26",
  "12.9": "575.51.03",
  "13.0": "580.65.06",
  "13.1": "590.44.01"
};
var MINOR_COMPAT_FLOOR = { 11: "450.80.02", 12: "525.60.13", 13: "580.65.06" };
function compareDriver(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
function minimumDriver(cuda) {
  const major = Number(cuda.split(".")[0]);
  const floor = MINOR_COMPAT_FLOOR[major];
  if (floor) return floor;
  if (major > 13) throw new Error(`no driver data for CUDA ${cuda}; update the table in src/core/matrix/cuda.ts`);
  throw new Error(`CUDA ${cuda} predates minor-version compatibility; lockstep knows CUDA 11 and newer`);
}
function fullFeatureDriver(cuda) {
  const [major, minor] = cuda.split(".");
  if (minor === void 0) return null;
  return FULL_FEATURE_DRIVER[`${major}.${minor}`] ?? null;
}
var RELEASE_WHEEL_PACKAGES = /* @__PURE__ */ new Set(["flash-attn", "mamba-ssm", "causal-conv1d"]);
function cudaFindings(dists, target, options) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (code, severity, dist, message) => {
    const key = `${code}\0${dist?.name ?? ""}\0${dist?.version ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    const finding = { code, severity, message, target: target.id, file: options.lockFile };
    if (dist) {
      finding.package = dist.name;
      finding.version = dist.version;
      if (dist.line !== void 0) finding.line = dist.line;
    }
    findings.push(finding);
  };
  const flavoured = [];
  for (const dist of dists) {
    const flavour = cudaFlavour(dist);
    if (flavour && flavour.major !== null) flavoured.push({ dist, flavour });
  }
  const torch = dists.find((d) => d.name.toLowerCase() === "torch");
  const torchEntry = flavoured.find((d) => d.dist === torch);
  let reference = torchEntry;
  if (!reference && flavoured.length > 0) {
    const counts = /* @__PURE__ */ new Map();
    for (const d of flavoured) counts.set(d.flavour.major, (counts.get(d.flavour.major) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    reference = flavoured.find((d) => d.flavour.major === best && d.flavour.kind === "build") ?? flavoured.find((d) => d.flavour.major === best);
  }
  if (reference) {
    const ref = reference.flavour;
    for (const d of flavoured) {
      if (d === reference) continue;
      if (d.flavour.major !== ref.major) {
        add(
          "cuda-mismatch",
          "error",
          d.dist,
          `${describe(d)} and ${describe(reference)} need different CUDA majors; libraries of two majors cannot load in one process. Fix: ${majorFix(d, ref.major)}, or move ${reference.dist.name} to CUDA ${d.flavour.major}.`
        );
      } else if (d.flavour.kind === "build" && ref.kind === "build" && d.flavour.minor !== null && ref.minor !== null && d.flavour.minor !== ref.minor) {
        add(
          "cuda-mismatch",
          "warning",
          d.dist,
          `${describe(d)} was built with a different CUDA minor than ${describe(reference)}. Lock both from the same cu${ref.major}${ref.minor} index/build to rule out import-time version checks and PTX JIT failures.`
        );
      }
    }
  }
  if (torch) {
    const torchMm = /^(\d+\.\d+)/.exec(torch.version)?.[1];
    const torchAbi = torchCxx11Abi(torch.version);
    for (const d of flavoured) {
      if (d.dist === torch) continue;
      const fix = () => {
        const name = d.dist.name.toLowerCase();
        if (!RELEASE_WHEEL_PACKAGES.has(name) || !/linux/.test(target.platform)) return `use the ${d.dist.name} build for torch ${torchMm}`;
        try {
          const url = flashAttnWheelUrl({
            package: name,
            version: d.dist.version.split("+")[0],
            cuda: torchEntry?.flavour.cuda ?? d.flavour.cuda,
            torch: torch.version,
            python: target.python,
            platform: target.platform
          });
          return `use ${url}`;
        } catch {
          return `use the ${d.dist.name} build for torch ${torchMm}`;
        }
      };
      if (d.flavour.torch && torchMm && d.flavour.torch !== torchMm) {
        add(
          "cuda-mismatch",
          "error",
          d.dist,
          `${d.dist.name} ${d.dist.version} was compiled against torch ${d.flavour.torch}, but torch ${torch.version} is locked: its C++ extension fails to import (undefined symbol). Fix: ${fix()}.`
        );
      } else if (d.flavour.cxx11abi !== void 0 && torchAbi !== null && d.flavour.cxx11abi !== torchAbi) {
        add(
          "cuda-mismatch",
          "error",
          d.dist,
          `${d.dist.name} ${d.dist.version} is built with cxx11abi${d.flavour.cxx11abi ? "TRUE" : "FALSE"}, but torch ${torch.version} wheels use cxx11abi${torchAbi ? "TRUE" : "FALSE"}: the extension fails to import (undefined symbol). Fix: ${fix()}.`
        );
      }
    }
  }
  if (target.cuda && reference) {
    const wantedMajor = Number(target.cuda.split(".")[0]);
    const ref = reference.flavour;
    if (wantedMajor !== ref.major) {
      add(
        "cuda-mismatch",
        "error",
        reference.dist,
        `target ${target.id} provides CUDA ${target.cuda}, but the lock uses CUDA ${ref.cuda} (${describe(reference)}). Fix: lock ${reference.dist.name} from the cu${wantedMajor}x index for this target, or change the target's CUDA.`
      );
    }
  }
  if (options.driver && !/darwin/.test(target.platform)) {
    const needing = flavoured.filter((d) => MINOR_COMPAT_FLOOR[d.flavour.major] !== void 0).sort((a, b) => b.flavour.major - a.flavour.major || (b.flavour.minor ?? -1) - (a.flavour.minor ?? -1))[0];
    if (needing) {
      const floor = minimumDriver(needing.flavour.cuda);
      const full = fullFeatureDriver(needing.flavour.cuda);
      if (compareDriver(options.driver, floor) < 0) {
        add(
          "driver-floor",
          "error",
          needing.dist,
          `driver ${options.driver} is older than ${floor}, the minimum for CUDA ${needing.flavour.major}.x that ${describe(needing)} needs: CUDA fails to initialise. Fix: upgrade the NVIDIA driver to \u2265 ${full ?? floor}, or lock CUDA ${needing.flavour.major - 1}.x builds.`
        );
      } else if (full && compareDriver(options.driver, full) < 0) {
        add(
          "driver-floor",
          "warning",
          needing.dist,
          `driver ${options.driver} runs CUDA ${needing.flavour.cuda} (${describe(needing)}) only through minor-version compatibility (\u2265 ${floor}); CUDA ${needing.flavour.cuda} needs \u2265 ${full} for all features (PTX JIT of newer kernels fails with "unsupported toolchain"). Fix: upgrade the driver to \u2265 ${full}.`
        );
      }
    }
  }
  return findings;
}

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
function resolveClaim(platform) {
  try {
    return resolvePlatform(platform);
  } catch {
    return null;
  }
}
function compareDotted(a, b) {
  const pa = a.split(".").map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(".").map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
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
function pythonMinor(version) {
  return version.split(".").slice(0, 2).join(".");
}
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

// src/core/pep/wheel.ts
function lastPathSegment(urlOrFilename) {
  let s = urlOrFilename;
  const hash = s.indexOf("#");
  if (hash >= 0) s = s.slice(0, hash);
  const query = s.indexOf("?");
  if (query >= 0) s = s.slice(0, query);
  const slash = Math.max(s.lastIndexOf("/"), s.lastIndexOf("\\"));
  const segment = slash >= 0 ? s.slice(slash + 1) : s;
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new LockstepError(`Malformed percent-encoding in ${JSON.stringify(urlOrFilename)}`, {
      hint: 'A "%" in a URL must be followed by two hex digits (e.g. %2B for "+").'
    });
  }
}
var TAG_PART = /^[A-Za-z0-9_.]+$/;
function wheelError(urlOrFilename, why) {
  const shown = urlOrFilename.length > 300 ? `${urlOrFilename.slice(0, 300)}\u2026` : urlOrFilename;
  return new LockstepError(`Not a valid wheel filename ${JSON.stringify(shown)}: ${why}`, {
    hint: "Wheel files are named {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl (PEP 427)."
  });
}
var PARSED = /* @__PURE__ */ new Map();
var PARSED_LIMIT = 2e5;
function parseWheelFilename(urlOrFilename) {
  const cached = PARSED.get(urlOrFilename);
  if (cached) return cached;
  const parsed = parseUncached(urlOrFilename);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(urlOrFilename, parsed);
  return parsed;
}
function parseUncached(urlOrFilename) {
  const file = lastPathSegment(urlOrFilename);
  if (!file.endsWith(".whl")) throw wheelError(urlOrFilename, "it does not end in .whl");
  const parts = file.slice(0, -4).split("-");
  if (parts.length !== 5 && parts.length !== 6) {
    throw wheelError(urlOrFilename, `expected 5 or 6 dash-separated parts, found ${parts.length}`);
  }
  const [name, version] = parts;
  const build = parts.length === 6 ? parts[2] : null;
  const [python, abi, platform] = parts.slice(-3);
  if (!/^[\p{L}\p{N}_.]+$/u.test(name) || name.includes("__")) throw wheelError(urlOrFilename, `invalid distribution name '${name}'`);
  if (!isValidVersion(version)) throw wheelError(urlOrFilename, `invalid version '${version}'`);
  if (build !== null && !/^\d[A-Za-z0-9_.]*$/.test(build)) throw wheelError(urlOrFilename, `invalid build tag '${build}' (must start with a digit)`);
  for (const [label, part] of [["python", python], ["abi", abi], ["platform", platform]]) {
    if (!TAG_PART.test(part) || part.split(".").some((t) => t === "")) throw wheelError(urlOrFilename, `invalid ${label} tag '${part}'`);
  }
  return Object.freeze({
    name,
    version,
    build,
    pythonTags: Object.freeze(python.split(".")),
    abiTags: Object.freeze(abi.split(".")),
    platformTags: Object.freeze(platform.split("."))
  });
}
function compareBuildTags(a, b) {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const [, an = "0", as = ""] = /^(\d*)(.*)$/.exec(a);
  const [, bn = "0", bs = ""] = /^(\d*)(.*)$/.exec(b);
  const na = BigInt(an || "0");
  const nb = BigInt(bn || "0");
  if (na !== nb) return na < nb ? -1 : 1;
  return as < bs ? -1 : as > bs ? 1 : 0;
}

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
function parseCoreMetadata(text) {
  const fields = parseHeaderFields(text);
  const name = fields.get("name")?.[0];
  const version = fields.get("version")?.[0];
  return name && version ? { name, version } : null;
}
function parseWheelInfo(text) {
  const fields = parseHeaderFields(text);
  return { generator: fields.get("generator")?.[0] ?? null, tags: fields.get("tag") ?? [] };
}
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
function expandTagSet(pythonTags, abiTags, platformTags) {
  return pythonTags.flatMap((py) => abiTags.flatMap((abi) => platformTags.map((plat) => `${py}-${abi}-${plat}`)));
}

// src/core/verify/packages.ts
var SEED_PACKAGES = /* @__PURE__ */ new Set(["pip", "setuptools", "wheel"]);
function isProjectLocal(source) {
  return /^(editable|virtual)\+/.test(source);
}
function lockSelection(report, targetId) {
  const selected = [];
  for (const pkg of report.packages) {
    const verdict = pkg.verdicts[targetId];
    if (!verdict || verdict.status === "not-needed") continue;
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
function byName(installed) {
  const map = /* @__PURE__ */ new Map();
  for (const dist of installed) {
    const key = normalizeName(dist.name);
    map.set(key, [...map.get(key) ?? [], dist]);
  }
  return map;
}
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
  const describe2 = (m) => m.installed === null ? `${m.name} ${m.locked} missing` : m.locked === null ? `${m.name} ${m.installed} not in the lock` : `${m.name} ${m.installed} installed, ${m.locked} locked`;
  return {
    check: { name: "packages", status: "fail", details: `${mismatches.length} differ from the lock: ${mismatches.map(describe2).join("; ")}${tail}` },
    mismatches
  };
}
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
function wheelTags(file) {
  try {
    const w = parseWheelFilename(file);
    return expandTagSet(w.pythonTags, w.abiTags, w.platformTags);
  } catch {
    return null;
  }
}
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
  const describe2 = (b) => `${b.name}: ${b.why.join(", ")}`;
  const allowed = built.filter((b) => allowance.all || allowance.names.has(b.name));
  const refused = built.filter((b) => !allowed.includes(b));
  if (refused.length === 0) {
    return { name: "source-builds", status: "pass", details: `built from source, allowed: ${allowed.map(describe2).join("; ")}` };
  }
  return {
    name: "source-builds",
    status: "fail",
    details: `${refused.length} built from source: ${refused.map(describe2).join("; ")}. Lock a version with a wheel for this target, or allow it (input allow-source-builds / --allow-build NAME).`
  };
}

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
function flavourOf(l) {
  return cudaFlavour({ name: l.name, version: l.version, source: l.source, wheelUrls: [], chosenFile: l.status === "wheel" ? l.file : void 0 });
}
function lockedCuda(selection) {
  const flavoured = selection.map((l) => ({ l, f: flavourOf(l) })).filter((x) => x.f !== null && x.f.cuda !== "cpu");
  const pick = flavoured.find((x) => x.l.name === "torch" && x.f.kind === "build") ?? flavoured.find((x) => x.f.kind === "build") ?? flavoured.find((x) => x.f.minor !== null) ?? flavoured[0];
  return pick ? { cuda: pick.f.cuda, from: `${pick.l.name} ${pick.l.version}` } : null;
}
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
function describeGpus(gpus) {
  const names = [...new Set(gpus.map((g) => g.name || "unnamed GPU"))].join(", ");
  return `${gpus.length} GPU${gpus.length === 1 ? "" : "s"} (${names})`;
}
function checkCudaDriver(query, selection, minimumDriver2) {
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
    floor = minimumDriver2(locked.cuda);
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
function hasFailure(result) {
  return result.checks.some((c) => c.status === "fail");
}
function verifyArtifactName(targetId) {
  return `lockstep-verify-${targetId.replace(/[\s"':<>|*?\\/]+/g, "_")}`;
}
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
  for (const c of r.checks) {
    if (!c || typeof c.name !== "string" || !["pass", "fail", "skip"].includes(c.status)) {
      throw new Error(`${file}: a check has no name or a status other than pass/fail/skip`);
    }
  }
  return r;
}

// src/core/report/markdown-escape.ts
var MARKDOWN_SPECIAL = /[\\`*_[\]()#.!|<>~&@:]/g;
var HTML_ENTITIES = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };
function escapeMarkdown(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(MARKDOWN_SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}
function markdownCode(text) {
  const flat = text.replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// src/core/verify/types.ts
var CHECK_NAMES = ["interpreter", "packages", "source-builds", "cuda-flavour", "cuda-driver"];

// src/core/verify/render.ts
var ICON = { pass: "\u2705", fail: "\u274C", skip: "\u23ED" };
var TEXT_MARK = { pass: "PASS", fail: "FAIL", skip: "SKIP" };
function describeMismatch(m) {
  if (m.installed === null) return `${m.name}: locked ${m.locked}, not installed`;
  if (m.locked === null) return `${m.name}: ${m.installed} installed, not in the lock`;
  return `${m.name}: locked ${m.locked}, installed ${m.installed}`;
}
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
function columns(results) {
  const names = [...CHECK_NAMES];
  for (const r of results) for (const c of r.checks) if (!names.includes(c.name)) names.push(c.name);
  return names.filter((n) => results.some((r) => r.checks.some((c) => c.name === n)));
}
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

// src/adapters/artifact.ts
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
function actionsArtifactStore(options = {}) {
  const client = async () => new (await import("./artifact-FHT62WRL.js")).DefaultArtifactClient();
  return {
    async upload(name, file, uploadOptions = {}) {
      const artifactClient = await client();
      if (uploadOptions.overwrite) {
        const { ArtifactNotFoundError } = await import("./artifact-FHT62WRL.js");
        try {
          await artifactClient.deleteArtifact(name);
        } catch (error) {
          if (!(error instanceof ArtifactNotFoundError)) throw error;
        }
      }
      const result = await artifactClient.uploadArtifact(name, [file], path.dirname(file), {
        retentionDays: options.retentionDays
      });
      return { name, id: result.id ?? null, size: result.size ?? null };
    },
    async downloadAll(prefix, dir) {
      const artifactClient = await client();
      const { artifacts } = await artifactClient.listArtifacts({ latest: true });
      const dirs = [];
      for (const artifact of artifacts.filter((a) => a.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name))) {
        const target = path.join(dir, artifact.name);
        mkdirSync(target, { recursive: true });
        await artifactClient.downloadArtifact(artifact.id, { path: target });
        dirs.push(target);
      }
      return dirs;
    }
  };
}

export {
  compareBuildTags,
  sdistBuildAdvice,
  minimumDriver,
  cudaFindings,
  escapeMarkdown,
  markdownCode,
  parseCoreMetadata,
  parseWheelInfo,
  parseDirectUrl,
  detectPlatform,
  pythonMinor,
  lockSelection,
  parseAllowance,
  parseNvidiaSmiCsv,
  verifyEnvironment,
  hasFailure,
  verifyArtifactName,
  parseVerifyResult,
  renderVerifyText,
  renderMatrixMarkdown,
  actionsArtifactStore
};

import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  isValidVersion
} from "./chunk-2HEI5EQZ.js";
import {
  LockstepError
} from "./chunk-ZL5AOOU4.js";
import {
  __name
} from "./chunk-I4TOYENA.js";

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
__name(majorMinor, "majorMinor");
function torchLabelCuda(torch) {
  const label = torch.split("+")[1];
  if (!label) return null;
  if (/^cpu\b/i.test(label)) return "cpu";
  const m = /cu(\d{2,4})/i.exec(label);
  if (!m) return null;
  const digits = m[1];
  return digits.length === 2 ? digits : `${digits.slice(0, 2)}.${digits.slice(2)}`;
}
__name(torchLabelCuda, "torchLabelCuda");
function torchCxx11Abi(torch) {
  const mm = majorMinor(torch);
  if (!mm) return null;
  const [major, minor] = mm;
  if (major < 2 || major === 2 && minor <= 5) return false;
  if (major === 2 && minor === 6) return torchLabelCuda(torch) === "12.6";
  return true;
}
__name(torchCxx11Abi, "torchCxx11Abi");
function linuxArch(platform) {
  if (/linux|manylinux/.test(platform) && !/musl/.test(platform)) {
    if (platform.startsWith("x86_64")) return "x86_64";
    if (platform.startsWith("aarch64")) return "aarch64";
  }
  return null;
}
__name(linuxArch, "linuxArch");
function versionAtLeast(version, major, minor) {
  const mm = majorMinor(version);
  return mm !== null && (mm[0] > major || mm[0] === major && mm[1] >= minor);
}
__name(versionAtLeast, "versionAtLeast");
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
__name(flashAttnWheelName, "flashAttnWheelName");
function flashAttnWheelUrl(spec) {
  const pkg = spec.package ?? "flash-attn";
  const repo = RELEASE_REPOS[pkg]?.repo ?? "Dao-AILab/flash-attention";
  const name = flashAttnWheelName(spec).replace("+", "%2B");
  return `https://github.com/${repo}/releases/download/v${spec.version}/${name}`;
}
__name(flashAttnWheelUrl, "flashAttnWheelUrl");
function urlSourceSnippet(name, url, platform) {
  const machine = platform.startsWith("aarch64") ? "aarch64" : "x86_64";
  return `[tool.uv.sources]
${name} = { url = "${url}", marker = "sys_platform == 'linux' and platform_machine == '${machine}'" }`;
}
__name(urlSourceSnippet, "urlSourceSnippet");
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
__name(releaseWheelAdvice, "releaseWheelAdvice");
var COMPILE_HEAVY = {
  fasttext: /* @__PURE__ */ __name(() => "fasttext ships only an sdist (C++ build). Swap in the prebuilt fork fasttext-wheel (same `import fasttext`): depend on `fasttext-wheel==0.9.2` and keep transitive fasttext out:\n[tool.uv]\noverride-dependencies = [\"fasttext ; sys_platform == 'never'\"]", "fasttext"),
  "flash-attn": releaseWheelAdvice,
  "mamba-ssm": releaseWheelAdvice,
  "causal-conv1d": releaseWheelAdvice,
  deepspeed: /* @__PURE__ */ __name(() => 'deepspeed is sdist-only and imports torch while building: give it the locked torch instead of an isolated build env (DS_BUILD_OPS=0, the default, keeps CUDA ops JIT-compiled at first use):\n[tool.uv.extra-build-dependencies]\ndeepspeed = [{ requirement = "torch", match-runtime = true }]', "deepspeed"),
  xformers: /* @__PURE__ */ __name((ctx) => `xformers publishes wheels for Linux x86_64 and Windows only; on ${ctx.platform} it would compile CUDA/C++ for a long time: restrict it with a marker (\`xformers; sys_platform == 'linux' or sys_platform == 'win32'\`).`, "xformers"),
  pycocotools: /* @__PURE__ */ __name(() => "pycocotools has wheels since 2.0.7 (CPython 3.9+): pin `pycocotools>=2.0.7`.", "pycocotools"),
  mmcv: /* @__PURE__ */ __name((ctx) => `mmcv compiles CUDA ops from source; use OpenMMLab's prebuilt index for your torch/CUDA (find-links https://download.openmmlab.com/mmcv/dist/cu${(ctx.cuda ?? "12.1").replace(".", "")}/torch${ctx.torch ? ctx.torch.split("+")[0].split(".").slice(0, 2).join(".") : "2.1"}/index.html) or mmcv-lite if you need no ops.`, "mmcv"),
  "torch-scatter": pygAdvice,
  "torch-sparse": pygAdvice,
  "torch-cluster": pygAdvice,
  "torch-spline-conv": pygAdvice,
  "pyg-lib": pygAdvice,
  "llama-cpp-python": /* @__PURE__ */ __name((ctx) => `llama-cpp-python compiles llama.cpp; use its prebuilt wheel index: [[tool.uv.index]] url = "https://abetlen.github.io/llama-cpp-python/whl/${ctx.cuda && ctx.cuda !== "cpu" ? `cu${ctx.cuda.replace(".", "")}` : "cpu"}".`, "llama-cpp-python"),
  pytorch3d: /* @__PURE__ */ __name(() => "pytorch3d has no PyPI wheels; build once and serve the wheel from your own index, or use the conda/NGC images that ship it.", "pytorch3d"),
  apex: /* @__PURE__ */ __name(() => "apex must be compiled against the exact torch/CUDA; prefer torch.amp / fused optimizers in torch, or an NGC container that ships it.", "apex"),
  dlib: /* @__PURE__ */ __name(() => "dlib compiles C++ (CMake, ~10 min); use dlib-bin, the prebuilt-wheel fork (`dlib-bin`, same `import dlib`).", "dlib"),
  tensorrt: /* @__PURE__ */ __name(() => `The tensorrt sdist on PyPI only fetches the real wheels from NVIDIA at build time: add NVIDIA's index so uv locks the wheels directly:
[[tool.uv.index]]
name = "nvidia"
url = "https://pypi.nvidia.com"`, "tensorrt"),
  "tensorrt-cu12": /* @__PURE__ */ __name((ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n), "tensorrt-cu12"),
  "tensorrt-cu13": /* @__PURE__ */ __name((ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n), "tensorrt-cu13"),
  "tensorrt-cu12-libs": /* @__PURE__ */ __name((ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n), "tensorrt-cu12-libs"),
  "tensorrt-cu13-libs": /* @__PURE__ */ __name((ctx, n) => COMPILE_HEAVY.tensorrt(ctx, n), "tensorrt-cu13-libs")
};
function pygAdvice(ctx, name) {
  const torch = ctx.torch ? ctx.torch.split("+")[0] : "TORCH_VERSION";
  const cuda = ctx.cuda && ctx.cuda !== "cpu" ? ctx.cuda : ctx.torch ? torchLabelCuda(ctx.torch) : null;
  const tag = !cuda || cuda === "cpu" ? "cpu" : `cu${cuda.replace(".", "")}`;
  return `${name} compiles C++/CUDA; PyG publishes wheels per torch/CUDA: [[tool.uv.index]] url = "https://data.pyg.org/whl/torch-${torch}+${tag}.html" (format = "flat"), or drop it (torch_geometric \u2265 2.3 works without it).`;
}
__name(pygAdvice, "pygAdvice");
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
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
__name(normalizeName, "normalizeName");
function sdistBuildAdvice(name, ctx) {
  const key = normalizeName(name);
  const advisor = COMPILE_HEAVY[key];
  if (advisor) return { severity: "error", suggestion: advisor(ctx, key) };
  if (PURE_PYTHON_SDISTS.has(key)) {
    return {
      severity: "warning",
      suggestion: "Pure Python: the build only packs files, but it still needs a build backend at install time (fails with --no-build / offline)."
    };
  }
  return { severity: "warning" };
}
__name(sdistBuildAdvice, "sdistBuildAdvice");
var ADVISED_PACKAGES = Object.keys(COMPILE_HEAVY);

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
__name(cudaFromDigits, "cudaFromDigits");
function torchFromDigits(text) {
  if (text.includes(".")) return text.split(".").slice(0, 2).join(".");
  if (text.length <= 3) return `${text[0]}.${text[1]}`;
  return `${text[0]}.${text.slice(1, 3)}`;
}
__name(torchFromDigits, "torchFromDigits");
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
__name(parseLabel, "parseLabel");
function flavourFromUrl(url) {
  const path = url.replace(/^[a-z+]+:\/\/[^/]+/i, "");
  for (const segment of path.split("/")) {
    const s = segment.toLowerCase();
    if (s === "cpu") return { cuda: "cpu", major: null, minor: null };
    const m = /^cu(\d{2,4})$/.exec(s);
    if (m) return cudaFromDigits(m[1]);
  }
  return null;
}
__name(flavourFromUrl, "flavourFromUrl");
var TOOLKIT_VERSIONED = /* @__PURE__ */ new Set([
  "cuda-toolkit",
  "nvidia-cuda-runtime",
  "nvidia-cuda-nvrtc",
  "nvidia-cuda-cupti",
  "nvidia-cuda-nvcc",
  "nvidia-nvjitlink",
  "nvidia-cuda-crt",
  "nvidia-nvvm",
  "cuda-python",
  "cuda-bindings"
]);
var UNLABELLED_CUDA_BUILDS = /* @__PURE__ */ new Set(["xformers", "fbgemm-gpu", "torchrec", "flashinfer-python", "flashinfer-jit-cache"]);
function wheelFileName(url) {
  const last = url.split("/").pop();
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
__name(wheelFileName, "wheelFileName");
function sourceUrl(source) {
  return source.replace(/^(registry|url|git|path|directory|editable|virtual)\+/, "");
}
__name(sourceUrl, "sourceUrl");
var FLAVOURS = /* @__PURE__ */ new WeakMap();
function cudaFlavour(dist) {
  let flavour = FLAVOURS.get(dist);
  if (flavour === void 0) FLAVOURS.set(dist, flavour = cudaFlavourUncached(dist));
  return flavour;
}
__name(cudaFlavour, "cudaFlavour");
function cudaFlavourUncached(dist) {
  const name = dist.name.toLowerCase();
  const label = dist.version.split("+")[1];
  if (label) {
    const parsed = parseLabel(label);
    if (parsed) return { ...parsed, kind: "build", evidence: `local label +${label}` };
  }
  const fileName = dist.chosenFile ?? (dist.wheelUrls.length === 1 ? wheelFileName(dist.wheelUrls[0]) : void 0);
  const fileLabel = fileName ? /^[^-]+-[^-]+\+([^-]+)-/.exec(fileName)?.[1] : void 0;
  if (fileLabel) {
    const parsed = parseLabel(fileLabel);
    if (parsed) return { ...parsed, kind: "build", evidence: `wheel ${fileName}` };
  }
  if (UNLABELLED_CUDA_BUILDS.has(name) && (dist.source.startsWith("registry+") || /^https?:/.test(dist.source))) {
    const url = sourceUrl(dist.source);
    const parsed = flavourFromUrl(url);
    if (parsed && parsed.cuda !== "cpu") return { ...parsed, kind: "build", evidence: `index ${url}` };
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
__name(cudaFlavourUncached, "cudaFlavourUncached");
function describe(d) {
  return `${d.dist.name} ${d.dist.version} (CUDA ${d.flavour.cuda}, from ${d.flavour.evidence})`;
}
__name(describe, "describe");
var INDEX_FOR_MAJOR = { 11: "cu118", 12: "cu128", 13: "cu130" };
function majorFix(d, wantedMajor) {
  const name = d.dist.name;
  const suffixed = name.replace(/(-cu(?:da)?)(\d{2})(x?)(?=-|$)/, (_m, pre, _d, x) => `${pre}${wantedMajor}${x}`);
  if (suffixed !== name) return `depend on \`${suffixed}\` instead of \`${name}\``;
  if (d.flavour.evidence.startsWith("index ")) return `lock ${name} from a CUDA ${wantedMajor} index as well (e.g. https://download.pytorch.org/whl/${INDEX_FOR_MAJOR[wantedMajor] ?? `cu${wantedMajor}x`})`;
  return `lock a ${name} build for CUDA ${wantedMajor}`;
}
__name(majorFix, "majorFix");
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
__name(compareDriver, "compareDriver");
function minimumDriver(cuda) {
  const major = Number(cuda.split(".")[0]);
  const floor = MINOR_COMPAT_FLOOR[major];
  if (floor) return floor;
  if (major > 13) throw new Error(`no driver data for CUDA ${cuda}; update the table in src/core/matrix/cuda.ts`);
  throw new Error(`CUDA ${cuda} predates minor-version compatibility; lockstep knows CUDA 11 and newer`);
}
__name(minimumDriver, "minimumDriver");
function fullFeatureDriver(cuda) {
  const [major, minor] = cuda.split(".");
  if (minor === void 0) return null;
  return FULL_FEATURE_DRIVER[`${major}.${minor}`] ?? null;
}
__name(fullFeatureDriver, "fullFeatureDriver");
var RELEASE_WHEEL_PACKAGES = /* @__PURE__ */ new Set(["flash-attn", "mamba-ssm", "causal-conv1d"]);
function cudaSuffixBase(name) {
  const m = /^(.+?)-cu(?:da)?(\d{2})x?$/.exec(name.toLowerCase());
  return m ? { base: m[1], major: Number(m[2]) } : null;
}
__name(cudaSuffixBase, "cudaSuffixBase");
function sideBySideFlavours(dependencyNames) {
  const out = /* @__PURE__ */ new Set();
  for (const names of dependencyNames) {
    const byBase = /* @__PURE__ */ new Map();
    for (const name of names) {
      const suffix = cudaSuffixBase(name);
      if (!suffix) continue;
      let majors = byBase.get(suffix.base);
      if (!majors) byBase.set(suffix.base, majors = /* @__PURE__ */ new Map());
      majors.set(suffix.major, name.toLowerCase());
    }
    for (const majors of byBase.values()) if (majors.size > 1) for (const name of majors.values()) out.add(name);
  }
  return out;
}
__name(sideBySideFlavours, "sideBySideFlavours");
function cudaFindings(dists, target, options) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const add = /* @__PURE__ */ __name((code, severity, dist, message) => {
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
  }, "add");
  const flavoured = [];
  for (const dist of dists) {
    if (options.sideBySide?.has(dist.name.toLowerCase())) continue;
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
      const fix = /* @__PURE__ */ __name(() => {
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
      }, "fix");
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
      const subject = torch && reference.dist !== torch ? torch : reference.dist;
      const via = subject !== reference.dist ? `, which ${subject.name} ${subject.version} pulls in` : "";
      add(
        "cuda-mismatch",
        "error",
        subject,
        `target ${target.id} provides CUDA ${target.cuda}, but the lock uses CUDA ${ref.cuda} (${describe(reference)}${via}). Fix: lock ${subject.name} from the cu${target.cuda.replace(".", "")} index for this target${subject.name.toLowerCase() === "torch" ? ` (https://download.pytorch.org/whl/cu${target.cuda.replace(".", "")})` : ""}, or change the target's CUDA.`
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
__name(cudaFindings, "cudaFindings");

// src/core/pep/platforms.ts
var DEFAULT_MACOS_TARGET = [13, 0];
var DEFAULT_GLIBC = [2, 28];
var DEFAULT_MUSL = [1, 2];
var MANYLINUX_FLOORS = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40];
function linuxGnu(arch, minor) {
  return { os: "linux", arch, libc: "gnu", glibc: [2, minor], musl: null, macos: null };
}
__name(linuxGnu, "linuxGnu");
function buildTable() {
  const table = /* @__PURE__ */ new Map();
  const windows = /* @__PURE__ */ __name((arch) => ({ os: "windows", arch, libc: null, glibc: null, musl: null, macos: null }), "windows");
  const macos = /* @__PURE__ */ __name((arch) => ({ os: "macos", arch, libc: null, glibc: null, musl: null, macos: [...DEFAULT_MACOS_TARGET] }), "macos");
  const musl = /* @__PURE__ */ __name((arch) => ({ os: "linux", arch, libc: "musl", glibc: null, musl: [...DEFAULT_MUSL], macos: null }), "musl");
  table.set("windows", windows("x86_64"));
  table.set("linux", linuxGnu("x86_64", DEFAULT_GLIBC[1]));
  table.set("macos", macos("aarch64"));
  table.set("x86_64-pc-windows-msvc", windows("x86_64"));
  table.set("aarch64-pc-windows-msvc", windows("aarch64"));
  table.set("i686-pc-windows-msvc", windows("i686"));
  table.set("x86_64-unknown-linux-gnu", linuxGnu("x86_64", DEFAULT_GLIBC[1]));
  table.set("aarch64-unknown-linux-gnu", linuxGnu("aarch64", DEFAULT_GLIBC[1]));
  table.set("x86_64-unknown-linux-musl", musl("x86_64"));
  table.set("aarch64-unknown-linux-musl", musl("aarch64"));
  table.set("aarch64-apple-darwin", macos("aarch64"));
  table.set("x86_64-apple-darwin", macos("x86_64"));
  for (const arch of ["x86_64", "aarch64"]) {
    table.set(`${arch}-manylinux2014`, linuxGnu(arch, 17));
    for (const minor of MANYLINUX_FLOORS) table.set(`${arch}-manylinux_2_${minor}`, linuxGnu(arch, minor));
  }
  return table;
}
__name(buildTable, "buildTable");
var TABLE = buildTable();
var PLATFORM_NAMES = Object.freeze([...TABLE.keys()]);
function platformMachine(os, arch) {
  if (os === "windows") return arch === "x86_64" ? "AMD64" : arch === "aarch64" ? "ARM64" : "x86";
  if (os === "macos") return arch === "aarch64" ? "arm64" : arch;
  return arch;
}
__name(platformMachine, "platformMachine");
function parsePythonTarget(python) {
  const m = /^\s*(\d+)\.(\d+)(?:\.(\d+))?(t)?\s*$/.exec(python);
  if (!m) {
    throw new LockstepError(`Invalid Python version ${JSON.stringify(python)}`, {
      hint: "Give a CPython version like '3.11' or '3.12.4' (append 't' for a free-threaded build, e.g. '3.13t')."
    });
  }
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === void 0 ? null : Number(m[3]), freethreaded: m[4] === "t" };
}
__name(parsePythonTarget, "parsePythonTarget");
function markerEnvironmentFor(shape, python) {
  const target = parsePythonTarget(python);
  const full = `${target.major}.${target.minor}.${target.patch ?? 0}`;
  const osFields = shape.os === "windows" ? { os_name: "nt", platform_system: "Windows", sys_platform: "win32" } : shape.os === "macos" ? { os_name: "posix", platform_system: "Darwin", sys_platform: "darwin" } : { os_name: "posix", platform_system: "Linux", sys_platform: "linux" };
  return {
    python_version: `${target.major}.${target.minor}`,
    python_full_version: full,
    implementation_name: "cpython",
    implementation_version: full,
    platform_python_implementation: "CPython",
    platform_machine: platformMachine(shape.os, shape.arch),
    platform_release: "",
    platform_version: "",
    ...osFields
  };
}
__name(markerEnvironmentFor, "markerEnvironmentFor");
var RESOLVED = /* @__PURE__ */ new Map();
function resolvePlatform(name, options = {}) {
  const key = options.macos ? `${name}@${options.macos.join(".")}` : name;
  const cached = RESOLVED.get(key);
  if (cached) return cached;
  const shape = TABLE.get(name.trim());
  if (!shape) {
    throw new LockstepError(`Unknown platform ${JSON.stringify(name)}`, {
      hint: `Use one of uv's --python-platform names: ${PLATFORM_NAMES.join(", ")}.`
    });
  }
  const resolved = shape.os === "macos" && options.macos ? { ...shape, macos: [...options.macos] } : shape;
  const pair = /* @__PURE__ */ __name((v) => v ? Object.freeze([...v]) : null, "pair");
  const platform = Object.freeze({
    name,
    os: resolved.os,
    arch: resolved.arch,
    libc: resolved.libc,
    glibc: pair(resolved.glibc),
    musl: pair(resolved.musl),
    macos: pair(resolved.macos),
    markerEnvironment: /* @__PURE__ */ __name((python) => markerEnvironmentFor(resolved, python), "markerEnvironment")
  });
  RESOLVED.set(key, platform);
  return platform;
}
__name(resolvePlatform, "resolvePlatform");

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
__name(lastPathSegment, "lastPathSegment");
var TAG_PART = /^[A-Za-z0-9_.]+$/;
function wheelError(urlOrFilename, why) {
  const shown = urlOrFilename.length > 300 ? `${urlOrFilename.slice(0, 300)}\u2026` : urlOrFilename;
  return new LockstepError(`Not a valid wheel filename ${JSON.stringify(shown)}: ${why}`, {
    hint: "Wheel files are named {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl (PEP 427)."
  });
}
__name(wheelError, "wheelError");
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
__name(parseWheelFilename, "parseWheelFilename");
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
__name(parseUncached, "parseUncached");
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
__name(compareBuildTags, "compareBuildTags");

export {
  PLATFORM_NAMES,
  parsePythonTarget,
  resolvePlatform,
  parseWheelFilename,
  compareBuildTags,
  sdistBuildAdvice,
  cudaFlavour,
  compareDriver,
  minimumDriver,
  fullFeatureDriver,
  sideBySideFlavours,
  cudaFindings
};

/**
 * What lockstep knows about packages that are expensive or fragile to build from source, and the
 * prebuilt alternative to point people at. Used by the engine for `sdist-build` severities and by the
 * PR review for its Suggestion column, so every suggestion is something a person can paste.
 */

export interface BuildContext {
  /** CPython `major.minor` of the target. */
  python: string;
  /** uv `--python-platform` name of the target. */
  platform: string;
  /** Locked torch version (`2.6.0+cu124`, `2.5.1`), when torch is in the lock. */
  torch?: string | null;
  /** CUDA `major.minor` the lock (or the target) uses, when known. */
  cuda?: string | null;
  /** The locked version of the package being advised on (to compute release-wheel URLs). */
  version?: string | null;
}

export interface BuildAdvice {
  severity: 'error' | 'warning';
  suggestion?: string;
}

/** Parameters of the flash-attn style release-wheel name (shared by flash-attn, mamba-ssm, causal-conv1d). */
export interface ReleaseWheelSpec {
  /** Distribution name as in the lock (`flash-attn`, `mamba-ssm`, `causal-conv1d`). */
  package?: string;
  /** The package's own version (`2.7.4.post1`). */
  version: string;
  /** CUDA the wheel is built for (`12.4` or `12`). */
  cuda: string;
  /** torch version (`2.5.1`, `2.6.0+cu124`); only major.minor goes into the name. */
  torch: string;
  /** C++11 ABI of the locked torch; computed from the torch version when omitted. */
  cxx11abi?: boolean;
  /** CPython `major.minor`. */
  python: string;
  /** uv platform name; only Linux x86_64/aarch64 have release wheels. */
  platform: string;
}

const RELEASE_REPOS: Record<string, { repo: string; dist: string }> = {
  'flash-attn': { repo: 'Dao-AILab/flash-attention', dist: 'flash_attn' },
  'mamba-ssm': { repo: 'state-spaces/mamba', dist: 'mamba_ssm' },
  'causal-conv1d': { repo: 'Dao-AILab/causal-conv1d', dist: 'causal_conv1d' },
};

function majorMinor(version: string): [number, number] | null {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** CUDA `major.minor` from a torch local label (`2.6.0+cu124` → `12.4`), `cpu` for CPU builds, else null. */
export function torchLabelCuda(torch: string): string | null {
  const label = torch.split('+')[1];
  if (!label) return null;
  if (/^cpu\b/i.test(label)) return 'cpu';
  const m = /cu(\d{2,4})/i.exec(label);
  if (!m) return null;
  const digits = m[1]!;
  return digits.length === 2 ? digits : `${digits.slice(0, 2)}.${digits.slice(2)}`;
}

/**
 * Whether torch's Linux pip wheels of this version were built with `_GLIBCXX_USE_CXX11_ABI=1`.
 * Sources: pytorch/pytorch#123649 (move to manylinux_2_28 + new ABI, announced at
 * https://dev-discuss.pytorch.org/t/pytorch-linux-wheels-switching-to-new-wheel-build-platform-manylinux-2-28-on-november-12-2024/2581)
 * and pytorch/pytorch#143962 ("we should not have torch-cpu build with C++11 ABI in 2.6 yet (only
 * cuda-12.6 binaries should be like that)"; "we do expect 2.7 to be cxx11 ABI by default").
 * So: ≤ 2.5 → old ABI; 2.6 → new ABI only for the +cu126 build; ≥ 2.7 → new ABI for every build.
 * This is also why flash-attn publishes both cxx11abiFALSE and cxx11abiTRUE wheels for torch 2.6.
 */
export function torchCxx11Abi(torch: string): boolean | null {
  const mm = majorMinor(torch);
  if (!mm) return null;
  const [major, minor] = mm;
  if (major < 2 || (major === 2 && minor <= 5)) return false;
  if (major === 2 && minor === 6) return torchLabelCuda(torch) === '12.6';
  return true;
}

function linuxArch(platform: string): 'x86_64' | 'aarch64' | null {
  if (/linux|manylinux/.test(platform) && !/musl/.test(platform)) {
    if (platform.startsWith('x86_64')) return 'x86_64';
    if (platform.startsWith('aarch64')) return 'aarch64';
  }
  return null;
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const mm = majorMinor(version);
  return mm !== null && (mm[0] > major || (mm[0] === major && mm[1] >= minor));
}

/**
 * The release-wheel filename Dao-AILab publishes, e.g.
 * `flash_attn-2.7.4.post1+cu12torch2.5cxx11abiFALSE-cp311-cp311-linux_x86_64.whl`. Since 2.7 the CUDA
 * part is the major only (`cu12`); older releases named the toolkit they were built with (`cu118`,
 * `cu122`, `cu123`), which we approximate per major. Throws for platforms without release wheels.
 */
export function flashAttnWheelName(spec: ReleaseWheelSpec): string {
  const pkg = spec.package ?? 'flash-attn';
  const dist = RELEASE_REPOS[pkg]?.dist ?? pkg.replace(/-/g, '_');
  const arch = linuxArch(spec.platform);
  if (!arch) throw new Error(`${pkg} publishes release wheels for Linux x86_64/aarch64 only, not ${spec.platform}`);
  const cudaMajor = spec.cuda.split('.')[0]!;
  let cudaTag = cudaMajor;
  if (pkg === 'flash-attn' && !versionAtLeast(spec.version, 2, 7)) {
    cudaTag = cudaMajor === '11' ? '118' : versionAtLeast(spec.version, 2, 6) ? '123' : '122';
  }
  const torchMm = majorMinor(spec.torch);
  if (!torchMm) throw new Error(`not a torch version: ${spec.torch}`);
  const abi = spec.cxx11abi ?? torchCxx11Abi(spec.torch) ?? false;
  const py = `cp${spec.python.replace('.', '')}`;
  return `${dist}-${spec.version}+cu${cudaTag}torch${torchMm[0]}.${torchMm[1]}cxx11abi${abi ? 'TRUE' : 'FALSE'}-${py}-${py}-linux_${arch}.whl`;
}

/** The GitHub release download URL of {@link flashAttnWheelName} (`%2B` for `+`, as GitHub serves it). */
export function flashAttnWheelUrl(spec: ReleaseWheelSpec): string {
  const pkg = spec.package ?? 'flash-attn';
  const repo = RELEASE_REPOS[pkg]?.repo ?? 'Dao-AILab/flash-attention';
  const name = flashAttnWheelName(spec).replace('+', '%2B');
  return `https://github.com/${repo}/releases/download/v${spec.version}/${name}`;
}

/** `[tool.uv.sources]` snippet that pins a package to one URL wheel on the given target. */
function urlSourceSnippet(name: string, url: string, platform: string): string {
  const machine = platform.startsWith('aarch64') ? 'aarch64' : 'x86_64';
  return `[tool.uv.sources]\n${name} = { url = "${url}", marker = "sys_platform == 'linux' and platform_machine == '${machine}'" }`;
}

type Advisor = (ctx: BuildContext, name: string) => string;

function releaseWheelAdvice(ctx: BuildContext, name: string): string {
  const cuda = ctx.cuda && ctx.cuda !== 'cpu' ? ctx.cuda : ctx.torch ? torchLabelCuda(ctx.torch) : null;
  if (!linuxArch(ctx.platform)) {
    return `${name} has no prebuilt wheels for ${ctx.platform} and needs CUDA to build: exclude it there with a marker (\`${name}; sys_platform == 'linux'\`).`;
  }
  if (!ctx.torch) return `${name} compiles CUDA kernels against torch; lock torch and use the ${name} release wheel for your torch/CUDA/Python from https://github.com/${RELEASE_REPOS[name]!.repo}/releases.`;
  const cudaForName = cuda && cuda !== 'cpu' ? cuda : '12';
  const url = flashAttnWheelUrl({ package: name, version: ctx.version ?? 'VERSION', cuda: cudaForName, torch: ctx.torch, python: ctx.python, platform: ctx.platform });
  const assumed = cuda && cuda !== 'cpu' ? '' : ' (CUDA 12 assumed: torch carries no CUDA label)';
  return `Use the prebuilt release wheel instead of compiling${assumed}: ${url}\n${urlSourceSnippet(name, url, ctx.platform)}`;
}

/**
 * Compile-heavy packages with a known prebuilt way out: building them is slow, needs a compiler/CUDA
 * toolchain, and usually fails in CI, so an sdist build of one of these is an error.
 */
const COMPILE_HEAVY: Record<string, Advisor> = {
  fasttext: () =>
    'fasttext ships only an sdist (C++ build). Swap in the prebuilt fork fasttext-wheel (same `import fasttext`): depend on `fasttext-wheel==0.9.2` and keep transitive fasttext out:\n[tool.uv]\noverride-dependencies = ["fasttext ; sys_platform == \'never\'"]',
  'flash-attn': releaseWheelAdvice,
  'mamba-ssm': releaseWheelAdvice,
  'causal-conv1d': releaseWheelAdvice,
  deepspeed: () =>
    'deepspeed is sdist-only and imports torch while building: give it the locked torch instead of an isolated build env (DS_BUILD_OPS=0, the default, keeps CUDA ops JIT-compiled at first use):\n[tool.uv.extra-build-dependencies]\ndeepspeed = [{ requirement = "torch", match-runtime = true }]',
  xformers: (ctx) =>
    `xformers publishes wheels for Linux x86_64 and Windows only; on ${ctx.platform} it would compile CUDA/C++ for a long time: restrict it with a marker (\`xformers; sys_platform == 'linux' or sys_platform == 'win32'\`).`,
  pycocotools: () => 'pycocotools has wheels since 2.0.7 (CPython 3.9+): pin `pycocotools>=2.0.7`.',
  mmcv: (ctx) =>
    `mmcv compiles CUDA ops from source; use OpenMMLab's prebuilt index for your torch/CUDA (find-links https://download.openmmlab.com/mmcv/dist/cu${(ctx.cuda ?? '12.1').replace('.', '')}/torch${ctx.torch ? ctx.torch.split('+')[0]!.split('.').slice(0, 2).join('.') : '2.1'}/index.html) or mmcv-lite if you need no ops.`,
  'torch-scatter': pygAdvice,
  'torch-sparse': pygAdvice,
  'torch-cluster': pygAdvice,
  'torch-spline-conv': pygAdvice,
  'pyg-lib': pygAdvice,
  'llama-cpp-python': (ctx) =>
    `llama-cpp-python compiles llama.cpp; use its prebuilt wheel index: [[tool.uv.index]] url = "https://abetlen.github.io/llama-cpp-python/whl/${ctx.cuda && ctx.cuda !== 'cpu' ? `cu${ctx.cuda.replace('.', '')}` : 'cpu'}".`,
  pytorch3d: () => 'pytorch3d has no PyPI wheels; build once and serve the wheel from your own index, or use the conda/NGC images that ship it.',
  apex: () => 'apex must be compiled against the exact torch/CUDA; prefer torch.amp / fused optimizers in torch, or an NGC container that ships it.',
  dlib: () => 'dlib compiles C++ (CMake, ~10 min); use dlib-bin, the prebuilt-wheel fork (`dlib-bin`, same `import dlib`).',
  tensorrt: () =>
    'The tensorrt sdist on PyPI only fetches the real wheels from NVIDIA at build time: add NVIDIA\'s index so uv locks the wheels directly:\n[[tool.uv.index]]\nname = "nvidia"\nurl = "https://pypi.nvidia.com"',
  'tensorrt-cu12': (ctx, n) => COMPILE_HEAVY.tensorrt!(ctx, n),
  'tensorrt-cu13': (ctx, n) => COMPILE_HEAVY.tensorrt!(ctx, n),
  'tensorrt-cu12-libs': (ctx, n) => COMPILE_HEAVY.tensorrt!(ctx, n),
  'tensorrt-cu13-libs': (ctx, n) => COMPILE_HEAVY.tensorrt!(ctx, n),
};

function pygAdvice(ctx: BuildContext, name: string): string {
  const torch = ctx.torch ? ctx.torch.split('+')[0]! : 'TORCH_VERSION';
  const cuda = ctx.cuda && ctx.cuda !== 'cpu' ? ctx.cuda : ctx.torch ? torchLabelCuda(ctx.torch) : null;
  const tag = !cuda || cuda === 'cpu' ? 'cpu' : `cu${cuda.replace('.', '')}`;
  return `${name} compiles C++/CUDA; PyG publishes wheels per torch/CUDA: [[tool.uv.index]] url = "https://data.pyg.org/whl/torch-${torch}+${tag}.html" (format = "flat"), or drop it (torch_geometric ≥ 2.3 works without it).`;
}

/** Pure-Python sdists: building them only copies files, so they are worth a warning at most. */
const PURE_PYTHON_SDISTS = new Set([
  'antlr4-python3-runtime', 'wget', 'docopt', 'promise', 'fire', 'langdetect', 'func-timeout', 'julius',
  'argbind', 'randomname', 'distance', 'jieba', 'pylatexenc', 'llist', 'gym', 'moviepy', 'bravado-core',
  'unidic-lite', 'openai-whisper',
]);

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The severity and a concrete suggestion for a package uv would build from an sdist on a target. */
export function sdistBuildAdvice(
  name: string,
  ctx: { python: string; platform: string; torch?: string | null; cuda?: string | null; version?: string | null },
): BuildAdvice {
  const key = normalizeName(name);
  const advisor = COMPILE_HEAVY[key];
  if (advisor) return { severity: 'error', suggestion: advisor(ctx, key) };
  if (PURE_PYTHON_SDISTS.has(key)) {
    return {
      severity: 'warning',
      suggestion: 'Pure Python: the build only packs files, but it still needs a build backend at install time (fails with --no-build / offline).',
    };
  }
  return { severity: 'warning' };
}

/** Whether lockstep knows a prebuilt alternative for this package (an sdist build of it is an error). */
export function isCompileHeavy(name: string): boolean {
  return normalizeName(name) in COMPILE_HEAVY;
}

/** Every package with build advice (for tests that check each suggestion's snippet parses). */
export const ADVISED_PACKAGES: readonly string[] = Object.keys(COMPILE_HEAVY);

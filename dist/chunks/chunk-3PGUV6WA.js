import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  LockstepError
} from "./chunk-GPM325BZ.js";
import {
  __export
} from "./chunk-MGPWKA2X.js";

// node_modules/@renovatebot/pep440/lib/version.js
var VERSION_PATTERN = [
  "v?",
  "(?:",
  /* */
  "(?:(?<epoch>[0-9]+)!)?",
  // epoch
  /* */
  "(?<release>[0-9]+(?:\\.[0-9]+)*)",
  // release segment
  /* */
  "(?<pre>",
  // pre-release
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<pre_n>[0-9]+)?",
  /* */
  ")?",
  /* */
  "(?<post>",
  // post release
  /*    */
  "(?:-(?<post_n1>[0-9]+))",
  /*    */
  "|",
  /*    */
  "(?:",
  /*        */
  "[-_\\.]?",
  /*        */
  "(?<post_l>post|rev|r)",
  /*        */
  "[-_\\.]?",
  /*        */
  "(?<post_n2>[0-9]+)?",
  /*    */
  ")",
  /* */
  ")?",
  /* */
  "(?<dev>",
  // dev release
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<dev_l>dev)",
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<dev_n>[0-9]+)?",
  /* */
  ")?",
  ")",
  "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
  // local version
].join("");
var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
function valid(version) {
  return validRegex.test(version) ? version : null;
}
var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
function parse(version, regex) {
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split(".").map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local)
  };
  return parsed;
}
function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  parts.push(release.join("."));
  if (pre) {
    parts.push(pre.join(""));
  }
  if (post) {
    parts.push("." + post.join(""));
  }
  if (dev) {
    parts.push("." + dev.join(""));
  }
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join("");
}
function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    if (!number) {
      number = 0;
    }
    letter = letter.toLowerCase();
    if (letter === "alpha") {
      letter = "a";
    } else if (letter === "beta") {
      letter = "b";
    } else if (["c", "pre", "preview"].includes(letter)) {
      letter = "rc";
    } else if (["rev", "r"].includes(letter)) {
      letter = "post";
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    letter = "post";
    return [letter, Number(number)];
  }
  return null;
}
function parse_local_version(local) {
  if (local) {
    return local.split(/[._-]/).map(
      (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
    );
  }
  return null;
}
function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  let base_version = "";
  if (epoch !== 0) {
    base_version += epoch + "!";
  }
  base_version += release.join(".");
  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);
  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join(".") : local,
    public: stringify(parsed).split("+", 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease
  };
}

// node_modules/@renovatebot/pep440/lib/operator.js
var operator_exports = {};
__export(operator_exports, {
  "!=": () => ne,
  "<": () => lt,
  "<=": () => le,
  "==": () => eq,
  "===": () => arbitrary,
  ">": () => gt,
  ">=": () => ge,
  compare: () => compare,
  eq: () => eq,
  ge: () => ge,
  gt: () => gt,
  le: () => le,
  lt: () => lt,
  ne: () => ne,
  rcompare: () => rcompare
});
function lt(version, other) {
  return compare(version, other) < 0;
}
function le(version, other) {
  return compare(version, other) <= 0;
}
function eq(version, other) {
  return compare(version, other) === 0;
}
function ne(version, other) {
  return compare(version, other) !== 0;
}
function ge(version, other) {
  return compare(version, other) >= 0;
}
function gt(version, other) {
  return compare(version, other) > 0;
}
function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}
function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);
  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);
  return pyCompare(keyVersion, keyOther);
}
function rcompare(version, other) {
  return -compare(version, other);
}
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}
function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();
  if (!pre && !post && dev) pre = -Infinity;
  else if (!pre) pre = Infinity;
  if (!post) post = -Infinity;
  if (!dev) dev = Infinity;
  if (!local) {
    local = -Infinity;
  } else {
    local = local.map(
      (i) => Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ""]
    );
  }
  return [epoch, release, pre, post, dev, local];
}

// node_modules/@renovatebot/pep440/lib/specifier.js
var RANGE_PATTERN = [
  "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
  "\\s*",
  "(",
  /*  */
  "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
  /*  */
  "(?<prefix>\\.\\*)?",
  /*  */
  "|",
  /*  */
  "(?<legacy>[^,;\\s)]+)",
  ")"
].join("");
var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
function parse2(ranges) {
  if (!ranges.trim()) {
    return [];
  }
  const specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups }) => {
    if (!groups) {
      return null;
    }
    let { ...spec } = groups;
    const { operator, version, prefix, legacy } = groups;
    if (version) {
      spec = { ...spec, ...explain(version) };
      if (operator === "~=") {
        if (spec.release.length < 2) {
          return null;
        }
      }
      if (!isEqualityOperator(operator) && spec.local) {
        return null;
      }
      if (prefix) {
        if (!isEqualityOperator(operator) || spec.dev || spec.local) {
          return null;
        }
      }
    }
    if (legacy && operator !== "===") {
      return null;
    }
    return spec;
  });
  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }
  return specifiers;
}
function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === void 0) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}
function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(compare);
  return found.length === 0 ? null : found[found.length - 1];
}
function pick(versions, specifier, options) {
  const parsed = parse2(specifier);
  if (!parsed) {
    return [];
  }
  return versions.filter((version) => {
    const explained = explain(version);
    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }
    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}
function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);
  return filtered.length === 1;
}
function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }
  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }
  return true;
}
function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;
  if (spec.prereleases === void 0) {
    spec.prereleases = spec.is_prerelease;
  }
  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }
  if (spec.operator === "~=") {
    let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + "!" + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases
    });
  }
  if (spec.prefix) {
    const isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== "!=";
    return isEquality ? isMatching : !isMatching;
  }
  if (explained && explained.local && spec.version) {
    if (spec.operator !== "===" && !spec.local) {
      version = explained.public;
      spec.version = explain(spec.version).public;
    }
  }
  if (spec.operator === "<" || spec.operator === ">") {
    if (eq(spec.release.join("."), explained.release.join("."))) {
      return false;
    }
  }
  const op = operator_exports[spec.operator];
  return op(version, spec.version || spec.legacy);
}
function validRange(specifier) {
  return Boolean(parse2(specifier));
}

// src/core/pep/version.ts
function normalizeName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
function isValidVersion(version) {
  return valid(version) !== null;
}
function compareVersions(a, b) {
  const aValid = isValidVersion(a);
  const bValid = isValidVersion(b);
  if (aValid && bValid) return Math.sign(compare(a, b));
  if (aValid !== bValid) return aValid ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function isValidSpecifier(spec) {
  return spec.trim() === "" || validRange(spec);
}
function versionSatisfies(version, specifier, opts = {}) {
  if (!isValidVersion(version)) return false;
  if (specifier.trim() === "") return opts.prereleases === true || !isPrerelease(version);
  return satisfies(version, specifier, opts.prereleases === void 0 ? {} : { prereleases: opts.prereleases });
}
function isPrerelease(version) {
  return explain(version)?.is_prerelease ?? false;
}
function splitLocal(version) {
  const plus = version.indexOf("+");
  if (plus < 0) return { public: version, local: null };
  return { public: version.slice(0, plus), local: version.slice(plus + 1) };
}

// src/core/pep/platforms.ts
var DEFAULT_MACOS_TARGET = [13, 0];
var DEFAULT_GLIBC = [2, 17];
var DEFAULT_MUSL = [1, 2];
var MANYLINUX_FLOORS = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40];
function linuxGnu(arch, minor2) {
  return { os: "linux", arch, libc: "gnu", glibc: [2, minor2], musl: null, macos: null };
}
function buildTable() {
  const table = /* @__PURE__ */ new Map();
  const windows = (arch) => ({ os: "windows", arch, libc: null, glibc: null, musl: null, macos: null });
  const macos = (arch) => ({ os: "macos", arch, libc: null, glibc: null, musl: null, macos: [...DEFAULT_MACOS_TARGET] });
  const musl = (arch) => ({ os: "linux", arch, libc: "musl", glibc: null, musl: [...DEFAULT_MUSL], macos: null });
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
    for (const minor2 of MANYLINUX_FLOORS) table.set(`${arch}-manylinux_2_${minor2}`, linuxGnu(arch, minor2));
  }
  return table;
}
var TABLE = buildTable();
var PLATFORM_NAMES = Object.freeze([...TABLE.keys()]);
function platformMachine(os, arch) {
  if (os === "windows") return arch === "x86_64" ? "AMD64" : arch === "aarch64" ? "ARM64" : "x86";
  if (os === "macos") return arch === "aarch64" ? "arm64" : arch;
  return arch;
}
function parsePythonTarget(python) {
  const m = /^\s*(\d+)\.(\d+)(?:\.(\d+))?(t)?\s*$/.exec(python);
  if (!m) {
    throw new LockstepError(`Invalid Python version ${JSON.stringify(python)}`, {
      hint: "Give a CPython version like '3.11' or '3.12.4' (append 't' for a free-threaded build, e.g. '3.13t')."
    });
  }
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === void 0 ? null : Number(m[3]), freethreaded: m[4] === "t" };
}
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
  const pair = (v) => v ? Object.freeze([...v]) : null;
  const platform = Object.freeze({
    name,
    os: resolved.os,
    arch: resolved.arch,
    libc: resolved.libc,
    glibc: pair(resolved.glibc),
    musl: pair(resolved.musl),
    macos: pair(resolved.macos),
    markerEnvironment: (python) => markerEnvironmentFor(resolved, python)
  });
  RESOLVED.set(key, platform);
  return platform;
}

export {
  valid,
  maxSatisfying,
  satisfies,
  validRange,
  normalizeName,
  isValidVersion,
  compareVersions,
  isValidSpecifier,
  versionSatisfies,
  splitLocal,
  PLATFORM_NAMES,
  parsePythonTarget,
  resolvePlatform
};

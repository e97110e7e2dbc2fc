import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  sortFindings
} from "./chunk-3DLKCNQW.js";
import {
  escapeTerminalText,
  singleLine
} from "./chunk-YKLTUEQ7.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./chunk-I4TOYENA.js";

// node_modules/dotenv/lib/main.js
var require_main = __commonJS({
  "node_modules/dotenv/lib/main.js"(exports, module) {
    var fs = __require("fs");
    var path = __require("path");
    var os = __require("os");
    var crypto = __require("crypto");
    var TIPS = [
      "\u25C8 encrypted .env [www.dotenvx.com]",
      "\u25C8 secrets for agents [www.dotenvx.com]",
      "\u2301 auth for agents [www.vestauth.com]",
      "\u2318 custom filepath { path: '/custom/path/.env' }",
      "\u2318 enable debugging { debug: true }",
      "\u2318 override existing { override: true }",
      "\u2318 suppress logs { quiet: true }",
      "\u2318 multiple files { path: ['.env.local', '.env'] }"
    ];
    function _getRandomTip() {
      return TIPS[Math.floor(Math.random() * TIPS.length)];
    }
    __name(_getRandomTip, "_getRandomTip");
    function parseBoolean(value) {
      if (typeof value === "string") {
        return !["false", "0", "no", "off", ""].includes(value.toLowerCase());
      }
      return Boolean(value);
    }
    __name(parseBoolean, "parseBoolean");
    function supportsAnsi() {
      return process.stdout.isTTY;
    }
    __name(supportsAnsi, "supportsAnsi");
    function dim(text) {
      return supportsAnsi() ? `\x1B[2m${text}\x1B[0m` : text;
    }
    __name(dim, "dim");
    var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;
    function parse2(src) {
      const obj = {};
      let lines = src.toString();
      lines = lines.replace(/\r\n?/mg, "\n");
      let match;
      while ((match = LINE.exec(lines)) != null) {
        const key = match[1];
        let value = match[2] || "";
        value = value.trim();
        const maybeQuote = value[0];
        value = value.replace(/^(['"`])([\s\S]*)\1$/mg, "$2");
        if (maybeQuote === '"') {
          value = value.replace(/\\n/g, "\n");
          value = value.replace(/\\r/g, "\r");
        }
        obj[key] = value;
      }
      return obj;
    }
    __name(parse2, "parse");
    function _parseVault(options) {
      options = options || {};
      const vaultPath = _vaultPath(options);
      options.path = vaultPath;
      const result = DotenvModule.configDotenv(options);
      if (!result.parsed) {
        const err = new Error(`MISSING_DATA: Cannot parse ${vaultPath} for an unknown reason`);
        err.code = "MISSING_DATA";
        throw err;
      }
      const keys = _dotenvKey(options).split(",");
      const length = keys.length;
      let decrypted;
      for (let i = 0; i < length; i++) {
        try {
          const key = keys[i].trim();
          const attrs = _instructions(result, key);
          decrypted = DotenvModule.decrypt(attrs.ciphertext, attrs.key);
          break;
        } catch (error) {
          if (i + 1 >= length) {
            throw error;
          }
        }
      }
      return DotenvModule.parse(decrypted);
    }
    __name(_parseVault, "_parseVault");
    function _warn(message) {
      console.error(`\u26A0 ${message}`);
    }
    __name(_warn, "_warn");
    function _debug(message) {
      console.log(`\u2506 ${message}`);
    }
    __name(_debug, "_debug");
    function _log(message) {
      console.log(`\u25C7 ${message}`);
    }
    __name(_log, "_log");
    function _dotenvKey(options) {
      if (options && options.DOTENV_KEY && options.DOTENV_KEY.length > 0) {
        return options.DOTENV_KEY;
      }
      if (process.env.DOTENV_KEY && process.env.DOTENV_KEY.length > 0) {
        return process.env.DOTENV_KEY;
      }
      return "";
    }
    __name(_dotenvKey, "_dotenvKey");
    function _instructions(result, dotenvKey) {
      let uri;
      try {
        uri = new URL(dotenvKey);
      } catch (error) {
        if (error.code === "ERR_INVALID_URL") {
          const err = new Error("INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        }
        throw error;
      }
      const key = uri.password;
      if (!key) {
        const err = new Error("INVALID_DOTENV_KEY: Missing key part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environment = uri.searchParams.get("environment");
      if (!environment) {
        const err = new Error("INVALID_DOTENV_KEY: Missing environment part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environmentKey = `DOTENV_VAULT_${environment.toUpperCase()}`;
      const ciphertext = result.parsed[environmentKey];
      if (!ciphertext) {
        const err = new Error(`NOT_FOUND_DOTENV_ENVIRONMENT: Cannot locate environment ${environmentKey} in your .env.vault file.`);
        err.code = "NOT_FOUND_DOTENV_ENVIRONMENT";
        throw err;
      }
      return { ciphertext, key };
    }
    __name(_instructions, "_instructions");
    function _vaultPath(options) {
      let possibleVaultPath = null;
      if (options && options.path && options.path.length > 0) {
        if (Array.isArray(options.path)) {
          for (const filepath of options.path) {
            if (fs.existsSync(filepath)) {
              possibleVaultPath = filepath.endsWith(".vault") ? filepath : `${filepath}.vault`;
            }
          }
        } else {
          possibleVaultPath = options.path.endsWith(".vault") ? options.path : `${options.path}.vault`;
        }
      } else {
        possibleVaultPath = path.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    __name(_vaultPath, "_vaultPath");
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path.join(os.homedir(), envPath.slice(1)) : envPath;
    }
    __name(_resolveHome, "_resolveHome");
    function _configVault(options) {
      const debug = parseBoolean(process.env.DOTENV_CONFIG_DEBUG || options && options.debug);
      const quiet = parseBoolean(process.env.DOTENV_CONFIG_QUIET || options && options.quiet);
      if (debug || !quiet) {
        _log("loading env from encrypted .env.vault");
      }
      const parsed = DotenvModule._parseVault(options);
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsed, options);
      return { parsed };
    }
    __name(_configVault, "_configVault");
    function configDotenv(options) {
      const dotenvPath = path.resolve(process.cwd(), ".env");
      let encoding = "utf8";
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      let debug = parseBoolean(processEnv.DOTENV_CONFIG_DEBUG || options && options.debug);
      let quiet = parseBoolean(processEnv.DOTENV_CONFIG_QUIET || options && options.quiet);
      if (options && options.encoding) {
        encoding = options.encoding;
      } else {
        if (debug) {
          _debug("no encoding is specified (UTF-8 is used by default)");
        }
      }
      let optionPaths = [dotenvPath];
      if (options && options.path) {
        if (!Array.isArray(options.path)) {
          optionPaths = [_resolveHome(options.path)];
        } else {
          optionPaths = [];
          for (const filepath of options.path) {
            optionPaths.push(_resolveHome(filepath));
          }
        }
      }
      let lastError;
      const parsedAll = {};
      for (const path2 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path2, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`failed to load ${path2} ${e.message}`);
          }
          lastError = e;
        }
      }
      const populated = DotenvModule.populate(processEnv, parsedAll, options);
      debug = parseBoolean(processEnv.DOTENV_CONFIG_DEBUG || debug);
      quiet = parseBoolean(processEnv.DOTENV_CONFIG_QUIET || quiet);
      if (debug || !quiet) {
        const keysCount = Object.keys(populated).length;
        const shortPaths = [];
        for (const filePath of optionPaths) {
          try {
            const relative = path.relative(process.cwd(), filePath);
            shortPaths.push(relative);
          } catch (e) {
            if (debug) {
              _debug(`failed to load ${filePath} ${e.message}`);
            }
            lastError = e;
          }
        }
        _log(`injected env (${keysCount}) from ${shortPaths.join(",")} ${dim(`// tip: ${_getRandomTip()}`)}`);
      }
      if (lastError) {
        return { parsed: parsedAll, error: lastError };
      } else {
        return { parsed: parsedAll };
      }
    }
    __name(configDotenv, "configDotenv");
    function config(options) {
      if (_dotenvKey(options).length === 0) {
        return DotenvModule.configDotenv(options);
      }
      const vaultPath = _vaultPath(options);
      if (!vaultPath) {
        _warn(`you set DOTENV_KEY but you are missing a .env.vault file at ${vaultPath}`);
        return DotenvModule.configDotenv(options);
      }
      return DotenvModule._configVault(options);
    }
    __name(config, "config");
    function decrypt(encrypted, keyStr) {
      const key = Buffer.from(keyStr.slice(-64), "hex");
      let ciphertext = Buffer.from(encrypted, "base64");
      const nonce = ciphertext.subarray(0, 12);
      const authTag = ciphertext.subarray(-16);
      ciphertext = ciphertext.subarray(12, -16);
      try {
        const aesgcm = crypto.createDecipheriv("aes-256-gcm", key, nonce);
        aesgcm.setAuthTag(authTag);
        return `${aesgcm.update(ciphertext)}${aesgcm.final()}`;
      } catch (error) {
        const isRange = error instanceof RangeError;
        const invalidKeyLength = error.message === "Invalid key length";
        const decryptionFailed = error.message === "Unsupported state or unable to authenticate data";
        if (isRange || invalidKeyLength) {
          const err = new Error("INVALID_DOTENV_KEY: It must be 64 characters long (or more)");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        } else if (decryptionFailed) {
          const err = new Error("DECRYPTION_FAILED: Please check your DOTENV_KEY");
          err.code = "DECRYPTION_FAILED";
          throw err;
        } else {
          throw error;
        }
      }
    }
    __name(decrypt, "decrypt");
    function populate(processEnv, parsed, options = {}) {
      const debug = Boolean(options && options.debug);
      const override = Boolean(options && options.override);
      const populated = {};
      if (typeof parsed !== "object") {
        const err = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
        err.code = "OBJECT_REQUIRED";
        throw err;
      }
      for (const key of Object.keys(parsed)) {
        if (Object.prototype.hasOwnProperty.call(processEnv, key)) {
          if (override === true) {
            processEnv[key] = parsed[key];
            populated[key] = parsed[key];
          }
          if (debug) {
            if (override === true) {
              _debug(`"${key}" is already defined and WAS overwritten`);
            } else {
              _debug(`"${key}" is already defined and was NOT overwritten`);
            }
          }
        } else {
          processEnv[key] = parsed[key];
          populated[key] = parsed[key];
        }
      }
      return populated;
    }
    __name(populate, "populate");
    var DotenvModule = {
      configDotenv,
      _configVault,
      _parseVault,
      config,
      decrypt,
      parse: parse2,
      populate
    };
    module.exports.configDotenv = DotenvModule.configDotenv;
    module.exports._configVault = DotenvModule._configVault;
    module.exports._parseVault = DotenvModule._parseVault;
    module.exports.config = DotenvModule.config;
    module.exports.decrypt = DotenvModule.decrypt;
    module.exports.parse = DotenvModule.parse;
    module.exports.populate = DotenvModule.populate;
    module.exports = DotenvModule;
  }
});

// src/core/finding-help.ts
var FINDING_HELP = {
  "sdist-build": {
    summary: "No compatible wheel: uv would build this package from its source distribution.",
    help: "A source build needs compilers (often CUDA) on every machine that installs the project, is slow, and can fail or produce a different binary. Pin a version with a wheel for the target, switch to the prebuilt alternative the message names, or drop the target from `requires-python` / `[tool.uv] environments`.",
    defaultSeverity: "warning"
  },
  "no-distribution": {
    summary: "Needed on a target, but the lock has neither a compatible wheel nor a source distribution.",
    help: "Installing the project on this target fails. Pin a version that publishes a wheel for the target, exclude the package there with a marker, or narrow the targets (`requires-python`, `[tool.uv] environments`).",
    defaultSeverity: "error"
  },
  "target-unsupported": {
    summary: "A target outside the lock's supported environments (`tool.uv.environments`).",
    help: "uv resolved the lock only for the environments in `[tool.uv] environments`, and `uv sync` refuses to install anywhere else, so nothing else is judged on this target. Add a marker that covers it to `[tool.uv] environments` and run `uv lock`, or drop the target.",
    defaultSeverity: "error"
  },
  "cuda-mismatch": {
    summary: "The locked packages disagree on the CUDA version (index URLs, local labels, name suffixes).",
    help: "Packages built for different CUDA majors (or torch versions / C++ ABIs) fail at import or at the first kernel. Take every CUDA package from the same index (`/whl/cu124`) and flavour, then run `uv lock`.",
    defaultSeverity: "error"
  },
  "driver-floor": {
    summary: "The NVIDIA driver given with --driver is older than the locked CUDA needs.",
    help: "Below the CUDA major's minimum driver the GPU code does not run; below the toolkit's full-feature driver some features fail. Upgrade the driver, or lock packages built for an older CUDA.",
    defaultSeverity: "error"
  },
  "lock-stale": {
    summary: "uv.lock no longer matches pyproject.toml.",
    help: "The lock records requirements that differ from the manifest: `uv sync --locked` fails and installs are not reproducible. Run `uv lock` and commit uv.lock.",
    defaultSeverity: "error"
  },
  "unpinned-dependency": {
    summary: "A direct dependency is not pinned with ==.",
    help: "Loose requirements let a re-lock move to untested releases. Pin each direct dependency exactly (`numpy==2.2.6`); lockstep bump moves the pins in reviewed pull requests.",
    defaultSeverity: "warning"
  },
  "parse-error": {
    summary: "pyproject.toml or uv.lock is malformed.",
    help: "The file is not valid TOML or does not have the expected shape. The message names the line, the column and what was expected; fix the file (for uv.lock: run `uv lock` again).",
    defaultSeverity: "error"
  },
  "legacy-metadata": {
    summary: "requirements.txt, setup.py or setup.cfg beside pyproject.toml.",
    help: "Two sources of dependencies drift apart. Move what they declare into pyproject.toml (`uv add -r requirements.txt`) and delete them.",
    defaultSeverity: "notice"
  },
  "no-python-version": {
    summary: "No usable .python-version file.",
    help: "Without it each machine uses whichever Python uv finds first. Run `uv python pin 3.12` and commit .python-version.",
    defaultSeverity: "notice"
  },
  "lock-untracked": {
    summary: "uv.lock exists but git does not track it (or .gitignore ignores it).",
    help: "An untracked lock reproduces nothing on other machines. Remove the ignore rule and `git add uv.lock`.",
    defaultSeverity: "warning"
  },
  "venv-outside-project": {
    summary: "UV_PROJECT_ENVIRONMENT or a .venv symlink puts the environment outside the project.",
    help: "A shared or external environment mixes projects and is not rebuilt from the lock. Keep the environment in the project's own `.venv`.",
    defaultSeverity: "notice"
  },
  "artifact-missing": {
    summary: "A locked file is no longer served by its index (or is served with another sha256).",
    help: "`uv sync --locked` fails on the targets that install it. Re-lock onto a release that is served (`uv lock --upgrade-package NAME`, or the `lockstep bump` / `lockstep refresh` pull requests), or pin the newest version the message names.",
    defaultSeverity: "error"
  },
  "artifact-yanked": {
    summary: "A locked release is yanked on its index (PEP 592).",
    help: "uv still installs it from the lock, but the maintainers withdrew it (the reason is quoted) and the next `uv lock` moves away from it. Move to a release that is not yanked.",
    defaultSeverity: "warning"
  },
  "artifact-unchecked": {
    summary: "A host could not be asked whether the locked files are still served.",
    help: "The index was down, refused the request (credentials) or did not answer before the deadline: nothing is known about its files, and none is reported missing. Re-run when it answers; give a private index its credentials (`UV_INDEX_<NAME>_USERNAME` / `_PASSWORD`).",
    defaultSeverity: "error"
  }
};

// src/core/report/locations.ts
import { posix } from "node:path";
function findingPath(f, projectDir) {
  if (f.file === void 0) return void 0;
  return posix.normalize(posix.join(projectDir || ".", f.file));
}
__name(findingPath, "findingPath");

// src/core/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function ruleName(code) {
  return code.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());
}
__name(ruleName, "ruleName");
function toSarif(report, options) {
  const codes = Object.keys(FINDING_HELP);
  const rules = codes.map((code) => {
    const help = FINDING_HELP[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: help.summary },
      fullDescription: { text: `${help.summary} ${help.help}` },
      help: { text: help.help, markdown: help.help },
      helpUri: `${options.homepage}#lockstep-check-the-lock-engine`,
      defaultConfiguration: { level: LEVEL[help.defaultSeverity] },
      properties: { tags: ["reproducibility", "dependencies"] }
    };
  });
  const results = sortFindings(report.findings).map((f) => {
    const where = [f.package, f.version].filter(Boolean).join(" ");
    const text = `${where ? `${where}: ` : ""}${f.message}${f.target ? ` (target ${f.target})` : ""}`;
    const uri = findingPath({ file: f.file ?? "pyproject.toml" }, options.projectDir);
    const region = { startLine: f.line ?? 1, ...f.line && f.column ? { startColumn: f.column } : {} };
    return {
      ruleId: f.code,
      ruleIndex: codes.indexOf(f.code),
      level: LEVEL[f.severity],
      message: { text: text.endsWith(".") ? text : `${text}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: "SRCROOT" }, region } }],
      properties: { ...f.package ? { package: f.package } : {}, ...f.version ? { version: f.version } : {}, ...f.target ? { target: f.target } : {} }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "lockstep", version: options.version, semanticVersion: options.version, informationUri: options.homepage, rules } },
        ...options.srcRoot ? { originalUriBaseIds: { SRCROOT: { uri: options.srcRoot } } } : {},
        results
      }
    ]
  };
}
__name(toSarif, "toSarif");
function renderSarif(report, options) {
  return `${JSON.stringify(toSarif(report, options), null, 2)}
`;
}
__name(renderSarif, "renderSarif");

// src/core/report/github.ts
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
__name(escapeCommandData, "escapeCommandData");
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
__name(escapeCommandProperty, "escapeCommandProperty");
function groupByProblem(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = JSON.stringify([f.severity, f.code, f.package, f.version, f.file, f.line, f.column]);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}
__name(groupByProblem, "groupByProblem");
function annotation(group, projectDir) {
  const f = group[0];
  const file = findingPath(f, projectDir);
  const what = [f.package, f.version].filter(Boolean).join(" ");
  const targets = group.map((g) => g.target).filter((t) => t !== void 0);
  const where = targets.length === 1 ? ` [${targets[0]}]` : targets.length > 1 ? ` [${targets.length} targets]` : "";
  const title = singleLine(escapeTerminalText(`lockstep ${f.code}${what ? `: ${what}` : ""}${where}`));
  const props = [
    ["file", file],
    ["line", f.line],
    ["col", f.line ? f.column : void 0],
    ["title", title]
  ];
  const properties = props.filter((p) => p[1] !== void 0).map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`).join(",");
  const text = targets.length > 1 ? `${f.message}
Also on ${targets.slice(1).join(", ")}.` : f.message;
  const message = escapeTerminalText(text).replace(/[\u2028\u2029]/g, " ");
  return `::${f.severity} ${properties}::${escapeCommandData(message)}`;
}
__name(annotation, "annotation");
function renderGithub(report, projectDir) {
  const findings = sortFindings(report.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const lines = groupByProblem(findings).map((group) => annotation(group, projectDir));
  lines.push(`lockstep check: ${report.targets.length} target(s), ${errors} error(s), ${warnings} warning(s)`);
  return `${lines.join("\n")}
`;
}
__name(renderGithub, "renderGithub");

// src/core/setup/env-file.ts
var import_dotenv = __toESM(require_main(), 1);
var ASSIGNMENT = /^\s*(export\s+)?([^\s=:#]+)\s*(=|:\s)(.*)$/;
var VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseEnvFile(text, options = {}) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const variables = [];
  const problems = [];
  const known = /* @__PURE__ */ new Map();
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const raw = lines[i] ?? "";
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith("#")) continue;
    const m = ASSIGNMENT.exec(raw);
    if (!m) {
      problems.push({ line: lineNumber, message: "not a NAME=value assignment; the line is ignored" });
      continue;
    }
    const name = m[2] ?? "";
    let chunk = raw;
    const value = (m[4] ?? "").trimStart();
    const quote = value[0];
    if (quote === '"' || quote === "'" || quote === "`") {
      if (!closesQuote(value.slice(1), quote)) {
        let j = i + 1;
        while (j < lines.length && !closesQuote(lines[j] ?? "", quote)) j++;
        if (j >= lines.length) {
          problems.push({ line: lineNumber, message: `${name}: the quoted value is never closed; the line is ignored` });
          continue;
        }
        chunk = lines.slice(i, j + 1).join("\n");
        i = j;
      }
    }
    if (!VALID_NAME.test(name)) {
      problems.push({ line: lineNumber, message: `"${name}" is not a valid environment variable name; the line is ignored` });
      continue;
    }
    const parsed = (0, import_dotenv.parse)(chunk);
    if (!(name in parsed)) {
      problems.push({ line: lineNumber, message: `${name}: the value could not be parsed; the line is ignored` });
      continue;
    }
    let parsedValue = parsed[name] ?? "";
    if (options.expandFrom && quote !== "'") {
      const refused = [];
      const lookup = /* @__PURE__ */ __name((ref) => {
        if (known.has(ref)) return known.get(ref);
        if (isUnexpandable(ref)) return void refused.push(ref);
        return options.expandFrom?.[ref];
      }, "lookup");
      const expanded = expandReferences(parsedValue, lookup);
      parsedValue = expanded.value;
      for (const ref of expanded.undefinedNames) {
        problems.push({
          line: lineNumber,
          message: refused.includes(ref) ? `${name}: $${ref} is the runner's own credential and is never expanded from .env; it expands to an empty string` : `${name}: $${ref} is not defined (neither earlier in the file nor in the environment); it expands to an empty string`
        });
      }
    }
    known.set(name, parsedValue);
    variables.push({ name, value: parsedValue, line: lineNumber });
  }
  return { variables, problems };
}
__name(parseEnvFile, "parseEnvFile");
var REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
function expandReferences(value, lookup) {
  const undefinedNames = [];
  const result = value.replace(REFERENCE, (match, braced, bare) => {
    if (match === "\\$") return "$";
    const ref = braced ?? bare;
    const found = lookup(ref);
    if (found === void 0) {
      undefinedNames.push(ref);
      return "";
    }
    return found;
  });
  return { value: result, undefinedNames };
}
__name(expandReferences, "expandReferences");
function closesQuote(text, quote) {
  for (let k = 0; k < text.length; k++) {
    if (text[k] === "\\") {
      k++;
      continue;
    }
    if (text[k] === quote) return true;
  }
  return false;
}
__name(closesQuote, "closesQuote");
function isUnexpandable(name) {
  return /^(ACTIONS_|INPUT_|STATE_)/i.test(name) || /^GITHUB_TOKEN$/i.test(name);
}
__name(isUnexpandable, "isUnexpandable");
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "TOKEN",
  "SECRET",
  "SECRETS",
  "PASSWORD",
  "PASSWD",
  "PASS",
  "PWD",
  "PASSPHRASE",
  "PAT",
  "KEY",
  "APIKEY",
  "PRIVATE",
  "CREDENTIAL",
  "CREDENTIALS",
  "AUTH",
  "DSN",
  "WEBHOOK",
  "COOKIE",
  "JWT",
  "BEARER",
  "SALT"
]);
function looksSecret(name) {
  const upper = name.toUpperCase();
  if (upper === "PWD" || upper === "OLDPWD") return false;
  return upper.split(/[^A-Z0-9]+/).some((word) => SECRET_WORDS.has(word));
}
__name(looksSecret, "looksSecret");
function isHarmlessValue(value) {
  return value.trim().length < 4 || /^(true|false|yes|no|on|off|none|null|[0-9][0-9.]*)$/i.test(value.trim());
}
__name(isHarmlessValue, "isHarmlessValue");
var KEY_BLOCK = /-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE REQUEST|SIGNATURE)[A-Z0-9 ]*-----/;
var CREDENTIAL_URL = /[a-z][a-z0-9+.-]*:\/\/([^\s/?#@:]*):([^\s/?#@]+)@/gi;
var KNOWN_TOKEN = /^(gh[pousr]_|github_pat_|glpat-|xox[abprs]-|sk-|hf_|AKIA|ASIA|npm_|pypi-)[A-Za-z0-9_\-]{12,}/;
function entropyPerChar(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= n / text.length * Math.log2(n / text.length);
  return bits;
}
__name(entropyPerChar, "entropyPerChar");
function looksLikeToken(value) {
  const v = value.trim();
  if (KNOWN_TOKEN.test(v)) return true;
  return v.length >= 20 && /^[A-Za-z0-9+/=_\-.~]+$/.test(v) && /[A-Za-z]/.test(v) && /[0-9]/.test(v) && !v.includes("/") && entropyPerChar(v) >= 3.5;
}
__name(looksLikeToken, "looksLikeToken");
function secretsToMask(name, value) {
  const masks = /* @__PURE__ */ new Set();
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 4);
  if (KEY_BLOCK.test(value) || (looksSecret(name) || looksLikeToken(value)) && !isHarmlessValue(value)) {
    masks.add(value);
    if (lines.length > 1) for (const line of lines) masks.add(line);
  }
  for (const m of value.matchAll(CREDENTIAL_URL)) {
    const password = m[2] ?? "";
    masks.add(password);
    try {
      masks.add(decodeURIComponent(password));
    } catch {
    }
  }
  return [...masks].filter((mask) => mask.length > 0);
}
__name(secretsToMask, "secretsToMask");
var INDEX_REDIRECTION = /^(UV_INDEX_URL|UV_DEFAULT_INDEX|UV_EXTRA_INDEX_URL|UV_INDEX|UV_FIND_LINKS|UV_INSECURE_HOST|PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|PIP_TRUSTED_HOST)$/;
function isProtectedVariable(name, options = {}) {
  const upper = name.toUpperCase();
  return /^(PATH|LD_PRELOAD|LD_LIBRARY_PATH|LD_LIBRARY_PATH_PRELOAD|LD_AUDIT|BASH_ENV|ENV|NODE_OPTIONS|NODE_PATH|PYTHONSTARTUP|PYTHONHOME|PYTHONINSPECT|PERL5OPT|PERL5LIB|PERLLIB|RUBYOPT|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|PROMPT_COMMAND|SHELLOPTS|PS4|IFS|NODE_TLS_REJECT_UNAUTHORIZED|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE)$/.test(upper) || /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|DYLD_|GIT_CONFIG)/.test(upper) || /^GIT_(SSH|SSH_COMMAND|ASKPASS|EXEC_PATH|PROXY_COMMAND|EXTERNAL_DIFF|PAGER|EDITOR|TEMPLATE_DIR|DIR|WORK_TREE)$/.test(upper) || !options.allowIndexRedirection && INDEX_REDIRECTION.test(upper);
}
__name(isProtectedVariable, "isProtectedVariable");

export {
  renderSarif,
  renderGithub,
  parseEnvFile,
  secretsToMask,
  isProtectedVariable
};

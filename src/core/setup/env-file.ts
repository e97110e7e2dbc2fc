import { parse } from 'dotenv';

export interface EnvVariable {
  name: string;
  value: string;
  /** 1-based line where the assignment starts. */
  line: number;
}

export interface EnvFileProblem {
  line: number;
  /** Says what is wrong without quoting the value (values may be secrets). */
  message: string;
}

export interface EnvFileContents {
  variables: EnvVariable[];
  problems: EnvFileProblem[];
}

const ASSIGNMENT = /^\s*(export\s+)?([^\s=:#]+)\s*(=|:\s)(.*)$/;
const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses a .env file with dotenv's rules (quotes, `export NAME=value`, inline comments, multi-line
 * quoted values), one assignment at a time so that every variable keeps its line number and a line
 * dotenv would silently skip becomes a problem the user hears about.
 */
export function parseEnvFile(text: string, options: ParseEnvFileOptions = {}): EnvFileContents {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const variables: EnvVariable[] = [];
  const problems: EnvFileProblem[] = [];
  const known = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const raw = lines[i] ?? '';
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const m = ASSIGNMENT.exec(raw);
    if (!m) {
      problems.push({ line: lineNumber, message: 'not a NAME=value assignment; the line is ignored' });
      continue;
    }
    const name = m[2] ?? '';
    let chunk = raw;
    const value = (m[4] ?? '').trimStart();
    const quote = value[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      // A quoted value may run over several lines: take lines until the closing quote.
      if (!closesQuote(value.slice(1), quote)) {
        let j = i + 1;
        while (j < lines.length && !closesQuote(lines[j] ?? '', quote)) j++;
        if (j >= lines.length) {
          problems.push({ line: lineNumber, message: `${name}: the quoted value is never closed; the line is ignored` });
          continue;
        }
        chunk = lines.slice(i, j + 1).join('\n');
        i = j;
      }
    }
    if (!VALID_NAME.test(name)) {
      problems.push({ line: lineNumber, message: `"${name}" is not a valid environment variable name; the line is ignored` });
      continue;
    }
    const parsed = parse(chunk);
    if (!(name in parsed)) {
      problems.push({ line: lineNumber, message: `${name}: the value could not be parsed; the line is ignored` });
      continue;
    }
    let parsedValue = parsed[name] ?? '';
    if (options.expandFrom && quote !== "'") {
      const refused: string[] = [];
      const lookup = (ref: string) => {
        if (known.has(ref)) return known.get(ref);
        if (isUnexpandable(ref)) return void refused.push(ref);
        return options.expandFrom?.[ref];
      };
      const expanded = expandReferences(parsedValue, lookup);
      parsedValue = expanded.value;
      for (const ref of expanded.undefinedNames) {
        problems.push({
          line: lineNumber,
          message: refused.includes(ref)
            ? `${name}: $${ref} is the runner's own credential and is never expanded from .env; it expands to an empty string`
            : `${name}: $${ref} is not defined (neither earlier in the file nor in the environment); it expands to an empty string`,
        });
      }
    }
    // One map kept up to date (rebuilding it per line made a 20k-line file take most of a minute).
    known.set(name, parsedValue);
    variables.push({ name, value: parsedValue, line: lineNumber });
  }
  return { variables, problems };
}

export interface ParseEnvFileOptions {
  /**
   * Expand `$NAME` / `${NAME}` in unquoted and double-quoted values, as `source .env` does in a shell
   * (the essay's `export LD_LIBRARY_PATH="$CONDA_PREFIX/lib"`): from variables earlier in the file,
   * then from this environment. Single-quoted values stay literal, as in a shell. `\$` keeps a `$`.
   */
  expandFrom?: Readonly<Record<string, string | undefined>>;
}

const REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Shell-style expansion of `$NAME` and `${NAME}`; reports names that are not defined. */
export function expandReferences(value: string, lookup: (name: string) => string | undefined): { value: string; undefinedNames: string[] } {
  const undefinedNames: string[] = [];
  const result = value.replace(REFERENCE, (match: string, braced: string | undefined, bare: string | undefined) => {
    if (match === '\\$') return '$';
    const ref = (braced ?? bare) as string;
    const found = lookup(ref);
    if (found === undefined) {
      undefinedNames.push(ref);
      return '';
    }
    return found;
  });
  return { value: result, undefinedNames };
}

function closesQuote(text: string, quote: string): boolean {
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '\\') {
      k++;
      continue;
    }
    if (text[k] === quote) return true;
  }
  return false;
}

/**
 * The runner's own credentials (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, the step's
 * inputs and state, GITHUB_TOKEN): a committed .env must not copy them into variables every later step
 * (and every tool that logs its environment) can read.
 */
export function isUnexpandable(name: string): boolean {
  return /^(ACTIONS_|INPUT_|STATE_)/i.test(name) || /^GITHUB_TOKEN$/i.test(name);
}

/** Words that make a name a secret's (split on `_`, so TOKENIZERS_PARALLELISM, MAX_TOKENS, AUTHOR, PASSES are not). */
const SECRET_WORDS = new Set([
  'TOKEN', 'SECRET', 'SECRETS', 'PASSWORD', 'PASSWD', 'PASS', 'PWD', 'PASSPHRASE', 'PAT', 'KEY', 'APIKEY',
  'PRIVATE', 'CREDENTIAL', 'CREDENTIALS', 'AUTH', 'DSN', 'WEBHOOK', 'COOKIE', 'JWT', 'BEARER', 'SALT',
]);

/**
 * Whether a variable's name says its value is a secret: one of its `_`-separated words is (`HF_TOKEN`,
 * `GH_PAT`, `AWS_ACCESS_KEY_ID`, `SENTRY_DSN`, `SLACK_WEBHOOK_URL`), not merely contains one
 * (`TOKENIZERS_PARALLELISM`, `MAX_TOKENS`, `AUTHOR`, `PASSES` are ordinary settings). `PWD`/`OLDPWD`
 * are the shell's working directories.
 */
export function looksSecret(name: string): boolean {
  const upper = name.toUpperCase();
  if (upper === 'PWD' || upper === 'OLDPWD') return false;
  return upper.split(/[^A-Z0-9]+/).some((word) => SECRET_WORDS.has(word));
}

/** Values that mask to nothing useful and would blank out ordinary words or numbers in every later log. */
function isHarmlessValue(value: string): boolean {
  return value.trim().length < 4 || /^(true|false|yes|no|on|off|none|null|[0-9][0-9.]*)$/i.test(value.trim());
}

const KEY_BLOCK = /-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE REQUEST|SIGNATURE)[A-Z0-9 ]*-----/;
const CREDENTIAL_URL = /[a-z][a-z0-9+.-]*:\/\/([^\s/?#@:]*):([^\s/?#@]+)@/gi;
const KNOWN_TOKEN = /^(gh[pousr]_|github_pat_|glpat-|xox[abprs]-|sk-|hf_|AKIA|ASIA|npm_|pypi-)[A-Za-z0-9_\-]{12,}/;

/** Bits of entropy per character (Shannon): tokens score above 3.5, words and paths below. */
function entropyPerChar(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

/** A long random-looking token: a known token prefix, or 20+ token characters, letters and digits, high entropy. */
function looksLikeToken(value: string): boolean {
  const v = value.trim();
  if (KNOWN_TOKEN.test(v)) return true;
  return v.length >= 20 && /^[A-Za-z0-9+/=_\-.~]+$/.test(v) && /[A-Za-z]/.test(v) && /[0-9]/.test(v) && !v.includes('/') && entropyPerChar(v) >= 3.5;
}

/**
 * What of a .env value must be masked in the logs, by what the value is as well as by its name: the
 * whole value when the name says secret (unless the value is harmless: `MAX_TOKEN=512`) or when it is a
 * long high-entropy token; the password of every credential-bearing URL (`postgres://app:PW@db/x`
 * masks `PW`, the host stays readable); a key block whole and line by line (a log line showing one line
 * of a key would not match the multi-line mask). [] when nothing is secret.
 */
export function secretsToMask(name: string, value: string): string[] {
  const masks = new Set<string>();
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 4);
  if (KEY_BLOCK.test(value) || ((looksSecret(name) || looksLikeToken(value)) && !isHarmlessValue(value))) {
    masks.add(value);
    if (lines.length > 1) for (const line of lines) masks.add(line);
  }
  for (const m of value.matchAll(CREDENTIAL_URL)) {
    const password = m[2] ?? '';
    masks.add(password);
    try {
      masks.add(decodeURIComponent(password));
    } catch {
      // a stray % stays as written
    }
  }
  return [...masks].filter((mask) => mask.length > 0);
}

/** Variables that send uv/pip to another index: a .env from a pull request could swap every package. */
const INDEX_REDIRECTION = /^(UV_INDEX_URL|UV_DEFAULT_INDEX|UV_EXTRA_INDEX_URL|UV_INDEX|UV_FIND_LINKS|UV_INSECURE_HOST|PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|PIP_TRUSTED_HOST)$/;

export interface ProtectionOptions {
  /** The `env-file-allow-index` input: the .env may point uv/pip at another index. */
  allowIndexRedirection?: boolean;
}

/**
 * Names a committed .env must not set for later steps: they change what every later step executes or
 * trusts, so a .env from a pull request could take over the job:
 * - loader and interpreter hooks: LD_PRELOAD, LD_LIBRARY_PATH, LD_AUDIT, DYLD_*, NODE_OPTIONS,
 *   PYTHONSTARTUP, PYTHONHOME, PERL5OPT/PERL5LIB, RUBYOPT, JAVA_TOOL_OPTIONS/_JAVA_OPTIONS/JDK_JAVA_OPTIONS;
 * - shell start-up and prompt: BASH_ENV, ENV, PROMPT_COMMAND, SHELLOPTS, PS4, IFS;
 * - git configuration (GIT_CONFIG_COUNT/KEY_n/VALUE_n set `core.fsmonitor`, which runs a program on
 *   any later `git status`) and git's program hooks (GIT_SSH_COMMAND, GIT_ASKPASS, GIT_EXEC_PATH...);
 * - TLS trust: NODE_TLS_REJECT_UNAUTHORIZED, NODE_EXTRA_CA_CERTS, SSL_CERT_FILE/DIR,
 *   REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE;
 * - the runner's own variables (GITHUB_*, RUNNER_*, ACTIONS_*, INPUT_*, STATE_*) and PATH (set through
 *   the venv's activation instead);
 * - index redirections (UV_INDEX_URL, UV_DEFAULT_INDEX, PIP_INDEX_URL...) unless allowed.
 */
export function isProtectedVariable(name: string, options: ProtectionOptions = {}): boolean {
  const upper = name.toUpperCase();
  return (
    /^(PATH|LD_PRELOAD|LD_LIBRARY_PATH|LD_LIBRARY_PATH_PRELOAD|LD_AUDIT|BASH_ENV|ENV|NODE_OPTIONS|NODE_PATH|PYTHONSTARTUP|PYTHONHOME|PYTHONINSPECT|PERL5OPT|PERL5LIB|PERLLIB|RUBYOPT|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|PROMPT_COMMAND|SHELLOPTS|PS4|IFS|NODE_TLS_REJECT_UNAUTHORIZED|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE)$/.test(upper) ||
    /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|DYLD_|GIT_CONFIG)/.test(upper) ||
    /^GIT_(SSH|SSH_COMMAND|ASKPASS|EXEC_PATH|PROXY_COMMAND|EXTERNAL_DIFF|PAGER|EDITOR|TEMPLATE_DIR|DIR|WORK_TREE)$/.test(upper) ||
    (!options.allowIndexRedirection && INDEX_REDIRECTION.test(upper))
  );
}

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
      const known = new Map(variables.map((v) => [v.name, v.value]));
      const expanded = expandReferences(parsedValue, (ref) => known.get(ref) ?? options.expandFrom?.[ref]);
      parsedValue = expanded.value;
      for (const ref of expanded.undefinedNames) {
        problems.push({ line: lineNumber, message: `${name}: $${ref} is not defined (neither earlier in the file nor in the environment); it expands to an empty string` });
      }
    }
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
 * Whether a variable's value should be masked in the logs. Masking every value would turn short
 * values (`SEED=1`, `DATA_DIR=data`) into `***` all over unrelated log lines, so only names that
 * say "secret" are masked; values are never printed either way.
 */
export function looksSecret(name: string): boolean {
  return /(TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|PRIVATE|CREDENTIAL|AUTH|_KEY$|^KEY$)/i.test(name);
}

/**
 * Names a committed .env must not set for later steps: they change how every later step runs
 * (loader hooks, shell start-up files, PATH, the runner's own variables), so a .env from a pull request
 * could take over the job. PATH is set through the venv's activation instead.
 */
export function isProtectedVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    /^(PATH|LD_PRELOAD|LD_LIBRARY_PATH_PRELOAD|LD_AUDIT|DYLD_INSERT_LIBRARIES|BASH_ENV|ENV|NODE_OPTIONS|PYTHONSTARTUP|PROMPT_COMMAND|SHELLOPTS|PS4|IFS)$/.test(upper) ||
    /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_)/.test(upper)
  );
}

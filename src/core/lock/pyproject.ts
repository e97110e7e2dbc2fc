/**
 * The parts of pyproject.toml that decide what uv locks and installs: `[project]` requirements (with
 * positions, so findings and pin bumps point at the right line), `[dependency-groups]` and `[tool.uv]`.
 * `[tool.lockstep]` is kept raw for later features.
 */
import { LockstepError, ParseError } from '../errors.js';
import { parseRequirement, type Requirement } from '../pep/requirement.js';
import { parseToml, type TomlTable } from '../toml.js';
import { locateValues, type KeyPath, type Span, type ValueLocator } from './locate.js';

export interface PyprojectRequirement {
  /** The requirement string as written. */
  raw: string;
  req: Requirement;
  /** 1-based line/column of the string's opening quote. */
  line: number;
  column: number;
  span: Span;
}

/** `./local`, `../pkg`, `pkg.whl`: a path without a scheme that is not absolute (POSIX, UNC or a drive letter). */
function isRelativePath(url: string): boolean {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url) && !/^[\\/]/.test(url) && !/^[A-Za-z]:[\\/]/.test(url);
}

/** `{ include-group = "x" }` inside a dependency group (PEP 735). */
export interface GroupInclude {
  includeGroup: string;
  line: number;
}

export interface UvSource {
  /** `index`, `git`, `url`, `path`, `workspace`, … with their values; plus `marker`/`extra`/`group` for list forms. */
  [key: string]: unknown;
}

export interface UvIndex {
  name?: string;
  url: string;
  explicit: boolean;
  default: boolean;
}

export interface UvToolSettings {
  requiredVersion: string | null;
  /** Per package: one source, or the list form with `marker`/`extra`/`group` selectors (always a list here). */
  sources: Record<string, UvSource[]>;
  indexes: UvIndex[];
  overrideDependencies: PyprojectRequirement[];
  constraintDependencies: PyprojectRequirement[];
  /** Legacy `tool.uv.dev-dependencies` (uv treats it as the `dev` group). */
  devDependencies: PyprojectRequirement[];
  /** `tool.uv.default-groups`: a list, `"all"`, or null when unset (uv's default is `["dev"]`). */
  defaultGroups: string[] | 'all' | null;
  environments: string[];
  requiredEnvironments: string[];
  conflicts: { extra?: string; group?: string; package?: string }[][];
  /** `tool.uv.package` (false: never build/install the project itself). */
  package: boolean | null;
  workspaceMembers: string[];
  workspaceExclude: string[];
}

export interface Pyproject {
  file: string;
  /** null for a virtual workspace root (no `[project]` table). */
  name: string | null;
  version: string | null;
  /** True when `project.version` is listed in `project.dynamic`. */
  dynamicVersion: boolean;
  /** `project.dynamic`: fields the build backend computes (uv reads them by building, not from this file). */
  dynamic: string[];
  requiresPython: string | null;
  /** 1-based line of `requires-python`, for findings. */
  requiresPythonLine: number | null;
  dependencies: PyprojectRequirement[];
  optionalDependencies: Record<string, PyprojectRequirement[]>;
  dependencyGroups: Record<string, (PyprojectRequirement | GroupInclude)[]>;
  tool: { uv: UvToolSettings; lockstep: TomlTable | null };
  /** Line of the `[project]` header (or 1). */
  projectLine: number;
  /** The positions of every value, for callers that need more (e.g. the bump planner). */
  locator: ValueLocator;
  /**
   * Requirements that do not parse, each with its position. They are left out of the lists above: one
   * bad requirement costs that requirement, not the whole report (the engine reports each as a finding).
   */
  problems: ParseError[];
}

export function isGroupInclude(item: PyprojectRequirement | GroupInclude): item is GroupInclude {
  return 'includeGroup' in item;
}

class Reader {
  constructor(
    readonly file: string,
    readonly locator: ValueLocator,
  ) {}

  position(path: KeyPath): { line?: number; column?: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const span = this.locator.get(path.slice(0, depth));
      if (span) return { line: span.line, column: span.column };
    }
    return {};
  }

  fail(path: KeyPath, message: string, hint?: string): never {
    const key = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
    throw new ParseError(`\`${key}\` ${message}`, { file: this.file, ...this.position(path), hint: hint ?? `Fix \`${key}\` in ${this.file}.` });
  }

  table(value: unknown, path: KeyPath): TomlTable | undefined {
    if (value === undefined) return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) this.fail(path, 'must be a table');
    return value as TomlTable;
  }

  array(value: unknown, path: KeyPath): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) this.fail(path, 'must be an array');
    return value;
  }

  string(value: unknown, path: KeyPath): string | null {
    if (value === undefined) return null;
    if (typeof value !== 'string') this.fail(path, 'must be a string');
    return value;
  }

  strings(value: unknown, path: KeyPath): string[] {
    return this.array(value, path).map((item, i) => {
      if (typeof item !== 'string') this.fail([...path, i], 'must be a string');
      return item;
    });
  }

  bool(value: unknown, path: KeyPath): boolean | null {
    if (value === undefined) return null;
    if (typeof value !== 'boolean') this.fail(path, 'must be true or false');
    return value;
  }

  requirement(value: unknown, path: KeyPath): PyprojectRequirement {
    if (typeof value !== 'string') this.fail(path, 'must be a requirement string such as "numpy==2.1.3"');
    const span = this.locator.get(path) ?? { line: 1, column: 1, start: 0, end: 0 };
    let req: Requirement;
    try {
      req = parseRequirement(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ParseError(reason, {
        file: this.file,
        line: span.line,
        column: span.column,
        hint: error instanceof LockstepError && error.hint ? error.hint : 'Write the requirement as PEP 508 describes.',
        cause: error,
      });
    }
    if (req.url !== null && isRelativePath(req.url)) {
      // PEP 508 allows it, but uv 0.13.9 refuses it in pyproject.toml ("relative path without a working
      // directory"), so `uv lock` fails on this line.
      throw new ParseError(`\`${value}\`: uv refuses a relative path in pyproject.toml requirements ("relative path without a working directory")`, {
        file: this.file,
        line: span.line,
        column: span.column,
        hint: `Use \`[tool.uv.sources]\` (\`${req.name} = { path = "${req.url}" }\`) with a plain \`${req.name}\` requirement, or a file:// URL.`,
      });
    }
    return { raw: value, req, line: span.line, column: span.column, span };
  }

  /** Requirement strings that failed to parse (collected by {@link requirements}, not thrown). */
  readonly problems: ParseError[] = [];

  /** A list of requirements; an item that does not parse is skipped and recorded in `problems`. */
  requirements(value: unknown, path: KeyPath): PyprojectRequirement[] {
    const out: PyprojectRequirement[] = [];
    this.array(value, path).forEach((item, i) => {
      const parsed = this.tolerant(() => this.requirement(item, [...path, i]));
      if (parsed) out.push(parsed);
    });
    return out;
  }

  /** Runs a parse step; a requirement-level ParseError is recorded and yields undefined. */
  tolerant<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      this.problems.push(error);
      return undefined;
    }
  }
}

function readUv(r: Reader, uv: TomlTable | undefined): UvToolSettings {
  const base: KeyPath = ['tool', 'uv'];
  const t = uv ?? {};
  const sources: Record<string, UvSource[]> = {};
  for (const [name, value] of Object.entries(r.table(t.sources, [...base, 'sources']) ?? {})) {
    const path = [...base, 'sources', name];
    const list = Array.isArray(value) ? value : [value];
    sources[name] = list.map((item, i) => r.table(item, Array.isArray(value) ? [...path, i] : path) as UvSource);
  }
  const indexes = r.array(t.index, [...base, 'index']).map((item, i): UvIndex => {
    const path = [...base, 'index', i];
    const index = r.table(item, path)!;
    const url = r.string(index.url, [...path, 'url']) ?? r.fail([...path, 'url'], 'is required');
    const entry: UvIndex = { url, explicit: r.bool(index.explicit, [...path, 'explicit']) ?? false, default: r.bool(index.default, [...path, 'default']) ?? false };
    const name = r.string(index.name, [...path, 'name']);
    if (name !== null) entry.name = name;
    return entry;
  });
  let defaultGroups: UvToolSettings['defaultGroups'] = null;
  if (t['default-groups'] === 'all') defaultGroups = 'all';
  else if (t['default-groups'] !== undefined) defaultGroups = r.strings(t['default-groups'], [...base, 'default-groups']);
  const conflicts = r.array(t.conflicts, [...base, 'conflicts']).map((set, i) =>
    r.array(set, [...base, 'conflicts', i]).map((item, j) => {
      const path = [...base, 'conflicts', i, j];
      const c = r.table(item, path)!;
      const out: { extra?: string; group?: string; package?: string } = {};
      for (const key of ['extra', 'group', 'package'] as const) {
        const v = r.string(c[key], [...path, key]);
        if (v !== null) out[key] = v;
      }
      return out;
    }),
  );
  const workspace = r.table(t.workspace, [...base, 'workspace']) ?? {};
  const strOrList = (value: unknown, path: KeyPath): string[] => (typeof value === 'string' ? [value] : r.strings(value, path));
  return {
    requiredVersion: r.string(t['required-version'], [...base, 'required-version']),
    sources,
    indexes,
    overrideDependencies: r.requirements(t['override-dependencies'], [...base, 'override-dependencies']),
    constraintDependencies: r.requirements(t['constraint-dependencies'], [...base, 'constraint-dependencies']),
    devDependencies: r.requirements(t['dev-dependencies'], [...base, 'dev-dependencies']),
    defaultGroups,
    environments: strOrList(t.environments, [...base, 'environments']),
    requiredEnvironments: strOrList(t['required-environments'], [...base, 'required-environments']),
    conflicts,
    package: r.bool(t.package, [...base, 'package']),
    workspaceMembers: r.strings(workspace.members, [...base, 'workspace', 'members']),
    workspaceExclude: r.strings(workspace.exclude, [...base, 'workspace', 'exclude']),
  };
}

/**
 * Parses pyproject.toml text. Malformed TOML, a malformed requirement or a value of the wrong type is a
 * ParseError with the file, line and column.
 */
export function parsePyproject(text: string, file = 'pyproject.toml'): Pyproject {
  const doc = parseToml(text, file);
  const locator = locateValues(text);
  const r = new Reader(file, locator);
  const project = r.table(doc.project, ['project']);
  const tool = r.table(doc.tool, ['tool']) ?? {};

  const optionalDependencies: Record<string, PyprojectRequirement[]> = {};
  for (const [extra, list] of Object.entries(r.table(project?.['optional-dependencies'], ['project', 'optional-dependencies']) ?? {})) {
    optionalDependencies[extra] = r.requirements(list, ['project', 'optional-dependencies', extra]);
  }
  const dependencyGroups: Pyproject['dependencyGroups'] = {};
  for (const [group, list] of Object.entries(r.table(doc['dependency-groups'], ['dependency-groups']) ?? {})) {
    const path: KeyPath = ['dependency-groups', group];
    dependencyGroups[group] = r.array(list, path).flatMap((item, i): (PyprojectRequirement | GroupInclude)[] => {
      if (typeof item === 'string') {
        const parsed = r.tolerant(() => r.requirement(item, [...path, i]));
        return parsed ? [parsed] : [];
      }
      const include = r.table(item, [...path, i])!;
      const target = r.string(include['include-group'], [...path, i, 'include-group']) ?? r.fail([...path, i], 'must be a requirement string or { include-group = "NAME" }');
      const entry: GroupInclude = { includeGroup: target, line: r.position([...path, i]).line ?? 1 };
      return [entry];
    });
  }
  const dynamic = project ? r.strings(project.dynamic, ['project', 'dynamic']) : [];
  return {
    file,
    name: project ? r.string(project.name, ['project', 'name']) : null,
    version: project ? r.string(project.version, ['project', 'version']) : null,
    dynamicVersion: dynamic.includes('version'),
    dynamic,
    requiresPython: project ? r.string(project['requires-python'], ['project', 'requires-python']) : null,
    requiresPythonLine: locator.get(['project', 'requires-python'])?.line ?? null,
    dependencies: project ? r.requirements(project.dependencies, ['project', 'dependencies']) : [],
    optionalDependencies,
    dependencyGroups,
    tool: {
      uv: readUv(r, r.table(tool.uv, ['tool', 'uv'])),
      lockstep: r.table(tool.lockstep, ['tool', 'lockstep']) ?? null,
    },
    projectLine: locator.get(['project'])?.line ?? 1,
    locator,
    problems: r.problems,
  };
}

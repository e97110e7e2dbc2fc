/**
 * Pure pieces of the pixi setup mode: which pixi to install (the `pixi-version` input, else the
 * manifest's `requires-pixi`, else the tested default), what pixi's release assets are called, and
 * how `pixi shell-hook --json` output becomes the variables later steps get.
 */
import { LockstepError } from '../errors.js';
import { compareCondaVersions, condaVersionSatisfies } from '../pep/conda-version.js';
import type { RunnerPlatform } from './platform.js';

export type PixiVersionRequest =
  | { kind: 'exact'; version: string; origin: 'input' | 'requires-pixi' }
  | { kind: 'spec'; spec: string; origin: 'requires-pixi' | 'input'; file?: string; line?: number }
  | { kind: 'latest'; origin: 'input' | 'default' };

const EXACT = /^v?(\d+\.\d+\.\d+)$/;

/**
 * The input wins; else `requires-pixi` (a conda version spec such as `>=0.73.0`; an exact `==0.63.2`
 * or `0.63.2` is taken as is); else the newest release (as setup-pixi does).
 */
export function choosePixiVersionRequest(input: string, requiresPixi: string | null, where?: { file: string; line?: number }): PixiVersionRequest {
  const wanted = input.trim();
  if (wanted === 'latest') return { kind: 'latest', origin: 'input' };
  if (wanted) {
    const exact = EXACT.exec(wanted);
    if (exact) return { kind: 'exact', version: exact[1]!, origin: 'input' };
    if (condaVersionSatisfies('0.0.0', wanted) === null) throw new LockstepError(`pixi-version "${wanted}" is neither a version nor a version spec`, { hint: 'Use 0.63.2, a spec such as >=0.60, or latest.' });
    return { kind: 'spec', spec: wanted, origin: 'input' };
  }
  const spec = requiresPixi?.trim();
  if (spec) {
    const exact = /^(?:==)?\s*v?(\d+\.\d+\.\d+)$/.exec(spec);
    if (exact) return { kind: 'exact', version: exact[1]!, origin: 'requires-pixi' };
    if (condaVersionSatisfies('0.0.0', spec) === null) {
      throw new LockstepError(`requires-pixi "${spec}" is not a version spec lockstep can read`, { file: where?.file, line: where?.line, hint: 'Write it like pixi does: ">=0.60", ">=0.60,<1".' });
    }
    return { kind: 'spec', spec, origin: 'requires-pixi', ...(where ? { file: where.file, ...(where.line !== undefined ? { line: where.line } : {}) } : {}) };
  }
  return { kind: 'latest', origin: 'default' };
}

/** The newest release a request allows (pixi tags are `v0.63.2`; the list may hold either form). */
export function resolvePixiVersion(request: PixiVersionRequest, releases: readonly string[]): string {
  if (request.kind === 'exact') return request.version;
  const finals = releases.map((r) => r.replace(/^v/, '')).filter((r) => /^\d+\.\d+\.\d+$/.test(r)).sort((a, b) => compareCondaVersions(b, a));
  const picked = request.kind === 'latest' ? finals[0] : finals.find((v) => condaVersionSatisfies(v, request.spec) === true);
  if (!picked) {
    const what = request.kind === 'latest' ? '"latest"' : `"${request.spec}" (${request.origin})`;
    throw new LockstepError(`no pixi release satisfies ${what}; newest known: ${finals[0] ?? 'none'}`, {
      ...(request.kind === 'spec' && request.file ? { file: request.file, line: request.line } : {}),
      hint: 'Relax requires-pixi, or set the `pixi-version` input to a published release.',
    });
  }
  return picked;
}

/** The Rust triple pixi's release archives are named after (Linux builds are static musl ones). */
export function pixiTargetTriple(p: RunnerPlatform): string {
  const cpu = p.arch === 'x64' ? 'x86_64' : 'aarch64';
  if (p.os === 'darwin') return `${cpu}-apple-darwin`;
  if (p.os === 'win32') return `${cpu}-pc-windows-msvc`;
  return `${cpu}-unknown-linux-musl`;
}

/** `pixi-x86_64-unknown-linux-musl.tar.gz` (`.zip` on Windows); its digest is published as `<name>.sha256`. */
export function pixiArchiveName(p: RunnerPlatform): string {
  return `pixi-${pixiTargetTriple(p)}.${p.os === 'win32' ? 'zip' : 'tar.gz'}`;
}

export function pixiExecutableName(p: RunnerPlatform): string {
  return p.os === 'win32' ? 'pixi.exe' : 'pixi';
}

/**
 * `pixi shell-hook --json` prints `{"environment_variables": {NAME: value, ...}}`: the variables the
 * activation sets (PATH, CONDA_PREFIX, PIXI_*, activation scripts' exports). PATH is returned apart:
 * the runner prepends the entries pixi added rather than replacing the runner's PATH.
 */
export function parseShellHookJson(text: string, currentPath: string, delimiter: string): { variables: Record<string, string>; pathEntries: string[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new LockstepError('`pixi shell-hook --json` did not print JSON', { hint: 'Check the pixi version (shell-hook --json needs pixi 0.23 or newer).' });
  }
  const vars = (doc as { environment_variables?: unknown } | null)?.environment_variables;
  if (!vars || typeof vars !== 'object' || Array.isArray(vars)) throw new LockstepError('`pixi shell-hook --json` printed no `environment_variables` object');
  const variables: Record<string, string> = {};
  let pathEntries: string[] = [];
  const known = new Set(currentPath.split(delimiter).filter(Boolean));
  for (const [name, value] of Object.entries(vars as Record<string, unknown>)) {
    if (typeof value !== 'string') continue;
    if (name === 'PATH' || name === 'Path') pathEntries = value.split(delimiter).filter((p) => p && !known.has(p));
    else variables[name] = value;
  }
  return { variables, pathEntries };
}

/**
 * A stand-in for the pixi binary (github.com, where pixi is released, is unreachable here). It is a
 * small POSIX shell script implementing the commands the setup job calls, printing pixi's real output
 * formats; it is packed like pixi's release archive (`pixi-<triple>.tar.gz` holding `pixi` at its
 * root), so the install code that runs on GitHub runners is the code under test.
 *
 * - `pixi --version` → `pixi <version>`
 * - `pixi install [--locked] --environment E` → fails like pixi when pixi.lock is missing (with
 *   --locked) or lacks the environment; an installed environment is "up to date"; else "downloads"
 *   into $PIXI_CACHE_DIR/pkgs (logged as `download E` unless the cache has it) and creates
 *   `.pixi/envs/E/bin` and `conda-meta/history`.
 * - `pixi shell-hook --json [--locked] --environment E` → `{"environment_variables":{...}}` with PATH,
 *   CONDA_PREFIX, CONDA_DEFAULT_ENV, PIXI_PROJECT_ROOT, PIXI_ENVIRONMENT_NAME, PIXI_PROJECT_NAME.
 * Every call is appended to $LOCKSTEP_PIXI_STAND_IN_LOG when set.
 */
import { writeTarGz } from './archives.js';

export const PIXI_TEST_VERSION = '0.63.2';

export function pixiStandInScript(version = PIXI_TEST_VERSION): string {
  return `#!/bin/sh
# lockstep test stand-in for pixi ${version} (not the real pixi; see __tests__/support/pixi-stand-in.ts)
[ -n "$LOCKSTEP_PIXI_STAND_IN_LOG" ] && echo "$*" >> "$LOCKSTEP_PIXI_STAND_IN_LOG"
cmd="$1"; shift
env_name=default; locked=0; json=0
while [ $# -gt 0 ]; do
  case "$1" in
    --environment|-e) env_name="$2"; shift ;;
    --locked) locked=1 ;;
    --json) json=1 ;;
  esac
  shift
done
root="$(pwd)"
prefix="$root/.pixi/envs/$env_name"
name="$(sed -n 's/^name *= *"\\(.*\\)"/\\1/p' pixi.toml 2>/dev/null | head -n 1)"
case "$cmd" in
  --version) echo "pixi ${version}" ;;
  install)
    if [ ! -f pixi.lock ]; then
      if [ "$locked" = 1 ]; then echo "Error:   x lock-file not up-to-date with the workspace" >&2; exit 1; fi
    elif ! grep -q "^  $env_name:" pixi.lock; then
      echo "Error:   x unknown environment '$env_name'" >&2; exit 1
    fi
    if [ -f "$prefix/conda-meta/history" ]; then echo "✔ The $env_name environment is up to date."; exit 0; fi
    # What the real pixi would download into its package cache ($PIXI_CACHE_DIR) before linking.
    cache="\${PIXI_CACHE_DIR:-$HOME/.cache/rattler/cache}/pkgs"
    if [ ! -f "$cache/$env_name.tar.bz2" ]; then
      [ -n "$LOCKSTEP_PIXI_STAND_IN_LOG" ] && echo "download $env_name" >> "$LOCKSTEP_PIXI_STAND_IN_LOG"
      mkdir -p "$cache" && echo "package bytes" > "$cache/$env_name.tar.bz2"
    fi
    mkdir -p "$prefix/bin" "$prefix/conda-meta"
    echo "==> lockstep stand-in" > "$prefix/conda-meta/history"
    echo "✔ The $env_name environment has been installed."
    ;;
  shell-hook)
    [ "$json" = 1 ] || { echo "export CONDA_PREFIX=\\"$prefix\\""; exit 0; }
    printf '{"environment_variables":{"PATH":"%s/bin:%s","CONDA_PREFIX":"%s","CONDA_DEFAULT_ENV":"%s:%s","PIXI_PROJECT_ROOT":"%s","PIXI_PROJECT_NAME":"%s","PIXI_ENVIRONMENT_NAME":"%s","PIXI_IN_SHELL":"1"}}\\n' "$prefix" "$PATH" "$prefix" "$name" "$env_name" "$root" "$name" "$env_name"
    ;;
  *) echo "stand-in pixi: unsupported command $cmd" >&2; exit 2 ;;
esac
`;
}

/** `pixi-x86_64-unknown-linux-musl.tar.gz`-shaped archive of the stand-in. */
export function pixiStandInArchive(version = PIXI_TEST_VERSION): Buffer {
  return writeTarGz([{ path: 'pixi', data: pixiStandInScript(version), mode: 0o755 }]);
}

/** The archive name for this (Linux) machine. */
export function pixiArchiveFilename(): string {
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch as 'x64' | 'arm64'];
  return `pixi-${arch}-unknown-linux-musl.tar.gz`;
}

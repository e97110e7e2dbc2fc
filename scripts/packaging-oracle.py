"""pypa/packaging's answers for lockstep's differential test (__tests__/core/pep/packaging-differential.test.ts).

Reads one JSON object on stdin: {"versions": [...], "compare": [[a, b], ...], "specifiers": [...],
"contains": [[version, specifier], ...], "requirements": [...], "wheels": [...]}; writes the answers as
JSON on stdout, each list in input order. Invalid input is an answer (null / false), never an error.
"""
import json
import sys

import packaging
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import InvalidWheelFilename, parse_wheel_filename
from packaging.version import InvalidVersion, Version


def version(text):
    try:
        v = Version(text)
    except InvalidVersion:
        return None
    return {"prerelease": v.is_prerelease}


def compare(a, b):
    va, vb = Version(a), Version(b)
    return (va > vb) - (va < vb)


def specifier(text):
    try:
        SpecifierSet(text)
        return True
    except InvalidSpecifier:
        return False


def contains(v, spec):
    try:
        return SpecifierSet(spec).contains(v, prereleases=True)
    except (InvalidSpecifier, InvalidVersion):
        return None


def requirement(text):
    try:
        r = Requirement(text)
    except InvalidRequirement:
        return None
    return {
        "name": r.name,
        "extras": sorted(r.extras),
        "specifier": ",".join(sorted(str(s) for s in r.specifier)),
        "url": r.url,
        "marker": str(r.marker) if r.marker is not None else None,
    }


def wheel(filename):
    try:
        name, ver, build, tags = parse_wheel_filename(filename)
    except (InvalidWheelFilename, InvalidVersion):
        return None
    return {"name": name, "version": str(ver), "build": None if not build else "".join(str(p) for p in build), "tags": sorted(str(t) for t in tags)}


def main():
    q = json.load(sys.stdin)
    out = {
        "packaging": packaging.__version__,
        "versions": [version(v) for v in q.get("versions", [])],
        "compare": [compare(a, b) for a, b in q.get("compare", [])],
        "specifiers": [specifier(s) for s in q.get("specifiers", [])],
        "contains": [contains(v, s) for v, s in q.get("contains", [])],
        "requirements": [requirement(r) for r in q.get("requirements", [])],
        "wheels": [wheel(w) for w in q.get("wheels", [])],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

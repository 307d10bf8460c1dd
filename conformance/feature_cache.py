"""Parsed feature files, kept between suite runs.

pytest-bdd parses every feature file of a run with the Gherkin parser: about half a
millisecond per scenario, a twentieth of a whole run, for files that change only when the
spec does. A suite run (``--conformance-suite-only``) fills pytest-bdd's own in-process
cache (``pytest_bdd.feature.features``) from one pickle in the user's cache directory,
named after everything the parse depends on: the files' paths and bytes, pytest-bdd's
version and Python's. Any other file, version or place is another name, so a stale cache
is never read. When there is no pickle, or it cannot be read, the files are parsed as
usual and the pickle is written (atomically) for the next run; when pytest-bdd's internals
are not the ones this was written for, nothing is done.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from .paths import FEATURES


def prefill(cache_dir: Path) -> None:
    """Put every feature of the suite into pytest-bdd's cache, from the pickle or parsed."""
    try:
        from pytest_bdd import feature as bdd_feature
    except ImportError:
        return
    if not isinstance(getattr(bdd_feature, "features", None), dict) or not hasattr(bdd_feature, "get_features"):
        return
    files = sorted(FEATURES.rglob("*.feature"))
    pickle_path = cache_dir / f"features-{_key(files)}.pickle"
    try:
        parsed = pickle.loads(pickle_path.read_bytes())
    except Exception:  # noqa: BLE001 - absent, truncated or from elsewhere: parse instead
        parsed = None
    if not isinstance(parsed, dict):
        parsed = {os.path.abspath(f.filename): f for f in bdd_feature.get_features([str(FEATURES)])}
        _write(pickle_path, parsed)
    bdd_feature.features.update(parsed)


def _key(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for part in (sys.version, metadata.version("pytest-bdd"), str(FEATURES)):
        digest.update(part.encode() + b"\0")
    for path in files:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _write(path: Path, parsed: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".features-")
        with os.fdopen(fd, "wb") as out:
            pickle.dump(parsed, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for older in path.parent.glob("features-*.pickle"):  # one spec's worth, not one per edit
            if older != path:
                older.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # a cache it cannot write costs the next run a parse, nothing else

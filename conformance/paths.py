"""Where the suite's files are. The features, the catalogue and the version expectation
files sit beside the steps package both in a checkout (top-level folders) and in an
installed wheel (inside ``flask_conformance/``), so every path starts from there."""

from __future__ import annotations

import os
from importlib.util import find_spec
from pathlib import Path

STEPS = Path(find_spec("flask_conformance.steps").origin).parent
SUITE = STEPS.parent
FEATURES = SUITE / "features"
CATALOGUE = SUITE / "catalogue"
VERSIONS = SUITE / "versions"
#: The pytest configuration of ``flask-conformance run``, passed with -c so that the
#: directory the command runs in configures nothing.
SUITE_INI = STEPS / "suite.ini"


def user_cache() -> Path:
    """Where the suite keeps files between runs (parsed features, the pages' spec model,
    hypothesis' files): the user's cache folder, never the folder a run runs in."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "flask-conformance"

"""Where the suite's files are. The features, the catalogue and the version expectation
files sit beside the steps package both in a checkout (top-level folders) and in an
installed wheel (inside ``flask_conformance/``), so every path starts from there."""

from __future__ import annotations

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

"""A stand-in for pytest-bdd's code generator in the suite's own child process.

pytest-bdd's plugin imports ``pytest_bdd.generation`` (``--generate-missing``), and with it
the Mako template engine: 50 ms of every run's start-up, for an option a suite run has no
use for (its step definitions are the suite's, complete by its own self-tests). The child of
``flask-conformance run`` puts this stand-in in its place before pytest starts, unless the
real one is imported already. The plugin asks the generator for two things only, its options
and its command (a self-test checks that it still does); ``--generate-missing`` is then an
unknown option. Mako itself is untouched: an app under test that uses it imports the real one.
"""

from __future__ import annotations

import sys
import types

NAME = "pytest_bdd.generation"


def install() -> None:
    if NAME in sys.modules:
        return
    stand_in = types.ModuleType(NAME, __doc__)
    stand_in.add_options = lambda parser: None
    stand_in.cmdline_main = lambda config: None
    sys.modules[NAME] = stand_in

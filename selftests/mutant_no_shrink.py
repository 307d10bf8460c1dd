"""A pytest plugin for mutant runs only: the suite's hypothesis profile without its shrink phase.

Mutant runs pass ``ARGS``. A mutant run asks whether each scenario fails, and shrinking a
failing example (ten seconds and more for a mutant that breaks a property scenario) changes
only how the failure reads: the example is found by the same derandomized search, and the
scenario fails either way.
"""

from __future__ import annotations

import pytest
from flask_conformance import profiles

PROFILE = profiles.NAME + "-mutant-run"
ARGS = ("-p", __name__, f"--hypothesis-profile={PROFILE}")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    # Before hypothesis' own plugin loads the profile that --hypothesis-profile names.
    from hypothesis import Phase, settings

    profiles.register()
    suite = settings.get_profile(profiles.NAME)
    settings.register_profile(PROFILE, parent=suite, phases=[p for p in suite.phases if p is not Phase.shrink])

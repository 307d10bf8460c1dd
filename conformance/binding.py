"""Bind the scenarios of one area as tests named after their ids.

pytest-bdd's ``scenarios()`` names each test after its title; the suite names it
``test_<id>`` instead (``test_hooks.app_route_order``), so that the id is what pytest
prints, what ``-k`` matches and what JUnit XML calls the test, and a title can be
reworded without changing any of them.
"""

from __future__ import annotations

from pytest_bdd import scenario
from pytest_bdd.feature import get_features

from .paths import FEATURES
from .tags import ID_PREFIX


class BindingError(Exception):
    """A scenario without an id, or two scenarios with one id."""


def bind_area(namespace: dict, area: str) -> None:
    """Put a test for every scenario of ``features/<area>/`` into ``namespace``."""
    for feature in get_features([str(FEATURES / area)]):
        for title, template in feature.scenarios.items():
            ids = [t[len(ID_PREFIX):] for t in template.tags if t.startswith(ID_PREFIX)]
            if len(ids) != 1:
                raise BindingError(f"{feature.rel_filename}: scenario {title!r} needs exactly one @id: tag, "
                                   f"has {len(ids)}")
            name = "test_" + ids[0]
            if name in namespace:
                raise BindingError(f"{feature.rel_filename}: the id {ids[0]!r} of {title!r} is already used")
            namespace[name] = scenario(feature.filename, title, features_base_dir=str(FEATURES))(_scenario)


def _scenario() -> None:
    """The body of every bound test: pytest-bdd runs the steps around it."""

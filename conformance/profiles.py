"""The suite's hypothesis profiles, registered and loaded only in suite runs."""

from __future__ import annotations

NAME = "conformance"


def register() -> None:
    from hypothesis import HealthCheck, settings

    # Derandomized and bounded: a CI gate must give the same answer twice.
    settings.register_profile(NAME, derandomize=True, database=None, deadline=None, max_examples=25,
                              print_blob=True, suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile(NAME + "-thorough", max_examples=500, deadline=None)


def load() -> None:
    """Use the suite's profile (for runs that name none with --hypothesis-profile)."""
    from hypothesis import settings

    settings.load_profile(NAME)

import pytest


@pytest.mark.core
def test_unregistered_marker():
    """`core` is one of the suite's tags: --strict-markers must still reject it here."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument


@given(st.integers())
def test_hypothesis_keeps_its_own_settings(n):
    # hypothesis' own profile (default, or ci under CI=true): 100 examples, and no profile of the suite's.
    assert settings().max_examples == 100
    with pytest.raises(InvalidArgument):
        settings.get_profile("conformance")

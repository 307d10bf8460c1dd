from hypothesis import given, settings
from hypothesis import strategies as st


@given(st.integers())
def test_hypothesis_keeps_its_own_settings(n):
    assert settings().derandomize is False and settings().max_examples == 100

"""The parsed features kept between suite runs (conformance/feature_cache.py): a run fills the
cache, the next reads it, and a cache that is stale or broken is never what a run uses."""

from __future__ import annotations

import pytest
from flask_conformance import feature_cache
from flask_conformance.paths import FEATURES
from pytest_bdd import feature as bdd_feature


@pytest.fixture
def empty_bdd_cache():
    saved = dict(bdd_feature.features)
    bdd_feature.features.clear()
    yield bdd_feature.features
    bdd_feature.features.clear()
    bdd_feature.features.update(saved)


def _scenarios(features: dict) -> dict:
    return {path: sorted(f.scenarios) for path, f in features.items()}


def test_a_run_parses_then_the_next_reads_the_same_features(tmp_path, empty_bdd_cache):
    feature_cache.prefill(tmp_path)
    parsed = _scenarios(empty_bdd_cache)
    assert len(parsed) == len(list(FEATURES.rglob("*.feature")))
    [pickle_file] = tmp_path.glob("features-*.pickle")
    empty_bdd_cache.clear()
    feature_cache.prefill(tmp_path)
    assert _scenarios(empty_bdd_cache) == parsed
    assert list(tmp_path.glob("features-*.pickle")) == [pickle_file]


def test_a_broken_cache_is_parsed_again_and_replaced(tmp_path, empty_bdd_cache):
    feature_cache.prefill(tmp_path)
    [pickle_file] = tmp_path.glob("features-*.pickle")
    expected = _scenarios(empty_bdd_cache)
    pickle_file.write_bytes(b"not a pickle")
    empty_bdd_cache.clear()
    feature_cache.prefill(tmp_path)
    assert _scenarios(empty_bdd_cache) == expected
    assert pickle_file.read_bytes() != b"not a pickle"


def test_another_spec_is_another_cache_and_replaces_the_old_one(tmp_path, empty_bdd_cache):
    stale = tmp_path / "features-0123456789abcdef0123456789abcdef.pickle"
    stale.write_bytes(b"\x80\x05}\x94.")  # a valid pickle of an empty dict, of another spec
    feature_cache.prefill(tmp_path)
    assert not stale.exists() and len(empty_bdd_cache) == len(list(FEATURES.rglob("*.feature")))


def test_an_unwritable_cache_only_costs_a_parse(tmp_path, empty_bdd_cache):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    feature_cache.prefill(blocked / "features")
    assert len(empty_bdd_cache) == len(list(FEATURES.rglob("*.feature")))

"""The harness's public names are pinned: forks build on them."""

import flask_conformance as conformance


def test_public_api_is_exactly_this():
    assert sorted(conformance.__all__) == ["AppLoadError", "CONTRACT_VERSION", "__version__", "load_app"]
    assert all(hasattr(conformance, name) for name in conformance.__all__)

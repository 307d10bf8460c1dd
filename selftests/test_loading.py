"""App loading: which specs resolve to a WSGI callable, and what the errors say."""

import pytest
from flask_conformance.loading import AppLoadError, load_app

from selftests.apps import echo


@pytest.mark.parametrize(("spec", "expected"), [
    ("selftests.apps.echo:app", echo.app),
    ("selftests.apps.echo:create_app()", echo.app),
    ("selftests.apps.echo", echo.app),
])
def test_spec_resolves_to_the_wsgi_callable(spec, expected):
    assert load_app(spec) is expected


def test_factory_arguments_are_literals():
    app = load_app("selftests.apps.echo:make_app('hi', punctuation='?')")
    assert app.__name__ == "greet"


@pytest.mark.parametrize(("spec", "message"), [
    ("not a spec!", "is not MODULE:ATTR or MODULE:FACTORY()"),
    ("no_such_package.app:app", "no module named 'no_such_package'"),
    ("selftests.apps.broken_import:app", "No module named 'a_dependency_that_is_not_installed'"),
    ("selftests.apps.echo:missing", "has no attribute 'missing'; it has: app, create_app"),
    ("selftests.apps.echo:create_app", "looks like a factory: did you mean 'selftests.apps.echo:create_app()'?"),
    ("selftests.apps.echo:not_callable", "resolved to 42 (int), which is not a WSGI callable"),
    ("selftests.apps.echo:returns_none()", "returns_none() returned None (NoneType), which is not a WSGI callable"),
    ("selftests.apps.echo:raises()", "RuntimeError: the factory is broken"),
    ("selftests.apps.echo:make_app(print)", "are not Python literals"),
    ("selftests.apps.no_manifest:nothing()", "has no attribute 'nothing'"),
    ("selftests.apps", "has none of app, application, create_app(), make_app()"),
])
def test_bad_spec_says_what_it_resolved_to(spec, message):
    with pytest.raises(AppLoadError) as error:
        load_app(spec)
    assert message in str(error.value)
    assert repr(spec) in str(error.value)

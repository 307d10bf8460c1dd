"""The tag registry: every tag a feature may carry, and how id and spec tags become markers.

Registered tags are pytest markers, so ``--strict-markers`` rejects a typo. Two tag
families carry a value and are not markers of their own: ``@id:<area>.<name>`` (the
scenario's stable id) and ``@spec:<CATALOGUE-ID>`` (the behavior it checks).
"""

from __future__ import annotations

import functools

import pytest

from .contract import AREAS

ID_PREFIX = "id:"
SPEC_PREFIX = "spec:"

TIERS = {
    "core": "any Flask-like framework passes this",
    "flask": "Flask's exact wire behavior (cookie format, redirect codes, Werkzeug details)",
    "ext": "a popular extension keeps working",
    "optional": "a Flask-like framework may lack this",
}
KINDS = {
    "property": "driven by hypothesis: many generated examples per scenario",
    "live_only": "needs a real socket",
    "security": "a behavior an app's security relies on (escaping, traversal, limits, trusted hosts)",
}
AREA_MEANINGS = {
    "hooks": "before/after/teardown request hooks and their order",
    "strict_slashes": "trailing-slash redirects and merged slashes",
    "redirect_to": "rules that redirect without calling a view",
    "defaults": "rule defaults and the redirect to the canonical rule",
    "flashing": "flashed messages",
    "sessions": "the signed cookie session",
    "routing": "rules, converters and query strings",
    "url_building": "add_url_rule, endpoints and url_for",
    "methods": "automatic HEAD and OPTIONS, 405 and method names",
    "class_views": "View and MethodView dispatch",
    "blueprints": "blueprint prefixes, nesting and registration",
    "subdomains": "SERVER_NAME, subdomains and trusted hosts",
    "errors": "abort, error handlers and the 500 answer",
    "request": "the request object and file uploads",
    "json_bodies": "JSON request bodies",
    "responses": "view return values, jsonify and redirect()",
    "cookies": "set_cookie, delete_cookie and request.cookies",
    "templates": "Jinja templates: inheritance, control flow, filters, autoescape",
    "static_files": "the static route: types, caching, ranges, traversal",
    "configuration": "app.config: defaults and loading",
    "wsgi_environ": "the WSGI environ and CGI variables",
    "limits": "size limits and bad input",
    "real_servers": "behaviors of real WSGI servers over a socket",
}
assert set(AREA_MEANINGS) == set(AREAS)

VALUE_MARKERS = {
    "scenario_id": "the scenario's stable id, from its @id: tag",
    "spec_ref": "the catalogue behavior a scenario checks, from its @spec: tag",
}


def register_markers(config) -> None:
    """Add every registered tag to the markers ini value."""
    for table in (AREA_MEANINGS, TIERS, KINDS, VALUE_MARKERS):
        for name, meaning in table.items():
            config.addinivalue_line("markers", f"{name}: {meaning}")


def apply_value_tag(tag: str, function) -> bool:
    """Turn ``@id:x`` and ``@spec:X`` into value markers; say whether the tag was handled."""
    for prefix, marker in _value_markers():
        if tag.startswith(prefix):
            marker(tag[len(prefix):])(function)
            return True
    return False


@functools.cache
def _value_markers() -> tuple:
    # Looked up once, at the first tag (once the markers are registered): a scenario has several.
    return (ID_PREFIX, pytest.mark.scenario_id), (SPEC_PREFIX, pytest.mark.spec_ref)

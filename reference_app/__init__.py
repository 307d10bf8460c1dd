"""The reference implementation of the contract: Flask, one module per behavior area."""

from __future__ import annotations

from importlib import metadata

from flask import Flask, jsonify
from flask_conformance.contract import CONTRACT_VERSION, MANIFEST_PATH, SECRET_KEY
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from . import (
    blueprints,
    class_views,
    defaults,
    errors,
    flashing,
    hooks,
    methods,
    redirect_to,
    routing,
    sessions,
    strict_slashes,
    subdomains,
    url_building,
)

AREA_MODULES = {
    "hooks": hooks,
    "strict_slashes": strict_slashes,
    "redirect_to": redirect_to,
    "defaults": defaults,
    "flashing": flashing,
    "sessions": sessions,
    "routing": routing,
    "url_building": url_building,
    "methods": methods,
    "class_views": class_views,
    "blueprints": blueprints,
    "subdomains": subdomains,
    "errors": errors,
}


def create_app():
    """The contract app: the main Flask app plus the apps some areas mount beside it."""
    main = Flask(__name__)
    # TESTING and DEBUG stay off: an unhandled error must be answered with a 500.
    main.config.update(SECRET_KEY=SECRET_KEY, TESTING=False, DEBUG=False)
    mounts = {}
    for module in AREA_MODULES.values():
        mounts.update(module.install(main) or {})
    main.add_url_rule(MANIFEST_PATH, "manifest", _manifest)
    return DispatcherMiddleware(main, mounts)


def _manifest():
    return jsonify(
        contract_version=CONTRACT_VERSION,
        areas=sorted(AREA_MODULES),
        implementation={
            "name": "flask",
            "version": metadata.version("flask"),
            "werkzeug": metadata.version("werkzeug"),
        },
    )

"""The reference implementation of the contract: Flask, one module per behavior area."""

from __future__ import annotations

from importlib import import_module, metadata

from flask import Flask, jsonify
from flask_conformance.contract import AREAS, CONTRACT_VERSION, MANIFEST_PATH, SECRET_KEY
from werkzeug.middleware.dispatcher import DispatcherMiddleware

#: One module per area of the contract, named after it (reference_app/<area>.py).
AREA_MODULES = {area: import_module(f".{area}", __name__) for area in AREAS}


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

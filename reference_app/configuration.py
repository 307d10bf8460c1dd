"""The configuration area: app.config: defaults and loading (contract /configuration/...).

Each case is tried once on a throwaway Flask app of its own (the main app's configuration stays
untouched), and GET /configuration/case/<case> answers what it did. A case runs on the first
request for it, not when the contract app is built: a new Flask app costs about 2 ms, and the
runs of other areas need none of them. The files the cases load are in reference_app/config_files/
and reference_app/instance/.
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import contextmanager

from flask import Blueprint, Flask, abort, jsonify

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the project depends on tomli there
    import tomli as tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIG_FILES = os.path.join(HERE, "config_files")
INSTANCE = os.path.join(HERE, "instance")
#: The prefix of the environment variables the cases set (and of no variable they leave behind).
PREFIX = "CONFORMANCE_CFG"
SETTINGS_VARIABLE = f"{PREFIX}_SETTINGS"
#: The variables from_prefixed_env reads: each value as a shell would hand it over, a string.
PREFIXED = {f"{PREFIX}_NUMBER": "42", f"{PREFIX}_FLAG": "true", f"{PREFIX}_RATIO": "1.5",
            f"{PREFIX}_LIST": "[1, 2]", f"{PREFIX}_NOTHING": "null", f"{PREFIX}_TEXT": "hello",
            f"{PREFIX}_QUOTED": '"42"'}
NESTED = {f"{PREFIX}_DATABASE__HOST": "db.example.org", f"{PREFIX}_DATABASE__PORT": "5432"}


class Settings:
    GREETING = "hello from a class"
    RETRIES = 3
    lower_key = "not loaded: not uppercase"


class ProductionSettings(Settings):
    RETRIES = 5


@contextmanager
def _environment(prefix, values):
    """os.environ with ``values`` and no other variable whose name starts with ``prefix``, while
    the block runs; restored afterwards. So no case depends on the process's environment."""
    saved = dict(os.environ)  # not unittest.mock.patch.dict: importing mock (and asyncio) costs a run 40 ms
    try:
        for name in [name for name in os.environ if name.startswith(prefix)]:
            del os.environ[name]
        os.environ.update(values)
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _in_environment(prefix, values, load):
    def loaded():
        with _environment(prefix, values):
            return load()

    return loaded


def _set_debug(app):
    app.config["DEBUG"] = True


def _debug_from_environment():
    with _environment("FLASK_", {"FLASK_DEBUG": "1"}):
        return Flask(__name__), None


def _namespaced():
    app = Flask(__name__)
    app.config.update(IMAGE_STORE_TYPE="fs", IMAGE_STORE_PATH="/var/app/images",
                      IMAGE_STORE_BASE_URL="http://img.example.org", IMAGE_STORED=True)
    return app, lambda: app.config.get_namespace("IMAGE_STORE_")


def _on_new_app(load, **options):
    """A case that makes ``Flask(__name__, **options)``, then calls ``load(app)``."""
    def build():
        app = Flask(__name__, **options)
        return app, lambda: load(app)

    return build


#: case -> build(): (the throwaway app, a call that loads into its config, or None).
CASES = {
    "defaults": lambda: (Flask(__name__), None),
    "debug-set-after-creation": _on_new_app(_set_debug),
    "debug-from-environment": _debug_from_environment,
    "from-pyfile": _on_new_app(lambda app: app.config.from_pyfile("config_files/settings.cfg")),
    "from-pyfile-missing": _on_new_app(lambda app: app.config.from_pyfile("config_files/missing.cfg")),
    "from-pyfile-silent": _on_new_app(lambda app: app.config.from_pyfile("config_files/missing.cfg", silent=True)),
    "instance-relative": _on_new_app(lambda app: app.config.from_pyfile("where.cfg"), root_path=CONFIG_FILES,
                                     instance_path=INSTANCE, instance_relative_config=True),
    "root-relative": _on_new_app(lambda app: app.config.from_pyfile("where.cfg"), root_path=CONFIG_FILES,
                                 instance_path=INSTANCE),
    "relative-instance-path": _on_new_app(lambda app: Flask(__name__, instance_path="instance")),
    "from-object-class": _on_new_app(lambda app: app.config.from_object(Settings)),
    "from-object-string": _on_new_app(lambda app: app.config.from_object(f"{__name__}.Settings")),
    "from-object-subclass": _on_new_app(lambda app: app.config.from_object(ProductionSettings)),
    "from-prefixed-env": _on_new_app(lambda app: _in_environment(
        f"{PREFIX}_", PREFIXED, lambda: app.config.from_prefixed_env(PREFIX))()),
    "from-prefixed-env-nested": _on_new_app(lambda app: _in_environment(
        f"{PREFIX}_", NESTED, lambda: app.config.from_prefixed_env(PREFIX))()),
    "from-prefixed-env-flask": _on_new_app(lambda app: _in_environment(
        "FLASK_", {"FLASK_SITE_NAME": "Conformance"}, app.config.from_prefixed_env)()),
    "from-envvar": _on_new_app(lambda app: _in_environment(
        f"{PREFIX}_", {SETTINGS_VARIABLE: os.path.join(CONFIG_FILES, "settings.cfg")},
        lambda: app.config.from_envvar(SETTINGS_VARIABLE))()),
    "from-envvar-unset": _on_new_app(lambda app: _in_environment(
        f"{PREFIX}_", {}, lambda: app.config.from_envvar(SETTINGS_VARIABLE))()),
    "from-file-json": _on_new_app(lambda app: app.config.from_file("config_files/settings.json", load=json.load)),
    "from-file-toml": _on_new_app(
        lambda app: app.config.from_file("config_files/settings.toml", load=tomllib.load, text=False)),
    "from-mapping": _on_new_app(lambda app: app.config.from_mapping(
        {"GREETING": "hello from a mapping", "lower_key": "not loaded: not uppercase"}, RETRIES=3)),
    "get-namespace": _namespaced,
}


def _outcome(build):
    """What a case did, as JSON: ``config``, the keys its call added or changed (every key when
    there is no call) with the repr of each value; ``returned`` (the call's value, repr) or
    ``raised`` (``Type: message``, the app's root path written ``<root_path>``); ``debug``, the
    repr of app.debug."""
    app, load = build()
    before = {} if load is None else {key: repr(value) for key, value in app.config.items()}
    answer = {}
    try:
        answer["returned"] = repr(load() if load is not None else None)
    except Exception as error:  # noqa: BLE001 - the type and message are what the scenario reads
        answer["raised"] = f"{type(error).__name__}: {str(error).replace(app.root_path, '<root_path>')}"
    after = {key: repr(value) for key, value in app.config.items()}
    answer["config"] = {key: value for key, value in after.items() if before.get(key) != value}
    answer["debug"] = repr(app.debug)
    return answer


class Outcomes:
    """The outcome of each case, tried on its first request and then kept."""

    def __init__(self):
        self._outcomes = {}
        # A live server answers requests in several threads, and a case may change os.environ.
        self._lock = threading.Lock()

    def of(self, case):
        if case not in CASES:
            abort(404)
        with self._lock:
            if case not in self._outcomes:
                # FLASK_DEBUG in the process's environment would change a new app's DEBUG: none is seen.
                with _environment("FLASK_", {}):
                    self._outcomes[case] = _outcome(CASES[case])
        return self._outcomes[case]


def install(main):
    outcomes = Outcomes()
    bp = Blueprint("configuration", __name__, url_prefix="/configuration")
    bp.add_url_rule("/case/<case>", "case", lambda case: jsonify(outcomes.of(case)))
    main.register_blueprint(bp)
    return {}

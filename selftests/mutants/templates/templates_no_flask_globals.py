"""Mutant: templates get none of Flask's globals (request, session, g, config, url_for, get_flashed_messages)."""

from flask import Flask
from flask.templating import _default_template_ctx_processor

from .. import reference_app

FLASK_GLOBALS = ("request", "session", "g", "config", "url_for", "get_flashed_messages")
KILLS = ["templates.standard_context", "templates.url_for_global"]


def create_app():
    create = Flask.create_jinja_environment

    def create_without_globals(self):
        environment = create(self)
        for name in FLASK_GLOBALS:
            environment.globals.pop(name, None)
        # The default context processor adds request and g again: it goes too.
        processors = self.template_context_processors[None]
        if _default_template_ctx_processor in processors:
            processors.remove(_default_template_ctx_processor)
        return environment

    Flask.create_jinja_environment = create_without_globals
    return reference_app()

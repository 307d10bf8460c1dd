"""Mutant: the session cookie is not HttpOnly by default (SESSION_COOKIE_HTTPONLY defaults to False)."""

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = [
    "flashing.last_read_deletes_session_cookie",
    "sessions.cookie_defaults",
    "sessions.path_from_application_root",
    "sessions.path_ignores_mount",
    "sessions.no_domain_from_server_name",
    "sessions.partitioned",
    "sessions.saved_on_error",
    "sessions.emptied_session_deleted",
    "sessions.clear_without_cookie",
    "configuration.long_standing_defaults",
]


def create_app():
    Flask.default_config = ImmutableDict(Flask.default_config, SESSION_COOKIE_HTTPONLY=False)
    return reference_app()

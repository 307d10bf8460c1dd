"""Mutant: the session cookie Path follows the mount point (SCRIPT_NAME), not APPLICATION_ROOT."""

from flask import request
from flask.sessions import SessionInterface

from .. import reference_app

KILLS = ["sessions.path_ignores_mount", "sessions.path_from_application_root"]


def create_app():
    SessionInterface.get_cookie_path = lambda self, app: request.script_root or "/"
    return reference_app()

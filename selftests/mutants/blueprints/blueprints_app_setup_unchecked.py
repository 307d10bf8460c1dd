"""Mutant: an app can still be set up after it has handled its first request."""

from flask.sansio.app import App

from .. import reference_app

KILLS = ["blueprints.app_setup_after_first_request"]


def create_app():
    App._check_setup_finished = lambda self, f_name: None
    return reference_app()

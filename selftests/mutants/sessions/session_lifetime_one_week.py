"""Mutant: the default PERMANENT_SESSION_LIFETIME is 7 days instead of 31."""

from datetime import timedelta

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = [
    "sessions.permanent_expires",
    "sessions.permanent_refreshed",
    "sessions.cookie_30_days_old_accepted",
]


def create_app():
    Flask.default_config = ImmutableDict(Flask.default_config, PERMANENT_SESSION_LIFETIME=timedelta(days=7))
    return reference_app()

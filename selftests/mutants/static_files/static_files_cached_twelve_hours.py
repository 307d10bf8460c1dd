"""Mutant: files are cached for 12 hours by default (Flask 1.x's SEND_FILE_MAX_AGE_DEFAULT), not no-cache."""

from datetime import timedelta

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = ["static_files.no_cache_by_default"]


def create_app():
    Flask.default_config = ImmutableDict(Flask.default_config, SEND_FILE_MAX_AGE_DEFAULT=timedelta(hours=12))
    return reference_app()

"""Mutant: an int PERMANENT_SESSION_LIFETIME is read as minutes instead of seconds."""

from datetime import timedelta

from flask import Flask

from .. import reference_app

KILLS = ["sessions.permanent_int_lifetime"]


def create_app():
    Flask.permanent_session_lifetime.get_converter = (
        lambda value: value if isinstance(value, timedelta) else timedelta(minutes=value)
    )
    return reference_app()

"""Mutant: TRUSTED_HOSTS defaults to the loopback names, so any other Host is answered 400."""

from flask import Flask
from werkzeug.datastructures import ImmutableDict

from .. import reference_app

KILLS = ["real_servers.host_passed_on_as_sent"]
SERVER = "waitress"


def create_app():
    Flask.default_config = ImmutableDict(Flask.default_config, TRUSTED_HOSTS=["localhost", "127.0.0.1"])
    return reference_app()

"""Mutant: the uuid converter matches lower-case hexadecimal digits only."""

from werkzeug.routing import UUIDConverter

from .. import reference_app

KILLS = ["routing.uuid_upper_case"]


def create_app():
    UUIDConverter.regex = UUIDConverter.regex.replace("A-Fa-f", "a-f")
    return reference_app()

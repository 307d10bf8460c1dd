"""Mutant: the uuid converter matches any segment and leaves the check to uuid.UUID, which
takes other spellings (no dashes, braces, urn:uuid:) and raises on the rest (500)."""

from werkzeug.routing import BaseConverter, UUIDConverter

from .. import reference_app

KILLS = ["routing.uuid_other_forms"]


def create_app():
    UUIDConverter.regex = BaseConverter.regex
    return reference_app()

"""Mutant: the uuid converter passes the matched text, not a uuid.UUID."""

from werkzeug.routing import BaseConverter, UUIDConverter

from .. import reference_app

KILLS = ["routing.uuid_canonical", "routing.uuid_upper_case", "routing.converter_round_trip[uuid-UUID]"]


def create_app():
    UUIDConverter.to_python = BaseConverter.to_python
    return reference_app()

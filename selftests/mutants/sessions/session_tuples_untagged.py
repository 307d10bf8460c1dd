"""Mutant: the session serializer has no tuple tag, so tuples come back as lists."""

from flask.sessions import session_json_serializer

from .. import reference_app

KILLS = ["sessions.tagged_json", "sessions.typed_values_round_trip", "sessions.flashes_tagged"]


def create_app():
    del session_json_serializer.tags[" t"]
    session_json_serializer.order = [tag for tag in session_json_serializer.order if tag.key != " t"]
    return reference_app()

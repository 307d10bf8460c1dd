"""Mutant: jsonify writes a UUID as 32 hex digits, without its dashes."""

from uuid import UUID

from flask.json.provider import DefaultJSONProvider

from .. import reference_app

KILLS = ['responses.jsonify_writes_values[uuid-"00000000-0000-0000-0000-000000000001"]']


def create_app():
    default = DefaultJSONProvider.default

    def uuid_as_hex(o):
        return o.hex if isinstance(o, UUID) else default(o)

    DefaultJSONProvider.default = staticmethod(uuid_as_hex)
    return reference_app()

"""Mutant: a compressed (dot-prefixed) session payload is not decompressed when read."""

from itsdangerous.encoding import base64_decode
from itsdangerous.serializer import Serializer
from itsdangerous.url_safe import URLSafeSerializerMixin

from .. import reference_app

KILLS = ["sessions.client_compressed_cookie_accepted", "sessions.any_payload_round_trips"]


def create_app():
    def load_uncompressed(self, payload, *args, **kwargs):
        return Serializer.load_payload(self, base64_decode(payload), *args, **kwargs)

    URLSafeSerializerMixin.load_payload = load_uncompressed
    return reference_app()

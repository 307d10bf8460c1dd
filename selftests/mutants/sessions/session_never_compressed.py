"""Mutant: the session payload is never zlib-compressed, however much shorter that would be."""

from itsdangerous.encoding import base64_encode
from itsdangerous.serializer import Serializer
from itsdangerous.url_safe import URLSafeSerializerMixin

from .. import reference_app

KILLS = ["sessions.cookie_compressed"]


def create_app():
    URLSafeSerializerMixin.dump_payload = lambda self, obj: base64_encode(Serializer.dump_payload(self, obj))
    return reference_app()

"""Mutant: a returned generator is read whole before the answer starts, so it is sent with a Content-Length."""

from collections.abc import Iterator

from flask import Flask

from .. import reference_app

KILLS = ["responses.generator_streamed", "responses.generator_chunked_on_the_wire"]


def create_app():
    make_response = Flask.make_response

    def make_response_buffered(self, rv):
        if isinstance(rv, Iterator):
            rv = b"".join(c.encode() if isinstance(c, str) else c for c in rv)
        return make_response(self, rv)

    Flask.make_response = make_response_buffered
    return reference_app()

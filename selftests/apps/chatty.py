"""The reference app, printing 4 KB to stdout on every request: a correct app whose output
would fill a pipe nobody reads (64 KB) after 16 requests."""

import sys


def create_app():
    from flask_conformance.reference_app import create_app as reference

    inner = reference()

    def app(environ, start_response):
        print("x" * 4096, flush=True)
        sys.stdout.flush()
        return inner(environ, start_response)

    return app

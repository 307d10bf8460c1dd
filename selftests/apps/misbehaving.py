"""The reference app, except that some contract routes hang, raise or break PEP 3333."""

import time


def create_app():
    from flask_conformance.reference_app import create_app as reference

    inner = reference()

    def app(environ, start_response):
        path = environ["PATH_INFO"]
        if path == "/slashes/file/":
            time.sleep(3)  # longer than the self-test's --request-timeout
        if path == "/slashes/loose/":
            raise RuntimeError("the app fell over")
        if path == "/slashes/loose-dir":
            start_response(200, [])  # the status must be a str
            return [b""]
        return inner(environ, start_response)

    return app

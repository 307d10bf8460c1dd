"""A WSGI app that answers with its environ as JSON, plus repeated response headers."""

import json


def app(environ, start_response):
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    seen = {k: v for k, v in environ.items() if isinstance(v, str)}
    seen["body"] = body.decode("latin-1")
    start_response("200 OK", [
        ("Content-Type", "application/json"),
        ("X-Repeated", "1"),
        ("X-Repeated", "2"),
        ("Set-Cookie", "a=1; Path=/"),
        ("Set-Cookie", "b=2; Path=/"),
    ])
    return [json.dumps(seen).encode()]


def create_app():
    return app


def make_app(greeting, punctuation="!"):
    def greet(environ, start_response):
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [f"{greeting}{punctuation}".encode()]

    return greet


not_callable = 42


def returns_none():
    return None


def raises():
    raise RuntimeError("the factory is broken")

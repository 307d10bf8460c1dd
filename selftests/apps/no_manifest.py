"""A WSGI app that is not a contract app: it answers 404 to everything."""


def app(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"nothing here"]

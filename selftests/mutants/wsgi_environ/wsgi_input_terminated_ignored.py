"""Mutant: wsgi.input_terminated is ignored, so a chunked body (no CONTENT_LENGTH) is not read."""

from werkzeug import wsgi

from .. import reference_app

KILLS = ["wsgi_environ.chunked_body_read"]


def create_app():
    get_input_stream = wsgi.get_input_stream

    def unterminated(environ, safe_fallback=True, max_content_length=None):
        environ = {key: value for key, value in environ.items() if key != "wsgi.input_terminated"}
        return get_input_stream(environ, safe_fallback=safe_fallback, max_content_length=max_content_length)

    # Request.stream calls the name its module imported.
    from werkzeug.wrappers import request

    request.get_input_stream = unterminated
    return reference_app()

"""Mutant: MAX_CONTENT_LENGTH refuses a body of exactly the limit (>= where > belongs)."""

from werkzeug import wsgi

from .. import reference_app, replace_code

KILLS = [
    "limits.form_over_max_content_length[100-200]",
    "limits.body_read_within_limit",
    "limits.per_view_max_content_length[10-200]",
]


def _get_input_stream(environ, safe_fallback=True, max_content_length=None):
    # Werkzeug 3.1's get_input_stream, its first comparison made >=; runs with werkzeug.wsgi's globals.
    stream = environ["wsgi.input"]
    content_length = get_content_length(environ)  # noqa: F821
    if content_length is not None and max_content_length is not None:
        if content_length >= max_content_length:
            raise RequestEntityTooLarge()  # noqa: F821
    if "wsgi.input_terminated" in environ:
        if max_content_length is not None:
            return LimitedStream(stream, max_content_length, is_max=True)  # noqa: F821
        return stream
    if content_length is None:
        return io.BytesIO() if safe_fallback else stream  # noqa: F821
    return LimitedStream(stream, content_length)  # noqa: F821


def create_app():
    replace_code(wsgi.get_input_stream, _get_input_stream)
    return reference_app()

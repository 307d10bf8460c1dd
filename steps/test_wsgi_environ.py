"""Bind the wsgi_environ scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "wsgi_environ")

"""Bind the request scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "request")

"""Bind the responses scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "responses")

"""Bind the configuration scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "configuration")

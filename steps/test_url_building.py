"""Bind the url_building scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "url_building")

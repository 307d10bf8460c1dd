"""Bind the json_bodies scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "json_bodies")

"""Bind the static_files scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "static_files")

"""Bind the class_views scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "class_views")

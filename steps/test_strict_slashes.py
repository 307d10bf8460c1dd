"""Bind the strict_slashes scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "strict_slashes")

"""Bind the real_servers scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "real_servers")

"""Bind the redirect_to scenarios."""

from flask_conformance.binding import bind_area

bind_area(globals(), "redirect_to")

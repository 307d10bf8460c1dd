"""Mutant: no redirect to the defaults rule (Map.redirect_defaults off), so both URLs answer."""

from werkzeug.routing import Map

from .. import override_after_init, reference_app

KILLS = ["defaults.redirect_to_defaults_rule"]


def create_app():
    override_after_init(Map, redirect_defaults=False)
    return reference_app()

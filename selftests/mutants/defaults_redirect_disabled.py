"""Mutant: no redirect to the defaults rule (Map.redirect_defaults off), so both URLs answer."""

from werkzeug.routing import Map

from . import reference_app

KILLS = ["defaults.redirect_to_defaults_rule"]


def create_app():
    init = Map.__init__

    def init_without_default_redirects(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.redirect_defaults = False

    Map.__init__ = init_without_default_redirects
    return reference_app()

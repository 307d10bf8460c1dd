"""Mutant: the request ignores SCRIPT_NAME, so an app under a mount has an empty script_root."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.under_a_mount"]


def create_app():
    init = Request.__init__

    def init_without_root(self, environ, *args, **kwargs):
        init(self, environ, *args, **kwargs)
        self.root_path = ""

    Request.__init__ = init_without_root
    return reference_app()

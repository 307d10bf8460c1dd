"""Mutant: request.method keeps the case of REQUEST_METHOD instead of upper-casing it."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = ["real_servers.lowercase_method_upper_cased"]
#: waitress refuses the lower-case token before the app; wsgiref's server passes it on too.
SERVER = "werkzeug"


def create_app():
    init = Request.__init__

    def init_case_kept(self, environ, *args, **kwargs):
        init(self, environ, *args, **kwargs)
        self.method = environ.get("REQUEST_METHOD", "GET")

    Request.__init__ = init_case_kept
    return reference_app()

"""Mutant: a rule keeps only the methods RFC 9110 and RFC 5789 define, so PURGE is never routed."""

from werkzeug.routing import Rule

from .. import reference_app

KILLS = [
    "real_servers.extension_method_reaches_view",
    "real_servers.unknown_method_answered_405",
]
SERVER = "waitress"

_REGISTERED = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}


def create_app():
    init = Rule.__init__

    def init_registered_only(self, *args, methods=None, **kwargs):
        if methods is not None:
            methods = [method for method in methods if method.upper() in _REGISTERED]
        init(self, *args, methods=methods, **kwargs)

    Rule.__init__ = init_registered_only
    return reference_app()

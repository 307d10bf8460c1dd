"""Mutant: Werkzeug's development server passes on header names with an underscore (as before 2.3.0)."""

from werkzeug.serving import WSGIRequestHandler

from .. import reference_app

KILLS = ["real_servers.underscore_header_dropped"]
SERVER = "werkzeug"


def create_app():
    make_environ = WSGIRequestHandler.make_environ

    def environ_with_underscores(self):
        environ = make_environ(self)
        for key, value in self.headers.items():
            if "_" in key:
                environ["HTTP_" + key.upper().replace("-", "_")] = value
        return environ

    WSGIRequestHandler.make_environ = environ_with_underscores
    return reference_app()

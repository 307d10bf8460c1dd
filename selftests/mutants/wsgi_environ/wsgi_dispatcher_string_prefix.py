"""Mutant: DispatcherMiddleware picks a mount whose path is any prefix of the request's, not a whole segment."""

from werkzeug.middleware.dispatcher import DispatcherMiddleware

from .. import reference_app

KILLS = ["wsgi_environ.undispatched_path_to_main_app"]


def create_app():
    def dispatch(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        for prefix in sorted(self.mounts, key=len, reverse=True):
            if path.startswith(prefix):
                environ["SCRIPT_NAME"] = environ.get("SCRIPT_NAME", "") + prefix
                environ["PATH_INFO"] = path[len(prefix):]
                return self.mounts[prefix](environ, start_response)
        return self.app(environ, start_response)

    DispatcherMiddleware.__call__ = dispatch
    return reference_app()

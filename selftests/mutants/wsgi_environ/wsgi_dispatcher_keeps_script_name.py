"""Mutant: DispatcherMiddleware takes the mount off PATH_INFO but does not add it to SCRIPT_NAME."""

from werkzeug.middleware.dispatcher import DispatcherMiddleware

from .. import reference_app

KILLS = [
    "wsgi_environ.dispatched_script_root",
    "wsgi_environ.dispatched_slash_redirect",
    "wsgi_environ.script_name_splits_path",
    "wsgi_environ.request_urls_under_mount",
    "wsgi_environ.url_for_under_mount",
    "wsgi_environ.slash_redirect_under_mount",
    "wsgi_environ.redirect_to_url_for_under_mount",
]


def _dispatch(self, environ, start_response):
    # Werkzeug 3.1's __call__ without the line that appends the mount to SCRIPT_NAME.
    script = environ.get("PATH_INFO", "")
    path_info = ""
    while "/" in script:
        if script in self.mounts:
            app = self.mounts[script]
            break
        script, last_item = script.rsplit("/", 1)
        path_info = f"/{last_item}{path_info}"
    else:
        app = self.mounts.get(script, self.app)
    environ["PATH_INFO"] = path_info
    return app(environ, start_response)


def create_app():
    DispatcherMiddleware.__call__ = _dispatch
    return reference_app()

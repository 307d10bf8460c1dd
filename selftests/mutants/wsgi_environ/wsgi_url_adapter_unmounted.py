"""Mutant: the URL adapter is bound without SCRIPT_NAME, so url_for and redirects lose the mount."""

from werkzeug.routing import Map

from .. import reference_app

KILLS = [
    "wsgi_environ.url_for_under_mount",
    "wsgi_environ.slash_redirect_under_mount",
    "wsgi_environ.redirect_to_url_for_under_mount",
    "wsgi_environ.dispatched_script_root",
    "wsgi_environ.dispatched_slash_redirect",
]


def create_app():
    bind = Map.bind_to_environ

    def bind_unmounted(self, environ, *args, **kwargs):
        return bind(self, dict(environ, SCRIPT_NAME=""), *args, **kwargs)

    Map.bind_to_environ = bind_unmounted
    return reference_app()

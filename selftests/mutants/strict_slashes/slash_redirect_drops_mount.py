"""Mutant: the slash redirect forgets the mount point (SCRIPT_NAME)."""

from urllib.parse import urlsplit, urlunsplit

from werkzeug.routing.map import MapAdapter

from .. import reference_app

KILLS = ["strict_slashes.redirect_under_mount"]


def create_app():
    original = MapAdapter.make_redirect_url

    def unmounted(self, *args, **kwargs):
        url = urlsplit(original(self, *args, **kwargs))
        mount = self.script_name.rstrip("/")
        return urlunsplit(url._replace(path=url.path.removeprefix(mount)))

    MapAdapter.make_redirect_url = unmounted
    return reference_app()

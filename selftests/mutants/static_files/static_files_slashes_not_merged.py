"""Mutant: the URL map merges no slashes, so a doubled slash after the static URL path is not redirected."""

from werkzeug.routing import Map

from .. import override_after_init, reference_app

KILLS = ["static_files.doubled_slash_stays_inside"]


def create_app():
    override_after_init(Map, merge_slashes=False)
    return reference_app()

"""Mutant: repeated slashes are not merged, so /a//b is not found."""

from werkzeug.routing import Map

from .. import override_after_init, reference_app

KILLS = ["strict_slashes.merge_slashes"]


def create_app():
    override_after_init(Map, merge_slashes=False)
    return reference_app()

"""Mutant: URL maps ignore SCRIPT_NAME, so URLs built under a mount point lose the mount."""

from werkzeug.routing import Map

from .. import reference_app

KILLS = ["url_building.mounted_path_has_prefix", "url_building.mounted_external_has_prefix"]


def create_app():
    bind_to_environ = Map.bind_to_environ

    def bind_without_script_name(self, environ, *args, **kwargs):
        return bind_to_environ(self, {**environ, "SCRIPT_NAME": ""}, *args, **kwargs)

    Map.bind_to_environ = bind_without_script_name
    return reference_app()

"""Mutant: a blueprint rule added with an explicit endpoint is named after its view function instead."""

from flask.sansio.blueprints import BlueprintSetupState

from .. import reference_app

KILLS = [
    "url_building.explicit_endpoint_answers",
    "url_building.url_for_explicit_endpoint",
    "url_building.mounted_path_has_prefix",
]


def create_app():
    add = BlueprintSetupState.add_url_rule

    def add_by_function_name(self, rule, endpoint=None, view_func=None, **options):
        name = getattr(view_func, "__name__", None)  # a functools.partial view has none: left as it is
        if endpoint is not None and name is not None:
            named = f"{self.name_prefix}.{self.name}.{name}".lstrip(".")
            # Only where the function's name is free: a clash would stop the app from being built.
            if self.app.view_functions.get(named, view_func) is view_func:
                endpoint = name
        add(self, rule, endpoint, view_func, **options)

    BlueprintSetupState.add_url_rule = add_by_function_name
    return reference_app()

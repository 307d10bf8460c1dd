"""Mutant: a 405's Allow lists the methods of the first rule that matches the path, not of all."""

from werkzeug.exceptions import MethodNotAllowed
from werkzeug.routing import Map
from werkzeug.routing.map import MapAdapter

from .. import reference_app

KILLS = ["routing.allow_unites_rules"]


def create_app():
    match = MapAdapter.match

    def first_rule_only(self, path_info=None, method=None, *args, **kwargs):
        try:
            return match(self, path_info, method, *args, **kwargs)
        except MethodNotAllowed as refused:
            path = self.path_info if path_info is None else path_info
            for rule in self.map.iter_rules():
                alone = Map([rule.empty()]).bind(self.server_name, self.script_name)
                try:
                    match(alone, path, "--")
                except MethodNotAllowed as by_this_rule:
                    refused.valid_methods = by_this_rule.valid_methods
                    break
                except Exception:  # this rule does not match the path
                    continue
            raise

    MapAdapter.match = first_rule_only
    return reference_app()

"""Mutant: get_json answers a JSON body nested past the recursion limit with 400, as it does malformed JSON."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = ["sessions.deep_json_body_fails"]


def create_app():
    get_json = Request.get_json

    def get_json_or_400(self, force=False, silent=False, cache=True):
        try:
            return get_json(self, force=force, silent=silent, cache=cache)
        except RecursionError as error:
            return self.on_json_loading_failed(ValueError(str(error)))

    Request.get_json = get_json_or_400
    return reference_app()

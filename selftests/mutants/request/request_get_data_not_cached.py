"""Mutant: get_data() does not keep the body by default, so a form read afterwards is empty."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.data_then_form"]


def create_app():
    get_data = Request.get_data

    def get_data_uncached(self, cache=False, as_text=False, parse_form_data=False):
        return get_data(self, cache, as_text, parse_form_data)

    Request.get_data = get_data_uncached
    return reference_app()

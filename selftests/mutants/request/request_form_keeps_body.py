"""Mutant: parsing the form keeps the raw body, so get_data() still gives it afterwards."""

from werkzeug.wrappers import Request

from .. import reference_app

KILLS = ["request.form_then_data"]


def create_app():
    load_form_data = Request._load_form_data

    def load_after_caching(self):
        if "form" not in self.__dict__:
            self.get_data(cache=True)
        load_form_data(self)

    Request._load_form_data = load_after_caching
    return reference_app()

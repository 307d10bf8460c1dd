"""Mutant: errorhandler() takes a code that is no HTTP error without complaint."""

from flask.sansio.scaffold import Scaffold
from werkzeug.exceptions import HTTPException, default_exceptions

from .. import reference_app

KILLS = ["errors.unknown_code_handler_refused"]


def create_app():
    get = Scaffold._get_exc_class_and_code

    def get_any_code(exc_class_or_code):
        if isinstance(exc_class_or_code, int) and exc_class_or_code not in default_exceptions:
            return HTTPException, exc_class_or_code
        return get(exc_class_or_code)

    Scaffold._get_exc_class_and_code = staticmethod(get_any_code)
    return reference_app()

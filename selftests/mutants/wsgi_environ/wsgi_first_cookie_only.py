"""Mutant: request.cookies holds only the first cookie of HTTP_COOKIE."""

from werkzeug.sansio.request import Request

from .. import reference_app, replace_code

KILLS = ["wsgi_environ.cookies_from_http_cookie"]


def _first_cookie_only(self):
    return parse_cookie(";".join(self.headers.getlist("Cookie")).split(";")[0],  # noqa: F821 - the module's
                        cls=self.dict_storage_class)


def create_app():
    replace_code(Request.__dict__["cookies"].fget, _first_cookie_only)
    return reference_app()

"""Mutant: delete_cookie ignores the path and domain it is given, so it deletes another cookie than the one set."""

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["cookies.delete_keeps_path_and_domain"]


def create_app():
    delete_cookie = Response.delete_cookie

    def delete_at_root(self, key, path="/", domain=None, **flags):
        delete_cookie(self, key, **flags)

    Response.delete_cookie = delete_at_root
    return reference_app()

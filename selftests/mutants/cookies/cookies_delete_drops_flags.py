"""Mutant: delete_cookie ignores secure, httponly and samesite."""

from werkzeug.sansio.response import Response

from .. import reference_app

KILLS = ["cookies.delete_keeps_flags"]


def create_app():
    delete_cookie = Response.delete_cookie

    def delete_without_flags(self, key, path="/", domain=None, secure=False, httponly=False, samesite=None,
                             **others):
        delete_cookie(self, key, path=path, domain=domain, **others)

    Response.delete_cookie = delete_without_flags
    return reference_app()

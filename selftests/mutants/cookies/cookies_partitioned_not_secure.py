"""Mutant: partitioned does not make the cookie Secure."""

from .. import reference_app
from . import wrap_dump_cookie

KILLS = ["cookies.partitioned_implies_secure"]


def _insecure(dump, key, partitioned=False, secure=False, **arguments):
    line = dump(key, partitioned=partitioned, secure=secure, **arguments)
    return line.replace("; Secure", "", 1) if partitioned and not secure else line


def create_app():
    wrap_dump_cookie(_insecure)
    return reference_app()

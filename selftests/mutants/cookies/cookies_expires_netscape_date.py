"""Mutant: Expires is written in the old Netscape form, Wdy, DD-Mon-YYYY HH:MM:SS GMT, not as an IMF-fixdate."""

import re

from .. import reference_app
from . import wrap_dump_cookie

KILLS = [
    "cookies.max_age_adds_expires",
    "cookies.expires_datetime",
    "cookies.expires_timestamp",
    "cookies.delete_expires_now",
    "cookies.logout_deletes_cookie",
]

IMF_DATE = re.compile(r"Expires=(\w{3}), (\d{2}) (\w{3}) (\d{4})")


def create_app():
    wrap_dump_cookie(lambda dump, key, **arguments: IMF_DATE.sub(r"Expires=\1, \2-\3-\4", dump(key, **arguments)))
    return reference_app()

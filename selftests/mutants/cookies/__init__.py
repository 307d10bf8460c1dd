"""Mutants of the cookies area (set_cookie, delete_cookie and request.cookies).

Most wrap one of the two functions behind the area, where Werkzeug calls it: set_cookie (and
so delete_cookie) calls the ``dump_cookie`` of werkzeug.sansio.response, request.cookies the
``parse_cookie`` of werkzeug.sansio.request. Rebinding those module names changes every
response and request of the app, and nothing else.
"""

import werkzeug.sansio.request
import werkzeug.sansio.response


def wrap_dump_cookie(wrapper):
    """Make set_cookie write ``wrapper(dump_cookie, key, **arguments)``, the arguments by name."""
    dump_cookie = werkzeug.sansio.response.dump_cookie
    werkzeug.sansio.response.dump_cookie = lambda key, **arguments: wrapper(dump_cookie, key, **arguments)


def wrap_parse_cookie(wrapper):
    """Make request.cookies ``wrapper(parse_cookie, header, cls)``, header being the Cookie text."""
    parse_cookie = werkzeug.sansio.request.parse_cookie
    werkzeug.sansio.request.parse_cookie = lambda cookie, cls=None: wrapper(parse_cookie, cookie, cls)

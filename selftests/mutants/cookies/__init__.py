"""Mutants of the cookies area (set_cookie, delete_cookie and request.cookies)."""

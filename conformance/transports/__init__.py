"""Transports: how a requests.Session reaches the app (in-process WSGI, or a live server)."""

#: The WSGI servers a live run can use (serve.py), here so that the command line's options
#: need not import the transports themselves.
SERVERS = ("waitress", "wsgiref")

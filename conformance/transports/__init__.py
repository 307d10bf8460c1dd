"""Transports: how a requests.Session reaches the app (in-process WSGI, or a live server)."""

#: The WSGI servers a live run can use (serve.py), here so that the command line's options
#: need not import the transports themselves.
SERVERS = ("waitress", "wsgiref", "werkzeug")

#: The servers that pass a chunked request body on undecoded: wsgiref's puts the chunk framing
#: in wsgi.input, with no CONTENT_LENGTH and no wsgi.input_terminated, so that no app reads it
#: (waitress reads the body whole and sets CONTENT_LENGTH; Werkzeug's decodes it as the app reads
#: and sets wsgi.input_terminated). Scenarios that send a chunked body skip on these.
UNDECODED_CHUNKED = ("wsgiref",)

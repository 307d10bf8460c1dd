"""Mutants of the wsgi_environ area (the WSGI environ and CGI variables)."""

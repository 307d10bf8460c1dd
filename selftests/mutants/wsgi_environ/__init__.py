"""Mutants of the wsgi_environ area (what a view reads from the WSGI environ)."""

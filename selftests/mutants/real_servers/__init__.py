"""Mutants of the real_servers area (behaviors of real WSGI servers over a socket)."""

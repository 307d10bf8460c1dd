"""Mutants of the subdomains area (SERVER_NAME, subdomains and trusted hosts)."""

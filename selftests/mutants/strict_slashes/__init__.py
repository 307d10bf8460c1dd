"""Mutants of the strict_slashes area (strict slashes and slash redirects)."""

"""Mutants of the sessions area (signed cookie sessions and JSON bodies)."""

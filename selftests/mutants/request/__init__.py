"""Mutants of the request area (the request object and file uploads)."""

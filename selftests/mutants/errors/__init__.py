"""Mutants of the errors area (abort, error handlers and the 500 answer)."""

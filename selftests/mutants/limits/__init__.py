"""Mutants of the limits area (size limits and bad input)."""

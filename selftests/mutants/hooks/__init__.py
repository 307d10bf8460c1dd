"""Mutants of the hooks area (before/after/teardown hooks)."""

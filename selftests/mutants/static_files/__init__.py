"""Mutants of the static_files area (the static route: types, caching, ranges, traversal)."""

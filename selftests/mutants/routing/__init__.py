"""Mutants of the routing area (rules, converters and query strings)."""

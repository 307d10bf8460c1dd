"""Mutants of the blueprints area (blueprint prefixes, nesting and registration)."""

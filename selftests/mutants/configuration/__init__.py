"""Mutants of the configuration area (app.config: defaults and loading)."""

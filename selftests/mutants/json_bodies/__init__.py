"""Mutants of the json_bodies area (JSON request bodies)."""

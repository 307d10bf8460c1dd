"""Mutants of the defaults area (rule defaults)."""

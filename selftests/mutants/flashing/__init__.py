"""Mutants of the flashing area (message flashing)."""

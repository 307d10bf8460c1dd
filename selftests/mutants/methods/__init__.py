"""Mutants of the methods area (automatic HEAD and OPTIONS, 405 and method names)."""

"""Mutants of the redirect_to area (redirect_to rules)."""

"""Mutants of the templates area (Jinja templates: inheritance, control flow, filters, autoescape)."""

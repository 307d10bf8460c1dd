"""Mutants of the url_building area (add_url_rule, endpoints and url_for)."""

"""Mutants of the responses area (view return values, jsonify and redirect())."""

"""Mutants of the class_views area (View and MethodView dispatch)."""

"""Steps of the sessions area."""

"""Steps of the hooks area."""

"""Steps of the flashing area."""

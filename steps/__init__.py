"""Step definitions: the shared HTTP vocabulary and one module per behavior area."""

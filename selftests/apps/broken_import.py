"""A module whose import fails inside it (a dependency it needs is missing)."""

import a_dependency_that_is_not_installed  # noqa: F401

app = None

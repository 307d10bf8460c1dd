"""The suite's plugin for a plain `pytest` in this checkout (it has no pytest11 entry point:
other projects never load it). The plugin loads the step modules."""

pytest_plugins = ["flask_conformance.plugin"]

"""Mutant forks: the reference app on a Flask/Werkzeug/itsdangerous with one behavior broken.

Each module here is one defect, named after it, with a docstring ``Mutant: <what is
broken>.``, a ``KILLS`` list of the scenario ids that must fail under it, and a
``create_app()`` that applies its patch and then builds the reference app. Patches
live only in the process that loads the mutant (the self-tests run each mutant in a
subprocess), so they never leak into other runs.
"""


def reference_app():
    """Build the reference app (after the caller has applied its patch)."""
    from reference_app import create_app

    return create_app()

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


def override_after_init(cls, **attributes):
    """Patch ``cls.__init__`` so every new instance gets ``attributes``, whatever it was given."""
    init = cls.__init__

    def overridden(self, *args, **kwargs):
        init(self, *args, **kwargs)
        for name, value in attributes.items():
            setattr(self, name, value)

    cls.__init__ = overridden

"""Mutant forks: the reference app on a Flask/Werkzeug/itsdangerous with one behavior broken.

Each module here is one defect, named after it, with a docstring ``Mutant: <what is
broken>.``, a ``KILLS`` list of the scenario ids that must fail under it, and a
``create_app()`` that applies its patch and then builds the reference app. Patches
live only in the process that loads the mutant (the self-tests run each mutant in a
child forked from a zygote that imported the suite unpatched, or in a subprocess where
there is no os.fork: selftests/mutant_runs.py), so they never leak into other runs.
"""


def reference_app():
    """Build the reference app (after the caller has applied its patch)."""
    from flask_conformance.reference_app import create_app

    return create_app()


def override_after_init(cls, **attributes):
    """Patch ``cls.__init__`` so every new instance gets ``attributes``, whatever it was given."""
    init = cls.__init__

    def overridden(self, *args, **kwargs):
        init(self, *args, **kwargs)
        for name, value in attributes.items():
            setattr(self, name, value)

    cls.__init__ = overridden


def replace_code(function, replacement):
    """Give ``function`` the code of ``replacement``.

    Swapping the code reaches every reference to the function: Flask's own, the template
    globals' and the app's ``from flask import ...``, which rebinding a name would miss.
    """
    function.__code__ = replacement.__code__


def run_after_hooks_with(run_scope):
    """Patch Flask.process_response (Flask 3.1's, copied) so that ``run_scope(app, funcs,
    response)`` runs the after_request functions of each scope (innermost blueprint first,
    then the app), given in registration order, and returns the response."""
    from itertools import chain

    from flask import Flask, request
    from flask.globals import request_ctx

    def process_response(self, response):
        ctx = request_ctx._get_current_object()
        for func in ctx._after_request_functions:
            response = self.ensure_sync(func)(response)
        for name in chain(request.blueprints, (None,)):
            response = run_scope(self, self.after_request_funcs.get(name, ()), response)
        if not self.session_interface.is_null_session(ctx._session):
            self.session_interface.save_session(self, ctx._session, response)
        return response

    Flask.process_response = process_response


def run_before_hooks_of(scopes):
    """Patch Flask.preprocess_request (Flask 3.1's, copied) so that the before_request
    functions of ``scopes(app)`` (blueprint names, None for the app) run, in that order."""
    from flask import Flask, request

    def preprocess_request(self):
        for name in (None, *reversed(request.blueprints)):
            for url_func in self.url_value_preprocessors.get(name, ()):
                url_func(request.endpoint, request.view_args)
        for name in scopes(self):
            for before_func in self.before_request_funcs.get(name, ()):
                rv = self.ensure_sync(before_func)()
                if rv is not None:
                    return rv
        return None

    Flask.preprocess_request = preprocess_request

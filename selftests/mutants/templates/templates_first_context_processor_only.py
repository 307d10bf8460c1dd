"""Mutant: only the first context processor (Flask's own) runs, so the app's processors inject nothing."""

from flask import Flask

from .. import reference_app

KILLS = ["templates.context_processor"]


def create_app():
    def update_template_context(self, context):
        given = context.copy()
        first = self.template_context_processors[None][0]
        context.update(self.ensure_sync(first)())
        context.update(given)

    Flask.update_template_context = update_template_context
    return reference_app()

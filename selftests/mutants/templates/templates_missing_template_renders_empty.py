"""Mutant: a template that does not exist renders as an empty page instead of failing."""

from flask.templating import DispatchingJinjaLoader
from jinja2 import TemplateNotFound

from .. import reference_app

KILLS = ["templates.missing_template_fails"]


def create_app():
    get_source = DispatchingJinjaLoader.get_source

    def get_source_or_empty(self, environment, template):
        try:
            return get_source(self, environment, template)
        except TemplateNotFound:
            return "", None, lambda: True

    DispatchingJinjaLoader.get_source = get_source_or_empty
    return reference_app()

"""Mutant: a rendered template is served with the type of its file extension, text/plain for .txt."""

import mimetypes

import flask.templating
from flask import Response

from .. import reference_app

KILLS = ["templates.text_template_served_as_html"]


def create_app():
    render = flask.templating._render

    def render_typed(app, template, context):
        mimetype = mimetypes.guess_type(template.name or "")[0] or "text/html"
        return Response(render(app, template, context), mimetype=mimetype)

    # render_template looks _render up in its module each time it is called.
    flask.templating._render = render_typed
    return reference_app()

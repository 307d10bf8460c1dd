"""Mutant: autoescape escapes &, < and > but leaves quotes as they are."""

import jinja2.runtime
from markupsafe import Markup

from .. import reference_app

KILLS = ["templates.user_input_escaped[\"quoted\"-Hello &#34;quoted&#34;!]",
         "templates.user_input_escaped[it's-Hello it&#39;s!]"]


def _escape_without_quotes(value):
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    return Markup(str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def create_app():
    # A compiled template imports escape from jinja2.runtime when it is loaded: the app's load later.
    jinja2.runtime.escape = _escape_without_quotes
    return reference_app()

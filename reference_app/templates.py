"""The templates area: Jinja templates: inheritance, control flow, filters, autoescape (contract /templates/...).

Context processors and template filters are app-wide, so the routes are on an app of their own,
mounted at /templates. Its templates are reference_app/templates/templates/ (rendered as
"templates/<name>"); CONTRACT.md lists the source of each.
"""

from flask import Flask, abort, flash, g, render_template, render_template_string, request, session
from flask_conformance.contract import SECRET_KEY

from .mounting import BuiltOnFirstRequest


class Profile:
    """An object with attributes, next to a dict with keys: templates read both the same way."""

    def __init__(self, name):
        self.name = name


#: The context every page, filter and autoescape template is rendered with.
CONTEXT = {
    "user": {"name": "alice", "age": 30},
    "profile": Profile("bob"),
    "items": ["a", "b", "c"],
    "word": "élan",
    "value": "<b>&</b>",
    "empty_text": "",
}

#: GET /page/<name> renders templates/<file> (an unknown name is a 404, so no name reaches the loader).
PAGES = {
    "access": "access.html", "loop": "loop.html", "child": "child.html", "super": "super.html",
    "safe": "safe.html", "undefined": "undefined.html", "lines": "lines.txt", "processor": "processor.html",
}
FILTERS = ("join", "upper", "length", "default", "default-falsy", "custom")
EXTENSIONS = ("html", "htm", "xml", "xhtml", "svg", "txt", "jinja")


def _render(template, /, **context):
    return render_template(f"templates/{template}", **context)


def _page(name):
    return _render(PAGES.get(name) or abort(404), **CONTEXT)


def _filter(name):
    if name not in FILTERS:
        abort(404)
    return _render(f"filters/{name}.html", **CONTEXT)


def _autoescape(ext):
    if ext not in EXTENSIONS:
        abort(404)
    return _render(f"autoescape.{ext}", **CONTEXT)


def _prepare_session():
    session["user"] = "alice"


def _prepare_g():
    g.user = "bob"


def _prepare_flash():
    flash("saved")


#: What the view of GET /globals/<name> does before it renders templates/globals/<name>.html,
#: which reads that global.
GLOBALS = {
    "request": None, "session": _prepare_session, "g": _prepare_g, "config": None,
    "get_flashed_messages": _prepare_flash, "url_for": None,
}


def _global(name):
    if name not in GLOBALS:
        abort(404)
    if GLOBALS[name] is not None:
        GLOBALS[name]()
    return _render(f"globals/{name}.html")


def _build():
    app = Flask(__name__)
    # TESTING and DEBUG stay off: an undefined attribute or a missing template is answered with a 500.
    app.config.update(SECRET_KEY=SECRET_KEY, TESTING=False, DEBUG=False, SITE_NAME="Conformance")

    @app.context_processor
    def motto():
        return {"motto": "injected by a context processor"}

    # Named apart from the function: the template uses the name given here.
    @app.template_filter("reverse_words")
    def words_in_reverse(text):
        return " ".join(reversed(text.split()))

    app.add_url_rule("/page/<name>", "page", _page)
    app.add_url_rule("/branch/<int:n>", "branch", lambda n: _render("branch.html", n=n))
    app.add_url_rule("/listing", "listing", lambda: _render("listing.html", items=request.args.getlist("item")))
    app.add_url_rule("/filter/<name>", "filter", _filter)
    app.add_url_rule("/autoescape/<ext>", "autoescape", _autoescape)
    app.add_url_rule("/autoescape-string", "autoescape_string",
                     lambda: render_template_string("{{ value }}", **CONTEXT))
    app.add_url_rule("/greet", "greet", lambda: _render("greet.html", name=request.args.get("name", "")))
    app.add_url_rule("/globals/<name>", "globals", _global)
    # Both answer 500 on purpose (TPL-3): an attribute of an undefined value, a template that is not there.
    app.add_url_rule("/undefined-attribute", "undefined_attribute", lambda: _render("undefined-attribute.html"))
    app.add_url_rule("/missing-template", "missing_template", lambda: _render("nowhere.html"))
    return app


def install(main):
    return {"/templates": BuiltOnFirstRequest(_build)}

"""The subdomains area: SERVER_NAME, subdomains and trusted hosts (contract /subdomains/...).

Each behavior needs app-wide configuration, so each lives in an app of its own, mounted
beside the main app (whose configuration six other areas share).
"""

from flask import Flask, abort, g, request, url_for
from flask_conformance.contract import TRACE_HEADER

SERVER_NAME = "example.test"
TRUSTED_HOSTS = ["good.test", ".trusted.test"]

# GET /link/<target> on the api subdomain answers url_for of one of these endpoints.
LINK_TARGETS = {"api": "api_page", "bare": "page"}


def _server_name_app(subdomain_matching):
    """An app with SERVER_NAME set whose rules sit on the bare domain, on api and on <user>."""
    app = Flask(__name__, subdomain_matching=subdomain_matching)
    app.config.update(SERVER_NAME=SERVER_NAME, TESTING=False, DEBUG=False)

    @app.route("/page")
    def page():
        return f"page on {SERVER_NAME}"

    # The same path on the api subdomain: which view answers shows which rule matched.
    @app.route("/page", subdomain="api", endpoint="api_page")
    def api_page():
        return "page on api"

    @app.route("/whoami", subdomain="<user>")
    def whoami(user):
        return f"user {user}"

    @app.route("/link/<target>", subdomain="api")
    def link(target):
        if target not in LINK_TARGETS:
            abort(404)
        return url_for(LINK_TARGETS[target])

    @app.route("/host")
    def host():
        return f"host {request.host}"

    return app


def _trusted_hosts_app():
    """An app with TRUSTED_HOSTS whose hooks leave a trail in X-Trace, even on a refused host."""
    app = Flask(__name__)
    app.config.update(TRUSTED_HOSTS=TRUSTED_HOSTS, TESTING=False, DEBUG=False)

    @app.before_request
    def before():
        g.trail = ["before"]

    @app.route("/host")
    def host():
        g.trail.append("view")
        return f"host {request.host}"

    @app.after_request
    def after(response):
        response.headers[TRACE_HEADER] = " ".join([*g.get("trail", []), "after"])
        return response

    return app


def install(main):
    return {
        "/subdomains/matching": _server_name_app(subdomain_matching=True),
        "/subdomains/default": _server_name_app(subdomain_matching=False),
        "/subdomains/trusted": _trusted_hosts_app(),
    }

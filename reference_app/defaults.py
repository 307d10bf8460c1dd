"""The defaults area: rule defaults and the redirect to the defaults rule (contract /defaults/...)."""

from flask import Blueprint, jsonify, url_for

bp = Blueprint("defaults", __name__, url_prefix="/defaults")


@bp.route("/index", defaults={"nid": 888})
def index(nid):
    return f"nid={nid}"


# Two rules, one endpoint: /users/page/1 equals the defaults, so it redirects to /users/.
@bp.route("/users/", defaults={"page": 1})
@bp.route("/users/page/<int:page>")
def users(page):
    return f"users page {page}"


@bp.route("/links")
def links():
    return jsonify(
        users=url_for(".users"),
        page_1=url_for(".users", page=1),
        page_2=url_for(".users", page=2),
    )


def install(main):
    main.register_blueprint(bp)
    return {}

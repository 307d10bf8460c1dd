"""The json_bodies area: views that read the request's JSON body (contract /json_bodies/...).

Each view answers ``{"json": <what it loaded>}``, so a scenario sees exactly what the
view got, ``null`` included (get_json(silent=True) answers None).
"""

from flask import Blueprint, jsonify, request

bp = Blueprint("json_bodies", __name__, url_prefix="/json_bodies")


@bp.route("/get-json", methods=["GET", "POST"])
def get_json():
    return jsonify(json=request.get_json())


@bp.post("/property")
def json_property():
    return jsonify(json=request.json)


@bp.post("/silent")
def silent():
    return jsonify(json=request.get_json(silent=True))


@bp.post("/force")
def force():
    return jsonify(json=request.get_json(force=True))


def install(main):
    main.register_blueprint(bp)
    return {}

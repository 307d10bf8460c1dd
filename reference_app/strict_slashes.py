"""The strict_slashes area: rules with and without a trailing slash (contract /slashes/...)."""

from flask import Blueprint, Flask, request

bp = Blueprint("strict_slashes", __name__, url_prefix="/slashes")


@bp.route("/dir/", methods=["GET", "POST"])
def directory():
    # POST echoes its form, so a scenario can see that a 308 kept method and body.
    if request.method == "POST":
        return f"dir POST {request.form.to_dict()}"
    return "dir"


@bp.route("/file")
def file():
    return "file"


@bp.route("/loose", strict_slashes=False)
def loose():
    return "loose"


@bp.route("/loose-dir/", strict_slashes=False)
def loose_dir():
    return "loose-dir"


@bp.route("/files/<path:name>/")
def files(name):
    return f"files {name}"


@bp.route("/a/b")
def merged():
    return "a/b"


def _lenient_app():
    """An app whose whole URL map has strict_slashes off."""
    app = Flask(__name__)
    app.url_map.strict_slashes = False

    @app.route("/dir/")
    def lenient_dir():
        return "lenient dir"

    @app.route("/file")
    def lenient_file():
        return "lenient file"

    return app


def install(main):
    main.register_blueprint(bp)
    # /mounted serves the main app again under SCRIPT_NAME=/mounted.
    return {"/slashes-lenient": _lenient_app(), "/mounted": main}


# Rules with a variable segment, for the properties over any segment (any_segment.feature).
@bp.route("/named/<name>/")
def named(name):
    return f"named {name}"


@bp.route("/plain/<name>")
def plain(name):
    return f"plain {name}"

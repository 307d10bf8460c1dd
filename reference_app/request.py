"""The request area: the request object and file uploads (contract /request/...).

Every view answers what it read from the request as JSON (or text), so a scenario can
state the exact value. The ProxyFix app is mounted on its own at /request/proxied: the
main app must keep ignoring X-Forwarded-* headers for the other areas.
"""

import os
import tempfile

from flask import Blueprint, Flask, jsonify, request
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.utils import secure_filename

from .mounting import BuiltOnFirstRequest

bp = Blueprint("request", __name__, url_prefix="/request")
BODY_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def _lists(multidict):
    return {key: multidict.getlist(key) for key in multidict}


def dump(rest=None):
    """The request's attributes, as Flask users read them."""
    return jsonify(
        method=request.method, args=_lists(request.args), form=_lists(request.form),
        values=_lists(request.values), cookies=request.cookies, path=request.path,
        full_path=request.full_path, script_root=request.script_root, url=request.url,
        base_url=request.base_url, url_root=request.url_root, host_url=request.host_url,
        host=request.host, scheme=request.scheme, remote_addr=request.remote_addr,
        files={key: [f.filename for f in request.files.getlist(key)] for key in request.files},
    )


for rule in ("/dump", "/dump/<path:rest>"):
    bp.add_url_rule(rule, "dump", dump, methods=BODY_METHODS)


@bp.route("/args-lists")
def args_lists():
    # args.lists() in order: the keys as they first appear, each with every value.
    return jsonify([[key, values] for key, values in request.args.lists()])


@bp.route("/header/<name>")
def header(name):
    return jsonify(value=request.headers.get(name))


@bp.route("/body/data-then-form", methods=["POST"])
def data_then_form():
    data = request.get_data(as_text=True)
    return jsonify(data=data, form=_lists(request.form))


@bp.route("/body/form-then-data", methods=["POST"])
def form_then_data():
    form = _lists(request.form)
    return jsonify(form=form, data=request.get_data(as_text=True))


@bp.route("/body/data", methods=["POST"])
def data():
    # request.data, which parses a form body first (and is then empty).
    return jsonify(data=request.data.decode("utf-8", "replace"), form=_lists(request.form))


@bp.route("/is-json", methods=["POST"])
def is_json():
    return jsonify(is_json=request.is_json)


def _describe(upload):
    return {"filename": upload.filename, "name": upload.name, "content_type": upload.content_type,
            "mimetype": upload.mimetype, "content": upload.read().decode("utf-8", "replace")}


@bp.route("/upload", methods=["POST"])
def upload():
    files = {key: [_describe(f) for f in request.files.getlist(key)] for key in request.files}
    return jsonify(files=files, form=_lists(request.form))


@bp.route("/save", methods=["POST"])
def save():
    """Save the upload `file` under its secure name in a fresh temporary directory, and
    answer what the directory then holds (never the package folder: it may be read-only)."""
    upload = request.files["file"]
    with tempfile.TemporaryDirectory() as folder:
        # An empty or all-stripped name would make the path the directory itself.
        upload.save(os.path.join(folder, secure_filename(upload.filename) or "unnamed"))
        written = {}
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), "rb") as saved:
                written[name] = saved.read().decode("utf-8", "replace")
    return jsonify(written)


@bp.route("/secure-filename")
def secure_name():
    return secure_filename(request.args.get("name", ""))


@bp.route("/secure-upload", methods=["POST"])
def secure_upload():
    return secure_filename(request.files["file"].filename)


def _proxied_app():
    """The dump behind ProxyFix, trusting one proxy for X-Forwarded-For, -Proto and -Host."""
    app = Flask(__name__)
    app.config.update(TESTING=False, DEBUG=False)
    app.add_url_rule("/dump", "dump", dump, methods=BODY_METHODS)
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)
    return app


def install(main):
    main.register_blueprint(bp)
    return {"/request/proxied": BuiltOnFirstRequest(_proxied_app)}

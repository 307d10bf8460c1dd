"""The wsgi_environ area: what a view reads from the WSGI environ (contract /wsgi_environ/...).

The routes are on the main app, which the suite also reaches under /mounted
(SCRIPT_NAME=/mounted); /wsgi_environ/app is a Flask app of its own that the
reference app's DispatcherMiddleware mounts there.
"""

from flask import Blueprint, Flask, jsonify, redirect, request, url_for

#: The CGI variables /wsgi_environ/request answers; never the whole environ: wsgiref's server
#: copies the process's environment variables into it.
CGI_VARIABLES = ("REQUEST_METHOD", "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH",
                 "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL", "REMOTE_ADDR", "HTTP_HOST", "HTTP_COOKIE",
                 "HTTP_USER_AGENT", "HTTP_X_CUSTOM_HEADER", "wsgi.url_scheme")
#: The request headers it answers, None when absent.
HEADERS = ("X-Custom-Header", "User-Agent")

bp = Blueprint("wsgi_environ", __name__, url_prefix="/wsgi_environ")


@bp.route("/request", methods=["GET", "POST"])
def seen():
    environ = request.environ
    return jsonify(
        environ={name: environ[name] for name in CGI_VARIABLES if name in environ},
        method=request.method, path=request.path, script_root=request.script_root, full_path=request.full_path,
        url=request.url, base_url=request.base_url, url_root=request.url_root, host=request.host,
        remote_addr=request.remote_addr, cookies=request.cookies, form=request.form.to_dict(flat=False),
        headers={name: request.headers.get(name) for name in HEADERS},
        own_url=url_for(".seen"), own_external_url=url_for(".seen", _external=True),
    )


@bp.route("/data", methods=["POST"])
def data():
    # The raw body as the view reads it (get_data), answered as it came.
    return request.get_data(), {"Content-Type": "application/octet-stream"}


@bp.route("/dir/")
def dir_():
    return "dir"


@bp.route("/target")
def target():
    return "target"


@bp.route("/redirect-path")
def redirect_path():
    return redirect("/wsgi_environ/target")


@bp.route("/redirect-url-for")
def redirect_url_for():
    return redirect(url_for(".dir_"))


@bp.route("/apple")
def apple():
    # Only starts like the mount /wsgi_environ/app: the dispatcher leaves it to the main app.
    return "main app apple"


def _dispatched_app():
    app = Flask(__name__)
    app.config.update(TESTING=False, DEBUG=False)

    @app.route("/env")
    def env():
        return jsonify(script_root=request.script_root, path=request.path, own_url=url_for("env"))

    @app.route("/dir/")
    def dir_():
        return "dispatched dir"

    return app


def install(main):
    main.register_blueprint(bp)
    return {"/wsgi_environ/app": _dispatched_app()}

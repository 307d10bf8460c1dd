"""The static_files area: the static route: types, caching, ranges, traversal (contract /static_files/...).

The static route is app-wide (static_folder, static_url_path, SEND_FILE_MAX_AGE_DEFAULT), so
it lives in apps of their own, mounted under /static_files, and the main app's /static stays
as Flask makes it. The files are in static/static_files/public/ of this package, which is only
read: secret.txt, one folder up, is what traversal must never reach.
"""

import io
import os

from flask import Flask, abort, jsonify, request, send_file, send_from_directory, url_for
from werkzeug.security import safe_join

from .mounting import BuiltOnFirstRequest

HERE = os.path.dirname(os.path.abspath(__file__))
PUBLIC = os.path.join(HERE, "static", "static_files", "public")

#: The in-memory file that GET /static_files/report sends as an attachment.
REPORT = b"id,name\n1,alice\n"


def _stat(filename):
    """What the ETag and Last-Modified of a static file derive from: its size, mtime and path."""
    path = safe_join(PUBLIC, filename)
    if path is None or not os.path.isfile(path):
        abort(404)
    info = os.stat(path)
    return jsonify(size=info.st_size, mtime=info.st_mtime, path=path)


def _link():
    return url_for("static", filename="style.css", v=1)


def _download(name):
    # ?as=<name> is the download name; without it the file's own name is used.
    return send_from_directory(PUBLIC, name, as_attachment=True, download_name=request.args.get("as"))


def _fetch():
    # The path comes from the query, untrusted, as a user's ?path= would.
    return send_from_directory(PUBLIC, request.args["path"])


def _report():
    return send_file(io.BytesIO(REPORT), mimetype="text/csv", as_attachment=True, download_name="report.csv")


def _notes_by_path():
    return send_file(os.path.join(PUBLIC, "notes.txt"))


def _app(static_url_path, **config):
    app = Flask(__name__, static_folder=PUBLIC, static_url_path=static_url_path)
    # TESTING and DEBUG stay off: an unhandled error must be answered with a 500.
    app.config.update(TESTING=False, DEBUG=False, **config)
    app.add_url_rule("/stat/<path:filename>", "stat", _stat)
    app.add_url_rule("/link", "link", _link)
    app.add_url_rule("/download/<path:name>", "download", _download)
    app.add_url_rule("/fetch", "fetch", _fetch)
    app.add_url_rule("/report", "report", _report)
    app.add_url_rule("/notes-by-path", "notes_by_path", _notes_by_path)
    return app


def install(main):
    return {
        # Flask's defaults: SEND_FILE_MAX_AGE_DEFAULT None, so every file answer says no-cache.
        "/static_files": BuiltOnFirstRequest(lambda: _app("/static")),
        # A cache lifetime and a moved static route, on an app of their own.
        "/static_files/cached": BuiltOnFirstRequest(
            lambda: _app("/assets", SEND_FILE_MAX_AGE_DEFAULT=60)
        ),
    }

"""Mutant: the request ignores SCRIPT_NAME: its script root is empty and its URLs lack the mount."""

from werkzeug.wrappers.request import Request

from .. import reference_app

KILLS = [
    "wsgi_environ.script_name_splits_path",
    "wsgi_environ.request_urls_under_mount",
    "wsgi_environ.dispatched_script_root",
]


def create_app():
    init = Request.__init__

    def init_unmounted(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.root_path = ""

    Request.__init__ = init_unmounted
    return reference_app()

"""Mutant: request.headers looks a name with a dash up as HTTP_ plus the name with its dash kept."""

from werkzeug.datastructures import EnvironHeaders

from .. import reference_app

KILLS = ["real_servers.underscore_header_passed_by_wsgiref"]
#: Only wsgiref's server passes X_Under on, as HTTP_X_UNDER, which the lookup then misses.
SERVER = "wsgiref"


def create_app():
    get_key = EnvironHeaders._get_key

    def get_key_dashes_kept(self, key):
        if isinstance(key, str) and "-" in key and key.lower() not in ("content-type", "content-length"):
            return self.environ[f"HTTP_{key.upper()}"]
        return get_key(self, key)

    EnvironHeaders._get_key = get_key_dashes_kept
    return reference_app()

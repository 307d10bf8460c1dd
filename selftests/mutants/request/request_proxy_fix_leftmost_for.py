"""Mutant: ProxyFix takes the left-most X-Forwarded-For entry, which the client wrote, not the proxy."""

from werkzeug.http import parse_list_header
from werkzeug.middleware.proxy_fix import ProxyFix

from .. import reference_app

KILLS = ["request.proxy_fix_remote_addr"]


def _get_real_value(self, trusted, value):
    values = parse_list_header(value) if trusted and value else []
    return values[0] if len(values) >= trusted else None


def create_app():
    ProxyFix._get_real_value = _get_real_value
    return reference_app()

"""Mutant: ProxyFix ignores X-Forwarded-Host, whatever x_host it is given."""

from werkzeug.middleware.proxy_fix import ProxyFix

from .. import override_after_init, reference_app

KILLS = ["request.proxy_fix_scheme_and_host"]


def create_app():
    override_after_init(ProxyFix, x_host=0)
    return reference_app()

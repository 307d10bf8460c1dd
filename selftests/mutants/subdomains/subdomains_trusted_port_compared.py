"""Mutant: TRUSTED_HOSTS compares the Host with its port, so good.test:8080 is not good.test."""

from werkzeug.sansio import utils

from .. import reference_app, replace_code

KILLS = ["subdomains.trusted_host_served[good.test:8080]"]


def _host_is_trusted(hostname, trusted_list=None):
    # Werkzeug 3.1.8's host_is_trusted, without dropping the Host's port.
    if not hostname or _host_re.fullmatch(hostname) is None:  # noqa: F821 (werkzeug.sansio.utils)
        return False
    if not trusted_list:
        return True
    if isinstance(trusted_list, str):
        trusted_list = [trusted_list]
    for ref in trusted_list:
        suffix_match = ref.startswith(".")
        ref = ref.removeprefix(".").partition(":")[0].encode("idna").decode("ascii")
        if ref == hostname or (suffix_match and hostname.endswith(f".{ref}")):
            return True
    return False


def create_app():
    replace_code(utils.host_is_trusted, _host_is_trusted)
    return reference_app()

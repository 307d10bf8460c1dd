"""Mutant: a TRUSTED_HOSTS entry with a leading dot matches any host ending in its name, without the dot."""

from werkzeug.sansio import utils

from .. import reference_app, replace_code

KILLS = ["subdomains.untrusted_host_400[nottrusted.test]"]


def _host_is_trusted(hostname, trusted_list=None):
    # Werkzeug 3.1.8's host_is_trusted, with the suffix compared without its dot.
    if not hostname or _host_re.fullmatch(hostname) is None:  # noqa: F821 (werkzeug.sansio.utils)
        return False
    hostname = hostname.partition(":")[0]
    if not trusted_list:
        return True
    if isinstance(trusted_list, str):
        trusted_list = [trusted_list]
    for ref in trusted_list:
        suffix_match = ref.startswith(".")
        ref = ref.removeprefix(".").partition(":")[0].encode("idna").decode("ascii")
        if ref == hostname or (suffix_match and hostname.endswith(ref)):
            return True
    return False


def create_app():
    replace_code(utils.host_is_trusted, _host_is_trusted)
    return reference_app()

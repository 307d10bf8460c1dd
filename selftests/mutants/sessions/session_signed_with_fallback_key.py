"""Mutant: a re-saved session is signed with the fallback key, not SECRET_KEY (Flask 3.1.0, CVE-2025-47278)."""

from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

from .. import reference_app

KILLS = ["sessions.resigned_with_current_key"]


def create_app():
    def fallback_last(self, app):
        if not app.secret_key:
            return None
        # itsdangerous signs with the last key of the list.
        keys = [app.secret_key, *(app.config["SECRET_KEY_FALLBACKS"] or [])]
        signer_kwargs = {"key_derivation": self.key_derivation, "digest_method": self.digest_method}
        return URLSafeTimedSerializer(keys, salt=self.salt, serializer=self.serializer, signer_kwargs=signer_kwargs)

    SecureCookieSessionInterface.get_signing_serializer = fallback_last
    return reference_app()

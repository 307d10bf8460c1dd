"""Mutant: SECRET_KEY_FALLBACKS is ignored; only SECRET_KEY verifies session cookies (Flask before 3.1)."""

from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

from .. import reference_app

KILLS = ["sessions.fallback_key_accepted", "sessions.resigned_with_current_key"]


def create_app():
    def current_key_only(self, app):
        if not app.secret_key:
            return None
        signer_kwargs = {"key_derivation": self.key_derivation, "digest_method": self.digest_method}
        return URLSafeTimedSerializer(app.secret_key, salt=self.salt, serializer=self.serializer,
                                      signer_kwargs=signer_kwargs)

    SecureCookieSessionInterface.get_signing_serializer = current_key_only
    return reference_app()

"""Mutant: the signing time of a session cookie is not checked against its maximum age."""

from itsdangerous.timed import TimestampSigner

from .. import reference_app

KILLS = ["sessions.cookie_32_days_old_ignored", "sessions.cookie_from_future_ignored"]


def create_app():
    unsign = TimestampSigner.unsign

    def ageless(self, signed_value, max_age=None, return_timestamp=False):
        return unsign(self, signed_value, None, return_timestamp)

    TimestampSigner.unsign = ageless
    return reference_app()

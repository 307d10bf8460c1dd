"""Mutant: a body over MAX_CONTENT_LENGTH is refused before the view runs, even when it is never read."""

from flask import Flask, request
from werkzeug.exceptions import RequestEntityTooLarge

from .. import reference_app

KILLS = ["limits.unread_body_not_limited"]


def create_app():
    preprocess = Flask.preprocess_request

    def refuse_up_front(self):
        limit, length = request.max_content_length, request.content_length
        if limit is not None and length is not None and length > limit:
            raise RequestEntityTooLarge()
        return preprocess(self)

    Flask.preprocess_request = refuse_up_front
    return reference_app()

"""Mutant: the flashed messages are read when each request starts, whether a view wants them or not."""

from flask import Flask, get_flashed_messages

from .. import reference_app

KILLS = [
    "flashing.flash_then_read_same_request",
    "flashing.flash_then_read_gone_after",
    "flashing.flow_message_waits_for_reader",
]


def create_app():
    preprocess = Flask.preprocess_request

    def read_flashes_first(self):
        get_flashed_messages()
        return preprocess(self)

    Flask.preprocess_request = read_flashes_first
    return reference_app()

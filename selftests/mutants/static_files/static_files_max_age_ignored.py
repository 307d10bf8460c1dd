"""Mutant: SEND_FILE_MAX_AGE_DEFAULT is ignored: every file answer says no-cache."""

from flask import Flask

from .. import reference_app

KILLS = ["static_files.max_age_from_config"]


def create_app():
    Flask.get_send_file_max_age = lambda self, filename: None
    return reference_app()

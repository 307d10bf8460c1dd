"""Mutant: from_mapping (and so from_file) loads every key, lowercase ones too."""

from flask import Config

from .. import reference_app

KILLS = ["configuration.from_file_json", "configuration.from_file_toml", "configuration.from_mapping_uppercase_only"]


def create_app():
    def from_mapping(self, mapping=None, **kwargs):
        self.update(mapping or {})
        self.update(kwargs)
        return True

    Config.from_mapping = from_mapping
    return reference_app()

"""Mutant: setting a blueprint up after its registration only warns, as Flask 2.2 did."""

import warnings

from flask import Blueprint

from .. import reference_app

KILLS = ["blueprints.route_after_registration_refused"]


def create_app():
    def warn_setup_finished(self, f_name):
        if self._got_registered_once:
            warnings.warn(f"The setup method '{f_name}' can no longer be called on the blueprint '{self.name}'.",
                          UserWarning, stacklevel=3)

    Blueprint._check_setup_finished = warn_setup_finished
    return reference_app()

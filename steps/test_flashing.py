"""Bind the flashing scenarios."""

from pytest_bdd import scenarios

scenarios("../features/flashing")

"""Bind the defaults scenarios."""

from pytest_bdd import scenarios

scenarios("../features/defaults")

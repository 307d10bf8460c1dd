"""Bind the hooks scenarios."""

from pytest_bdd import scenarios

scenarios("../features/hooks")

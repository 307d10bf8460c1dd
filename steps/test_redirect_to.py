"""Bind the redirect_to scenarios."""

from pytest_bdd import scenarios

scenarios("../features/redirect_to")

"""Bind the strict_slashes scenarios."""

from pytest_bdd import scenarios

scenarios("../features/strict_slashes")

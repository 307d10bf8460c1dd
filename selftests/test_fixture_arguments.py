"""The arguments pytest asks of a plain function, read from its code object in a suite run
(conformance/fixture_arguments.py): the same as pytest reads from the signature, and every
other function still asked of pytest."""

import functools
import importlib
import inspect

import pytest
from _pytest.compat import getfuncargnames
from flask_conformance import fixture_arguments

from selftests.one_session import for_one_session


def _decorated(function):
    @functools.wraps(function)
    def wrapper():
        return function(1)

    return wrapper


@_decorated
def _wraps_one_argument(value):
    return value


def _signed():
    pass


_signed.__signature__ = inspect.Signature([inspect.Parameter("given", inspect.Parameter.POSITIONAL_OR_KEYWORD)])

def _generator(request, value=1):
    yield request


async def _coroutine(request):
    return request


FUNCTIONS = {
    "lambda": lambda: 1,
    "one argument": lambda value: value,
    "a default": lambda value=1: value,
    "some defaults": lambda a, b, c=1, d=2: a,
    "keyword only": lambda *, value: value,
    "keyword only with a default": lambda a, *, b, c=1: a,
    "positional only": lambda a, b, /, c: a,
    "positional only with defaults": lambda a, b=1, /, c=2: a,
    "varargs": lambda *values: values,
    "kwargs": lambda a, *values, b, **options: values,
    "generator": _generator,
    "coroutine": _coroutine,
    "wraps": _wraps_one_argument,
    "signature": _signed,
    "partial": functools.partial(lambda a, b: a, 1),
    "builtin": len,
}
PLAIN = {name for name in FUNCTIONS if name not in ("wraps", "signature", "partial", "builtin")}


@pytest.mark.parametrize("name", FUNCTIONS)
def test_the_arguments_read_from_the_code_are_those_pytest_reads_from_the_signature(name):
    function = FUNCTIONS[name]
    known = fixture_arguments.mandatory_arguments(function)
    assert (known is not None) == (name in PLAIN)
    if known is not None:
        assert known == getfuncargnames(function)


def test_pytest_asks_the_shortcut_in_a_session_and_its_own_function_afterwards():
    fixtures = importlib.import_module("_pytest.fixtures")
    with for_one_session(fixture_arguments.install):
        assert fixtures.getfuncargnames is not getfuncargnames
        assert fixtures.getfuncargnames(lambda request, value=1: 0) == ("request",)
        # A method is pytest's own to answer: cls= (pytest 9), is_method= (pytest 8's unittest fixtures).
        assert fixtures.getfuncargnames(lambda self, request: 0, name="f", cls=dict) == ("request",)
        assert fixture_arguments._as_a_function((), {"name": "x"})
        assert not fixture_arguments._as_a_function((), {"name": "x", "is_method": True})
        assert not fixture_arguments._as_a_function((), {"name": "x", "cls": dict})
        assert not fixture_arguments._as_a_function(("x",), {})
    assert fixtures.getfuncargnames is getfuncargnames

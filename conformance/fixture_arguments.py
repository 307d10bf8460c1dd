"""The arguments pytest asks of a plain function, read from its code object instead of its signature.

pytest works out the mandatory arguments of every fixture definition it makes, and of every
test item it collects, from ``inspect.signature``. In a suite run that is thousands of
functions: one fixture definition for ``request`` every time a test or fixture asks for it,
one for every value pytest-bdd hands from a step to the next (``target_fixture``), one test
item per scenario and Examples row. For a plain function that no decorator has given another
signature (``__wrapped__``, ``__signature__``), asked about without a class, the answer is in
its code object and defaults: the positional-or-keyword and keyword-only parameters that have
no default, in order. Every other function is asked as before. That was a twentieth of a
suite run. Installed only for ``--conformance-suite-only`` runs; if pytest's internals are not
the ones this was written for (8.1 to 9.x), nothing is changed.
"""

from __future__ import annotations

import importlib
import types

_fixtures = importlib.import_module("_pytest.fixtures")


def install(config) -> None:
    original = getattr(_fixtures, "getfuncargnames", None)
    if not callable(original):
        return

    def getfuncargnames(function, *args, **kwargs):
        known = mandatory_arguments(function) if _as_a_function(args, kwargs) else None
        return known if known is not None else original(function, *args, **kwargs)

    _fixtures.getfuncargnames = getfuncargnames
    config.add_cleanup(lambda: setattr(_fixtures, "getfuncargnames", original))


def _as_a_function(args: tuple, kwargs: dict) -> bool:
    """Whether pytest asks about the function as such: not as a method (``cls=``; pytest 8's
    ``is_method=``), and with only the keywords pytest 8 and 9 pass."""
    return not args and kwargs.keys() <= {"name", "cls", "is_method"} and kwargs.get("cls") is None \
        and not kwargs.get("is_method")


def mandatory_arguments(function) -> tuple[str, ...] | None:
    """The parameters of ``function`` without a default, but positional-only ones; None when it
    is not a plain function with its own signature."""
    if type(function) is not types.FunctionType or hasattr(function, "__wrapped__") \
            or hasattr(function, "__signature__"):
        return None
    code = function.__code__
    positional = code.co_varnames[code.co_posonlyargcount:code.co_argcount - len(function.__defaults__ or ())]
    keyword_only = code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]
    defaults = function.__kwdefaults__ or {}
    return (*positional, *(name for name in keyword_only if name not in defaults))

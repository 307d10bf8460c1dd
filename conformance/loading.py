"""Turn an app spec (``module:attr``, ``module:factory()``) into a WSGI callable.

Errors echo the spec, say what it resolved to, and what to try next. Nothing here
imports a web framework: the module named by the spec does that itself.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import traceback

_SPEC = re.compile(r"^(?P<module>[\w.]+)(?::(?P<attr>\w+)(?P<call>\(.*\))?)?$", re.S)
_DEFAULT_ATTRS = ("app", "application")
_DEFAULT_FACTORIES = ("create_app", "make_app")


class AppLoadError(Exception):
    """The app spec does not lead to a WSGI callable; the message says why and what to try."""


def load_app(spec: str):
    """Return the WSGI callable that ``spec`` names.

    ``spec`` is ``module:attr`` (a WSGI callable), ``module:factory()`` or
    ``module:factory(args)`` with literal arguments (called once), or a bare ``module``,
    in which ``app``, ``application``, ``create_app()`` and ``make_app()`` are tried.
    """
    match = _SPEC.match(spec.strip())
    if not match:
        raise AppLoadError(
            f"--app={spec!r} is not MODULE:ATTR or MODULE:FACTORY(); "
            f"for example 'flask_conformance.reference_app:create_app()' or 'mypkg.wsgi:application'."
        )
    module = _import(spec, match["module"])
    if match["attr"] is None:
        return _find_default(spec, module)
    target = _attribute(spec, module, match["attr"])
    if match["call"] is not None:
        args, kwargs = _call_arguments(spec, match["call"])
        return _call_factory(spec, target, match["attr"], args, kwargs)
    return _checked_wsgi(spec, target, match["attr"])


def _import(spec, name):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            raise AppLoadError(
                f"--app={spec!r}: no module named {exc.name!r}. Is the package installed, "
                f"or is the directory that holds it on sys.path (run from there)?"
            ) from exc
        raise AppLoadError(f"--app={spec!r}: importing {name!r} failed:\n{_short_traceback(exc)}") from exc
    except Exception as exc:
        raise AppLoadError(f"--app={spec!r}: importing {name!r} failed:\n{_short_traceback(exc)}") from exc


def _attribute(spec, module, attr):
    try:
        return getattr(module, attr)
    except AttributeError:
        public = sorted(n for n in vars(module) if not n.startswith("_"))
        raise AppLoadError(
            f"--app={spec!r}: module {module.__name__!r} has no attribute {attr!r}; "
            f"it has: {', '.join(public) or 'nothing public'}."
        ) from None


def _call_arguments(spec, call):
    try:
        node = ast.parse(f"f{call}", mode="eval").body
        args = [ast.literal_eval(a) for a in node.args]
        kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
    except (SyntaxError, ValueError) as exc:
        raise AppLoadError(
            f"--app={spec!r}: the arguments {call} are not Python literals ({exc})."
        ) from None
    return args, kwargs


def _call_factory(spec, factory, name, args, kwargs):
    if not callable(factory):
        raise AppLoadError(f"--app={spec!r}: {name!r} is {_describe(factory)}, which cannot be called.")
    try:
        app = factory(*args, **kwargs)
    except Exception as exc:
        raise AppLoadError(f"--app={spec!r}: calling {name}() raised:\n{_short_traceback(exc)}") from exc
    if not _is_wsgi(app):
        raise AppLoadError(
            f"--app={spec!r}: {name}() returned {_describe(app)}, which is not a WSGI callable "
            f"(one that takes environ and start_response)."
        )
    return app


def _checked_wsgi(spec, target, name):
    if _is_wsgi(target):
        return target
    if callable(target) and _required_positional(target) == 0:
        raise AppLoadError(
            f"--app={spec!r} resolved to {_describe(target)}, which is not a WSGI callable; "
            f"it takes no arguments, so it looks like a factory: did you mean '{spec}()'?"
        )
    raise AppLoadError(
        f"--app={spec!r} resolved to {_describe(target)}, which is not a WSGI callable "
        f"(one that takes environ and start_response)."
    )


def _find_default(spec, module):
    for attr in _DEFAULT_ATTRS:
        if _is_wsgi(getattr(module, attr, None)):
            return getattr(module, attr)
    for attr in _DEFAULT_FACTORIES:
        if callable(getattr(module, attr, None)):
            return _call_factory(spec, getattr(module, attr), attr, [], {})
    raise AppLoadError(
        f"--app={spec!r}: module {module.__name__!r} has none of "
        f"{', '.join(_DEFAULT_ATTRS + tuple(f + '()' for f in _DEFAULT_FACTORIES))}; "
        f"name the app with '{spec}:ATTR' or '{spec}:FACTORY()'."
    )


def _is_wsgi(obj) -> bool:
    if not callable(obj):
        return False
    try:
        params = inspect.signature(obj).parameters.values()
    except (TypeError, ValueError):
        return True  # a builtin or C-level callable: trust it, the first request will tell
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return True
    required = [p for p in positional if p.default is p.empty]
    return len(required) <= 2 <= len(positional)


def _required_positional(obj) -> int | None:
    try:
        params = inspect.signature(obj).parameters.values()
    except (TypeError, ValueError):
        return None
    return sum(
        1 for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    )


def _describe(obj) -> str:
    if inspect.isfunction(obj) or inspect.isclass(obj):
        return f"<{type(obj).__name__} {obj.__qualname__}>"
    return f"{obj!r} ({type(obj).__name__})"


def _short_traceback(exc: BaseException) -> str:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "".join(lines[-6:]).rstrip()

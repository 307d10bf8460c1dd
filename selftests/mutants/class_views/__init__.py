"""Mutants of the class_views area (View and MethodView dispatch)."""

from contextlib import contextmanager

_MISSING = object()


@contextmanager
def class_attributes(cls, **attributes):
    """Give ``cls`` these attributes while the block runs, then what it had before."""
    saved = {name: cls.__dict__.get(name, _MISSING) for name in attributes}
    for name, value in attributes.items():
        setattr(cls, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, value)


def patch_as_view(as_view):
    """Replace View.as_view with ``as_view(original, cls, name, *args, **kwargs)``; the original
    is Flask's as_view as a plain function of the class."""
    from flask.views import View

    original = View.__dict__["as_view"].__func__

    def patched(cls, name, *args, **kwargs):
        return as_view(original, cls, name, *args, **kwargs)

    View.as_view = classmethod(patched)

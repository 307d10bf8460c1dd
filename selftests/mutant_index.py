"""Where the mutants are: one module per mutant in ``selftests/mutants/<area>/``, the area
it breaks, so that a reader finds an area's mutants by its name. A mutant is named by its
module's name alone, unique across the areas."""

from __future__ import annotations

import importlib
import pkgutil

from selftests import mutants


def mutant_modules() -> list[tuple[str, str]]:
    """(name, module) of every mutant, area by area."""
    found = []
    for area in sorted(pkgutil.iter_modules(mutants.__path__), key=lambda a: a.name):
        if area.ispkg:
            package = f"{mutants.__name__}.{area.name}"
            found += [(m.name, f"{package}.{m.name}")
                      for m in sorted(pkgutil.iter_modules(importlib.import_module(package).__path__),
                                      key=lambda m: m.name)]
    return found


MODULES = dict(mutant_modules())


def app_spec(name: str) -> str:
    """The --conformance-app of a mutant, by its name."""
    return f"{MODULES[name]}:create_app()"


def load(name: str):
    """A mutant's module, by its name."""
    return importlib.import_module(MODULES[name])

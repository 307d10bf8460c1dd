"""The suite's feature files, parsed with pytest-bdd's own parser, and their rendered scenarios."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd.parser import FeatureParser

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "features"


def features():
    """Every parsed feature, with the folder (area) it lives in."""
    for path in sorted(FEATURES.glob("*/*.feature")):
        yield path.parent.name, FeatureParser(str(FEATURES), str(path.relative_to(FEATURES))).parse()


def rendered(template):
    """The scenarios a template runs as: one per example row, or itself."""
    contexts = [ctx for examples in template.examples for ctx in examples.as_contexts()]
    return [template.render(ctx) for ctx in contexts] or [template.render({})]

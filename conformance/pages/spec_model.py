"""The spec as plain data for the pages: areas, their features, each feature's scenarios with
their steps and outline tables, and the rendered catalogue.

The features are parsed with pytest-bdd's own parser, and ids, tiers and kinds are read from
the tags the way the suite reads them (``@id:``, ``@spec:``, tags.py), so the page names every
scenario and outline row as a run and an expectations file do. Parsing ~130 feature files and
rendering the catalogue takes about a second, longer than a report may take to write, so the
result is kept between runs (spec_cache.py), under a name made of the bytes it is built from.
"""

from __future__ import annotations

from pathlib import Path

from ..paths import CATALOGUE, FEATURES
from . import spec_cache

HARNESS = Path(__file__).resolve().parent.parent  # the vocabulary (tags.py) and the area order (contract.py)


def load_spec(features: Path = FEATURES, catalogue: Path = CATALOGUE) -> dict:
    """The spec model of these folders, from the cache when the files have not changed."""
    files = sorted(Path(features).rglob("*.feature"))
    sources = [*files, Path(catalogue) / "behaviors.md", Path(catalogue) / "version-diffs.md", Path(__file__),
               Path(__file__).with_name("catalogue_html.py"), HARNESS / "tags.py", HARNESS / "contract.py"]
    key = spec_cache.key_of(sources, Path(features))
    model = spec_cache.read(key)
    if model is None:
        model = build_spec(Path(features), files, Path(catalogue))
        spec_cache.write(key, model)
    return model


def build_spec(features: Path, files: list[Path], catalogue: Path) -> dict:
    # Here: a cache hit needs neither pytest nor pytest-bdd (tags.py imports pytest).
    from pytest_bdd.parser import FeatureParser

    from .. import tags
    from .catalogue_html import render_catalogue

    by_area: dict[str, list[dict]] = {}
    for path in files:
        feature = FeatureParser(str(features), str(path.relative_to(features))).parse()
        model = _feature(feature, path.relative_to(features).as_posix(), tags)
        by_area.setdefault(model["area"], []).append(model)
    order = [a for a in tags.AREAS if a in by_area] + sorted(a for a in by_area if a not in tags.AREAS)
    return {"areas": [{"name": area, "meaning": tags.AREA_MEANINGS.get(area, ""), "features": by_area[area]}
                      for area in order],
            "tiers": dict(tags.TIERS),
            "catalogue": render_catalogue(catalogue / "behaviors.md", catalogue / "version-diffs.md")}


def _feature(feature, rel_path: str, tags) -> dict:
    area = next((a for a in tags.AREAS if a in feature.tags), rel_path.split("/")[0])
    rule, source, versions = [], None, None
    for line in feature.description.strip().splitlines():
        line = line.strip()
        if line.startswith("Source:"):
            source = line.removeprefix("Source:").strip()
        elif line.startswith("Versions:"):
            versions = line.removeprefix("Versions:").strip()
        elif line:
            rule.append(line)
    templates = sorted(feature.scenarios.values(), key=lambda t: t.line_number)
    background = feature.background.steps if feature.background else []
    return {
        "file": rel_path,
        "line": feature.line_number,
        "name": feature.name,
        "area": area,
        "tags": sorted(feature.tags),
        "rule": " ".join(rule),
        "source": source,
        "versions": versions,
        "background": [_step(step) for step in background],
        "scenarios": [_scenario(t, feature, tags) for t in templates],
    }


def _scenario(template, feature, vocabulary) -> dict:
    tags = set(template.tags) | set(feature.tags)
    id_prefix, spec_prefix = vocabulary.ID_PREFIX, vocabulary.SPEC_PREFIX
    ids = sorted(t[len(id_prefix):] for t in template.tags if t.startswith(id_prefix))
    rule = template.rule
    return {
        "id": ids[0] if ids else f"(no id) {template.name}",
        "title": template.name,
        "keyword": template.keyword,
        "line": template.line_number,
        "tier": next((t for t in vocabulary.TIERS if t in tags), None),
        "kinds": [k for k in vocabulary.KINDS if k in tags],
        "spec": sorted(t[len(spec_prefix):] for t in template.tags if t.startswith(spec_prefix)),
        "rule": {"name": rule.name, "description": rule.description.strip()} if rule else None,
        # Its own steps (a Rule's background's first): the feature's background is shown once, above.
        "steps": [_step(s) for s in template.steps if s.background is None or s.background is not feature.background],
        "examples": [_examples(examples) for examples in template.examples],
    }


def _step(step) -> dict:
    table = step.datatable.raw() if step.datatable is not None else None
    return {"keyword": step.keyword, "text": step.name, "line": step.line_number,
            "docstring": step.docstring, "table": [list(map(str, row)) for row in table] if table else None}


def _examples(examples) -> dict:
    # A row's id is pytest-bdd's param id, the join of spec_index._row_ids: "<id>[<row id>]".
    rows = [{"id": "-".join(context.values()), "values": list(context.values())}
            for context in examples.as_contexts()]
    return {"name": examples.name or "", "line": examples.line_number, "header": list(examples.example_params),
            "rows": rows}


def scenarios_of(model: dict):
    """Every (area, feature, scenario) of the model, in page order."""
    for area in model["areas"]:
        for feature in area["features"]:
            for scenario in feature["scenarios"]:
                yield area, feature, scenario

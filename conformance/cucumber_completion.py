"""Every scenario of the run in the Cucumber JSON file (``--cucumberjson``), not only those whose
steps ran.

pytest-bdd writes a scenario into that file only from the report of its call: one skipped in
setup (UNSUPPORTED, an area the manifest leaves out; SKIP, a @live_only scenario in-process or
one an expectations file skips) or that errored there is missing, and a strict XPASS reads as
passed. After pytest-bdd has written the file, this rewrites it with every scenario that ran,
in the run's order: a missing one with its steps ``skipped`` (``failed`` for an ERROR) and the
reason (``UNSUPPORTED: ...``) as the first step's ``error_message``, an XPASS with its last
step ``failed``. Under pytest-xdist the file is the controller's, which sees no scenario: it is
left as pytest-bdd wrote it.
"""

from __future__ import annotations

import json
import os

from pytest_bdd.scenario import scenario_wrapper_template_registry

from .report_files import reason


def complete(session, results: dict) -> None:
    """Rewrite the run's Cucumber JSON file so that it holds every result of ``results`` (by nodeid)."""
    option = getattr(session.config.option, "cucumber_json_path", None)
    if not option or hasattr(session.config, "workerinput"):
        return
    path = os.path.normpath(os.path.abspath(os.path.expanduser(os.path.expandvars(option))))
    try:
        with open(path, encoding="utf-8") as written:
            features = json.load(written)
    except (OSError, ValueError):
        return  # pytest-bdd did not write it: nothing to complete
    known = {(feature["uri"], element["id"]): element for feature in features for element in feature["elements"]}
    ordered: dict[str, dict] = {}
    placed = set()
    for item in session.items:
        result, template = results.get(item.nodeid), scenario_wrapper_template_registry.get(getattr(item, "obj", None))
        if result is None or not result.reported or template is None:
            continue
        uri = template.feature.rel_filename
        element = known.get((uri, item.name)) or _element(item, template, result)
        placed.add((uri, item.name))
        if result.outcome == "XPASS" and element["steps"]:
            element["steps"][-1]["result"].update(status="failed", error_message=reason("XPASS", result.message))
        if uri not in ordered:
            ordered[uri] = next((dict(f, elements=[]) for f in features if f["uri"] == uri), None) \
                or _feature(template.feature)
        ordered[uri]["elements"].append(element)
    for feature in features:  # anything pytest-bdd wrote that the run's items do not name stays
        for element in feature["elements"]:
            if (feature["uri"], element["id"]) not in placed:
                ordered.setdefault(feature["uri"], dict(feature, elements=[]))["elements"].append(element)
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps(list(ordered.values())))  # dumps: the C encoder, five times faster


def _element(item, template, result) -> dict:
    callspec = getattr(item, "callspec", None)
    example = callspec.params.get("_pytest_bdd_example", {}) if callspec else {}
    scenario = template.render(example)
    status = "failed" if result.outcome == "ERROR" else "skipped"
    said = reason(result.outcome, result.message)
    steps = [{"keyword": step.keyword, "name": step.name, "line": step.line_number, "match": {"location": ""},
              "result": {"status": "skipped", "duration": 0}} for step in scenario.steps]
    if steps:
        steps[0]["result"].update(status=status, error_message=said)
    return {"keyword": scenario.keyword, "id": item.name, "name": scenario.name, "line": scenario.line_number,
            "description": scenario.description, "tags": _tags(scenario.tags, scenario.line_number),
            "type": "scenario", "steps": steps}


def _feature(feature) -> dict:
    uri = feature.rel_filename
    return {"keyword": feature.keyword, "uri": uri, "name": feature.name or uri, "id": uri.lower().replace(" ", "-"),
            "line": feature.line_number, "description": feature.description, "language": feature.language,
            "tags": _tags(feature.tags, feature.line_number), "elements": []}


def _tags(tags, line: int) -> list[dict]:
    # As pytest-bdd writes them: the tags' own lines are not kept, the line above is close.
    return [{"name": tag, "line": line - 1} for tag in sorted(tags)]

"""The JUnit XML and Cucumber JSON files of a supervised run (``-- --junitxml=PATH
--cucumberjson=PATH``), completed with the scenarios that no child process wrote into them.

Each child pytest writes those files when its session ends, over the file of the child before
it. A child stopped for a TIMEOUT or a CRASH writes nothing, and the fresh child that goes on
writes only the scenarios it ran; under pytest-xdist, pytest-bdd's Cucumber JSON holds no
scenario at all (its controller sees none of pytest-bdd's step reports). The supervisor has
every scenario's record, so after the run the files get the missing ones, in the run's order:
in JUnit a testcase with its scenario_id and spec properties and a failure, error or skipped
element with the message; in Cucumber an element whose steps are read from the feature file.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

from .failure_blocks import example_row, fill
from .feature_text import read_feature, read_scenario
from .paths import FEATURES

JUNIT_OPTIONS = ("--junitxml", "--junit-xml")
CUCUMBER_OPTIONS = ("--cucumberjson", "--cucumber-json")
#: The JUnit element of each outcome (pytest's own mapping: an XPASS fails, an XFAIL is skipped).
JUNIT_ELEMENT = {"FAIL": "failure", "XPASS": "failure", "TIMEOUT": "failure", "CRASH": "failure", "ERROR": "error",
                 "XFAIL": "skipped", "SKIP": "skipped", "UNSUPPORTED": "skipped"}
_COUNTER = {"failure": "failures", "error": "errors", "skipped": "skipped"}
#: Outcomes whose message does not say which they are: pytest's own reports name them so.
LABELLED = ("UNSUPPORTED", "TIMEOUT", "CRASH", "XPASS")


def reason(outcome: str, message: str | None) -> str:
    """The message as the files give it: ``UNSUPPORTED: the app's manifest does not declare ...``."""
    message = message or ""
    return f"{outcome}: {message}" if outcome in LABELLED or not message else message


def complete_report_files(extra: list[str], records: list[dict]) -> None:
    """Add to the files that the pytest arguments ``extra`` name the scenarios of ``records`` they lack."""
    for path in _paths(extra, JUNIT_OPTIONS):
        complete_junit(path, records)
    for path in _paths(extra, CUCUMBER_OPTIONS):
        complete_cucumber(path, records)


def _paths(extra: list[str], options: tuple[str, ...]) -> list[str]:
    found = []
    for index, arg in enumerate(extra):
        name, equals, value = arg.partition("=")
        if name in options:
            value = value if equals else (extra[index + 1] if index + 1 < len(extra) else "")
            if value:  # as pytest and pytest-bdd resolve it, from the directory of the run
                found.append(os.path.normpath(os.path.abspath(os.path.expanduser(os.path.expandvars(value)))))
    return found


def _test_name(record: dict) -> str:
    return record.get("nodeid", "").rpartition("::")[2] or f"test_{record['id']}"


def complete_junit(path: str, records: list[dict]) -> None:
    try:
        tree = ET.parse(path)
    except (OSError, ET.ParseError):
        tree = ET.ElementTree(ET.Element("testsuites", name="pytest tests"))
    root = tree.getroot()
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    if suite is None:
        suite = ET.SubElement(root, "testsuite", name="pytest", errors="0", failures="0", skipped="0", tests="0")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    missing = [r for r in records if _test_name(r) not in cases]
    if not missing:
        return
    for record in missing:
        cases[_test_name(record)] = _testcase(suite, record)
    for case in suite.findall("testcase"):
        suite.remove(case)
    named = [_test_name(r) for r in records]
    suite.extend([cases.pop(name) for name in named if name in cases] + list(cases.values()))
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _testcase(suite, record: dict) -> ET.Element:
    module = record.get("nodeid", "").partition("::")[0].removesuffix(".py").replace("/", ".")
    case = ET.Element("testcase", classname=module, name=_test_name(record), time=f"{record.get('duration', 0):.3f}")
    properties = ET.SubElement(case, "properties")
    ET.SubElement(properties, "property", name="scenario_id", value=record["id"])
    for spec in record.get("spec", []):
        ET.SubElement(properties, "property", name="spec", value=spec)
    kind = JUNIT_ELEMENT.get(record["outcome"])
    if kind is not None:
        message = reason(record["outcome"], record.get("message"))
        outcome = ET.SubElement(case, kind, message=message.splitlines()[0])
        outcome.text = message
        counter = _COUNTER[kind]
        suite.set(counter, str(int(suite.get(counter, "0")) + 1))
    suite.set("tests", str(int(suite.get("tests", "0")) + 1))
    return case


def complete_cucumber(path: str, records: list[dict]) -> None:
    try:
        with open(path, encoding="utf-8") as written:
            features = json.load(written)
    except (OSError, ValueError):
        features = []
    known = {(f["uri"], e["id"]) for f in features for e in f["elements"]}
    missing = [r for r in records if r.get("file") and (r["file"], _test_name(r)) not in known]
    if not missing:
        return
    by_uri = {f["uri"]: f for f in features}
    elements = {(f["uri"], e["id"]): e for f in features for e in f["elements"]}
    for record in missing:
        element = _element(record)
        if element is not None:
            elements[(record["file"], _test_name(record))] = element
    ordered: dict[str, dict] = {}
    for uri, name in [*((r["file"], _test_name(r)) for r in records if r.get("file")), *elements]:
        if (uri, name) in elements:
            if uri not in ordered:
                ordered[uri] = dict(by_uri[uri], elements=[]) if uri in by_uri else _feature(uri)
            ordered[uri]["elements"].append(elements.pop((uri, name)))
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps(list(ordered.values())))  # dumps: the C encoder, five times faster


def _feature(uri: str) -> dict:
    feature = read_feature(FEATURES / uri)
    line = feature.line if feature else 1
    return {"keyword": feature.keyword if feature else "Feature", "uri": uri, "name": feature.name if feature else uri,
            "id": uri.lower().replace(" ", "-"), "line": line, "description": feature.description if feature else "",
            "language": "en", "tags": [{"name": tag, "line": line - 1} for tag in (feature.tags if feature else [])],
            "elements": []}


def _element(record: dict) -> dict | None:
    scenario = read_scenario(FEATURES / record["file"], record.get("line") or 0)
    if scenario is None:
        return None
    values = example_row(scenario, record["id"])[1]
    keyword, _, name = scenario.heading.partition(":")
    outcome, failed = record["outcome"], (record.get("failed_step") or {}).get("line")
    said = reason(outcome, record.get("message"))
    # Which steps ran is known when one failed (or none did); else the first step carries the reason.
    ran = outcome in ("PASS", "XPASS") or failed is not None
    steps, status = [], "passed" if ran else "skipped"
    for index, step in enumerate(scenario.steps):
        result: dict = {"status": status, "duration": 0}
        if step.line == failed or (not ran and index == 0):
            result = {"status": "skipped" if outcome in ("XFAIL", "SKIP", "UNSUPPORTED") else "failed",
                      "duration": 0, "error_message": said}
            status = "skipped"
        steps.append({"keyword": step.keyword, "name": fill(step.text, values), "line": step.line,
                      "match": {"location": ""}, "result": result})
    if outcome == "XPASS" and steps:
        steps[-1]["result"] = {"status": "failed", "duration": 0, "error_message": said}
    return {"keyword": keyword, "id": _test_name(record), "name": fill(name.strip(), values), "line": record["line"],
            "description": "", "tags": [{"name": tag, "line": record["line"] - 1} for tag in sorted(scenario.tags)],
            "type": "scenario", "steps": steps}


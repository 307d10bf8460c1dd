"""What the pages' self-tests look at: a report built from a run on a mutant, results files of
the version matrix, and the text of one element of a page."""

from __future__ import annotations

import functools
import json
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from selftests.suite_runs import ROOT, cli

MUTANT = "selftests.mutants.strict_slashes.slashes_not_merged:create_app()"
#: The outline row the mutant fails: the reference app redirects it with 308, the mutant gives 404.
FAILING_ROW = "strict_slashes.merge_slashes[/slashes/a//b]"

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the suite's own dependency on 3.10
    import tomli as tomllib


@functools.cache
def mutant_report() -> tuple[Path, Path, str]:
    """``flask-conformance run --report`` on the mutant, once per session: (report, results, output)."""
    folder = Path(tempfile.mkdtemp(prefix="conformance-pages-"))
    report, results = folder / "report.html", folder / "results.jsonl"
    done = cli("run", "--app", MUTANT, "--report", report, "--results", results, "--", "-m", "strict_slashes")
    output = done.stdout + done.stderr
    assert done.returncode == 1, f"the mutant run exited {done.returncode}:\n{output[-3000:]}"
    assert report.is_file(), f"no report was written:\n{output[-3000:]}"
    return report, results, output


def version_results(folder: Path) -> list[Path]:
    """Results files of the version matrix as its envs write them when each passes: every
    scenario of the spec PASS, but XFAIL (with the reason) where ``versions/<env>.toml`` lists it."""
    from flask_conformance.pages.spec_model import load_spec, scenarios_of

    model = load_spec()
    written = []
    for env in ("flask22", "flask23", "flask30", "flask310", "flask31"):
        expected = tomllib.loads((ROOT / "versions" / f"{env}.toml").read_text(encoding="utf-8"))
        flask, werkzeug = _pins(env)
        run = {"record": "run", "format": 1, "app": "flask_conformance.reference_app:create_app()",
               "transport": "wsgi", "implementation": {"name": "flask", "version": flask, "werkzeug": werkzeug},
               "werkzeug": werkzeug, "expectations": str(ROOT / "versions" / f"{env}.toml")}
        lines = [run]
        for area, feature, scenario in scenarios_of(model):
            rows = [f"{scenario['id']}[{r['id']}]" for b in scenario["examples"] for r in b["rows"]] or [scenario["id"]]
            for record_id in rows:
                entry = expected.get(record_id) or expected.get(scenario["id"])
                lines.append({"record": "scenario", "id": record_id, "feature": feature["name"], "area": area["name"],
                              "title": scenario["title"], "outcome": "XFAIL" if entry else "PASS",
                              "message": "AssertionError: as listed" if entry else "",
                              **({"expected": {"outcome": "fail", "reason": entry["reason"]}} if entry else {})})
        path = folder / f"{env}.jsonl"
        path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
        written.append(path)
    return written


def _pins(env: str) -> tuple[str, str]:
    name = "reference.txt" if env == "flask31" else f"{env}.txt"
    text = (ROOT / "constraints" / name).read_text(encoding="utf-8")
    return tuple(re.search(rf"^{dist}==(\S+)", text, re.M).group(1) for dist in ("flask", "werkzeug"))


class _ElementText(HTMLParser):
    def __init__(self, element_id: str):
        super().__init__()
        self.element_id, self.depth, self.parts, self.found = element_id, 0, [], False

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag not in ("br", "input", "meta", "img")
        elif dict(attrs).get("id") == self.element_id:
            self.depth, self.found = 1, True

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def element_text(html: str, element_id: str) -> str | None:
    """The text of the element with this id (None when the page has none)."""
    parser = _ElementText(element_id)
    parser.feed(html)
    return "".join(parser.parts) if parser.found else None

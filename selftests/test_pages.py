"""The spec, report and matrix pages as HTML: what each shows, what they escape, which ids
they anchor, and that they load nothing. The same pages in a real browser:
test_pages_browser.py."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from flask_conformance.pages import spec_cache, spec_model
from flask_conformance.pages.matrix import matrix_page, write_matrix
from flask_conformance.pages.report import report_page
from flask_conformance.pages.spec import spec_page
from flask_conformance.pages.spec_model import load_spec, scenarios_of
from flask_conformance.spec_index import scenario_ids

from selftests.page_runs import FAILING_ROW, element_text, mutant_report, version_results
from selftests.suite_runs import ROOT, cli, read_results

RUN = {"record": "run", "format": 1, "app": "mypkg:create_app()", "transport": "live", "server": "waitress",
       "implementation": {"name": "myflask", "version": "9.1"}, "expectations": "deviations.toml",
       "stack": {"flask": {"version": "9.1", "source": "local /src/flask"}, "werkzeug": None},
       "started": "2026-12-01T00:00:00Z", "duration": 1.5, "counts": {"PASS": 1, "FAIL": 1}}


@pytest.fixture(scope="module")
def model():
    return load_spec()


def _record(record_id, outcome, **fields):
    return {"record": "scenario", "id": record_id, "outcome": outcome, "message": fields.pop("message", ""),
            "duration": 0.01, **fields}


def test_the_report_of_a_mutant_run_shows_what_was_expected_and_what_came(tmp_path):
    report, results, output = mutant_report()
    html = report.read_text(encoding="utf-8")
    block = element_text(html, "failure-" + FAILING_ROW)
    assert block is not None, "the failing row has no failure block"
    record = next(r for r in read_results(results)[1] if r["id"] == FAILING_ROW)
    assert record["outcome"] == "FAIL"
    assert record["message"] in block
    # The steps' message says both sides: the reference's 308 against the mutant's 404.
    expected = re.search(r"expected\s*(status 308)", block)
    observed = re.search(r"observed\s*(GET /slashes/a//b -> 404 NOT FOUND)", block)
    assert expected and observed, block
    if record.get("exchange"):  # the suites that record the exchange show it too
        assert "GET " in block and "404" in block.split("the response", 1)[-1]
    if record.get("failed_step"):
        assert record["failed_step"]["text"] in block
    assert "report: " + str(report) in output


def test_the_spec_anchors_every_scenario_row_and_catalogue_entry(model):
    html = spec_page(model)
    ids = {unescape(found) for found in re.findall(r' id="([^"]+)"', html)}
    for scenario_id, rows in scenario_ids().items():
        assert scenario_id in ids
        assert {f"{scenario_id}[{row}]" for row in rows} <= ids
    cited = {s for _, _, scenario in scenarios_of(model) for s in scenario["spec"]}
    assert {"spec-" + s for s in cited} <= ids, "a cited catalogue id has no entry"
    assert {"catalogue", "version-diffs"} <= ids
    assert 'href="#spec-SLASH-6"' in html


def test_the_spec_shows_rules_versions_tiers_and_the_notes_wording(model):
    html = spec_page(model)
    merged = element_text(html, "feature-strict_slashes/merged_slashes.feature")
    assert "Versions: Werkzeug before 3.1.7 merges only a double slash" in merged
    assert "A path with repeated slashes redirects with 308" in merged
    scenario = element_text(html, "strict_slashes.merge_slashes")
    assert "core" in scenario and "SLASH-6" in scenario and "/slashes/a///b" in scenario
    short_circuit = element_text(html, "feature-hooks/short_circuit.feature")
    assert "If before_request returns something, nothing else runs" in short_circuit  # NOTE-10's own words


def test_pages_load_nothing(model, tmp_path):
    pages = [spec_page(model), report_page(model, RUN, [_record(FAILING_ROW, "FAIL")]),
             matrix_page([(str(p), *read_results(p)) for p in version_results(tmp_path)])]
    for html in pages:
        assert "default-src 'none'" in html
        assert not re.search(r"<(link|img|iframe|object|embed|source|video|audio)\b|<script [^>]*src=| src=\"", html)
        style = html.split("<style>", 1)[1].split("</style>", 1)[0]
        assert "url(" not in style and "@import" not in style and "@font-face" not in style


def test_a_failure_block_shows_the_step_the_request_and_the_response(model):
    exchange = {"request": {"method": "GET", "url": "http://localhost/slashes/a//b", "headers": [["Host", "localhost"]],
                            "body": ""},
                "response": {"status": 404, "reason": "NOT FOUND", "headers": [["Content-Type", "text/html"]],
                             "body": "<h1>Not Found</h1>"}}
    step = {"index": 1, "keyword": "Then", "text": "the status is 308", "line": 11}
    record = _record(FAILING_ROW, "FAIL", message="AssertionError: expected status 308, got 404",
                     file="strict_slashes/merged_slashes.feature", line=9, failed_step=step, exchange=exchange)
    html = report_page(model, RUN, [record])
    block = element_text(html, "failure-" + FAILING_ROW)
    assert "features/strict_slashes/merged_slashes.feature:9" in block
    assert "Failed at step 2: Then the status is 308 (line 11)" in block
    assert "GET http://localhost/slashes/a//b\nHost: localhost" in block
    assert "404 NOT FOUND\nContent-Type: text/html\n\n<h1>Not Found</h1>" in block
    assert "&lt;h1&gt;Not Found" in html and "<h1>Not Found</h1>" not in html
    assert re.search(r'<li class="failed"[^>]*><span class="kw">Then</span> the status is 308', html)


def test_the_report_works_from_records_without_the_newer_fields(model):
    records = [_record("strict_slashes.redirect_308", "PASS"), _record(FAILING_ROW, "XFAIL", message="404",
               expected={"outcome": "fail", "reason": "merging is off in this fork", "link": None}),
               _record("strict_slashes.rule_not_strict[/slashes/loose/]", "UNSUPPORTED", message="not declared"),
               _record("gone.scenario", "FAIL", message="<script>alert(1)</script>", title="A removed scenario")]
    html = report_page(model, RUN, records)
    assert "merging is off in this fork" in element_text(html, "failure-" + FAILING_ROW)
    assert "NOT RUN" in element_text(html, "strict_slashes.merge_slashes[/slashes/a///b]")
    assert "A removed scenario" in element_text(html, "area-other")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html
    header = element_text(html, "report-header") or html
    for shown in ("mypkg:create_app()", "live", "waitress", "myflask 9.1", "local /src/flask", "deviations.toml"):
        assert shown in header
    assert 'id="area-hooks"' not in html, "an area the run did not touch is left out"


def test_the_matrix_shows_versions_reasons_and_unsupported_apart(tmp_path, model):
    files = version_results(tmp_path)
    partial = tmp_path / "partial.jsonl"
    run, records = read_results(files[-1])
    records = [dict(r, outcome="UNSUPPORTED") if r["area"] != "strict_slashes" else r for r in records]
    partial.write_text("".join(json.dumps(x) + "\n" for x in [run, *records]), encoding="utf-8")
    out = tmp_path / "matrix.html"
    write_matrix(str(out), [*map(str, files), str(partial)])
    html = out.read_text(encoding="utf-8")
    assert "flask 2.2.5" in html and "Werkzeug 2.2.3" in html and "expectations: flask22.toml" in html
    cell = element_text(html, "strict_slashes.merge_slashes")
    assert "XFAIL" in cell and "Werkzeug 3.1.7" in cell  # the reason of versions/flask22.toml
    slashes = sum(1 for r in records if r["area"] == "strict_slashes")
    assert f"{slashes}/{slashes} {len(records) - slashes} unsupported" in element_text(html, "matrix-total")


def test_a_file_that_is_not_results_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"record": "run"}\nnot json\n', encoding="utf-8")
    done = cli("matrix", bad, "-o", tmp_path / "m.html")
    assert done.returncode == 2
    assert f"{bad}:2: not a JSON line" in done.stderr


def test_the_spec_model_is_rebuilt_only_when_its_files_change(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    features = tmp_path / "features"
    (features / "hooks").mkdir(parents=True)
    source = ROOT / "features" / "hooks" / "teardown.feature"
    (features / "hooks" / "teardown.feature").write_bytes(source.read_bytes())
    catalogue = ROOT / "catalogue"
    first = load_spec(features, catalogue)
    assert list(spec_cache.cache_dir().glob("spec-*.json"))

    def no_build(*args):
        raise AssertionError("the model was built again")

    monkeypatch.setattr(spec_model, "build_spec", no_build)
    assert load_spec(features, catalogue) == first
    (features / "hooks" / "teardown.feature").write_bytes(source.read_bytes() + b"\n")
    with pytest.raises(AssertionError, match="built again"):
        load_spec(features, catalogue)


def test_a_report_is_written_even_when_the_spec_cannot_be_read(tmp_path, monkeypatch):
    from flask_conformance.pages import report

    def broken():
        raise OSError("features/ is gone")

    monkeypatch.setattr(report, "load_spec", broken)
    out = tmp_path / "report.html"
    report.write_report(str(out), RUN, [_record(FAILING_ROW, "FAIL", message="expected status 308, got 404")])
    html = out.read_text(encoding="utf-8")
    assert "The spec could not be read here (OSError: features/ is gone)" in html
    assert "expected status 308, got 404" in element_text(html, "failure-" + FAILING_ROW)

"""The spec, report and matrix pages in a real headless Chromium (Debian's ``chromium``; .ci/run
installs it): each loads with no console error and no request but its own file, its filters
show the rows they should, a scenario's anchor brings it to the top, and screenshots of the
matrix and of a failing scenario in the report are kept in ``artifacts/`` (and, with
CONFORMANCE_DOCS_SCREENSHOTS=1, written over ``docs/matrix.png`` and ``docs/report-failure.png``
for the README)."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from flask_conformance.pages.matrix import write_matrix
from flask_conformance.pages.spec import write_spec

from selftests import browser
from selftests.page_runs import FAILING_ROW, mutant_report, version_results
from selftests.suite_runs import ROOT

pytestmark = pytest.mark.skipif(not browser.available(), reason=f"no Chromium at {browser.CHROMIUM}: the browser "
                                "checks need Debian's chromium package (apt-get install chromium; .ci/run installs it)")
ARTIFACTS = ROOT / "artifacts"
VISIBLE = "Array.from(document.querySelectorAll({!r})).filter(e => e.offsetParent !== null)"


@pytest.fixture(scope="module")
def chromium():
    instance = browser.Chromium()
    yield instance
    instance.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    write_spec(str(folder / "spec.html"))
    write_matrix(str(folder / "matrix.html"), [str(p) for p in version_results(folder)])
    return {"spec": folder / "spec.html", "report": mutant_report()[0], "matrix": folder / "matrix.html"}


@pytest.fixture
def page(chromium):
    return chromium.page(1280, 900)


def _keep(name: str, shot) -> None:
    shot(ARTIFACTS / name)
    if os.environ.get("CONFORMANCE_DOCS_SCREENSHOTS") == "1":
        shutil.copyfile(ARTIFACTS / name, ROOT / "docs" / name)


@pytest.mark.parametrize("name", ["spec", "report", "matrix"])
def test_a_page_loads_without_errors_or_requests(page, pages, name):
    url = pages[name].as_uri()
    page.open(url)
    assert page.console_errors() == []
    assert page.requests() == [url], "the page asked for more than its own file"
    assert page.evaluate("document.querySelectorAll('.scenario, .mrow.scen').length") > 10


def test_the_checks_see_a_console_error_and_a_request(page, tmp_path):
    # The control: a page that loads an image (from the discard port of this machine) is seen
    # to request it, and the same with the pages' own policy is seen to be refused.
    from flask_conformance.pages.page_html import CSP

    image = '<img src="http://127.0.0.1:9/x.png">'
    plain, strict = tmp_path / "plain.html", tmp_path / "strict.html"
    plain.write_text(f"<!doctype html><title>x</title>{image}", encoding="utf-8")
    strict.write_text(f'<!doctype html><meta http-equiv="Content-Security-Policy" content="{CSP}">{image}',
                      encoding="utf-8")
    page.open(plain.as_uri())
    assert "http://127.0.0.1:9/x.png" in page.requests()
    page.open(strict.as_uri())
    assert any("Content Security Policy" in e for e in page.console_errors()), page.console_errors()


def _set(page, selector: str, script: str) -> None:
    page.evaluate(f"(() => {{ const c = document.querySelector({selector!r}); {script}; "
                  "c.dispatchEvent(new Event(c.type === 'search' ? 'input' : 'change')); })()")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_the_spec_filters_by_text_area_and_tier(page, pages):
    page.open(pages["spec"].as_uri())
    _set(page, "#search", "c.value = 'merge_slashes'")
    assert page.evaluate(VISIBLE.format(".scenario") + ".map(e => e.id)") == ["strict_slashes.merge_slashes"]
    _set(page, "#search", "c.value = ''")
    _set(page, "#f-area", "c.value = 'hooks'")
    areas = page.evaluate(VISIBLE.format(".scenario") + ".map(e => e.dataset.area)")
    assert areas and set(areas) == {"hooks"}
    _set(page, "#f-area", "c.value = ''")
    _set(page, "#f-tier", "c.value = 'flask'")
    tiers = page.evaluate(VISIBLE.format(".scenario") + ".map(e => e.dataset.tier)")
    assert tiers and set(tiers) == {"flask"}
    assert page.evaluate("document.getElementById('count').textContent").startswith(f"{len(tiers)} of ")


def test_the_report_filters_by_outcome(page, pages):
    page.open(pages["report"].as_uri())
    page.evaluate("document.querySelector('button[data-outcomes^=FAIL]').click()")
    shown = page.evaluate(VISIBLE.format(".scenario") + ".map(e => e.id)")
    assert shown == ["strict_slashes.merge_slashes"]
    rows = page.evaluate(VISIBLE.format(".scenario tr[data-outcome]") + ".map(e => e.dataset.outcome)")
    assert rows == ["FAIL", "FAIL"]
    page.evaluate("document.querySelector('button[data-outcomes=\"*\"]').click()")
    assert len(page.evaluate(VISIBLE.format(".scenario"))) > 1


def test_a_scenario_anchor_scrolls_to_it_even_when_filtered_out(page, pages):
    target = "strict_slashes.rule_not_strict"
    page.open(pages["spec"].as_uri() + "#" + target)
    top = page.evaluate(f"document.getElementById({target!r}).getBoundingClientRect().top")
    assert page.evaluate("window.scrollY") > 0 and 0 <= top < 200, top
    _set(page, "#f-area", "c.value = 'hooks'")
    page.evaluate("location.hash = '#strict_slashes.redirect_308'")
    page.evaluate("new Promise(r => setTimeout(r, 100))")
    top = page.evaluate("document.getElementById('strict_slashes.redirect_308').getBoundingClientRect().top")
    assert page.evaluate("document.getElementById('f-area').value") == "" and 0 <= top < 200, top


def test_the_matrix_shows_only_differences_and_opens_to_an_anchor(page, pages):
    page.open(pages["matrix"].as_uri() + "#sessions.partitioned")
    assert page.evaluate("document.getElementById('sessions.partitioned').offsetParent !== null")
    _set(page, "#f-differ", "c.checked = true")
    differs = page.evaluate(VISIBLE.format(".mrow.scen") + ".map(e => e.dataset.differs)")
    assert differs and set(differs) == {"1"}
    page.evaluate("window.scrollTo(0, 0)")
    _keep("matrix.png", page.screenshot)


def test_a_screenshot_of_a_failing_scenario(page, pages):
    page.open(pages["report"].as_uri() + "#strict_slashes.merge_slashes")
    block = json.dumps("failure-" + FAILING_ROW)
    assert page.evaluate(f"document.getElementById({block}).offsetParent !== null")
    _keep("report-failure.png", page.screenshot)

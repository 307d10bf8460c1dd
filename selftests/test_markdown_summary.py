"""``--summary-md PATH`` and GITHUB_STEP_SUMMARY: the counts, the unexpected results first with their
messages and failing steps, a link-free table by area; GitHub's file appended to, any other written."""

from __future__ import annotations

import re

from flask_conformance.markdown_summary import summary_markdown, write_summary

from selftests.report_runs import FAILING, STALE, partial_failing_run
from selftests.suite_runs import cli

RUN = {"record": "run", "app": "m:app()", "transport": "wsgi", "suite_version": "0.1.0", "contract_version": "1"}


def _record(scenario_id, outcome, area="hooks", message="", **more):
    return {"id": scenario_id, "outcome": outcome, "area": area, "feature": "F", "message": message, **more}


def test_a_run_writes_counts_then_the_unexpected_result_then_the_table():
    run = partial_failing_run()
    text = run.markdown
    assert not text.startswith(STALE) and STALE not in text
    assert text.startswith("## flask-conformance: 1 unexpected result(s)\n")
    assert "**42 scenarios**: PASS 15 · FAIL 1 · UNSUPPORTED 26" in text
    assert f"- **FAIL** `{FAILING}` at `features/strict_slashes/merged_slashes.feature:" in text
    assert "  failed at step 2: `Then the status is 308` (line " in text
    assert "  AssertionError: expected status 308, got GET /slashes/a//b -> 404 NOT FOUND" in text
    assert text.index("### Unexpected results (1)") < text.index("### By area")
    assert "| strict_slashes | 15/16 | . | 1 | . | . |" in text
    assert "| hooks | - | 26 | . | . | . |" in text and "| **all** | 15/16 | 26 | 1 | . | . |" in text
    assert not re.search(r"\]\(|https?://", text), "no links"


def test_github_step_summary_is_appended_to(tmp_path):
    step_summary = tmp_path / "step_summary.md"
    step_summary.write_text("## an earlier step\n", encoding="utf-8")
    done = cli("run", "-q", "--", "-k", "hooks.app_route_order", env={"GITHUB_STEP_SUMMARY": str(step_summary)})
    assert done.returncode == 0, done.stdout[-2000:]
    text = step_summary.read_text(encoding="utf-8")
    assert text.startswith("## an earlier step\n## flask-conformance: every result expected (1/1 passed)")


def test_the_step_summary_file_named_with_summary_md_is_appended_to_too(tmp_path, monkeypatch):
    path = tmp_path / "s.md"
    path.write_text("before\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(path))
    write_summary(str(path), RUN, [_record("hooks.a", "PASS")])
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "other.md"))
    write_summary(str(path), RUN, [_record("hooks.a", "PASS")])
    assert path.read_text(encoding="utf-8").count("## flask-conformance") == 1


def test_a_partial_implementation_reads_as_declared_and_unsupported():
    records = [_record(f"hooks.p{n}", "PASS") for n in range(5)]
    records += [_record(f"sessions.u{n}", "UNSUPPORTED", area="sessions") for n in range(114)]
    text = summary_markdown(RUN, records)
    assert "## flask-conformance: every result expected (5/5 declared passed, 114 unsupported)" in text


def test_expected_deviations_and_skips_have_their_own_columns():
    expected = {"outcome": "fail", "reason": "the fork's *own* way", "link": "https://example.test/1"}
    records = [_record("hooks.x", "XFAIL", expected=expected), _record("hooks.s", "SKIP", message="live_only"),
               _record("hooks.k", "SKIP", expected={**expected, "outcome": "skip"}), _record("hooks.p", "PASS")]
    text = summary_markdown(RUN, records)
    assert "| hooks | 1/4 | . | . | 2 | 1 |" in text
    assert "- XFAIL `hooks.x`: the fork's \\*own\\* way" in text and "example.test" not in text


def test_messages_with_backticks_keep_their_code_block_and_a_refused_run_says_why():
    message = "expected ```, got ````\n" + "\n".join(f"line {n}" for n in range(20))
    text = summary_markdown(RUN, [_record("hooks.a", "FAIL", message=message, failed_step={"keyword": "Then",
                                                                                          "text": "`odd`"})])
    assert "  `````text\n  expected ```, got ````\n" in text and "  ... (9 more lines in the results file)" in text
    assert "failed at `` Then `odd` ``" in text
    refused = summary_markdown({**RUN, "refused": "the manifest is not JSON"}, [])
    assert refused.startswith("## flask-conformance: the app cannot be checked")
    assert "Why: `the manifest is not JSON`" in refused and "No scenario ran." in refused

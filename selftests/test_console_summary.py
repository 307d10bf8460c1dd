"""The console summary: a failure block per unexpected result (file and line, the Gherkin steps with
the failing one marked, the message), pytest's tracebacks only when asked for, and UNSUPPORTED
counted apart in the table."""

from __future__ import annotations

import textwrap

import pytest
from flask_conformance import failure_blocks
from flask_conformance.cli import _parser, pytest_arguments
from flask_conformance.feature_text import read_scenario, table_cells
from flask_conformance.summary import summary_lines

from selftests.report_runs import FAILING, partial_failing_run

FEATURE = textwrap.dedent('''\
    @hooks
    Feature: A feature
      Its rule.

      Background:
        Given the contract route /hooks

      @id:hooks.outline
      Scenario Outline: An outline
        When the client sends GET <path>
        Then the body is exactly these lines, each ending with a newline:
          """
          one
          """
        And the headers include:
          | name   | value   |
          | X-Seen | <value> |

        Examples: first
          | path     | value        |
          | /a       | a \\| b       |

        @optional
        Examples: second
          | path | value |
          | /b   | b     |

      @id:hooks.plain
      Scenario: A plain scenario
        When the client sends GET /c
        Then the status is 200
    ''')


@pytest.fixture
def features(tmp_path, monkeypatch):
    (tmp_path / "hooks").mkdir()
    (tmp_path / "hooks" / "a.feature").write_text(FEATURE, encoding="utf-8")
    monkeypatch.setattr(failure_blocks, "FEATURES", tmp_path)
    return tmp_path


def _record(scenario_id, line, outcome="FAIL", message="AssertionError: expected 1, got 2", **more):
    return {"id": scenario_id, "outcome": outcome, "message": message, "file": "hooks/a.feature", "line": line,
            "area": "hooks", "feature": "A feature", **more}


def test_the_reader_finds_steps_their_arguments_and_the_examples_rows(features):
    scenario = read_scenario(features / "hooks" / "a.feature", 9)
    assert scenario.heading == "Scenario Outline: An outline"
    assert [(s.line, s.keyword, s.text) for s in scenario.steps] == [
        (10, "When", "the client sends GET <path>"),
        (11, "Then", "the body is exactly these lines, each ending with a newline:"),
        (15, "And", "the headers include:")]
    assert scenario.steps[1].argument == ['"""', "one", '"""']
    assert scenario.rows == [(21, {"path": "/a", "value": "a | b"}), (26, {"path": "/b", "value": "b"})]
    assert read_scenario(features / "hooks" / "a.feature", 10) is None  # a step line is no scenario
    assert read_scenario(features / "hooks" / "gone.feature", 9) is None
    assert table_cells(r"| a \| b | c\\d | e\nf |") == ["a | b", "c\\d", "e\nf"]


def test_a_block_marks_the_failing_step_of_the_outline_row_with_its_values(features):
    step = {"index": 3, "keyword": "And", "text": "the headers include:", "line": 15}
    lines = failure_blocks.failure_block(_record("hooks.outline[/a-a | b]", 9, failed_step=step))
    assert lines[0] == "FAIL hooks.outline[/a-a | b]  (features/hooks/a.feature:9, step at line 15)"
    assert lines[1] == "    Scenario Outline: An outline  (Examples row, line 21)"
    assert "      When the client sends GET /a" in lines
    assert "  >   And the headers include:" in lines
    assert "        | X-Seen | a | b |" in lines
    assert lines[-1] == "  AssertionError: expected 1, got 2"


def test_a_failing_background_step_is_shown_and_marked(features):
    step = {"index": 0, "keyword": "Given", "text": "the contract route /hooks", "line": 6}
    lines = failure_blocks.failure_block(_record("hooks.plain", 29, outcome="ERROR", failed_step=step))
    assert "  > (Background) Given the contract route /hooks" in lines
    assert "      When the client sends GET /c" in lines


def test_a_timeout_shows_the_steps_unmarked_and_a_long_message_shortened(features):
    message = "\n".join(f"line {n}" for n in range(30))
    lines = failure_blocks.failure_block(_record("hooks.plain", 29, outcome="TIMEOUT", message=message))
    assert not any(line.startswith("  > ") for line in lines)
    assert "      Then the status is 200" in lines
    assert lines[-1] == "  ... (18 more lines in the scenario's message)"


def test_a_record_without_file_or_line_still_gets_its_message():
    lines = failure_blocks.failure_block({"id": "x.y", "outcome": "CRASH", "message": "it died"})
    assert lines == ["CRASH x.y", "  it died"]


def test_a_bug_of_the_suite_says_where_its_traceback_is():
    message = "flask-conformance's own code raised KeyError: 'x' while calling the app for GET /c (...)"
    lines = failure_blocks.failure_block({"id": "x.y", "outcome": "ERROR", "message": message})
    assert lines[-1] == "  (pytest's traceback of it: run again with -- -v)"


def test_unsupported_is_counted_apart_from_the_declared(features):
    records = [_record(f"hooks.p{n}", 29, outcome="PASS", message="") for n in range(5)]
    records += [{**_record(f"sessions.u{n}", 1, outcome="UNSUPPORTED"), "area": "sessions", "feature": "S"}
                for n in range(114)]
    lines = summary_lines(records)
    header = next(line for line in lines if line.startswith("area"))
    assert header.split() == ["area", "feature", "passed/declared", "unsupported"]
    assert next(line for line in lines if line.startswith("hooks")).split()[-2:] == ["5/5", "."]
    assert next(line for line in lines if line.startswith("sessions")).split()[-2:] == ["-", "114"]
    assert next(line for line in lines if line.startswith("all")).split() == ["all", "5/5", "114"]
    assert "5/5 declared, 114 unsupported (the app's manifest does not declare sessions)" in lines


def test_without_unsupported_the_table_is_as_before(features):
    lines = summary_lines([_record("hooks.plain", 29, outcome="PASS", message="")])
    assert lines[0].split() == ["area", "feature", "passed"] and not any("declared" in line for line in lines)


def test_a_run_prints_the_block_and_no_traceback():
    run = partial_failing_run()
    summary = run.stdout.split("flask-conformance summary", 1)[1]
    assert f"FAIL {FAILING}  (features/strict_slashes/merged_slashes.feature:" in summary
    assert "  >   Then the status is 308" in summary and "      When the client sends GET /slashes/a//b" in summary
    assert summary.index(f"FAIL {FAILING}  (") < summary.index("1 unexpected result(s):") < summary.index("area")
    assert "15/16 declared, 26 unsupported (the app's manifest does not declare hooks)" in summary
    assert "= FAILURES =" not in run.stdout and "Traceback" not in run.stdout


@pytest.mark.parametrize(("extra", "tb"), [
    ([], "--tb=no"), (["-v"], "--tb=long"), (["-vv"], "--tb=long"), (["--tb=line"], None), (["-v", "--tb=short"], None),
])
def test_pytest_tracebacks_only_when_asked_for(extra, tb):
    argv = pytest_arguments(_parser().parse_args(["run"]), extra)
    added = [arg for arg in argv[:len(argv) - len(extra)] if arg.startswith("--tb")]
    assert added == ([tb] if tb else [])

"""The maintenance commands: regenerate an expectations file from results, prune the ids
the suite no longer has."""

from __future__ import annotations

import json

import pytest
from flask_conformance import toml_file
from flask_conformance.expectation_tools import prune, regenerate
from flask_conformance.expectations import (
    ExpectationsError,
    load_expectations,
)

from selftests.expectation_files import KNOWN, ROW, ROWS, VALID, write

# --- regenerate ---


def results_file(tmp_path, *scenarios, run=None):
    run = run or {"record": "run", "app": "myfork:create_app()", "flask": "3.0.3", "werkzeug": "3.0.1",
                  "started": "2025-01-02T03:04:05Z"}
    records = [run, *({"record": "scenario", "message": "", **scenario} for scenario in scenarios)]
    path = tmp_path / "results.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def scenario(id, outcome, message="", expected=None):
    return {"id": id, "outcome": outcome, "message": message, **({"expected": expected} if expected else {})}


RUN = [
    scenario("sessions.key_fallbacks_accepted", "FAIL", "AssertionError: status 500 != 200\nTraceback ..."),
    scenario("hooks.app_route_order", "XFAIL", "AssertionError",
             {"outcome": "fail", "reason": "hooks differ", "link": "https://example.org/1"}),
    scenario(f"defaults.passed_to_view[{ROWS[0]}]", "ERROR", "ConnectionError: " + "x" * 200),
    scenario(f"defaults.passed_to_view[{ROWS[1]}]", "FAIL", "AssertionError: body"),
    scenario('flashing.category_filter_selects[category_filter=error-["second"]]', "SKIP", "",
             {"outcome": "skip", "reason": 'hangs on "second"\x7f é'}),
    scenario("flashing.category_filter_selects[with_categories=1-[]]", "XPASS", "",
             {"outcome": "fail", "reason": "fixed since"}),
    scenario("strict_slashes.merge_slashes", "PASS"),
    scenario("strict_slashes.skipped", "SKIP", "skipped by -k"),
    scenario("strict_slashes.unsupported", "UNSUPPORTED", "area not declared"),
]


def test_regenerate_lists_failures_as_todos_and_keeps_expected_ones(tmp_path):
    text = regenerate(results_file(tmp_path, *RUN), KNOWN)
    assert toml_file.tomllib.loads(text) == {
        "defaults.passed_to_view": {"outcome": "fail", "reason": "TODO: ConnectionError: " + "x" * 80 + "..."},
        'flashing.category_filter_selects[category_filter=error-["second"]]': {
            "outcome": "skip", "reason": 'hangs on "second"\x7f é'},
        "hooks.app_route_order": {"outcome": "fail", "reason": "hooks differ", "link": "https://example.org/1"},
        "sessions.key_fallbacks_accepted": {"outcome": "fail", "reason": "TODO: AssertionError: status 500 != 200"},
    }


def test_regenerate_sorts_by_id_and_says_where_it_came_from(tmp_path):
    path = results_file(tmp_path, *RUN)
    text = regenerate(path, KNOWN)
    headers = [line for line in text.split("\n") if line.startswith("[")]
    assert headers == sorted(headers)
    assert text.startswith(f"# Expectations regenerated from {path} (app myfork:create_app(), flask 3.0.3, "
                           "werkzeug 3.0.1, started 2025-01-02T03:04:05Z).\n# Replace every TODO reason")


def test_regenerate_collapses_an_outline_only_when_every_row_is_listed_alike(tmp_path):
    rows = [scenario(f"defaults.passed_to_view[{row}]", "XFAIL", "", {"outcome": "fail", "reason": row})
            for row in ROWS]
    assert set(toml_file.tomllib.loads(regenerate(results_file(tmp_path, *rows), KNOWN))) == {
        f"defaults.passed_to_view[{row}]" for row in ROWS}
    assert set(toml_file.tomllib.loads(regenerate(results_file(tmp_path, *rows[:1]), KNOWN))) == {ROW}


def test_a_regenerated_file_is_refused_until_its_todos_are_written(tmp_path):
    path = write(tmp_path, regenerate(results_file(tmp_path, *RUN), KNOWN))
    with pytest.raises(ExpectationsError) as caught:
        load_expectations(path, KNOWN)
    assert [line.split(": ", 1)[1] for line in str(caught.value).split("\n")] == [
        '"defaults.passed_to_view": reason = "TODO: ConnectionError: ' + "x" * 80 + '..." is a TODO left by '
        "regenerate; replace it with the reason the implementation deviates",
        '"sessions.key_fallbacks_accepted": reason = "TODO: AssertionError: status 500 != 200" is a TODO left by '
        "regenerate; replace it with the reason the implementation deviates",
    ]
    path.write_text(path.read_text(encoding="utf-8").replace('"TODO: ', '"Known: '), encoding="utf-8")
    assert len(load_expectations(path, KNOWN).entries) == 4


def test_regenerate_refuses_a_file_that_is_not_a_results_file(tmp_path):
    path = tmp_path / "results.jsonl"
    path.write_text('{"record": "scenario"}\n', encoding="utf-8")
    with pytest.raises(ExpectationsError, match=r":1: not a results file"):
        regenerate(path, KNOWN)
    path.write_text('{"record": "run"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ExpectationsError, match=r":2: not a JSON Lines results file"):
        regenerate(path, KNOWN)
    with pytest.raises(ExpectationsError, match="no such results file"):
        regenerate(tmp_path / "missing.jsonl", KNOWN)


# --- prune ---

STALE = """\
# Deviations of my fork.

# Hook order differs.
["hooks.app_route_order"]
outcome = "fail"
reason = "hooks differ"

# This scenario was removed from the suite.
["hooks.removed_scenario"]
outcome = "fail"
reason = "gone"

["defaults.passed_to_view[/defaults/removed-row]"]
outcome = "skip"
reason = "gone too"
# Kept: its own comment.
["defaults.passed_to_view"]   # the whole outline
outcome = "fail"
reason = "kept"
"""


def test_prune_removes_only_unknown_ids_and_keeps_everything_else(tmp_path):
    path = write(tmp_path, STALE)
    assert prune(path, KNOWN) == [
        'removed "hooks.removed_scenario" (line 9): no such scenario',
        'removed "defaults.passed_to_view[/defaults/removed-row]" (line 13): "defaults.passed_to_view" has no row '
        '"/defaults/removed-row"; its rows are "/defaults/index-nid=888", "/defaults/users/-users page 1"',
    ]
    assert path.read_text(encoding="utf-8") == (
        '# Deviations of my fork.\n\n# Hook order differs.\n["hooks.app_route_order"]\noutcome = "fail"\n'
        'reason = "hooks differ"\n\n# Kept: its own comment.\n["defaults.passed_to_view"]   # the whole outline\n'
        'outcome = "fail"\nreason = "kept"\n')
    assert list(load_expectations(path, KNOWN).entries) == ["hooks.app_route_order", "defaults.passed_to_view"]


def test_prune_keeps_crlf_line_ends(tmp_path):
    path = tmp_path / "expectations.toml"
    path.write_bytes(STALE.replace("\n", "\r\n").encode())
    prune(path, KNOWN)
    assert path.read_bytes() == (b'# Deviations of my fork.\r\n\r\n# Hook order differs.\r\n["hooks.app_route_order"]'
                                 b'\r\noutcome = "fail"\r\nreason = "hooks differ"\r\n\r\n# Kept: its own comment.\r\n'
                                 b'["defaults.passed_to_view"]   # the whole outline\r\noutcome = "fail"\r\n'
                                 b'reason = "kept"\r\n')


def test_prune_leaves_a_file_without_stale_ids_alone(tmp_path):
    path = write(tmp_path, VALID)
    before = path.read_bytes()
    assert prune(path, KNOWN) == []
    assert path.read_bytes() == before


def test_prune_refuses_a_file_it_cannot_cut_safely(tmp_path):
    # A line inside a multi-line string that looks like a table header.
    text = '["hooks.removed_scenario"]\noutcome = "fail"\nreason = """x\n["hooks.app_route_order"]\n"""\n'
    path = write(tmp_path, text)
    with pytest.raises(ExpectationsError) as caught:
        prune(path, KNOWN)
    assert str(caught.value) == (f'{path}: prune could not cut out "hooks.removed_scenario" without touching the other '
                                 "entries, so the file is unchanged; delete those entries by hand")
    assert path.read_text(encoding="utf-8") == text


def test_prune_refuses_an_invalid_file(tmp_path):
    path = write(tmp_path, '["hooks.removed_scenario"\n')
    with pytest.raises(ExpectationsError, match=r":1: not valid TOML"):
        prune(path, KNOWN)

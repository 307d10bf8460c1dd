"""The expectations file: loading, validation, lookup, and the regenerate and prune commands.

Pure library tests: small files in tmp_path and a small ``KNOWN`` index, no suite run.
"""

from __future__ import annotations

import json
import textwrap

import pytest
from flask_conformance import expectations as expectations_module
from flask_conformance import toml_file
from flask_conformance.expectation_tools import prune, regenerate
from flask_conformance.expectations import (
    Expectation,
    ExpectationsError,
    load_expectations,
    table_keys,
)
from flask_conformance.spec_index import scenario_ids

ROWS = ["/defaults/index-nid=888", "/defaults/users/-users page 1"]
KNOWN = {
    "hooks.app_route_order": [],
    "sessions.key_fallbacks_accepted": [],
    "defaults.passed_to_view": ROWS,
    "flashing.category_filter_selects": ['category_filter=error-["second"]', "with_categories=1-[]"],
}
ROW = f"defaults.passed_to_view[{ROWS[0]}]"
VALID = """\
    # a comment
    ["hooks.app_route_order"]
    outcome = "fail"
    reason = "hooks run in another order"
    link = "https://example.org/1"

    ["defaults.passed_to_view"]
    outcome = "fail"
    reason = "every row"

    ["defaults.passed_to_view[/defaults/index-nid=888]"]
    outcome = "skip"
    reason = "crashes"
    when = { flask = ">=2.3,<3.1", werkzeug = "<4" }
"""


def write(tmp_path, text: str, name: str = "expectations.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path, text: str, known=KNOWN) -> tuple[str, str]:
    path = write(tmp_path, text)
    with pytest.raises(ExpectationsError) as caught:
        load_expectations(path, known)
    return str(path), str(caught.value)


def versions(**installed):
    return lambda name: installed.get(name)


# --- the spec index ---


def test_spec_index_has_plain_scenarios_and_outline_rows():
    ids = scenario_ids()
    assert ids["defaults.passed_to_view"] == ROWS
    assert ids["defaults.redirect_to_defaults_rule"] == []


def test_spec_index_reads_a_given_features_dir(tmp_path):
    (tmp_path / "area").mkdir()
    (tmp_path / "area" / "one.feature").write_text(textwrap.dedent("""\
        Feature: One
          @id:area.plain
          Scenario: Plain
            Given a step

          @id:area.outline
          Scenario Outline: Outline
            Given <a> and <b>

            Examples:
              | a | b |
              | 1 | x |
              | 2 | y |

          Scenario: Without an id
            Given a step
    """), encoding="utf-8")
    assert scenario_ids(tmp_path) == {"area.plain": [], "area.outline": ["1-x", "2-y"]}


# --- loading and lookup ---


def test_the_documented_example_loads(tmp_path):
    example = expectations_module.__doc__.split("::\n", 1)[1].split("\nThe table name")[0]
    expectations = load_expectations(write(tmp_path, example), KNOWN)
    entry = expectations.entries["sessions.key_fallbacks_accepted"]
    assert entry == Expectation(
        id="sessions.key_fallbacks_accepted",
        outcome="fail",
        reason="SECRET_KEY_FALLBACKS is new in Flask 3.1.0",
        link="https://github.com/pallets/flask/pull/5621",
        when=(("flask", "<3.1"),),
        line=3,
    )
    assert expectations.entries[ROW].line == 9


def test_entries_have_their_fields_and_header_lines(tmp_path):
    path = write(tmp_path, VALID)
    expectations = load_expectations(path, KNOWN)
    assert expectations.path == str(path)
    assert list(expectations.entries) == ["hooks.app_route_order", "defaults.passed_to_view", ROW]
    hooks = expectations.entries["hooks.app_route_order"]
    assert (hooks.outcome, hooks.reason, hooks.link, hooks.when, hooks.line) == (
        "fail", "hooks run in another order", "https://example.org/1", (), 2)
    row = expectations.entries[ROW]
    assert (row.outcome, row.link, row.line) == ("skip", None, 11)
    assert row.when == (("flask", ">=2.3,<3.1"), ("werkzeug", "<4"))


def test_lookup_prefers_the_rows_own_entry_then_its_outline(tmp_path):
    expectations = load_expectations(write(tmp_path, VALID), KNOWN)
    assert expectations.lookup(ROW).reason == "crashes"
    assert expectations.lookup(f"defaults.passed_to_view[{ROWS[1]}]").reason == "every row"
    assert expectations.lookup("defaults.passed_to_view").reason == "every row"
    assert expectations.lookup("hooks.app_route_order").reason == "hooks run in another order"
    assert expectations.lookup("sessions.key_fallbacks_accepted") is None


def test_without_known_any_id_is_accepted(tmp_path):
    path = write(tmp_path, '["gone.scenario"]\noutcome = "fail"\nreason = "r"\n')
    assert list(load_expectations(path).entries) == ["gone.scenario"]


def test_header_lines_in_every_quoting(tmp_path):
    text = '# ["not.a.header"]\n[ "a.b" ]  # c\n[\'c.d\']\n[bare]\n[e."f"]\n[["array"]]\nr = """\n[see docs]\n"""\n'
    assert table_keys(text) == [(2, "a.b"), (3, "c.d"), (4, "bare"), (5, "e"), (6, "array")]
    assert table_keys('"x.y" = { outcome = "fail" }\n["z"]\nk = 1\n') == [(1, "x.y"), (2, "z")]


# --- conditions ---


def entry(when=(), outcome="fail", link=None):
    return Expectation("hooks.app_route_order", outcome, "the reason", link, when, 1)


def test_an_entry_without_conditions_always_applies():
    assert entry().applies(versions())


def test_conditions_hold_only_when_every_installed_version_matches():
    when = (("flask", ">=2.3,<3.1"), ("werkzeug", "<4"))
    assert entry(when).applies(versions(flask="3.0.3", werkzeug="3.0.1"))
    assert not entry(when).applies(versions(flask="3.1.0", werkzeug="3.0.1"))
    assert not entry(when).applies(versions(flask="3.0.3", werkzeug="4.0"))


def test_a_condition_on_a_distribution_that_is_not_installed_does_not_hold():
    assert not entry((("flask-fork", ">=1"),)).applies(versions(flask="3.0.0"))


def test_prereleases_count_as_the_version_they_lead_to():
    assert entry((("flask", ">=3.1"),)).applies(versions(flask="3.2.0.dev0"))
    assert not entry((("flask", "<3.1"),)).applies(versions(flask="3.1.0rc1"))


def test_an_unparsable_installed_version_does_not_match():
    assert not entry((("flask", ">=1"),)).applies(versions(flask="not a version"))


def test_active_keeps_the_entries_whose_conditions_hold(tmp_path):
    expectations = load_expectations(write(tmp_path, VALID), KNOWN)
    assert set(expectations.active(versions(flask="3.0.0", werkzeug="3.0")).entries) == set(expectations.entries)
    active = expectations.active(versions(flask="3.1.0", werkzeug="3.0"))
    assert set(active.entries) == {"hooks.app_route_order", "defaults.passed_to_view"}
    assert active.lookup(ROW).reason == "every row"
    assert active.path == expectations.path


def test_active_defaults_to_the_installed_versions(tmp_path):
    path = write(tmp_path, '["hooks.app_route_order"]\noutcome = "fail"\nreason = "r"\nwhen = { pytest = ">=1" }\n'
                           '["defaults.passed_to_view"]\noutcome = "fail"\nreason = "r"\n'
                           'when = { no-such-dist = ">=0" }\n')
    assert list(load_expectations(path).active().entries) == ["hooks.app_route_order"]


def test_describe_is_the_report_reason():
    assert entry(link="https://example.org/1").describe() == "expected to fail: the reason (https://example.org/1)"
    assert entry().describe() == "expected to fail: the reason"
    assert entry(outcome="skip").describe() == "skipped by the expectations file: the reason"


# --- errors ---


def test_a_toml_syntax_error_names_the_line(tmp_path):
    path, message = error_of(tmp_path, '["hooks.app_route_order"]\noutcome = "fail"\nreason = oops\n')
    assert message.startswith(f"{path}:3: not valid TOML: ")
    assert "line 3, column" in message


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ExpectationsError, match="no such expectations file") as caught:
        load_expectations(tmp_path / "missing.toml")
    assert str(caught.value).startswith(f"{tmp_path / 'missing.toml'}: ")


def test_an_entry_must_be_a_table(tmp_path):
    path, message = error_of(tmp_path, '"hooks.app_route_order" = "fail"\n')
    assert message == (f'{path}:1: "hooks.app_route_order" = "fail" is not a table; write ["hooks.app_route_order"] '
                       "on a line of its own, then the outcome = ... and reason = ... lines")


def test_an_unquoted_id_is_told_to_be_quoted(tmp_path):
    path, message = error_of(tmp_path, '[hooks.app_route_order]\noutcome = "fail"\nreason = "r"\n')
    assert message.startswith(f"{path}:1: [hooks.app_route_order] is read as nested tables")
    assert message.endswith('quote the scenario id: ["hooks.app_route_order"]')


def test_an_unknown_key_lists_the_allowed_keys(tmp_path):
    path, message = error_of(tmp_path, '\n["hooks.app_route_order"]\noutcome = "fail"\nreason = "r"\nreson = "r"\n')
    assert message == (f'{path}:2: "hooks.app_route_order": unknown key "reson"; '
                       "the allowed keys are outcome, reason, link, when")


@pytest.mark.parametrize("outcome_line, found", [
    ('outcome = "xfail"', 'outcome = "xfail" is not allowed'),
    ("", "outcome is missing"),
])
def test_the_outcome_must_be_fail_or_skip(tmp_path, outcome_line, found):
    path, message = error_of(tmp_path, f'["hooks.app_route_order"]\n{outcome_line}\nreason = "r"\n')
    assert message.startswith(f'{path}:1: "hooks.app_route_order": {found}; write outcome = "fail" (it runs and fails) '
                              'or outcome = "skip"')


@pytest.mark.parametrize("reason_line, found", [
    ("", "reason is missing"),
    ('reason = " "', 'reason = " " is not a non-empty string'),
    ("reason = 3", "reason = 3 is not a non-empty string"),
])
def test_a_reason_is_required(tmp_path, reason_line, found):
    path, message = error_of(tmp_path, f'["hooks.app_route_order"]\noutcome = "fail"\n{reason_line}\n')
    assert message == f'{path}:1: "hooks.app_route_order": {found}; write reason = "<why the implementation deviates>"'


def test_a_todo_reason_is_refused(tmp_path):
    path, message = error_of(tmp_path, '["hooks.app_route_order"]\noutcome = "fail"\nreason = "TODO: AssertionError"\n')
    assert message == (f'{path}:1: "hooks.app_route_order": reason = "TODO: AssertionError" is a TODO left by '
                       "regenerate; replace it with the reason the implementation deviates")


def test_a_link_must_be_a_string(tmp_path):
    path, message = error_of(tmp_path, '["hooks.app_route_order"]\noutcome = "fail"\nreason = "r"\nlink = 1\n')
    assert message.startswith(f'{path}:1: "hooks.app_route_order": link must be a string')


@pytest.mark.parametrize("when, shown", [('{ flask = "3.1" }', '"3.1"'), ("{ flask = 3.1 }", "3.1")])
def test_a_bad_specifier_names_the_key_the_value_and_an_example(tmp_path, when, shown):
    path, message = error_of(tmp_path, f'["hooks.app_route_order"]\noutcome = "fail"\nreason = "r"\nwhen = {when}\n')
    assert message == (f'{path}:1: "hooks.app_route_order": when.flask = {shown} is not a version specifier set; '
                       'e.g. when = { flask = ">=2.3,<3.1" }')


def test_when_must_be_a_table(tmp_path):
    path, message = error_of(tmp_path, '["hooks.app_route_order"]\noutcome = "fail"\nreason = "r"\nwhen = "<3.1"\n')
    assert message.startswith(f'{path}:1: "hooks.app_route_order": when must be a table of distribution = specifiers')


def test_an_unknown_id_suggests_the_closest_ids_and_prune(tmp_path):
    path, message = error_of(tmp_path, '\n\n["hooks.app_route_ordr"]\noutcome = "fail"\nreason = "r"\n')
    assert message == (f'{path}:3: unknown scenario id "hooks.app_route_ordr": no such scenario. '
                       'Did you mean "hooks.app_route_order"? If it was removed from the suite, delete the entry '
                       f"or run: flask-conformance expectations prune {path}")


def test_an_unknown_id_without_a_close_match_suggests_prune(tmp_path):
    path, message = error_of(tmp_path, '["zzz"]\noutcome = "fail"\nreason = "r"\n')
    assert message == (f'{path}:1: unknown scenario id "zzz": no such scenario. If it was removed from the suite, '
                       f"delete the entry or run: flask-conformance expectations prune {path}")


def test_an_unknown_row_lists_the_rows_of_its_outline(tmp_path):
    path, message = error_of(tmp_path, '["defaults.passed_to_view[/defaults/nope]"]\noutcome = "fail"\nreason = "r"\n')
    assert message.startswith(
        f'{path}:1: unknown scenario id "defaults.passed_to_view[/defaults/nope]": "defaults.passed_to_view" has no '
        'row "/defaults/nope"; its rows are "/defaults/index-nid=888", "/defaults/users/-users page 1".')


def test_a_row_of_a_plain_scenario_is_refused(tmp_path):
    path, message = error_of(tmp_path, '["hooks.app_route_order[x]"]\noutcome = "fail"\nreason = "r"\n')
    assert '"hooks.app_route_order" is a plain scenario, it has no rows; name it without [...]' in message


def test_every_bad_entry_is_reported_at_once(tmp_path):
    path, message = error_of(tmp_path, '["zzz"]\noutcome = "fail"\nreason = "r"\n\n["hooks.app_route_order"]\n'
                                       'outcome = "fail"\n')
    lines = message.split("\n")
    assert [line.split(": ")[0] for line in lines] == [f"{path}:1", f"{path}:5"]


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

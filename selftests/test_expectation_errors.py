"""Every mistake in an expectations file is a usage error that names the file, the line
or key, and the fix."""

from __future__ import annotations

import pytest
from flask_conformance.expectations import (
    ExpectationsError,
    load_expectations,
)

from selftests.expectation_files import error_of

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

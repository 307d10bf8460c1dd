"""The expectations file: the spec index, loading, lookup and conditions (library tests:
small files in tmp_path and a small ``KNOWN`` index, no suite run)."""

from __future__ import annotations

import textwrap

from flask_conformance import expectations as expectations_module
from flask_conformance.expectations import (
    Expectation,
    load_expectations,
    table_keys,
)
from flask_conformance.spec_index import scenario_ids

from selftests.expectation_files import KNOWN, ROW, ROWS, VALID, versions, write

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

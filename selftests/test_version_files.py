"""The version matrix's expectation files (versions/<env>.toml): each loads, names only
scenarios the suite has, and says the cause of every entry; each has its tox env and its
constraints file. That each entry still fails on its version is what `tox -e <env>`
checks (a stale entry is an XPASS there)."""

from __future__ import annotations

import configparser
import re

import pytest
from flask_conformance.expectations import load_expectations
from flask_conformance.paths import VERSIONS
from flask_conformance.spec_index import scenario_ids

from selftests.suite_runs import ROOT

FILES = sorted(VERSIONS.glob("*.toml"))
CAUSE = re.compile(r"\b(Flask|Werkzeug) \d+\.\d+(\.\d+)?\b")


def _tox_matrix() -> set[str]:
    tox = configparser.ConfigParser(interpolation=None)
    tox.read(ROOT / "tox.ini")
    section = next(s for s in tox.sections() if s.startswith("testenv:flask{"))
    return {"flask" + v for v in section[len("testenv:flask{"):-1].split(",")}


def test_every_version_env_has_an_expectations_file_and_a_constraints_file():
    assert {f.stem for f in FILES} == _tox_matrix()
    for env in _tox_matrix() - {"flask31"}:  # flask31 is the reference stack: constraints/reference.txt
        assert (ROOT / "constraints" / f"{env}.txt").exists(), env


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_each_entry_names_a_scenario_and_its_cause(path):
    expectations = load_expectations(path, scenario_ids())
    for entry in expectations.entries.values():
        assert CAUSE.search(entry.reason), f"{path.name} {entry.id}: the reason names the version that changed it"
        assert entry.link and entry.link.startswith("https://github.com/pallets/"), f"{entry.id}: link the change"
        assert entry.outcome == "fail" and not entry.when, f"{entry.id}: a version's file lists plain failures"

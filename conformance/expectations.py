"""Expectations files: the deliberate deviations of a fork from the spec.

An expectations file is TOML, one table per scenario the implementation deviates on::

    # Deliberate deviations of my-flask-fork from the flask-conformance spec.
    ["sessions.key_fallbacks_accepted"]
    outcome = "fail"            # or "skip"
    reason = "SECRET_KEY_FALLBACKS is new in Flask 3.1.0"
    link = "https://github.com/pallets/flask/pull/5621"   # optional
    when = { flask = "<3.1" }   # optional: only while the installed versions match

    ["defaults.passed_to_view[/defaults/index-nid=888]"]   # one row of an outline
    outcome = "fail"
    reason = "..."

The table name is a scenario id, in quotes (TOML splits a bare key at its dots): a scenario,
a Scenario Outline (the entry covers every row) or one row of an outline, ``<outline id>[<row
id>]`` as the results file reports it. A row's own entry wins over its outline's.

- ``outcome`` (required): ``"fail"``: the scenario runs and is expected to fail (XFAIL; XPASS
  once it passes). ``"skip"``: the scenario is not run, for one that crashes or hangs the
  implementation.
- ``reason`` (required): why the implementation deviates, shown in the report. A reason that
  starts with ``TODO`` is refused: ``flask-conformance expectations regenerate`` writes those
  for a person to replace.
- ``link`` (optional): an issue or changelog entry about the deviation.
- ``when`` (optional): distribution name = PEP 440 specifier set. The entry applies only while
  every named distribution is installed at a matching version, e.g.
  ``when = { flask = ">=2.3,<3.1", werkzeug = "<3" }``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion

from .spec_index import why_unknown
from .toml_file import ExpectationsError, parse_toml, prefix, read_expectations_text, table_keys

OUTCOMES = ("fail", "skip")
KEYS = ("outcome", "reason", "link", "when")
PRUNE_COMMAND = "flask-conformance expectations prune"

def installed_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


@dataclass(frozen=True)
class Expectation:
    id: str
    outcome: str
    reason: str
    link: str | None
    when: tuple[tuple[str, str], ...]
    line: int  # of its table header; 0 when it could not be found

    def applies(self, version_of: Callable[[str], str | None]) -> bool:
        """Whether every condition holds; one on a distribution that is not installed does not."""
        return all(_matches(version_of(name), specifiers) for name, specifiers in self.when)

    def describe(self) -> str:
        what = "expected to fail" if self.outcome == "fail" else "skipped by the expectations file"
        return f"{what}: {self.reason}" + (f" ({self.link})" if self.link else "")


def _matches(version: str | None, specifiers: str) -> bool:
    try:
        # prereleases=True: a fork's 3.2.0.dev0 is within ">=3.1", and "<3.1" still excludes 3.1.0rc1.
        return version is not None and SpecifierSet(specifiers).contains(version, prereleases=True)
    except InvalidVersion:
        return False


@dataclass(frozen=True)
class Expectations:
    path: str
    entries: dict[str, Expectation]

    def lookup(self, scenario_id: str) -> Expectation | None:
        """The entry of the row itself, else the entry of its outline, else None."""
        return self.entries.get(scenario_id) or self.entries.get(scenario_id.partition("[")[0])

    def active(self, version_of: Callable[[str], str | None] | None = None) -> Expectations:
        """Only the entries whose ``when`` holds for the installed (or the given) versions."""
        version_of = installed_version if version_of is None else version_of
        return Expectations(self.path, {key: e for key, e in self.entries.items() if e.applies(version_of)})


def load_expectations(path: str | Path, known: dict[str, list[str]] | None = None) -> Expectations:
    """Read and validate an expectations file; with ``known`` (spec_index.scenario_ids()), refuse unknown ids."""
    text = read_expectations_text(path)
    lines = {key: number for number, key in reversed(table_keys(text))}  # reversed: the first line wins
    entries, problems = {}, []
    # Every entry is checked, so that one CI run reports every mistake in the file.
    for scenario_id, value in parse_toml(path, text).items():
        line = lines.get(scenario_id, 0)
        try:
            entries[scenario_id] = _entry(scenario_id, value, line)
            if known is not None:
                _check_known(scenario_id, known, path)
        except ExpectationsError as problem:
            problems.append(prefix(path, line) + str(problem))
    if problems:
        raise ExpectationsError("\n".join(problems))
    return Expectations(str(path), entries)


def _shown(value: object) -> str:
    # As TOML would spell it (double quotes, true/false), so that the message can be searched in the file.
    return json.dumps(value, ensure_ascii=False, default=str)


def _entry(scenario_id: str, table: object, line: int) -> Expectation:
    name = json.dumps(scenario_id)
    if not isinstance(table, dict):
        raise ExpectationsError(
            f"{name} = {_shown(table)} is not a table; write [{name}] on a line of its own, "
            "then the outcome = ... and reason = ... lines"
        )
    for key, value in table.items():
        if key not in KEYS and isinstance(value, dict):
            raise ExpectationsError(
                f"[{scenario_id}.{key}] is read as nested tables (TOML splits a bare key at its dots); "
                f'quote the scenario id: ["{scenario_id}.{key}"]'
            )
        if key not in KEYS:
            raise ExpectationsError(f"{name}: unknown key {json.dumps(key)}; the allowed keys are {', '.join(KEYS)}")
    return Expectation(
        id=scenario_id,
        outcome=_outcome(name, table.get("outcome")),
        reason=_reason(name, table.get("reason")),
        link=_link(name, table.get("link")),
        when=_when(name, table.get("when", {})),
        line=line,
    )


def _outcome(name: str, outcome: object) -> str:
    if outcome not in OUTCOMES:
        found = "outcome is missing" if outcome is None else f"outcome = {_shown(outcome)} is not allowed"
        raise ExpectationsError(
            f'{name}: {found}; write outcome = "fail" (it runs and fails) '
            f'or outcome = "skip" (it crashes or hangs the implementation, so it is not run)'
        )
    return outcome


def _reason(name: str, reason: object) -> str:
    if not isinstance(reason, str) or not reason.strip():
        found = "reason is missing" if reason is None else f"reason = {_shown(reason)} is not a non-empty string"
        raise ExpectationsError(f'{name}: {found}; write reason = "<why the implementation deviates>"')
    if reason.startswith("TODO"):
        raise ExpectationsError(
            f"{name}: reason = {_shown(reason)} is a TODO left by regenerate; "
            "replace it with the reason the implementation deviates"
        )
    return reason


def _link(name: str, link: object) -> str | None:
    if link is not None and not isinstance(link, str):
        raise ExpectationsError(f'{name}: link must be a string, e.g. link = "https://github.com/org/repo/issues/1"')
    return link


def _when(name: str, when: object) -> tuple[tuple[str, str], ...]:
    example = 'e.g. when = { flask = ">=2.3,<3.1" }'
    if not isinstance(when, dict):
        raise ExpectationsError(f"{name}: when must be a table of distribution = specifiers, {example}")
    for distribution, specifiers in when.items():
        if not (isinstance(specifiers, str) and _valid_specifiers(specifiers)):
            raise ExpectationsError(
                f"{name}: when.{distribution} = {_shown(specifiers)} is not a version specifier set; {example}"
            )
    return tuple(when.items())


def _valid_specifiers(specifiers: str) -> bool:
    try:
        SpecifierSet(specifiers)
    except InvalidSpecifier:
        return False
    return True


def _check_known(scenario_id: str, known: dict[str, list[str]], path: str | Path) -> None:
    why = why_unknown(scenario_id, known)
    if why is None:
        return
    every_id = [*known, *(f"{outline_id}[{row}]" for outline_id, rows in known.items() for row in rows)]
    close = difflib.get_close_matches(scenario_id, every_id, n=3)
    guess = f"Did you mean {', '.join(map(json.dumps, close))}? " if close else ""
    raise ExpectationsError(
        f"unknown scenario id {json.dumps(scenario_id)}: {why}. {guess}"
        f"If it was removed from the suite, delete the entry or run: {PRUNE_COMMAND} {path}"
    )

"""One outcome per scenario, from pytest's reports, and the JSON Lines results file.

The results file is an interface (documented in README.md, "Reading the results"):
a ``run`` record, then one ``scenario`` record per scenario. Add fields; never rename
or remove one.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .contract import CONTRACT_VERSION

if TYPE_CHECKING:  # the supervisor imports this module; it has no use for pytest
    from .scenarios import ScenarioMeta

RESULTS_FORMAT = 1
OUTCOMES = ("PASS", "FAIL", "ERROR", "TIMEOUT", "CRASH", "XFAIL", "XPASS", "SKIP", "UNSUPPORTED")
UNSUPPORTED = "UNSUPPORTED"
#: Outcomes that fail the run. An XFAIL, or a SKIP an expectations file asked for, is expected.
#: TIMEOUT and CRASH come from the supervisor (supervisor.py): a scenario that wedged or
#: killed the process that ran the app.
UNEXPECTED = ("FAIL", "ERROR", "TIMEOUT", "CRASH", "XPASS")
#: Outcomes whose record names the step that failed and the last exchange, when there was one.
FAILED = ("FAIL", "ERROR", "XFAIL")


@dataclass
class Result:
    meta: ScenarioMeta
    nodeid: str
    expected: object = None  # the Expectation that applies, if any
    outcome: str = "SKIP"
    message: str = ""
    duration: float = 0.0
    reported: bool = False
    #: For a scenario that did not pass: the step that failed and the last exchange (failure_details.py).
    failed_step: dict | None = None
    exchange: dict | None = None


class ResultCollector:
    """Fold the setup/call/teardown reports of each scenario into one outcome."""

    def __init__(self):
        self.results: dict[str, Result] = {}

    def expect(self, nodeid: str, meta: ScenarioMeta, expected=None) -> None:
        self.results[nodeid] = Result(meta, nodeid, expected)

    def record(self, report, failure: dict | None = None) -> None:
        """Fold in one report; ``failure`` is what the scenario's failing step left
        (``failed_step``, ``exchange``), kept when the outcome says it failed."""
        result = self.results.get(report.nodeid)
        if result is None:
            return
        self._fold(result, report)
        if failure and result.outcome in FAILED and result.failed_step is None:
            result.failed_step, result.exchange = failure.get("failed_step"), failure.get("exchange")

    def _fold(self, result: Result, report) -> None:
        result.reported = True
        result.duration += report.duration
        if hasattr(report, "wasxfail") and report.skipped:
            result.outcome, result.message = "XFAIL", _failure_message(report)
        elif report.failed and str(report.longrepr).startswith("[XPASS(strict)]"):
            result.outcome = "XPASS"
            result.message = "passed, but it is listed as " + str(report.longrepr).removeprefix("[XPASS(strict)] ")
        elif report.when == "setup":
            if report.failed:
                result.outcome, result.message = "ERROR", _failure_message(report)
            elif report.skipped:
                result.outcome, result.message = _skip_outcome(report)
        elif report.when == "call":
            if report.passed:
                result.outcome, result.message = "PASS", ""
            elif report.failed:
                result.outcome, result.message = "FAIL", _failure_message(report)
            else:
                result.outcome, result.message = _skip_outcome(report)
        elif report.failed and result.outcome in ("PASS", "SKIP", UNSUPPORTED):
            result.outcome, result.message = "ERROR", "teardown: " + _failure_message(report)

    def ran(self) -> list[Result]:
        """Results of the scenarios that reached setup (deselected ones are left out)."""
        return [r for r in self.results.values() if r.reported]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(OUTCOMES, 0)
        for result in self.ran():
            counts[result.outcome] += 1
        return counts


def _failure_message(report) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None:
        return crash.message
    return str(report.longrepr).strip().splitlines()[-1] if report.longrepr else "failed"


def _skip_outcome(report) -> tuple[str, str]:
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    reason = reason.removeprefix("Skipped: ")
    if reason.startswith(UNSUPPORTED):
        return UNSUPPORTED, reason.removeprefix(UNSUPPORTED + ": ")
    return "SKIP", reason


def _version(dist: str) -> str | None:
    from importlib import metadata  # here: the supervisor imports this module and never needs it

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def run_record(state) -> dict:
    """The header line: what ran, against what, where, and where each checked package came from."""
    target, started, counts = state.target, state.started, state.collector.counts()
    return {
        "record": "run",
        "format": RESULTS_FORMAT,
        "suite_version": _version("flask-conformance"),
        "contract_version": CONTRACT_VERSION,
        "app": target.app_spec if target else None,
        "base_url": target.base_url if target else None,
        "transport": target.transport if target else None,
        "server": target.server.server if target and target.server else None,
        "implementation": (target.manifest.get("implementation") if target else None),
        "areas": (target.manifest.get("areas") if target else None),
        "python": sys.version.split()[0],
        "platform": sys.platform,
        # The versions again, flat, as format 1 has them; read once, into the stack.
        **{dist: (info or {}).get("version") for dist, info in state.stack.items()},
        "stack": state.stack,
        "expectations": str(state.expectations.path) if state.expectations else None,
        "order": state.order,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration": round(time.time() - started, 3),
        "counts": counts,
    }


def scenario_record(result: Result) -> dict:
    meta = result.meta  # read field by field: dataclasses.asdict deep-copies, twice a scenario
    return {
        "record": "scenario",
        "id": meta.id,
        "feature": meta.feature,
        "file": meta.feature_file,
        "line": meta.line,
        "area": meta.area,
        "title": meta.title,
        "tags": list(meta.tags),
        "spec": list(meta.specs),
        "outcome": result.outcome,
        "message": result.message,
        "nodeid": result.nodeid,
        "duration": round(result.duration, 4),
        **({"expected": _expected_record(result.expected)} if result.expected else {}),
        **({"failed_step": result.failed_step} if result.failed_step else {}),
        **({"exchange": result.exchange} if result.exchange else {}),
    }


def _expected_record(expected) -> dict:
    return {"outcome": expected.outcome, "reason": expected.reason, "link": expected.link}


def write_results(path: str, state) -> None:
    write_records(path, run_record(state), [scenario_record(r) for r in state.collector.ran()])


def write_records(path: str, run: dict, scenarios: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps(run) + "\n")
        for record in scenarios:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

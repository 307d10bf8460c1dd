"""``flask-conformance run`` end to end: the supervised pytest child, then the summary and
the results file of all that ran, written here so that they exist whatever the child did."""

from __future__ import annotations

import os
import sys
import time

from .report_files import complete_report_files
from .results import OUTCOMES, write_records
from .summary import summary_lines
from .supervisor import Limits, Supervisor


def supervised_run(args, extra: list[str]) -> int:
    from .cli import pytest_arguments  # the command line that the child runs

    results, args.results = args.results, None  # the supervisor writes them, not the child
    timeout = args.request_timeout or 5.0
    limits = Limits(scenario_timeout=args.scenario_timeout or max(10.0, 10 * timeout), deadline=args.deadline)
    started = time.time()
    supervisor = Supervisor(pytest_arguments(args, extra), limits)
    status = supervisor.run()
    if not (supervisor.records or supervisor.notes or supervisor.refused):
        return status  # it ended before any scenario, and pytest has said why (a bad option, say)
    records = supervisor.results()
    if supervisor.records or supervisor.notes:
        _print_summary(records, supervisor.notes, results)
    elif results:
        # The app cannot be checked, and pytest has said why: a table of scenarios that did not
        # run would only bury that, but a CI job still finds its results file.
        print(f"results: {results}", flush=True)
    run = _run_record(supervisor.run_record or {"record": "run", "format": 1, "app": args.app}, records, started,
                      supervisor.refused)
    if results:
        write_records(results, run, records)
    # JUnit and Cucumber files hold what the last child wrote: after a crash or a restart, or
    # under xdist, some scenarios are missing from them; the records have every one.
    complete_report_files(extra, records)
    _write_pages(args, run, records)
    return status


def _write_pages(args, run: dict, records: list[dict]) -> None:
    """The report and the Markdown summary, when asked for: written, like the results, whatever the child did."""
    summary_md = args.summary_md or os.environ.get("GITHUB_STEP_SUMMARY") or None
    if args.report:
        from .pages.report import write_report

        write_report(args.report, run, records)
        print(f"report: {args.report}")
    if summary_md:
        from .markdown_summary import write_summary

        write_summary(summary_md, run, records)


def _print_summary(records: list[dict], notes: list[str], results: str | None) -> None:
    print(f"{' flask-conformance summary ':=^80}")
    for note in notes:
        print(f"note: {note}")
    for line in summary_lines(records):
        print(line)
    if results:
        print(f"\nresults: {results}")
    sys.stdout.flush()


def _run_record(base: dict, records: list[dict], started: float, refused: str | None) -> dict:
    counts = dict.fromkeys(OUTCOMES, 0)
    for scenario in records:
        counts[scenario["outcome"]] = counts.get(scenario["outcome"], 0) + 1
    extra = {"refused": refused} if refused else {}
    return {**base, **extra, "duration": round(time.time() - started, 3), "counts": counts}

"""One run of the partial, failing app (selftests/apps/partial_failing.py) with every report
asked for, shared by the self-tests of the records, the console, the Markdown summary and the
JUnit and Cucumber files (a few seconds, once per session)."""

from __future__ import annotations

import functools
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from selftests.suite_runs import cli

APP = "selftests.apps.partial_failing:create_app()"
SELECTION = ("-m", "strict_slashes or hooks")
FAILING = "strict_slashes.merge_slashes[/slashes/a//b]"
STALE = "a summary left from an earlier run\n"


@dataclass(frozen=True)
class ReportRun:
    status: int
    stdout: str
    run: dict
    records: dict  # id -> record
    folder: Path

    @property
    def markdown(self) -> str:
        return (self.folder / "summary.md").read_text(encoding="utf-8")


@functools.cache
def partial_failing_run() -> ReportRun:
    folder = Path(tempfile.mkdtemp(prefix="conformance-reports-"))
    (folder / "summary.md").write_text(STALE, encoding="utf-8")  # --summary-md writes, never appends
    done = cli("run", "-q", "--app", APP, "--results", folder / "r.jsonl", "--summary-md", folder / "summary.md",
               "--", *SELECTION, f"--junitxml={folder / 'junit.xml'}", f"--cucumberjson={folder / 'cucumber.json'}",
               env={"GITHUB_STEP_SUMMARY": ""})
    lines = [json.loads(line) for line in (folder / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    return ReportRun(done.returncode, done.stdout, lines[0], {r["id"]: r for r in lines[1:]}, folder)

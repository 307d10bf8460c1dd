"""The console's block for a scenario that did not pass unexpectedly: where it is (the feature
file and line), its Gherkin steps with the failing one marked, and the message.

Built from the scenario's record (``file``, ``line``, ``failed_step``, ``message``) and the
feature file itself, so that the supervisor, which has the records of every process of the
run, prints it; pytest's own tracebacks come only with ``-- -v`` or ``-- --tb=STYLE``.
"""

from __future__ import annotations

from .feature_text import ScenarioText, read_line, read_scenario
from .paths import FEATURES

#: Lines of a message, and of a step's table or doc string, shown; the results file has them all.
MESSAGE_LINES = 12
ARGUMENT_LINES = 6
#: Characters of one line of a message shown (a body quoted in it can be long).
LINE_LENGTH = 400
MARK, PLAIN = "  > ", "    "
#: How an ERROR of the suite's own code begins (transports/calling.py): a bug to report.
HARNESS_BUG = "flask-conformance's own code raised"


def failure_block(record: dict) -> list[str]:
    """The lines of the block of one scenario record."""
    head = f"{record['outcome']} {record['id']}"
    where = _where(record)
    lines = [head + (f"  ({where})" if where else "")]
    scenario = read_scenario(FEATURES / record["file"], record["line"]) if record.get("file") and \
        isinstance(record.get("line"), int) else None
    if scenario is not None:
        lines.extend(_steps(scenario, record))
    lines.extend(_message(record.get("message") or ""))
    return lines


def _where(record: dict) -> str:
    if not record.get("file"):
        return ""
    where = f"features/{record['file']}:{record.get('line', '?')}"
    step = record.get("failed_step")
    if isinstance(step, dict) and step.get("line"):
        where += f", step at line {step['line']}"
    return where


def _steps(scenario: ScenarioText, record: dict) -> list[str]:
    step = record.get("failed_step") if isinstance(record.get("failed_step"), dict) else {}
    failed_line = step.get("line")
    row_line, values = example_row(scenario, record["id"])
    lines = [PLAIN + scenario.heading + (f"  (Examples row, line {row_line})" if row_line else "")]
    if failed_line and failed_line < record["line"]:
        # A Background step: it is not among the scenario's own, so it is shown on its own.
        lines.append(MARK + "(Background) " + (read_line(FEATURES / record["file"], failed_line) or ""))
    for written in scenario.steps:
        mark = MARK if written.line == failed_line else PLAIN
        lines.append(f"{mark}  {written.keyword} {fill(written.text, values)}")
        shown = written.argument[:ARGUMENT_LINES]
        lines.extend(f"{PLAIN}    {fill(text, values)}" for text in shown)
        if len(written.argument) > len(shown):
            lines.append(f"{PLAIN}    ... ({len(written.argument) - len(shown)} more lines)")
    return lines


def example_row(scenario: ScenarioText, scenario_id: str) -> tuple[int | None, dict[str, str]]:
    """The Examples row of an outline's row id (``id[a-b]``: pytest-bdd joins the values with -)."""
    _, bracket, rest = scenario_id.partition("[")
    if not bracket or not scenario.rows:
        return None, {}
    row_id = rest[:-1]
    return next(((line, values) for line, values in scenario.rows if "-".join(values.values()) == row_id),
                (None, {}))


def fill(text: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        text = text.replace(f"<{name}>", value)
    return text


def _message(message: str) -> list[str]:
    lines = message.splitlines() or ["(no message)"]
    shown = [f"  {clip(line, LINE_LENGTH)}" for line in lines[:MESSAGE_LINES]]
    if len(lines) > MESSAGE_LINES:
        shown.append(f"  ... ({len(lines) - MESSAGE_LINES} more lines in the scenario's message)")
    if HARNESS_BUG in message:  # the message asks for the traceback, which the summary leaves out
        shown.append("  (pytest's traceback of it: run again with -- -v)")
    return shown


def clip(text: str, length: int) -> str:
    """``text``, cut to ``length`` characters with ``...`` when it is longer."""
    return text if len(text) <= length else text[:length - 3] + "..."

"""The Gherkin of one scenario, read from its feature file by the scenario's line: its steps (with
their tables and doc strings) and its Examples rows.

This is for the console's failure blocks, which the supervisor prints: it imports neither pytest
nor pytest-bdd, and needs one scenario of a file, not the file's model. So the reading is by
lines, of the subset of Gherkin the suite's feature files use (the lint parses them properly);
a file that is not there, or a line that is no scenario, gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SCENARIO_KEYWORDS = ("Scenario", "Scenario Outline", "Scenario Template", "Example")
_STEP = re.compile(r"(Given|When|Then|And|But|\*)\s+(.*)")
_BLOCK = re.compile(r"(Scenario|Scenario Outline|Scenario Template|Example|Examples|Scenarios|Rule|Background|"
                    r"Feature):")


@dataclass
class StepText:
    line: int
    keyword: str
    text: str
    #: The lines of its data table or doc string, as written (without their indentation).
    argument: list[str] = field(default_factory=list)


@dataclass
class ScenarioText:
    heading: str  # "Scenario Outline: Repeated slashes redirect to the merged path"
    steps: list[StepText]
    #: (line, {column: value}) of each Examples row, for an outline.
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # its own, without the @


@dataclass
class FeatureText:
    keyword: str
    name: str
    line: int
    description: str
    tags: list[str]


def read_feature(path: Path) -> FeatureText | None:
    """The Feature line of the file, its tags and its description (the lines up to the first blank)."""
    lines = _lines(str(path))
    for number, raw in enumerate(lines, start=1):
        keyword, colon, name = raw.strip().partition(":")
        if colon and keyword == "Feature":
            description = []
            for text in (line.strip() for line in lines[number:]):
                if not text or _BLOCK.match(text) or text.startswith("@"):
                    break
                description.append(text)
            return FeatureText(keyword, name.strip(), number, "\n".join(description), _tags_above(lines, number))
    return None


@lru_cache(maxsize=4096)  # an outline's rows read it once
def read_scenario(path: Path, line: int) -> ScenarioText | None:
    """The scenario whose keyword line is ``line`` (1-based) in the feature file at ``path``
    (shared between calls: do not change it)."""
    lines = _lines(str(path))
    if not 0 < line <= len(lines) or not lines[line - 1].strip().startswith(SCENARIO_KEYWORDS):
        return None
    scenario = ScenarioText(heading=lines[line - 1].strip(), steps=[], tags=_tags_above(lines, line))
    header: list[str] | None = None
    in_examples = in_docstring = False
    for number, raw in enumerate(lines[line:], start=line + 1):
        text = raw.strip()
        if in_docstring:
            scenario.steps[-1].argument.append(text)
            in_docstring = not text.startswith(('"""', "```"))
            continue
        if not text or text.startswith(("#", "@")):
            continue
        block = _BLOCK.match(text)
        if block:
            if block.group(1) not in ("Examples", "Scenarios"):
                break  # the next scenario, rule or background
            in_examples, header = True, None
            continue
        if text.startswith("|"):
            if in_examples:
                cells = table_cells(text)
                if header is None:
                    header = cells
                else:
                    scenario.rows.append((number, dict(zip(header, cells, strict=False))))
            elif scenario.steps:
                scenario.steps[-1].argument.append(text)
            continue
        step = _STEP.match(text)
        if step and not in_examples:
            scenario.steps.append(StepText(number, step.group(1), step.group(2)))
        elif text.startswith(('"""', "```")) and scenario.steps:
            scenario.steps[-1].argument.append(text)
            in_docstring = True
    return scenario


def read_line(path: Path, line: int) -> str | None:
    """Line ``line`` of the file, stripped (a Background step that failed, say)."""
    lines = _lines(str(path))
    return lines[line - 1].strip() if 0 < line <= len(lines) else None


def table_cells(row: str) -> list[str]:
    """The cells of a Gherkin table row, unescaped (``\\|``, ``\\\\``, ``\\n``)."""
    cells, cell, chars = [], "", iter(row.strip()[1:])
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            cell += {"n": "\n", "|": "|", "\\": "\\"}.get(following, "\\" + following)
        elif char == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += char
    return cells


def _tags_above(lines: list[str], line: int) -> list[str]:
    tags: list[str] = []
    for raw in reversed(lines[:line - 1]):
        if not raw.strip().startswith("@"):
            break
        tags = [tag.lstrip("@") for tag in raw.split("#")[0].split()] + tags
    return tags


@lru_cache(maxsize=1024)  # every feature file of the suite
def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []

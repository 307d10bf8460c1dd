"""Outcomes as the pages show them: badges, the worst of several, and the mix of a group."""

from __future__ import annotations

from collections import Counter

from ..results import OUTCOMES, UNEXPECTED
from .html_text import el, esc

NOT_RUN = "NOTRUN"  # a scenario of the spec that the run did not select
#: Worst first: the badge of an outline (or a matrix cell) is its worst row's outcome.
SEVERITY = ("CRASH", "TIMEOUT", "ERROR", "FAIL", "XPASS", "XFAIL", "SKIP", "UNSUPPORTED", NOT_RUN, "PASS")
QUIET = ("SKIP", "UNSUPPORTED", NOT_RUN)


def label(outcome: str) -> str:
    return "NOT RUN" if outcome == NOT_RUN else outcome


def badge(outcome: str, extra: str = "", title: str | None = None) -> str:
    text = esc(label(outcome)) + (" " + el("small", esc(extra)) if extra else "")
    return el("span", text, class_=f"badge o-{outcome}", title=title)


def worst(outcomes) -> str:
    found = set(outcomes)
    return next((o for o in SEVERITY if o in found), next(iter(sorted(found)), NOT_RUN))


def group_badge(outcomes: list[str]) -> str:
    """One badge for several rows: the worst outcome, with the mix when the rows differ."""
    counts = Counter(outcomes)
    if len(counts) <= 1:
        return badge(outcomes[0] if outcomes else NOT_RUN)
    mix = ", ".join(f"{counts[o]} {label(o)}" for o in SEVERITY if o in counts)
    return badge(worst(outcomes), f"{counts.get('PASS', 0)}/{len(outcomes)}", title=mix)


def is_unexpected(outcome: str) -> bool:
    return outcome in UNEXPECTED


def mix_class(counts: Counter) -> str:
    """The color of a group of outcomes: red with any unexpected one, amber with an expected
    failure, green when all passed, pale green when some passed and the rest did not run,
    grey when none ran."""
    total = sum(counts.values())
    if not total:
        return "m-missing"
    if any(counts[o] for o in UNEXPECTED):
        return "m-bad"
    if counts["XFAIL"]:
        return "m-xfail"
    if counts["PASS"] == total:
        return "m-pass"
    return "m-partial" if counts["PASS"] else "m-none"


def bar(counts: Counter) -> str:
    """A thin bar of the mix: passed, expected failures, unexpected ones, the rest."""
    total = sum(counts.values()) or 1
    parts = (("b-pass", counts["PASS"]), ("b-xfail", counts["XFAIL"]),
             ("b-bad", sum(counts[o] for o in UNEXPECTED)), ("b-skip", sum(counts[o] for o in QUIET)))
    spans = "".join(f'<span class="{kind}" style="width:{100 * n / total:.2f}%"></span>' for kind, n in parts if n)
    return el("span", spans, class_="bar")


def count_outcomes(outcomes) -> Counter:
    counts = Counter(outcomes)
    for outcome in OUTCOMES:
        counts.setdefault(outcome, 0)
    return counts

"""Lines the plugin writes to the terminal itself, outside pytest's own reporting."""

from __future__ import annotations

from .contract import AREAS
from .run_header import header_lines


def write_quiet_header(config, state) -> None:
    """What is checked, and from where: pytest leaves its header out under -q; this never is."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and config.get_verbosity() < 0:
        for line in header_lines(state, config.option):
            reporter.write_line(line)


def note_unknown_areas(config, declared) -> None:
    """Areas the manifest declares that the suite has no features for: a note, not an error
    (an app written for a later suite may declare an area this one lacks)."""
    unknown = sorted(set(declared) - set(AREAS))
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if unknown and reporter is not None:
        reporter.write_line(f"note: the manifest declares areas this suite does not check: {', '.join(unknown)}")

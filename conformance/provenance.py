"""Which versions of the checked stack are installed, and where each came from.

A gate that says "Flask 3.1.3" when the fork under test was silently replaced by the
package index's Flask is worse than no gate, so the run names the source of each
distribution from its PEP 610 ``direct_url.json``: the index, a local path (editable or
not), or a VCS URL with its commit.
"""

from __future__ import annotations

import json
from importlib import metadata

#: The distributions whose behavior the suite observes through the reference app.
STACK = ("flask", "werkzeug", "jinja2", "itsdangerous")


def describe(dist: str) -> dict | None:
    """``{"version": ..., "source": ...}`` for an installed distribution, or None."""
    try:
        found = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return None
    return {"version": found.version, "source": _source(found)}


def stack() -> dict[str, dict | None]:
    """The checked stack: every distribution of STACK, installed or None."""
    return {dist: describe(dist) for dist in STACK}


def header_line(described: dict[str, dict | None]) -> str:
    """One line for the console, e.g. ``Flask 3.1.3 (index), Werkzeug 3.1.8 (index)``."""
    parts = []
    for dist, info in described.items():
        name = {"itsdangerous": "itsdangerous", "jinja2": "Jinja2"}.get(dist, dist.capitalize())
        parts.append(f"{name} not installed" if info is None else f"{name} {info['version']} ({info['source']})")
    return ", ".join(parts)


def _source(found: metadata.Distribution) -> str:
    text = found.read_text("direct_url.json")
    if not text:
        return "index"
    try:
        direct = json.loads(text)
    except ValueError:
        return "unknown (unreadable direct_url.json)"
    url = direct.get("url", "?")
    if "vcs_info" in direct:
        vcs = direct["vcs_info"]
        return f"{vcs.get('vcs', 'vcs')}+{url}@{vcs.get('commit_id', '?')}"
    if direct.get("dir_info", {}).get("editable"):
        return f"editable {_path(url)}"
    if "archive_info" in direct:
        return f"archive {_path(url)}"
    return f"local {_path(url)}"


def _path(url: str) -> str:
    return url.removeprefix("file://")

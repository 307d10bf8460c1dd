"""Checks of option values, shared by the command line and the plugin's options, so that
a bad value stops the run before any scenario, with one line that names it and what to try.

Each is an argparse ``type``: it returns the value or raises ArgumentTypeError.
"""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path
from urllib.parse import urlsplit

#: A timeout below this cannot be told from the harness's own overhead.
MIN_TIMEOUT, MAX_TIMEOUT, MAX_DEADLINE = 0.01, 3600.0, 86400.0


def seconds(text: str, highest: float = MAX_TIMEOUT, example: str = "5") -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and MIN_TIMEOUT <= value <= highest):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of seconds from {MIN_TIMEOUT:g} to {highest:g}; for example {example}")
    return value


def deadline(text: str) -> float:
    return seconds(text, MAX_DEADLINE, "1800")


def http_url(text: str) -> str:
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a URL ({exc}); for example http://127.0.0.1:8000") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an http:// or https:// URL of a host (and an optional path); "
            f"for example http://127.0.0.1:8000 or https://example.test/mounted")
    return text


def writable_file(text: str) -> str:
    folder = Path(text).expanduser().resolve().parent
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {folder} does not exist; create it first")
    if not os.access(folder, os.W_OK):
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {folder} is not writable")
    if Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is a folder; name a file, for example {text}/results.jsonl")
    return text

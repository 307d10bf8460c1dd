"""An expectations file's text: read as TOML, with the line of every table header, so
that each error message can say where in the file the mistake is."""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

# One key of a table header: "basic", 'literal' or bare. A header line is nothing but a possibly
# dotted key in brackets, so that "[see docs]" inside a multi-line reason is not taken for one.
_KEY = r"""(?:"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_-]+)"""
_HEADER = re.compile(rf"^\s*\[\[?\s*(?P<key>{_KEY})(?:\s*\.\s*{_KEY})*\s*\]\]?\s*(?:#.*)?$")
_ASSIGNMENT = re.compile(rf"^\s*(?P<key>{_KEY})\s*[.=]")


class ExpectationsError(Exception):
    """A usage error: the message names the file, the line or key, and the fix."""


def read_expectations_text(path: str | Path) -> str:
    try:
        # newline="": prune writes the text back, and must keep a file's "\r\n" line ends as they are.
        with open(path, encoding="utf-8", newline="") as file:
            return file.read()
    except FileNotFoundError:
        raise ExpectationsError(f"{path}: no such expectations file; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExpectationsError(f"{path}: cannot read the expectations file: {exc}") from None


def parse_toml(path: str | Path, text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib gives the place only inside its message: "... (at line 3, column 10)".
        line = re.search(r"at line (\d+)", str(exc))
        raise ExpectationsError(f"{prefix(path, int(line[1]) if line else 0)}not valid TOML: {exc}") from None


def table_keys(text: str) -> list[tuple[int, str]]:
    """(line number, top-level key) of every table header, and of every assignment before the first header."""
    found, in_preamble = [], True
    # TOML ends a line at "\n" only; str.splitlines would also split at "\x0c" or "\u2028" in a string.
    for number, line in enumerate(text.split("\n"), start=1):
        header = _HEADER.match(line)
        in_preamble = in_preamble and header is None
        match = header or (_ASSIGNMENT.match(line) if in_preamble else None)
        key = match and _decode_key(match["key"])
        if key is not None:
            found.append((number, key))
    return found


def _decode_key(token: str) -> str | None:
    # TOML's own reader undoes the quoting and the escapes exactly as the parse of the file did.
    try:
        return next(iter(tomllib.loads(f"{token} = 0")))
    except tomllib.TOMLDecodeError:
        return None


def prefix(path: str | Path, line: int) -> str:
    return f"{path}:{line}: " if line else f"{path}: "

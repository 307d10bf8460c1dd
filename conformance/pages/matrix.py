"""``flask-conformance matrix a.jsonl b.jsonl -o matrix.html``: implementations side by side."""

from __future__ import annotations


def write_matrix(path: str, results: list[str]) -> None:
    raise NotImplementedError("the matrix page is not built yet")

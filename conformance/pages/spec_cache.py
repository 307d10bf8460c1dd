"""The spec model kept between runs, as one JSON file in the user's cache directory.

Its name is a digest of every byte the model is built from (the feature files with their
paths, the catalogue, the modules that build it), so a changed spec is another name and a
stale model is never read. A file that is absent, truncated or unreadable is rebuilt; one
that cannot be written costs the next page a rebuild, nothing else. The folder is the one
where a run keeps its parsed features (suite_only.py): deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from ..paths import user_cache

FORMAT = "1"
KEEP = 4


def cache_dir() -> Path:
    return user_cache() / "pages"


def key_of(sources: list[Path], base: Path) -> str:
    digest = hashlib.sha256(FORMAT.encode() + b"\0")
    for path in sources:
        name = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(absent)")
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def read(key: str) -> dict | None:
    try:
        model = json.loads((cache_dir() / f"spec-{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return model if isinstance(model, dict) and "areas" in model and "catalogue" in model else None


def write(key: str, model: dict) -> None:
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".spec-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(model, out, ensure_ascii=False)
        target = folder / f"spec-{key}.json"
        os.replace(temporary, target)
        # A few specs' worth (a checkout, an installed copy, a test's folder), not one per edit.
        kept = sorted(folder.glob("spec-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for older in kept[KEEP:]:
            older.unlink(missing_ok=True)
    except OSError:
        pass

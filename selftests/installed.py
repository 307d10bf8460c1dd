"""A fresh virtual environment for the packaging self-tests: the suite's own wheel, foreign
projects, and a fork of Flask built from its sdist, installed the way a fork's CI would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOREIGN = Path(__file__).resolve().parent / "foreign"
_NOT_SHIPPED = shutil.ignore_patterns(".git", ".tox", ".ci-venv", ".venv", "build", "dist", "*.egg-info",
                                      "__pycache__")


class Env:
    """A venv at ``path``; every command runs with a clean environment of its own."""

    def __init__(self, path: Path):
        self.path = path
        venv.create(path, with_pip=True)
        self.bin = path / "bin"

    def environ(self) -> dict:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTEST", "CONFORMANCE_", "PIP_CONSTRAINT", "VIRTUAL_ENV", "PYTHONPATH"))}
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        return env

    def run(self, *command, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
        program = str(self.bin / command[0]) if (self.bin / command[0]).exists() else command[0]
        return subprocess.run([program, *map(str, command[1:])], cwd=cwd, env=self.environ(), capture_output=True,
                              text=True, timeout=timeout)

    def pip(self, *args) -> None:
        done = self.run("python", "-m", "pip", "--disable-pip-version-check", "-q", *args)
        if done.returncode != 0:
            raise AssertionError(f"pip {' '.join(map(str, args))} failed:\n{done.stdout}\n{done.stderr}")


def build_wheel(env: Env, out: Path) -> Path:
    """Build the suite's wheel from a copy of this checkout (a build in place would write
    build/ and egg-info into it)."""
    source = out / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SHIPPED)
    env.pip("wheel", "--no-deps", "-w", out, source)
    return next(out.glob("flask_conformance-*.whl"))


def build_flask_fork(env: Env, out: Path, version: str = "3.1.3") -> Path:
    """A fork of Flask made from its sdist: one behavior changed (the session cookie is no
    longer HttpOnly by default) and versioned 3.2.0.dev0, as a fork's main branch would be."""
    env.pip("download", "--no-binary", ":all:", "--no-deps", f"flask=={version}", "-d", out)
    sdist = next(out.glob("flask-*.tar.gz"))
    shutil.unpack_archive(sdist, out)
    fork = out / f"flask-{version}"
    app = fork / "src" / "flask" / "app.py"
    httponly = '"SESSION_COOKIE_HTTPONLY": '
    app.write_text(_replace_once(app.read_text(), httponly + "True", httponly + "False"))
    project = fork / "pyproject.toml"
    project.write_text(_replace_once(project.read_text(), f'version = "{version}"', 'version = "3.2.0.dev0"'))
    return fork


def _replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the Flask sdist changed: {old!r} is not there exactly once"
    return text.replace(old, new)


def outcome_lines(done: subprocess.CompletedProcess) -> str:
    """A pytest run's outcomes and error messages, without timings or paths that vary."""
    text = done.stdout + done.stderr
    text = re.sub(r" in \d+\.\d+s", "", text)
    return f"exit {done.returncode}\n{text}"


def python_version() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"

"""The app under test, reached through one transport, and its manifest."""

from __future__ import annotations

from dataclasses import dataclass, field
from wsgiref.validate import validator

import requests

from .client import ConformanceClient
from .contract import CONTRACT_VERSION, MANIFEST_PATH
from .live_failures import server_log_section
from .loading import load_app
from .transports.live import LiveServer
from .transports.wsgi import WSGIAdapter

IN_PROCESS_BASE = "http://localhost"


class TargetError(Exception):
    """The app cannot be checked at all (no manifest, wrong contract version)."""


@dataclass
class Target:
    """Where clients connect, how, and what the app declares in its manifest.

    :param transport: ``wsgi`` (in-process), ``live`` (a server we started) or ``url``.
    :param base_url: the app's root URL.
    :param adapter: the in-process adapter, or None to speak real HTTP.
    """

    transport: str
    app_spec: str | None
    base_url: str
    timeout: float
    adapter: WSGIAdapter | None = None
    server: LiveServer | None = None
    manifest: dict = field(default_factory=dict)

    def new_client(self) -> ConformanceClient:
        """A fresh client with an empty cookie jar (and a fresh live server if the app ended its own)."""
        if self.server is not None and self.server.exit_status() is not None:
            # The app ended its server (os._exit, a crash): the scenario it did that in failed
            # saying so; the scenarios after it get a fresh server, as in-process they get a
            # fresh process from the supervisor.
            self.base_url = self.server.start()
        return ConformanceClient(self.base_url, self.adapter, self.timeout, server=self.server)

    def read_manifest(self) -> dict:
        """Fetch and check the manifest; raise TargetError when the app has none."""
        where = self.base_url + MANIFEST_PATH
        with self.new_client() as client:
            try:
                response = client.get(MANIFEST_PATH)
            except requests.RequestException as exc:
                raise TargetError(f"could not read the manifest at {where}: {exc}") from exc
        log = getattr(response, "server_log", "")
        if response.status_code != 200:
            raise TargetError(f"{where} answered {response.status_code} without a manifest: is this a contract app? "
                              f"See CONTRACT.md." + server_log_section(log))
        try:
            manifest = response.json()
        except ValueError as exc:
            raise TargetError(f"the manifest at {where} is not JSON ({exc}): {response.text!r:.80}") from exc
        problem = _manifest_problem(manifest)
        if problem:
            raise TargetError(f"the manifest at {where} {problem}. See CONTRACT.md.")
        self.manifest = manifest
        return manifest

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()


def _manifest_problem(manifest) -> str | None:
    """What is wrong with a decoded manifest, or None."""
    if not isinstance(manifest, dict):
        return f"is a JSON {type(manifest).__name__}, not an object with 'contract_version' and 'areas'"
    if str(manifest.get("contract_version")) != CONTRACT_VERSION:
        return (f"says contract version {manifest.get('contract_version')!r}; this suite checks version "
                f"{CONTRACT_VERSION!r}")
    areas = manifest.get("areas")
    if not isinstance(areas, list) or not all(isinstance(area, str) for area in areas):
        return f"has 'areas': {areas!r:.60}, not a list of area names"
    return None


def open_target(transport: str, app_spec: str | None, base_url: str | None, server: str, timeout: float,
                wsgi_lint: bool = False) -> Target:
    """Load or start the app as the options say, and read its manifest."""
    if base_url:
        target = Target("url", None, base_url, timeout)
    elif transport == "live":
        load_app(app_spec)  # fail here, with the loader's message, rather than in the server log
        live = LiveServer(app_spec, server, request_timeout=timeout)
        target = Target("live", app_spec, live.start(), timeout, server=live)
    else:
        app = load_app(app_spec)
        if wsgi_lint:
            app = validator(app)
        target = Target("wsgi", app_spec, IN_PROCESS_BASE, timeout, adapter=WSGIAdapter(app))
    try:
        target.read_manifest()
    except TargetError:
        target.close()
        raise
    return target

"""The live transport: the same scenarios pass over TCP, and a server that fails says why."""

from __future__ import annotations

import time

import pytest
from flask_conformance.client import ConformanceClient
from flask_conformance.contract import REFERENCE_APP
from flask_conformance.transports.live import LiveServer, LiveServerError

from selftests.apps.hostile_live import HANGING_ROUTES
from selftests.suite_runs import run_suite


def test_every_scenario_passes_over_a_live_waitress_server(tmp_path, baseline):
    run, records, output = run_suite(REFERENCE_APP, tmp_path / "live.jsonl", "--conformance-transport=live")
    assert run["transport"] == "live" and run["server"] == "waitress" and run["base_url"].startswith("http://127.0.0.1:")
    failing = [f"{r['id']}: {r['message']}" for r in records if r["outcome"] != "PASS"]
    assert not failing, "\n".join(failing) + output[-1500:]
    assert {r["id"] for r in records} == {r["id"] for r in baseline[1]}


def test_the_wsgiref_server_serves_the_suite_too(tmp_path):
    run, records, output = run_suite(REFERENCE_APP, tmp_path / "wsgiref.jsonl", "--conformance-transport=live",
                                     "--conformance-server=wsgiref", "-m", "strict_slashes")
    assert run["server"] == "wsgiref"
    assert records and all(r["outcome"] == "PASS" for r in records), output[-2000:]


def test_a_server_that_cannot_start_shows_its_log():
    server = LiveServer("selftests.apps.broken_import:app", startup_timeout=10)
    with pytest.raises(LiveServerError) as error:
        server.start()
    message = str(error.value)
    assert "failed to start" in message and "exit status 2" in message
    assert "a_dependency_that_is_not_installed" in message


def test_closed_clients_leave_no_connection_open_even_with_responses_kept():
    # pytest-bdd keeps every step's response until the run ends; waitress accepts 100
    # connections, so a leak of one per scenario shows within 120 clients.
    server = LiveServer(REFERENCE_APP)
    kept = []
    try:
        base_url = server.start()
        for _ in range(120):
            with ConformanceClient(base_url, None, 3) as client:
                kept.append(client.get("/slashes/dir/"))
    finally:
        server.stop()
    assert [r.status_code for r in kept] == [200] * 120


def test_a_running_server_is_checked_through_its_base_url(tmp_path):
    server = LiveServer(REFERENCE_APP)
    try:
        base_url = server.start()
        run, records, output = run_suite("unused:app", tmp_path / "url.jsonl", f"--conformance-base-url={base_url}",
                                         "-m", "strict_slashes")
    finally:
        server.stop()
    assert (run["transport"], run["base_url"]) == ("url", base_url)
    assert records and all(r["outcome"] == "PASS" for r in records), output[-2000:]


def test_an_app_that_prints_on_every_request_passes_live(tmp_path):
    run, records, output = run_suite("selftests.apps.chatty:create_app()", tmp_path / "chatty.jsonl",
                                     "--conformance-transport=live", "-m", "sessions or strict_slashes")
    assert len(records) > 40 and all(r["outcome"] == "PASS" for r in records), output[-2000:]


def test_routes_that_hang_fail_their_scenarios_only_and_the_run_ends(tmp_path):
    # Each hung call holds a server thread for 30 s after its client gave up; with waitress's
    # default 4 threads, 15 later scenarios of these areas failed too.
    started = time.monotonic()
    run, records, output = run_suite("selftests.apps.hostile_live:hangs_on_eight_routes()", tmp_path / "hangs.jsonl",
                                     "--conformance-transport=live", "--conformance-request-timeout=1",
                                     "-m", "defaults or flashing or hooks")
    elapsed = time.monotonic() - started
    failed = {r["id"]: r["message"] for r in records if r["outcome"] != "PASS"}
    assert len(failed) == len(HANGING_ROUTES) and len(records) > 40, output[-3000:]
    for message in failed.values():
        assert "ReadTimeout: the app did not answer GET " in message and " within 1 s\nserver log" in message
    assert elapsed < len(HANGING_ROUTES) * 1 + 20


def test_a_protocol_violation_fails_live_as_it_does_in_process(tmp_path):
    _, records, output = run_suite("selftests.apps.misbehaving:create_app()", tmp_path / "r.jsonl",
                                   "--conformance-transport=live", "-m", "strict_slashes",
                                   "--conformance-request-timeout=0.5")
    broken = {r["id"]: r for r in records}["strict_slashes.rule_not_strict[/slashes/loose-dir-loose-dir]"]
    assert broken["outcome"] == "FAIL", output[-2000:]
    assert "server log during this request" in broken["message"]
    assert "the status is int 200, not str" in broken["message"]

"""The live transport: the same scenarios pass over TCP, and a server that fails says why."""

from __future__ import annotations

import time

import pytest
from flask_conformance.client import ConformanceClient
from flask_conformance.contract import REFERENCE_APP
from flask_conformance.transports import SERVERS
from flask_conformance.transports.live import LiveServer, LiveServerError
from flask_conformance.transports.wire import NO_HEADER

from selftests.apps.hostile_live import HANGING_ROUTES
from selftests.mutant_index import MODULES, app_spec, load
from selftests.suite_runs import not_passed, run_suite

#: How a scenario says it does not hold on this server: another server's behavior (real_servers'
#: "Given the app is served by ..."), or a chunked body the server does not decode.
SERVER_SKIPS = ("the scenario states what ", "'s server passes a chunked body on undecoded")


def _not_passed(records):
    """The records that neither passed nor skipped saying the server is not the one they need."""
    return [f"{r['id']} {r['outcome']}: {r['message']}" for r in not_passed(records, SERVER_SKIPS)]


@pytest.mark.parametrize("server", ["waitress", "werkzeug"])
def test_every_scenario_passes_over_a_live_server(tmp_path, baseline, server):
    run, records, output = run_suite(REFERENCE_APP, tmp_path / "live.jsonl", "--conformance-transport=live",
                                     f"--conformance-server={server}")
    assert run["transport"] == "live" and run["server"] == server and run["base_url"].startswith("http://127.0.0.1:")
    assert not _not_passed(records), "\n".join(_not_passed(records)) + output[-1500:]
    assert {r["id"] for r in records} == {r["id"] for r in baseline[1]}


@pytest.mark.parametrize("server", SERVERS)
def test_live_only_scenarios_pass_on_each_server(tmp_path, server):
    _, records, output = run_suite(REFERENCE_APP, tmp_path / "live_only.jsonl", "--conformance-transport=live",
                                   f"--conformance-server={server}", "-m", "live_only")
    assert records and not _not_passed(records), "\n".join(_not_passed(records)) + output[-1500:]
    assert any(r["outcome"] == "PASS" and r["area"] == "real_servers" for r in records), output[-1500:]


def test_live_only_scenarios_are_skipped_in_process_saying_why(tmp_path):
    _, records, output = run_suite(REFERENCE_APP, tmp_path / "in_process.jsonl", "-m", "live_only")
    reason = "live_only: this scenario checks a real server; run with --transport live or --base-url"
    assert records and all((r["outcome"], r["message"]) == ("SKIP", reason) for r in records), output[-1500:]


@pytest.mark.parametrize("mutant", sorted(name for name in MODULES if hasattr(load(name), "SERVER")))
def test_a_live_only_mutant_fails_its_scenarios_on_its_server(tmp_path, mutant):
    # test_mutants.py runs mutants in-process, where @live_only scenarios skip: these run live,
    # the patch applied in the server's process, which loads the mutant's create_app().
    module = load(mutant)
    ids = sorted({i.split("[")[0] for i in module.KILLS})
    _, records, output = run_suite(app_spec(mutant), tmp_path / "mutant.jsonl", "--conformance-transport=live",
                                   f"--conformance-server={module.SERVER}", "-k", " or ".join(ids))
    survivors = [f"{r['id']} {r['outcome']}" for r in records
                 if r["id"].split("[")[0] in ids and r["outcome"] not in ("FAIL", "ERROR")]
    assert records and not survivors, f"{mutant} did not fail:\n" + "\n".join(survivors) + output[-1500:]


@pytest.mark.parametrize("server", SERVERS)
def test_requests_a_client_writes_itself_reach_each_server(server):
    # echo answers its environ even to HEAD, and no server drops that body: send_raw shows it.
    live = LiveServer("selftests.apps.echo:app", server)
    try:
        with ConformanceClient(live.start(), None, 5, server=live) as client:
            without_host = client.get("/", headers={"Host": NO_HEADER}).json()
            without_length = client.post("/", data=b"a=1", headers={"Content-Length": NO_HEADER}).json()
            head = client.send_raw("HEAD", "/", "HTTP/1.0")
    finally:
        live.stop()
    assert "HTTP_HOST" not in without_host and without_host["SERVER_PROTOCOL"] == "HTTP/1.0"
    assert without_length["body"] == "" and not without_length.get("CONTENT_LENGTH")
    assert head.status_code == 200 and head.content == b"" and head.after.startswith(b'{"')


def test_the_wsgiref_server_serves_the_suite_too(tmp_path):
    run, records, output = run_suite(REFERENCE_APP, tmp_path / "wsgiref.jsonl", "--conformance-transport=live",
                                     "--conformance-server=wsgiref", "-m", "strict_slashes or wsgi_environ")
    assert run["server"] == "wsgiref"
    assert records and not _not_passed(records), output[-2000:]
    assert [r["id"] for r in records if r["outcome"] == "SKIP"] == ["wsgi_environ.chunked_body_read"]


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

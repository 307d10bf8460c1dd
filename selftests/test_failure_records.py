"""The results file's record of where a scenario is and how it failed: ``file`` and ``line`` on
every scenario, ``failed_step`` and ``exchange`` (the last request and response) on a failure."""

from __future__ import annotations

import io

import pytest
import requests
from flask_conformance import failure_details
from flask_conformance.paths import FEATURES
from urllib3 import HTTPHeaderDict, HTTPResponse

from selftests.apps.partial_failing import BODY, DEFECT
from selftests.report_runs import FAILING, partial_failing_run
from selftests.suite_runs import run_suite


def test_every_scenario_names_its_feature_file_and_line():
    records = partial_failing_run().records.values()
    for record in records:
        written = (FEATURES / record["file"]).read_text(encoding="utf-8").splitlines()[record["line"] - 1]
        assert written.strip().startswith("Scenario"), (record["id"], written)
    assert {r["file"] for r in records} >= {"strict_slashes/merged_slashes.feature", "hooks/hook_order.feature"}
    passed = [r for r in records if r["outcome"] in ("PASS", "UNSUPPORTED")]
    assert passed and not any("failed_step" in r or "exchange" in r for r in passed)


def test_a_failure_names_the_step_that_failed():
    record = partial_failing_run().records[FAILING]
    step = record["failed_step"]
    assert (step["keyword"], step["text"], step["index"]) == ("Then", "the status is 308", 1)
    written = (FEATURES / record["file"]).read_text(encoding="utf-8").splitlines()[step["line"] - 1]
    assert written.strip() == "Then the status is 308"


def test_a_failure_keeps_the_last_exchange_with_repeated_headers_and_a_cut_body():
    exchange = partial_failing_run().records[FAILING]["exchange"]
    request, response = exchange["request"], exchange["response"]
    assert request["method"] == "GET" and request["url"].endswith(DEFECT) and request["body"] == ""
    assert ["X-Conformance-Token", request["headers"][-1][1]] in request["headers"]
    assert (response["status"], response["reason"]) == (404, "NOT FOUND")
    assert [v for n, v in response["headers"] if n == "Set-Cookie"] == ["first=1; Path=/", "second=2; Path=/"]
    kept, marker = response["body"][:2000], response["body"][2000:]
    assert kept == BODY[:2000] and marker == f"\n[... {len(BODY) - 2000} more characters cut by flask-conformance]"


def test_a_request_that_got_no_answer_is_kept_without_a_response(tmp_path):
    _, records, output = run_suite("selftests.apps.misbehaving:create_app()", tmp_path / "r.jsonl",
                                   "-m", "strict_slashes", "-k", "no_redirect_to_slashless",
                                   "--conformance-request-timeout=0.5")
    (record,) = records
    assert record["outcome"] == "FAIL", output[-2000:]
    assert record["failed_step"]["keyword"] == "When"
    assert record["exchange"]["response"] is None
    assert record["exchange"]["request"]["url"].endswith("/slashes/file/")


def test_an_expected_failure_keeps_its_step_too(tmp_path):
    expectations = tmp_path / "deviations.toml"
    expectations.write_text('["strict_slashes.merge_slashes"]\noutcome = "fail"\nreason = "not merged"\n')
    _, records, _ = run_suite("selftests.mutants.strict_slashes.slashes_not_merged:create_app()",
                              tmp_path / "r.jsonl", "-m", "strict_slashes", "-k", "merge_slashes",
                              f"--conformance-expectations={expectations}")
    assert {r["outcome"] for r in records} == {"XFAIL"}
    assert all(r["failed_step"]["text"] == "the status is 308" and r["exchange"]["response"]["status"] == 404
               for r in records)


def _response(body: bytes, headers: list[tuple[str, str]], request=None) -> requests.Response:
    raw = HTTPResponse(body=io.BytesIO(body), headers=HTTPHeaderDict(headers), status=200, preload_content=False)
    response = requests.adapters.HTTPAdapter().build_response(
        request or requests.Request("POST", "http://localhost/x", data=b"\xff sent").prepare(), raw)
    response.content  # noqa: B018 - read, as the client does
    return response


def test_bodies_are_text_with_bad_bytes_replaced():
    seen = failure_details.exchange_of(_response(b"caf\xc3\xa9 \xff", [("Content-Type", "text/plain")]))
    assert seen["response"]["body"] == "café \ufffd" and seen["request"]["body"] == "\ufffd sent"
    assert failure_details.cut("x" * 2000) == "x" * 2000


def test_the_response_the_failing_step_judged_comes_first():
    judged, later = _response(b"judged", []), _response(b"later", [])

    class Client:
        _responses = [judged, later]

    assert failure_details.exchange(AssertionError(), {"response": judged}, Client())["response"]["body"] == "judged"
    assert failure_details.exchange(AssertionError(), {}, Client())["response"]["body"] == "later"


@pytest.mark.parametrize("answered", [True, False])
def test_a_transport_error_never_borrows_an_earlier_answer(answered):
    earlier = _response(b"earlier", [])

    class Client:
        _responses = [earlier]
        last_sent = earlier.request if answered else requests.Request("GET", "http://localhost/hangs").prepare()

    seen = failure_details.exchange(requests.ConnectionError("no answer"), {"response": earlier}, Client())
    if answered:
        assert seen is None  # the request that failed was another client's (a fresh one in a step)
    else:
        assert seen == {"request": {"method": "GET", "url": "http://localhost/hangs", "headers": [], "body": ""},
                        "response": None}

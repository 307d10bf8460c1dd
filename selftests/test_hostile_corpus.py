"""Every case of the hostile corpus (selftests/hostile_corpus.py), in both transports, through
``flask-conformance run`` as a user runs it: the run ends in bounded time with the expected
exit status, the attacked scenario says what the app did, the others are unaffected, the
results file is written (also when nothing could run), and no process is left behind."""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from selftests.hostile_corpus import ATTACKED, CASES, LIMITS, SELECTION, SYNTAX_ERROR_MODULE
from selftests.suite_runs import cli, processes_with, run_marker

#: Far above any case's few seconds (two run at once), far below a hang's forever.
BOUND = 30
BY_NAME = {case.name: case for case in CASES}


def _run(case, transport, work):
    work.mkdir()
    name, text = SYNTAX_ERROR_MODULE
    (work / name).write_text(text)
    marker = run_marker()
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(work), os.environ.get("PYTHONPATH")])), **marker}
    started = time.monotonic()
    done = cli("run", "-q", "--app", case.app, "--transport", transport, *LIMITS, "--results", work / "r.jsonl",
               "--", *SELECTION, env=env, timeout=BOUND * 2)
    return done, time.monotonic() - started, processes_with(marker)


@pytest.fixture(scope="session")
def corpus_runs(request, tmp_path_factory):
    """The selected cases' runs, two at a time (each is mostly waiting on a timeout)."""
    out = tmp_path_factory.mktemp("corpus")
    selected = [(item.callspec.params["case"].name, item.callspec.params["transport"]) for item in request.session.items
                if "case" in getattr(getattr(item, "callspec", None), "params", {})]

    def run(key):
        name, transport = key
        return _run(BY_NAME[name], transport, out / f"{transport}-{CASES.index(BY_NAME[name])}")

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(selected, pool.map(run, selected), strict=True))


@pytest.mark.parametrize("transport", ["wsgi", "live"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_implementation_gets_a_clear_verdict(corpus_runs, case, transport):
    expected = getattr(case, transport)
    done, elapsed, leftovers = corpus_runs[case.name, transport]
    output = done.stdout[-3000:] + done.stderr[-3000:]
    assert (done.returncode, elapsed < BOUND) == (expected.exit, True), f"{elapsed:.1f} s\n{output}"
    results = done.args[done.args.index("--results") + 1]
    lines = [json.loads(line) for line in open(results, encoding="utf-8").read().splitlines()]
    run, records = lines[0], {r["id"]: r for r in lines[1:]}
    assert len(records) == 4, output
    if expected.outcome is None:  # nothing could run: every scenario says why
        assert expected.message in run["refused"] and expected.message in output
        assert {r["outcome"] for r in records.values()} == {"SKIP"}
        assert all(r["message"].startswith("not run: the app cannot be checked: ") for r in records.values())
    else:
        attacked = records.pop(ATTACKED)
        assert (attacked["outcome"], expected.message in attacked["message"]) == (expected.outcome, True), \
            attacked["message"]
        assert {r["outcome"] for r in records.values()} == {expected.others}, records
        assert f"{expected.outcome} {ATTACKED}" in done.stdout
    assert not leftovers

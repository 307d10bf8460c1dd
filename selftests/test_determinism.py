"""The gate gives the same answer every time: under two hash seeds, in shuffled orders, with
each area alone, and over ten repeated runs, the reference app passes every scenario."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from flask_conformance.contract import AREAS, REFERENCE_APP

from selftests.suite_runs import run_suite

RUNS = {
    **{f"PYTHONHASHSEED={seed}": ((), {"PYTHONHASHSEED": seed}) for seed in ("0", "1")},
    **{f"shuffled with seed {seed}": ((f"--conformance-shuffle={seed}",), {}) for seed in (1, 2)},
    "shuffled with seed 2, again": (("--conformance-shuffle=2",), {}),
    **{f"{area} alone": (("-m", area), {}) for area in AREAS},
    **{f"repeat {n}": ((), {}) for n in range(10)},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    out = tmp_path_factory.mktemp("determinism")

    def run(name):
        args, env = RUNS[name]
        return run_suite(REFERENCE_APP, out / f"{name.replace(' ', '_')}.jsonl", *args, env=env)

    with ThreadPoolExecutor(2) as pool:
        return dict(zip(RUNS, pool.map(run, RUNS), strict=True))


@pytest.mark.parametrize("name", list(RUNS))
def test_every_scenario_passes(runs, name, baseline):
    _, records, output = runs[name]
    assert records, output[-2000:]
    failing = [(r["id"], r["message"]) for r in records if r["outcome"] != "PASS"]
    assert not failing, failing
    if " alone" not in name:
        assert sorted(r["id"] for r in records) == sorted(r["id"] for r in baseline[1])


def test_a_shuffle_seed_gives_its_order_again_and_is_recorded(runs, baseline):
    first, again = runs["shuffled with seed 2"], runs["shuffled with seed 2, again"]
    assert first[0]["order"] == {"shuffled": True, "seed": 2}
    order = [r["id"] for r in first[1]]
    assert order == [r["id"] for r in again[1]] and order != [r["id"] for r in baseline[1]]
    assert order != [r["id"] for r in runs["shuffled with seed 1"][1]]

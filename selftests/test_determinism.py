"""The gate gives the same answer every time: under two hash seeds, in shuffled orders, with
each area alone, and over ten repeated runs, the reference app passes every scenario.

The hash seeds need fresh interpreters (the seed is set at start-up), and two of the
repeats run in fresh ones too; the other runs are children of the mutant runner's zygote
(selftests/mutant_runs.py), each reseeding its random module, for a fraction of the cost.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from flask_conformance.contract import AREAS, REFERENCE_APP

from selftests.mutant_runs import Job, MutantRunner
from selftests.suite_runs import not_passed, run_suite

#: name: (pytest arguments, environment) of a run in a fresh interpreter.
FRESH = {
    **{f"PYTHONHASHSEED={seed}": ((), {"PYTHONHASHSEED": seed}) for seed in ("0", "1")},
    **{f"repeat {n}": ((), {}) for n in range(2)},
}
#: name: (areas, pytest arguments) of a run forked from the zygote.
FORKED = {
    **{f"shuffled with seed {seed}": (AREAS, (f"--conformance-shuffle={seed}",)) for seed in (1, 2)},
    "shuffled with seed 2, again": (AREAS, ("--conformance-shuffle=2",)),
    **{f"{area} alone": ((area,), ()) for area in AREAS},
    **{f"repeat {n}": (AREAS, ()) for n in range(2, 10)},
}
RUNS = [*FRESH, *FORKED]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    out = tmp_path_factory.mktemp("determinism")

    def fresh(name):
        args, env = FRESH[name]
        return run_suite(REFERENCE_APP, out / f"{name.replace(' ', '_')}.jsonl", *args, env=env)

    runner = MutantRunner(out)
    try:
        forked = runner.run([Job(name.replace(" ", "_").replace(",", ""), REFERENCE_APP, areas, extra=extra)
                             for name, (areas, extra) in FORKED.items()])
    finally:
        runner.close()
    with ThreadPoolExecutor(2) as pool:
        found = dict(zip(FRESH, pool.map(fresh, FRESH), strict=True))
    for name in FORKED:
        run = forked[name.replace(" ", "_").replace(",", "")]
        found[name] = (run.record, run.records, run.problem or run.output)
    return found


@pytest.mark.parametrize("name", RUNS)
def test_every_scenario_passes(runs, name, baseline):
    _, records, output = runs[name]
    assert records, output[-2000:]
    failing = [(r["id"], r["message"]) for r in not_passed(records)]
    assert not failing, failing
    if " alone" not in name:
        assert sorted(r["id"] for r in records) == sorted(r["id"] for r in baseline[1])


def test_a_shuffle_seed_gives_its_order_again_and_is_recorded(runs, baseline):
    first, again = runs["shuffled with seed 2"], runs["shuffled with seed 2, again"]
    assert first[0]["order"] == {"shuffled": True, "seed": 2}
    order = [r["id"] for r in first[1]]
    assert order == [r["id"] for r in again[1]] and order != [r["id"] for r in baseline[1]]
    assert order != [r["id"] for r in runs["shuffled with seed 1"][1]]

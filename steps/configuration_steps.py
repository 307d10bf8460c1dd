"""Steps of the configuration area: what a case of GET /configuration/case/<case> loaded into a
throwaway app's config (each value as its Python repr), what the call returned or raised."""

from __future__ import annotations

from pytest_bdd import parsers, then

from .observed import observed


def _answer(response) -> dict:
    try:
        answer = response.json() if response.status_code == 200 else None
    except ValueError:
        answer = None
    assert isinstance(answer, dict) and isinstance(answer.get("config"), dict), (
        f"expected 200 with a JSON object holding the case's config, got {observed(response)}"
    )
    return answer


def _raised(answer) -> str:
    """What the failure message adds when the case's call raised: the reason nothing was loaded."""
    return f" (the call raised {answer['raised']})" if "raised" in answer else ""


def _values(datatable) -> dict:
    """The rows of a | key | value | table, as a dict."""
    header, *rows = datatable
    assert header == ["key", "value"], f"the table's header is | key | value |, not {header}"
    return dict(rows)


@then("the loaded configuration is exactly:")
def _(response, datatable):
    expected, answer = _values(datatable), _answer(response)
    assert answer["config"] == expected, (
        f"expected the loaded configuration {expected}, got {answer['config']}{_raised(answer)}"
    )


@then("the loaded configuration includes:")
def _(response, datatable):
    answer = _answer(response)
    got = answer["config"]
    wrong = {key: got.get(key, "(absent)") for key, value in _values(datatable).items() if got.get(key) != value}
    assert not wrong, f"expected {_values(datatable)}, but these keys differ: {wrong}{_raised(answer)}"


@then(parsers.re(r"the loaded configuration has none of the keys (?P<keys>[A-Z_]+(?:, [A-Z_]+)*)$"))
def _(response, keys):
    got = _answer(response)["config"]
    present = [key for key in keys.split(", ") if key in got]
    assert not present, f"expected none of {keys}, got {({key: got[key] for key in present})}"


@then(parsers.re(r"the configuration call (?P<outcome>returned|raised) (?P<text>.+)$"))
def _(response, outcome, text):
    answer = _answer(response)
    assert answer.get(outcome) == text, (
        f"expected the call to have {outcome} {text!r}, it "
        + (f"raised {answer['raised']!r}" if "raised" in answer else f"returned {answer.get('returned')!r}")
    )


@then(parsers.re(r"the app's debug flag is (?P<value>True|False)$"))
def _(response, value):
    got = _answer(response).get("debug")
    assert got == value, f"expected app.debug to be {value}, it is {got}"

from pytest_bdd import given, parsers, then, when


@given("an empty basket", target_fixture="basket")
def _():
    return []


@when("the shopper adds an apple")
def _(basket):
    basket.append("apple")


@then(parsers.parse("the basket holds {count:d} item"))
def _(basket, count):
    assert len(basket) == count

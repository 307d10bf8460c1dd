from pytest_bdd import scenarios

scenarios("shopping.feature")

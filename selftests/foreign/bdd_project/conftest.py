"""The project's own step modules, loaded the way pytest-bdd recommends."""

pytest_plugins = ["tests.steps.basket_steps"]

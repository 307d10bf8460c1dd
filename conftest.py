"""Load the step modules for every run of the suite (never import them from test modules:
that collects each scenario twice). The harness itself comes in as the pytest11 plugin."""

pytest_plugins = [
    "steps.http_steps",
    "steps.cookie_steps",
    "steps.hooks_steps",
    "steps.sessions_steps",
]

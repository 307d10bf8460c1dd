"""The suite's hypothesis profiles, registered and loaded only in suite runs.

Hypothesis takes about a third of a second to import: it is imported only when a run
names a profile (--hypothesis-profile, read by hypothesis' own plugin at start-up) or
when the first ``@property`` scenario runs.
"""

from __future__ import annotations

NAME = "conformance"
_registered = []
_suite_run = []  # a --conformance-suite-only run


def configure(config) -> None:
    """At start-up, before hypothesis' own plugin reads --hypothesis-profile."""
    if config.option.conformance_suite_only:
        _suite_run.append(True)
    if config.getoption("hypothesis_profile", None):
        register()  # so that --hypothesis-profile=conformance-thorough can name ours


def drop_unused_plugin(config) -> None:
    """Once the session has started (hypothesis' plugin has ended its start-up), unregister it
    from a suite run that passed no --hypothesis-* option: its terminal summary imports
    hypothesis even when no test used it (half a second); a suite run needs it only for what
    such an option asks (statistics, a seed, a profile)."""
    asked = any(arg.startswith("--hypothesis") for arg in config.invocation_params.args)
    plugin = config.pluginmanager.get_plugin("hypothesispytest")
    if config.option.conformance_suite_only and not asked and plugin is not None:
        config.pluginmanager.unregister(plugin)


def register() -> None:
    from hypothesis import HealthCheck, settings

    # Derandomized and bounded: a CI gate must give the same answer twice.
    settings.register_profile(NAME, derandomize=True, database=None, deadline=None, max_examples=10,
                              print_blob=True, suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile(NAME + "-thorough", max_examples=500, deadline=None)
    _registered.append(True)
    if _suite_run:
        _leave_out_local_constants()


def ensure_loaded() -> None:
    """Before a property runs: the suite's profile, unless the run named one (then it is loaded)."""
    if _registered:
        return
    from hypothesis import settings

    register()
    settings.load_profile(NAME)


def _leave_out_local_constants() -> None:
    """Hypothesis mixes into the values it draws the literals of every "local" module imported:
    one not under site-packages. Installed editable, that is the suite's own harness, steps and
    reference app (a thousand messages and paths); from a wheel, none of them. So a gate's
    examples would depend on how the suite was installed, and scanning and filtering those
    literals was a fifth of the properties' time. In a suite run (a process of the suite's own)
    no module counts as local; global constants ("", NaN, 2**63...) are drawn as ever. If
    hypothesis' internals are not the ones this was written for (6.155), nothing is changed."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:
        return  # an older hypothesis: no providers module, and no local constants either
    nothing = getattr(providers, "_local_constants", None)
    if callable(getattr(providers, "_get_local_constants", None)) and nothing is not None and not len(nothing):
        providers._get_local_constants = lambda: nothing

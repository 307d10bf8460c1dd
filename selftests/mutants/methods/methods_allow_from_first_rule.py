"""Mutant: when several rules match the path, a 405 and OPTIONS list the first rule's methods only."""

import __future__

import inspect
import textwrap

from werkzeug.routing import matcher

from .. import reference_app

KILLS = ["methods.not_allowed_unites_rules", "methods.options_unites_rules"]

UNION = "have_match_for.update(rule.methods)"
FIRST = "have_match_for.update(() if have_match_for else rule.methods)"


def create_app():
    source = textwrap.dedent(inspect.getsource(matcher.StateMachineMatcher.match))
    assert UNION in source, "Werkzeug's matcher changed: update the mutant"
    namespace = {}
    code = compile(source.replace(UNION, FIRST), matcher.__file__, "exec",
                   flags=__future__.annotations.compiler_flag, dont_inherit=True)
    exec(code, vars(matcher), namespace)
    matcher.StateMachineMatcher.match = namespace["match"]
    return reference_app()

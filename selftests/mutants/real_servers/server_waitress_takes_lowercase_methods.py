"""Mutant: waitress upper-cases a method token with lower-case letters instead of refusing it.

A patch of waitress, the server under test in this scenario, not of Flask or Werkzeug: its
400 is answered before any app runs, so no patch of theirs can change it.
"""

from waitress import parser

from .. import reference_app

KILLS = ["real_servers.lowercase_method_refused_by_waitress"]
SERVER = "waitress"


def create_app():
    crack_first_line = parser.crack_first_line

    def crack_any_case(line):
        method, space, rest = line.partition(b" ")
        return crack_first_line(method.upper() + space + rest)

    parser.crack_first_line = crack_any_case
    return reference_app()

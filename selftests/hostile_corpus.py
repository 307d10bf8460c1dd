"""The hostile corpus: implementations that misbehave in every way the harness must survive,
with what a user must see for each, in each transport. selftests/test_hostile_corpus.py
asserts it; ``python benchmarks/hostile_cases.py`` prints it as a table (outcome, time,
message) for people.

Every case runs four scenarios of strict_slashes: one before the attacked route, the
scenario that requests it (strict_slashes.no_redirect_to_slashless, GET /slashes/file/),
and two after it, which show that the run goes on unaffected. A case whose app cannot be
checked at all (it does not load, its manifest is broken) runs none of them: exit 2, and
the results file lists all four as not run, saying why.
"""

from __future__ import annotations

from dataclasses import dataclass

ATTACKED = "strict_slashes.no_redirect_to_slashless"
SELECTION = ("-k", "redirect_path_converter or no_redirect_to_slashless or map_not_strict")
#: Bounded timeouts keep each case to a few seconds.
LIMITS = ("--request-timeout", "0.5", "--scenario-timeout", "3")


@dataclass(frozen=True)
class Expected:
    exit: int
    #: The attacked scenario's outcome; None when the app cannot be checked (nothing runs).
    outcome: str | None
    #: Text the attacked scenario's message (or, if refused, the results' reason) contains.
    message: str
    #: The outcome of the other three scenarios.
    others: str = "PASS"


@dataclass(frozen=True)
class Case:
    name: str
    app: str
    wsgi: Expected
    live: Expected


def _answer(name: str, wsgi: str, live: str | None = None) -> Case:
    """The attacked route answers badly: its scenario fails in both transports, saying how."""
    app = f"selftests.apps.hostile_answers:answers({name!r})"
    return Case(name, app, Expected(1, "FAIL", wsgi), Expected(1, "FAIL", live or wsgi))


def _refused(name: str, app: str, message: str, live: str | None = None) -> Case:
    """The app cannot be checked at all: exit 2 and nothing runs, in both transports, saying why."""
    return Case(name, app, Expected(2, None, message), Expected(2, None, live or message))


def _manifest(name: str, message: str, live: str | None = None) -> Case:
    return _refused(f"manifest: {name}", f"selftests.apps.hostile_answers:manifest({name!r})", message, live)


#: The status checks of both transports are the same code (answer_checks.py),
#: so the message is the same; live it is in the server log the failure shows.
CASES = [
    _answer("start_response twice", "start_response was called twice without exc_info"),
    _answer("no start_response", "the app returned without calling start_response"),
    _answer("status without a reason phrase", "the status '200' is not 'NNN Reason'"),
    _answer("int status", "the status is int 200, not str"),
    _answer("str body", "the response body yielded str 'text', not bytes"),
    _answer("CR LF in a header value", "the value of header 'X-Injected' holds '\\r', which is a control character"),
    _answer("newline in a header name", "the header name 'X-Bad\\nName' is not an RFC 9110 token"),
    _answer("non-latin-1 header value", "which is not latin-1 (PEP 3333)"),
    _answer("Content-Length larger than the body", "the app declared Content-Length: 10 but sent a body of 3 bytes",
            "the response body broke off after 3 bytes"),
    _answer("Content-Length smaller than the body", "the app declared Content-Length: 1 but sent a body of 3 bytes",
            "the app declared Content-Length: 1 but its body is longer (3 bytes so far)"),
    _answer("endless body", "answered GET /slashes/file/ with '200 OK' but its body did not end within 0.5 s",
            "GET /slashes/file/: the response body did not end within 0.5 s"),
    _answer("trickled body", "answered GET /slashes/file/ with '200 OK' but its body did not end within 0.5 s",
            "GET /slashes/file/: the response body did not end within 0.5 s"),
    _answer("huge body", "GET /slashes/file/: the response body is over 10485760 bytes (the suite's cap)"),
    _answer("raises", "the app raised RuntimeError: the hostile app fell over instead of answering GET /slashes/file/",
            "RuntimeError: the hostile app fell over"),
    _answer("hangs", "the app did not answer GET /slashes/file/ within 0.5 s"),
    # The app attacks the process it runs in: in-process the supervisor ends the scenario and
    # goes on in a fresh process; live the server is a process of its own.
    Case("a bare except: around a hang", "selftests.apps.hostile:wedged()",
         Expected(1, "TIMEOUT", "did not end within 3 s (--scenario-timeout)"),
         Expected(1, "FAIL", "the app did not answer GET /slashes/file/ within 0.5 s")),
    Case("takes over SIGALRM, then hangs", "selftests.apps.hostile:takes_over_sigalrm()",
         Expected(1, "TIMEOUT", "its own SIGALRM handler"),
         # A server's worker thread cannot install a signal handler: the app's call raises.
         Expected(1, "FAIL", "ValueError: signal only works in main thread")),
    Case("os._exit(3) in a request", "selftests.apps.hostile:exits()",
         Expected(1, "CRASH", "(exit status 3): the app called os._exit"),
         Expected(1, "FAIL", "the live server exited with status 3")),
    Case("a segfault in a request", "selftests.apps.hostile:segfaults()",
         Expected(1, "CRASH", "(killed by SIGSEGV)"),
         Expected(1, "FAIL", "the live server exited with status -11")),
    Case("declares an area it does not serve", "selftests.apps.hostile_answers:lies_about_its_areas()",
         Expected(1, "FAIL", "got GET /slashes/file/ -> 501 Not Implemented", others="FAIL"),
         Expected(1, "FAIL", "got GET /slashes/file/ -> 501 Not Implemented", others="FAIL")),
    _manifest("missing", "answered 404 without a manifest: is this a contract app?"),
    _manifest("not JSON", "is not JSON (Expecting property name enclosed in double quotes"),
    _manifest("not an object", "is a JSON list, not an object with 'contract_version' and 'areas'"),
    _manifest("another contract version", "says contract version '2'; this suite checks version '1'"),
    _manifest("areas not a list", "has 'areas': 'strict_slashes', not a list of area names"),
    _manifest("raises", "could not read the manifest at http://localhost/__conformance__/manifest: the app raised "
              "RuntimeError", "answered 500 without a manifest: is this a contract app? See CONTRACT.md.\n"
              "server log during this request:\nException while serving /__conformance__/manifest"),
    _manifest("hangs", "the app did not answer GET /__conformance__/manifest within 0.5 s",
              "started but did not answer GET /__conformance__/manifest within 0.5 s"),
    _refused("an import error", "selftests.apps.broken_import:app",
                "No module named 'a_dependency_that_is_not_installed'"),
    _refused("a syntax error", "hostile_syntax_error:app", "SyntaxError"),
    _refused("a factory that raises", "selftests.apps.echo:raises()", "RuntimeError: the factory is broken"),
    _refused("a factory that returns None", "selftests.apps.echo:returns_none()", "returned None"),
    _refused("not callable", "selftests.apps.echo:not_callable",
                "resolved to 42 (int), which is not a WSGI callable"),
]

#: The module of the "a syntax error" case, written where the run can import it.
SYNTAX_ERROR_MODULE = ("hostile_syntax_error.py", "def app(environ, start_response)\n    return []\n")

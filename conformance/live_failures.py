"""Say what went wrong when a request over real HTTP fails, in the app's terms.

requests words a failure as its connection pool saw it ("Read timed out", "Connection
refused"); a framework author needs what the app did: it did not answer in time, its
server exited, and what the server logged while it handled the request.
"""

from __future__ import annotations

import requests

#: How much of the server's log a failure shows: its last lines, where the traceback ends.
LOG_LINES = 20


def explain_failure(exc: requests.RequestException, timeout, server, log_mark) -> requests.RequestException:
    """``exc`` again, of the same type, with a message that says what the app or its server did.

    :param server: the LiveServer serving the app, or None (``--base-url``: no log to show).
    :param log_mark: ``server.log_mark()`` taken just before the request.
    """
    request = exc.request
    what = f"{request.method} {request.path_url}" if request is not None else "the request"
    message = _what_happened(exc, what, timeout, server)
    if server is not None:
        message += server_log_section(_last_lines(server.log_since(log_mark)) or "(empty)")
    return type(exc)(message, request=request, response=exc.response)


def server_log_section(log: str) -> str:
    """A live server's log lines for one request, as every failure shows them ("" without any)."""
    return f"\nserver log during this request:\n{log}" if log else ""


def _what_happened(exc, what: str, timeout, server) -> str:
    if isinstance(exc, requests.ConnectionError) and server is not None:
        # A connection error right after the server died: give it a moment to be reaped.
        status = server.exit_status(wait=0.5)
        if status is not None:
            return f"{what}: the live server exited with status {status}"
    if isinstance(exc, requests.ReadTimeout):
        return f"the app did not answer {what} within {timeout:g} s"
    text = str(exc)
    return text if text.startswith(what) else f"{what}: {text}"


def _last_lines(log: str) -> str:
    lines = log.rstrip("\n").splitlines()
    if len(lines) <= LOG_LINES:
        return "\n".join(lines)
    return f"({len(lines) - LOG_LINES} earlier lines left out)\n" + "\n".join(lines[-LOG_LINES:])

"""Mutant: the body is read with one read of its length, so a short read cuts it."""

from werkzeug.wsgi import LimitedStream

from .. import reference_app

KILLS = [
    "wsgi_environ.short_reads_form",
    "wsgi_environ.short_reads_data",
]


def create_app():
    def read_once(self):
        if self.is_exhausted:
            self.on_exhausted()
            return b""
        return self.read(self.limit - self._pos)

    LimitedStream.readall = read_once
    return reference_app()

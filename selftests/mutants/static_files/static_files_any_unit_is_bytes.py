"""Mutant: a Range in a unit other than bytes (items=0-1) is read as bytes."""

from werkzeug.datastructures import Range

from .. import reference_app

KILLS = ["static_files.range_refused_forms[items=0-1]"]


def create_app():
    range_for_length = Range.range_for_length

    def as_bytes(self, length):
        return range_for_length(Range("bytes", self.ranges), length)

    Range.range_for_length = as_bytes
    return reference_app()

"""Mutant: of several ranges, the first is sent (206) instead of refusing them with 416."""

from werkzeug.datastructures import Range

from .. import reference_app

KILLS = ["static_files.range_refused_forms[bytes=0-1,5-6]"]


def create_app():
    range_for_length = Range.range_for_length

    def first_range(self, length):
        return range_for_length(Range(self.units, self.ranges[:1]), length)

    Range.range_for_length = first_range
    return reference_app()

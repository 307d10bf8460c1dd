"""Mutant: a Range that starts past the end of the file gets its last byte (206) instead of 416."""

from werkzeug.datastructures import Range

from .. import reference_app

KILLS = ["static_files.range_not_satisfiable"]


def create_app():
    range_for_length = Range.range_for_length

    def last_byte_past_end(self, length):
        if self.units == "bytes" and length and len(self.ranges) == 1 and self.ranges[0][0] >= length:
            return length - 1, length
        return range_for_length(self, length)

    Range.range_for_length = last_byte_past_end
    return reference_app()

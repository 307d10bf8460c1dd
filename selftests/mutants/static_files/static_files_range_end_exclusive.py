"""Mutant: the last byte a Range names is left out (bytes=0-3 read as the four bytes before 3)."""

import werkzeug.wrappers.response as module
from werkzeug.datastructures import Range

from .. import reference_app

KILLS = [
    "static_files.range_served[bytes=0-3-bytes 0-3/20-4-0123]",
    "static_files.range_served[bytes=0-0-bytes 0-0/20-1-0]",
    "static_files.range_served[bytes=19-19-bytes 19-19/20-1-j]",
    "static_files.head_range",
    "static_files.if_range_current",
    "static_files.range_property",
]


def create_app():
    parse = module.parse_range_header

    def exclusive(value, make_inclusive=True):
        parsed = parse(value, make_inclusive)
        if parsed is None:
            return None
        ranges = [(start, end if end is None else end - 1) for start, end in parsed.ranges]
        # bytes=0-0 now selects nothing: unsatisfiable, as Range would not hold it.
        return None if any(end is not None and end <= start for start, end in ranges) else Range(parsed.units, ranges)

    module.parse_range_header = exclusive
    return reference_app()

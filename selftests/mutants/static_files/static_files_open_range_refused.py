"""Mutant: a Range without a last byte (bytes=10-, bytes=-5) is not understood, and refused with 416."""

import werkzeug.wrappers.response as module

from .. import reference_app

KILLS = [
    "static_files.range_served[bytes=10--bytes 10-19/20-10-abcdefghij]",
    "static_files.range_served[bytes=-5-bytes 15-19/20-5-fghij]",
    "static_files.range_property",
]


def create_app():
    parse = module.parse_range_header

    def closed_only(value, make_inclusive=True):
        parsed = parse(value, make_inclusive)
        return None if parsed is None or any(end is None for _, end in parsed.ranges) else parsed

    module.parse_range_header = closed_only
    return reference_app()

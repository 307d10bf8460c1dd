"""Mutant: a Range that runs past the end of the file is not clamped to it."""

from werkzeug.datastructures import Range

from .. import reference_app

KILLS = ["static_files.range_served[bytes=15-100-bytes 15-19/20-5-fghij]"]


def create_app():
    def range_for_length(self, length):
        if self.units != "bytes" or length is None or len(self.ranges) != 1:
            return None
        start, end = self.ranges[0]
        if end is None:
            end = length
            if start < 0:
                start += length
        return (start, end) if 0 <= start < min(end, length) else None

    Range.range_for_length = range_for_length
    return reference_app()

"""Mutant: the multipart parts limit refuses a form of exactly the limit (>= where > belongs)."""

from werkzeug.sansio.multipart import MultipartDecoder

from .. import reference_app

KILLS = ["limits.form_parts_default[1000-200]", "limits.form_parts_configured[5-200]"]


def create_app():
    init = MultipartDecoder.__init__

    def one_part_less(self, boundary, max_form_memory_size=None, *, max_parts=None):
        init(self, boundary, max_form_memory_size, max_parts=None if max_parts is None else max_parts - 1)

    MultipartDecoder.__init__ = one_part_less
    return reference_app()

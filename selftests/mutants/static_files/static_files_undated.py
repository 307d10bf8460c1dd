"""Mutant: make_conditional does not date the answer: a file answer has no Date of the app's."""

from werkzeug.wrappers import Response

from .. import reference_app

KILLS = ["static_files.dated_by_app", "static_files.not_modified_headers"]


def create_app():
    make_conditional = Response.make_conditional

    def undated(self, *args, **kwargs):
        answer = make_conditional(self, *args, **kwargs)
        answer.headers.pop("Date", None)
        return answer

    Response.make_conditional = undated
    return reference_app()

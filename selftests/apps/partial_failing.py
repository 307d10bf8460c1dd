"""A partial implementation with one defect: the reference app, with a manifest that declares only
the strict_slashes area, and GET /slashes/a//b (the first row of strict_slashes.merge_slashes)
answered 404 with a 5000-character body and two Set-Cookie lines, for the failure records."""

import json

DEFECT = "/slashes/a//b"
BODY = "not merged " * 455  # 5005 characters: over the record's 2000


def create_app():
    from flask_conformance.reference_app import create_app as reference

    inner = reference()

    def app(environ, start_response):
        if environ["PATH_INFO"] == "/__conformance__/manifest":
            start_response("200 OK", [("Content-Type", "application/json")])
            return [json.dumps({"contract_version": "1", "areas": ["strict_slashes"]}).encode()]
        if environ["PATH_INFO"] == DEFECT:
            start_response("404 NOT FOUND", [("Content-Type", "text/plain; charset=utf-8"),
                                             ("Set-Cookie", "first=1; Path=/"), ("Set-Cookie", "second=2; Path=/")])
            return [BODY.encode()]
        return inner(environ, start_response)

    return app

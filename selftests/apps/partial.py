"""The reference app with a manifest that declares only the strict_slashes area."""

import json


def create_app():
    from flask_conformance.reference_app import create_app as reference

    inner = reference()

    def app(environ, start_response):
        if environ["PATH_INFO"] == "/__conformance__/manifest":
            body = json.dumps({"contract_version": "1", "areas": ["strict_slashes"]}).encode()
            start_response("200 OK", [("Content-Type", "application/json")])
            return [body]
        return inner(environ, start_response)

    return app

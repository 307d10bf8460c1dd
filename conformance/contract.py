"""The constants of the app contract (CONTRACT.md): the one place they are written down."""

CONTRACT_VERSION = "1"

#: Harness endpoints live under this prefix; no behavior scenario uses it.
RESERVED_PREFIX = "/__conformance__"
MANIFEST_PATH = RESERVED_PREFIX + "/manifest"

#: The default app: the bundled Flask implementation of the contract.
REFERENCE_APP = "flask_conformance.reference_app:create_app()"

#: Every request the suite sends carries this header, unique per scenario, so that an
#: app can file what happens after the response (teardown) where a later request finds it.
TOKEN_HEADER = "X-Conformance-Token"

#: The lifecycle trail that the hooks fixtures put on every response.
TRACE_HEADER = "X-Trace"

#: The SECRET_KEY of the default session app; the @flask session scenarios verify and
#: mint cookies with it.
SECRET_KEY = "conformance-secret-key"

#: The behavior areas a contract app can declare in its manifest.
AREAS = ("hooks", "strict_slashes", "redirect_to", "defaults", "flashing", "sessions",
         "routing", "url_building", "methods", "class_views", "blueprints", "subdomains", "errors",
         "request", "json_bodies", "responses", "cookies", "templates",
         "static_files", "configuration", "wsgi_environ", "limits", "real_servers")

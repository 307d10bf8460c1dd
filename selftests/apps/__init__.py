"""Small WSGI apps for the harness's own tests: good, broken and misbehaving ones."""

"""flask-conformance: check a WSGI app against the executable spec of Flask's behavior.

PYTEST_DONT_REWRITE: the harness raises its own errors; pytest need not rewrite its
asserts, and cannot when the flask-conformance command has imported it already.
"""

from .contract import CONTRACT_VERSION
from .loading import AppLoadError, load_app

__version__ = "0.1.0"

__all__ = ["CONTRACT_VERSION", "AppLoadError", "__version__", "load_app"]

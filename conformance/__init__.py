"""flask-conformance: check a WSGI app against the executable spec of Flask's behavior."""

from .contract import CONTRACT_VERSION
from .loading import AppLoadError, load_app

__version__ = "0.1.0"

__all__ = ["CONTRACT_VERSION", "AppLoadError", "__version__", "load_app"]

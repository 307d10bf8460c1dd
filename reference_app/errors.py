"""The errors area: abort, error handlers and the 500 answer (contract /errors/...).

Error handlers are app-wide, so every route here is on an app of its own, mounted under
/errors, and the main app keeps Flask's default 404 and 500 answers for the other areas.
"""

from flask import Blueprint, Flask, Response, abort, jsonify, make_response
from werkzeug.exceptions import HTTPException, NotFound


class PaymentRequired(HTTPException):
    """An error of the app's own, with a code and a description."""

    code = 402
    description = "Pay up"


def _app():
    app = Flask(__name__)
    # TESTING and DEBUG stay off: an unhandled error must be answered with a 500.
    app.config.update(TESTING=False, DEBUG=False)
    app.add_url_rule("/abort/<int:code>", "abort", lambda code: abort(code))
    app.add_url_rule("/raise", "raise", _raise_value_error)
    app.add_url_rule("/only-get", "only_get", lambda: "only GET")
    return app


def _raise_value_error():
    raise ValueError("the view fails")


def _raise_not_found():
    raise NotFound()


def _raise_payment_required():
    raise PaymentRequired()


def _abort_with_response():
    abort(Response("custom body", 418, {"X-Abort": "1"}))


def _abort_with_json():
    abort(make_response(jsonify(error="x"), 422))


def _outcome(register):
    """What a registration on a throwaway app does: 'ExceptionType: message', or 'accepted'."""
    try:
        register()
    except Exception as error:  # noqa: BLE001 - the type is what the scenario reads
        return f"{type(error).__name__}: {error}"
    return "accepted"


#: The registrations GET /errors/build-errors/<case> reports on, each tried on its own app.
BUILD_CASES = {
    "handler-for-999": lambda: Flask(__name__).errorhandler(999)(str),
}


def _plain_app():
    """No error handler of the app's own: Flask's default answers, and one blueprint's handler."""
    app = _app()
    app.add_url_rule("/abort-described", "abort_described", lambda: abort(404, description="no such thing"))
    app.add_url_rule("/raise-not-found", "raise_not_found", _raise_not_found)
    app.add_url_rule("/abort-response", "abort_response", _abort_with_response)
    app.add_url_rule("/abort-json", "abort_json", _abort_with_json)
    app.add_url_rule("/pay", "pay", _raise_payment_required)
    silent = Blueprint("silent", __name__, url_prefix="/silent")
    # A handler that forgets to return: Flask cannot make a response of None.
    silent.register_error_handler(LookupError, lambda error: None)
    silent.add_url_rule("/raise", "raise", lambda: {}["missing"])
    app.register_blueprint(silent)
    outcomes = {case: _outcome(register) for case, register in BUILD_CASES.items()}
    app.add_url_rule("/build-errors/<case>", "build_errors", lambda case: outcomes.get(case) or abort(404))
    return app


def _decode_error():
    return b"\xff".decode("utf-8")


#: What GET /errors/handled/raise/<kind> raises.
RAISES = {
    "KeyError": lambda: {}["missing"],
    "IndexError": lambda: [][0],
    "UnicodeDecodeError": _decode_error,
    "TypeError": lambda: None + 1,
}


def _server_error(error):
    original = error.original_exception
    return f"500 handler: {type(error).__name__} from {type(original).__name__ if original is not None else None}"


def _handled_app():
    """Handlers by code and by class on the app, and a blueprint with handlers of its own."""
    app = _app()
    app.add_url_rule("/raise/<kind>", "raise_kind", lambda kind: RAISES[kind]())
    app.register_error_handler(404, lambda error: (f"app 404 handler: {type(error).__name__}", 404))
    app.register_error_handler(405, lambda error: ("app 405 handler", 405))
    # Returns a string only: the handler, not the error, decides the status.
    app.register_error_handler(403, lambda error: "forbidden, handled")
    app.register_error_handler(500, _server_error)
    # The base class first: the most specific handler wins whatever the registration order.
    app.register_error_handler(LookupError, lambda error: f"LookupError handler: {type(error).__name__}")
    app.register_error_handler(KeyError, lambda error: f"KeyError handler: {type(error).__name__}")
    app.register_error_handler(ValueError, lambda error: f"ValueError handler: {type(error).__name__}")
    shop = Blueprint("shop", __name__, url_prefix="/shop")
    shop.register_error_handler(404, lambda error: ("shop 404 handler", 404))
    shop.register_error_handler(405, lambda error: ("shop 405 handler", 405))
    shop.app_errorhandler(418)(lambda error: ("teapot, handled app-wide", 418))
    shop.add_url_rule("/item", "item", lambda: abort(404))
    shop.add_url_rule("/only-get", "only_get", lambda: "only GET")
    app.register_blueprint(shop)
    return app


def _catch_all_app(caught):
    """An app whose one handler is for ``caught``, a base class: it answers which error it got."""
    app = _app()
    app.register_error_handler(
        caught, lambda error: (f"{caught.__name__} handler: {type(error).__name__}", getattr(error, "code", 500)))
    return app


def install(main):
    return {
        "/errors": _plain_app(),
        "/errors/handled": _handled_app(),
        "/errors/catch-all": _catch_all_app(Exception),
        "/errors/http-catch-all": _catch_all_app(HTTPException),
    }

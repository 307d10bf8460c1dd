@sessions
Feature: The JSON body of a session write
  A view that writes the session from the request's JSON body reads it with get_json(),
  which turns malformed JSON into a 400 but lets every other error through. A body nested
  deeper than Python's recursion limit makes the JSON parser raise RecursionError, not
  ValueError: the request is a 500, the view never writes the session, and no cookie is set.
  Source: Werkzeug Request.get_json (only ValueError goes to on_json_loading_failed); catalogue JREQ-6.

  @id:sessions.deep_json_body_fails @spec:JREQ-6 @flask
  Scenario: A JSON body nested deeper than the recursion limit is answered 500
    When the client sends POST /sessions/store with a JSON array nested 100000 levels deep
    Then the status is 500
    And the response sets no cookie

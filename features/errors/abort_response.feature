@errors
Feature: abort() with a response
  abort(response) ends the request with that very response: its status, headers and
  body are sent as they are, and no error handler runs for it.
  Source: Flask docs, flask.abort; Werkzeug Aborter; catalogue ERR-2.

  @id:errors.abort_with_response @spec:ERR-2 @core
  Scenario: abort with a Response answers that response
    When the client sends GET /errors/abort-response
    Then the status is 418
    And the header X-Abort is "1"
    And the body is "custom body"

  @id:errors.abort_with_json_response @spec:ERR-2 @core
  Scenario: abort with a JSON response answers that JSON and its status
    When the client sends GET /errors/abort-json
    Then the status is 422
    And the header Content-Type is "application/json"
    And the JSON body is {"error": "x"}

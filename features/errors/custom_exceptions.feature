@errors
Feature: HTTP errors of the app's own
  A subclass of HTTPException with a code and a description is answered like
  Werkzeug's own errors: its status and an error page with its description. An error
  handler can be registered only for a code that is an HTTP error: errorhandler(999)
  raises ValueError when the app is built. The contract route
  /errors/build-errors/<case> answers what the registration did, tried on an app of
  its own: the exception type and its message, or "accepted".
  Source: Flask docs, Handling Application Errors; Flask Scaffold.errorhandler; catalogue ERR-9.

  @id:errors.custom_http_exception_status @spec:ERR-9 @core
  Scenario: An HTTPException subclass answers with its own code
    When the client sends GET /errors/pay
    Then the status is 402

  @id:errors.custom_http_exception_page @spec:ERR-9 @flask
  Scenario: An HTTPException subclass's page shows its description
    When the client sends GET /errors/pay
    Then the body contains "<title>402 Payment Required</title>"
    And the body contains "<p>Pay up</p>"

  @id:errors.unknown_code_handler_refused @spec:ERR-9 @flask
  Scenario: An error handler for a code that is no HTTP error is refused
    When the client sends GET /errors/build-errors/handler-for-999
    Then the body is "ValueError: '999' is not a recognized HTTP error code. Use a subclass of HTTPException with that code instead."
